"""Leftovers of backups and restores cut short by a crash are removed at start, and logged;
a copy still being written (by another process) is never touched."""

import logging
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

from pisac_desktop import cli
from pisac_desktop.db.backup import check_integrity
from pisac_desktop.db.leftovers import LEFTOVER_AGE_S, clean_leftovers, find_leftovers
from pisac_desktop.logsetup import LOG_NAME
from pisac_desktop.startup import open_database

ROOT = Path(__file__).resolve().parents[2]
LONG_AGO = 86_400.0  # 2 January 1970: older than any real "now"
NOW = 1_800_000_000.0  # a fixed "now" (January 2027) for clean_leftovers(now=...)

# A real copy (db/backup.py copy_from_connection) that stops inside its progress callback,
# half-way, until told to go on (a line on stdin) or killed.
COPIER = """
import sys
from contextlib import closing
from pathlib import Path
from pisac_desktop.db.backup import connect_read_only, copy_from_connection

source, target = Path(sys.argv[1]), Path(sys.argv[2])
def progress(phase, done, total):
    if 0 < done < total and not getattr(progress, "told", False):
        progress.told = True
        print("A_MEDIAS", flush=True)
        sys.stdin.readline()
with closing(connect_read_only(source)) as src:
    copy_from_connection(src, target, progress)
print("COPIADA", flush=True)
"""


def _age(path: Path, when: float = LONG_AGO) -> Path:
    os.utime(path, (when, when))
    return path


def _file(path: Path, data: bytes = b"x" * 100, when: float = LONG_AGO) -> Path:
    path.write_bytes(data)
    return _age(path, when)


def _source(tmp_path: Path) -> Path:
    """A database of about 3 MB: the copy takes several steps of 256 pages."""
    source = tmp_path / "origen.sqlite3"
    with closing(sqlite3.connect(source)) as conn:
        conn.execute("CREATE TABLE carga (datos BLOB)")
        conn.executemany("INSERT INTO carga VALUES (?)", [(os.urandom(100_000),)] * 30)
        conn.commit()
    return source


