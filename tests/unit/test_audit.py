"""The audit chain: tampering directly in SQL is detected at the right entry."""

import json

import pytest
from sqlalchemy import select, text

from pisac_desktop.core.audit import GENESIS, diff, record, verify_chain
from pisac_desktop.core.institution_settings import load_settings, save_settings
from pisac_desktop.core.permissions import Actor, Role
from pisac_desktop.db.models import AuditEntry
from tests.conftest import allow_tampering

ACTOR = Actor(None, "prueba", "Persona de prueba", frozenset({Role.ADMIN}), "PC-PRUEBA")


@pytest.fixture
def chained(opened):
    with opened.db.session() as s:
        for n in range(1, 11):
            record(s, ACTOR, "update", "institution", 1, {"teléfono": [str(n - 1), str(n)]})
    return opened


def _verify(opened):
    with opened.db.session() as s:
        return verify_chain(s)


def _sql(opened, statement):
    with opened.db.engine.begin() as conn:
        allow_tampering(conn)
        conn.execute(text(statement))


def test_intact_chain(chained):
    report = _verify(chained)
    assert report.ok and report.entries == 10 and "10 entradas" in report.message
    with chained.db.session() as s:
        first = s.get(AuditEntry, 1)
        assert first.prev_hash == GENESIS and first.workstation == "PC-PRUEBA"
        assert json.loads(first.changes) == {"teléfono": ["0", "1"]}


def test_altered_entry_is_named(chained):
    _sql(chained, """UPDATE audit_entry SET changes = '{"teléfono":["0","9"]}' WHERE id = 4""")
    report = _verify(chained)
    assert not report.ok and report.first_bad_id == 4 and "alterada" in report.message


def test_altered_and_rehashed_entry_breaks_the_next_link(chained):
    _sql(chained, "UPDATE audit_entry SET username = 'intruso', hash = 'f' || substr(hash, 2) "
                  "WHERE id = 6")
    report = _verify(chained)
    assert not report.ok and report.first_bad_id == 6


def test_deleted_entry_is_detected(chained):
    _sql(chained, "DELETE FROM audit_entry WHERE id = 7")
    report = _verify(chained)
    assert not report.ok and report.first_bad_id == 7 and "N° 8" in report.message


def test_deleted_last_entries_are_detected(chained):
    _sql(chained, "DELETE FROM audit_entry WHERE id >= 9")
    report = _verify(chained)
    assert not report.ok and report.first_bad_id == 10 and "del final" in report.message


def test_inserted_entry_is_detected(chained):
    with chained.db.session() as s:
        row = s.get(AuditEntry, 5)
        values = {c.name: getattr(row, c.name) for c in AuditEntry.__table__.columns}
    # Shift the later entries up by one and slip a forged entry in at N° 6.
    _sql(chained, "UPDATE audit_entry SET id = id + 100 WHERE id > 5")
    _sql(chained, "UPDATE audit_entry SET id = id - 99 WHERE id > 100")
    values.update(id=6, hash="a" * 64, prev_hash=values["hash"], action="create")
    with chained.db.engine.begin() as conn:
        conn.execute(AuditEntry.__table__.insert().values(**values))
    report = _verify(chained)
    assert not report.ok and report.first_bad_id == 6


def test_settings_change_is_audited_with_before_and_after(opened):
    with opened.db.session() as s:
        settings = load_settings(s)
        settings.general.phone = "084 203015"
        settings.year_names[0].name = "Año corregido"
        save_settings(s, settings, ACTOR)
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    changes = json.loads(entry.changes)
    assert entry.action == "settings_change" and entry.entity == "institution"
    assert changes["phone"] == ["", "084 203015"]
    assert changes["año 2025"][1] == "Año corregido"
    assert set(changes) == {"phone", "año 2025"}  # only what changed


def test_saving_without_changes_adds_no_entry(opened):
    with opened.db.session() as s:
        save_settings(s, load_settings(s), ACTOR)
        assert s.scalar(select(AuditEntry.id)) is None


def test_diff_lists_only_changed_fields():
    assert diff({"a": 1, "b": 2}, {"a": 1, "b": 3, "c": 4}) == {"b": [2, 3], "c": [None, 4]}


@pytest.mark.parametrize("statement", [
    "UPDATE audit_entry SET username = 'otro' WHERE id = 1",
    "DELETE FROM audit_entry WHERE id = 10",
    "DELETE FROM audit_entry",
])
def test_the_database_refuses_to_change_the_trail(chained, statement):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError, match="solo admite agregar entradas"):
        with chained.db.engine.begin() as conn:
            conn.execute(text(statement))
    assert _verify(chained).ok and _verify(chained).entries == 10


def test_the_orm_cannot_delete_an_entry_either(chained):
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError), chained.db.session() as s:
        s.delete(s.get(AuditEntry, 3))
    assert _verify(chained).ok


def test_an_entry_costs_one_insert_and_the_head_update(opened):
    """The first entry of a unit of work locks and reads the head in one statement; each
    entry after it is one INSERT plus the head's UPDATE (the lock is already held)."""
    from sqlalchemy import event

    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement.split()[0].upper())

    with opened.db.session() as s:
        record(s, ACTOR, "update", "institution", 1, {"lema": ["", "uno"]})  # the trail starts
    event.listen(opened.db.engine, "before_cursor_execute", seen)
    try:
        with opened.db.session() as s:
            for n in range(3):
                record(s, ACTOR, "update", "institution", 1, {"lema": [str(n), str(n + 1)]})
    finally:
        event.remove(opened.db.engine, "before_cursor_execute", seen)
    writes = [st for st in statements if st in ("INSERT", "UPDATE", "SELECT")]
    assert writes == ["UPDATE", "INSERT", "UPDATE", "INSERT", "UPDATE", "INSERT", "UPDATE"]
    assert _verify(opened).ok


def test_a_rolled_back_savepoint_leaves_no_head_behind(opened):
    with opened.db.session() as s:
        record(s, ACTOR, "update", "institution", 1, {"lema": ["", "antes"]})
        nested = s.begin_nested()
        record(s, ACTOR, "update", "institution", 1, {"lema": ["antes", "deshecho"]})
        nested.rollback()
        record(s, ACTOR, "update", "institution", 1, {"lema": ["antes", "después"]})
    report = _verify(opened)
    assert report.ok and report.entries == 2, report.message
