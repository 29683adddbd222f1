"""Arabic script: which language a text is in, and a folded form for matching.

Arabic is written with optional marks (vowel signs, shadda, tatweel) and several forms of a few
letters (أ إ آ ا, ة ه, ى ي, and the Persian ک ی in texts typed on Persian keyboards), and with
Arabic-Indic digits. Reports spell one word all these ways ("مسيّرة", "مسيرة"), so patterns are
matched on a folded form: marks removed, letters unified, digits made ASCII. Unlike `fold`, this
changes the length; `Folded.at` maps every folded offset back into the text, so evidence is
still cut from the text as the outlet wrote it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sitrep.text.normalise import lower_keeping_length

if TYPE_CHECKING:  # for the annotation only: the text stage needs none of the model at run time
    from sitrep.model import Language

_MARKS = frozenset(chr(c) for c in [*range(0x064B, 0x0653), 0x0670, 0x0640, 0x200C, 0x200D])
_MARK = re.compile(f"[{re.escape(''.join(sorted(_MARKS)))}]+")
_LETTERS = {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي", "ک": "ك", "ی": "ي", "ۀ": "ه",
            "ؤ": "و", "ئ": "ي"}
_DIGITS = {chr(0x0660 + i): str(i) for i in range(10)} | {chr(0x06F0 + i): str(i) for i in range(10)}
_TABLE = _LETTERS | _DIGITS | {"\u060c": ",", "\u061b": ";", "\u061f": "?", "\u066a": "%", "\u066b": ".",
                               "\u200f": " ", "\u200e": " ", "\u00a0": " ",
                               "_": " "}  # a hashtag's words ("#التدريبات_المشتركة") are words


_ARABIC_LETTERS = re.compile(r"[\u0621-\u064a\u0671-\u06d3\u06fa-\u06ff]")
_LATIN_LETTERS = re.compile(r"[A-Za-z]")


def language(text: str) -> Language:
    """"ar" when most letters of the text's first 4,000 characters are Arabic script (Persian
    letters in it included), else "en": the two languages sitrep reads."""
    head = text[:4000]
    if not _ARABIC_LETTERS.search(head):
        return "en"  # most texts, and every sentence of them the geo stage is given: no counting
    return "ar" if len(_ARABIC_LETTERS.findall(head)) > len(_LATIN_LETTERS.findall(head)) else "en"


@dataclass(frozen=True, slots=True)
class Folded:
    """A piece of text folded for matching; `at[i]` is the text offset of folded character i
    (`at[len(text)]` the end of the piece)."""

    text: str
    at: tuple[int, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The text offsets of folded `[start, end)`."""
        return self.at[start], (self.at[end - 1] + 1 if end > start else self.at[start])


# "قتلـ.ـى", "بهـ.ـجوم": a dot between tatweels, written inside a word to slip past a platform's
# filters; read as the tatweels around it are, as nothing
_HIDDEN_DOT = re.compile("\u0640[.\u00b7\u2024]\u0640")

_FOLD = str.maketrans({**_TABLE, **{m: None for m in _MARKS}})
_FOLD_LETTERS = str.maketrans({**_LETTERS, **{m: None for m in _MARKS}})


def without_article(word: str) -> str:
    """A folded word without its article ("الحسكه" → "حسكه"), so that a name meets itself written
    with and without it; a short word keeps it ("الله")."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def arabic_pattern(pattern: str) -> re.Pattern[str]:
    """A regular expression written in plain Arabic ("على", "مبنى"), compiled to match folded text
    ("علي", "مبني"): its letters folded as the text's are, its syntax left alone."""
    return re.compile(pattern.translate(_FOLD_LETTERS))


# "The country" or "its territory" ("استهدفت البلاد", "على أراضيها"): the geo stage reads which country a statement means
# (sitrep.geo.arabic), and extract takes it as where, as a country named after "في" is
THE_COUNTRY = arabic_pattern(r"(?<!\w)(?:[وفبل]?ال)?(?:بلاد|اراضيها|اراضي\s+(?:ال)?(?:بلاد|دوله|مملكه))(?!\w)")


def fold_arabic(text: str, start: int = 0, end: int | None = None) -> Folded:
    end = len(text) if end is None else end
    piece = text[start:end]
    if "\u0640" in piece:
        piece = _HIDDEN_DOT.sub("\u0640" * 3, piece)
    folded = piece.translate(_FOLD)
    lowered = lower_keeping_length(folded)
    if len(folded) == len(piece):
        at = tuple(range(start, end + 1))
    else:  # marks were dropped: where each kept character was, a run between two marks at a time
        runs, kept_from = [], start
        for mark in _MARK.finditer(piece):
            runs.append(range(kept_from, start + mark.start()))
            kept_from = start + mark.end()
        at = (*itertools.chain.from_iterable(runs), *range(kept_from, end), end)
    return Folded(lowered, at)


__all__ = ["THE_COUNTRY", "Folded", "arabic_pattern", "fold_arabic", "language", "without_article"]
