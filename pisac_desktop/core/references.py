"""How many rows point at a record, found from the foreign keys in the metadata.

Later modules add tables that reference organic units, officeholders, ...; they are counted here
without any change, so 'never delete what is referenced' keeps holding.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.db.models import Base


def count_references(session: Session, table_name: str, key: object) -> int:
    total = 0
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name:
                total += session.execute(
                    select(func.count()).select_from(table).where(fk.parent == key)
                ).scalar_one()
    return total
