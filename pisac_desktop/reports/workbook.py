"""A workbook made by a writer that wants a path, as bytes: the screens save them where the
person chooses."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path


def workbook_bytes(write: Callable[[Path], None]) -> bytes:
    """What write(path) puts in an .xlsx file, read back as bytes."""
    with tempfile.TemporaryDirectory(prefix="pisac-xlsx-") as tmp:
        path = Path(tmp) / "libro.xlsx"
        write(path)
        return path.read_bytes()
