"""The incident store's tables (SQLAlchemy 2). Alembic migrations in `migrations/` create them;
a test checks the two never drift apart.

Every row that came from a report keeps the report's id, and every mention keeps its sentence
offsets in `record`, so an incident can always show the sentences it was built from.
Full pydantic records are kept as JSON (`record`) beside the columns queries filter on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from sqlalchemy import JSON, Boolean, Date, DateTime, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class Base(DeclarativeBase):
    pass


def weapon_kinds(kinds: Iterable[str]) -> str | None:
    """Weapon kinds as the `incidents.weapons` column holds them, so that `LIKE '%|drone|%'` finds one."""
    found = sorted(set(kinds))
    return "|" + "|".join(found) + "|" if found else None


class OutletRow(Base):
    __tablename__ = "outlets"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)


class ArticleRow(Base):
    __tablename__ = "articles"

    id: Mapped[str] = mapped_column(String(300), primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    published: Mapped[dt.date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(Text)
    outlet_id: Mapped[int | None] = mapped_column(ForeignKey("outlets.id"))
    source_file: Mapped[str | None] = mapped_column(Text)
    chars: Mapped[int] = mapped_column(Integer)
    text: Mapped[str | None] = mapped_column(Text)  # what evidence offsets point into (None: stored before 0002)
    ingested_at: Mapped[dt.datetime] = mapped_column(DateTime)


class MentionRow(Base):
    __tablename__ = "mentions"
    __table_args__ = (Index("ix_mentions_block", "country", "date_lo", "date_hi"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    key: Mapped[str] = mapped_column(String(320), unique=True)  # article id and order: survives re-ingest
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    sentence_start: Mapped[int | None] = mapped_column(Integer)
    event_date: Mapped[dt.date | None] = mapped_column(Date)
    date_precision: Mapped[str] = mapped_column(String(10))
    date_lo: Mapped[dt.date | None] = mapped_column(Date)
    date_hi: Mapped[dt.date | None] = mapped_column(Date)
    country: Mapped[str | None] = mapped_column(String(2))
    location: Mapped[str | None] = mapped_column(Text)
    sub_event_type: Mapped[str] = mapped_column(String(60))
    actor: Mapped[str | None] = mapped_column(String(200))
    record: Mapped[dict] = mapped_column(JSON)


class IncidentRow(Base):
    """An incident's merged fields that queries filter and sort on; the whole record (with its
    sources) is in `incident_records`, so that scanning a large store reads little."""

    __tablename__ = "incidents"
    __table_args__ = (Index("ix_incidents_block", "country", "date_lo", "date_hi"),
                      Index("ix_incidents_country_date", "country", "event_date"),
                      # what the filter choices count (`Store.facets`): index scans, not table scans
                      Index("ix_incidents_admin1", "admin1", "country"), Index("ix_incidents_actor", "actor"),
                      Index("ix_incidents_weapons", "weapons"),
                      Index("ix_incidents_status", "status", "event_date"))  # also a status's newest first

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    event_date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    date_precision: Mapped[str] = mapped_column(String(10))
    date_lo: Mapped[dt.date | None] = mapped_column(Date)  # every day any member's interval covers:
    date_hi: Mapped[dt.date | None] = mapped_column(Date)  # the window candidate blocking searches
    country: Mapped[str | None] = mapped_column(String(2))
    admin1: Mapped[str | None] = mapped_column(String(200))
    location: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    sub_event_type: Mapped[str] = mapped_column(String(60))
    actor: Mapped[str | None] = mapped_column(String(200))
    weapons: Mapped[str | None] = mapped_column(String(200))  # weapon kinds as "|drone|rocket|", for filtering
    fatalities: Mapped[int | None] = mapped_column(Integer)
    injuries: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10))
    outlets: Mapped[int] = mapped_column(Integer)
    disputed: Mapped[bool] = mapped_column(Boolean)
    notes: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class IncidentRecordRow(Base):
    """An incident as `model.Incident` writes it, sources and disputes included."""

    __tablename__ = "incident_records"

    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True)
    record: Mapped[dict] = mapped_column(JSON)


class LinkRow(Base):
    """Which incident a mention belongs to, and who decided: sitrep or an analyst."""

    __tablename__ = "links"

    mention_id: Mapped[int] = mapped_column(ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True)
    incident_id: Mapped[int] = mapped_column(ForeignKey("incidents.id", ondelete="CASCADE"), index=True)
    decided_by: Mapped[str] = mapped_column(String(10))


class DecisionRow(Base):
    """An analyst's `sitrep split`/`sitrep merge`: two mentions (by key, so the decision outlives
    re-ingests and rebuilds) that are, or are not, the same incident."""

    __tablename__ = "decisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # "apart" | "together"
    mention_a: Mapped[str] = mapped_column(String(320), index=True)
    mention_b: Mapped[str] = mapped_column(String(320), index=True)
    made_at: Mapped[dt.datetime] = mapped_column(DateTime)


class RevisionRow(Base):
    """How many write transactions the store has committed (one row): what readers key the
    summaries they keep on, so that a map of 100,000 incidents is not recomputed per visitor."""

    __tablename__ = "revision"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    number: Mapped[int] = mapped_column(Integer)


class TallyRow(Base):
    __tablename__ = "tallies"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    article_id: Mapped[str] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    reported_by: Mapped[str | None] = mapped_column(String(300))
    as_of: Mapped[dt.date | None] = mapped_column(Date)
    since: Mapped[dt.date | None] = mapped_column(Date)
    total: Mapped[int] = mapped_column(Integer)
    record: Mapped[dict] = mapped_column(JSON)


class FeedRow(Base):
    """A feed `sitrep watch` polls: what the server last said (for conditional requests) and how
    it has been failing (for backing off)."""

    __tablename__ = "feeds"

    url: Mapped[str] = mapped_column(String(2000), primary_key=True)
    etag: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(Text)
    failures: Mapped[int] = mapped_column(Integer)  # in a row; 0 after a good fetch
    next_fetch: Mapped[dt.datetime | None] = mapped_column(DateTime)  # not before this, after failures
    last_status: Mapped[str | None] = mapped_column(Text)


class FeedItemRow(Base):
    """An item a feed listed, by its guid (or link): ingested once, or given up on after failures."""

    __tablename__ = "feed_items"

    feed_url: Mapped[str] = mapped_column(ForeignKey("feeds.url", ondelete="CASCADE"), primary_key=True)
    item: Mapped[str] = mapped_column(String(2000), primary_key=True)
    article_id: Mapped[str | None] = mapped_column(String(300))
    status: Mapped[str] = mapped_column(String(10))  # "ingested" | "failed" | "gave up"
    attempts: Mapped[int] = mapped_column(Integer)
    seen_at: Mapped[dt.datetime] = mapped_column(DateTime)
