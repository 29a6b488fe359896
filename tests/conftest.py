"""Shared test set-up: Qt runs offscreen, and nothing touches the real home folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
