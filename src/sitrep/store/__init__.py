"""Store stage: articles, mentions, incidents and tallies in SQLite (embedded) or PostgreSQL.

One article is one transaction: its row, its mentions and tallies, and the incidents they join
are committed together or not at all, so a killed `sitrep ingest` loses nothing already
committed and re-running it picks up where it stopped. The same article twice changes nothing
(its content hash is kept); an article whose text changed replaces its earlier mentions.

`open_store("sitrep.db")`, `open_store("sqlite:///…")` or `open_store("postgresql://…")`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import sqlite3
import time
import typing  # `typing.cast`: `cast` here is SQL's
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from sqlalchemy import (
    Date,
    Integer,
    String,
    Text,
    bindparam,
    case,
    cast,
    create_engine,
    delete,
    event,
    func,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.expression import FunctionElement

from sitrep.geo.names import key as place_key
from sitrep.geo.names import skeleton
from sitrep.lexicon import Lexicon
from sitrep.model import (
    MAX_ID_CHARS,
    Article,
    Count,
    Facets,
    Incident,
    IncidentFilter,
    IncidentPage,
    Mention,
    Tally,
    TallyPoint,
    Timeline,
    TimelineSeries,
    unstorable,
)
from sitrep.resolve import SLACK, THRESHOLD, Judge, Member, block, interval, summarise, tally_series
from sitrep.sources.feeds import FeedState
from sitrep.store.tables import (
    ArticleRow,
    DecisionRow,
    FeedItemRow,
    FeedRow,
    IncidentRecordRow,
    IncidentRow,
    LinkRow,
    MentionRow,
    OutletRow,
    RevisionRow,
    TallyRow,
    weapon_kinds,
)

MIGRATIONS = Path(__file__).with_name("migrations")
_WRITER_LOCK = 0x5173_7265  # PostgreSQL advisory lock key for sitrep's writers
DEFAULT_DB = "sitrep.db"


_PASSWORD = re.compile(r"(://[^:/?#@\s]*:)([^\s\"']*)(@)")  # ://user:password@, to the last @ (hiding too much is safe)


def hide_password(text: str) -> str:
    """`text` (a URL, or a message quoting one) with every URL's password shown as ***."""
    return _PASSWORD.sub(r"\1***\3", text)


class StoreError(Exception):
    """The store cannot be opened or an analyst's request names something that is not there.
    Its message never holds a database password, even one quoted by a driver.

    Writing raises one of its two kinds, never a driver's own exception, and rolls the whole
    transaction back: `Refused` (the store would not keep what it was given: a value one of its
    columns or constraints refuses; other articles may be stored) or `Unavailable` (the store
    itself failed: a lost connection, a database locked too long; nothing more can be stored)."""

    def __init__(self, message: str):
        super().__init__(hide_password(message))


class Refused(StoreError):
    """The store would not keep what it was given; nothing of that transaction was kept."""


class Unavailable(StoreError):
    """The store failed or could not be reached; nothing of that transaction was kept."""


def _store_error(e: Exception) -> StoreError:
    """A driver's or SQLAlchemy's exception as a one-line `StoreError` (never its SQL or parameters)."""
    from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError

    cause = getattr(e, "orig", None) or e
    line = (str(cause).strip().splitlines() or [type(cause).__name__])[0][:300]
    if isinstance(e, (OperationalError, InterfaceError, DisconnectionError)):
        return Unavailable(f"the store failed: {line}")
    return Refused(f"the store refused it: {line}")


def database_url(target: str) -> str:
    """A SQLAlchemy URL for a file path or a URL; PostgreSQL goes through psycopg 3."""
    if "://" not in target:
        return f"sqlite:///{Path(target).expanduser()}"
    if target.startswith("postgresql://") or target.startswith("postgres://"):
        return "postgresql+psycopg://" + target.split("://", 1)[1]
    return target


