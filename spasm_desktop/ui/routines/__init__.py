"""Guided stretch routines: the player, the editor and the launcher that opens them."""
