"""Data shipped with Spasm Desktop (icons, translations); read through spasm_desktop.ui.assets."""
