"""Start-up health of the SQLite file: checked with raw sqlite3, read-only, before SQLAlchemy.

A damaged file is never opened by the engine (which would switch it to WAL and write) and never
overwritten: the start-up offers to move it aside and restore a sound backup instead. The one
write before the check is SQLite's own crash recovery: a hot rollback journal is played back.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing, suppress
from pathlib import Path
from typing import Any

from pisac_desktop.db import engine as _engine
from pisac_desktop.db.backup import SQLITE_HEADER, connect_read_only, sqlite_uri
from pisac_desktop.db.schema import SchemaError


class DamagedDatabaseError(SchemaError):
    """The database file is damaged or is not a database; it was not opened nor touched.

    reason: what is wrong, in Spanish. newest_backup: the newest sound backup that this version
    can restore (a core.backups.BackupInfo, not named here: db/ stands below the core), or None.
    """

    def __init__(self, message: str, path: Path, reason: str,
                 newest_backup: Any | None = None):
        super().__init__(message)
        self.path = path
        self.reason = reason
        self.newest_backup = newest_backup


class DatabaseBusyError(SchemaError):
    """Another program holds the database locked (e.g. another Pisac Desktop migrating it)."""


BUSY_MESSAGE = (
    "La base de datos {path} está ocupada por otro programa (quizá otra ventana de Pisac "
    "Desktop que la está actualizando o respaldando). Espere un momento y vuelva a abrir el "
    "programa; si el mensaje se repite, cierre las demás ventanas de Pisac Desktop o reinicie "
    "la computadora."
)


def is_locked_error(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", exc)).lower()
    return "database is locked" in text or "database table is locked" in text


def busy_error(path: Path | str) -> DatabaseBusyError:
    return DatabaseBusyError(BUSY_MESSAGE.format(path=path))


def file_problem(path: Path, quick: bool = True, cheap: bool = False) -> str | None:
    """None when the file is a sound SQLite database; else what is wrong with it, in Spanish.

    cheap: only the header and the schema are read (milliseconds whatever the size), for a file
    a clean close left as it is; the full check then runs in the background (health_gate.py).

    Raises DatabaseBusyError when another connection holds it locked past the busy timeout, and
    OSError when the file cannot be read at all (permissions: not a damage, not fixable by a
    restore).
    """
    path = Path(path)
    before = sidecars_present(path)
    problem = _file_problem(path, "cheap" if cheap else "quick_check" if quick else
                            "integrity_check")
    if problem is not None:  # nobody will use it: leave no trace of the check next to it
        remove_created_sidecars(path, before)
    return problem


def _file_problem(path: Path, pragma: str) -> str | None:
    size = path.stat().st_size
    if size == 0:
        # An empty file is a valid empty SQLite database, but the app never leaves one behind:
        # it can only be what is left of a damaged or overwritten database.
        return "el archivo está vacío (0 bytes)"
    with open(path, "rb") as f:
        header = f.read(len(SQLITE_HEADER))
    if header != SQLITE_HEADER:
        return "el archivo no es una base de datos SQLite (fue sobrescrito o es otro tipo de archivo)"
    try:
        try:
            rows = _run_check(path, pragma)
        except sqlite3.OperationalError as exc:
            if not _hot_journal_left(exc, path):
                raise
            _roll_back_hot_journal(path)
            rows = _run_check(path, pragma)
    except sqlite3.OperationalError as exc:
        if is_locked_error(exc):
            raise busy_error(path) from exc
        if "unable to open" in str(exc).lower():
            raise OSError(f"no se puede abrir {path}: {exc}") from exc
        return f"SQLite no puede leerlo ({exc})"
    except sqlite3.DatabaseError as exc:  # malformed, not a database, ...
        return f"SQLite no puede leerlo ({_spanish_sqlite(exc)})"
    if rows != ["ok"]:
        return "la verificación de integridad encontró daños (" + "; ".join(rows[:3]) + ")"
    return None


def _run_check(path: Path, pragma: str) -> list[str]:
    with closing(connect_read_only(path, _engine.SQLITE_BUSY_TIMEOUT_MS / 1000)) as conn:
        if pragma == "cheap":  # reads the schema: a page 1 SQLite cannot parse raises here
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return ["ok"]
        return [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]


def _hot_journal_left(exc: sqlite3.OperationalError, path: Path) -> bool:
    """A crash in the middle of a write in rollback-journal mode (a restored or migrated copy,
    before it is switched to WAL) left a journal that only a writer can play back."""
    return (getattr(exc, "sqlite_errorname", "") == "SQLITE_READONLY_ROLLBACK"
            and path.with_name(path.name + "-journal").exists())


def _roll_back_hot_journal(path: Path) -> None:
    """SQLite's own crash recovery, as any ordinary open would do it first: the journal puts
    back the pages of the unfinished transaction, leaving the last committed state."""
    with closing(sqlite3.connect(sqlite_uri(path, "rw"), uri=True,
                                 timeout=_engine.SQLITE_BUSY_TIMEOUT_MS / 1000)) as conn:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()


def _spanish_sqlite(exc: BaseException) -> str:
    text = str(exc)
    known = {
        "database disk image is malformed": "la imagen de la base de datos está dañada",
        "file is not a database": "el archivo no es una base de datos",
    }
    return known.get(text.lower(), text)


def remove_created_sidecars(path: Path, existed_before: dict[str, bool]) -> None:
    """Remove the empty -wal/-shm that a read-only check created next to a damaged file."""
    for suffix, existed in existed_before.items():
        sidecar = path.with_name(path.name + suffix)
        if not existed and sidecar.exists():
            with suppress(OSError):
                if suffix == "-shm" or sidecar.stat().st_size == 0:
                    sidecar.unlink()


def sidecars_present(path: Path) -> dict[str, bool]:
    return {s: path.with_name(path.name + s).exists() for s in ("-wal", "-shm")}


def damaged_message(path: Path, reason: str, newest: Any | None, backups_dir: Path) -> str:
    if newest is not None:
        offer = (f"Hay una copia de seguridad íntegra del {newest.created_text} que se puede "
                 "restaurar; el archivo dañado se conservará aparte con otro nombre.")
    else:
        offer = (f"No se encontró ninguna copia de seguridad íntegra en {backups_dir}. Avise al "
                 "encargado de informática: puede restaurar una copia guardada en otro lugar "
                 "(por ejemplo, una memoria USB) con «pisac-desktop restore ARCHIVO».")
    return (f"La base de datos {path} está dañada o no se puede leer: {reason}. Para no empeorar "
            f"el daño no se abrió ni se modificó. {offer}")
