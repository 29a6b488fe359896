"""Parts every window shares: texts and their translation, the names of the record's keys, icons
and drawings, units, undo, window slots and the PDF layout engine. Nothing here imports a
feature's windows.
"""
