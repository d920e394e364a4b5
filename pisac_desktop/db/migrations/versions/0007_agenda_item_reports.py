"""agenda item reports: the dictamen of the comisión, the informe técnico and the informe legal
behind an agenda item, cited in the VISTO of the acuerdo, resolución or ordenanza born of it

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-03 09:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0007'
down_revision: str | None = '0006'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ('committee_report', 'technical_report', 'legal_report')


def upgrade() -> None:
    with op.batch_alter_table('agenda_item') as batch:
        for name in COLUMNS:
            batch.add_column(sa.Column(name, sa.String(length=300), nullable=False,
                                       server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('agenda_item') as batch:
        for name in reversed(COLUMNS):
            batch.drop_column(name)
