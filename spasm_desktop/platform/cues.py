"""Sound and spoken cues for guided stretches, without QtMultimedia, never blocking, never raising.

:class:`CuePlayer` plays the bundled WAV files (``hold``, ``relax``, ``switch``, ``next``,
``done``) and speaks short, already translated cues. Backends are chosen once, at construction,
by what exists (programs are looked up on the ``PATH`` of the environment given):

Sound
    * Linux and BSD: ``paplay`` (PulseAudio, or PipeWire's pulse server), then ``pw-play``, then
      ``aplay -q`` (ALSA).
    * macOS: ``afplay``.
    * Windows: ``winsound.PlaySound`` with ``SND_ASYNC`` (imported only there).
Speech
    * Every platform: Qt's ``QTextToSpeech`` when PySide6-Addons happens to be installed and it
      has an engine with voices (``qt``), with a voice for the language when there is one.
    * Linux and BSD: ``spd-say`` (speech-dispatcher; it queues the text and exits), then
      ``espeak-ng``, then ``espeak``.
    * macOS: ``say``.
    * Windows: PowerShell with ``System.Speech`` (``sapi``); the text and the language reach it
      through environment variables, never through the command line.

Programs run through :class:`subprocess.Popen`: started and not waited on, output discarded;
while any runs, a timer looks every 100 ms whether it ended (and reaps it). Not QProcess: deleting
a finished QProcess from Python (``deleteLater``) crashed PySide6 6.11 now and then, in whichever
test happened to run the event loop next (a core dump showed ``~QProcess`` in the wrapper's
destructor jumping to a garbage address).
Sounds and speech are two channels; a new cue kills the previous program of its channel.
A program that cannot start, or exits with a non-zero code, marks its backend broken (for
example ``paplay`` without a sound server): a warning is logged, the backend becomes None and
:attr:`CuePlayer.availability_changed` is emitted so the UI can show that there is no sound.

Nothing here opens a network connection, and nothing here is shown to the person.
"""

from __future__ import annotations

import contextlib
import importlib
import logging
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from PySide6 import QtCore

log = logging.getLogger(__name__)

SOUNDS = frozenset({"hold", "relax", "switch", "next", "done"})
SOUND = "sound"
SPEECH = "speech"
UNIX_SOUND = ("paplay", "pw-play", "aplay")
UNIX_SPEECH = ("spd-say", "espeak-ng", "espeak")
CLOSE_WAIT_MS = 200
#: How often running programs are looked at (only while one runs).
REAP_MS = 100
_LANGUAGE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*")
_TEXT_ENV = "SPASM_CUE_TEXT"
_LANGUAGE_ENV = "SPASM_CUE_LANGUAGE"
# Reads the text and the language from the environment: nothing of them is parsed as code.
_SAPI_SCRIPT = (
    "Add-Type -AssemblyName System.Speech; "
    "$s = New-Object System.Speech.Synthesis.SpeechSynthesizer; "
    "$s.Volume = 70; $s.Rate = -1; "
    "try { $v = $s.GetInstalledVoices() | Where-Object { $_.Enabled -and "
    "$_.VoiceInfo.Culture.TwoLetterISOLanguageName -eq $env:" + _LANGUAGE_ENV + " } | "
    "Select-Object -First 1; if ($v) { $s.SelectVoice($v.VoiceInfo.Name) } } catch { }; "
    "$s.Speak($env:" + _TEXT_ENV + ")"
)


def _language_code(language: str) -> str:
    """The primary language subtag in lower case (``"de_DE"`` → ``"de"``), ``"en"`` if unusable."""
    if not _LANGUAGE.fullmatch(language):
        return "en"
    return re.split(r"[-_]", language)[0].lower()


def _argument_text(text: str) -> str:
    """``text`` as a program argument that is never read as an option."""
    return " " + text if text.startswith("-") else text


