"""case search: indexes for the search's filters (procedure, unit, period of receipt)

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03 17:30:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.create_index(
            "ix_case_file_procedure_received", ["procedure_id", "received_at"], unique=False
        )
        batch_op.create_index(
            "ix_case_file_unit_received", ["unit_id", "received_at"], unique=False
        )
        batch_op.create_index("ix_case_file_received", ["received_at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("case_file", schema=None) as batch_op:
        batch_op.drop_index("ix_case_file_received")
        batch_op.drop_index("ix_case_file_unit_received")
        batch_op.drop_index("ix_case_file_procedure_received")
