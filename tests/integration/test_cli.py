"""The command line, with and without the app running (real processes, offscreen Qt)."""

import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    environ = dict(os.environ)
    environ["SPASM_DESKTOP_HOME"] = str(tmp_path / "home")
    environ["QT_QPA_PLATFORM"] = "offscreen"
    return environ


def run(env: dict[str, str], *args: str, timeout: int = 30) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "spasm_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def status(env: dict[str, str]) -> dict[str, Any]:
    result = run(env, "status", "--json")
    if "still starting" in result.stderr:
        return {"running": False}
    assert result.returncode == 0, result.stderr
    answer: dict[str, Any] = json.loads(result.stdout)
    return answer


def test_version(env: dict[str, str]) -> None:
    result = run(env, "--version")
    assert result.returncode == 0
    assert result.stdout.startswith("spasm-desktop ")


@pytest.mark.parametrize(
    "args",
    [
        ["drink", "lots"],
        ["drink", "0"],
        ["drink", "5000"],
        ["pause", "soon"],
        ["pause", "0m"],
        ["dnd"],
        ["routine"],
        ["routine", "check"],
        ["routine", "play", "x"],
        ["dnd", "maybe"],
        ["dnd", "25h"],
        ["frobnicate"],
        ["status", "--yaml"],
    ],
)
def test_bad_arguments_exit_2(env: dict[str, str], args: list[str]) -> None:
    result = run(env, *args)
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_without_the_app(env: dict[str, str]) -> None:
    before = status(env)
    assert before["running"] is False
    assert before["water_today_ml"] == 0
    assert run(env, "drink", "8oz").stdout.strip() == "Logged 237 ml."
    assert run(env, "drink").stdout.strip() == "Logged 250 ml."
    assert status(env)["water_today_ml"] == 487
    for args in (["pause", "1h"], ["resume"], ["dnd", "on"], ["routine", "start", "desk-break"]):
        result = run(env, *args)
        assert result.returncode == 1
        assert "not running" in result.stderr


def test_commands_leave_the_settings_file_for_the_first_real_start(
    env: dict[str, str], tmp_path: Path
) -> None:
    # The welcome shows when the app starts without a settings file: a command run before it
    # (status, drink, routine list, an export) must not write one.
    settings = tmp_path / "home" / "config" / "settings.json"
    out = tmp_path / "out.json"
    for args in (
        ["status"],
        ["drink", "250"],
        ["routine", "list"],
        ["export", "json", "--out", str(out)],
    ):
        result = run(env, *args)
        assert result.returncode == 0, (args, result.stderr)
        assert not settings.exists(), args
    assert status(env)["water_today_ml"] == 250


def test_a_command_reads_a_bad_settings_file_without_changing_it(
    env: dict[str, str], tmp_path: Path
) -> None:
    settings = tmp_path / "home" / "config" / "settings.json"
    settings.parent.mkdir(parents=True)
    settings.write_text('{"schema_version": 2, "water": {"interval_min": "often"}', "utf-8")
    before = settings.read_bytes()
    assert run(env, "status").returncode == 0
    assert settings.read_bytes() == before  # left for the app to repair and tell about
    assert [p.name for p in settings.parent.iterdir()] == ["settings.json"]


def test_with_the_app_running(env: dict[str, str], tmp_path: Path) -> None:
    log = (tmp_path / "app.log").open("w")
    app = subprocess.Popen(
        [sys.executable, "-m", "spasm_desktop"], env=env, stdout=log, stderr=log, text=True
    )
    try:
        deadline = time.monotonic() + 20
        while status(env)["running"] is False:
            assert app.poll() is None, (tmp_path / "app.log").read_text()
            assert time.monotonic() < deadline, "the app did not start answering"
            time.sleep(0.1)
        assert run(env, "drink", "300").stdout.strip() == "Logged 300 ml."
        assert status(env)["water_today_ml"] == 300
        paused = run(env, "pause", "30m")
        assert paused.returncode == 0, paused.stderr
        assert paused.stdout.startswith("Paused until")
        assert status(env)["paused"] is True
        assert run(env, "resume").stdout.strip() == "Resumed."
        assert run(env, "resume").stdout.strip() == "Reminders were not paused."
        quiet = run(env, "dnd", "1h")
        assert quiet.returncode == 0, quiet.stderr
        assert quiet.stdout.startswith("Do not disturb until")
        assert status(env)["do_not_disturb"] is True
        assert run(env, "dnd", "on").stdout.strip().startswith("Do not disturb is on until you")
        assert run(env, "dnd", "off").stdout.strip() == "Do not disturb is off."
        assert status(env)["do_not_disturb"] is False
        started = run(env, "routine", "start", "desk-break")
        assert started.returncode == 0, started.stderr
        assert started.stdout.strip() == "Started Desk stretch break."
        second = run(env)
        assert second.returncode == 0
        assert "already running" in second.stdout
        assert app.poll() is None
    finally:
        app.terminate()
        app.wait(timeout=10)
        log.close()