class CuePlayer(QtCore.QObject):
    """Plays the bundled cue sounds and speaks short cues.

    Attributes:
        sound_backend: ``"paplay"``, ``"pw-play"``, ``"aplay"``, ``"afplay"``, ``"winsound"``,
            or None when there is no way to play sounds (or it broke).
        speech_backend: ``"qt"``, ``"spd-say"``, ``"espeak-ng"``, ``"espeak"``, ``"say"``,
            ``"sapi"``, or None when there is no way to speak (or it broke).

    Signals:
        availability_changed(): a backend broke and is now None.
    """

    availability_changed = QtCore.Signal()

    def __init__(
        self,
        sounds_dir: Path,
        *,
        environ: Mapping[str, str] | None = None,
        platform: str | None = None,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._sounds_dir = sounds_dir
        self._environ = dict(os.environ if environ is None else environ)
        self._platform = sys.platform if platform is None else platform
        self._programs: dict[str, str] = {}
        #: The program playing on each channel, with its backend.
        self._running: dict[str, tuple[str, subprocess.Popen[bytes]]] = {}
        #: Programs killed and not yet seen ending (reaped, so none is left a zombie).
        self._ending: list[subprocess.Popen[bytes]] = []
        # Looks at the programs while any runs, to notice a failed one; stopped otherwise.
        self._reaper = QtCore.QTimer(self)
        self._reaper.setInterval(REAP_MS)
        self._reaper.timeout.connect(self._reap)
        self._logged: set[str] = set()
        self._winsound: Any = None
        self._tts: Any = None
        self._tts_module: Any = None
        self._closed = False
        self.sound_backend: str | None = self._pick_sound()
        self.speech_backend: str | None = self._pick_speech()
        log.info("cues: sound %s, speech %s", self.sound_backend, self.speech_backend)

    # Choosing backends.

    def _which(self, name: str) -> str | None:
        return shutil.which(name, path=self._environ.get("PATH", os.defpath))

    def _first_program(self, names: Sequence[str]) -> str | None:
        for name in names:
            found = self._which(name)
            if found:
                self._programs[name] = found
                return name
        return None

    def _pick_sound(self) -> str | None:
        if self._platform == "win32":
            try:
                self._winsound = importlib.import_module("winsound")
            except ImportError:
                log.warning("cues: winsound is not available")
                return None
            return "winsound"
        if self._platform == "darwin":
            return self._first_program(("afplay",))
        return self._first_program(UNIX_SOUND)

    def _pick_speech(self) -> str | None:
        if self._make_qt_speech():
            return "qt"
        if self._platform == "win32":
            found = self._which("powershell") or self._which("pwsh")
            if found:
                self._programs["sapi"] = found
                return "sapi"
            return None
        if self._platform == "darwin":
            return self._first_program(("say",))
        return self._first_program(UNIX_SPEECH)

    def _make_qt_speech(self) -> bool:
        """Set up ``QTextToSpeech`` if PySide6-Addons is installed and has a working engine."""
        try:
            module = importlib.import_module("PySide6.QtTextToSpeech")
        except ImportError:
            return False
        try:
            engine_class = module.QTextToSpeech
            if not engine_class.availableEngines():
                log.info("cues: QtTextToSpeech has no engines")
                return False
            tts = engine_class(self)
            if tts.state() == engine_class.State.Error or not tts.availableLocales():
                log.info("cues: QtTextToSpeech engine %s has no voices", tts.engine())
                tts.deleteLater()
                return False
            tts.setVolume(0.7)
            tts.setRate(-0.1)
            tts.stateChanged.connect(self._on_qt_speech_state)
        except Exception:
            log.warning("cues: QtTextToSpeech unusable", exc_info=True)
            return False
        self._tts_module = module
        self._tts = tts
        return True

    # Public interface.

    def play(self, name: str) -> None:
        """Play ``sounds_dir/NAME.wav``; an unknown name or a missing file is logged once."""
        try:
            self._play(name)
        except Exception:
            self._log_once(f"play:{name}", "cues: could not play %s", name, exc_info=True)

    def say(self, text: str, language: str = "en") -> None:
        """Speak ``text`` (already translated) in ``language``, such as ``"en"`` or ``"de"``."""
        try:
            self._say(text, language)
        except Exception:
            self._log_once("say", "cues: could not speak", exc_info=True)

    def stop(self) -> None:
        """Stop the sound and the speech playing now."""
        try:
            for channel in (SOUND, SPEECH):
                self._kill(channel)
            if self.sound_backend == "winsound" and self._winsound is not None:
                self._winsound.PlaySound(None, 0)
            if self._tts is not None:
                self._tts.stop()
        except Exception:
            self._log_once("stop", "cues: could not stop", exc_info=True)

    def close(self) -> None:
        """Stop everything and release the speech engine; later calls do nothing."""
        if self._closed:
            return
        try:
            self.stop()
            self._closed = True
            for process in self._ending:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(CLOSE_WAIT_MS / 1000)
            self._reap()
            if self._tts is not None:
                self._tts.deleteLater()
                self._tts = None
        except Exception:
            self._log_once("close", "cues: could not close", exc_info=True)

    # Sound.

    def _play(self, name: str) -> None:
        if self._closed or self.sound_backend is None:
            return
        if name not in SOUNDS:
            self._log_once(f"unknown:{name}", "cues: unknown sound %r", name)
            return
        path = self._sounds_dir / f"{name}.wav"
        if not path.is_file():
            self._log_once(f"missing:{name}", "cues: sound file %s is missing", path)
            return
        backend = self.sound_backend
        if backend == "winsound":
            self._play_winsound(path)
            return
        arguments = ["-q", str(path)] if backend == "aplay" else [str(path)]
        self._start(SOUND, backend, arguments)

    def _play_winsound(self, path: Path) -> None:
        winsound = self._winsound
        flags = winsound.SND_FILENAME | winsound.SND_ASYNC | winsound.SND_NODEFAULT
        try:
            winsound.PlaySound(str(path), flags)
        except (RuntimeError, OSError) as error:
            self._broken(SOUND, "winsound", str(error))

    # Speech.

    def _say(self, text: str, language: str) -> None:
        backend = self.speech_backend
        if self._closed or backend is None or not text.strip():
            return
        code = _language_code(language)
        if backend == "qt":
            self._say_qt(text, code)
            return
        extra: dict[str, str] = {}
        if backend == "spd-say":
            arguments = ["-l", code, "-r", "-10", "-i", "-20", _argument_text(text)]
        elif backend in ("espeak-ng", "espeak"):
            arguments = ["-v", code, "-s", "150", "-a", "70", _argument_text(text)]
        elif backend == "say":
            arguments = ["-r", "160", _argument_text(text)]
        else:  # sapi
            arguments = ["-NoProfile", "-NonInteractive", "-Command", _SAPI_SCRIPT]
            extra = {_TEXT_ENV: text, _LANGUAGE_ENV: code}
        self._start(SPEECH, backend, arguments, extra)

    def _say_qt(self, text: str, code: str) -> None:
        tts = self._tts
        tts.stop()
        locales = [locale for locale in tts.availableLocales() if locale.name().startswith(code)]
        if locales:
            system = QtCore.QLocale.system().name()
            locales.sort(key=lambda locale: locale.name() != system)
            if tts.locale().name() != locales[0].name():
                tts.setLocale(locales[0])
        tts.say(text)

    @QtCore.Slot(object)
    def _on_qt_speech_state(self, state: object) -> None:
        if self._tts is not None and state == self._tts_module.QTextToSpeech.State.Error:
            detail = str(self._tts.errorString()) if hasattr(self._tts, "errorString") else ""
            self._tts.deleteLater()
            self._tts = None
            self._broken(SPEECH, "qt", detail)

    # Processes.

    def _start(
        self,
        channel: str,
        backend: str,
        arguments: list[str],
        extra_env: Mapping[str, str] | None = None,
    ) -> None:
        self._kill(channel)
        try:
            process = subprocess.Popen(
                [self._programs[backend], *arguments],
                env={**self._environ, **(extra_env or {})},
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                close_fds=True,
                # No console window for PowerShell on Windows (0 elsewhere).
                creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
            )
        except (OSError, ValueError) as error:
            self._broken(channel, backend, str(error))
            return
        self._running[channel] = (backend, process)
        if not self._reaper.isActive():
            self._reaper.start()

    def _kill(self, channel: str) -> None:
        entry = self._running.pop(channel, None)
        if entry is None:
            return
        process = entry[1]
        if process.poll() is None:
            with contextlib.suppress(OSError):
                process.kill()
        self._ending.append(process)  # reaped by the next look

    def _reap(self) -> None:
        """Look at the running programs (only while there are any): a failed one is broken."""
        for channel, (backend, process) in list(self._running.items()):
            code = process.poll()
            if code is None:
                continue
            del self._running[channel]
            if code > 0:  # < 0: ended by a signal (killed), which is not the program's fault
                self._broken(channel, backend, f"exit code {code}")
        self._ending = [process for process in self._ending if process.poll() is None]
        if not self._running and not self._ending:
            self._reaper.stop()

    def running_programs(self) -> int:
        """How many cue programs are still running (or killed and not yet ended)."""
        self._reap()
        return len(self._running) + len(self._ending)

    def _broken(self, channel: str, backend: str, detail: str) -> None:
        if channel == SOUND and self.sound_backend == backend:
            self.sound_backend = None
        elif channel == SPEECH and self.speech_backend == backend:
            self.speech_backend = None
        else:
            return
        log.warning("cues: %s backend %s does not work (%s); turned off", channel, backend, detail)
        self.availability_changed.emit()

    def _log_once(self, key: str, message: str, *args: object, exc_info: bool = False) -> None:
        if key in self._logged:
            log.debug(message, *args, exc_info=exc_info)
            return
        self._logged.add(key)
        log.warning(message, *args, exc_info=exc_info)
