"""kill -9 while a database is created or migrated: the next start always opens it complete.

A child process runs the app's own start-up (open_database) on a fresh data folder, or on a copy
of a released schema's fixture, and is killed (SIGKILL on POSIX) after a random delay that spans
the whole operation, measured first on this machine. The parent then opens the folder as the
app would: the schema must be at head, every reference data set present, and `check` clean.
"""

import multiprocessing as mp
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy.orm import configure_mappers

from pisac_desktop import admin_cli
from pisac_desktop.core.calendar import SEED_DAYS
from pisac_desktop.council.settings import SUMMONS_KIND
from pisac_desktop.db.schema import HEAD_REVISION
from pisac_desktop.instruments.kinds import DEFAULT_KINDS
from pisac_desktop.paths import DataPaths
from pisac_desktop.startup import DamagedDatabaseError, creation_marker, open_database

ROUNDS = 30
FIXTURES = Path(__file__).parents[1] / "fixtures"
OLD_SCHEMAS = sorted(p for p in FIXTURES.glob("schema_*.sqlite3")
                     if p.stem != f"schema_{HEAD_REVISION}")
# forkserver: each child is forked from a clean, single-threaded server that has imported the
# app (and Alembic, most of a creation's time) already, so a round costs the database work and
# not a second of imports; spawn where there is no fork.
START = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
configure_mappers()  # once, in the fork server too: not part of any round's timing
PRELOAD = [__name__, "alembic.command", "alembic.config", "alembic.script",
           "alembic.runtime.migration", "pisac_desktop.reference_data"]


def _child(root: str, ready) -> None:
    paths = DataPaths(Path(root))
    ready.set()
    open_database(paths).db.dispose()


def _context():
    ctx = mp.get_context(START)
    if START == "forkserver":
        ctx.set_forkserver_preload(PRELOAD)
    return ctx


def _run(ctx, root: Path, delay: float | None) -> tuple[float, bool]:
    """Start-up in a child, killed `delay` seconds after it began (None: let it finish).
    Returns (seconds it ran, whether it was killed before finishing)."""
    ready = ctx.Event()
    child = ctx.Process(target=_child, args=(str(root), ready))
    child.start()
    try:
        assert ready.wait(60), "the child never started"
        began = time.monotonic()
        if delay is None:
            child.join(60)
        else:
            time.sleep(delay)
            child.kill()  # SIGKILL on POSIX: no cleanup, no rollback by the process
            child.join(60)
        assert child.exitcode is not None and child.exitcode <= 0, "start-up failed in the child"
        return time.monotonic() - began, child.exitcode < 0  # < 0: ended by the signal
    finally:
        if child.is_alive():
            child.kill()
            child.join()


def assert_complete(paths: DataPaths, capsys, fixture: Path | None) -> None:
    """Opened as the app would, the database is at head with all its reference data."""
    open_database(paths).db.dispose()
    with closing(sqlite3.connect(paths.database)) as conn:
        one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
        assert one("SELECT version_num FROM alembic_version") == HEAD_REVISION
        kinds = {r[0] for r in conn.execute("SELECT code FROM instrument_kind")}
        missing = {k.code for k in DEFAULT_KINDS} - kinds
        assert not missing, f"faltan tipos de documento: {missing}"
        assert SUMMONS_KIND in kinds
        assert one("SELECT count(*) FROM institution WHERE id = 1") == 1
        assert one("SELECT count(*) FROM org_unit") > 0
        assert one("SELECT count(*) FROM year_name") > 0
        assert one("SELECT count(*) FROM council_settings WHERE id = 1") == 1
        assert one("SELECT count(*) FROM app_meta WHERE key = 'calendar_seeded'") == 1
        assert one("SELECT count(*) FROM non_working_day") >= len(SEED_DAYS)
        if fixture is not None:  # the office's own data survived the migration
            assert one("SELECT ruc FROM institution WHERE id = 1") == "20147990139"
            assert one("SELECT count(*) FROM council_member") == 6
    capsys.readouterr()
    assert admin_cli.check(paths) == admin_cli.OK, capsys.readouterr().out