def open_store(target: str, lexicon: Lexicon | None = None) -> Store:
    return Store(database_url(target), lexicon or Lexicon.load())


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest Alembic revision (creating it in an empty database)."""
    from alembic import command
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        _one_writer(conn)  # two first opens at once: the second finds the schema made
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


@dataclass
class Added:
    """What ingesting one article did."""

    status: Literal["new", "unchanged", "replaced", "duplicate"]
    mentions: int = 0
    tallies: int = 0
    incident_ids: list[int] = field(default_factory=list)  # incidents created or changed, as they stand now


def content_hash(article: Article) -> str:
    h = hashlib.sha256()
    for part in (article.text, article.title or "", str(article.published or ""), article.outlet or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\x00")
    return h.hexdigest()


# What a store at a postgresql:// URL is driven with: not installed with sitrep itself.
NO_POSTGRES = "a PostgreSQL store needs psycopg, which is not installed: pip install 'sitrep[postgres]'"


class Store:
    def __init__(self, url: str, lexicon: Lexicon):
        self.url = url
        if url.startswith("postgresql+psycopg://"):
            try:
                import psycopg  # noqa: F401
            except ImportError:
                raise StoreError(NO_POSTGRES) from None
        try:
            self.engine = create_engine(url, future=True)
        except Exception as e:  # a malformed URL or a missing driver
            raise StoreError(f"cannot open {url}: {str(e).splitlines()[0] if str(e) else type(e).__name__}") from None
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        try:
            migrate(self.engine)
        except Exception as e:
            raise StoreError(f"cannot open {url}: {type(e).__name__}: {(str(e).splitlines() or [''])[0]}") from None
        self.lexicon = lexicon
        self.judge = Judge(lexicon)
        self._parsed: dict[int, tuple[str, Member]] = {}  # stored mentions, each parsed once
        self._outlets: dict[str, int] = {}
        self._any_decision: bool | None = None
        # the admin-1 names held, by key and by skeleton, at a revision (see `_regions`)
        self._admin1: tuple[int, dict[str, list[str]], dict[str, list[str]]] | None = None

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def _writing(self) -> Iterator[Session]:
        """A write transaction, one at a time across processes (another `sitrep ingest`, another
        server worker): it waits for the writer before it to commit, then reads what that one
        wrote, so two writers never both add the same article or both open an incident for one
        event. SQLite: BEGIN IMMEDIATE (waiting up to busy_timeout); PostgreSQL: an advisory
        lock held to the end of the transaction."""
        with Session(self.engine) as s, s.begin():
            _one_writer(s)
            yield s
            s.execute(update(RevisionRow).values(number=RevisionRow.number + 1))

    def revision(self) -> int:
        """How many write transactions the store has committed: a summary computed at one
        revision holds until the number moves (every process's writes move it)."""
        with self.engine.connect() as conn:
            return typing.cast(int, conn.scalar(select(RevisionRow.number)))  # its one row: migration 0002 makes it

    # --- ingest ---------------------------------------------------------------------------
    def holds(self, article: Article) -> bool:
        """Whether this exact article (same id, same content, its text kept) is already stored: no
        need to extract it. A store from before revision 0002 kept no text; `add` fills it in."""
        return bool(self.held([article]))

    def held(self, articles: Sequence[Article]) -> set[str]:
        """The ids of those `articles` stored exactly as given: what a resumed run skips, in one query."""
        if not articles:
            return set()
        with self._as_store_errors(), Session(self.engine) as s:
            stored = dict(s.execute(select(ArticleRow.id, ArticleRow.content_hash).where(
                ArticleRow.id.in_({a.id for a in articles}), ArticleRow.text.is_not(None))).all())
        return {a.id for a in articles if stored.get(a.id) == content_hash(a)}

    def add(self, article: Article, records: Sequence[Mention | Tally]) -> Added:
        """Store one article and what was extracted from it, and resolve its mentions, atomically."""
        return self.add_many([(article, records)])[0]

    def add_many(self, batch: Sequence[tuple[Article, Sequence[Mention | Tally]]]) -> list[Added]:
        """Store articles and their records in one transaction, each resolved in turn exactly as
        `add` would: a batch costs one commit (and one wait for the writer's turn) instead of one
        per article, and a run killed mid-batch leaves none of that batch behind."""
        self._any_decision = None  # another process may have split or merged since the last batch
        with self._as_store_errors():
            return self._add_many(batch)

    @contextmanager
    def _as_store_errors(self) -> Iterator[None]:
        """A failed transaction (rolled back by then) as a `StoreError`."""
        try:
            yield
        except (SQLAlchemyError, UnicodeError) as e:  # UnicodeError: text a driver cannot encode
            self._outlets.clear()  # ids of outlets added in the transaction rolled back
            raise _store_error(e) from None

    def _add_many(self, batch: Sequence[tuple[Article, Sequence[Mention | Tally]]]) -> list[Added]:
        with self._writing() as s:
            added, touched, emptied = [], set(), set()
            for article, records in batch:
                one, gone = self._add_one(s, article, records)
                added.append(one)
                touched |= set(one.incident_ids)
                emptied |= gone
            # Summaries are written once per incident per batch: linking and joining (above) read
            # mentions, never summaries, so deferring them changes nothing but the cost.
            emptied |= self._refresh(s, touched | emptied)
            for one in added:
                one.incident_ids = sorted(set(one.incident_ids) - emptied)
            return added

    def _add_one(self, s: Session, article: Article, records: Sequence[Mention | Tally]) -> tuple[Added, set[int]]:
        """Store one article, link its mentions and join incidents that now agree; returns what
        was done and the incidents joined into others. Summaries are left to the caller."""
        conn = s.connection()
        digest = content_hash(article)
        row = conn.execute(_STORED, {"aid": article.id}).first()
        if row is not None and row.content_hash == digest:
            if not row.has_text:
                conn.execute(update(ArticleRow).where(ArticleRow.id == article.id).values(text=article.text))
            return Added("unchanged"), set()
        if row is None and conn.execute(_SAME_CONTENT, {"digest": digest}).first():
            return Added("duplicate"), set()
        touched: set[int] = set()
        status: Literal["new", "replaced"] = "new"
        if row is not None:
            status = "replaced"
            touched |= self._drop_mentions(s, article.id)
            s.execute(delete(TallyRow).where(TallyRow.article_id == article.id))
            s.execute(delete(ArticleRow).where(ArticleRow.id == article.id))
        conn.execute(insert(ArticleRow), dict(
            id=article.id, content_hash=digest, title=article.title, published=article.published, url=article.url,
            outlet_id=self._outlet_id(s, article.outlet), source_file=article.source_file, chars=len(article.text),
            text=article.text, ingested_at=_now()))
        mentions = [r for r in records if isinstance(r, Mention)]
        tallies = [r for r in records if isinstance(r, Tally)]
        for seq, m in enumerate(mentions):
            member = self._add_mention(s, article.id, seq, m)
            touched.add(self._resolve(s, member))
        if tallies:
            conn.execute(insert(TallyRow), [dict(article_id=article.id, seq=seq, reported_by=t.reported_by,
                                                 as_of=t.as_of, since=t.since, total=t.total,
                                                 record=t.model_dump(mode="json")) for seq, t in enumerate(tallies)])
        emptied = self._join_incidents(s, touched)
        return Added(status, len(mentions), len(tallies), sorted(touched | emptied)), emptied

    def _outlet_id(self, s: Session, name: str | None) -> int | None:
        """The outlet's id, adding it if new (outlets are never removed, so ids are kept here)."""
        if not name:
            return None
        found = self._outlets.get(name)
        if found is None:
            found = s.scalar(select(OutletRow.id).where(OutletRow.name == name))
            if found is None:
                found = s.connection().execute(insert(OutletRow).returning(OutletRow.id), {"name": name}).scalar_one()
            self._outlets[name] = found
        return found

    def _add_mention(self, s: Session, article_id: str, seq: int, m: Mention) -> Member:
        span = interval(m)
        key = f"{article_id}#{seq}"
        mention_id = s.connection().execute(_ADD_MENTION, dict(
            key=key, article_id=article_id, seq=seq, sentence_start=m.evidence[0].start if m.evidence else None,
            event_date=m.event_date, date_precision=m.date_precision, date_lo=span[0] if span else None,
            date_hi=span[1] if span else None, country=m.country, location=m.location,
            sub_event_type=m.sub_event_type, actor=m.actor, record=m.model_dump(mode="json"))).scalar_one()
        return Member(mention_id, key, m)

    def _drop_mentions(self, s: Session, article_id: str) -> set[int]:
        ids = select(MentionRow.id).where(MentionRow.article_id == article_id)
        touched = set(s.scalars(select(LinkRow.incident_id).where(LinkRow.mention_id.in_(ids))))
        s.execute(delete(LinkRow).where(LinkRow.mention_id.in_(ids)))
        s.execute(delete(MentionRow).where(MentionRow.article_id == article_id))
        return touched

    # --- resolve --------------------------------------------------------------------------
    def _resolve(self, s: Session, member: Member) -> int:
        """Link one new mention to the incident it reports, making one if none fits."""
        apart, together = self._decisions(s, member.key) if self._decided(s) else (set(), set())
        forced = None
        if together:
            forced = s.scalar(select(LinkRow.incident_id).join(MentionRow, MentionRow.id == LinkRow.mention_id)
                              .where(MentionRow.key.in_(together)).limit(1))
        chosen = forced
        if chosen is None:
            candidates = self._candidates(s, member.mention)
            if apart:
                candidates = {i: ms for i, ms in candidates.items() if not any(x.key in apart for x in ms)}
            chosen = self.judge.choose(member.mention, candidates)
        if chosen is None:
            chosen = self._new_incident(s, member)
        conn = s.connection()
        conn.execute(_ADD_LINK, {"mention_id": member.id, "incident_id": chosen,
                                 "decided_by": "analyst" if forced else "sitrep"})
        span = interval(member.mention)
        if span:  # widen the incident's blocking window at once, so the next mention can find it
            conn.execute(_WIDEN, {"iid": chosen, "lo": span[0], "hi": span[1], "cc": member.mention.country})
        return chosen

    def _settle(self, s: Session, touched: set[int]) -> set[int]:
        """After a batch of links: join incidents that now agree, then summarise what changed.
        Returns the incidents that are gone (joined into another, or left empty)."""
        emptied = self._join_incidents(s, touched)
        return emptied | self._refresh(s, touched | emptied)

    def _join_incidents(self, s: Session, incident_ids: set[int]) -> set[int]:
        """Greedy linking depends on arrival order: two incidents can each hold part of one event
        until a report arrives that shows they agree. Merge such pairs (complete link, specific
        agreement), never across an analyst's "apart". Returns the incidents emptied."""
        emptied: set[int] = set()
        any_apart = s.scalar(select(DecisionRow.id).where(DecisionRow.kind == "apart").limit(1)) is not None
        for incident_id in sorted(incident_ids):
            while incident_id not in emptied:
                row = s.connection().execute(_WINDOW, {"iid": incident_id}).first()
                if row is None or row.date_lo is None:
                    break
                ids = [i for i in _overlapping(s, row.date_lo - SLACK, row.date_hi + SLACK, row.country, incident_id)
                       if i not in emptied]
                if not ids:
                    break
                groups = self._members(s, [incident_id, *ids])
                mine = groups.pop(incident_id, [])
                keys = {x.key for x in mine}
                best, best_score = None, THRESHOLD
                for other_id, theirs in groups.items():
                    if any_apart and self._kept_apart(s, keys, {x.key for x in theirs}):
                        continue
                    score = self.judge.joinable(mine, theirs)
                    if score is not None and score >= best_score:
                        best, best_score = other_id, score
                if best is None:
                    break
                s.execute(update(LinkRow).where(LinkRow.incident_id == best).values(incident_id=incident_id))
                other = s.connection().execute(_WINDOW, {"iid": best}).first()
                assert other is not None  # `best` is one of `groups`, incidents read in this transaction
                s.connection().execute(_WIDEN, {"iid": incident_id, "lo": other.date_lo, "hi": other.date_hi,
                                                "cc": None})
                emptied.add(best)
        return emptied

    def _kept_apart(self, s: Session, a: set[str], b: set[str]) -> bool:
        return typing.cast(int, s.scalar(select(func.count()).select_from(DecisionRow).where(  # a count: never None
            DecisionRow.kind == "apart",
            or_(DecisionRow.mention_a.in_(a) & DecisionRow.mention_b.in_(b),
                DecisionRow.mention_a.in_(b) & DecisionRow.mention_b.in_(a))))) > 0

    def _candidates(self, s: Session, m: Mention) -> dict[int, list[Member]]:
        window = block(m)
        if window is None:
            return {}
        ids = _overlapping(s, window[0], window[1], m.country)
        return self._members(s, ids) if ids else {}

    def _members(self, s: Session, incident_ids: Iterable[int]) -> dict[int, list[Member]]:
        out: dict[int, list[Member]] = defaultdict(list)
        for incident_id, mid, key, record in s.execute(_MEMBERS, {"ids": list(incident_ids)}):
            cached = self._parsed.get(mid)
            if cached is not None and cached[0] == record and cached[1].key == key:
                member = cached[1]
            else:  # ids can be reused after an article is replaced: the record itself decides
                member = Member(mid, key, Mention.model_validate_json(record))
                if len(self._parsed) > 20_000:  # bounded: a long ingest keeps its memory flat
                    self._parsed.clear()
                self._parsed[mid] = (record, member)
            out[incident_id].append(member)
        return out

    def _decided(self, s: Session) -> bool:
        """Whether any analyst decision exists (most stores have none: skip the per-mention look-up)."""
        if self._any_decision is None:
            self._any_decision = s.scalar(select(DecisionRow.id).limit(1)) is not None
        return self._any_decision

    def _decisions(self, s: Session, key: str) -> tuple[set[str], set[str]]:
        apart: set[str] = set()
        together: set[str] = set()
        rows = s.execute(select(DecisionRow.kind, DecisionRow.mention_a, DecisionRow.mention_b)
                         .where(or_(DecisionRow.mention_a == key, DecisionRow.mention_b == key)))
        for kind, a, b in rows:
            other = b if a == key else a
            (apart if kind == "apart" else together).add(other)
        return apart, together - apart

    def _new_incident(self, s: Session, member: Member) -> int:
        m = member.mention
        return s.connection().execute(_NEW_INCIDENT, dict(
            event_date=m.event_date, date_precision=m.date_precision, country=m.country,
            sub_event_type=m.sub_event_type, status=m.status, outlets=1, disputed=False, notes="",
            updated_at=_now())).scalar_one()

    def _refresh(self, s: Session, incident_ids: Iterable[int]) -> set[int]:
        """Recompute merged fields of these incidents from their mentions; drop empty ones (returned).
        One statement each for all the incidents (executemany), not one per incident."""
        ids = sorted(i for i in set(incident_ids) if i is not None)
        dropped: set[int] = set()
        if not ids:
            return dropped
        members = self._members(s, ids)
        columns, records = [], []
        for i in ids:
            if not members.get(i):
                dropped.add(i)
                continue
            inc = summarise(members[i], self.judge, i)
            spans = [sp for sp in (interval(x.mention) for x in members[i]) if sp]
            columns.append(dict(
                id=i, event_date=inc.event_date, date_precision=inc.date_precision,
                date_lo=min(sp[0] for sp in spans) if spans else None,
                date_hi=max(sp[1] for sp in spans) if spans else None,
                country=inc.country, admin1=inc.admin1, location=inc.location, latitude=inc.latitude,
                longitude=inc.longitude, sub_event_type=inc.sub_event_type, actor=inc.actor,
                weapons=weapon_kinds(w.kind for w in inc.weapons), fatalities=inc.fatalities,
                injuries=inc.injuries, status=inc.status, outlets=inc.outlets, disputed=bool(inc.disputes),
                notes=inc.notes, updated_at=_now()))
            records.append({"incident_id": i, "record": inc.model_dump(mode="json")})
        s.execute(delete(IncidentRecordRow).where(IncidentRecordRow.incident_id.in_(bindparam("ids", expanding=True))),
                  {"ids": ids})
        if dropped:
            s.execute(delete(IncidentRow).where(IncidentRow.id.in_(bindparam("ids", expanding=True))),
                      {"ids": sorted(dropped)})
        if columns:
            s.execute(update(IncidentRow), columns)  # ORM bulk UPDATE by primary key
            s.execute(insert(IncidentRecordRow), records)
        return dropped

    # --- feeds (`sitrep watch`) -------------------------------------------------------------
    def feed_state(self, url: str) -> FeedState:
        with self._as_store_errors(), Session(self.engine) as s:
            row = s.get(FeedRow, url)
            if row is None:
                return FeedState(url)
            return FeedState(url, row.etag, row.last_modified, row.failures, row.next_fetch, row.last_status)

    def save_feed(self, state: FeedState, items: Sequence[tuple[str, str | None, str, int]] = ()) -> None:
        """Keep a feed's state and what became of its items ((item, article id, status, attempts)),
        in one transaction."""
        with self._as_store_errors(), self._writing() as s:
            s.merge(FeedRow(url=state.url, etag=state.etag, last_modified=state.last_modified,
                            failures=state.failures, next_fetch=state.next_fetch, last_status=state.last_status))
            s.flush()
            for item, article_id, status, attempts in items:
                s.merge(FeedItemRow(feed_url=state.url, item=item, article_id=article_id, status=status,
                                    attempts=attempts, seen_at=_now()))

    def feed_items(self, url: str) -> dict[str, tuple[str, int]]:
        """Every item the feed has listed before: its status and the attempts made at its page."""
        with self._as_store_errors(), Session(self.engine) as s:
            rows = s.execute(select(FeedItemRow.item, FeedItemRow.status, FeedItemRow.attempts)
                             .where(FeedItemRow.feed_url == url))
            return {item: (status, attempts) for item, status, attempts in rows}

    # --- analysts' decisions --------------------------------------------------------------
    def split(self, incident_id: int, mention_ids: Sequence[int]) -> int:
        """Move these mentions out of the incident into a new one of their own; remember that they
        are apart from the rest (and together with each other) for every later run."""
        with self._writing() as s:
            members = self._members(s, [incident_id]).get(incident_id)
            if not members:
                raise StoreError(f"no incident {incident_id}")
            moving = [x for x in members if x.id in set(mention_ids)]
            missing = set(mention_ids) - {x.id for x in moving}
            if missing:
                raise StoreError(f"incident {incident_id} has no mention {', '.join(map(str, sorted(missing)))}")
            staying = [x for x in members if x.id not in set(mention_ids)]
            if not staying:
                raise StoreError("a split must leave at least one mention in the incident")
            for a in moving:
                for b in staying:
                    self._decide(s, "apart", a.key, b.key)
            for a, b in zip(moving, moving[1:]):
                self._decide(s, "together", a.key, b.key)
            new_id = self._new_incident(s, moving[0])
            s.execute(update(LinkRow).where(LinkRow.mention_id.in_([x.id for x in moving]))
                      .values(incident_id=new_id, decided_by="analyst"))
            self._refresh(s, [incident_id, new_id])
            return new_id

    def merge(self, keep: int, other: int) -> int:
        """Make two incidents one (the first id stays); remember it for every later run."""
        if keep == other:
            raise StoreError("an incident cannot be merged with itself")
        with self._writing() as s:
            members = self._members(s, [keep, other])
            for i in (keep, other):
                if not members.get(i):
                    raise StoreError(f"no incident {i}")
            anchor = members[keep][0]
            for x in members[keep][1:] + members[other]:
                self._decide(s, "together", anchor.key, x.key)
            s.execute(update(LinkRow).where(LinkRow.incident_id == other).values(incident_id=keep,
                                                                                  decided_by="analyst"))
            self._refresh(s, [keep, other])
            return keep

    def _decide(self, s: Session, kind: str, a: str, b: str) -> None:
        pair = or_((DecisionRow.mention_a == a) & (DecisionRow.mention_b == b),
                   (DecisionRow.mention_a == b) & (DecisionRow.mention_b == a))
        s.execute(delete(DecisionRow).where(pair))  # the newest decision about a pair wins
        s.add(DecisionRow(kind=kind, mention_a=a, mention_b=b, made_at=_now()))
        self._any_decision = True

    def rebuild(self) -> int:
        """Resolve every stored mention again from scratch, in the order they were stored,
        keeping analysts' decisions. Returns the number of incidents."""
        with self._writing() as s:
            s.execute(delete(LinkRow))
            s.execute(delete(IncidentRecordRow))
            s.execute(delete(IncidentRow))
            s.flush()
            rows = s.execute(select(MentionRow.id, MentionRow.key, MentionRow.record, MentionRow.article_id)
                             .order_by(MentionRow.id)).all()
            touched: set[int] = set()
            current_article = None
            for mid, key, record, article_id in rows:
                if article_id != current_article:
                    self._settle(s, touched)
                    touched, current_article = set(), article_id
                touched.add(self._resolve(s, Member(mid, key, Mention.model_validate(record))))
            self._settle(s, touched)
            return typing.cast(int, s.scalar(select(func.count()).select_from(IncidentRow)))  # a count: never None

    # --- reading --------------------------------------------------------------------------
    def incidents(self, where: IncidentFilter | None = None) -> Iterator[Incident]:
        """Every incident the filter selects, oldest first, read in batches (an export of a large
        store never holds it all in memory)."""
        q = self._filtered(select(_RECORD).select_from(IncidentRow)
                      .join(IncidentRecordRow, IncidentRecordRow.incident_id == IncidentRow.id), where) \
            .order_by(IncidentRow.event_date, IncidentRow.id)
        with self.engine.connect() as conn:
            for (record,) in conn.execution_options(yield_per=500).execute(q):
                yield Incident.model_validate_json(record)

    def page(self, where: IncidentFilter | None = None, limit: int = 50, cursor: str | None = None) -> IncidentPage:
        """One page of incidents, newest first and undated last, by keyset (a page costs the same
        however deep it is). `cursor` is the `next_cursor` of the page before."""
        after = _read_cursor(cursor)
        base = self._filtered(select(IncidentRow.id, IncidentRow.event_date), where)
        rows: list = []
        with Session(self.engine) as s:
            if after is None or after[0] is not None:
                q = base.where(IncidentRow.event_date.is_not(None))
                if after is not None:
                    day, last = after
                    q = q.where(or_(IncidentRow.event_date < day,
                                    (IncidentRow.event_date == day) & (IncidentRow.id < last)))
                rows = typing.cast(list, s.execute(q.order_by(IncidentRow.event_date.desc(), IncidentRow.id.desc())
                                                   .limit(limit + 1)).all())  # `all()` makes a list
            if len(rows) <= limit:  # the dated ones are done: go on with the undated
                q = base.where(IncidentRow.event_date.is_(None))
                if after is not None and after[0] is None:
                    q = q.where(IncidentRow.id < after[1])
                rows += s.execute(q.order_by(IncidentRow.id.desc()).limit(limit + 1 - len(rows))).all()
            more = len(rows) > limit
            rows = rows[:limit]
            records = dict(s.execute(select(IncidentRecordRow.incident_id, _RECORD)
                                     .where(IncidentRecordRow.incident_id.in_([i for i, _ in rows]))).all())
        return IncidentPage(incidents=[Incident.model_validate_json(records[i]) for i, _ in rows],
                            next_cursor=_write_cursor(rows[-1][1], rows[-1][0]) if more else None)

    def points(self, where: IncidentFilter | None = None) -> list[tuple[int, float, float, str | None]]:
        """(id, latitude, longitude, event_date as YYYY-MM-DD) of every located incident the filter
        selects: what a map of a whole store is drawn from, so read lean (no ORM, no date objects)."""
        q = self._filtered(select(IncidentRow.id, IncidentRow.latitude, IncidentRow.longitude,
                             cast(IncidentRow.event_date, String)), where) \
            .where(IncidentRow.latitude.is_not(None), IncidentRow.longitude.is_not(None))
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(q.order_by(IncidentRow.id))]

    def timeline(self, where: IncidentFilter | None = None, interval: Literal["day", "week"] = "week") -> Timeline:
        """Incidents per day or week (from Monday) by country, every period from the first to the
        last present, so that gaps show as gaps. Periods are counted in SQL: a year of days by
        country is a few thousand rows, not one per incident."""
        step = 7 if interval == "week" else 1
        period = ((_DayOrdinal(IncidentRow.event_date) - 1) // step).label("period")  # day 1, 0001-01-01, is a Monday
        q = self._filtered(select(period, IncidentRow.country, func.count()), where).group_by(period, IncidentRow.country)
        with self.engine.connect() as conn:
            rows = conn.execute(q).all()
        dated = [(p, c, n) for p, c, n in rows if p is not None]
        undated = sum(n for p, _, n in rows if p is None)
        if not dated:
            return Timeline(interval=interval, periods=[], series=[], total=undated, undated=undated)
        first, last = min(p for p, _, _ in dated), max(p for p, _, _ in dated)
        counts: dict[str | None, list[int]] = defaultdict(lambda: [0] * (last - first + 1))
        for p, country, n in dated:
            counts[country][p - first] += n
        series = sorted(counts.items(), key=lambda kv: (-sum(kv[1]), kv[0] or "~"))
        return Timeline(interval=interval, periods=[dt.date.fromordinal(p * step + 1) for p in range(first, last + 1)],
                        total=undated + sum(n for _, _, n in dated), undated=undated,
                        series=[TimelineSeries(country=c, counts=v) for c, v in series])

    def facets(self, top: int = 100) -> Facets:
        """Values of the filterable fields with their incident counts, most frequent first."""
        from sitrep.resolve.notes import country_name

        def counted(s: Session, *columns) -> list[tuple]:
            q = select(*columns, func.count()).where(columns[0].is_not(None)).group_by(*columns)
            return sorted(s.execute(q).all(), key=lambda r: (-r[-1], str(r[0])))

        with Session(self.engine) as s:
            weapons: dict[str, int] = defaultdict(int)
            for kinds, n in counted(s, IncidentRow.weapons):
                for kind in kinds.strip("|").split("|"):
                    weapons[kind] += n
            first, last, total = s.execute(select(func.min(IncidentRow.event_date), func.max(IncidentRow.event_date),
                                                  func.count()).select_from(IncidentRow)).one()
            return Facets(
                incidents=total, first_date=first, last_date=last,
                countries=[Count(value=c, label=country_name(c), count=n) for c, n in counted(s, IncidentRow.country)],
                admin1=[Count(value=a, label=f"{a}, {country_name(c)}" if c else a, count=n)
                        for a, c, n in counted(s, IncidentRow.admin1, IncidentRow.country)[:top]],
                actors=[Count(value=a, count=n) for a, n in counted(s, IncidentRow.actor)[:top]],
                weapons=[Count(value=k, count=n) for k, n in sorted(weapons.items(), key=lambda kv: (-kv[1], kv[0]))],
                statuses=[Count(value=v, count=n) for v, n in counted(s, IncidentRow.status)])

    def article(self, article_id: str) -> Article | None:
        """A stored article with its text (None where it is unknown, or stored before text was kept)."""
        if len(article_id) > MAX_ID_CHARS or unstorable(article_id):  # never stored, and PostgreSQL refuses a NUL
            return None
        with Session(self.engine) as s:
            row = s.execute(select(ArticleRow, OutletRow.name).outerjoin(OutletRow, OutletRow.id == ArticleRow.outlet_id)
                            .where(ArticleRow.id == article_id)).first()
            if row is None or row[0].text is None:
                return None
            a, outlet = row
            assert a.text is not None  # as checked just above
            return Article(id=a.id, text=a.text, title=a.title, published=a.published, url=a.url, outlet=outlet)

    def incident(self, incident_id: int) -> Incident:
        """One incident with every source sentence, outlet and URL."""
        if not 0 < incident_id <= MAX_ID:
            raise StoreError(f"no incident {incident_id}")
        with Session(self.engine) as s:
            members = self._members(s, [incident_id]).get(incident_id)
            if not members:
                raise StoreError(f"no incident {incident_id}")
            inc = summarise(members, self.judge, incident_id)
            urls = dict(s.execute(select(ArticleRow.id, ArticleRow.url)
                                  .where(ArticleRow.id.in_({x.mention.article_id for x in members}))).all())
            for src in inc.sources:
                src.url = urls.get(src.article_id)
            return inc

    def tally_points(self) -> list[TallyPoint]:
        """Every running count in its series, beside the incidents held for the same window."""
        with Session(self.engine) as s:
            tallies = [Tally.model_validate(r) for r in s.scalars(select(TallyRow.record).order_by(TallyRow.id))]
            points = tally_series(tallies)
            for p in points:
                if p.as_of is None or p.since is None:
                    continue
                q = (select(func.count()).select_from(IncidentRow)
                     .where(IncidentRow.event_date >= p.since, IncidentRow.event_date <= p.as_of))
                if p.countries:
                    q = q.where(IncidentRow.country.in_(p.countries))
                p.incidents_held = s.scalar(q)
            return points

    def _filtered(self, q, where: IncidentFilter | None):
        """`q` narrowed to the incidents `where` selects."""
        if where is None:
            return q
        if where.since:
            q = q.where(IncidentRow.event_date >= where.since)
        if where.until:
            q = q.where(IncidentRow.event_date <= where.until)
        if where.country:
            q = q.where(IncidentRow.country == where.country.upper())
        if where.admin1:
            q = q.where(IncidentRow.admin1.in_(self._regions(where.admin1)))
        if where.status:
            q = q.where(IncidentRow.status == where.status)
        if where.weapon:
            q = q.where(IncidentRow.weapons.contains(f"|{where.weapon}|", autoescape=True))
        for column, words in ((IncidentRow.actor, where.actor), (IncidentRow.notes, where.q)):
            for word in (words or "").split():
                q = q.where(func.lower(column).contains(word.lower(), autoescape=True))
        if where.box:
            west, south, east, north = where.box
            q = q.where(IncidentRow.latitude.between(south, north))
            q = q.where(IncidentRow.longitude.between(west, east) if west <= east
                        else or_(IncidentRow.longitude >= west, IncidentRow.longitude <= east))
        return q

    def _regions(self, name: str) -> list[str]:
        """The admin-1 names the store holds that are spellings of `name`, matched as the gazetteer
        matches place names: by key (case, accents, hyphens and a leading article do not count:
        "Hasakah" is Al-Hasakah), else by `skeleton` ("Deir Ezzor" is Deir ez-Zor). Folding is
        Python's, not SQL's (neither SQLite nor PostgreSQL folds accents or articles), so the names
        held are read once per revision, from the admin-1 index, and the filter is `admin1 IN (...)`."""
        revision = self.revision()
        held = self._admin1
        if held is None or held[0] != revision:
            by_key: dict[str, list[str]] = defaultdict(list)
            by_skeleton: dict[str, list[str]] = defaultdict(list)
            with self.engine.connect() as conn:
                for admin1 in conn.scalars(select(IncidentRow.admin1).where(IncidentRow.admin1.is_not(None))
                                           .distinct()):
                    assert admin1 is not None  # as selected
                    by_key[place_key(admin1)].append(admin1)
                    by_skeleton[skeleton(admin1)].append(admin1)
            held = self._admin1 = (revision, dict(by_key), dict(by_skeleton))
        if not place_key(name):  # only punctuation or articles: names no region
            return []
        return held[1].get(place_key(name)) or held[2].get(skeleton(name)) or []

    def counts(self) -> dict[str, int]:
        with Session(self.engine) as s:
            return {name: typing.cast(int, s.scalar(select(func.count()).select_from(table))) for name, table in
                    (("articles", ArticleRow), ("mentions", MentionRow), ("incidents", IncidentRow),
                     ("tallies", TallyRow), ("outlets", OutletRow), ("decisions", DecisionRow))}

    def article_ids(self) -> set[str]:
        with Session(self.engine) as s:
            return set(s.scalars(select(ArticleRow.id)))

    def links(self) -> dict[str, int]:
        """Mention key → incident id, for evaluation."""
        with Session(self.engine) as s:
            return dict(s.execute(select(MentionRow.key, LinkRow.incident_id)
                                  .join(LinkRow, LinkRow.mention_id == MentionRow.id)).all())

    def mentions(self) -> list[Member]:
        with Session(self.engine) as s:
            return [Member(i, k, Mention.model_validate(r))
                    for i, k, r in s.execute(select(MentionRow.id, MentionRow.key, MentionRow.record)
                                             .order_by(MentionRow.id))]


class _DayOrdinal(FunctionElement):
    """A date as Python's `date.toordinal()` (1 for 0001-01-01), in SQL: what periods are counted in."""

    type = Integer()
    inherit_cache = True


@compiles(_DayOrdinal, "sqlite")
def _day_ordinal_sqlite(element, compiler, **kw) -> str:
    return f"CAST(julianday({compiler.process(element.clauses, **kw)}) - 1721424.5 AS INTEGER)"


@compiles(_DayOrdinal, "postgresql")
def _day_ordinal_postgresql(element, compiler, **kw) -> str:
    return f"({compiler.process(element.clauses, **kw)} - DATE '0001-01-01' + 1)"


# An incident's record as the JSON text it is stored as: parsed and validated in one pass by pydantic.
_RECORD = cast(IncidentRecordRow.record, Text).label("record")
# The mentions of some incidents, records as stored text (compared with the parsed-mention cache
# without decoding). Built once: an expanding parameter spares coercing every id on every call.
_MEMBERS = (select(LinkRow.incident_id, MentionRow.id, MentionRow.key, cast(MentionRow.record, Text))
            .join(MentionRow, MentionRow.id == LinkRow.mention_id)
            .where(LinkRow.incident_id.in_(bindparam("ids", expanding=True))).order_by(MentionRow.id))
# Statements resolving runs for every mention, built once (Core: no unit of work to flush).
# Incidents are only ever changed by these statements and by `_refresh`, never as ORM objects.
_ADD_MENTION = insert(MentionRow).returning(MentionRow.id)
_ADD_LINK = insert(LinkRow)
_NEW_INCIDENT = insert(IncidentRow).returning(IncidentRow.id)
_WINDOW = select(IncidentRow.date_lo, IncidentRow.date_hi, IncidentRow.country).where(IncidentRow.id == bindparam("iid"))
_LO, _HI = bindparam("lo", type_=Date), bindparam("hi", type_=Date)
_WIDEN = update(IncidentRow).where(IncidentRow.id == bindparam("iid")).values(  # the window, widened to take lo..hi
    date_lo=case((or_(IncidentRow.date_lo.is_(None), IncidentRow.date_lo > _LO), _LO), else_=IncidentRow.date_lo),
    date_hi=case((or_(IncidentRow.date_hi.is_(None), IncidentRow.date_hi < _HI), _HI), else_=IncidentRow.date_hi),
    country=func.coalesce(IncidentRow.country, bindparam("cc", type_=String)))
_STORED = select(ArticleRow.content_hash, ArticleRow.text.is_not(None).label("has_text")).where(
    ArticleRow.id == bindparam("aid"))
_SAME_CONTENT = select(ArticleRow.id).where(ArticleRow.content_hash == bindparam("digest")).limit(1)
# Blocking: incidents whose window overlaps lo..hi, in the country (or of none), other than one.
_OVERLAPPING = select(IncidentRow.id).where(IncidentRow.date_lo <= _HI, IncidentRow.date_hi >= _LO,
                                            IncidentRow.id != bindparam("other"))
_OVERLAPPING_IN = _OVERLAPPING.where(or_(IncidentRow.country == bindparam("cc", type_=String),
                                         IncidentRow.country.is_(None)))


def _overlapping(s: Session, lo: dt.date, hi: dt.date, country: str | None, other: int = 0) -> list[int]:
    params = {"lo": lo, "hi": hi, "other": other, "cc": country}
    return list(s.connection().execute(_OVERLAPPING_IN if country else _OVERLAPPING, params).scalars())


def _one_writer(conn) -> None:
    """Wait for any other writer to commit, and keep the others waiting until this transaction
    ends (a connection or a session, at the start of its transaction)."""
    # every Session here is made on the store's engine: `Session(self.engine)`
    dialect = typing.cast(Engine, conn.bind).dialect.name if isinstance(conn, Session) else conn.dialect.name
    if dialect == "sqlite":
        conn.execute(text("BEGIN IMMEDIATE"))
    elif dialect == "postgresql":
        conn.execute(select(func.pg_advisory_xact_lock(_WRITER_LOCK)))


MAX_ID = 2**31 - 1  # the largest integer id a column holds (PostgreSQL's integer)


def _at_most(n: int) -> str:
    """A regular expression for the decimal numbers 0..n (so that a schema says what is valid)."""
    digits = str(n)
    parts = [rf"\d{{1,{len(digits) - 1}}}"] if len(digits) > 1 else []
    for i, d in enumerate(digits):
        low = "1" if i == 0 and len(digits) > 1 else "0"
        if int(d) > int(low):
            rest = len(digits) - i - 1
            parts.append(digits[:i] + f"[{low}-{int(d) - 1}]" + (rf"\d{{{rest}}}" if rest else ""))
    return "(" + "|".join([*parts, digits]) + ")"


CURSOR = rf"^(-|[1-9]\d{{0,5}})\.{_at_most(MAX_ID)}$"  # "<day ordinal, or - for undated>.<incident id>"


def _write_cursor(day: dt.date | None, incident_id: int) -> str:
    return f"{day.toordinal() if day else '-'}.{incident_id}"


def _read_cursor(cursor: str | None) -> tuple[dt.date | None, int] | None:
    if not cursor:
        return None
    if not re.match(CURSOR, cursor):
        raise StoreError(f"not a cursor this store gives: {cursor!r}")
    day, _, incident_id = cursor.partition(".")
    return (None if day == "-" else dt.date.fromordinal(int(day))), int(incident_id)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


_WAL_TRIES = 200  # 10 s of 50 ms waits


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA busy_timeout=30000")
    for attempt in range(_WAL_TRIES):  # two first opens of a new store at once: the journal mode waits for
        try:  # the other's lock, which the busy timeout does not cover ("database is locked")
            cur.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as e:
            if "locked" not in str(e) or attempt == _WAL_TRIES - 1:
                raise
            time.sleep(0.05)
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.close()


__all__ = ["CURSOR", "NO_POSTGRES", "Added", "DEFAULT_DB", "Refused", "Store", "StoreError", "Unavailable", "content_hash", "database_url",
           "hide_password", "migrate", "open_store"]
