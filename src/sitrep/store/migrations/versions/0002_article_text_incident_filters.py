"""Article text (so a source sentence can be shown inside its article); the incident columns the
API filters on (admin-1, weapon kinds) and an index for a country's incidents by date; incident
records in a table of their own, so that scans of `incidents` (map points, timelines, counts)
read narrow rows; indexes for the counts of filter choices; the store's revision number, which
every write transaction moves on.

Incidents stored before this revision get admin-1 and weapons from their record. Article text
cannot be recovered: the next ingest of the same article fills it in (see `Store.holds`).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


# Indexes for what the dashboard's filter choices count.
_COUNTED = {"ix_incidents_admin1": ["admin1", "country"], "ix_incidents_actor": ["actor"],
            "ix_incidents_weapons": ["weapons"], "ix_incidents_status": ["status", "event_date"]}


def upgrade() -> None:
    op.add_column("articles", sa.Column("text", sa.Text()))
    op.add_column("incidents", sa.Column("admin1", sa.String(200)))
    op.add_column("incidents", sa.Column("weapons", sa.String(200)))
    op.create_index("ix_incidents_country_date", "incidents", ["country", "event_date"])
    for name, columns in _COUNTED.items():
        op.create_index(name, "incidents", columns)
    op.create_table(
        "incident_records",
        sa.Column("incident_id", sa.Integer(), sa.ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("record", sa.JSON(), nullable=False),
    )
    incidents = sa.table("incidents", sa.column("id", sa.Integer()), sa.column("record", sa.JSON()),
                         sa.column("admin1", sa.String()), sa.column("weapons", sa.String()))
    records = sa.table("incident_records", sa.column("incident_id", sa.Integer()), sa.column("record", sa.JSON()))
    conn = op.get_bind()
    for incident_id, record in conn.execute(sa.select(incidents.c.id, incidents.c.record)).all():
        conn.execute(incidents.update().where(incidents.c.id == incident_id).values(
            admin1=(record or {}).get("admin1"),
            weapons=_kinds(w["kind"] for w in (record or {}).get("weapons") or [])))
    conn.execute(records.insert().from_select(["incident_id", "record"], sa.select(incidents.c.id, incidents.c.record)))
    op.drop_column("incidents", "record")  # SQLite 3.35 and newer drop a plain column in place
    revision_table = op.create_table("revision", sa.Column("id", sa.Integer(), primary_key=True),
                                     sa.Column("number", sa.Integer(), nullable=False))
    op.bulk_insert(revision_table, [{"id": 1, "number": 0}])


def downgrade() -> None:
    op.drop_table("revision")
    op.add_column("incidents", sa.Column("record", sa.JSON()))
    incidents = sa.table("incidents", sa.column("id", sa.Integer()), sa.column("record", sa.JSON()))
    records = sa.table("incident_records", sa.column("incident_id", sa.Integer()), sa.column("record", sa.JSON()))
    conn = op.get_bind()
    for incident_id, record in conn.execute(sa.select(records.c.incident_id, records.c.record)).all():
        conn.execute(incidents.update().where(incidents.c.id == incident_id).values(record=record))
    conn.execute(incidents.update().where(incidents.c.record.is_(None)).values(record={}))
    op.drop_table("incident_records")
    for name in _COUNTED:
        op.drop_index(name, "incidents")
    op.drop_index("ix_incidents_country_date", "incidents")
    op.drop_column("incidents", "weapons")
    op.drop_column("incidents", "admin1")
    op.drop_column("articles", "text")


def _kinds(kinds) -> str | None:
    """As `sitrep.store.tables.weapon_kinds` wrote it at this revision (a migration never imports the app)."""
    kinds = sorted(set(kinds))
    return "|" + "|".join(kinds) + "|" if kinds else None
