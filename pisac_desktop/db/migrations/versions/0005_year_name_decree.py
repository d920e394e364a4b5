"""year name decree: the decree that names each year and its date

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 07:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0005'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The name of 2026 was given on 22 January 2026: documents dated before carry 2025's.
NAME_2026 = "Año de la Esperanza y el Fortalecimiento de la Democracia"


def upgrade() -> None:
    with op.batch_alter_table('year_name') as batch:
        batch.add_column(sa.Column('decree', sa.String(length=120), nullable=False,
                                   server_default=''))
        batch.add_column(sa.Column('decree_date', sa.Date(), nullable=True))
    op.execute(sa.text("UPDATE year_name SET decree_date = '2026-01-22' "
                       "WHERE year = 2026 AND name = :name").bindparams(name=NAME_2026))


def downgrade() -> None:
    with op.batch_alter_table('year_name') as batch:
        batch.drop_column('decree_date')
        batch.drop_column('decree')
