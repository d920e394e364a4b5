"""Scanned files of a case file (PDF or images), kept in the database with their SHA-256:
every workstation sees them and every backup holds them. The checks and the columns stored are
core/stored_files.py's, shared with the scans of normative documents and actas."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import naive_utc_of
from pisac_desktop.core.errors import FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor
from pisac_desktop.core.stored_files import (  # noqa: F401 - re-exported for the trámite
    ATTACHMENT_TYPES,
    MAX_ATTACHMENT_BYTES,
    NewAttachment,
    attachment_error,
    stored_file,
)
from pisac_desktop.db.models import CaseAttachment, CaseFile


def attach(session: Session, actor: Actor, case: CaseFile, items: Iterable[NewAttachment],
            step_id: int | None) -> list[str]:
    names = []
    for item in items:
        if message := attachment_error(item):
            raise ValidationFailed([FieldError("attachments", message)])
        stored = stored_file(item)
        if session.scalar(select(CaseAttachment.id).where(
                CaseAttachment.case_file_id == case.id, CaseAttachment.sha256 == stored.sha256)):
            continue  # the same scan twice is kept once
        session.add(CaseAttachment(
            case_file_id=case.id, step_id=step_id, file_name=stored.file_name,
            media_type=stored.media_type, size=stored.size, sha256=stored.sha256,
            content=stored.content, added_by=actor.username,
            added_at=naive_utc_of(session)))
        names.append(f"{item.file_name} (SHA-256 {stored.sha256})")
    session.flush()
    return names
