"""The mark of a clean end: "this file was found sound and then closed by Pisac Desktop".

Written after the engine is disposed at the end of a session whose full integrity check found
the file sound; removed at the next start before anything is written. When it is there and the
file is exactly as it was left (size, modification time, no -wal beside it), nothing of this
program can have damaged it since, and the start-up runs only the cheap checks before the
window, the full one in the background (db/health_gate.py). A crash, a power cut, a copy over
the file or another program writing it leaves no stamp or a stamp that does not match: the full
check runs first, as always.
"""

from __future__ import annotations

import json
import logging
from contextlib import suppress
from pathlib import Path

log = logging.getLogger(__name__)


def stamp_path(database: Path) -> Path:
    return database.with_name(f".{database.name}.verificada")


def _facts(database: Path) -> dict | None:
    try:
        stat = database.stat()
    except OSError:
        return None
    if database.with_name(database.name + "-wal").exists():
        return None  # not closed cleanly (or still open): never trusted
    return {"size": stat.st_size, "mtime_ns": stat.st_mtime_ns}


def write_stamp(database: Path) -> bool:
    """After a clean close of a file found sound. False when it cannot be trusted or written."""
    facts = _facts(database)
    if facts is None:
        return False
    try:
        stamp_path(database).write_text(json.dumps(facts), encoding="ascii")
    except OSError:
        log.warning("Could not write %s", stamp_path(database), exc_info=True)
        return False
    return True


def take_stamp(database: Path) -> bool:
    """Whether the file is as a clean close left it; the stamp is removed either way (this
    session may write, and only its own clean end may stamp the file again)."""
    path = stamp_path(database)
    try:
        saved = json.loads(path.read_text(encoding="ascii"))
    except (OSError, ValueError):
        saved = None
    with suppress(OSError):
        path.unlink(missing_ok=True)
    return saved is not None and saved == _facts(database)


def drop_stamp(database: Path) -> None:
    with suppress(OSError):
        stamp_path(database).unlink(missing_ok=True)
