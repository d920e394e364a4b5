"""text indexes: documents are found by a trigram index (SQLite FTS5, PostgreSQL pg_trgm), not
by reading every row (db/text_index.py)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 19:50:00
"""

from collections.abc import Sequence

from alembic import op

from pisac_desktop.db.text_index import INSTRUMENT_TEXT

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    INSTRUMENT_TEXT.ensure(op.get_bind())


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in INSTRUMENT_TEXT.sqlite_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute(f"DROP TABLE IF EXISTS {INSTRUMENT_TEXT.fts}")
    else:
        op.execute(f"DROP INDEX IF EXISTS {INSTRUMENT_TEXT.gin}")
