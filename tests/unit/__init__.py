"""Tests of the rules and the storage, without windows."""
