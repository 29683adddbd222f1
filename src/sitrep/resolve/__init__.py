"""Resolve stage: mentions from many articles become incidents, one per real-world event.

A report is not an event. Two mentions are the same incident only when nothing about them
disagrees in a way reports do not disagree: their dates overlap (each read with its precision),
their places are the same site, or one lies within the other's region (or "near" one town, in
the other's province); their weapons are of one family; their actors are the same or one is
missing. Among the incidents that pass, a mention joins the one it agrees with most, and only if
that agreement is specific enough (`THRESHOLD`); an incident is only joined if the mention agrees
with *every* mention in it (complete link), so a vague headline cannot chain two events together.

The store does the looking-up (`block` gives the window it asks for); this module only judges
and summarises, so it can be tested without a database.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from sitrep.geo import km
from sitrep.lexicon import Lexicon
from sitrep.model import (
    ActorRole,
    DatePrecision,
    Dispute,
    Incident,
    IncidentWeapon,
    Mention,
    SaidBy,
    Source,
    Status,
    Tally,
    TallyPoint,
)
from sitrep.resolve.notes import write_notes
from sitrep.when import month_of

# Agreement needed to merge: a same-day report from the same country with nothing against it
# (0.5 date, 0.5 place, 0.5 event type) reaches it; anything contrary pulls it below.
THRESHOLD = 1.5
OPEN_RANGE_DAYS = 1  # a report with no date phrase tells of the day before it was published, or that day
_TELLING_TOLL = 3  # a death toll this high, the same in two reports of one country and month, is one attack's
_NEAR_KM = 150  # the furthest "near" a town reaches in reports ("Hroza, near Kharkiv", 80 km away)
SLACK = dt.timedelta(days=1)  # "overnight", time zones, a report dated the morning after



@dataclass(frozen=True, slots=True)
class Member:
    """A stored mention: its row id, its stable key (article id and order), and what it says."""

    id: int
    key: str
    mention: Mention


def interval(m: Mention) -> tuple[dt.date, dt.date] | None:
    """The days the mention's event can have happened on, from its date and precision."""
    if m.date_precision == "day" and m.event_date:
        return m.event_date, m.event_date
    if m.date_precision == "month" and (m.event_date or m.date_start):
        d = m.date_start or m.event_date
        assert d is not None  # one of them is, as tested above
        return month_of(d.year, d.month)
    if m.date_precision == "range" and (m.date_end or m.event_date):
        end = m.date_end or m.event_date
        assert end is not None  # one of them is, as tested above
        return (m.date_start or end - dt.timedelta(days=OPEN_RANGE_DAYS)), end
    return None


def block(m: Mention) -> tuple[dt.date, dt.date] | None:
    """The window of incident dates worth comparing with `m` (candidate blocking)."""
    span = interval(m)
    return None if span is None else (span[0] - SLACK, span[1] + SLACK)


