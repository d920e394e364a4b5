"""Backups: online copies verified with integrity_check, names, listing, automatic copies,
retention by dates."""

import datetime as dt
import os
import sqlite3
import threading
import time
from contextlib import closing
from pathlib import Path
from types import SimpleNamespace

import pytest
from sqlalchemy import select

from pisac_desktop import __version__
from pisac_desktop.core import backup_schedule, backups, server_backups
from pisac_desktop.core.audit import record, verify_chain
from pisac_desktop.core.backup_schedule import (
    AutomaticBackups,
    ChangeMonitor,
    backup_on_close,
    backups_to_prune,
    ensure_daily_backup,
    prune_backups,
)
from pisac_desktop.core.backups import (
    BackupCancelled,
    BackupError,
    backup_now,
    inspect_backup,
    list_backups,
)
from pisac_desktop.core.permissions import Actor, PermissionDenied, Role
from pisac_desktop.db.backup import (
    BackupKind,
    backup_name,
    check_integrity,
    parse_backup_name,
    sqlite_copy,
)
from pisac_desktop.db.models import AuditEntry, OrgUnit
from pisac_desktop.db.schema import HEAD_REVISION
from tests.copies import copies_in
from tests.engines import SQLITE_BACKUPS

# Tests marked SQLITE_BACKUPS are about SQLite files (their pages, WAL, data_version, the copy
# on close); the others run on both engines (a server's copies: tests/db/test_server_backup.py).

ADMIN = Actor.system("prueba")
READ_ONLY = Actor(None, "consulta", "Persona de consulta", frozenset({Role.READ_ONLY}))


def count(path: Path, table: str) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def suffix_of(db) -> str:
    return ".sqlite3.gz" if db.is_sqlite else ".pgdump"


def rows(db, model) -> int:
    from sqlalchemy import func

    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


def backup_station(opened):
    """On a server only the backup station makes the automatic copies: this one is."""
    if not opened.db.is_sqlite:
        settings = opened.paths.settings.read_text(encoding="utf-8")
        opened.paths.settings.write_text(settings + "[copias]\nestacion = si\n", "utf-8")
    return opened


def clock_at(*args):
    moment = dt.datetime(*args)
    return lambda: moment


# --- names -----------------------------------------------------------------------------------
def test_names_show_kind_and_date_and_parse_back():
    when = dt.datetime(2026, 11, 21, 8, 30, 5)
    assert backup_name(BackupKind.DAILY, when) == "pisac-diaria-20261121-083005.sqlite3"
    assert (backup_name(BackupKind.MIGRATION, when, "0001")
            == "pisac-antes-de-actualizar-0001-20261121-083005.sqlite3")
    for kind in BackupKind:
        for revision in (None, "0001"):
            for seq in (1, 3):
                parsed = parse_backup_name(backup_name(kind, when, revision, seq))
                assert (parsed.kind, parsed.created, parsed.revision) == (kind, when, revision)
    assert parse_backup_name("notas.sqlite3") is None
    assert parse_backup_name("pisac-diaria-20261321-083005.sqlite3") is None  # month 13


# --- making and listing ----------------------------------------------------------------------
def test_backup_now_is_verified_listed_and_audited(demo):
    """Slow on PostgreSQL on purpose (~15 s): pg_dump of the demo, then pg_restore of the
    whole file to verify it, as the real backup does."""
    paths = demo.paths
    info = backup_now(demo.db, paths, ADMIN, clock=clock_at(2026, 11, 21, 10, 15, 0))
    assert info.path == paths.backups / f"pisac-manual-20261121-101500{suffix_of(demo.db)}"
    assert info.sound
    listed = list_backups(paths.backups)
    assert [b.path for b in listed] == [info.path]
    shown = listed[0]
    assert shown.state == "íntegra" and shown.kind_label == "Manual"
    assert shown.revision == HEAD_REVISION and shown.app_version == __version__
    assert shown.versions_text == f"Pisac Desktop {__version__}, esquema {HEAD_REVISION}"
    assert shown.created_text == "21/11/2026 10:15"
    assert shown.size == info.path.stat().st_size
    assert shown.counts["Miembros del concejo"] == 6
    assert shown.counts["Autoridades y funcionarios"] == 6
    assert shown.counts["Unidades orgánicas"] == rows(demo.db, OrgUnit)
    assert "Miembros del concejo: 6" in shown.summary_lines()
    with demo.db.session() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
        assert (last.action, last.entity, last.entity_id) == ("backup", "database",
                                                                info.path.name)
        assert str(info.path) in last.changes
        assert verify_chain(s).ok


