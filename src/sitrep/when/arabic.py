"""Dates in Arabic text, resolved against the day a report or post was published.

Read on folded text (`sitrep.text.fold_arabic`: أ/إ/آ → ا, ة → ه, ى → ي, digits ASCII):
- "اليوم", "فجر اليوم", "الليلة", "قبل قليل": the reference day; "امس", "ليلة امس", "الليلة الماضية": the day before;
  "امس الاول", "قبل يومين": two days before ("قبل ثلاثة ايام": three);
- a weekday ("الثلاثاء", "يوم الاحد"): the latest such day on or before the reference; its night ("ليلة السبت"),
  the evening before it into that day (as Arabic counts a night with the day after it); a night named by its two
  days ("ليل الثلاثاء/ الأربعاء"), the first; the midnight of a night from one day to the next ("بعد منتصف ليل
  الاثنين-الثلاثاء"), the second day;
- "خلال الـ24 ساعة الماضية", "خلال الساعات الماضية": the day before the reference and the reference; "الأسبوع
  الماضي": the week before the reference's, a range;
- a written date: "14-05-2026", "22/6/2026", "14 ايار 2026", "29 تموز", "يونيو/حزيران 2026", "نوفمبر الماضي" (the
  last November before the reference), a month alone ("في حزيران/يونيو": the last June, this one in June), a span of
  days ("من 17 الى 24 اكتوبر": a range from its first day) (Gregorian
  and Syriac month names; a day and month without a year take the reference's year, or the year
  before when that would be after the reference);
- Hijri dates ("09-04-1448هـ", a year between 1350 and 1500) are converted with `hijridate`.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from hijridate import Hijri

from sitrep.model import DatePrecision
from sitrep.when import DateSpan, month_of

# Number words, folded, as reports write counts ("ثمانية قتلى", "سبعة أيام")
NUMBER_WORDS = {"واحد": 1, "واحده": 1, "اثنان": 2, "اثنين": 2, "اثنتين": 2, "ثلاثه": 3, "ثلاث": 3, "اربعه": 4, "اربع": 4,
                "خمسه": 5, "خمس": 5, "سته": 6, "ست": 6, "سبعه": 7, "سبع": 7, "ثمانيه": 8, "ثماني": 8, "ثمان": 8,
                "تسعه": 9, "تسع": 9, "عشره": 10, "عشر": 10, "عشرين": 20, "عشرون": 20, "ثلاثين": 30, "اربعين": 40,
                "خمسين": 50}
_MONTHS = {
    "يناير": 1, "كانون الثاني": 1, "فبراير": 2, "شباط": 2, "مارس": 3, "اذار": 3, "ابريل": 4, "نيسان": 4,
    "مايو": 5, "ايار": 5, "يونيو": 6, "يونيه": 6, "حزيران": 6, "يوليو": 7, "يوليه": 7, "تموز": 7, "اغسطس": 8, "اب": 8,
    "سبتمبر": 9, "ايلول": 9, "اكتوبر": 10, "تشرين الاول": 10, "نوفمبر": 11, "تشرين الثاني": 11,
    "ديسمبر": 12, "كانون الاول": 12,
    # as Tunisia and Algeria write them ("في 8 جانفي الجاري"), and Morocco
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
    "يوليوز": 7, "غشت": 8, "شتنبر": 9, "نونبر": 11, "دجنبر": 12,
}
WEEKDAYS = {"الاثنين": 0, "الاتنين": 0, "الثلاثاء": 1, "الاربعاء": 2, "الخميس": 3, "الجمعه": 4, "السبت": 5,
            "الاحد": 6}
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
# The same month named again in the other calendar, after a slash or in brackets: "يوليو/تموز", "يوليو (تموز)"
_PAIRED = rf"(?:\s*/\s*(?:{_MONTH})|\s*\(\s*(?:{_MONTH})\s*\))?"
_NUMERIC = re.compile(r"(?<!\d)(\d{1,2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{4})(?!\d)\s*(هـ|ه(?!\w))?")
_UNITS = ("حادي", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع")
# A day written as an ordinal ("الأول من نيسان", "في ليلة الثامن جانفي الجاري", "الحادي والعشرين من آذار"), folded;
# not a week or a half of the month ("في الأسبوع الثاني من يناير")
_ORDINAL_DAYS = {"اول": 1, "عاشر": 10, "عشرين": 20, "ثلاثين": 30, "حادي والثلاثين": 31,
                 **{u: n for n, u in enumerate(_UNITS[1:], start=2)},
                 **{f"{u} عشر": 11 + n for n, u in enumerate(_UNITS)},
                 **{f"{u} والعشرين": 21 + n for n, u in enumerate(_UNITS)}}
_ORDINAL = "|".join(sorted(_ORDINAL_DAYS, key=len, reverse=True))
_ORDINAL_STEM = re.compile("|".join(sorted({k.split()[0] for k in _ORDINAL_DAYS})))  # in every ordinal day: without
# one (nor a digit), a written date is not tried
_WRITTEN = re.compile(rf"(?:(?<!\d)(\d{{1,2}})|(?<!\w)(?<!اسبوع )(?<!نصف )(?<!ربع )(?<!ثلث )(?<!عشر )(?:ال)?({_ORDINAL}))\s+(?:من\s+)?(?:شهر\s+)?({_MONTH}){_PAIRED}(?:\s+(?:عام\s+|سنه\s+)?(\d{{4}}))?(?!\w)")
# a span of days in one month ("خلال الأسبوع من 17 إلى 24 أكتوبر", "بين 3 و5 آذار"): its first day, a range
_SPAN = re.compile(rf"(?<!\w)(?:من|بين)\s+(\d{{1,2}})\s*(?:الي|و|حتي|-)\s*(\d{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?({_MONTH})"
                   rf"{_PAIRED}(?:\s+(?:عام\s+|سنه\s+)?(\d{{4}}))?(?!\w)")
# a month and its year with no day ("منذ نيسان/أبريل 2023", "في شهر آب 2024")
# The words for "last", folded as the text is read ("الفائت" is "الفايت")
_LAST_STEMS = ("ماضي", "منصرم", "فايت")
_LAST = rf"(?:ال)?(?:{'|'.join(_LAST_STEMS)})(?!\w)"
# A month named as the last one of its name ("منذ تشرين الثاني/نوفمبر الماضي", "في شهر أكتوبر المنصرم"), the article
# written; in every match of _MONTH_LAST one of these is: without one, it is not tried
_LAST_WORDS = tuple("ال" + w for w in _LAST_STEMS)
_MONTH_LAST = re.compile(rf"(?<!\w)(?:شهر\s+)?({_MONTH}){_PAIRED}\s+(?:{'|'.join(_LAST_WORDS)})(?!\w)")
# A month named alone, as when an attack was ("أطلقت صواريخ على قاعدة العديد في حزيران/يونيو", "في شهر أكتوبر"): the
# last one of its name, this month's if it is the article's
_MONTH_IN = re.compile(rf"(?<!\w)(?:في|خلال)\s+(?:شهر\s+)?({_MONTH}){_PAIRED}(?!\w)(?!\s+(?:ال)?(?:مقبل|قادم))")
_MONTH_YEAR = re.compile(rf"(?<!\w)(?:شهر\s+)?({_MONTH}){_PAIRED}\s+(?:عام\s+|سنه\s+)?(\d{{4}})(?!\d)")
# (each may open with "and": "وأمس، أعلنت المقاومة", "والسبت، تعرّضت قاعدتي"); not "the same day" ("وقبل استهداف مطار
# بغداد من نفس اليوم", "في اليوم ذاته"), the day of the attack told before, not the writer's
_RELATIVE = re.compile(r"(?<!\w)[وف]?(?:(?:ليله|مساء|صباح|فجر|ظهر|عصر)\s+)?(?:(امس الاول|اول امس)|(امس|البارحه|الليله (?:ال)?(?:ماضيه|فايته|منصرمه))|((?<!نفس )(?<!ذات )اليوم(?!\s+(?:نفسه|ذاته))|الليله|قبل قليل|قبل ساعات|منذ قليل|(?<!حتي )(?<!لحد )الان))(?!\w)")
# "two days ago", "three days ago" ("الذي قتل قبل يومين"): so many days before the reference
_DAYS_AGO = re.compile(r"(?<!\w)قبل\s+(?:(يومين)|(?:(\d)|(ثلاثه|اربعه|خمسه|سته|سبعه))\s+ايام)(?!\w)")
# "in the past 24 hours", "in the last hours": the day before the report and its day
_LAST_HOURS = re.compile(r"(?<!\w)(?:خلال|في)\s+(?:ال)?(?:24|اربع وعشرين)\s*ساعه\s+(?:ال)?(?:ماضيه|اخيره)|"
                         r"(?<!\w)(?:خلال|في)\s+الساعات\s+(?:ال)?(?:ماضيه|اخيره|القليله الماضيه)")
_LAST_AFTER = re.compile(rf"\s+{_LAST}")  # after a weekday: "last"
_WEEKDAY = re.compile(r"(?<!\w)[وف]?(?:(?:يوم|ليله|مساء|صباح|فجر)\s+)?(" + "|".join(WEEKDAYS) + r")(?!\w)")
_NIGHT_TO = re.compile(r"\s*(?P<to>-|/|و|الي|حتي|علي)?\s*(?P<day>" + "|".join(WEEKDAYS) + r")(?!\w)")  # "ليله الاحد-الاثنين",
# "الى" folded; or with a space alone between the two days, where the second is the next ("ليلة الإثنين الثلاثاء")
_NIGHT_BEFORE = re.compile(r"(?<!\w)ليل(?:ه)?\s+$")  # a night named by its days ("ليل الثلاثاء/ الأربعاء")
_MIDNIGHT_BEFORE = re.compile(r"(?<!\w)منتصف\s+(?:ال)?ليل(?:ه)?\s+$")  # midnight of a night from one day to the next
_APPOSED = re.compile(r"[\s،,(]*")  # between a day and the same day named again: "اليوم، الأربعاء", "اليوم (الأحد)"
# between a weekday and the date written after it: "الخميس 8 يناير 2026", "ليلة الثلاثاء (1 تشرين الأول 2024)",
# "يوم الثلاثاء المصادف 2024/10/1"
_WEEKDAY_APPOSED = re.compile(r"[\s،,(]*(?:(?:الموافق|المصادف)[\s،,]*)?")
_DIGIT = re.compile(r"\d")  # in every numeric date, and a year: without one, those patterns are not tried
# "last week" ("الأسبوع الماضي", "الأسبوع الفائت"): the week before the reference's
_LAST_WEEK = re.compile(rf"(?<!\w)(?:ال)?اسبوع\s+{_LAST}")
_WEEK = "سبوع"  # in every match of _LAST_WEEK
_HOURS = "ساع"  # in every match of _LAST_HOURS ("ساعه", "الساعات"): without it, that pattern is not tried


def find_dates(folded: str, reference: dt.date | None, offset: int = 0) -> list[DateSpan]:
    """Date phrases in a folded piece of text, with folded offsets (plus `offset`)."""
    out: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    year: int | None  # a written date's year is None when it is not written and there is no reference

    def add(day: dt.date | None, precision: DatePrecision, m: re.Match[str],
            window: tuple[dt.date, dt.date] | None = None) -> bool:
        """The phrase m as `day` (within `window`, else that day alone), unless it overlaps one read."""
        if day is None or any(s < m.end() and m.start() < e for s, e in taken):
            return False
        taken.append((m.start(), m.end()))
        first, last = window or (day, day)
        out.append(DateSpan(day, precision, first, last, m.group(), m.start() + offset, m.end() + offset))
        return True

    digits = _DIGIT.search(folded) is not None
    for m in _NUMERIC.finditer(folded) if digits else ():
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if m.group(4) or 1350 <= year <= 1500:
            add(_hijri(year, b, a), "day", m)
        else:
            add(_day(year, b, a) or _day(year, a, b), "day", m)
    for m in _SPAN.finditer(folded) if digits else ():
        first_day, last_day, month = int(m.group(1)), int(m.group(2)), _MONTHS[m.group(3)]
        year = int(m.group(4)) if m.group(4) else _year_for(month, first_day, reference)
        first, last = (_day(year, month, first_day), _day(year, month, last_day)) if year else (None, None)
        if first is not None and last is not None and first <= last:
            add(first, "range", m, (first, last))
    for m in _WRITTEN.finditer(folded) if digits or _ORDINAL_STEM.search(folded) else ():
        day, month = int(m.group(1)) if m.group(1) else _ORDINAL_DAYS[m.group(2)], _MONTHS[m.group(3)]  # "أول أبريل"
        year = int(m.group(4)) if m.group(4) else _year_for(month, day, reference)
        add(_day(year, month, day) if year else None, "day", m)
    for m in _MONTH_YEAR.finditer(folded) if digits else ():
        first = _day(int(m.group(2)), _MONTHS[m.group(1)], 1)  # None outside the years dates are read in
        if first is not None:
            add(first.replace(day=15), "month", m, month_of(first.year, first.month))
    relative: list[DateSpan] = []
    weekdays: list[DateSpan] = []  # the weekdays read
    if reference is not None:
        for m in _MONTH_LAST.finditer(folded) if any(w in folded for w in _LAST_WORDS) else ():
            month = _MONTHS[m.group(1)]
            first = _day(reference.year - (1 if month >= reference.month else 0), month, 1)
            if first is not None:
                add(first.replace(day=15), "month", m, month_of(first.year, first.month))
        for m in _MONTH_IN.finditer(folded):
            month = _MONTHS[m.group(1)]
            first = _day(reference.year - (1 if month > reference.month else 0), month, 1)
            if first is not None:
                add(first.replace(day=15), "month", m, month_of(first.year, first.month))
        for m in _RELATIVE.finditer(folded):
            back = 2 if m.group(1) else 1 if m.group(2) else 0
            if add(reference - dt.timedelta(days=back), "day", m):
                relative.append(out[-1])
        for m in _DAYS_AGO.finditer(folded):
            back = 2 if m.group(1) else int(m.group(2)) if m.group(2) else NUMBER_WORDS[m.group(3)]
            add(reference - dt.timedelta(days=back), "day", m)
        for m in _LAST_HOURS.finditer(folded) if _HOURS in folded else ():
            add(reference, "range", m, (reference - dt.timedelta(days=1), reference))
        for m in _LAST_WEEK.finditer(folded) if _WEEK in folded else ():
            monday = reference - dt.timedelta(days=reference.weekday() + 7)  # of the week before the reference's,
            add(monday - dt.timedelta(days=2), "range", m, (monday - dt.timedelta(days=2), monday + dt.timedelta(days=6)))
            # from the Saturday before it, where weeks begin on Saturday
        pair_end = -1  # where the second day of a night read by its first ends
        for m in _WEEKDAY.finditer(folded):
            if m.end() == pair_end:
                continue  # "ليل الثلاثاء/ الأربعاء", told on the Tuesday: one night, read by its first day, not the
                # Wednesday before
            back = (reference.weekday() - WEEKDAYS[m.group(1)]) % 7
            if back == 0 and _LAST_AFTER.match(folded, m.end()):
                back = 7  # "قتلوا السبت الماضي", told on a Saturday: the Saturday before
            night = _NIGHT_TO.match(folded, m.end())  # "ليله الاحد-الاثنين": a night into the next day
            if night is not None and night.group("to") is None and \
                    WEEKDAYS[night.group("day")] != (WEEKDAYS[m.group(1)] + 1) % 7:
                night = None  # (not two days apart: "الاثنين الخميس")
            to_next = night is not None
            if to_next and _MIDNIGHT_BEFORE.search(folded, max(0, m.start(1) - 25), m.start(1)):
                continue  # "بعد منتصف ليل الاثنين-الثلاثاء": past midnight, the second day (read as the next weekday)
            pair_end = night.end() if night is not None and _NIGHT_BEFORE.search(
                folded, max(0, m.start(1) - 8), m.start(1)) else -1  # (not "يوم الاثنين/ الثلاثاء": two days)
            named = reference - dt.timedelta(days=back)
            if m.group().lstrip("وف").startswith("ليله") and not to_next:
                # "قبل منتصف ليلة السبت": Arabic's night is the next day's, so the evening before it into that day
                # (not "ليلة الأحد-الاثنين", from that day into the next)
                read = add(named - dt.timedelta(days=1), "day", m, (named - dt.timedelta(days=1), named))
            else:
                read = add(named, "day", m)
            if read:
                weekdays.append(out[-1])
    out.sort(key=lambda d: d.char_start)
    told_so = weekdays + relative  # (no written date)
    for k, d in enumerate(out):  # a weekday with the date it names written at once after it: that date
        written = [e for e in out[k + 1:k + 2] if e not in told_so]
        if d in weekdays and _dated_at_once(d, written, folded, offset):
            out[k] = replace(d, date=written[0].date, start=written[0].start, end=written[0].end)
    return [d for k, d in enumerate(out) if not (d in relative and _restated(d, out[k + 1:k + 2], folded, offset))]


def _dated_at_once(d: DateSpan, following: list[DateSpan], folded: str, offset: int) -> bool:
    """Whether a weekday is followed at once by the date it names, written out ("الخميس 8 يناير 2026", in a report of
    3 February): that date, not the last such weekday before the report."""
    e = _next_at_once(d, following, folded, offset, _WEEKDAY_APPOSED)
    return e is not None and e.precision == "day" and e.text != d.text


def _restated(d: DateSpan, following: list[DateSpan], folded: str, offset: int) -> bool:
    """Whether a day told from the writer's own ("اليوم", "أمس") is named again at once as another day
    ("هاجم مجاهدونا، اليوم الأربعاء، ..." quoted in a report of Friday): the statement's day, which the weekday
    or the written date says."""
    e = _next_at_once(d, following, folded, offset, _APPOSED)
    return e is not None and e.date != d.date


def _next_at_once(d: DateSpan, following: list[DateSpan], folded: str, offset: int,
                  gap: re.Pattern[str]) -> DateSpan | None:
    """The date read next after d (`following`, at most one), when only `gap` stands between them."""
    if following and gap.fullmatch(folded, d.char_end - offset, following[0].char_start - offset) is not None:
        return following[0]
    return None


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        d = dt.date(year, month, day)
    except ValueError:
        return None
    return d if 1900 <= d.year <= 2100 else None


def _year_for(month: int, day: int, reference: dt.date | None) -> int | None:
    if reference is None:
        return None
    d = _day(reference.year, month, day)
    return reference.year - 1 if d is not None and d > reference + dt.timedelta(days=1) else reference.year


def _hijri(year: int, month: int, day: int) -> dt.date | None:
    try:
        g = Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None
    return dt.date(g.year, g.month, g.day)


__all__ = ["NUMBER_WORDS", "WEEKDAYS", "find_dates"]