def test_routine_list_and_check(env: dict[str, str], tmp_path: Path) -> None:
    listed = run(env, "routine", "list")
    assert listed.returncode == 0, listed.stderr
    assert "bedtime-core" in listed.stdout
    assert "3 min 40 s" in listed.stdout
    assert listed.stderr == ""
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"format": 1, "id": "mine", "name": "Mine", "steps": ["wall-calf"]}))
    checked = run(env, "routine", "check", str(good))
    assert checked.returncode == 0
    assert checked.stdout.strip() == "good.json: OK, 1 exercise, 1 min 50 s"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"format": 1, "id": "x", "name": "X", "steps": [{"exercise": "w"}]}))
    checked = run(env, "routine", "check", str(bad))
    assert checked.returncode == 1
    assert checked.stderr.startswith("bad.json: steps[0].exercise: no such exercise; expected")
    unknown = run(env, "routine", "start", "nope")
    assert unknown.returncode == 1
    assert "no routine 'nope'" in unknown.stderr
    own = tmp_path / "home" / "config" / "routines"
    own.mkdir(parents=True)
    (own / "broken.json").write_text("{")
    listed = run(env, "routine", "list")
    assert listed.returncode == 0
    assert "broken.json: this is not valid JSON" in listed.stderr


def test_routine_start_takes_the_name_as_listed(env: dict[str, str]) -> None:
    named = run(env, "routine", "start", "  bedtime CALVES and hamstrings ")
    assert "no routine" not in named.stderr  # found by its name; the app is not running
    assert named.returncode == 1
    assert "not running" in named.stderr


