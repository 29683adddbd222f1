"""The incident store: articles, outlets, mentions, incidents, links, decisions, tallies.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "outlets",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
    )
    op.create_table(
        "articles",
        sa.Column("id", sa.String(300), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False, index=True),
        sa.Column("title", sa.Text()),
        sa.Column("published", sa.Date()),
        sa.Column("url", sa.Text()),
        sa.Column("outlet_id", sa.Integer(), sa.ForeignKey("outlets.id")),
        sa.Column("source_file", sa.Text()),
        sa.Column("chars", sa.Integer(), nullable=False),
        sa.Column("ingested_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("key", sa.String(320), nullable=False, unique=True),
        sa.Column("article_id", sa.String(300), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("sentence_start", sa.Integer()),
        sa.Column("event_date", sa.Date()),
        sa.Column("date_precision", sa.String(10), nullable=False),
        sa.Column("date_lo", sa.Date()),
        sa.Column("date_hi", sa.Date()),
        sa.Column("country", sa.String(2)),
        sa.Column("location", sa.Text()),
        sa.Column("sub_event_type", sa.String(60), nullable=False),
        sa.Column("actor", sa.String(200)),
        sa.Column("record", sa.JSON(), nullable=False),
    )
    op.create_index("ix_mentions_block", "mentions", ["country", "date_lo", "date_hi"])
    op.create_table(
        "incidents",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_date", sa.Date(), index=True),
        sa.Column("date_precision", sa.String(10), nullable=False),
        sa.Column("date_lo", sa.Date()),
        sa.Column("date_hi", sa.Date()),
        sa.Column("country", sa.String(2)),
        sa.Column("location", sa.Text()),
        sa.Column("latitude", sa.Float()),
        sa.Column("longitude", sa.Float()),
        sa.Column("sub_event_type", sa.String(60), nullable=False),
        sa.Column("actor", sa.String(200)),
        sa.Column("fatalities", sa.Integer()),
        sa.Column("injuries", sa.Integer()),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("outlets", sa.Integer(), nullable=False),
        sa.Column("disputed", sa.Boolean(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
    )
    op.create_index("ix_incidents_block", "incidents", ["country", "date_lo", "date_hi"])
    op.create_table(
        "links",
        sa.Column("mention_id", sa.Integer(), sa.ForeignKey("mentions.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("incident_id", sa.Integer(), sa.ForeignKey("incidents.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("decided_by", sa.String(10), nullable=False),
    )
    op.create_table(
        "decisions",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(10), nullable=False),
        sa.Column("mention_a", sa.String(320), nullable=False, index=True),
        sa.Column("mention_b", sa.String(320), nullable=False, index=True),
        sa.Column("made_at", sa.DateTime(), nullable=False),
    )
    op.create_table(
        "tallies",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("article_id", sa.String(300), sa.ForeignKey("articles.id", ondelete="CASCADE"),
                  nullable=False, index=True),
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("reported_by", sa.String(300)),
        sa.Column("as_of", sa.Date()),
        sa.Column("since", sa.Date()),
        sa.Column("total", sa.Integer(), nullable=False),
        sa.Column("record", sa.JSON(), nullable=False),
    )


def downgrade() -> None:
    for table in ("tallies", "decisions", "links", "incidents", "mentions", "articles", "outlets"):
        op.drop_table(table)
