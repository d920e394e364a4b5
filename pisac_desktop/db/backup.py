"""Consistent copies of the SQLite database, their names, and what can be read inside one.

SQLite specifics only; the use cases live in core/backups.py (retention, auditing) and restore.py.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import os
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote

from pisac_desktop.clock import wall_time
from pisac_desktop.paths import create_private_file

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_PREFIX = "pisac-"
BACKUP_SUFFIX = ".sqlite3"
SERVER_BACKUP_SUFFIX = ".pgdump"  # a server database's copy: pg_dump custom format (pg_backup.py)
# A copy of the SQLite file compressed with gzip (any archiver opens it), with a summary beside
# it (.sqlite3.gz.json, like a server copy's): what it holds, read before compressing.
COMPRESSED_SUFFIX = ".sqlite3.gz"
# gzip level 1: the ten-year database (332 MB, a third of it trigram text indexes) becomes
# 74 MB in 3.7 s on the benchmark machine; level 6 makes 57 MB in 8.0 s. The copy runs in the
# background, but at close the person waits for it: speed first.
GZIP_LEVEL = 1
BLOCK = 1 << 20
PARTIAL_SUFFIX = ".parcial"
STEP_PAGES = 256  # pages copied per step of the online backup (progress granularity)

# progress(phase, done, total): phase "copiando" (pages) or "verificando" (total 0 = unknown).
# It may raise (e.g. BackupCancelled) to abort; the partial copy is then removed.
Progress = Callable[[str, int, int], None]


class BackupKind(StrEnum):
    """What made a copy; the value is part of the file name so anyone can see it in a folder."""

    DAILY = "diaria"
    MANUAL = "manual"
    MIGRATION = "antes-de-actualizar"
    ON_CLOSE = "al-cerrar"
    BEFORE_RESTORE = "antes-de-restaurar"

    @property
    def label(self) -> str:
        return KIND_LABELS[self]

    @property
    def automatic(self) -> bool:
        return self is not BackupKind.MANUAL


KIND_LABELS = {
    BackupKind.DAILY: "Diaria",
    BackupKind.MANUAL: "Manual",
    BackupKind.MIGRATION: "Antes de actualizar",
    BackupKind.ON_CLOSE: "Al cerrar",
    BackupKind.BEFORE_RESTORE: "Antes de restaurar",
}

_NAME = re.compile(
    r"^pisac-(?P<kind>" + "|".join(re.escape(k.value) for k in BackupKind) + r")"
    r"(?:-(?P<revision>[0-9A-Za-z_]+?))?"
    r"-(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>\d+))?(?:\.sqlite3|\.sqlite3\.gz|\.pgdump)$"
)


@dataclass(frozen=True)
class BackupName:
    kind: BackupKind
    created: dt.datetime  # local time, to the second
    revision: str | None = None  # schema the copy was at (pre-migration copies only)


def backup_name(kind: BackupKind, when: dt.datetime, revision: str | None = None,
                seq: int = 1, suffix: str = BACKUP_SUFFIX) -> str:
    """pisac-diaria-20261121-083005.sqlite3, pisac-antes-de-actualizar-0001-20261121-083005..."""
    rev = f"-{revision}" if revision else ""
    extra = f"-{seq}" if seq > 1 else ""
    return f"{BACKUP_PREFIX}{kind.value}{rev}-{when:%Y%m%d-%H%M%S}{extra}{suffix}"


def parse_backup_name(name: str) -> BackupName | None:
    match = _NAME.match(name)
    if not match:
        return None
    try:
        created = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None
    return BackupName(BackupKind(match["kind"]), created, match["revision"])


def unique_backup_path(folder: Path, kind: BackupKind, when: dt.datetime,
                       revision: str | None = None, suffix: str = BACKUP_SUFFIX) -> Path:
    seq = 1
    while True:
        candidate = folder / backup_name(kind, when, revision, seq, suffix)
        # A compressed copy passes through its plain file: neither name may be taken.
        stem = candidate.name.removesuffix(suffix)
        names = [stem + s for s in (BACKUP_SUFFIX, COMPRESSED_SUFFIX, SERVER_BACKUP_SUFFIX)]
        if not any((folder / n).exists() or (folder / (n + PARTIAL_SUFFIX)).exists()
                   for n in names):
            return candidate
        seq += 1


def sqlite_uri(path: Path, mode: str = "ro") -> str:
    """A file: URI; the path is quoted so '?', '#' or '%' in folder names keep their meaning."""
    return f"file:{quote(Path(path).as_posix(), safe='/:')}?mode={mode}"


def connect_read_only(path: Path, timeout: float = 15.0,
                      check_same_thread: bool = True) -> sqlite3.Connection:
    return sqlite3.connect(sqlite_uri(path), uri=True, timeout=timeout,
                           check_same_thread=check_same_thread)


def has_sqlite_header(path: Path) -> bool:
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def fsync_file(path: Path) -> None:
    with open(path, "rb+") as f:
        os.fsync(f.fileno())


def fsync_dir(folder: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextmanager
def published(tmp: Path, target: Path) -> Iterator[None]:
    """The block writes `tmp`; when it ends well, tmp is synced, renamed to `target` and the
    rename made durable; when it fails (or is cancelled), tmp is removed."""
    try:
        yield
        fsync_file(tmp)
        tmp.replace(target)
        fsync_dir(target.parent)
    except BaseException:
        with suppress(OSError):
            tmp.unlink()
        raise


def copy_from_connection(src: sqlite3.Connection, target: Path,
                         progress: Progress | None = None) -> Path:
    """Online backup of an open connection's database into a new single file at target.

    The copy is written to target + '.parcial' and renamed only when complete and synced.
    The source connection holds one read transaction for the whole copy: every step reads the
    same snapshot, so the copy is consistent and never restarts, however much others write
    meanwhile (WAL readers do not block writers).
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + PARTIAL_SUFFIX)
    with suppress(FileNotFoundError):
        tmp.unlink()
    opened_here = not src.in_transaction
    if opened_here:
        src.execute("BEGIN")
        src.execute("SELECT count(*) FROM sqlite_master").fetchone()  # pins the snapshot
    try:
        with published(tmp, target):
            create_private_file(tmp)  # copies hold password hashes: private from the first byte
            dst = sqlite3.connect(tmp)
            try:
                def step(_status: int, remaining: int, total: int) -> None:
                    if progress is not None:
                        progress("copiando", total - remaining, total)

                src.backup(dst, pages=STEP_PAGES, progress=step)
                dst.execute("PRAGMA journal_mode = DELETE")  # a self-contained single file
            finally:
                dst.close()
    finally:
        if opened_here and src.in_transaction:
            src.rollback()
    return target


