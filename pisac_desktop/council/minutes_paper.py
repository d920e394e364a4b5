"""The acta's paper: its data for the builder, who signs it, and the folios its printed pages
take in the minute book."""

from __future__ import annotations

import dataclasses
import functools

from sqlalchemy.orm import Session

from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.verification import VERIFY_MINUTES, code_for
from pisac_desktop.council.minutes import acta_title, minutes_of
from pisac_desktop.council.minutes import signers as acta_signers
from pisac_desktop.council.printing import registration_text, session_code, session_info
from pisac_desktop.council.sessions import load_session
from pisac_desktop.db.models.council import (
    MINUTES_DRAFT,
    Minutes,
)
from pisac_desktop.reports import council as rc


def minutes_signers(session: Session, minutes: Minutes) -> list[rc.Signer]:
    """Alcalde, secretario general, then dissenting members and those who asked to sign
    (minutes.signers), as printed: the post in capitals."""
    return [rc.Signer(signer.name, signer.post.upper())
            for signer in acta_signers(session, minutes)]


def minutes_doc(session: Session, session_id: int) -> rc.MinutesDoc:
    s = load_session(session, session_id)
    minutes = minutes_of(session, s.id)
    if minutes is None:
        raise DomainError("La sesión aún no tiene acta: redáctela primero.")
    return rc.MinutesDoc(
        info=session_info(session, s), heading=acta_title(s),
        body=minutes.body, registration=registration_text(session, minutes),
        signers=tuple(minutes_signers(session, minutes)),
        draft=minutes.state == MINUTES_DRAFT,
        verification=code_for(session, VERIFY_MINUTES, minutes.id),
        first_folio=minutes.first_folio if minutes.book_id is not None else None)


def printed_folios(session: Session, minutes: Minutes) -> int:
    """The pages the acta takes once registered (its registration line printed, one line
    whatever the numbers): the folios it must be given in the book."""
    doc = minutes_doc(session, minutes.session_id)
    doc = dataclasses.replace(doc, registration=doc.registration or
                              "Acta N° 999 — Libro de Actas N° 99 — Folios 999 al 999",
                              draft=False)
    return _pages(doc)


@functools.lru_cache(maxsize=32)
def _pages(doc: rc.MinutesDoc) -> int:
    """Counted once per content: the register dialog counts the folios, then registering
    counts them again (the acta cannot change in between unnoticed: same content, same
    pages)."""
    return rc.render_minutes_counted(doc)[1]


def printed_folios_of(session: Session, minutes_id: int) -> int:
    """printed_folios() of an acta by its id (1 when it no longer exists)."""
    row = session.get(Minutes, minutes_id)
    return printed_folios(session, row) if row is not None else 1


def minutes_pdf(session: Session, session_id: int) -> tuple[bytes, str]:
    s = load_session(session, session_id)
    return rc.render_minutes(minutes_doc(session, session_id)), f"acta-{session_code(s)}.pdf"