def _copier(source: Path, target: Path) -> subprocess.Popen:
    child = subprocess.Popen([sys.executable, "-c", COPIER, str(source), str(target)], cwd=ROOT,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "A_MEDIAS", child.stderr.read()
    return child


def test_only_the_names_of_backup_and_restore_leftovers_are_candidates(paths):
    database, backups = paths.database, paths.backups
    backups.mkdir(exist_ok=True)
    leftovers = [
        _file(backups / "pisac-diaria-20261121-083005.sqlite3.parcial"),
        _file(backups / "pisac-diaria-20261121-083005.sqlite3.parcial-journal"),
        _file(backups / "pisac-antes-de-actualizar-0003-20261121-083005.sqlite3.parcial"),
        _file(backups / "pisac-manual-20261121-090000-2.sqlite3.parcial-journal"),  # alone
        _file(backups / "pisac-diaria-20261121-083005.sqlite3.gz.parcial"),  # being compressed
        _file(database.with_name(".pisac.sqlite3.restaurando")),
        _file(database.with_name(".pisac.sqlite3.restaurando.parcial")),
        _file(database.with_name(".pisac.sqlite3.restaurando.parcial-journal")),
    ]
    others = [
        _file(database),
        _file(database.with_name("pisac.sqlite3-wal")),
        _file(database.with_name("pisac-dañada-20261121-083005.sqlite3")),
        _file(backups / "pisac-diaria-20261121-083005.sqlite3"),
        _file(backups / "pisac-diaria-20261121-083005.sqlite3.gz"),
        _file(backups / "pisac-diaria-20261121-083005.sqlite3.gz.json"),
        _file(backups / "pisac-diaria-20261121-083005.sqlite3-journal"),
        _file(backups / "mi-copia.sqlite3.parcial"),  # not named by Pisac Desktop
        _file(backups / "acta.pdf.parcial"),
        _file(database.with_name("otra.sqlite3.restaurando")),
    ]
    found = {p for files in find_leftovers(database, backups).values() for p in files}
    assert found == set(leftovers)

    removed = clean_leftovers(database, backups, now=NOW)
    assert set(removed) == set(leftovers)
    assert not any(p.exists() for p in leftovers)
    assert all(p.exists() for p in others)
    assert clean_leftovers(database, backups, now=NOW) == []  # nothing left to do


def test_recent_leftovers_are_kept_a_while(paths):
    paths.backups.mkdir(exist_ok=True)
    fresh = _file(paths.backups / "pisac-diaria-20261121-083005.sqlite3.parcial",
                  when=NOW - LEFTOVER_AGE_S / 2)
    old_main = _file(paths.backups / "pisac-manual-20261121-083005.sqlite3.parcial")
    fresh_journal = _file(paths.backups / "pisac-manual-20261121-083005.sqlite3.parcial-journal",
                          when=NOW - 5)  # its journal still changes: the copy is alive
    assert clean_leftovers(paths.database, paths.backups, now=NOW) == []
    assert fresh.exists() and old_main.exists() and fresh_journal.exists()
    later = NOW + LEFTOVER_AGE_S
    assert len(clean_leftovers(paths.database, paths.backups, now=later)) == 3


def test_a_copy_in_progress_in_another_process_is_not_removed(paths, tmp_path):
    paths.backups.mkdir(exist_ok=True)
    target = paths.backups / "pisac-manual-20261121-083005.sqlite3"
    partial = target.with_name(target.name + ".parcial")
    child = _copier(_source(tmp_path), target)
    try:
        assert partial.exists()
        for path in partial.parent.glob(partial.name + "*"):
            _age(path)  # as if it had stalled for ages: only its lock shows it is alive
        stale = _file(paths.backups / "pisac-diaria-20261120-083005.sqlite3.parcial")
        assert clean_leftovers(paths.database, paths.backups, now=NOW) == [stale]
        assert partial.exists()
        child.stdin.write("\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "COPIADA", child.stderr.read()
        child.wait(30)
    finally:
        child.kill()
        child.wait()
        for stream in (child.stdin, child.stdout, child.stderr):
            stream.close()
    assert child.returncode == 0
    assert check_integrity(target) == [] and not partial.exists()


def test_a_copy_killed_half_way_is_cleaned_at_the_next_start(paths, tmp_path, caplog):
    open_database(paths).db.dispose()
    target = paths.backups / "pisac-manual-20261121-083005.sqlite3"
    child = _copier(_source(tmp_path), target)
    child.kill()  # SIGKILL on POSIX: the copy leaves its .parcial (and journal) behind
    child.wait()
    for stream in (child.stdin, child.stdout, child.stderr):
        stream.close()
    left = sorted(paths.backups.glob("*.parcial*"))
    assert target.with_name(target.name + ".parcial") in left
    for path in left:
        _age(path)
    restoring = _file(paths.database.with_name(".pisac.sqlite3.restaurando"), b"x" * 1000)

    with caplog.at_level(logging.INFO, logger="pisac_desktop.db.leftovers"):
        opened = open_database(paths)
    opened.db.dispose()
    assert not any(p.exists() for p in [*left, restoring])
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert "Removed the leftover of an interrupted backup or restore" in logged
    assert str(restoring) in logged and all(p.name in logged for p in left)
    assert check_integrity(paths.database) == []


def test_the_cleanup_is_written_to_the_app_log(paths):
    open_database(paths).db.dispose()
    leftover = _file(paths.backups / "pisac-diaria-20261121-083005.sqlite3.parcial")
    root = logging.getLogger()
    try:
        assert cli.main(["--data-dir", str(paths.root), "backup"]) == 0  # opens the database
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_pisac", False)]:
            root.removeHandler(handler)
            handler.close()
    assert not leftover.exists()
    log = (paths.logs / LOG_NAME).read_text(encoding="utf-8")
    assert f"Removed the leftover of an interrupted backup or restore: {leftover}" in log