class Judge:
    """Decides whether a mention is the same event as an incident's mentions."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def pair(self, a: Mention, b: Mention) -> float | None:
        """How strongly two mentions agree, or None when something rules out one event."""
        if a.article_id == b.article_id and a.evidence and b.evidence and a.evidence[0].start == b.evidence[0].start \
                and a.location != b.location:
            told = (_place_sentence(a), _place_sentence(b))
            if None in told or told[0] == told[1] or a.evidence[0].start not in told:
                return None  # extract already told these apart: one sentence, two places, two events (or two
                # places read in two sentences after the one that lent both their attacker)
        stopped, struck = (a, b) if _stopped(a) else (b, a)
        if _stopped(stopped) and not _stopped(struck) and struck.fatalities and not stopped.fatalities:
            return None  # a drone shot down harmlessly is not the one that killed: two events
        if _only_wounded(a) and _deadly(b) or _only_wounded(b) and _deadly(a):
            return None  # "Two wounded in Jerusalem hours after deadly synagogue shooting": a report of a deadly
            # attack leads with its dead, so one that counts only wounded is of another attack
        parts = (_dates(a, b), _places(a, b), _weapons(a, b), self._actors(a, b))
        if any(p is None for p in parts):
            return None
        score = sum(cast("tuple[float, ...]", parts))  # none is None, as tested above
        if a.sub_event_type == b.sub_event_type:
            score += 0.5
        for f in ("fatalities", "injuries"):
            x, y = getattr(a, f), getattr(b, f)
            if x and y and x == y:
                score += 1.0
        return score

    def fit(self, m: Mention, members: Sequence[Member]) -> float | None:
        """Agreement of `m` with every member (complete link): the mean, or None if any rules it out."""
        return self.joinable([Member(0, "", m)], members)

    def choose(self, m: Mention, candidates: Mapping[int, Sequence[Member]]) -> int | None:
        """The incident `m` belongs to among `candidates` (id → members), or None for a new one."""
        best, best_score = None, THRESHOLD
        for incident_id, members in candidates.items():
            s = self.fit(m, members)
            if s is not None and s >= best_score:
                best, best_score = incident_id, s
        return best

    def joinable(self, a: Sequence[Member], b: Sequence[Member]) -> float | None:
        """Agreement of two incidents: every cross pair must agree (complete link); the mean, or None."""
        scores = []
        for x in a:
            for y in b:
                s = self.pair(x.mention, y.mention)
                if s is None:
                    return None
                scores.append(s)
        return sum(scores) / len(scores) if scores else None

    def _actors(self, a: Mention, b: Mention) -> float | None:
        """Two armed groups each claiming one attack are two attacks; otherwise a different actor counts
        against a merge without ruling it out, since reports attribute loosely."""
        if not a.actor or not b.actor:
            return 0.0
        if a.actor == b.actor:
            return 2.0
        x, y = self.lexicon.actors.get(a.actor), self.lexicon.actors.get(b.actor)
        if x and y and x.inter == y.inter == 3:  # the umbrella and a member, or "Iran-backed militias"
            return 1.0
        if a.actor_role == b.actor_role == "claimed" and x and y and x.inter != 1 and y.inter != 1 \
                and x.kind != "state" and y.kind != "state":
            return None  # two armed groups each claiming: two attacks (a state "claims" when it confirms)
        return -1.5


def _only_wounded(m: Mention) -> bool:
    return m.fatalities is None and bool(m.injuries)


def _deadly(m: Mention) -> bool:
    return (m.fatalities or 0) >= _TELLING_TOLL


def _place_sentence(m: Mention) -> int | None:
    """Where the sentence the mention's place was read in starts, when its claim says (not a sentence that
    only lent it another field: "Maoists explode IED near iron mine in Bastar" gives the attacker of "... in
    Narayanpur district", and is its first sentence too, where Bastar was read)."""
    claim = next((c for c in m.claims if c.field == "place" and c.chosen and c.evidence is not None), None)
    if claim is None or claim.evidence is None:
        return None
    at = claim.evidence.start
    return next((e.start for e in m.evidence if e.start <= at < e.end), at)


def _dates(a: Mention, b: Mention) -> float | None:
    x, y = interval(a), interval(b)
    if x is None or y is None:
        return None
    slack = SLACK if "day" in (a.date_precision, b.date_precision) else dt.timedelta(0)  # ranges carry their own
    if x[0] - slack > y[1] or y[0] - slack > x[1]:
        return None
    if (a.date_precision == "month") != (b.date_precision == "month"):
        # "in January" fits every attack on a base attacked every week: too vague to merge, unless the
        # same toll says which ("the January drone attack that killed three US soldiers"; a toll of one
        # or two is told of too many attacks to say)
        return 0.0 if a.fatalities and a.fatalities >= _TELLING_TOLL and a.fatalities == b.fatalities else None
    if a.date_precision == b.date_precision == "day":
        return 2.0 if a.event_date == b.event_date else 1.0
    if "day" in (a.date_precision, b.date_precision):
        return 1.0
    return 0.5


