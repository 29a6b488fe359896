"""What the person adds to the clinician report: a name, and notes or questions for the visit.

Kept as a small JSON value in the records (the app saves it under one key of the ``state``
table); anything unreadable reads as empty notes.
"""

from __future__ import annotations

import dataclasses

#: The longest name and notes printed on the report (characters).
MAX_NAME = 80
MAX_NOTES = 2000


@dataclasses.dataclass(frozen=True)
class ReportNotes:
    """What the person adds to the clinician report: a name, and notes or questions."""

    name: str = ""
    notes: str = ""

    @classmethod
    def from_json(cls, value: object) -> ReportNotes:
        """Read a saved value (anything unreadable gives empty notes)."""
        if not isinstance(value, dict):
            return cls()
        name, notes = value.get("name", ""), value.get("notes", "")
        return cls(
            name[:MAX_NAME] if isinstance(name, str) else "",
            notes[:MAX_NOTES] if isinstance(notes, str) else "",
        )

    def to_json(self) -> dict[str, str]:
        """The value to save."""
        return {"name": self.name, "notes": self.notes}


#: No name and no notes.
NO_NOTES = ReportNotes()
