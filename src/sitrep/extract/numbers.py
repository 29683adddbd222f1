"""Counts as news writes them: "three drones", "at least 15 rockets", "Thirty-two", "Fifty nine", "another"."""

from __future__ import annotations

import re

from sitrep.when import NUMBER_WORDS

_WORDS = dict(NUMBER_WORDS, another=1, single=1, dozens=None, several=None, multiple=None)
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
NUMBER = (r"(?:\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-" + _UNITS
          + r"| " + _UNITS + r"(?! (?:weeks?|days?|months?|years?|hours?|nights?|minutes?)\b))|"  # not "forty one week after"
          + "|".join(sorted((k for k in NUMBER_WORDS if k not in ("a", "an")), key=len, reverse=True)) + ")")
# What may stand before a figure and leave it the figure ("killing an estimated 75 people": 75, not one)
QUALIFIER = (r"(?:at least|more than|over|about|around|nearly|almost|approximately|some|roughly|up to|as many as|"
             r"an estimated|estimated|a reported|a total of)")


def parse(text: str | None) -> int | None:
    """The integer a number phrase stands for, or None when it gives none ("several")."""
    if not text:
        return None
    t = text.lower().replace(",", "").strip()
    if t.isdigit():
        return int(t)
    if "-" in t or " " in t:  # "thirty-two", "fifty nine"
        tens, _, unit = t.replace(" ", "-").partition("-")
        if tens in NUMBER_WORDS and unit in NUMBER_WORDS:
            return NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    return _WORDS.get(t)


def is_number(text: str) -> bool:
    return re.fullmatch(NUMBER, text.lower()) is not None
