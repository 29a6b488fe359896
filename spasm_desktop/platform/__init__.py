"""Adapters to the operating system: notifications, autostart, activity."""
