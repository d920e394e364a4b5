"""Scanned files kept in the database (PDF or images) with their SHA-256: a case file's scans
(tramite/attachments.py), a normative document's or an acta's signed original
(instruments/attachments.py, council/archive_scans.py). Every workstation sees them and every
backup holds them; a size limit keeps the database and its copies manageable, and beyond it a
clear message says how to scan smaller."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
ATTACHMENT_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg",
                    ".jpeg": "image/jpeg", ".tif": "image/tiff", ".tiff": "image/tiff"}


@dataclass(frozen=True)
class NewAttachment:
    file_name: str
    content: bytes


def suffix_of(file_name: str) -> str:
    """'.pdf' for 'RA-045-2024.PDF'; '' without one."""
    return "." + file_name.rsplit(".", 1)[-1].lower() if "." in file_name else ""


def is_attachable_name(file_name: str) -> bool:
    return suffix_of(file_name) in ATTACHMENT_TYPES


def attachment_error(item: NewAttachment) -> str | None:
    """Why the file cannot be kept (Spanish), or None."""
    if not is_attachable_name(item.file_name):
        return (f"«{item.file_name}» no es un PDF ni una imagen (PNG, JPG o TIFF): escanee el "
                "documento en uno de esos formatos.")
    return size_error(item.file_name, len(item.content))


def size_error(file_name: str, size: int) -> str | None:
    """Why a file of this size cannot be kept (empty, too large), or None."""
    if not size:
        return f"«{file_name}» está vacío."
    if size > MAX_ATTACHMENT_BYTES:
        return (f"«{file_name}» pesa {size / 1024 / 1024:.1f} MB y el máximo es "
                f"{MAX_ATTACHMENT_BYTES // 1024 // 1024} MB: escanéelo a menor resolución "
                "(150 ppp en blanco y negro basta para un escrito) o divídalo.")
    return None


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


@dataclass(frozen=True)
class StoredFile:
    """What a table of scans stores for one file (its columns, but the owner and who added)."""

    file_name: str
    media_type: str
    size: int
    sha256: str
    content: bytes


def stored_file(item: NewAttachment) -> StoredFile:
    """The columns of a checked file (attachment_error() first)."""
    return StoredFile(item.file_name[-255:], ATTACHMENT_TYPES[suffix_of(item.file_name)],
                      len(item.content), sha256_of(item.content), item.content)


def scan_columns(session, actor, item: NewAttachment) -> dict:
    """The columns of a scan row for a checked file: the file's own (stored_file) and who added
    it when; DomainError (its Spanish reason) for a file that cannot be kept."""
    from dataclasses import asdict

    from pisac_desktop.clock import naive_utc_of
    from pisac_desktop.core.errors import DomainError

    if message := attachment_error(item):
        raise DomainError(message)
    return {**asdict(stored_file(item)), "added_by": actor.username,
            "added_at": naive_utc_of(session)}


def size_text(size: int) -> str:
    """'850 KB', '1,2 MB' (Spanish decimal comma)."""
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
