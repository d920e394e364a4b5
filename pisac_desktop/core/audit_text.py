"""What an audit entry says, as a reader sees it: its changes as lines, and the folded text the
viewer's free-text filter searches (stored with the entry, indexed: db/text_index.py).

The text is derived from the entry's own fields when it is written (core.audit.record), in the
same INSERT. It is not part of the entry's hash: it helps to find entries, it proves nothing;
`verify_chain` proves the entries.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from pisac_desktop.db.text_index import fold

EMPTY = "(vacío)"

# Field names some modules store in English (the institution's columns) -> what a reader sees.
FIELD_LABELS = {
    "name": "nombre",
    "initials": "siglas",
    "ruc": "RUC",
    "address": "dirección",
    "city": "ciudad",
    "province": "provincia",
    "department": "departamento",
    "phone": "teléfono",
    "email": "correo electrónico",
    "website": "sitio web",
}

def value_text(value: Any) -> str:
    """A stored before/after value as a reader sees it."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return "sí" if value else "no"
    if isinstance(value, list | tuple):
        return "; ".join(value_text(v) for v in value) if value else EMPTY
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return str(value)


def field_label(field: str) -> str:
    return FIELD_LABELS.get(field, field.replace("_", " "))


@dataclass(frozen=True)
class Change:
    field: str  # as a reader sees it (FIELD_LABELS applied)
    before: str | None  # None: the entry states a new value only (creation, a one-off fact)
    after: str

    @property
    def line(self) -> str:
        """'campo: antes → después' (or 'campo: valor' when there was nothing before)."""
        if self.before is None:
            return f"{self.field}: {self.after}"
        return f"{self.field}: {self.before} → {self.after}"


def parse_changes(raw: str) -> tuple[Change, ...]:
    if not raw:
        return ()
    try:
        data = json.loads(raw)
    except ValueError:
        return (Change("cambios", None, raw),)
    if not isinstance(data, dict):
        return (Change("cambios", None, value_text(data)),)
    changes = []
    for field, pair in data.items():
        if isinstance(pair, list | tuple) and len(pair) == 2:
            before, after = pair
            changes.append(Change(field_label(field),
                                  None if before is None else value_text(before),
                                  value_text(after)))
        else:
            changes.append(Change(field_label(field), None, value_text(pair)))
    return tuple(changes)


def search_text_of(username: str, workstation: str, entity_id: str, changes: str) -> str:
    """The folded text the free-text filter looks in: user, workstation, entity id and every
    change (field, before, after) as the viewer writes them."""
    parts = [username, workstation, entity_id or ""]
    for change in parse_changes(changes or ""):
        parts.extend((change.field, change.before or "", change.after))
    return fold("\n".join(parts))


def text_mismatches(session, batch: int = 5000) -> list[int]:
    """Ids of entries whose stored search text is not the one derived from their fields (edited
    by hand, to hide an entry from the text filter). Reads the whole trail, in batches."""
    from sqlalchemy import select

    from pisac_desktop.db.models import AuditEntry

    table = AuditEntry.__table__
    wrong: list[int] = []
    last = 0
    while True:
        rows = session.execute(
            select(table.c.id, table.c.username, table.c.workstation, table.c.entity_id,
                   table.c.changes, table.c.search_text)
            .where(table.c.id > last).order_by(table.c.id).limit(batch)).all()
        if not rows:
            return wrong
        wrong += [r.id for r in rows if r.search_text != search_text_of(
            r.username, r.workstation, r.entity_id or "", r.changes or "")]
        last = rows[-1].id
