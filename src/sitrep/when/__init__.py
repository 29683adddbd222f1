"""When did it happen? Date phrases resolved against a reference date, with a stated precision.

News gives dates relative to the day it was written ("early Friday morning", "Late on Thursday",
"last week"). `Reference` is that day: the publication date when the article has one, otherwise
a date inferred from anchors in the text ("the campaign lasting more than 110 days" after a known
start such as 7 October 2023), which is a lower bound, not a day. A phrase resolved against an
inferred reference never claims `day` precision.

The main path is regular expressions over the sentence (microseconds); nothing here calls a
general date parser.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Literal

from sitrep.model import DatePrecision

Basis = Literal["published", "inferred"]

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",),
         ("june", "jun"), ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"),
         ("october", "oct"), ("november", "nov"), ("december", "dec")]
    )
    for m in names
}
WEEKDAYS = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100,
}

# (a whole word, or shortened with its dot: never the start of another, "struck 28 separate sites", "3 marchers")
_MONTH = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\.|\b)"
# a month written out, as a phrase of its own needs ("in March", "late January": never "may")
_MONTH_NAME = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?:early|late|(?:early|late )?(?:in the )?(?:morning|afternoon|evening|night|overnight))"
# A noun naming an attack: what "a recent ..." dates here, and what a date phrase qualifies in extract
# ("the Sunday attack").
ATTACK_NOUN = r"(?:attack|strike|assault|raid|bombing)"

# After a month or a day of one: of the year before the year of writing ("in September of the previous year", "on
# March 3 last year")
_YEAR_BACK = r",? (?:of )?(?:last|the previous|the prior) year\b(?!['’]s)"  # not "on March 3, last year's deadliest ..."
_COUNT = r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"  # of days, weeks or years "ago"

# One pattern, one named group per phrase type; matched on folded (lower-case) text. Every phrase
# begins with a word character, so "\b(?=\w)" (a word's start) is the same as "\b" and saves trying
# every phrase at each word's end.
_PHRASE_SOURCE = (
    r"\b(?=\w)(?:"
    rf"(?P<mdy>(?P<m1>{_MONTH}) (?P<d1>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?(?:,? (?P<y1>(?:19|20)\d\d)|(?P<yb1>{_YEAR_BACK}))?)"
    rf"|(?P<dmy>(?P<d2>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?(?P<m2>{_MONTH})(?:,? (?P<y2>(?:19|20)\d\d)|(?P<yb2>{_YEAR_BACK}))?)"
    rf"|(?P<my>(?:(?:in|during|early|late|mid) )?(?P<m3>{_MONTH}) (?P<y3>(?:19|20)\d\d))"
    r"|(?P<iso>(?P<y4>(?:19|20)\d\d)-(?P<m4>[01]\d)-(?P<d4>[0-3]\d))"
    r"|(?P<hol>christmas day|christmas eve|new year'?s day|new year'?s eve)(?:,? (?P<y5>(?:19|20)\d\d))?"
    rf"|(?P<wd>(?:(?:{_PART}) (?:into )?)?(?:on )?(?P<lastw>last )?(?P<w>{_WEEKDAY})(?:'s)?(?: (?:{_PART}))?"
    r"(?P<weekbefore>,? (?:of )?last week\b(?!['’]s))?)"  # "on Tuesday last week": the week before the writing's
    r"|(?P<rel>yesterday|today|tonight|last night|this morning|this afternoon|this evening|overnight|earlier today)"
    r"|(?P<lastweek>last weekend|this weekend|over the weekend|at the weekend|last week|earlier this week|this week"
    r"|past week)"  # the weekends first: "last week" is the start of "last weekend"
    rf"|(?P<mo>(?:in |during |(?:at )?the (?:start|beginning|middle|end) of |(?:in )?(?P<part>early|mid|late)[- ])"
    rf"(?P<m5>{_MONTH_NAME})\b(?! [0-3]?\d\b| (?:19|20)\d\d)(?P<yearback>{_YEAR_BACK})?)"
    r"|(?P<lastmonth>last month|earlier this month|this month)"
    rf"|(?P<agoday>(?P<count2>{_COUNT}) years? ago,? (?:on |in )?(?:(?P<m6>{_MONTH}) (?P<d6>[0-3]?\d)(?!\d)(?:st|nd|rd|th)?"
    rf"|(?P<d7>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?(?P<m7>{_MONTH})))"  # "Seven years ago on September 21"
    rf"|(?P<ago>(?P<count>{_COUNT}) (?P<unit>day|week)s? ago)"
    r"|(?P<past>(?:in |over |during )?the (?:past|last) (?P<n>24|48|72) hours)"
    r"|(?P<earlier>^earlier\b)"
    rf"|(?P<recent>\b(?:a|the) recent(?= (?:[a-z-]+ )?{ATTACK_NOUN}))"
    r")"
)
_PHRASE = re.compile(_PHRASE_SOURCE, re.IGNORECASE)
# The same without IGNORECASE, three times faster, for a text with no character that IGNORECASE
# matches to another letter than itself: folded text nearly always (not "ı", "ſ", "İ" nor "K").
_PHRASE_LOWER = re.compile(_PHRASE_SOURCE)
_CASED = re.compile("[A-Z\u0130\u0131\u017f\u212a]")

_HOLIDAYS = {"christmas day": (12, 25), "christmas eve": (12, 24), "new years day": (1, 1), "new years eve": (12, 31)}

# A phrase right after these words is a start of a count ("since October 7"), not the event date.
_SINCE = re.compile(r"(?:since|from|starting|begun|began|beginning)\s+(?:the\s+)?$")
# So many years before the day of writing, opening a sentence whose month and day without a year are of that year
_YEARS_AGO = re.compile(rf"^\W*({_COUNT}) years ago\b")  # heading the sentence (not "since the war began two years ago")
# A span of days: "from January 27 to February 2", "between Jan. 27 and Feb. 2" (read as a range from its first)
_SPAN_FROM = re.compile(r"(?:from|between)\s+(?:the\s+)?$")
_SPAN_TO = re.compile(r"\s*(?:to|until|till|through|and|-|\u2013)\s+(?:the\s+)?|\s*[-\u2013]\s*")


@dataclass(frozen=True, slots=True)
class Reference:
    """The day relative phrases count back from, and how we know it."""

    date: dt.date
    basis: Basis
    slack_days: int = 0  # how far after `date` the real writing day may be (inferred lower bounds)


@dataclass(frozen=True, slots=True)
class DateSpan:
    """A resolved date phrase: representative day, precision, window, and where it was written."""

    date: dt.date | None
    precision: DatePrecision
    start: dt.date | None
    end: dt.date | None
    text: str
    char_start: int
    char_end: int


@dataclass(frozen=True, slots=True)
class Epoch:
    """A well-known start date that articles count from ("October 7", "the war on Gaza")."""

    name: str
    date: dt.date
    pattern: re.Pattern[str]


_APPOSED = re.compile(r",?\s*")


# Another day of the month just named: ", 22" or " and 27", not a figure of something ("27 rockets") nor a year
_MORE_DAY = re.compile(r"(?:,\s*(?:and\s+)?|\s+and\s+)(\d{1,2})(?:st|nd|rd|th)?\b(?!,?\s*\d)"
                       r"(?!\s+(?!(?:with|in|at|on|and|as|when|after|before|from|by|near|against)\b)[a-z])")


_DAY_BEFORE = re.compile(r"\bon\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*,\s*|\s+and\s+)$")  # "on 26 and " 27 July


def find_dates(folded: str, start: int, end: int, reference: Reference | None) -> list[DateSpan]:
    """Every event-date phrase in `folded[start:end]`, resolved; "since X" phrases are skipped."""
    out: list[DateSpan] = []
    segment = folded[start:end]
    phrase = _PHRASE if _CASED.search(segment) else _PHRASE_LOWER
    opened: DateSpan | None = None  # the first day of a span ("from January 27"), until its last is read
    back = _YEARS_AGO.search(segment) if reference is not None else None
    then = _years_before(reference, back) if reference is not None and back is not None else None
    for m in phrase.finditer(segment):
        span = _resolve(m, then if then is not None and (m.group("mdy") or m.group("dmy")) else reference)
        day = None if span is None else DateSpan(span[0], span[1], span[2], span[3], m.group(),
                                                  start + m.start(), start + m.end())
        if opened is not None and day is not None and day.date is not None and opened.date is not None \
                and opened.date <= day.date and _SPAN_TO.fullmatch(folded, opened.char_end, day.char_start):
            out.append(DateSpan(opened.date, "range", opened.date, day.date, folded[opened.char_start:day.char_end],
                                opened.char_start, day.char_end))  # "from January 27 to February 2": its first day
            opened = None
            continue
        out += _unclosed(opened, folded)
        before = segment[max(0, m.start() - 20):m.start()]
        opened = day if _SPAN_FROM.search(before) else None
        if opened is None and day is not None and not _SINCE.search(before):
            out += _days_before(m, day, segment, start) + [day] + _more_days(m, day, segment, start)
    out += _unclosed(opened, folded)
    return [d for k, d in enumerate(out) if not _restated(d, out[k + 1:k + 2], folded)]


def _years_before(reference: Reference, back: re.Match[str]) -> Reference | None:
    """The reference so many years before, a month and day of that year are read against ("55 years ago, the United
    States troops stormed ... Son My ... in the morning of March 16": 16 March 1968)."""
    count = _count(back.group(1))
    if not count:
        return None
    try:
        return replace(reference, date=reference.date.replace(year=reference.date.year - count))
    except ValueError:  # 29 February
        return replace(reference, date=reference.date.replace(year=reference.date.year - count, day=28))


def _more_days(m: re.Match[str], day: DateSpan, segment: str, start: int) -> list[DateSpan]:
    """The days of the same month listed after a month and day ("on July 26 and 27", "on November 19, 22"), each
    a day of its own; not a count after it ("on July 26, 27 rockets")."""
    if not m.group("mdy") or m.group("y1") or day.precision != "day" or day.date is None:
        return []
    out: list[DateSpan] = []
    at, last = m.end(), day.date.day
    while (more := _MORE_DAY.match(segment, at)) is not None and last < int(more.group(1)) <= 31:
        try:
            date = day.date.replace(day=int(more.group(1)))
        except ValueError:
            break
        out.append(DateSpan(date, "day", date, date, more.group(1), start + more.start(1), start + more.end(1)))
        at, last = more.end(), date.day
    return out


def _days_before(m: re.Match[str], day: DateSpan, segment: str, start: int) -> list[DateSpan]:
    """The day of the same month written before a day and its month ("on 26 and 27 July"): a day of its own."""
    if not m.group("dmy") or day.precision != "day" or day.date is None:
        return []
    before = _DAY_BEFORE.search(segment, max(0, m.start() - 16), m.start())
    if before is None or not 0 < int(before.group(1)) < day.date.day:
        return []
    date = day.date.replace(day=int(before.group(1)))
    return [DateSpan(date, "day", date, date, before.group(1), start + before.start(1), start + before.end(1))]


def _unclosed(opened: DateSpan | None, folded: str) -> list[DateSpan]:
    """The first day of a span whose last was not read: a day "between" it and something else is
    still a day; "from" it is a start, like "since"."""
    return [] if opened is None or _SINCE.search(folded, max(0, opened.char_start - 20), opened.char_start) else [opened]


def _restated(d: DateSpan, following: list[DateSpan], folded: str) -> bool:
    """Whether a day told from the speaker's own ("today", "yesterday") is told again, at once, as a
    written date ("Today, Nov. 26, U.S. Central Command forces conducted a strike", in a statement
    quoted a day later): the written one says which day it is. A weekday is not the speaker's: where
    "on Tuesday, June 25" disagree, neither is known to be the slip."""
    return bool(following) and not any(c.isdigit() for c in d.text) and any(c.isdigit() for c in following[0].text) \
        and not any(w in d.text.lower() for w in WEEKDAYS) \
        and _APPOSED.fullmatch(folded, d.char_end, following[0].char_start) is not None


def find_since(folded: str, start: int, end: int, reference: Reference | None,
               epochs: list[Epoch]) -> dt.date | None:
    """The start date of a running count: "since October 7", "since the start of the war on Gaza"."""
    seg = folded[start:end]
    m = re.search(r"\bsince\s+(?:the\s+)?(.{0,80})", seg)
    if not m:
        return None
    tail = m.group(1)
    d = _PHRASE.match(tail)
    if d and (d.group("mdy") or d.group("dmy")):
        resolved = _resolve(d, reference)
        if resolved and resolved[0]:
            return resolved[0]
    for epoch in epochs:
        if epoch.pattern.search(tail):
            return epoch.date
    return None


def _year_for(month: int, day: int, reference: Reference | None) -> int | None:
    """The year of a month-day without one: the latest such day on or before the reference."""
    if reference is None:
        return None
    ref = reference.date + dt.timedelta(days=reference.slack_days)
    year = ref.year
    try:
        if dt.date(year, month, day) > ref:
            year -= 1
    except ValueError:
        return None
    return year


def _resolve(m: re.Match[str], ref: Reference | None):
    g = m.group
    if g("mdy") or g("dmy") or g("iso") or g("hol"):
        y: int | None  # None when the year is not written and there is no reference to infer it from
        if g("iso"):
            y, mo, d = int(g("y4")), int(g("m4")), int(g("d4"))
        elif g("hol"):  # a holiday of fixed date: "on Christmas Day"
            mo, d = _HOLIDAYS[g("hol").replace("'", "")]
            y = int(g("y5")) if g("y5") else _year_for(mo, d, ref)
        else:
            mo = MONTHS[(g("m1") or g("m2")).rstrip(".").lower()]
            d = int(g("d1") or g("d2"))
            y_text = g("y1") or g("y2")
            y = int(y_text) if y_text else ref.date.year - 1 if ref is not None and (g("yb1") or g("yb2")) \
                else _year_for(mo, d, ref)
        if y is None:
            return None, "unknown", None, None
        try:
            day = dt.date(y, mo, d)
        except ValueError:
            return None
        if ref is not None and ref.basis == "inferred" and not (g("y1") or g("y2") or g("y5") or g("iso")):
            return day, "range", day, day  # the year itself was inferred
        return day, "day", day, day
    if g("my"):
        first, last = month_of(int(g("y3")), MONTHS[g("m3").rstrip(".").lower()])
        return first.replace(day=15), "month", first, last
    if ref is None:
        return None, "unknown", None, None
    if g("wd"):
        weekday = WEEKDAYS[g("w").lower()]
        if ref.basis == "published" and g("weekbefore"):
            day = ref.date - dt.timedelta(days=ref.date.weekday() + 7 - weekday)
            return day, "day", day, day
        if ref.basis == "published":
            back = (ref.date.weekday() - weekday) % 7 or (7 if g("lastw") else 0)  # "last Friday", on a Friday
            day = ref.date - dt.timedelta(days=back)
            return day, "day", day, day
        # Inferred lower bound: the first such weekday on or after it, and it may be later.
        ahead = (weekday - ref.date.weekday()) % 7
        day = ref.date + dt.timedelta(days=ahead)
        return day, "range", day, day + dt.timedelta(days=max(ref.slack_days, 6))
    if g("rel"):
        word = g("rel").lower()
        if word in ("last night", "overnight") and ref.basis == "published":
            # the night before the day of writing, which in another time zone is that day ("last night" in
            # Washington, a Sunday, was early Sunday morning in Jordan): both days
            said = ref.date - dt.timedelta(days=1 if word == "last night" else 0)
            return said, "range", ref.date - dt.timedelta(days=1), ref.date
        day = ref.date - dt.timedelta(days=1 if word in ("yesterday", "last night") else 0)
        return _relative(day, ref)
    if g("lastweek"):
        word = g("lastweek").lower()
        if "weekend" in word:  # the Saturday before the day of writing; "this weekend" on one, that weekend's
            back = (ref.date.weekday() - 5) % 7
            on_one = ref.date.weekday() >= 5  # written on a weekend: "this weekend" is that one,
            if on_one and word == "last weekend":  # "last weekend" the one before
                back += 7
            elif not (on_one and word == "this weekend"):
                back = back or 7
            sat = ref.date - dt.timedelta(days=back)
            return _window(sat, sat + dt.timedelta(days=1), ref)
        if word in ("this week", "earlier this week"):
            monday = ref.date - dt.timedelta(days=ref.date.weekday())
            return _window(monday, ref.date, ref)
        if word == "past week":
            return _window(ref.date - dt.timedelta(days=7), ref.date, ref)
        monday = ref.date - dt.timedelta(days=ref.date.weekday() + 7)
        return _window(monday, monday + dt.timedelta(days=6), ref)
    if g("mo"):  # "At the end of March, a drone attack ...": the latest such month on or before the day of writing;
        # "in September of the previous year", "in March last year": that month of the year before the year of writing
        mo = MONTHS[g("m5").lower()]
        first, last = month_of(ref.date.year - (1 if g("yearback") or mo > ref.date.month else 0), mo)
        part = g("part") or ("late" if "end of" in g("mo") else "early" if re.search("start|beginning", g("mo")) else "")
        lo, hi = {"early": (first, first.replace(day=10)), "mid": (first.replace(day=11), first.replace(day=20)),
                  "late": (first.replace(day=21), last)}.get(part, (first, last))
        return lo + (hi - lo) // 2, "month", first, min(last, ref.date)  # the part says which days; the month is known
    if g("lastmonth"):
        this = ref.date.replace(day=1)
        if g("lastmonth").startswith("last"):
            first = (this - dt.timedelta(days=1)).replace(day=1)
            return first.replace(day=15), "month", first, this - dt.timedelta(days=1)
        return this + (ref.date - this) // 2, "month", this, ref.date
    if g("agoday"):  # "Seven years ago on September 21": that day of the year nearest so many years back
        mo, d, years = MONTHS[(g("m6") or g("m7")).rstrip(".").lower()], int(g("d6") or g("d7")), _count(g("count2"))
        if not years:
            return None
        about = ref.date - dt.timedelta(days=round(365.25 * years))
        try:
            then = min((dt.date(y, mo, d) for y in (about.year - 1, about.year, about.year + 1)), key=lambda c: abs(c - about))
        except ValueError:
            return None
        return then, "day", then, then
    if g("ago"):  # "two weeks ago": that many days before the day of writing, give or take a day for each week
        count = _count(g("count"))
        if not count:
            return None
        days = count * (7 if g("unit") == "week" else 1)
        give = 1 if g("unit") == "day" else count
        day = ref.date - dt.timedelta(days=days)
        if g("unit") == "day" and ref.basis == "published":
            return day, "day", day, day
        return _window(day - dt.timedelta(days=give), min(ref.date, day + dt.timedelta(days=give)), ref)
    if g("past"):
        hours = int(g("n"))
        return _window(ref.date - dt.timedelta(days=hours // 24), ref.date, ref)
    if g("recent"):  # "A recent attack by Iran-affiliated militia groups killed three service members": the
        return _window(ref.date - RECENT, ref.date, ref)  # weeks before
    if g("earlier"):
        return None  # resolved by the caller against the story's current date
    return None


def _count(word: str) -> int | None:
    """A count written as a word or in digits: "seven", "a", "12"."""
    return int(word) if word.isdigit() else NUMBER_WORDS.get(word.lower())


def month_of(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The first and the last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


RECENT = dt.timedelta(days=14)  # how far back "a recent attack" reaches


def _relative(day: dt.date, ref: Reference):
    if ref.basis == "published":
        return day, "day", day, day
    return _window(day, day + dt.timedelta(days=ref.slack_days), ref)


def _window(first: dt.date, last: dt.date, ref: Reference):
    if ref.basis == "inferred":
        return first, "month", first, last + dt.timedelta(days=ref.slack_days)
    mid = first + (last - first) // 2
    return mid, ("day" if first == last else "range"), first, last


# --- references for articles without a publication date -----------------------------------

_DURATION = re.compile(
    r"\b(?P<qual>more than|over|nearly|almost|about|around|some|at least|the (?:last|past))?\s*"
    r"(?P<n>\d{1,3}|" + "|".join(k for k in NUMBER_WORDS if len(k) > 2) + r")\+?\s+"
    r"(?P<unit>days|weeks|months)\b"
)


# A dated link address ("https://www.cnn.com/2024/01/23/politics/...", ".../commons/2024-01-15/debates"):
# the day of a page the text cites.
_LINKED_DAY = re.compile(r"(?:https?://|www\.)[^\s)]*?/((?:19|20)\d\d)([/-])([01]?\d)\2([0-3]?\d)(?=[/#?])")


def _linked(folded: str) -> Reference | None:
    """The text was written on or after the latest page it links to: a lower bound, loose by a month."""
    days = []
    for m in _LINKED_DAY.finditer(folded):
        try:
            days.append(dt.date(int(m.group(1)), int(m.group(3)), int(m.group(4))))
        except ValueError:
            continue
    return Reference(max(days), "inferred", 30) if days else None


def infer_reference(folded: str, epochs: list[Epoch]) -> Reference | None:
    """Infer the writing date of an undated article from "N days/weeks/months" after a known epoch,
    or from the latest dated page it links to.

    "The campaign lasting more than 110 days" in a text about the war that began on
    7 October 2023 puts the writing day on or after 25 January 2024. Returns None without an
    epoch and a duration or a dated link: we never invent a date.
    """
    best = _linked(folded)
    epoch = next((e for e in epochs if e.pattern.search(folded)), None)
    if epoch is None:
        return best
    for m in _DURATION.finditer(folded):
        raw = m.group("n")
        n = int(raw) if raw.isdigit() else NUMBER_WORDS.get(raw)
        if not n:
            continue
        unit = m.group("unit")
        days = n * {"days": 1, "weeks": 7, "months": 30}[unit]
        if days > 3 * 365:
            continue
        # A lower bound ("more than 110 days") is tight; a round count of months is loose.
        slack = 6 if unit == "days" else 14 if unit == "weeks" else 30
        candidate = Reference(epoch.date + dt.timedelta(days=days), "inferred", slack)
        # The most precise anchor wins: the one with the least slack, then the latest.
        if best is None or (candidate.slack_days, -candidate.date.toordinal()) < (
                best.slack_days, -best.date.toordinal()):
            best = candidate
    return best
