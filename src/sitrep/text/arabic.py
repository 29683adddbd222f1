"""Arabic script: which language a text is in, and a folded form for matching.

Arabic is written with optional marks (vowel signs, shadda, tatweel) and several forms of a few
letters (أ إ آ ا, ة ه, ى ي, and the Persian ک ی in texts typed on Persian keyboards), and with
Arabic-Indic digits. Reports spell one word all these ways ("مسيّرة", "مسيرة"), so patterns are
matched on a folded form: marks removed, letters unified, digits made ASCII. Unlike `fold`, this
changes the length; `Folded.at` maps every folded offset back into the text, so evidence is
still cut from the text as the outlet wrote it.
"""

from __future__ import annotations

from dataclasses import dataclass

_MARKS = frozenset(chr(c) for c in [*range(0x064B, 0x0653), 0x0670, 0x0640, 0x200C, 0x200D])
_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ک": "ك", "ی": "ي", "ی": "ي", "ۀ": "ه",
            "ؤ": "و", "ئ": "ي"}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_TABLE = _LETTERS | _DIGITS | {"\u060c": ",", "\u061b": ";", "\u061f": "?", "\u066a": "%", "\u066b": ".",
                               "\u200f": " ", "\u200e": " ", "\u00a0": " "}


def is_arabic_letter(ch: str) -> bool:
    return "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3" or "\u06fa" <= ch <= "\u06ff"


def language(text: str) -> str:
    """"ar" when most letters of the text are Arabic script (Persian letters in it included), else
    "en": the two languages sitrep reads."""
    arabic = latin = 0
    for ch in text[:4000]:
        if is_arabic_letter(ch):
            arabic += 1
        elif ch.isascii() and ch.isalpha():
            latin += 1
    return "ar" if arabic > latin else "en"


@dataclass(frozen=True, slots=True)
class Folded:
    """A piece of text folded for matching; `at[i]` is the text offset of folded character i
    (`at[len(text)]` the end of the piece)."""

    text: str
    at: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The text offsets of folded `[start, end)`."""
        return self.at[start], (self.at[end - 1] + 1 if end > start else self.at[start])


def fold_arabic(text: str, start: int = 0, end: int | None = None) -> Folded:
    end = len(text) if end is None else end
    chars: list[str] = []
    at: list[int] = []
    for i in range(start, end):
        ch = text[i]
        if ch in _MARKS:
            continue
        chars.append(_TABLE.get(ch, ch).lower())
        at.append(i)
    at.append(end)
    return Folded("".join(chars), tuple(at))


__all__ = ["Folded", "fold_arabic", "is_arabic_letter", "language"]
