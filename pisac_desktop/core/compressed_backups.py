"""Compressed copies of the SQLite database: pisac-<tipo>-<fecha>.sqlite3.gz, with a summary
beside it (.sqlite3.gz.json) of what it holds, read from the copy before compressing it.

The daily, on-close and manual copies are compressed (issue 15: the ten-year database is
332 MB, its gzip -1 copy 74 MB). How one is made (core/backups.py make_backup): the
online backup into the plain .sqlite3 file, integrity_check on it, its summary read, gzip into
.sqlite3.gz.parcial, read back whole (SHA-256 of the content equal to the plain file's),
renamed, the summary written, the plain file deleted. A kill at any point leaves either the
sound plain copy (an older-style copy, restorable) or a .parcial that start-up removes
(db/leftovers.py).

Listing decompresses nothing: it reads the summary, and the .gz's size and SHA-256 must match
it. The full check (before a restore, the damaged-start offer) decompresses into a private
folder beside the copy (pisac-copia-*, swept by db/leftovers.py after a kill), compares the
SHA-256 and runs integrity_check. Restoring decompresses the same way and then follows the
plain copy's path (restore.py). Copies from before this format (.sqlite3) keep working
everywhere.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path

from pisac_desktop import __version__
from pisac_desktop.db.backup import (
    BACKUP_SUFFIX,
    COMPRESSED_SUFFIX,
    CompressedCopyError,
    Progress,
    compress_file,
    decompress_file,
    is_compressed,
    read_inside,
)
from pisac_desktop.db.leftovers import UNPACKED_PREFIX  # it removes those a kill left
from pisac_desktop.db.pg_backup import file_digest
from pisac_desktop.paths import write_private_text

log = logging.getLogger(__name__)

SUMMARY_SUFFIX = ".json"
SUMMARY_FORMAT = "pisac-desktop-sqlite-gz"
CHANGED = "el archivo cambió después de hacerse la copia (no coincide con su resumen .json)"


@dataclass(frozen=True)
class PackedSummary:
    """What a compressed copy holds (read from the plain copy before compressing it)."""

    size: int  # of the .gz file
    sha256: str  # of the .gz file: listing sees any change to it without decompressing
    plain_size: int
    plain_sha256: str
    revision: str | None = None
    app_version: str | None = None  # the app that last migrated the database
    counts: dict[str, int | None] = field(default_factory=dict)  # table -> rows
    head_entry: int = 0  # the audit trail's last entry in the copy
    head_hash: str = ""
    ruc: str = ""
    institution: str = ""
    made_by: str = __version__  # the app version that made the copy


def summary_of(packed: Path) -> Path:
    return packed.with_name(packed.name + SUMMARY_SUFFIX)


def read_summary(packed: Path) -> PackedSummary | None:
    """The summary beside a compressed copy; None when missing or unreadable."""
    try:
        data = json.loads(summary_of(packed).read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.pop("formato", None) != SUMMARY_FORMAT:
            return None
        data.pop("version", None)
        summary = PackedSummary(**data)
    except (OSError, ValueError, TypeError, AttributeError):
        return None
    if not isinstance(summary.counts, dict):
        return None
    return summary


def write_summary(packed: Path, summary: PackedSummary) -> None:
    data = {"formato": SUMMARY_FORMAT, "version": 1, **asdict(summary)}
    write_private_text(summary_of(packed), json.dumps(data, ensure_ascii=False, indent=1) + "\n")


def pack(plain: Path, target: Path, tables: Iterable[str],
         progress: Progress | None = None) -> PackedSummary:
    """Compress a verified plain copy into `target` (.sqlite3.gz) with its summary; the plain
    file is left for the caller to delete. Raises CompressedCopyError, OSError."""
    from pisac_desktop.core.audit_anchor import file_head, file_ruc

    inside = read_inside(plain, tables)
    head = file_head(plain)
    ruc, institution = file_ruc(plain) or ("", "")
    digest = compress_file(plain, target, progress)
    summary = PackedSummary(
        size=target.stat().st_size, sha256=file_digest(target),
        plain_size=plain.stat().st_size, plain_sha256=digest,
        revision=inside.revision, app_version=inside.app_version, counts=inside.counts,
        head_entry=head.entry if head else 0, head_hash=head.hash if head else "",
        ruc=ruc, institution=institution)
    write_summary(target, summary)
    return summary


def plain_name(packed: Path) -> str:
    """pisac-diaria-20261203-080000.sqlite3.gz -> pisac-diaria-20261203-080000.sqlite3"""
    name = Path(packed).name
    return name.removesuffix(".gz") if name.endswith(COMPRESSED_SUFFIX) else name + BACKUP_SUFFIX


@contextmanager
def plain_copy(path: Path, check: bool = True) -> Iterator[Path]:
    """The SQLite file of a copy: the file itself, or a compressed copy's content in a private
    temporary folder (same name without .gz), removed afterwards. check: its SHA-256 must be
    the summary's (when there is one). Raises CompressedCopyError (Spanish), OSError."""
    path = Path(path)
    if not is_compressed(path):
        yield path
        return
    folder = _work_folder(path)
    try:
        plain = folder / plain_name(path)
        digest = decompress_file(path, plain)
        summary = read_summary(path) if check else None
        if summary is not None and digest != summary.plain_sha256:
            raise CompressedCopyError("su contenido no coincide con su resumen .json")
        yield plain
    finally:
        shutil.rmtree(folder, ignore_errors=True)
        if folder.exists():
            log.warning("Could not remove the decompressed copy in %s", folder)




def _work_folder(packed: Path) -> Path:
    """A private (0700: the content holds password hashes) folder for the content: beside the
    copy, where its free space was checked when it was made (the system's temporary folder is
    often on another, fuller drive); the temporary folder when that one cannot be written (a
    read-only stick)."""
    try:
        return Path(tempfile.mkdtemp(prefix=UNPACKED_PREFIX, dir=packed.parent))
    except OSError:
        return Path(tempfile.mkdtemp(prefix=UNPACKED_PREFIX))


def quick_problem(path: Path, summary: PackedSummary | None) -> str | None:
    """What listing can tell without decompressing: the file is not the one the summary
    describes (size, then SHA-256 of the compressed file: a tenth of the database to read)."""
    if summary is None:
        return None  # unknown: the full check decides
    if summary.size != path.stat().st_size or summary.sha256 != file_digest(path):
        return CHANGED
    return None


__all__ = ["CompressedCopyError", "PackedSummary", "pack", "plain_copy", "plain_name",
           "quick_problem", "read_summary", "summary_of", "write_summary"]
