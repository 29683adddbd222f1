"""Article text (so a source sentence can be shown inside its article), and the incident columns
the API filters on: admin-1 and weapon kinds.

Incidents stored before this revision get both from their record. Article text cannot be
recovered: the next ingest of the same article fills it in (see `Store.holds`).

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("articles", sa.Column("text", sa.Text()))
    op.add_column("incidents", sa.Column("admin1", sa.String(200)))
    op.add_column("incidents", sa.Column("weapons", sa.String(200)))
    incidents = sa.table("incidents", sa.column("id", sa.Integer()), sa.column("record", sa.JSON()),
                         sa.column("admin1", sa.String()), sa.column("weapons", sa.String()))
    conn = op.get_bind()
    for incident_id, record in conn.execute(sa.select(incidents.c.id, incidents.c.record)).all():
        conn.execute(incidents.update().where(incidents.c.id == incident_id).values(
            admin1=(record or {}).get("admin1"),
            weapons=_kinds(w["kind"] for w in (record or {}).get("weapons") or [])))


def _kinds(kinds) -> str | None:
    """As `sitrep.store.tables.weapon_kinds` wrote it at this revision (a migration never imports the app)."""
    kinds = sorted(set(kinds))
    return "|" + "|".join(kinds) + "|" if kinds else None


def downgrade() -> None:
    op.drop_column("incidents", "weapons")
    op.drop_column("incidents", "admin1")
    op.drop_column("articles", "text")
