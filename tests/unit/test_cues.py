"""Cue sounds and speech: the bundled WAV files, backend choice and the programs really run."""

import enum
import logging
import math
import os
import shlex
import stat
import struct
import subprocess
import sys
import types
import wave
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import ClassVar, Protocol
from unittest import mock

import pytest
from PySide6 import QtCore
from pytestqt.qtbot import QtBot

from spasm_desktop.platform.cues import CuePlayer

ROOT = Path(__file__).resolve().parents[2]
SOUNDS_DIR = ROOT / "resources" / "sounds"
GENERATOR = ROOT / "scripts" / "make-sounds.py"
NAMES = ("hold", "relax", "switch", "next", "done")
TRICKY = 'Don\'t "stop"; hold $HOME `id` & | > x \\ 5 s'


@pytest.fixture(autouse=True)
def no_qt_speech(monkeypatch: pytest.MonkeyPatch) -> None:
    """QtTextToSpeech is never used, even where PySide6-Addons is installed."""
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", None)


class FakeBin:
    """A folder of fake programs that record their arguments, one file per run."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.logs = folder / "logs"
        self.logs.mkdir(parents=True)

    def add(self, name: str, *, exit_code: int = 0, then: str = "") -> None:
        script = self.folder / name
        script.write_text(
            "#!/bin/sh\n"
            f"PATH={shlex.quote(os.environ['PATH'])}\n"  # for mv and sleep
            f'log="{self.logs}/{name}"\n'
            'printf \'%s\\n\' "$@" > "$log.$$.tmp"\n'
            "printf 'ENV-TEXT:%s\\nENV-LANGUAGE:%s\\n' \"$SPASM_CUE_TEXT\" "
            '"$SPASM_CUE_LANGUAGE" >> "$log.$$.tmp"\n'
            'echo $$ > "$log.$$.pidtmp"\n'
            'mv "$log.$$.pidtmp" "$log.$$.pid"\n'
            'mv "$log.$$.tmp" "$log.$$.log"\n'
            f"{then}\n"
            f"exit {exit_code}\n"
        )
        script.chmod(script.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)

    def calls(self, name: str) -> list[list[str]]:
        """Each run's lines: its arguments, then ``ENV-TEXT:...`` and ``ENV-LANGUAGE:...``."""
        return [path.read_text().splitlines() for path in sorted(self.logs.glob(f"{name}.*.log"))]

    def pids(self, name: str) -> list[int]:
        return [int(path.read_text()) for path in self.logs.glob(f"{name}.*.pid")]

    @property
    def environ(self) -> dict[str, str]:
        return {"PATH": str(self.folder), "HOME": str(self.folder)}


class MakePlayer(Protocol):
    """The ``make_player`` fixture."""

    def __call__(
        self, environ: Mapping[str, str], platform: str = ..., sounds_dir: Path = ...
    ) -> CuePlayer: ...


class FakeWinsound(types.ModuleType):
    """Windows' ``winsound`` module, with the names the player uses."""

    SND_FILENAME: int
    SND_ASYNC: int
    SND_NODEFAULT: int
    PlaySound: mock.Mock


class FakeSpeechModule(types.ModuleType):
    """``PySide6.QtTextToSpeech``, holding the fake engine."""

    QTextToSpeech: type["FakeTextToSpeech"]


@pytest.fixture
def fake_bin(tmp_path: Path) -> FakeBin:
    return FakeBin(tmp_path / "bin")


@pytest.fixture
def make_player(qtbot: QtBot) -> Iterator[MakePlayer]:
    """Make players, each closed at the end of the test and checked to have no program left."""
    players: list[CuePlayer] = []

    def make(
        environ: Mapping[str, str], platform: str = "linux", sounds_dir: Path = SOUNDS_DIR
    ) -> CuePlayer:
        player = CuePlayer(sounds_dir, environ=environ, platform=platform)
        players.append(player)
        return player

    yield make
    for player in players:
        player.close()
        assert player.running_programs() == 0


def args_of(call: list[str]) -> list[str]:
    return [line for line in call if not line.startswith("ENV-")]


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


# The generated sounds.