def test_two_backups_in_the_same_second_get_two_files(demo):
    clock = clock_at(2026, 11, 21, 10, 15, 0)
    first = backup_now(demo.db, demo.paths, ADMIN, clock=clock)
    second = backup_now(demo.db, demo.paths, ADMIN, clock=clock)
    assert first.path != second.path and first.path.exists() and second.path.exists()
    assert second.path.name == f"pisac-manual-20261121-101500-2{suffix_of(demo.db)}"


def test_backup_to_another_folder_with_odd_characters(demo, tmp_path):
    usb = tmp_path / "USB ?x %41 ñ#"
    info = backup_now(demo.db, demo.paths, ADMIN, usb)
    assert info.path.parent == usb and info.sound
    assert inspect_backup(info.path, quick=False, use_cache=False).counts[
        "Miembros del concejo"] == 6
    assert not list(demo.paths.backups.glob("pisac-*"))  # only the anchor line of the copy
    assert info.path.name in (demo.paths.backups / "anclas-auditoria.txt").read_text("utf-8")


def test_backup_needs_the_permission(demo):
    with pytest.raises(PermissionDenied, match="hacer copias de seguridad"):
        backup_now(demo.db, demo.paths, READ_ONLY)
    assert not any(demo.paths.backups.iterdir())


@SQLITE_BACKUPS
def test_not_enough_space_is_explained(demo, monkeypatch):
    monkeypatch.setattr(backups.shutil, "disk_usage", lambda _p: SimpleNamespace(free=1000))
    with pytest.raises(BackupError, match="No hay espacio suficiente"):
        backup_now(demo.db, demo.paths, ADMIN)
    assert not any(demo.paths.backups.iterdir())


def test_cancelled_backup_leaves_nothing(demo):
    def cancel(phase, done, total):
        raise BackupCancelled()

    with pytest.raises(BackupCancelled):
        backup_now(demo.db, demo.paths, ADMIN, progress=cancel)
    assert [p.name for p in demo.paths.backups.iterdir()] == []


def test_a_damaged_copy_is_listed_as_damaged(demo):
    info = backup_now(demo.db, demo.paths, ADMIN)
    data = bytearray(info.path.read_bytes())
    data[4096 * 2: 4096 * 6] = os.urandom(4096 * 4)
    info.path.write_bytes(bytes(data))
    listed = list_backups(demo.paths.backups)
    assert listed[0].state == "dañada" and not listed[0].restorable
    assert backups.newest_sound_backup(demo.paths.backups) is None


@SQLITE_BACKUPS
def test_backup_while_another_connection_writes(opened):
    """The online backup of a database being written continuously is consistent and ends."""
    database = opened.paths.database
    with sqlite3.connect(database) as conn:
        conn.execute("CREATE TABLE carga (id INTEGER PRIMARY KEY, datos BLOB)")
        conn.executemany("INSERT INTO carga (datos) VALUES (?)",
                         [(os.urandom(1500),) for _ in range(6000)])
    stop = threading.Event()
    writes = [0]

    def writer():
        conn = sqlite3.connect(database, timeout=15)
        conn.execute("PRAGMA journal_mode = WAL")
        while not stop.is_set():
            conn.execute("INSERT INTO carga (datos) VALUES (?)", (os.urandom(1500),))
            conn.execute("UPDATE carga SET datos = ? WHERE id = ?",
                         (os.urandom(1500), writes[0] % 6000 + 1))
            conn.commit()
            writes[0] += 1
        conn.close()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while writes[0] < 20:
            time.sleep(0.01)
        before = count(database, "carga")
        writes_before = writes[0]
        steps = []
        target = opened.paths.backups / "copia.sqlite3"
        sqlite_copy(database, target, progress=lambda *a: steps.append(a) or time.sleep(0.002))
        writes_during = writes[0] - writes_before
        after = count(database, "carga")
    finally:
        stop.set()
        thread.join()
    assert len(steps) > 5 and writes_during > 0  # many steps, with writes between them
    assert check_integrity(target) == []
    assert before <= count(target, "carga") <= after