def test_routine_list_into_a_reader_that_stops_early_ends_quietly(env: dict[str, str]) -> None:
    with subprocess.Popen(
        [sys.executable, "-m", "spasm_desktop", "routine", "list"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as listing:
        assert listing.stdout is not None
        assert listing.stderr is not None
        listing.stdout.close()  # like `| head -0`: nobody reads the list
        errors = listing.stderr.read().decode()
        assert listing.wait(timeout=30) == 0
    assert "Traceback" not in errors
    assert "BrokenPipe" not in errors


def test_without_a_display_the_app_says_so_in_one_line(env: dict[str, str]) -> None:
    bare = {
        k: v for k, v in env.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    started = run(bare)
    assert started.returncode == 1
    assert started.stderr.count("\n") == 1
    assert "no display was found" in started.stderr
    # Commands work without one, Qt's own options given or not.
    assert run(bare, "-style", "fusion", "status").returncode == 0


def test_cramp_log(env: dict[str, str]) -> None:
    import sqlite3
    from pathlib import Path

    logged = run(
        env,
        "cramp",
        "log",
        "--area",
        "calf",
        "--side",
        "left",
        "--duration",
        "90s",
        "--severity",
        "6",
        "--at",
        "2026-11-24 03:10",
    )
    assert logged.returncode == 0, logged.stderr
    assert logged.stdout.startswith("Recorded a calf cramp at Tue 2026-11-24 03:10")
    for bad in (
        ["--area", "elbow"],
        ["--area", "calf", "--severity", "11"],
        ["--area", "calf", "--duration", "forever"],
        ["--area", "calf", "--side", "up"],
        ["--area", "calf", "--at", "yesterday"],
        ["--side", "left"],
        ["--area", "calf", "--at", "2099-01-01 10:00"],
    ):
        result = run(env, "cramp", "log", *bad)
        assert result.returncode == 2, (bad, result.stderr)
        assert "error" in result.stderr
    database = Path(env["SPASM_DESKTOP_HOME"]) / "data" / "records.sqlite3"
    conn = sqlite3.connect(database)
    rows = conn.execute("SELECT area, side, duration_s, severity, source FROM cramp_episodes")
    assert rows.fetchall() == [("calf", "left", 90, 6, "cli")]
    conn.close()


def test_cramp_log_at_a_time_not_yet_come_today_is_last_night(env: dict[str, str]) -> None:
    # "--at 23:10" typed in the afternoon: the cramp was last night, and the output says so.
    soon = dt.datetime.now(dt.UTC) + dt.timedelta(minutes=3)
    logged = run(
        dict(env, TZ="UTC"), "cramp", "log", "--area", "calf", "--at", soon.strftime("%H:%M")
    )
    assert logged.returncode == 0, logged.stderr
    day = (soon - dt.timedelta(days=1)).strftime("%Y-%m-%d")
    assert f"{day} {soon:%H:%M}" in logged.stdout
    assert "yesterday" in logged.stdout


def drink_rows(env: dict[str, str]) -> list[tuple[Any, ...]]:
    import sqlite3
    from pathlib import Path

    db = Path(env["SPASM_DESKTOP_HOME"]) / "data" / "records.sqlite3"
    if not db.exists():
        return []
    conn = sqlite3.connect(db)
    try:
        return conn.execute("SELECT at, ml, source FROM drinks ORDER BY id").fetchall()
    finally:
        conn.close()


def test_export_json_and_csv(env: dict[str, str], tmp_path: Path) -> None:
    assert run(env, "drink", "300").returncode == 0
    assert run(env, "drink", "200").returncode == 0
    out = tmp_path / "backup.json"
    result = run(env, "export", "json", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"Exported 2 records to {out}.")
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [row["ml"] for row in data["tables"]["drinks"]] == [300, 200]
    folder = tmp_path / "csv"
    result = run(env, "export", "csv", "--out", str(folder))
    assert result.returncode == 0, result.stderr
    lines = (folder / "drinks.csv").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "at,ml,source"
    assert len(lines) == 3
    # A range of days far in the past: nothing in it.
    ranged = tmp_path / "ranged.json"
    args = ["--from", "2020-01-01", "--to", "2020-01-31"]
    result = run(env, "export", "json", "--out", str(ranged), *args)
    assert result.returncode == 0, result.stderr
    assert json.loads(ranged.read_text(encoding="utf-8"))["tables"]["drinks"] == []


@pytest.mark.parametrize(
    "args",
    [
        ["--from", "yesterday"],
        ["--to", "2026-13-01"],
        ["--from", "2026-11-24", "--to", "2026-11-01"],
    ],
)
def test_export_bad_dates_exit_2(env: dict[str, str], tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "out.json"
    result = run(env, "export", "json", "--out", str(out), *args)
    assert result.returncode == 2
    assert "error:" in result.stderr
    assert not out.exists()


def test_export_unwritable_out_exits_2(env: dict[str, str], tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    for kind, out in (
        ("json", blocker / "out.json"),
        ("json", tmp_path / "missing" / "out.json"),
        ("json", tmp_path),
        ("csv", blocker / "folder"),
        ("csv", blocker),
    ):
        result = run(env, "export", kind, "--out", str(out))
        assert result.returncode == 2, (kind, out, result.stderr)
        assert result.stderr.startswith("error: cannot write"), result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "home"]
    assert blocker.read_text() == "x"


def make_backup(env: dict[str, str], tmp_path: Path) -> tuple[Path, dict[str, str]]:
    assert run(env, "drink", "300").returncode == 0
    assert run(env, "drink", "200").returncode == 0
    out = tmp_path / "backup.json"
    assert run(env, "export", "json", "--out", str(out)).returncode == 0
    other = dict(env, SPASM_DESKTOP_HOME=str(tmp_path / "other"))
    return out, other


def test_import_with_yes(env: dict[str, str], tmp_path: Path) -> None:
    out, other = make_backup(env, tmp_path)
    assert run(other, "drink", "100").returncode == 0
    result = run(other, "import", str(out), "--yes")
    assert result.returncode == 0, result.stderr
    assert "This will add 2 records:" in result.stdout
    assert "  drinks: 2" in result.stdout
    assert result.stdout.strip().endswith("Added 2 records.")
    assert [ml for _at, ml, _src in drink_rows(other)] == [100, 300, 200]
    again = run(other, "import", str(out), "--yes")
    assert again.returncode == 0
    assert "Nothing to add" in again.stdout
    assert len(drink_rows(other)) == 3


def test_import_without_yes_and_no_terminal_changes_nothing(
    env: dict[str, str], tmp_path: Path
) -> None:
    out, other = make_backup(env, tmp_path)
    assert run(other, "drink", "100").returncode == 0
    before = drink_rows(other)
    result = run(other, "import", str(out))
    assert result.returncode == 1
    assert "  drinks: 2" in result.stdout
    assert "--yes" in result.stderr
    assert drink_rows(other) == before


def test_import_invalid_file_exits_2(env: dict[str, str], tmp_path: Path) -> None:
    out, other = make_backup(env, tmp_path)
    assert run(other, "drink", "100").returncode == 0
    before = drink_rows(other)
    data = json.loads(out.read_text(encoding="utf-8"))
    data["tables"]["drinks"][1]["ml"] = -3
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    junk = tmp_path / "junk.json"
    junk.write_text("this is not json", encoding="utf-8")
    for path, expected in (
        (bad, "drinks[1].ml: expected a whole number from 1 to 5000"),
        (junk, "not a backup: not valid JSON"),
        (tmp_path / "missing.json", "cannot read the file"),
    ):
        result = run(other, "import", str(path), "--yes")
        assert result.returncode == 2
        assert expected in result.stderr, result.stderr
        assert drink_rows(other) == before


def test_a_command_imports_no_window_code(env: dict[str, str]) -> None:
    """``status`` without the app running reads the files: no GUI module is imported."""
    probe = (
        "import sys; from spasm_desktop import app; code = app.main(['status']); "
        "print(sorted(m for m in sys.modules if m.startswith(('spasm_desktop.ui', "
        "'spasm_desktop.application')))); sys.exit(code)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
