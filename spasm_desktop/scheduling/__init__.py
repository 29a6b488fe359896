"""The only place that imports APScheduler."""
