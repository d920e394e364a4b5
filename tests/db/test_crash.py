"""Crashes and a full disk never leave half-written data."""

import random
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.exc import OperationalError

from pisac_desktop.config import sqlite_url
from pisac_desktop.db.backup import check_integrity
from pisac_desktop.db.models import OrgUnit
from pisac_desktop.startup import open_database

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 20
COMMITS_PER_ROUND, ROWS_PER_COMMIT = 5, 10

# A separate process: commits a known number of rows through the app's own engine (WAL,
# synchronous=FULL), then starts one long transaction and writes until it is killed.
CHILD = f"""
import os, sys
from sqlalchemy import text
from pisac_desktop.db.engine import Database

url, round_no = sys.argv[1], int(sys.argv[2])
db = Database.from_url(url)
for commit in range({COMMITS_PER_ROUND}):
    with db.session() as s:
        for row in range({ROWS_PER_COMMIT}):
            s.execute(text("INSERT INTO carga (ronda, fila, datos) VALUES (:r, :f, :d)"),
                      {{"r": round_no, "f": commit * {ROWS_PER_COMMIT} + row, "d": os.urandom(200)}})
print("CONFIRMADO", flush=True)
with db.engine.connect() as conn:
    conn.begin()
    conn.execute(text("UPDATE carga SET datos = :d WHERE ronda = 0"), {{"d": b"modificado"}})
    n = 0
    while True:
        conn.execute(text("INSERT INTO carga (ronda, fila, datos) VALUES (:r, -1, :d)"),
                     {{"r": round_no, "d": os.urandom(50_000)}})
        n += 1
        if n == 60:  # about 3 MB: more than the page cache, so pages spilled into the WAL
            print("A_MEDIAS", flush=True)
"""


def _rows(database: Path) -> tuple[int, int, int]:
    with closing(sqlite3.connect(database)) as conn:  # opening runs WAL recovery
        return conn.execute(
            "SELECT count(*), sum(fila = -1), sum(datos = ?) FROM carga", (b"modificado",)
        ).fetchone()


def test_killed_in_the_middle_of_a_write_keeps_exactly_the_committed_data(paths):
    open_database(paths).db.dispose()
    with closing(sqlite3.connect(paths.database)) as conn:
        conn.execute("CREATE TABLE carga (id INTEGER PRIMARY KEY, ronda INTEGER, fila INTEGER, "
                     "datos BLOB)")
        conn.commit()
    url = sqlite_url(paths)
    rng = random.Random(20261121)
    started = time.monotonic()
    for round_no in range(ROUNDS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, url, str(round_no)], cwd=ROOT,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        try:
            assert child.stdout.readline().strip() == "CONFIRMADO", child.stderr.read()
            assert child.stdout.readline().strip() == "A_MEDIAS", child.stderr.read()
            time.sleep(rng.uniform(0, 0.05))  # somewhere inside the long transaction
            assert child.poll() is None, "the writer stopped before it was killed"
        finally:
            child.kill()  # SIGKILL on POSIX: no cleanup, no rollback by the process
            child.wait()
            child.stdout.close()
            child.stderr.close()
        assert child.returncode != 0
        assert Path(f"{paths.database}-wal").exists()  # the crash left its WAL behind
        total, uncommitted, modified = _rows(paths.database)
        assert total == (round_no + 1) * COMMITS_PER_ROUND * ROWS_PER_COMMIT
        assert not uncommitted and not modified
        assert check_integrity(paths.database) == []
    assert time.monotonic() - started < 60
    opened = open_database(paths)  # the app's own start-up check agrees
    opened.db.dispose()


def _limit_growth(db):
    """Make the database 'full': not one more page may be added."""
    db.dispose()

    def limit(dbapi_connection, _record):
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    event.listen(db.engine, "connect", limit)
    return limit


@pytest.mark.sqlite_only(reason="un disco lleno simulado con PRAGMA max_page_count")
def test_full_disk_rolls_back_and_the_user_is_told(opened):
    from pisac_desktop.gui.errors import database_error_message

    db = opened.db
    with db.session() as s:
        units_before = s.scalar(select(func.count()).select_from(OrgUnit))
    limit = _limit_growth(db)
    with pytest.raises(OperationalError) as caught:
        with db.session() as s:
            s.add(OrgUnit(name="Antes del error", abbreviation="AE", position=90))
            s.flush()
            for i in range(3000):
                s.add(OrgUnit(name=f"Unidad {i} " + "x" * 180, abbreviation="", position=i))
            s.flush()
    assert "full" in str(caught.value.orig)
    message = database_error_message(caught.value)
    assert "el disco está lleno" in message and "No se guardó nada a medias" in message

    with db.session() as s:  # nothing of that unit of work stayed, not even the first flush
        assert s.scalar(select(func.count()).select_from(OrgUnit)) == units_before
        assert s.scalar(select(OrgUnit).where(OrgUnit.name == "Antes del error")) is None
    event.remove(db.engine, "connect", limit)
    db.dispose()
    assert check_integrity(opened.paths.database) == []
    with db.session() as s:  # space again: saving works
        s.add(OrgUnit(name="Después del error", abbreviation="DE", position=91))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(OrgUnit)) == units_before + 1
