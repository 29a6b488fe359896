"""ui/common loads no window of a feature: the import contracts' one exception is for typing."""

from __future__ import annotations

import subprocess
import sys

import pytest

FEATURES = ("record", "relief", "reminders", "routines", "setup")


@pytest.mark.parametrize("module", ["windows", "names", "pdf_layout", "text", "assets"])
def test_a_common_module_imports_no_feature_module(module: str) -> None:
    # windows.py names every window's class under TYPE_CHECKING only (pyproject.toml's
    # "ui-common" contract lets it): importing it for real must load none of them.
    code = (
        f"import sys, spasm_desktop.ui.common.{module}\n"
        "print('\\n'.join(sorted(m for m in sys.modules if m.startswith('spasm_desktop.ui.'))))"
    )
    found = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True, timeout=60
    ).stdout.split()
    assert f"spasm_desktop.ui.common.{module}" in found
    assert [m for m in found if m.split(".")[2] in FEATURES] == []