def _places(a: Mention, b: Mention) -> float | None:
    if a.country is None or b.country is None:
        if _at_sea(a) and _at_sea(b):  # a sea, a strait: a place of no country, the same only by name
            return 2.0 if a.location == b.location else None
        if _at_sea(a) or _at_sea(b):  # at sea and on land: two events; at sea and unlocated: nothing against
            return None if a.latitude is not None and b.latitude is not None else 0.0
        return 0.0  # unlocated: nothing for or against
    if a.country != b.country:
        return None
    pa, pb = a.geo_precision or 3, b.geo_precision or 3
    if a.latitude is not None and b.latitude is not None and max(pa, pb) < 3:
        d = km(a.latitude, cast(float, a.longitude), b.latitude, cast(float, b.longitude))  # set with the latitudes
        if d <= 10:
            return 3.0
        if d <= 25 * max(pa, pb):  # "near", "outskirts of" (precision 2) reach further
            return 2.0
        if 2 in (pa, pb) and a.admin1 and a.admin1 == b.admin1 and d <= _NEAR_KM:
            return 1.0  # "near Kharkiv" is as loose as "in Kharkiv region": "near Kupyansk" may be it
        return None
    if a.admin1 and b.admin1:
        return 1.0 if a.admin1 == b.admin1 else None
    return 0.5


def _family(kind: str) -> str:
    return Lexicon.load().weapon_family(kind)


def _stopped(m: Mention) -> bool:
    """The report tells of an attack intercepted or shot down, not one that struck."""
    return m.sub_event_type == "Disrupted weapons use"


def _at_sea(m: Mention) -> bool:
    """A mention placed, but in no country: at sea, in a strait, over a gulf (geo's areas)."""
    return m.country is None and m.latitude is not None


def _loosely(m: Mention) -> set[str]:
    """The families the mention's weapons may stand for ("an air strike": a missile, a drone)."""
    return Lexicon.load().families_said_loosely(w.kind for w in m.weapons)


def _weapons(a: Mention, b: Mention) -> float | None:
    """Reports confuse weapons within a family (rocket, missile), never across (a drone is not
    artillery): the lexicon's `family` of each kind; a kind said loosely ("an air strike") is
    nothing against the families it may stand for."""
    x = {_family(w.kind) for w in a.weapons}
    y = {_family(w.kind) for w in b.weapons}
    if not x or not y:
        return 0.0
    if x & y:
        return 1.0
    return 0.0 if x <= _loosely(b) or y <= _loosely(a) else None


# --- what an incident says, merged from its mentions ------------------------------------------

def _who(m: Mention) -> str:
    return m.outlet or m.article_id


def _said_by(members: Iterable[Member]) -> list[str]:
    return sorted({_who(x.mention) for x in members})


