"""Spasm Desktop: reminders to drink, stretch, move and go to bed on time, built around cramps."""

__version__ = "0.1.0"
