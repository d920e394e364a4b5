"""Tests that read or edit a copy with sqlite3 (to damage it, to make it look newer, to count its
rows) turn a fresh compressed copy into the older plain format, which every path still accepts."""

from __future__ import annotations

from pathlib import Path

from pisac_desktop.core.compressed_backups import plain_name, summary_of
from pisac_desktop.db.backup import decompress_file, is_compressed


def as_plain(copy) -> Path:
    """A copy (path or BackupInfo) as a plain .sqlite3 file of the same name without .gz; the
    compressed file and its summary are removed. A plain copy is returned as it is."""
    path = Path(getattr(copy, "path", copy))
    if not is_compressed(path):
        return path
    plain = path.with_name(plain_name(path))
    decompress_file(path, plain)
    path.unlink()
    summary_of(path).unlink(missing_ok=True)
    return plain


def copies_in(folder: Path) -> list[Path]:
    """The copies of a folder, either format, by name."""
    return sorted(p for p in Path(folder).iterdir()
                  if p.name.endswith((".sqlite3", ".sqlite3.gz")))
