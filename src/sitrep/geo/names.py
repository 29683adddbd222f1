"""Keys for place names: one spelling-insensitive form, and a looser consonant skeleton.

Transliterated Arabic names come in many spellings (Deir ez-Zor, Dayr al-Zawr, Deir Ezzor;
Erbil, Irbil, Arbil). `key` removes what never distinguishes two places (case, accents,
hyphens, apostrophes, a leading article); `skeleton` also drops inner articles, vowels and
doubled letters, so that variants of one name meet. Skeleton hits are weaker evidence and are
ranked below exact ones.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.text import fold

ARTICLES = frozenset("al el ash ad as an ar at az ath adh ez ed es ul the".split())
_SEPARATORS = re.compile(r"[-'\".,()/\u02bf\u02be]+")
_VOWELS = str.maketrans("", "", "aeiouyw")
_DOUBLED = re.compile(r"(.)\1+")


CAMP_OF = frozenset({"refugee", "refugees", "displacement", "idp", "idps"})  # whom a camp shelters, before "camp"
_POSSESSIVE = re.compile(r"\w['\u2019\u02bc]s$")


@lru_cache(maxsize=65536)
def key(name: str) -> str:
    folded = fold(name).strip()
    if _POSSESSIVE.search(folded):  # "Syria's" (but not the S of "U.S.")
        folded = folded[:-2]
    words = _SEPARATORS.sub(" ", folded).split()  # on runs of whitespace, as \s+ matches them
    while len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    if "camp" in words:  # "Al-Maghazi refugee camp", "Abu Shouk displacement camp": the camp by its name
        words = [w for i, w in enumerate(words) if not (w in CAMP_OF and words[i + 1:i + 2] == ["camp"])]
    return " ".join(words)


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    words = [w for w in key(name).split(" ") if w not in ARTICLES]
    out = []
    for w in words:
        if len(w) > 3 and w.endswith("h") and w[-2] in "aeiou":  # ta marbuta: -ah, -eh
            w = w[:-1]
        out.append(w.translate(_VOWELS))
    return _DOUBLED.sub(r"\1", "".join(out))
