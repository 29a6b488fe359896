"""Screenshots of the diary's "Add nights" and of the bedside sheet, drawn offscreen.

    .venv/bin/python scripts/nights_screenshots.py [OUT_DIR]

Writes ``add-nights-THEME-SCREEN-TEXT.png`` into ``docs/screenshots`` (or OUT_DIR): the
dialog with a few nights typed in, one answered by the morning check-in and one with a cramp
in the diary, in the light and the dark palette, on a 1280x720 and a 1024x600 screen, at 100%
and 150% text. With ``pdftoppm`` (poppler-utils) on the PATH, also ``bedside-sheet.png``, the
sheet's page at 60 dots per inch. Each screen and text size runs in its own process.
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import offscreen_screens
from relief_screenshots import dark_palette

NOW = dt.datetime(2026, 12, 3, 8, 0, tzinfo=dt.UTC)


def shoot(out: Path, screen: str, text: str) -> None:
    """In this process (screen and text size already set): the shots of one screen and size."""
    from zoneinfo import ZoneInfo

    from PySide6 import QtWidgets

    from spasm_desktop.core import night_entry
    from spasm_desktop.core.episode import Episode
    from spasm_desktop.core.nights import Answer, MorningAnswer, NightClock, episodes_from_count
    from spasm_desktop.storage.records import RecordStore
    from spasm_desktop.ui.common import look
    from spasm_desktop.ui.record import bedside_sheet
    from spasm_desktop.ui.record.add_nights import AddNightsDialog

    app = QtWidgets.QApplication([])
    app.setStyle("Fusion")
    look.outline_indicators(app)  # as the app does
    light = app.palette()
    clock = NightClock(dt.time(22, 30), ZoneInfo("Europe/Berlin"))
    with tempfile.TemporaryDirectory() as folder:
        store = RecordStore(Path(folder) / "records.sqlite3", lambda: NOW)
        told = MorningAnswer(
            dt.date(2026, 11, 30), NOW, Answer.COUNT, count=2, worst=6, area="calf", woke=True
        )
        store.save_morning_answer(told, episodes_from_count(told, clock))
        store.save_episode(Episode(clock.bedtime_of(dt.date(2026, 11, 26)), area="foot"))
        for theme in ("light", "dark"):
            app.setPalette(light if theme == "light" else dark_palette())
            dialog = AddNightsDialog(store, clock, lambda: NOW)
            rows = dialog.rows()
            rows[0].count.setCurrentIndex(3)  # 2
            rows[0].worst.setCurrentIndex(6)  # 5
            rows[0].area.setCurrentIndex(1)
            rows[0].woke.setChecked(True)
            rows[1].count.setCurrentIndex(1)  # none
            rows[2].not_sure.setChecked(True)
            dialog.show()
            rows[3].count.setFocus()
            app.processEvents()
            dialog.grab().save(str(out / f"add-nights-{theme}-{screen}-{text}.png"))
            dialog.close()
        store.close()
        poppler = shutil.which("pdftoppm")
        if poppler and screen == "1024x600" and text == "150":
            pdf = Path(folder) / "sheet.pdf"
            bedside_sheet.write_pdf(pdf, night_entry.sheet_nights(NOW, clock))
            stem = Path(folder) / "sheet"
            subprocess.run(
                [poppler, "-r", "60", "-png", "-singlefile", str(pdf), str(stem)], check=True
            )
            shutil.copy(stem.with_suffix(".png"), out / "bedside-sheet.png")


if __name__ == "__main__":
    offscreen_screens.main(__file__, shoot)
