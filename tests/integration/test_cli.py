"""The command line, with and without the app running (real processes, offscreen Qt)."""

import json
import os
import subprocess
import sys
import time

import pytest


@pytest.fixture
def env(tmp_path):
    environ = dict(os.environ)
    environ["SPASM_DESKTOP_HOME"] = str(tmp_path / "home")
    environ["QT_QPA_PLATFORM"] = "offscreen"
    return environ


def run(env, *args, timeout=30):
    return subprocess.run(
        [sys.executable, "-m", "spasm_desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def status(env):
    result = run(env, "status", "--json")
    if "still starting" in result.stderr:
        return {"running": False}
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_version(env):
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
def test_bad_arguments_exit_2(env, args):
    result = run(env, *args)
    assert result.returncode == 2
    assert "usage:" in result.stderr


def test_without_the_app(env):
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


def test_with_the_app_running(env, tmp_path):
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


def test_routine_list_and_check(env, tmp_path):
    listed = run(env, "routine", "list")
    assert listed.returncode == 0, listed.stderr
    assert "bedtime-core" in listed.stdout and "3 min 40 s" in listed.stdout
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
    assert unknown.returncode == 1 and "no routine 'nope'" in unknown.stderr
    own = tmp_path / "home" / "config" / "routines"
    own.mkdir(parents=True)
    (own / "broken.json").write_text("{")
    listed = run(env, "routine", "list")
    assert listed.returncode == 0
    assert "broken.json: this is not valid JSON" in listed.stderr


def test_cramp_log(env):
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
