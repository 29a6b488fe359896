"""The test suite: unit (rules, storage), gui (windows), integration (real processes and buses)."""