# --- automatic copies ------------------------------------------------------------------------
def test_daily_backup_once_a_day(opened):
    paths = backup_station(opened).paths
    first = ensure_daily_backup(opened.db, paths, clock_at(2026, 11, 21, 8, 0, 0))
    assert first.kind is BackupKind.DAILY and first.path.name.startswith("pisac-diaria-20261121")
    assert ensure_daily_backup(opened.db, paths, clock_at(2026, 11, 21, 17, 0, 0)) is None
    nxt = ensure_daily_backup(opened.db, paths, clock_at(2026, 11, 22, 8, 0, 0))
    assert nxt is not None and "20261122" in nxt.path.name
    with opened.db.session() as s:
        entries = s.scalars(select(AuditEntry).where(AuditEntry.action == "backup")).all()
        assert [e.username for e in entries] == ["sistema", "sistema"]
        assert verify_chain(s).ok


def test_today_is_checked_by_file_name_only(opened, monkeypatch):
    """Cheap when today's copy exists: no copy and no file opened."""
    backup_station(opened)
    ensure_daily_backup(opened.db, opened.paths, clock_at(2026, 11, 21, 8, 0, 0))
    for module in (backups, backup_schedule, server_backups):
        name = "make_backup" if module is not server_backups else "make_server_backup"
        monkeypatch.setattr(module, name, lambda *a, **k: pytest.fail("copied again"))
    monkeypatch.setattr(backups, "inspect_backup", lambda *a, **k: pytest.fail("opened"))
    assert ensure_daily_backup(opened.db, opened.paths, clock_at(2026, 11, 21, 9, 0, 0)) is None


@SQLITE_BACKUPS
def test_close_backup_only_when_data_changed(opened):
    paths = opened.paths
    auto = AutomaticBackups(opened.db, paths, clock_at(2026, 11, 21, 8, 0, 0))
    assert auto.at_start() is not None  # the day's copy, audited
    assert auto.at_close() is None  # nothing changed since: its own audit entry does not count
    assert len(copies_in(paths.backups)) == 1

    auto = AutomaticBackups(opened.db, paths, clock_at(2026, 11, 21, 18, 0, 0))
    assert auto.at_start() is None  # today's exists
    with opened.db.session() as s:
        s.add(OrgUnit(name="Oficina de Prueba", abbreviation="OP", position=99))
    made = auto.at_close()
    assert made is not None and made.kind is BackupKind.ON_CLOSE
    assert made.counts["Unidades orgánicas"] == count(paths.database, "org_unit")
    assert auto.monitor is None and auto.warning is None


@SQLITE_BACKUPS
def test_the_days_copy_made_after_watching_is_no_change_but_work_meanwhile_is(opened):
    """The window first: the monitor starts, then the day's copy is made in the background.
    Its own audit entry alone makes no copy on close; any other entry (or a change without
    any entry) still does. (Every change the program makes is audited.)"""
    paths = opened.paths
    auto = AutomaticBackups(opened.db, paths, clock_at(2026, 11, 21, 8, 0, 0))
    auto.start_watching()
    assert auto.daily() is not None
    assert not auto.monitor.changed()
    assert auto.at_close() is None

    auto = AutomaticBackups(opened.db, paths, clock_at(2026, 11, 22, 8, 0, 0))
    auto.start_watching()
    with opened.db.session() as s:  # the person's work while the copy runs (audited)
        s.add(OrgUnit(name="Oficina de Prueba", abbreviation="OP", position=99))
        record(s, ADMIN, "create", "org_unit", 99)
    assert auto.daily() is not None
    assert auto.monitor.changed()

    auto = AutomaticBackups(opened.db, paths, clock_at(2026, 11, 22, 9, 0, 0))
    auto.start_watching()
    with sqlite3.connect(paths.database) as conn:  # a change that writes no audit entry
        conn.execute("UPDATE org_unit SET position = position + 1")
    assert auto.monitor.changed()
    auto.stop()


@SQLITE_BACKUPS
def test_no_close_backup_after_stop(opened):
    """stop() is called before a restore replaces the file: that session copies nothing more."""
    auto = AutomaticBackups(opened.db, opened.paths, clock_at(2026, 11, 21, 8, 0, 0))
    auto.at_start()
    auto.stop()
    with opened.db.session() as s:
        s.add(OrgUnit(name="Oficina de Prueba", abbreviation="OP", position=99))
    assert auto.at_close() is None
    assert len(copies_in(opened.paths.backups)) == 1


@SQLITE_BACKUPS
def test_change_monitor_sees_commits_from_any_connection(opened):
    monitor = ChangeMonitor(opened.paths.database)
    try:
        assert not monitor.changed()
        with opened.db.engine.connect() as conn:  # a read changes nothing
            conn.exec_driver_sql("SELECT count(*) FROM org_unit").fetchall()
        assert not monitor.changed()
        with sqlite3.connect(opened.paths.database) as conn:
            conn.execute("UPDATE org_unit SET position = position + 1")
        assert monitor.changed()
    finally:
        monitor.close()
    assert monitor.changed()  # closed: cannot tell, so a copy is made


