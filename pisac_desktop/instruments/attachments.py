"""The scanned files of a normative document (its signed original, a registro histórico's only
copy): kept in the database with their SHA-256 like a case file's scans (core/stored_files.py),
listed in the detail panel and opened from it. They come in bulk from the scanned archive
(council/archive_scans.py)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import local_from_naive_utc
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.stored_files import NewAttachment, scan_columns, size_text
from pisac_desktop.db.models import InstrumentAttachment


@dataclass(frozen=True)
class ScanView:
    """One stored scan, for a list (without its bytes)."""

    id: int
    file_name: str
    size: int
    sha256: str
    added_by: str
    added_at: dt.datetime  # naive UTC, as stored

    @property
    def label(self) -> str:
        local = local_from_naive_utc(self.added_at)
        return (f"{self.file_name} ({size_text(self.size)}, adjuntado por {self.added_by} el "
                f"{local:%d/%m/%Y})")


def scans_of(session: Session, instrument_id: int) -> list[ScanView]:
    return [ScanView(*row) for row in session.execute(
        select(InstrumentAttachment.id, InstrumentAttachment.file_name,
               InstrumentAttachment.size, InstrumentAttachment.sha256,
               InstrumentAttachment.added_by, InstrumentAttachment.added_at)
        .where(InstrumentAttachment.instrument_id == instrument_id)
        .order_by(InstrumentAttachment.id))]


def scan_content(session: Session, actor: Actor, scan_id: int) -> tuple[str, bytes]:
    """(file name, bytes) of a document's scan, to open it."""
    require(actor, Permission.VIEW, session)
    row = session.get(InstrumentAttachment, scan_id)
    if row is None:
        raise DomainError("El archivo escaneado ya no existe.")
    return row.file_name, row.content


def has_scan(session: Session, instrument_id: int, sha256: str) -> bool:
    return session.scalar(select(InstrumentAttachment.id).where(
        InstrumentAttachment.instrument_id == instrument_id,
        InstrumentAttachment.sha256 == sha256)) is not None


def add_scan(session: Session, actor: Actor, instrument_id: int, item: NewAttachment) -> bool:
    """Keep the file with the document, in the caller's unit of work (which holds the write
    lock and audits); False when the document already has this very file."""
    columns = scan_columns(session, actor, item)
    if has_scan(session, instrument_id, columns["sha256"]):
        return False
    session.add(InstrumentAttachment(instrument_id=instrument_id, **columns))
    session.flush()
    return True