def summarise(members: Sequence[Member], judge: Judge, incident_id: int | None = None) -> Incident:
    """The incident its mentions describe, with every disagreement kept as a dispute."""
    ms = [x.mention for x in members]
    disputes: list[Dispute] = []

    # when: the most reported day among day-precision mentions (between days as often reported, the one
    # most of the other reports' windows hold: "last night" in Washington is the next morning in Jordan),
    # else the overlap of the ranges
    days = [x for x in members if x.mention.date_precision == "day" and x.mention.event_date]
    date_precision: DatePrecision
    if days:
        day_count = Counter(cast(dt.date, x.mention.event_date) for x in days)  # `days` are dated
        windows = [s for s in map(interval, ms) if s]
        event_date = max(day_count, key=lambda d: (day_count[d], sum(lo <= d <= hi for lo, hi in windows),
                                                   -d.toordinal()))
        date_precision, date_start, date_end = "day", event_date, event_date
        if max(day_count) - min(day_count) > SLACK:
            disputes.append(_dispute("event_date", days, lambda m: m.event_date.isoformat()))
    else:
        spans = [s for s in map(interval, ms) if s]
        if spans:
            lo, hi = max(s[0] for s in spans), min(s[1] for s in spans)
            if lo > hi:
                lo, hi = min(spans, key=lambda s: s[1] - s[0])
            date_precision = "day" if lo == hi else "range"
            event_date, date_start, date_end = hi, lo, hi
        else:
            date_precision, event_date, date_start, date_end = "unknown", None, None, None

    # where: the most specific place reported, the most reported among equals
    placed = [x for x in members if x.mention.country or _at_sea(x.mention)]
    where: Mention | None = None
    if placed:
        best = min(x.mention.geo_precision or 3 for x in placed)
        finest = [x.mention for x in placed if (x.mention.geo_precision or 3) == best]
        names = Counter(m.location for m in finest)
        where = next(m for m in finest if m.location == names.most_common(1)[0][0])
        located = [x for x in placed if x.mention.geo_precision == 1 and x.mention.latitude is not None]
        # `located` has latitudes, and a longitude is set with its latitude
        if any(km(cast(float, s.mention.latitude), cast(float, s.mention.longitude), where.latitude,
                  cast(float, where.longitude)) > 25 for s in located if where.latitude is not None):
            disputes.append(_dispute("location", located, lambda m: m.location))

    sub = Counter(m.sub_event_type for m in ms).most_common(1)[0][0]
    typed = next(m for m in ms if m.sub_event_type == sub)

    # weapons: the highest count any report gives, and who gives it
    weapons: list[IncidentWeapon] = []
    by_kind: dict[str, list[tuple[Member, int | None]]] = defaultdict(list)
    for x in members:
        for w in x.mention.weapons:
            by_kind[w.kind].append((x, w.count))
    for kind, seen in by_kind.items():
        counts = [c for _, c in seen if c is not None]
        top = max(counts) if counts else None
        weapons.append(IncidentWeapon(kind=kind, count=top,
                                      said_by=_said_by(x for x, c in seen if c == top or top is None)))
        if len(set(counts)) > 1:
            counted = [x for x, c in seen if c is not None]
            disputes.append(_dispute(f"weapons.{kind}", counted,
                                     lambda m, k=kind: next(w.count for w in m.weapons if w.kind == k and w.count)))

    # who: a claim outranks an attribution; a named group outranks "Iran-backed militias"
    role: ActorRole
    actor, role, actor_by = None, "unknown", []
    targets = Counter(m.target for m in ms if m.target)
    target = targets.most_common(1)[0][0] if targets else None
    named = [x for x in members if x.mention.actor and x.mention.actor != target]  # not the side attacked
    if named:
        claimed = [x for x in named if x.mention.actor_role == "claimed"]
        pool = claimed or named
        actor_count = Counter(cast(str, x.mention.actor) for x in pool)  # `pool` is named
        actor = max(actor_count, key=lambda a: (not judge.lexicon.vague(a), actor_count[a]))
        role = "claimed" if claimed else "attributed"
        actor_by = _said_by(x for x in pool if x.mention.actor == actor)
        specific = {x.mention.actor for x in named if not judge.lexicon.vague(cast(str, x.mention.actor))}  # `named` has one
        if len(specific) > 1:
            disputes.append(_dispute("actor", named, lambda m: m.actor))

    figures: dict[str, tuple[int | None, int | None, int | None, list[str]]] = {}  # best, low, high, said by
    for f in ("fatalities", "injuries"):
        given = [x for x in members if getattr(x.mention, f) is not None]
        values = [getattr(x.mention, f) for x in given]
        if not values:
            figures[f] = (None, None, None, [])
            continue
        low, high = min(values), max(values)
        figures[f] = (low, low, high, _said_by(x for x in given if getattr(x.mention, f) == low))
        if low != high:
            disputes.append(_dispute(f, given, lambda m, f=f: getattr(m, f)))

    statuses = {m.status for m in ms}
    status: Status = "confirmed" if "confirmed" in statuses else "reported" if "reported" in statuses else "claimed"
    target_sites = Counter(m.target_site for m in ms if m.target_site)

    incident = Incident(
        id=incident_id,
        event_date=event_date, date_precision=date_precision, date_start=date_start, date_end=date_end,
        event_type=typed.event_type, sub_event_type=sub, plover_mode=typed.plover_mode,
        weapons=sorted(weapons, key=lambda w: w.kind),
        actor=actor, actor_role=role, actor_said_by=actor_by,
        target=target,
        target_site=target_sites.most_common(1)[0][0] if target_sites else None,
        location=where.location if where else None, admin1=where.admin1 if where else None,
        country=where.country if where else None, latitude=where.latitude if where else None,
        longitude=where.longitude if where else None, geo_precision=where.geo_precision if where else None,
        fatalities=figures["fatalities"][0], fatalities_low=figures["fatalities"][1],
        fatalities_high=figures["fatalities"][2], fatalities_said_by=figures["fatalities"][3],
        injuries=figures["injuries"][0], injuries_low=figures["injuries"][1],
        injuries_high=figures["injuries"][2], injuries_said_by=figures["injuries"][3],
        status=status,
        outlets=len({_who(m) for m in ms}), reports=len({m.article_id for m in ms}),
        disputes=disputes,
        sources=[Source(mention_id=x.id, article_id=x.mention.article_id, outlet=x.mention.outlet,
                        published=x.mention.published, title=x.mention.article_title,
                        claim=x.mention.actor_role, language=x.mention.language, evidence=x.mention.evidence,
                        claims=x.mention.claims)
                 for x in members],
    )
    incident.notes = write_notes(incident)
    return incident


