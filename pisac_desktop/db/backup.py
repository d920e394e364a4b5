"""Consistent copies of the SQLite database (SQLite online backup API)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path
from urllib.parse import quote


def sqlite_copy(source: Path, target: Path) -> Path:
    """Copy a live SQLite database consistently, even while others write to it."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".parcial")
    src = sqlite3.connect(f"file:{quote(source.as_posix(), safe='/:')}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a self-contained single file
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)
    return target


def backup_before_migration(database: Path, backups: Path, from_revision: str) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    name = f"pisac-antes-de-actualizar-{from_revision}-{stamp}.sqlite3"
    return sqlite_copy(database, backups / name)
