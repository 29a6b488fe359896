"""Files on disk: where they live, the settings file and the records database."""
