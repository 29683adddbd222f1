"""Sentence segmentation that keeps character offsets.

Rule based on purpose: news sentences end in . ! ? (or ; before a capital) or a line break, and
the hard cases are abbreviations ("U.S.", "Brig. Gen.", "Feb. 8") and initials. An Arabic text's sentences end at
. ! ? ؟ ؛ or an empty line (see `_ARABIC_BOUNDARY`). Each `Sentence` points back into the article
text with `start`/`end`, the way spaCy's spans do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sitrep.text.arabic import language

# Words after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    """u.s us u.k u.n mr mrs ms dr prof gen brig col lt maj sgt capt cpt adm cmdr rep sen gov pres
    st no vol jan feb mar apr jun jul aug sep sept oct nov dec a.m p.m e.g i.e etc vs approx
    va nev calif fla ga ala ariz colo conn del ill ind kan ky la md mass mich minn miss mo mont
    neb okla ore pa tenn tex wash wis wyo jr sr inc corp co ltd dept govt spc pfc cpl mt ft""".split()
)

# A candidate boundary: terminal punctuation (plus closing quotes/brackets) then space, or a newline.
# A semicolon before a capital joins two sentences ("Israel announces ... in Gaza; U.S. conducts
# airstrikes in Syria"): each is read alone.
# In Arabic ("؟" the question mark, "؛" the semicolon) a sentence starts with any letter; the comma
# "،" joins clauses of one sentence ("قصفت ... قاعدة عين الأسد، غربي العراق") and does not cut.
# A headline's deck run into its lead with no full stop, after a closing quote ("... would lead to
# ‘broader regional conflict’ The US military has launched airstrikes ..."), ends there too; so does a
# full stop a page lost the space after ("... eastern Syria.There were no reports of casualties.", "... brain
# injuries.US media put the number of injured US personnel at over 45.The Syrian government ...").
_BOUNDARY = re.compile(r"""[.!?;\u061f\u061b]+["')\]\u00bb]*(?=\s+["'(\[\u00ab]?[A-Z0-9\u201c\u2018\u0621-\u064a])|\n\s*"""
                       r"""|(?<=[a-z]['"\u2019\u201d])(?=\s+(?:The|A|An|It|This|In|On|According)\s)"""
                       r"""|(?<=[a-z0-9]{2}[.!?])(?=[A-Z][a-z]|[A-Z]{2,}\b)""")
_LAST_WORD = re.compile(r"([A-Za-z.]+)[.]$")
# No real sentence is this long; a run of text that is (a 10 MB line with no full stop) is read
# in pieces of at most this many characters, cut at a space, so that no stage ever works on an
# unbounded string and a time limit checked between sentences holds.
MAX_SENTENCE_CHARS = 2000


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str
    index: int


def _is_abbreviation(text: str, dot: int) -> bool:
    m = _LAST_WORD.search(text, max(0, dot - 12), dot + 1)
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in _ABBREVIATIONS:
        return True
    # Single initials ("J. Smith") and dotted acronyms ("U.S.", "D.C.").
    return len(word) == 1 or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", word))


# A headline's rubric ("Israel Latest: …", "Israel-Gaza war live updates: …") and the parts of a
# title joined by " | " ("… | CNN Politics") are sentences of their own: a rubric names no event.
_RUBRIC = re.compile(r"^[^\n:.|]{0,60}?\b(?:latest|live|live updates|updates|briefing|evening report|first thing)"
                     r"\s*:(?=\s)|[ \t]\|(?=[ \t])", re.IGNORECASE | re.MULTILINE)


# Arabic posts break lines inside a sentence (an archiver starts a line at every link or bold run),
# so an Arabic sentence ends at . ! ? ؟ ؛ or an empty line, not at a line break; and before a clause
# that tells another event "at the same time" ("استهداف قاعدة قسرك ...، بالتزامن مع الإعلان عن مقتل عنصرين
# ... في هجوم نفذه تنظيم داعش"), whose side, place and dead are its own.
# A full stop a page lost the space after ("... ردا على هجوم على جنود أميركيين.وكان الرئيس الأميركي ...") ends one
# too, between two words of two letters or more (not the initials of an agency: "د.ب.أ"), or after a word's closing
# bracket or quote ("(80 كيلومتراً جنوب شرقي الرياض).وأكدت السعودية", "«... وطهران هي الخاسر الأكبر فيه».كان المتحدث").
_ARABIC_BOUNDARY = re.compile(r"[.!?\u061f\u061b]+(?=\s)|\n\s*\n"
                              r"|(?<=[\u0621-\u064a]{2})\.(?=[\u0621-\u064a]{2})|(?<=[\u0621-\u064a][)\u00bb\u201d\"])\.(?=[\u0621-\u064a]{2})"
                              r"|[,\u060c]\s*(?=و?(?:بالتزامن|تزامنا|تزامناً|تزامنًا)\s+مع\s)")
_LETTER = re.compile(r"[^\W_]")
# A news page's furniture on a line of its own: its source ("المصدر: RT Arabic"), its tags ("كلمات دلالية: ... البنتاغون
# الحسكة القامشلي") and a link to another story ("إقرأ أيضاً: ..."). Each is a sentence of its own, as is the
# headline a link leads in, so that the tags' names are not read into the story after them.
_FURNITURE = re.compile(r"(?m)^[^\S\n]*(?:📌[^\S\n]*)?(?:المصدر|مصدر الخبر|(?:ال)?كلمات (?:ال)?دلالية|الوسوم|وسوم"
                        r"|(?P<link>(?:[اإأ]قرأ|شاهد) (?:أيضا|ايضا|المزيد)[\u064b]?[^\S\n]*:?))")

