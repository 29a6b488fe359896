"""Pure domain logic: no Qt, no I/O, no wall clock (time comes in as an argument)."""
