#!/usr/bin/env python3
"""Writes the handheld's scan feedback sounds (handheld/sounds/*.wav), made here from plain tones.

    python3 scripts/make-feedback-sounds.py [OUTPUT_DIR]

The files are committed; run this again only to change a sound (the output is the same bytes every
time). 16-bit mono PCM at 22,050 Hz: what QSoundEffect plays everywhere, a few kilobytes each.

  good.wav   accepted scan / pass: one short high beep (2.7 kHz, 80 ms), like a hardware scanner
  wrong.wav  wrong kind of code / refused: a low double beep (440 Hz, 2 x 140 ms)
  fail.wav   a measurement out of tolerance: a falling two-tone (880 Hz then 587 Hz, 2 x 220 ms)

Tones below 1 kHz are faint on a phone's small speaker, so the low ones carry their odd harmonics
(a softened square wave); every tone fades in and out over 5 ms so that it does not click.
"""

import math
import os
import struct
import sys
import wave

RATE = 22050
AMPLITUDE = 0.55 * 32767
FADE_S = 0.005


def tone(freq, seconds, harmonics=1):
    """Samples (floats in -1..1) of one tone: the fundamental plus odd harmonics at 1/n."""
    n = int(RATE * seconds)
    fade = int(RATE * FADE_S)
    weights = [(k, 1.0 / k) for k in range(1, 2 * harmonics, 2)]
    norm = sum(w for _, w in weights)
    out = []
    for i in range(n):
        t = i / RATE
        v = sum(w * math.sin(2 * math.pi * freq * k * t) for k, w in weights) / norm
        envelope = min(1.0, i / fade, (n - 1 - i) / fade)
        out.append(v * envelope)
    return out


def silence(seconds):
    return [0.0] * int(RATE * seconds)


def write(path, samples):
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(round(s * AMPLITUDE))) for s in samples))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "handheld", "sounds")
    os.makedirs(out, exist_ok=True)
    sounds = {
        "good.wav": tone(2700, 0.080),
        "wrong.wav": tone(440, 0.140, harmonics=4) + silence(0.090) + tone(440, 0.140, harmonics=4),
        "fail.wav": tone(880, 0.220, harmonics=3) + tone(587, 0.220, harmonics=3),
    }
    for name, samples in sounds.items():
        path = os.path.join(out, name)
        write(path, samples)
        print(f"{os.path.normpath(path)}: {len(samples) / RATE * 1000:.0f} ms")


if __name__ == "__main__":
    main()
