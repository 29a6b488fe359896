"""Cramp now: the quick relief panel and the body picture it is opened from."""
