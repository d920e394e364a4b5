"""Start-up health check, recovery of a damaged database, restore round-trips and refusals."""

import datetime as dt
import hashlib
import os
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import select

from pisac_desktop import __version__
from pisac_desktop.core.audit import verify_chain
from pisac_desktop.core.backup_schedule import ensure_daily_backup
from pisac_desktop.core.backups import (
    SUMMARY_TABLES,
    BackupError,
    RestoreRefused,
    backup_now,
    inspect_backup,
)
from pisac_desktop.core.compressed_backups import plain_copy
from pisac_desktop.core.permissions import Actor, PermissionDenied
from pisac_desktop.db import engine as engine_module
from pisac_desktop.db.backup import decompress_file
from pisac_desktop.db.models import Attendance, AuditEntry, OrgUnit
from pisac_desktop.db.schema import HEAD_REVISION, SchemaError
from pisac_desktop.paths import DataPaths
from pisac_desktop.restore import recover_from_backup, restore_backup
from pisac_desktop.startup import DamagedDatabaseError, DatabaseBusyError, open_database
from tests.copies import as_plain, copies_in
from tests.engines import SQLITE_BACKUPS

pytestmark = SQLITE_BACKUPS  # backup and restore of SQLite files

ADMIN = Actor.system("prueba")
FIXTURES = Path(__file__).parents[1] / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def counts(path: Path) -> dict[str, int]:
    """Rows per summarised table of a database file or a copy (compressed or not)."""
    with plain_copy(path) as plain, closing(sqlite3.connect(plain)) as conn:
        return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                for _label, table in SUMMARY_TABLES}


