"""Parts every window shares: texts and their translation, icons and drawings, units, undo, window
slots.
"""
