"""Scanned files of a case file (PDF or images), kept in the database with their SHA-256:
every workstation sees them and every backup holds them. A size limit keeps the database and
its copies manageable; beyond it, a clear message says how to scan smaller."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import naive_utc_of
from pisac_desktop.core.errors import FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor
from pisac_desktop.db.models import CaseAttachment, CaseFile

MAX_ATTACHMENT_BYTES = 25 * 1024 * 1024
ATTACHMENT_TYPES = {".pdf": "application/pdf", ".png": "image/png", ".jpg": "image/jpeg",
                    ".jpeg": "image/jpeg", ".tif": "image/tiff", ".tiff": "image/tiff"}


@dataclass(frozen=True)
class NewAttachment:
    file_name: str
    content: bytes


def attachment_error(item: NewAttachment) -> str | None:
    suffix = "." + item.file_name.rsplit(".", 1)[-1].lower() if "." in item.file_name else ""
    if suffix not in ATTACHMENT_TYPES:
        return (f"«{item.file_name}» no es un PDF ni una imagen (PNG, JPG o TIFF): escanee el "
                "documento en uno de esos formatos.")
    if not item.content:
        return f"«{item.file_name}» está vacío."
    if len(item.content) > MAX_ATTACHMENT_BYTES:
        size = len(item.content) / 1024 / 1024
        return (f"«{item.file_name}» pesa {size:.1f} MB y el máximo es "
                f"{MAX_ATTACHMENT_BYTES // 1024 // 1024} MB: escanéelo a menor resolución "
                "(150 ppp en blanco y negro basta para un escrito) o divídalo.")
    return None


def attach(session: Session, actor: Actor, case: CaseFile, items: Iterable[NewAttachment],
            step_id: int | None) -> list[str]:
    names = []
    for item in items:
        if message := attachment_error(item):
            raise ValidationFailed([FieldError("attachments", message)])
        digest = hashlib.sha256(item.content).hexdigest()
        if session.scalar(select(CaseAttachment.id).where(
                CaseAttachment.case_file_id == case.id, CaseAttachment.sha256 == digest)):
            continue  # the same scan twice is kept once
        suffix = "." + item.file_name.rsplit(".", 1)[-1].lower()
        session.add(CaseAttachment(
            case_file_id=case.id, step_id=step_id, file_name=item.file_name[-255:],
            media_type=ATTACHMENT_TYPES[suffix], size=len(item.content), sha256=digest,
            content=item.content, added_by=actor.username,
            added_at=naive_utc_of(session)))
        names.append(f"{item.file_name} (SHA-256 {digest})")
    session.flush()
    return names
