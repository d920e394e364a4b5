"""Leftovers of copies and restores that a crash (kill -9, a power cut) interrupted.

Their names (db/backup.py, core/backups.py, restore.py):
- in the backups folder, pisac-….sqlite3.parcial (or .sqlite3.gz.parcial, its compressed
  file): a copy being written, renamed only when
  complete; with its -journal;
- next to the database, .pisac.sqlite3.restaurando.parcial (a restore's copy being written) and
  .pisac.sqlite3.restaurando (that copy, complete, about to replace the database); with their
  -journal.
None of them holds anything that exists nowhere else: a partial copy is worthless, and a restore's
copy is a copy of a backup that is still in its folder.

A file is removed only when it is certainly abandoned: its name is one of those, none of its
files changed for LEFTOVER_AGE_S, and no process holds a lock on it. A copy in progress (here
or on another workstation sharing the folder) holds SQLite's lock on its destination from the
first page to the last, and its files change as it writes.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

from pisac_desktop.clock import OFFICE_TZ, file_system_time
from pisac_desktop.db.backup import PARTIAL_SUFFIX, sqlite_uri
from pisac_desktop.db.health import is_locked_error

log = logging.getLogger(__name__)

LEFTOVER_AGE_S = 10 * 60
RESTORE_SUFFIX = ".restaurando"  # restore.py _install: .<database name>.restaurando
SIDECARS = ("-journal", "-wal", "-shm")
_PARTIAL_BACKUP = re.compile(r"^pisac-.+\.sqlite3(?:\.gz)?" + re.escape(PARTIAL_SUFFIX) + "$")


def _main_name(name: str) -> str:
    for sidecar in SIDECARS:
        if name.endswith(sidecar):
            return name[: -len(sidecar)]
    return name


def find_leftovers(database: Path | None, backups: Path) -> dict[Path, list[Path]]:
    """Leftover candidates by name: {main file: [its files that exist, the main one last]}.

    Last, so that a journal never outlives its database (SQLite would play a stale journal back
    into a new file of the same name)."""
    wanted: dict[Path, set[str]] = {}
    if backups.is_dir():
        wanted[backups] = set()  # any name matching _PARTIAL_BACKUP
    if database is not None and database.parent.is_dir():
        restoring = f".{database.name}{RESTORE_SUFFIX}"
        wanted.setdefault(database.parent, set()).update(
            {restoring, restoring + PARTIAL_SUFFIX})
    groups: dict[Path, list[Path]] = {}
    for folder, names in wanted.items():
        for entry in folder.iterdir():
            main = _main_name(entry.name)
            if main in names or (folder == backups and _PARTIAL_BACKUP.match(main)):
                groups.setdefault(folder / main, []).append(entry)
    for main, files in groups.items():
        files.sort(key=lambda p: p == main)
    return groups


def in_use(path: Path) -> bool:
    """Does a process hold a lock on this SQLite file (a copy being written, a check reading)?"""
    try:
        conn = sqlite3.connect(sqlite_uri(path, "rw"), uri=True, timeout=0,
                               isolation_level=None)
    except sqlite3.Error:
        return False  # not even openable: nobody is using it as a database
    with closing(conn):
        try:
            conn.execute("BEGIN EXCLUSIVE")
            conn.execute("ROLLBACK")
        except sqlite3.Error as exc:
            return is_locked_error(exc)
    return False


def clean_leftovers(database: Path | None, backups: Path, now: float | None = None,
                    min_age_s: float = LEFTOVER_AGE_S) -> list[Path]:
    """Remove the abandoned leftovers; returns what was removed (each one is logged)."""
    now = file_system_time() if now is None else now
    removed: list[Path] = []
    for main, files in find_leftovers(database, backups).items():
        try:
            stats = {f: f.stat() for f in files}
        except FileNotFoundError:
            continue  # its operation just finished or removed it
        newest = max(st.st_mtime for st in stats.values())
        if now - newest < min_age_s:
            log.info("Not removing %s: changed %.0f s ago, its copy may be in progress",
                     main.name, now - newest)
            continue
        if main.exists() and in_use(main):
            log.info("Not removing %s: another process is using it", main)
            continue
        for path in files:
            try:
                path.unlink()
            except FileNotFoundError:
                pass  # a journal SQLite rolled back and deleted when in_use() opened the file
            except OSError as exc:
                log.warning("Could not remove the leftover %s: %s", path, exc)
                continue
            removed.append(path)
            log.warning("Removed the leftover of an interrupted backup or restore: %s "
                        "(%d bytes, last changed %s)", path, stats[path].st_size,
                        dt.datetime.fromtimestamp(newest, OFFICE_TZ).strftime("%Y-%m-%d %H:%M:%S"))
    return removed


UNPACKED_PREFIX = "pisac-copia-"  # core/compressed_backups.py: a compressed copy's content


def clean_unpacked(backups: Path, now: float | None = None,
                   min_age_s: float = LEFTOVER_AGE_S) -> list[Path]:
    """The private folders in which a compressed copy was decompressed (to check or restore
    it) that a kill left behind: a whole database each, password hashes included."""
    now = file_system_time() if now is None else now
    removed = []
    if not backups.is_dir():
        return removed
    for folder in backups.glob(UNPACKED_PREFIX + "*"):
        try:
            newest = max([folder.stat().st_mtime,
                          *(p.stat().st_mtime for p in folder.iterdir())])
        except OSError:
            continue
        if folder.is_dir() and now - newest >= min_age_s:
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                removed.append(folder)
                log.warning("Removed the decompressed copy an interrupted check or restore "
                            "left: %s", folder)
    return removed


def clean_leftovers_quietly(database: Path | None, backups: Path) -> list[Path]:
    """At start-up: a cleanup problem is logged and never stops the app."""
    try:
        return clean_leftovers(database, backups) + clean_unpacked(backups)
    except Exception:
        log.exception("Could not clean the leftovers of interrupted backups or restores")
        return []