def _truncate(data: bytes) -> bytes:
    return data[: len(data) // 2]


def _random(data: bytes) -> bytes:
    return os.urandom(len(data))


def _zero(_data: bytes) -> bytes:
    return b""


def _text(_data: bytes) -> bytes:
    return "Acta de sesión ordinaria N° 05-2026\n".encode() * 200


def _garbage_inside(data: bytes) -> bytes:
    return data[:4096 * 2] + os.urandom(4096 * 8) + data[4096 * 10:]


DAMAGES = {"truncado": _truncate, "bytes-al-azar": _random, "cero-bytes": _zero,
           "archivo-de-texto": _text, "basura-en-medio": _garbage_inside}


@pytest.fixture
def demo_with_backup(demo):
    """The demo database closed, with one sound daily backup of it."""
    info = ensure_daily_backup(demo.db, demo.paths, lambda: dt.datetime(2026, 11, 20, 8, 0))
    demo.db.dispose()
    return demo.paths, info


@pytest.mark.parametrize("damage", list(DAMAGES), ids=list(DAMAGES))
def test_damaged_database_takes_the_recovery_path_and_is_kept(demo_with_backup, damage):
    paths, backup = demo_with_backup
    expected = counts(backup.path)
    damaged = DAMAGES[damage](paths.database.read_bytes())
    paths.database.write_bytes(damaged)
    for sidecar in ("-wal", "-shm"):
        Path(f"{paths.database}{sidecar}").unlink(missing_ok=True)
    before = sorted(p.name for p in paths.root.iterdir())

    for _attempt in range(2):  # a second start finds it exactly the same
        with pytest.raises(DamagedDatabaseError) as caught:
            open_database(paths)
        assert paths.database.read_bytes() == damaged  # never opened for writing
        assert sorted(p.name for p in paths.root.iterdir()) == before  # no -wal/-shm left
    error = caught.value
    assert isinstance(error, SchemaError)
    assert error.newest_backup is not None and error.newest_backup.path == backup.path
    assert "dañada" in str(error) and "no se abrió ni se modificó" in str(error)
    assert backup.created_text in str(error)

    moved = recover_from_backup(paths, error.newest_backup,
                                clock=lambda: dt.datetime(2026, 11, 21, 9, 0, 0))
    assert moved.name == "pisac-dañada-20261121-090000.sqlite3"
    assert moved.read_bytes() == damaged  # kept, byte for byte

    opened = open_database(paths)
    try:
        now = counts(paths.database)
        assert {k: v for k, v in now.items() if k != "audit_entry"} == {
            k: v for k, v in expected.items() if k != "audit_entry"}
        assert now["audit_entry"] == expected["audit_entry"] + 1
        with opened.db.session() as s:
            last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
            assert (last.action, last.entity_id) == ("restore", backup.path.name)
            assert moved.name in last.changes
            assert verify_chain(s).ok
    finally:
        opened.db.dispose()


def test_damaged_without_any_backup_says_so(paths):
    open_database(paths).db.dispose()
    paths.database.write_bytes(b"")
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(paths)
    assert caught.value.newest_backup is None
    assert "vacío (0 bytes)" in caught.value.reason
    assert "No se encontró ninguna copia de seguridad íntegra" in str(caught.value)
    assert paths.database.read_bytes() == b""


def test_the_newest_sound_backup_is_offered_not_a_damaged_or_newer_one(demo_with_backup):
    paths, sound = demo_with_backup
    damaged = paths.backups / "pisac-diaria-20261121-080000.sqlite3"
    damaged.write_bytes(b"no soy una base de datos" * 100)
    newer = paths.backups / "pisac-manual-20261121-090000.sqlite3"
    decompress_file(sound.path, newer)
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zz99'")
    paths.database.write_bytes(b"\0" * 8192)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(paths)
    assert caught.value.newest_backup.path == sound.path


def test_recovery_refuses_a_bad_copy_and_moves_nothing(demo_with_backup, tmp_path):
    paths, _backup = demo_with_backup
    paths.database.write_bytes(b"basura" * 1000)
    bad = tmp_path / "mala.sqlite3"
    bad.write_bytes(b"tampoco" * 1000)
    with pytest.raises(RestoreRefused, match="dañada"):
        recover_from_backup(paths, bad)
    assert paths.database.read_bytes() == b"basura" * 1000
    assert not list(paths.root.glob("*dañada*"))


def test_damaged_database_with_its_wal_is_moved_aside_together(demo_with_backup):
    paths, backup = demo_with_backup
    wal = Path(f"{paths.database}-wal")
    paths.database.write_bytes(b"x" * 5000)
    wal.write_bytes(b"w" * 100)
    with pytest.raises(DamagedDatabaseError):
        open_database(paths)
    assert wal.read_bytes() == b"w" * 100  # a -wal that was there is left alone
    moved = recover_from_backup(paths, backup.path)
    assert Path(f"{moved}-wal").read_bytes() == b"w" * 100
    assert not wal.exists() or wal.stat().st_size == 0
    open_database(paths).db.dispose()


def test_restore_round_trip_with_counts_compared(demo):
    paths = demo.paths
    saved = backup_now(demo.db, paths, ADMIN)
    at_backup = counts(saved.path)
    with demo.db.session() as s:  # work after the backup, to be undone by the restore
        s.add(OrgUnit(name="Unidad nueva", abbreviation="UN", position=50))
        for row in s.scalars(select(Attendance)).all()[:2]:  # nothing refers to these rows
            s.delete(row)
    changed = counts(paths.database)
    assert changed != at_backup

    result = restore_backup(paths, saved.path, ADMIN, db=demo.db)
    restored = counts(paths.database)
    assert restored["audit_entry"] == at_backup["audit_entry"] + 1  # the restore itself
    assert {k: v for k, v in restored.items() if k != "audit_entry"} == {
        k: v for k, v in at_backup.items() if k != "audit_entry"}
    # The replaced database was kept, with the work done after the backup.
    assert result.safety_backup is not None
    assert result.safety_backup.path.name.startswith("pisac-antes-de-restaurar-")
    assert counts(result.safety_backup.path) == changed
    for sidecar in ("-wal", "-shm"):
        assert not Path(f"{paths.database}{sidecar}").exists()
    opened = open_database(paths)
    try:
        assert opened.schema.action == "al día"
        with opened.db.session() as s:
            last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
            assert (last.action, last.entity, last.username) == ("restore", "database", "sistema")
            assert saved.path.name in last.changes and result.safety_backup.path.name in last.changes
            assert verify_chain(s).ok
    finally:
        opened.db.dispose()


def test_a_backup_from_a_newer_version_is_refused_and_nothing_changes(demo, tmp_path):
    paths = demo.paths
    newer = as_plain(backup_now(demo.db, paths, ADMIN, tmp_path / "usb"))
    with sqlite3.connect(newer) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zz99'")
        conn.execute("UPDATE app_meta SET value = '9.9.0' WHERE key = 'app_version'")
    demo.db.dispose()
    before = digest(paths.database)
    backups_before = sorted(paths.backups.iterdir())
    with pytest.raises(RestoreRefused) as refused:
        restore_backup(paths, newer, ADMIN, db=demo.db)
    message = str(refused.value)
    assert "Pisac Desktop 9.9.0" in message and __version__ in message and "zz99" in message
    assert "Instale Pisac Desktop 9.9.0 o una posterior" in message
    assert digest(paths.database) == before
    assert sorted(paths.backups.iterdir()) == backups_before
    assert not inspect_backup(newer).restorable


def test_an_older_backup_is_restored_then_upgraded(opened):
    paths = opened.paths
    old = FIXTURES / "schema_0001.sqlite3"
    result = restore_backup(paths, old, ADMIN, db=opened.db)
    assert result.migrated_from == "0001"
    assert any(p.name.startswith("pisac-antes-de-actualizar-0001-")
               for p in paths.backups.iterdir())
    with sqlite3.connect(paths.database) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == HEAD_REVISION
        assert conn.execute("SELECT count(*) FROM council_member").fetchone()[0] == 6
        assert conn.execute(
            "SELECT action FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()[0] == "restore"
    assert digest(old) == digest(FIXTURES / "schema_0001.sqlite3")  # the source is untouched


def test_restore_needs_the_permission(demo):
    saved = backup_now(demo.db, demo.paths, ADMIN)
    from pisac_desktop.demo import demo_actor

    with demo.db.session() as s:
        secretary = demo_actor(s, "mhuillca")  # Secretaría General: may back up, not restore
    with pytest.raises(PermissionDenied, match="restaurar una copia de seguridad"):
        restore_backup(demo.paths, saved.path, secretary, db=demo.db)


def test_restore_refuses_a_foreign_file_and_the_current_database(demo, tmp_path):
    foreign = tmp_path / "otra.sqlite3"
    with sqlite3.connect(foreign) as conn:
        conn.execute("CREATE TABLE clientes (id INTEGER)")
    with pytest.raises(RestoreRefused, match="no es una copia de Pisac Desktop"):
        restore_backup(demo.paths, foreign, ADMIN)
    with pytest.raises(RestoreRefused, match="es la base de datos actual"):
        restore_backup(demo.paths, demo.paths.database, ADMIN)
    with pytest.raises(RestoreRefused, match="No existe"):
        restore_backup(demo.paths, tmp_path / "no-existe.sqlite3", ADMIN)


def test_restore_refuses_while_another_program_has_the_database_open(demo):
    saved = backup_now(demo.db, demo.paths, ADMIN)
    demo.db.dispose()
    before = counts(demo.paths.database)
    other = sqlite3.connect(demo.paths.database)  # e.g. a second Pisac Desktop
    other.execute("SELECT count(*) FROM org_unit").fetchall()
    try:
        with pytest.raises(RestoreRefused, match="abierta en otra ventana"):
            restore_backup(demo.paths, saved.path, ADMIN)
    finally:
        other.close()
    assert counts(demo.paths.database) == before
    assert [p.name for p in copies_in(demo.paths.backups)] == [saved.path.name]


def test_a_locked_database_at_start_up_is_explained(paths, monkeypatch):
    open_database(paths).db.dispose()
    monkeypatch.setattr(engine_module, "SQLITE_BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(paths.database, isolation_level=None)
    holder.execute("PRAGMA locking_mode = EXCLUSIVE")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(DatabaseBusyError) as caught:
            open_database(paths)
    finally:
        holder.execute("COMMIT")
        holder.close()
    assert "ocupada por otro programa" in str(caught.value)
    open_database(paths).db.dispose()  # fine once the other program let go


def test_server_database_cannot_be_backed_up_here(tmp_path):
    paths = DataPaths(tmp_path / "datos").ensure()
    paths.settings.write_text("[base_de_datos]\nurl = postgresql+psycopg://u:c@servidor/pisac\n",
                              encoding="utf-8")
    with pytest.raises((RestoreRefused, BackupError), match="servidor"):
        restore_backup(paths, tmp_path / "x.sqlite3", ADMIN)