def _kill_rounds(tmp_path, capsys, fixture_of) -> int:
    """ROUNDS rounds; returns how many children were killed before finishing."""
    ctx = _context()
    rng = random.Random(20261121)
    calibration = DataPaths(tmp_path / "medida").ensure()
    if (fixture := fixture_of(0)) is not None:
        shutil.copy(fixture, calibration.database)
    took, _killed = _run(ctx, calibration.root, None)
    span = took * 1.2  # delays from 0 to a little past the end of the whole operation
    killed = 0
    for n in range(ROUNDS):
        paths = DataPaths(tmp_path / f"ronda-{n:02d}").ensure()
        fixture = fixture_of(n)
        if fixture is not None:
            shutil.copy(fixture, paths.database)
        _took, was_killed = _run(ctx, paths.root, rng.uniform(0, span))
        killed += was_killed
        assert_complete(paths, capsys, fixture)
        shutil.rmtree(paths.root)
    return killed


def test_killed_while_creating_a_database_the_next_start_completes_it(tmp_path, capsys):
    """Slow on purpose (~15 s): many rounds of a process killed while it creates the
    database, each followed by a start that must complete it."""
    started = time.monotonic()
    killed = _kill_rounds(tmp_path, capsys, lambda _n: None)
    assert killed >= ROUNDS // 2  # most rounds really were cut short
    assert START != "forkserver" or time.monotonic() - started < 90  # spawn: a second a child


@pytest.mark.skipif(not OLD_SCHEMAS, reason="no fixture of an older schema")
def test_killed_while_migrating_the_next_start_completes_it(tmp_path, capsys):
    """Slow on purpose (up to ~20 s): many rounds of a process killed at a random moment
    of a migration, each followed by a start that must complete it."""
    started = time.monotonic()
    killed = _kill_rounds(tmp_path, capsys, lambda n: OLD_SCHEMAS[n % len(OLD_SCHEMAS)])
    assert killed >= ROUNDS // 2
    assert START != "forkserver" or time.monotonic() - started < 90  # spawn: a second a child


def test_an_empty_file_left_by_a_creation_cut_short_is_created(paths):
    """SQLite makes the file, empty, before its first page: a kill then leaves 0 bytes."""
    creation_marker(paths.database).touch()
    paths.database.touch()
    opened = open_database(paths)
    opened.db.dispose()
    assert opened.schema.action == "creada"
    assert not creation_marker(paths.database).exists()


def test_an_empty_file_without_the_marker_is_still_damage(paths):
    open_database(paths).db.dispose()
    paths.database.write_bytes(b"")  # a database that was there, emptied
    for sidecar in ("-wal", "-shm"):
        Path(f"{paths.database}{sidecar}").unlink(missing_ok=True)
    with pytest.raises(DamagedDatabaseError, match="vacío"):
        open_database(paths)


# Killed in the middle of a write in rollback-journal mode, as a restored or migrated copy is
# until its first open switches it to WAL: the journal it leaves is "hot".
HALF_WRITTEN = """
import os, signal, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size = 1")  # pages reach the file (and the journal) at once
conn.execute("BEGIN IMMEDIATE")
conn.execute("DELETE FROM council_member")
conn.execute("DELETE FROM institution")
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(not OLD_SCHEMAS, reason="no fixture of an older schema")
def test_a_hot_journal_is_recovered_not_called_damage(paths, capsys):
    shutil.copy(OLD_SCHEMAS[0], paths.database)
    subprocess.run([sys.executable, "-c", HALF_WRITTEN, str(paths.database)], check=False)
    assert Path(f"{paths.database}-journal").exists()
    assert_complete(paths, capsys, OLD_SCHEMAS[0])  # the committed data, migrated