def sqlite_copy(source: Path, target: Path, progress: Progress | None = None) -> Path:
    """Copy a live SQLite database consistently, even while others write to it."""
    with closing(connect_read_only(source)) as src:
        return copy_from_connection(src, target, progress)


def check_integrity(path: Path, quick: bool = False,
                    progress: Progress | None = None) -> list[str]:
    """PRAGMA integrity_check (or quick_check): [] when sound, else SQLite's findings.

    Raises sqlite3.Error when the file cannot be read as a database at all (the caller says
    what that means), and whatever progress() raises to cancel.
    """
    pragma = "quick_check" if quick else "integrity_check"
    aborted: list[BaseException] = []

    def tick() -> int:
        try:
            progress("verificando", 0, 0)
        except BaseException as exc:  # cancel: stop SQLite, re-raise below
            aborted.append(exc)
            return 1
        return 0

    with closing(connect_read_only(path)) as conn:
        if progress is not None:
            conn.set_progress_handler(tick, 200_000)
        try:
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        except sqlite3.OperationalError:
            if aborted:
                raise aborted[0] from None
            raise
    return [] if rows == ["ok"] else rows


@dataclass(frozen=True)
class InsideFacts:
    """What a copy says about itself."""

    revision: str | None  # alembic_version; None: not a Pisac Desktop database
    app_version: str | None  # app_meta 'app_version' (the app that last migrated it)
    counts: dict[str, int | None]  # table -> rows (None: the table does not exist there)


def read_inside(path: Path, tables: Iterable[str] = ()) -> InsideFacts:
    """Schema revision, app version and row counts, read from inside a database file."""
    with closing(connect_read_only(path)) as conn:
        existing = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = app_version = None
        if "alembic_version" in existing:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
        if "app_meta" in existing:
            row = conn.execute(
                "SELECT value FROM app_meta WHERE key = 'app_version'").fetchone()
            app_version = row[0] if row else None
        counts: dict[str, int | None] = {}
        for table in tables:
            if table in existing:
                quoted = '"' + table.replace('"', '""') + '"'
                counts[table] = conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]
            else:
                counts[table] = None
    return InsideFacts(revision, app_version, counts)


