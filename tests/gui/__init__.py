"""Tests of the windows, driven through their widgets (offscreen Qt, or Xvfb where they must)."""
