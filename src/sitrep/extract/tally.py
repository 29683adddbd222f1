"""Running official counts: "attacked 61 times since October 7", "approximately 140 attacks ...".

A tally is not an incident. It is kept as its own record — who gives it, as of when, since when,
the total and its split by country, and the wounded and killed it comes with — so that a later
stage can set sitrep's own incident count beside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitrep.extract.numbers import NUMBER, QUALIFIER, parse
from sitrep.lexicon import Lexicon
from sitrep.text import Sentence
from sitrep.when import DateSpan

_TIMES = re.compile(
    rf"\b(?:attacked|targeted|struck|hit|(?:come|came|been) under attack)\s+"
    r"(?:(?:via|with|using|by|in)\s+(?:[a-z'-]+\s+){1,8}?)?"  # "attacked via one-way attack drones or rockets about 40 times"
    rf"(?:(?P<q>{QUALIFIER}|a total of)\s+)?"
    rf"(?P<n>\d+|{NUMBER})\+?\s+(?:separate\s+)?times\b")
_COUNT = re.compile(
    rf"\b(?:(?P<q>{QUALIFIER}|a total of|the)\s+)?(?P<n>\d{{1,4}})\+?\s+(?:total\s+|separate\s+|incidents of\s+)?"
    r"(?:attacks|incidents|operations)\b")
# A word every match of _COUNT holds ("times" for _TIMES): find_tally reads every sentence, and most
# hold none, so are not searched at all.
_COUNT_WORDS = ("attacks", "incidents", "operations")
_TOTAL_CUE = re.compile(r"\b(?:since|to date|in total|a total of|total)\b")
_SPLIT = re.compile(
    rf"\b(?P<n>\d+|{NUMBER})\s+(?:separate\s+times|times|attacks|incidents)\s+in\s+(?P<c>iraq|syria|jordan)\b"
    r"(?!\s+and\s+(?:iraq|syria|jordan))")
_COUNTRY = {"iraq": "IQ", "syria": "SY", "jordan": "JO"}
_WOUNDED = re.compile(
    rf"\b(?:{QUALIFIER} )?(?P<n>\d+|{NUMBER}) (?:[a-z.'-]+ ){{0,3}}?(?:personnel|troops|service ?members|"
    r"military members|members|soldiers)\b[a-z ,]{0,30}?\b(?:wounded|injured|injuries|hurt)\b")
_KILLED = re.compile(
    rf"\b(?P<n>\d+|{NUMBER}) (?:[a-z.'-]+ ){{0,3}}?(?:contractors?|soldiers?|troops?|service ?members?|"
    r"personnel|americans?)\b[a-z ,]{0,20}?\b(?:killed|dead|died|los(?:ing|t) (?:their|his|her) li(?:fe|ves))\b")
_REPORTER = re.compile(
    r"(?:spokes(?:person|man|woman)|press secretary|secretary|official|advisor|adviser)\s+"
    r"(?:[a-z.]+\s+){0,3}?(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+){1,2})")
_ORG = [
    (re.compile(r"pentagon|war department|department of defense|defense department|\bdod\b"), "US Department of Defense"),
    (re.compile(r"white house"), "White House"),
    (re.compile(r"centcom|central command"), "US Central Command"),
    (re.compile(r"(?:us|u\.s\.|american) (?:military )?officials?"), "US military official (US Department of Defense)"),
]


@dataclass
class TallyFacts:
    total: int
    approximate: bool
    sentence: Sentence
    at: int  # where the count is written
    reported_by: str | None = None
    as_of: DateSpan | None = None
    by_country: dict[str, int] = field(default_factory=dict)
    wounded: int | None = None
    killed: int | None = None
    more: list[Sentence] = field(default_factory=list)  # later sentences giving the same count


def find_tally(folded: str, sent: Sentence) -> TallyFacts | None:
    seg = folded[sent.start:sent.end]
    m = _TIMES.search(seg) if "times" in seg else None
    if m is None:
        m = _COUNT.search(seg) if any(w in seg for w in _COUNT_WORDS) else None
        if m is None or not _TOTAL_CUE.search(seg) or re.search(r"\bmore (?:attacks|incidents)\b", seg):
            return None
    total = parse(m.group("n"))
    if total is None or total < 5:
        return None
    qual = m.group("q") or ""
    return TallyFacts(total=total, approximate=qual not in ("", "the", "a total of"), sentence=sent,
                      at=sent.start + m.start())


def split_by_country(folded: str, sent: Sentence) -> dict[str, int]:
    out: dict[str, int] = {}
    for m in _SPLIT.finditer(folded, sent.start, sent.end):
        n = parse(m.group("n"))
        if n is not None:
            out.setdefault(_COUNTRY[m.group("c")], n)
    return out


def casualty_figures(folded: str, sent: Sentence) -> tuple[int | None, int | None]:
    seg = folded[sent.start:sent.end]
    w = _WOUNDED.search(seg)
    k = _KILLED.search(seg)
    return (parse(w.group("n")) if w else None, parse(k.group("n")) if k else None)


def reporter(lex: Lexicon, original: str, folded: str, sent: Sentence) -> str | None:
    """Who gives the count: a named spokesperson with their institution, or the institution."""
    seg = folded[sent.start:sent.end]
    org = next((label for p, label in _ORG if p.search(seg)), None)
    person = _REPORTER.search(original, sent.start, sent.end)
    if person and lex.outlet(person.group("name")) is None:
        name = person.group("name")
        institution = org[org.index("(") + 1:-1] if org and "(" in org else org
        return f"{name} ({institution})" if institution else name
    return org