def _dispute(field: str, members: Iterable[Member], value) -> Dispute:
    groups: dict[str | int | None, list[Member]] = defaultdict(list)
    for x in members:
        groups[value(x.mention)].append(x)
    return Dispute(field=field, values=[
        SaidBy(value=v, outlets=_said_by(xs), article_ids=sorted({x.mention.article_id for x in xs}))
        for v, xs in sorted(groups.items(), key=lambda kv: str(kv[0]))])


# --- tallies --------------------------------------------------------------------------------

def series_of(tally: Tally) -> str:
    """The series a running count belongs to: the institution that gives it (a spokesperson's
    count is their department's), or the outlet's own count."""
    by = tally.reported_by
    if by and "(" in by:
        return by[by.index("(") + 1:by.rindex(")")]
    return by or f"{tally.outlet or tally.article_id} (own count)"


def tally_series(tallies: Sequence[Tally]) -> list[TallyPoint]:
    """Every tally in its series, ordered by as-of date, with date inconsistencies flagged.

    A running count never falls. Where it seems to, the tally that breaks the order of most
    others is flagged, the later-dated one when two break each other (its count fell), and the
    check repeats without it: an article date that contradicts the series is the usual cause.
    """
    points = [TallyPoint(series=series_of(t), reported_by=t.reported_by, as_of=t.as_of or t.published,
                         since=t.since, total=t.total, approximate=t.approximate,
                         countries=sorted(t.by_country) or _countries_named(t), article_id=t.article_id,
                         outlet=t.outlet,
                         published=t.published, evidence=t.evidence) for t in tallies]
    by_series: dict[str, list[TallyPoint]] = defaultdict(list)
    for p in points:
        by_series[p.series].append(p)
    out: list[TallyPoint] = []
    for name in sorted(by_series):
        series = sorted(by_series[name], key=lambda p: (p.as_of or dt.date.max, p.total))
        _flag_falls(series)
        out.extend(series)
    return out


def _countries_named(t: Tally) -> list[str]:
    """Countries a tally's sentence names ("attacked 61 times in Iraq and Syria"): its scope. The
    United States is named as the party attacked ("US troops"), not as where, so it is left out."""
    from sitrep.resolve.notes import country_pattern

    pattern, codes = country_pattern()
    return sorted({codes[m.group(0).lower()] for e in t.evidence for m in pattern.finditer(e.text)} - {"US"})


def _flag_falls(series: list[TallyPoint]) -> None:
    dated = [p for p in series if p.as_of]

    def breaks(p: TallyPoint, q: TallyPoint) -> bool:
        assert p.as_of is not None and q.as_of is not None  # only dated points are compared
        return (p.as_of < q.as_of and p.total > q.total) or (p.as_of > q.as_of and p.total < q.total)

    live = list(dated)
    while True:
        counts = {id(p): sum(breaks(p, q) for q in live) for p in live}
        worst = max(live, key=lambda p: (counts[id(p)], p.as_of), default=None)
        if worst is None or counts[id(worst)] == 0:
            return
        live.remove(worst)
        before = max((q for q in live if q.total <= worst.total), key=lambda q: (q.total, q.as_of), default=None)
        after = min((q for q in live if q.total >= worst.total), key=lambda q: (q.total, q.as_of), default=None)
        worst.date_inconsistent = True
        worst.inconsistency = (
            f"{worst.total} as of {worst.as_of} does not fit the series"
            + (f": it lies between {before.total} as of {before.as_of}" if before else "")
            + (f" and {after.total} as of {after.as_of}" if after else "")
            + f"; article {worst.article_id} may be misdated")


__all__ = ["Judge", "Member", "THRESHOLD", "block", "interval", "series_of", "summarise", "tally_series"]
