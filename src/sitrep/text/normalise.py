"""Normalisation that never changes a string's length.

Every later stage matches patterns on the normalised text and reports offsets into it; because
each character maps to exactly one character, those offsets are also offsets into the original,
and evidence is always cut from the text as the outlet wrote it.
"""

from __future__ import annotations

import re
import unicodedata

_PUNCT = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u02bc": "'", "\u02bf": "'",
    "\u02be": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u00a0": " ", "\u2009": " ", "\u200a": " ", "\u202f": " ", "\u2007": " ", "\u3000": " ",
    "\u200b": " ", "\u200e": " ", "\u200f": " ", "\ufeff": " ", "\t": " ", "\r": " ",
}
_NORMALISE = str.maketrans(_PUNCT)


def _fold_table() -> dict[int, str]:
    """Map accented Latin letters to their base letter, one character to one character."""
    table: dict[int, str] = {}
    # Latin-1, Extended-A and -B, and Extended Additional: the dotted and underlined letters of
    # transliterated Arabic ("Rafaḩ", "Dayr al Balaḩ", "Ḩamāh") are the plain letters of the news
    for code in (*range(0x00C0, 0x0250), *range(0x1E00, 0x1F00)):
        ch = chr(code)
        base = unicodedata.normalize("NFKD", ch)[0]
        if base != ch and base.isascii():
            table[code] = base
    table.update({ord(k): v for k, v in _PUNCT.items()})
    table[ord("\u0131")] = "i"  # dotless i
    return table


_FOLD = str.maketrans(_fold_table())


def normalise(text: str) -> str:
    """Straighten quotes and dashes, turn odd spaces into spaces. Same length as `text`."""
    return text.translate(_NORMALISE)


def fold(text: str) -> str:
    """`normalise`, strip Latin diacritics and lower-case, keeping the length where it can.

    `str.lower` changes the length of a handful of characters (e.g. 'İ'); those are left as
    they are so that offsets stay valid.
    """
    return lower_keeping_length(text.translate(_FOLD))


def lower_keeping_length(text: str) -> str:
    """`str.lower`, but a character whose lower case is longer ("İ") is kept as it is."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


# A link's address ("[recently as last week](https://www.cnn.com/2024/01/23/politics/us-strikes-iran-backed-
# militia-iraq/index.html)", "https://t.me/army21ye") holds dates, places and names of its own that the text
# does not say; a markdown link's brackets hold no words.
_LINK = re.compile(r"\]\(\s*(?:https?://|www\.)[^)\s]*\s*\)|(?:https?://|www\.)[^\s)\]>\"']*[^\s)\]>\"'.,;:!?]|\[(?=[^\]\n]{1,300}\]\()")


def without_links(text: str) -> str:
    """`text` with every link's address and a markdown link's brackets as spaces. Same length."""
    if "http" not in text and "www." not in text:
        return text
    return _LINK.sub(lambda m: " " * len(m.group()), text)