@SQLITE_BACKUPS
def test_backup_on_close_without_monitor_copies(opened):
    made = backup_on_close(opened.db, opened.paths, None, clock_at(2026, 11, 21, 18, 0, 0))
    assert made.path.name == "pisac-al-cerrar-20261121-180000.sqlite3.gz"


def test_automatic_backup_failure_is_a_warning_not_a_crash(opened, monkeypatch):
    def fail(*_a, **_k):
        raise BackupError("No se pudo escribir la copia en X: disco lleno.")

    monkeypatch.setattr(backup_schedule, "make_backup", fail)
    monkeypatch.setattr(server_backups, "make_server_backup", fail)
    auto = AutomaticBackups(opened.db, backup_station(opened).paths)
    assert auto.at_start() is None
    assert "copia de seguridad automática" in auto.warning and "disco lleno" in auto.warning
    assert (auto.monitor is not None) == opened.db.is_sqlite  # changes watched on SQLite
    auto.stop()


# --- retention -------------------------------------------------------------------------------
def _days(first: dt.date, last: dt.date, hour=8):
    day = first
    while day <= last:
        yield dt.datetime.combine(day, dt.time(hour))
        day += dt.timedelta(days=1)


def _kept(pairs, now, **kw):
    pruned = set(backups_to_prune(pairs, now, **kw))
    return sorted(when for item, when in pairs if item not in pruned)


def test_retention_keeps_7_daily_4_weekly_12_monthly():
    pairs = [(i, when) for i, when in enumerate(_days(dt.date(2025, 1, 1),
                                                       dt.date(2026, 11, 21)))]
    now = dt.datetime(2026, 11, 21, 20, 0)  # a Saturday
    kept = [w.date() for w in _kept(pairs, now)]
    expected_days = [dt.date(2026, 11, d) for d in range(15, 22)]
    expected_weeks = [dt.date(2026, 11, 8), dt.date(2026, 11, 1)]  # Sundays of earlier weeks
    expected_months = [dt.date(2025, 12, 31), dt.date(2026, 1, 31), dt.date(2026, 2, 28),
                       dt.date(2026, 3, 31), dt.date(2026, 4, 30), dt.date(2026, 5, 31),
                       dt.date(2026, 6, 30), dt.date(2026, 7, 31), dt.date(2026, 8, 31),
                       dt.date(2026, 9, 30), dt.date(2026, 10, 31)]
    assert kept == sorted(expected_days + expected_weeks + expected_months)
    assert len(kept) == 20


def test_retention_keeps_the_newest_of_each_day():
    now = dt.datetime(2026, 11, 21, 20, 0)
    pairs = [("mañana", dt.datetime(2026, 11, 21, 8)), ("tarde", dt.datetime(2026, 11, 21, 17)),
             ("ayer", dt.datetime(2026, 11, 20, 9))]
    assert set(backups_to_prune(pairs, now)) == {"mañana"}


def test_retention_counts_only_periods_with_backups():
    """Months without using the app never thin the history out."""
    pairs = [(w, w) for w in _days(dt.date(2026, 1, 1), dt.date(2026, 1, 20))]
    kept = [w.date() for w in _kept(pairs, dt.datetime(2026, 5, 1))]
    assert kept == sorted([dt.date(2026, 1, d) for d in range(14, 21)]
                          + [dt.date(2026, 1, 11), dt.date(2026, 1, 4)])


def test_retention_keeps_future_dated_copies_without_counting_them():
    now = dt.datetime(2026, 11, 21, 20, 0)
    pairs = [(w, w) for w in _days(dt.date(2026, 11, 1), dt.date(2026, 11, 21))]
    future = dt.datetime(2027, 3, 1, 8)
    pruned = backups_to_prune([*pairs, (future, future)], now)
    assert future not in pruned
    assert set(pruned) == set(backups_to_prune(pairs, now))


def test_retention_with_few_copies_prunes_nothing():
    pairs = [(w, w) for w in _days(dt.date(2026, 11, 17), dt.date(2026, 11, 21))]
    assert backups_to_prune(pairs, dt.datetime(2026, 11, 21, 20)) == []
    assert backups_to_prune([], dt.datetime(2026, 11, 21, 20)) == []


