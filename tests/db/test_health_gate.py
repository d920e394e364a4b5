"""The integrity check after the window (issue 15): a cleanly closed file gets the cheap checks
before the engine opens it and the full check in the background, behind a write gate; nothing
is ever written to a file that check finds damaged, and the next start offers the backup."""

import os
import sqlite3
from contextlib import closing

import pytest
from sqlalchemy import select, text

from pisac_desktop.db.health import DamagedDatabaseError
from pisac_desktop.db.health_gate import HealthGate, is_write
from pisac_desktop.db.health_stamp import stamp_path
from pisac_desktop.db.models import Institution
from pisac_desktop.paths import DataPaths
from pisac_desktop.startup import open_database
from tests.engines import SQLITE_BACKUPS

pytestmark = SQLITE_BACKUPS  # the health of SQLite files


@pytest.fixture
def closed_cleanly(tmp_path):
    """A data folder opened (checked in full) and closed by the program: stamped."""
    paths = DataPaths(tmp_path / "datos")
    open_database(paths).close()  # new: created, not yet checked
    opened = open_database(paths)
    assert opened.checked and opened.health is None
    opened.close()
    assert stamp_path(paths.database).exists()
    return paths


def damage_table_page(database, table: str) -> None:
    """Garbage over one table's root page, keeping the size and the modification time: the
    damage of a disk at rest, which only reading every page (quick_check) finds."""
    with closing(sqlite3.connect(database)) as conn:
        page = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                            (table,)).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    stat = database.stat()
    with open(database, "r+b") as f:
        f.seek((page - 1) * size)
        f.write(b"\xa5" * size)
    os.utime(database, ns=(stat.st_atime_ns, stat.st_mtime_ns))


def test_a_cleanly_closed_file_defers_the_full_check_and_stamps_again(closed_cleanly):
    opened = open_database(closed_cleanly, defer_check=True)
    try:
        assert not opened.checked and opened.health is not None
        assert not stamp_path(opened.paths.database).exists()  # taken: this session may write
        assert opened.health.wait(30) is None
        with opened.db.session() as s:  # writes pass once the file is proved sound
            s.get(Institution, 1).address = "Jr. Nuevo 123"
    finally:
        opened.close()
    assert stamp_path(closed_cleanly.database).exists()


def test_a_file_changed_after_the_clean_close_is_checked_in_full_first(closed_cleanly):
    database = closed_cleanly.database
    with closing(sqlite3.connect(database)) as conn:  # another program wrote it
        conn.execute("UPDATE institution SET address = 'Otro'")
        conn.commit()
    opened = open_database(closed_cleanly, defer_check=True)
    try:
        assert opened.checked and opened.health is None
    finally:
        opened.close()


def test_without_defer_the_check_runs_first_even_when_stamped(closed_cleanly):
    opened = open_database(closed_cleanly)  # the command line, the self-test
    try:
        assert opened.checked and opened.health is None
    finally:
        opened.close()


def test_damage_found_in_the_background_refuses_every_write_and_the_next_start_offers_backup(
        closed_cleanly):
    database = closed_cleanly.database
    damage_table_page(database, "attendance")
    before = database.read_bytes()
    opened = open_database(closed_cleanly, defer_check=True)  # cheap checks pass
    try:
        assert opened.health is not None
        assert "daños" in opened.health.wait(30) or "dañada" in opened.health.problem
        with opened.db.session() as s:  # reading still works
            assert s.scalar(select(Institution.ruc)) is not None
        with pytest.raises(DamagedDatabaseError, match="no se guardará ningún cambio"), \
                opened.db.session() as s:
            s.get(Institution, 1).address = "No debe escribirse"
    finally:
        opened.close()
    assert database.read_bytes() == before, "nothing may be written to a damaged file"
    assert not stamp_path(database).exists()
    with pytest.raises(DamagedDatabaseError):  # the next start: checked first, recovery offered
        open_database(closed_cleanly, defer_check=True)


def test_writes_wait_for_the_verdict(tmp_path):
    """Until the background check has spoken, a write waits; reads do not."""
    import threading
    import time

    paths = DataPaths(tmp_path / "datos")
    opened = open_database(paths)
    release, events = threading.Event(), []

    def slow_check(_path):
        release.wait(30)
        events.append("verdict")
        return None

    gate = HealthGate(opened.db.engine, paths.database, check=slow_check).start()
    try:
        with opened.db.session() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1  # not held
        writer = threading.Thread(target=lambda: _write(opened.db, events))
        writer.start()
        # Not writer.join(0.3): under faketime (the far-date run) a timed wait on a lock never
        # times out (Python's deadline is on the faked monotonic clock, glibc waits on the real
        # one); a sleep is faked consistently.
        time.sleep(0.3)
        assert events == [] and writer.is_alive()
        release.set()
        writer.join(30)
        assert events == ["verdict", "written"] and gate.sound
    finally:
        release.set()
        opened.close()


def _write(db, events):
    with db.session() as s:
        s.get(Institution, 1).address = "Después del veredicto"
    events.append("written")


@pytest.mark.parametrize(("statement", "writes"), [
    ("SELECT 1", False), ("  pragma data_version", False), ("explain select 1", False),
    ("INSERT INTO t VALUES (1)", True), ("UPDATE app_meta SET value = value", True),
    ("WITH x AS (SELECT 1) DELETE FROM t", True),
])
def test_what_counts_as_a_write(statement, writes):
    assert is_write(statement) is writes


def test_what_must_go_first_writes_before_any_held_write(closed_cleanly, monkeypatch):
    """first_when_sound(): run in the check's thread on a sound verdict, its write passes the
    gate and lands before the writes held meanwhile; once the verdict is in it is refused (the
    caller does the work itself); on a damaged file it never runs."""
    import threading

    from pisac_desktop.db import health_gate

    release = threading.Event()
    real = health_gate.file_problem
    monkeypatch.setattr(health_gate, "file_problem",
                        lambda path, quick=False: release.wait(30) and real(path, quick=quick))
    opened = open_database(closed_cleanly, defer_check=True)
    order = []

    def first():
        with opened.db.session() as s:
            s.get(Institution, 1).address = "primero"
        order.append("first")

    def held():
        with opened.db.session() as s:
            s.get(Institution, 1).address = "después"
        order.append("held")

    try:
        assert opened.health.first_when_sound(first)
        writer = threading.Thread(target=held)
        writer.start()
        release.set()
        writer.join(30)
        assert order == ["first", "held"]
        with opened.db.session() as s:
            assert s.get(Institution, 1).address == "después"
        assert not opened.health.first_when_sound(first)  # the verdict is in
    finally:
        opened.close()


def test_nothing_goes_first_on_a_damaged_file(closed_cleanly):
    damage_table_page(closed_cleanly.database, "org_unit")
    opened = open_database(closed_cleanly, defer_check=True)
    ran = []
    try:
        opened.health.first_when_sound(lambda: ran.append(1))
        assert opened.health.wait(30) is not None and ran == []
    finally:
        opened.db.dispose()
