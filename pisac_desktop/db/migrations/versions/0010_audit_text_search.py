"""audit trail searchable in SQL: each entry's folded text (user, workstation, entity id and
changes) in audit_entry.search_text, under the text index; an index on the user

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 20:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from pisac_desktop.core.audit_text import search_text_of
from pisac_desktop.db.audit_guard import POSTGRES_TRIGGERS, SQLITE_TRIGGERS, restore_triggers
from pisac_desktop.db.text_index import AUDIT_TEXT

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BATCH = 2000


def upgrade() -> None:
    bind = op.get_bind()
    op.add_column('audit_entry', sa.Column('search_text', sa.Text(), nullable=False,
                                           server_default=''))
    op.create_index('ix_audit_entry_username', 'audit_entry', ['username'], unique=False)
    # The existing entries get their text. The append-only triggers refuse any UPDATE: they
    # are set aside for this one, inside the migration's transaction, and put back after it.
    # The text is not hashed: the chain is untouched (verified by the tests of this migration).
    triggers = SQLITE_TRIGGERS if bind.dialect.name == "sqlite" else POSTGRES_TRIGGERS
    for name in triggers:
        where = "" if bind.dialect.name == "sqlite" else " ON audit_entry"
        op.execute(f"DROP TRIGGER IF EXISTS {name}{where}")
    entries = sa.table("audit_entry", sa.column("id", sa.Integer), sa.column("username"),
                       sa.column("workstation"), sa.column("entity_id"), sa.column("changes"),
                       sa.column("search_text"))
    last = 0
    while True:
        rows = bind.execute(sa.select(entries.c.id, entries.c.username, entries.c.workstation,
                                      entries.c.entity_id, entries.c.changes)
                            .where(entries.c.id > last).order_by(entries.c.id)
                            .limit(BATCH)).all()
        if not rows:
            break
        bind.execute(entries.update().where(entries.c.id == sa.bindparam("k"))
                     .values(search_text=sa.bindparam("t")),
                     [{"k": r.id, "t": search_text_of(r.username, r.workstation,
                                                      r.entity_id or "", r.changes or "")}
                      for r in rows])
        last = rows[-1].id
    restore_triggers(bind)
    AUDIT_TEXT.ensure(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for trigger in AUDIT_TEXT.sqlite_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute(f"DROP TABLE IF EXISTS {AUDIT_TEXT.fts}")
    else:
        op.execute(f"DROP INDEX IF EXISTS {AUDIT_TEXT.gin}")
    op.drop_index('ix_audit_entry_username', table_name='audit_entry')
    op.drop_column('audit_entry', 'search_text')
