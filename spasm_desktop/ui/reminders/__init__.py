"""What the person sees of the reminders: the tray, the reminder pop-up, Today and the status
lines.
"""