def test_prune_touches_only_automatic_copies_in_the_folder(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    now = dt.datetime(2026, 11, 21, 20, 0)
    names = [backup_name(BackupKind.DAILY, w) for w in _days(dt.date(2026, 9, 1),
                                                             dt.date(2026, 11, 21))]
    names += [backup_name(BackupKind.ON_CLOSE, dt.datetime(2026, 11, 21, 18))]
    manual = [backup_name(BackupKind.MANUAL, w) for w in _days(dt.date(2026, 9, 1),
                                                               dt.date(2026, 9, 10))]
    migration_old = backup_name(BackupKind.MIGRATION, dt.datetime(2026, 9, 2, 7), "0001")
    migration_new = backup_name(BackupKind.MIGRATION, dt.datetime(2026, 9, 3, 7), "0001")
    restore_new = backup_name(BackupKind.BEFORE_RESTORE, dt.datetime(2026, 9, 4, 7))
    others = ["notas.sqlite3", "pisac.sqlite3", "leame.txt"]
    for name in [*names, *manual, migration_old, migration_new, restore_new, *others]:
        (folder / name).write_bytes(b"x")
    stale = folder / "pisac-diaria-20261101-080000.sqlite3.parcial"
    fresh = folder / "pisac-diaria-20261121-200000.sqlite3.parcial"
    for partial in (stale, fresh):
        partial.write_bytes(b"x")
    two_days_ago = (now - dt.timedelta(days=2)).timestamp()
    os.utime(stale, (two_days_ago, two_days_ago))
    outside = tmp_path / backup_name(BackupKind.DAILY, dt.datetime(2025, 1, 1, 8))
    outside.write_bytes(b"x")

    deleted = prune_backups(folder, now)
    left = {p.name for p in folder.iterdir()}
    assert stale in deleted and fresh.name in left
    assert set(manual) <= left and set(others) <= left and outside.exists()
    assert migration_new in left and restore_new in left  # the newest of each kind
    assert migration_old not in left
    daily_left = sorted(n for n in left if n.startswith(("pisac-diaria-", "pisac-al-cerrar-"))
                        and not n.endswith(".parcial"))
    # 7 days (today's newest is the al-cerrar one), 2 earlier Sundays, Oct and Sep month-ends.
    assert daily_left == sorted(
        [backup_name(BackupKind.ON_CLOSE, dt.datetime(2026, 11, 21, 18))]
        + [backup_name(BackupKind.DAILY, dt.datetime(2026, 11, d, 8)) for d in range(15, 21)]
        + [backup_name(BackupKind.DAILY, dt.datetime(2026, 11, d, 8)) for d in (8, 1)]
        + [backup_name(BackupKind.DAILY, dt.datetime(2026, 10, 31, 8)),
           backup_name(BackupKind.DAILY, dt.datetime(2026, 9, 30, 8))])


def test_prune_takes_a_server_copy_with_its_summary(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    days = list(_days(dt.date(2026, 11, 1), dt.date(2026, 11, 21)))
    for when in days:
        name = backup_name(BackupKind.DAILY, when, suffix=".pgdump")
        (folder / name).write_bytes(b"PGDMP")
        (folder / (name + ".json")).write_text("{}", encoding="utf-8")
    deleted = prune_backups(folder, dt.datetime(2026, 11, 21, 20, 0))
    assert len(deleted) == len(days) - 9  # 7 days and 2 earlier Sundays kept
    dumps = sorted(p.name for p in folder.glob("*.pgdump"))
    assert sorted(p.name[:-5] for p in folder.glob("*.json")) == dumps and len(dumps) == 9


@SQLITE_BACKUPS  # 40 copies; the server's copies are pruned by name alike (test above)
def test_automatic_copies_are_pruned_as_days_go_by(opened):
    paths = opened.paths
    start = dt.datetime(2026, 10, 1, 8, 0)
    for day in range(40):
        ensure_daily_backup(opened.db, paths, clock_at(*(start + dt.timedelta(days=day))
                                                         .timetuple()[:6]))
    daily = sorted(p.name for p in copies_in(paths.backups))
    # Oct 1 .. Nov 9: 7 days (Nov 3-9), 2 earlier ISO weeks (Sundays Nov 1, Oct 25), October.
    assert [n[13:21] for n in daily] == (["20261025", "20261031", "20261101"]
                                         + [f"202611{d:02d}" for d in range(3, 10)])
    assert all(backups.inspect_backup(paths.backups / n, quick=False).sound for n in daily)
    assert sorted(p.name for p in paths.backups.glob("*.json")) == [n + ".json" for n in daily]
