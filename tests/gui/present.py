"""Narrowing for the GUI tests: a window, child or pop-up that the test expects to be there."""

from __future__ import annotations

from typing import TypeVar

T = TypeVar("T")


def present(value: T | None, what: str = "the expected object") -> T:
    """Return ``value``; fail the test if it is None (a window not built, a child not found)."""
    if value is None:
        raise AssertionError(f"{what} is missing (None)")
    return value