class BackupVerificationError(Exception):
    """A fresh copy did not pass integrity_check (it was deleted); the message is in Spanish."""


def verified_copy(source: Path, target: Path, progress: Progress | None = None) -> Path:
    """sqlite_copy, then integrity_check on the copy; a copy that fails is deleted."""
    sqlite_copy(source, target, progress)
    verify_or_delete(target, progress)
    return target


def verify_or_delete(target: Path, progress: Progress | None = None) -> None:
    try:
        problems = check_integrity(target, progress=progress)
    except sqlite3.Error as exc:
        problems = [str(exc)]
    except BaseException:
        with suppress(OSError):
            target.unlink()
        raise
    if problems:
        with suppress(OSError):
            target.unlink()
        raise BackupVerificationError(
            f"La copia de seguridad no pasó la verificación de integridad "
            f"({'; '.join(problems[:3])}); se descartó. La base de datos original puede estar "
            "dañada: avise al encargado de informática."
        )


# --- compressed copies -----------------------------------------------------------------------
def is_compressed(path: Path) -> bool:
    return Path(path).name.endswith(COMPRESSED_SUFFIX)


class CompressedCopyError(Exception):
    """A compressed copy cannot be read back whole (Spanish message)."""


def compress_file(plain: Path, target: Path, progress: Progress | None = None) -> str:
    """gzip `plain` into `target` (written as target + '.parcial', renamed when complete and
    synced), then read it back: its content must have the plain file's SHA-256, which is
    returned. Raises CompressedCopyError (nothing left behind) when it does not."""
    tmp = target.with_name(target.name + PARTIAL_SUFFIX)
    total, done = plain.stat().st_size, 0
    digest = hashlib.sha256()
    with published(tmp, target):
        create_private_file(tmp)
        with open(plain, "rb") as src, open(tmp, "wb") as raw, \
                gzip.GzipFile(filename=plain.name, mode="wb", fileobj=raw,
                              compresslevel=GZIP_LEVEL, mtime=0) as out:
            for block in iter(lambda: src.read(BLOCK), b""):
                digest.update(block)
                out.write(block)
                done += len(block)
                if progress is not None:
                    progress("comprimiendo", done, total)
        written = content_digest(tmp, progress)
        if written != digest.hexdigest():
            raise CompressedCopyError("La copia comprimida no coincide con la base de datos "
                                      "copiada al leerla de nuevo; se descartó.")
    return written


def content_digest(packed: Path, progress: Progress | None = None) -> str:
    """SHA-256 of what a compressed copy holds, reading it whole (verifying gzip's own CRC).
    Raises CompressedCopyError when it cannot be read to the end."""
    digest = hashlib.sha256()
    try:
        with gzip.open(packed, "rb") as src:
            for block in iter(lambda: src.read(BLOCK), b""):
                digest.update(block)
                if progress is not None:
                    progress("verificando", 0, 0)
    except (OSError, EOFError, zlib.error) as exc:  # BadGzipFile is an OSError
        raise CompressedCopyError(f"el archivo comprimido está dañado o incompleto ({exc})"
                                  ) from exc
    return digest.hexdigest()


def decompress_file(packed: Path, target: Path) -> str:
    """The SQLite file inside a compressed copy, written to `target` (a new private file);
    returns its SHA-256. Raises CompressedCopyError (target removed) when it cannot be read."""
    digest = hashlib.sha256()
    try:
        create_private_file(target)
        with gzip.open(packed, "rb") as src, open(target, "wb") as out:
            for block in iter(lambda: src.read(BLOCK), b""):
                digest.update(block)
                out.write(block)
    except (OSError, EOFError, zlib.error) as exc:
        with suppress(OSError):
            target.unlink()
        if isinstance(exc, OSError) and not isinstance(exc, gzip.BadGzipFile) \
                and exc.errno is not None:
            raise  # the disk, not the copy: the caller says so
        raise CompressedCopyError(f"el archivo comprimido está dañado o incompleto ({exc})"
                                  ) from exc
    return digest.hexdigest()


def backup_before_migration(database: Path, backups: Path, from_revision: str,
                            when: dt.datetime | None = None) -> Path:
    when = when or wall_time()
    target = unique_backup_path(backups, BackupKind.MIGRATION, when, from_revision)
    return verified_copy(database, target)
