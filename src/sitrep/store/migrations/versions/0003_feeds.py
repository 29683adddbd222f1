"""Feeds that `sitrep watch` polls, and the items each has listed, so that a restarted watch
sends conditional requests, keeps backing off a failing feed, and never ingests an item twice.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feeds",
        sa.Column("url", sa.String(2000), primary_key=True),
        sa.Column("etag", sa.Text()),
        sa.Column("last_modified", sa.Text()),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("next_fetch", sa.DateTime()),
        sa.Column("last_status", sa.Text()),
    )
    op.create_table(
        "feed_items",
        sa.Column("feed_url", sa.String(2000), sa.ForeignKey("feeds.url", ondelete="CASCADE"), primary_key=True),
        sa.Column("item", sa.String(2000), primary_key=True),
        sa.Column("article_id", sa.String(300)),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("seen_at", sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("feed_items")
    op.drop_table("feeds")
