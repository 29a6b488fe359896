#!/usr/bin/env python3
"""Generate the phase-change sounds in ``resources/sounds/`` (standard library only).

Each sound is 16-bit mono PCM at 22050 Hz, short, soft (peak -12 dBFS) and calm, made of sine
partials with a smooth raised-cosine attack, an exponential decay and a raised-cosine fade to
silence at the end, so it starts and ends on zero (no clicks). No randomness: running the script
again writes identical bytes.

* ``hold.wav``: start holding, a gentle rising two-note chime (A4, E5).
* ``relax.wav``: release, a soft falling two-note chime (E5, A4).
* ``switch.wav``: switch sides, two short identical soft notes (D5, D5).
* ``next.wav``: get ready / next exercise, one soft bell-like tone (C5, a few decaying partials).
* ``done.wav``: routine finished, a calm descending arpeggio (G5, E5, C5).

Usage: ``scripts/make-sounds.py [OUTPUT_DIR]`` (default: ``resources/sounds`` of this checkout).
"""

from __future__ import annotations

import math
import struct
import sys
import wave
from collections.abc import Sequence
from pathlib import Path

RATE = 22050
PEAK_DBFS = -12.0
ATTACK_S = 0.012
FADE_OUT_S = 0.04
# (frequency ratio, relative amplitude, decay time constant as a fraction of the note's)
CHIME = ((1.0, 1.0, 1.0), (2.0, 0.18, 0.5), (3.0, 0.05, 0.3))
BELL = ((1.0, 1.0, 1.0), (2.0, 0.35, 0.6), (2.76, 0.18, 0.4), (4.07, 0.07, 0.25))

Partials = Sequence[tuple[float, float, float]]


def midi_hz(note: int) -> float:
    """Equal-tempered frequency of a MIDI note number (69 = A4 = 440 Hz)."""
    return 440.0 * math.pow(2.0, (note - 69) / 12.0)


def add_note(
    buffer: list[float],
    start_s: float,
    hz: float,
    decay_s: float,
    partials: Partials = CHIME,
    gain: float = 1.0,
) -> None:
    """Mix one decaying note into ``buffer`` from ``start_s`` to the end of the buffer."""
    first = round(start_s * RATE)
    attack = ATTACK_S * RATE
    for n in range(first, len(buffer)):
        i = n - first
        t = i / RATE
        rise = 0.5 - 0.5 * math.cos(math.pi * i / attack) if i < attack else 1.0
        value = 0.0
        for ratio, amplitude, decay in partials:
            envelope = math.exp(-t / (decay_s * decay))
            value += amplitude * envelope * math.sin(2.0 * math.pi * hz * ratio * t)
        buffer[n] += gain * rise * value


def finish(buffer: list[float]) -> bytes:
    """Fade the end to silence, scale the peak to ``PEAK_DBFS`` and encode as 16-bit PCM."""
    fade = round(FADE_OUT_S * RATE)
    last = len(buffer) - 1
    for i in range(fade + 1):
        buffer[last - i] *= 0.5 - 0.5 * math.cos(math.pi * i / fade)
    peak = max(abs(value) for value in buffer) or 1.0
    scale = 32767.0 * 10.0 ** (PEAK_DBFS / 20.0) / peak
    samples = [round(value * scale) for value in buffer]
    return struct.pack(f"<{len(samples)}h", *samples)


def silence(duration_s: float) -> list[float]:
    """A buffer of ``duration_s`` seconds of silence."""
    return [0.0] * round(duration_s * RATE)


def hold() -> bytes:
    """Start holding: a gentle rising two-note chime."""
    buffer = silence(0.55)
    add_note(buffer, 0.0, midi_hz(69), 0.16, gain=0.8)
    add_note(buffer, 0.14, midi_hz(76), 0.18)
    return finish(buffer)


def relax() -> bytes:
    """Release: a soft falling two-note chime."""
    buffer = silence(0.58)
    add_note(buffer, 0.0, midi_hz(76), 0.16, gain=0.8)
    add_note(buffer, 0.15, midi_hz(69), 0.2)
    return finish(buffer)


def switch() -> bytes:
    """Switch sides: two short identical soft notes."""
    buffer = silence(0.42)
    add_note(buffer, 0.0, midi_hz(74), 0.06)
    add_note(buffer, 0.17, midi_hz(74), 0.06)
    return finish(buffer)


def next_exercise() -> bytes:
    """Get ready / next exercise: a single soft bell-like tone."""
    buffer = silence(0.58)
    add_note(buffer, 0.0, midi_hz(72), 0.2, partials=BELL)
    return finish(buffer)


def done() -> bytes:
    """Routine finished: a calm three-note descending arpeggio."""
    buffer = silence(1.0)
    add_note(buffer, 0.0, midi_hz(79), 0.18, gain=0.75)
    add_note(buffer, 0.2, midi_hz(76), 0.2, gain=0.85)
    add_note(buffer, 0.4, midi_hz(72), 0.26)
    return finish(buffer)


SOUNDS = {
    "hold": hold,
    "relax": relax,
    "switch": switch,
    "next": next_exercise,
    "done": done,
}


def write_wav(path: Path, frames: bytes) -> None:
    """Write 16-bit mono PCM ``frames`` at ``RATE`` to ``path``."""
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(frames)


def main(argv: Sequence[str]) -> int:
    """Write every sound into the folder given (or ``resources/sounds``)."""
    folder = Path(argv[0]) if argv else Path(__file__).resolve().parents[1] / "resources/sounds"
    folder.mkdir(parents=True, exist_ok=True)
    for name, make in SOUNDS.items():
        path = folder / f"{name}.wav"
        write_wav(path, make())
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
