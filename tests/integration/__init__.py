"""Tests through real processes, D-Bus buses, sockets, file systems and the command line."""
