"""Qt widgets: tray, reminder pop-up, Today window, Settings dialog."""