# A text wrapped at a fixed width (statements and letters sent as plain text: "... United\nStates
# forces conducted ...") breaks lines inside its sentences. Such a text is told by its lines: most
# are 50-80 characters and none is much longer. Its single line breaks after a full-width line are
# spaces; a short line ("Dear Mr. Speaker:", "Sincerely,") still ends where it ends.
_WRAPPED_WIDTH = (50, 80)
_LONGEST_WRAPPED_LINE = 100


def _soft_breaks(text: str) -> set[int]:
    """The offsets of the line breaks that only wrap a line, in a text wrapped at a fixed width."""
    lines = [(m.end(), len(m.group().rstrip())) for m in re.finditer(r"[^\n]*", text) if m.group().strip()]
    if len(lines) < 5 or max(width for _, width in lines) > _LONGEST_WRAPPED_LINE:
        return set()
    low, high = _WRAPPED_WIDTH
    if sum(low <= width <= high for _, width in lines) < 0.6 * len(lines):
        return set()
    return {end for end, width in lines if width >= low}  # where each full-width line's break is


def sentences(text: str) -> list[Sentence]:
    """Split `text` into sentences; each keeps its offsets, stripped of surrounding space."""
    if language(text) == "ar":
        return _arabic_sentences(text)
    cuts: list[tuple[int, int]] = []  # (end of this sentence, start of the next)
    soft = _soft_breaks(text)
    for m in _BOUNDARY.finditer(text):
        if m.start() in soft and m.group().count("\n") == 1:
            continue
        if text[m.start()] == "." and m.group().startswith(".") and "\n" not in m.group():
            if _is_abbreviation(text, m.start()):
                continue
        if not m.group() and text[m.start() - 1] == "." and _is_abbreviation(text, m.start() - 1):
            continue  # "Gen.Smith"
        cuts.append((m.end() if "\n" not in m.group() else m.start(), m.end()))
    for m in _RUBRIC.finditer(text):
        cuts.append((m.end(), m.end()) if m.group().endswith(":") else (m.start(), m.end()))
    out: list[Sentence] = []
    start = 0
    for end, next_start in sorted(cuts):
        if end < start:
            continue
        _append(out, text, start, end)
        start = max(start, next_start)
    _append(out, text, start, len(text))
    return out


# A page's dateline ("١٢ نوفمبر ٢٠٢٤", "الإثنين 08/يناير/2024 - 05:06 م") on a line of its own between its
# headline and its first paragraph: a sentence of its own, so the headline is one too.
_DATE_LINE = re.compile(r"(?m)^[^\S\n]*(?=[^\n]*(?:(?<!\d)(?:19|20)\d\d(?!\d)|[\u0661\u0662][\u0660-\u0669]{3}))"
                        r"(?:\S+[^\S\n]+){0,5}\S+[^\S\n]*$")  # words apart by spaces: no word is split two ways
_DATE_LINE_CHARS = 40
# A page's headline: its first line, of a few words and no full stop, over a paragraph of its own ("قصف صاروخي على قاعدة
# أميركية جنوبي الحسكة في سورية" over "عربي تريند_ سُمع دويّ أربعة انفجارات ..."): a sentence of its own; not a
# line the next goes on ("... أطراف بلدة كفركلا" over "وبلدة العديسة في قضاء مرجعيون ...", or a preposition)
_HEADLINE = re.compile(r"[^\S\n]*(?P<line>[^\n.!?\u061f\u061b:]{20,140}?)[^\S\n]*\n[^\S\n]*(?!و\S|في\s|على\s|من\s|[اإ]لى\s)(?=[^\n]{160})")
_ARABIC_WORD = re.compile(r"[\u0621-\u064a]{2}")  # a month's or a weekday's name: not "بتاريخ\n10-05-2026\n", a post's
# date run over three lines


def _arabic_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    start = 0
    ends = {m.end() for m in _ARABIC_BOUNDARY.finditer(text)}
    if "\n" in text:
        for m in _FURNITURE.finditer(text):
            line_end = text.find("\n", m.end())
            ends |= {m.start(), line_end if line_end != -1 else len(text)}
            if m.group("link"):
                ends.add(m.end())  # "إقرأ أيضاً: الولايات المتحدة: 76 هجومًا ...": the headline linked to
        for m in _DATE_LINE.finditer(text):
            if len(m.group().strip()) <= _DATE_LINE_CHARS and _ARABIC_WORD.search(m.group()):
                ends |= {m.start(), m.end()}  # (the text's first line too: "24 يناير 2024" over the story)
        headline = _HEADLINE.match(text)
        if headline is not None:
            ends.add(headline.end("line"))
    for end in [*sorted(ends), len(text)]:
        if end <= start:
            continue
        s = start
        while True:  # leading lines of emoji or marks only ("🏴\n🔻\n") are no part of the sentence
            while s < end and text[s].isspace():
                s += 1
            line_end = text.find("\n", s, end)
            if line_end == -1 or _LETTER.search(text, s, line_end):
                break
            s = line_end
        _append(out, text, s, end)
        start = end
    return out


def _append(out: list[Sentence], text: str, start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE_CHARS:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        _append(out, text, start, cut)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        out.append(Sentence(start, end, text[start:end], len(out)))