def read_samples(path: Path) -> tuple[wave.Wave_read, list[int]]:
    with wave.open(str(path), "rb") as sound:
        frames = sound.readframes(sound.getnframes())
    return sound, list(struct.unpack(f"<{len(frames) // 2}h", frames))


@pytest.mark.parametrize("name", NAMES)
def test_bundled_sound_is_short_soft_and_click_free(name: str) -> None:
    sound, samples = read_samples(SOUNDS_DIR / f"{name}.wav")
    assert (sound.getnchannels(), sound.getsampwidth(), sound.getframerate()) == (1, 2, 22050)
    duration = len(samples) / 22050
    assert 0.15 <= duration <= (1.2 if name == "done" else 0.6)
    peak = max(abs(sample) for sample in samples)
    assert 20 * math.log10(peak / 32768) < -9
    edge = 22  # 1 ms
    assert max(abs(sample) for sample in samples[:edge]) < 0.01 * 32768
    assert max(abs(sample) for sample in samples[-edge:]) < 0.01 * 32768
    assert samples[0] == 0
    assert samples[-1] == 0


def test_generator_is_deterministic_and_matches_the_committed_files(tmp_path: Path) -> None:
    subprocess.run([sys.executable, str(GENERATOR), str(tmp_path)], check=True, capture_output=True)
    for name in NAMES:
        assert (tmp_path / f"{name}.wav").read_bytes() == (
            SOUNDS_DIR / f"{name}.wav"
        ).read_bytes(), name


# Choosing backends.


def test_linux_prefers_paplay_and_spd_say(fake_bin: FakeBin, make_player: MakePlayer) -> None:
    for name in ("aplay", "pw-play", "paplay", "espeak", "espeak-ng", "spd-say"):
        fake_bin.add(name)
    player = make_player(fake_bin.environ)
    assert player.sound_backend == "paplay"
    assert player.speech_backend == "spd-say"


@pytest.mark.parametrize(
    ("present", "sound", "speech"),
    [
        (("aplay", "espeak"), "aplay", "espeak"),
        (("pw-play", "aplay", "espeak-ng", "espeak"), "pw-play", "espeak-ng"),
        (("aplay", "afplay", "say"), "aplay", None),
    ],
)
def test_linux_fallbacks(
    fake_bin: FakeBin,
    make_player: MakePlayer,
    present: tuple[str, ...],
    sound: str,
    speech: str | None,
) -> None:
    for name in present:
        fake_bin.add(name)
    player = make_player(fake_bin.environ)
    assert (player.sound_backend, player.speech_backend) == (sound, speech)


def test_nothing_available_does_nothing(fake_bin: FakeBin, make_player: MakePlayer) -> None:
    player = make_player(fake_bin.environ)
    assert player.sound_backend is None
    assert player.speech_backend is None
    player.play("hold")
    player.say("Hold")
    player.stop()
    assert player.running_programs() == 0


def test_mac_uses_afplay_and_say(fake_bin: FakeBin, make_player: MakePlayer, qtbot: QtBot) -> None:
    for name in ("paplay", "spd-say", "afplay", "say"):
        fake_bin.add(name)
    player = make_player(fake_bin.environ, platform="darwin")
    assert (player.sound_backend, player.speech_backend) == ("afplay", "say")
    player.play("done")
    player.say(TRICKY)
    qtbot.waitUntil(lambda: bool(fake_bin.calls("afplay") and fake_bin.calls("say")), timeout=3000)
    assert args_of(fake_bin.calls("afplay")[0]) == [str(SOUNDS_DIR / "done.wav")]
    assert args_of(fake_bin.calls("say")[0]) == ["-r", "160", TRICKY]


def test_windows_uses_winsound_and_powershell(
    fake_bin: FakeBin, make_player: MakePlayer, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    winsound = FakeWinsound("winsound")
    winsound.SND_FILENAME = 0x20000
    winsound.SND_ASYNC = 0x1
    winsound.SND_NODEFAULT = 0x2
    winsound.PlaySound = mock.Mock()
    monkeypatch.setitem(sys.modules, "winsound", winsound)
    fake_bin.add("powershell")
    player = make_player(fake_bin.environ, platform="win32")
    assert (player.sound_backend, player.speech_backend) == ("winsound", "sapi")

    player.play("switch")
    winsound.PlaySound.assert_called_once_with(str(SOUNDS_DIR / "switch.wav"), 0x20003)

    player.say(TRICKY, "de_DE")
    qtbot.waitUntil(lambda: bool(fake_bin.calls("powershell")), timeout=3000)
    (call,) = fake_bin.calls("powershell")
    assert args_of(call)[:3] == ["-NoProfile", "-NonInteractive", "-Command"]
    script = args_of(call)[3]
    assert "$env:SPASM_CUE_TEXT" in script
    assert "stop" not in script  # the text is not in the command
    assert call[-2:] == [f"ENV-TEXT:{TRICKY}", "ENV-LANGUAGE:de"]

    player.stop()
    winsound.PlaySound.assert_called_with(None, 0)


def test_winsound_failure_turns_sound_off(
    make_player: MakePlayer, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot, tmp_path: Path
) -> None:
    winsound = FakeWinsound("winsound")
    winsound.SND_FILENAME = winsound.SND_ASYNC = winsound.SND_NODEFAULT = 0
    winsound.PlaySound = mock.Mock(side_effect=RuntimeError("Failed to play sound"))
    monkeypatch.setitem(sys.modules, "winsound", winsound)
    player = make_player({"PATH": str(tmp_path)}, platform="win32")
    with qtbot.waitSignal(player.availability_changed, timeout=1000):
        player.play("hold")
    assert player.sound_backend is None


def test_windows_without_winsound(
    make_player: MakePlayer, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setitem(sys.modules, "winsound", None)
    player = make_player({"PATH": str(tmp_path)}, platform="win32")
    assert player.sound_backend is None
    player.play("hold")


# Running the programs.


def test_play_runs_the_player_with_the_file(
    fake_bin: FakeBin, make_player: MakePlayer, qtbot: QtBot
) -> None:
    fake_bin.add("paplay")
    player = make_player(fake_bin.environ)
    player.play("hold")
    qtbot.waitUntil(lambda: bool(fake_bin.calls("paplay")), timeout=3000)
    assert args_of(fake_bin.calls("paplay")[0]) == [str(SOUNDS_DIR / "hold.wav")]
    qtbot.waitUntil(lambda: player.running_programs() == 0, timeout=3000)
    assert player.sound_backend == "paplay"
    assert not player._reaper.isActive()  # nothing running: nothing looks


def test_aplay_is_quiet(fake_bin: FakeBin, make_player: MakePlayer, qtbot: QtBot) -> None:
    fake_bin.add("aplay")
    player = make_player(fake_bin.environ)
    player.play("next")
    qtbot.waitUntil(lambda: bool(fake_bin.calls("aplay")), timeout=3000)
    assert args_of(fake_bin.calls("aplay")[0]) == ["-q", str(SOUNDS_DIR / "next.wav")]


def test_unknown_or_missing_sound_is_logged_once(
    fake_bin: FakeBin, make_player: MakePlayer, caplog: pytest.LogCaptureFixture, tmp_path: Path
) -> None:
    fake_bin.add("paplay")
    player = make_player(fake_bin.environ, sounds_dir=tmp_path / "nowhere")
    with caplog.at_level(logging.DEBUG, logger="spasm_desktop.platform.cues"):
        for _ in range(3):
            player.play("../secret")
            player.play("hold")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 2
    assert "unknown" in warnings[0].getMessage()
    assert "missing" in warnings[1].getMessage()
    assert player.running_programs() == 0
    assert player.sound_backend == "paplay"


def test_say_with_spd_say_passes_text_and_language_intact(
    fake_bin: FakeBin, make_player: MakePlayer, qtbot: QtBot
) -> None:
    fake_bin.add("spd-say")
    player = make_player(fake_bin.environ)
    player.say(TRICKY, "de")
    qtbot.waitUntil(lambda: bool(fake_bin.calls("spd-say")), timeout=3000)
    assert args_of(fake_bin.calls("spd-say")[0]) == [
        "-l",
        "de",
        "-r",
        "-10",
        "-i",
        "-20",
        TRICKY,
    ]


@pytest.mark.parametrize("program", ["espeak-ng", "espeak"])
def test_say_with_espeak(
    fake_bin: FakeBin, make_player: MakePlayer, qtbot: QtBot, program: str
) -> None:
    fake_bin.add(program)
    player = make_player(fake_bin.environ)
    player.say("-5 seconds", "en_GB")
    qtbot.waitUntil(lambda: bool(fake_bin.calls(program)), timeout=3000)
    assert args_of(fake_bin.calls(program)[0]) == [
        "-v",
        "en",
        "-s",
        "150",
        "-a",
        "70",
        " -5 seconds",  # never read as an option
    ]


def test_bad_language_falls_back_to_english_and_empty_text_is_not_spoken(
    fake_bin: FakeBin, make_player: MakePlayer, qtbot: QtBot
) -> None:
    fake_bin.add("espeak-ng")
    player = make_player(fake_bin.environ)
    player.say("   ")
    player.say("Hold", "--evil; rm")
    qtbot.waitUntil(lambda: bool(fake_bin.calls("espeak-ng")), timeout=3000)
    (call,) = fake_bin.calls("espeak-ng")
    assert args_of(call)[:2] == ["-v", "en"]


def test_failing_player_turns_sound_off(
    fake_bin: FakeBin, make_player: MakePlayer, qtbot: QtBot, caplog: pytest.LogCaptureFixture
) -> None:
    fake_bin.add("paplay", exit_code=1)
    fake_bin.add("spd-say")
    player = make_player(fake_bin.environ)
    with qtbot.waitSignal(player.availability_changed, timeout=3000):
        player.play("relax")
    assert player.sound_backend is None
    assert player.speech_backend == "spd-say"
    assert any("paplay" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    player.play("relax")  # does nothing now
    assert len(fake_bin.calls("paplay")) == 1


def test_failing_speech_turns_speech_off(
    fake_bin: FakeBin, make_player: MakePlayer, qtbot: QtBot
) -> None:
    fake_bin.add("spd-say", exit_code=1)
    player = make_player(fake_bin.environ)
    with qtbot.waitSignal(player.availability_changed, timeout=3000):
        player.say("Hold")
    assert player.speech_backend is None


def test_program_that_cannot_start_turns_sound_off(
    fake_bin: FakeBin, make_player: MakePlayer, qtbot: QtBot
) -> None:
    broken = fake_bin.folder / "paplay"
    broken.write_text("#!/nonexistent/interpreter\n")
    broken.chmod(0o755)
    player = make_player(fake_bin.environ)
    assert player.sound_backend == "paplay"
    with qtbot.waitSignal(player.availability_changed, timeout=3000):
        player.play("hold")
    assert player.sound_backend is None


def test_new_cue_replaces_the_previous_one(
    fake_bin: FakeBin, make_player: MakePlayer, qtbot: QtBot
) -> None:
    fake_bin.add("paplay", then="exec sleep 30")
    fake_bin.add("spd-say", then="exec sleep 30")
    player = make_player(fake_bin.environ)
    changes = []
    player.availability_changed.connect(lambda: changes.append(1))
    player.play("hold")
    player.say("Hold")
    qtbot.waitUntil(lambda: len(fake_bin.pids("paplay")) == 1, timeout=3000)
    qtbot.waitUntil(lambda: len(fake_bin.pids("spd-say")) == 1, timeout=3000)
    (first,) = fake_bin.pids("paplay")

    player.play("relax")
    qtbot.waitUntil(lambda: len(fake_bin.pids("paplay")) == 2, timeout=3000)
    qtbot.waitUntil(lambda: not alive(first), timeout=3000)
    (speaking,) = fake_bin.pids("spd-say")
    assert alive(speaking)  # the other channel goes on

    player.stop()
    qtbot.waitUntil(
        lambda: not any(alive(pid) for pid in fake_bin.pids("paplay") + fake_bin.pids("spd-say")),
        timeout=3000,
    )
    qtbot.waitUntil(lambda: player.running_programs() == 0, timeout=3000)
    assert changes == []  # killed by us is not broken
    assert (player.sound_backend, player.speech_backend) == ("paplay", "spd-say")


def test_close_ends_running_programs_and_later_calls_do_nothing(
    fake_bin: FakeBin, make_player: MakePlayer, qtbot: QtBot
) -> None:
    fake_bin.add("paplay", then="exec sleep 30")
    player = make_player(fake_bin.environ)
    player.play("done")
    # The log is the fake's last step before sleeping (its pid file comes just before it).
    qtbot.waitUntil(lambda: bool(fake_bin.calls("paplay")), timeout=3000)
    player.close()
    (pid,) = fake_bin.pids("paplay")
    qtbot.waitUntil(lambda: not alive(pid), timeout=3000)
    player.play("done")
    player.say("Done")
    player.stop()
    player.close()
    assert len(fake_bin.calls("paplay")) == 1


# Qt's text to speech, when PySide6-Addons is installed.


class FakeTextToSpeech(QtCore.QObject):
    """Enough of QTextToSpeech for the player."""

    stateChanged = QtCore.Signal(object)
    engines: ClassVar[list[str]] = ["fake"]
    instances: ClassVar[list["FakeTextToSpeech"]] = []

    class State(enum.Enum):
        """The engine's states the player looks at."""

        Ready = 0
        Speaking = 1
        Error = 3

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.spoken: list[tuple[str, str]] = []
        self.current = QtCore.QLocale("en_US")
        self.instances.append(self)

    @staticmethod
    def availableEngines() -> list[str]:
        return FakeTextToSpeech.engines

    def engine(self) -> str:
        return "fake"

    def state(self) -> "FakeTextToSpeech.State":
        return self.State.Ready

    def availableLocales(self) -> list[QtCore.QLocale]:
        return [QtCore.QLocale("en_US"), QtCore.QLocale("de_AT"), QtCore.QLocale("de_DE")]

    def setVolume(self, volume: float) -> None:
        self.volume = volume

    def setRate(self, rate: float) -> None:
        self.rate = rate

    def locale(self) -> QtCore.QLocale:
        return self.current

    def setLocale(self, locale: QtCore.QLocale) -> None:
        self.current = locale

    def say(self, text: str) -> None:
        self.spoken.append((text, self.current.name()))

    def stop(self) -> None:
        self.spoken.append(("<stop>", ""))

    def errorString(self) -> str:
        return "engine failed"


@pytest.fixture
def qt_speech(monkeypatch: pytest.MonkeyPatch) -> FakeSpeechModule:
    module = FakeSpeechModule("PySide6.QtTextToSpeech")
    module.QTextToSpeech = FakeTextToSpeech
    monkeypatch.setitem(sys.modules, "PySide6.QtTextToSpeech", module)
    monkeypatch.setattr(FakeTextToSpeech, "instances", [])
    return module


def test_qt_speech_is_preferred_and_picks_a_voice_for_the_language(
    qt_speech: FakeSpeechModule, fake_bin: FakeBin, make_player: MakePlayer, qtbot: QtBot
) -> None:
    fake_bin.add("spd-say")
    player = make_player(fake_bin.environ)
    assert player.speech_backend == "qt"
    (tts,) = FakeTextToSpeech.instances
    player.say(TRICKY, "de")
    assert tts.spoken[-1][0] == TRICKY
    assert tts.spoken[-1][1].startswith("de_")
    player.say("Hold", "en")
    assert tts.spoken[-1] == ("Hold", "en_US")
    with qtbot.waitSignal(player.availability_changed, timeout=1000):
        tts.stateChanged.emit(FakeTextToSpeech.State.Error)
    assert player.speech_backend is None


def test_qt_speech_without_engines_is_skipped(
    qt_speech: FakeSpeechModule,
    fake_bin: FakeBin,
    make_player: MakePlayer,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(FakeTextToSpeech, "engines", [])
    fake_bin.add("spd-say")
    player = make_player(fake_bin.environ)
    assert player.speech_backend == "spd-say"
