"""Notifying the filer of a unit's answer (TUO Ley 27444 arts. 18-21 and 24): the oficio or
carta that answers a case file goes with a cédula de notificación, numbered in the same register
as the resolutions' cédulas; the delivery (date and hour, how, who received it) is recorded
with the same checks, and its date starts the 15 business days to appeal (art. 218.2)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.audit import record
from pisac_desktop.core.calendar import BusinessCalendar, Computation
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.db.models import CaseFile, Notification, UnitDocument
from pisac_desktop.db.models.tramite import DOC_ISSUED
from pisac_desktop.db.write_lock import get_for_update, writes
from pisac_desktop.instruments.notifications import (
    HOW_LABELS,
    NoticeForm,
    appeal_deadline,
    apply_notice,
    document_text,
    new_cedula,
)
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.tramite.cases import require_unit
from pisac_desktop.tramite.documents import KINDS


def _answer(session: Session, actor: Actor, document_id: int) -> tuple[UnitDocument, CaseFile]:
    doc = get_for_update(session, UnitDocument, document_id)
    if doc is None:
        raise DomainError("El documento ya no existe.")
    require_unit(session, actor, doc.unit_id)
    if doc.state != DOC_ISSUED:
        raise DomainError("Emita el documento antes de notificarlo: la cédula cita su número.")
    if not KINDS[doc.kind][2] or doc.case_file_id is None:
        raise DomainError("Se notifica al administrado un oficio o una carta que responde a su "
                          "expediente.")
    return doc, session.get(CaseFile, doc.case_file_id)


def cedula_of(session: Session, document_id: int) -> Notification | None:
    return session.scalar(select(Notification).where(Notification.unit_document_id ==
                                                     document_id).order_by(Notification.id))


@writes
def issue_answer_cedula(session: Session, actor: Actor, document_id: int) -> int:
    """The cédula that notifies the answer to the case file's filer, numbered now; asking again
    gives the same cédula (a number is given once). Returns its id."""
    doc, case = _answer(session, actor, document_id)
    existing = cedula_of(session, doc.id)
    if existing is not None:
        return existing.id
    from pisac_desktop.tramite.printing import unit_document_pages

    cedula = new_cedula(session, actor, case.filer_name,
                        document_text(case.filer_document_type, case.filer_document),
                        case.filer_address or "—", unit_document_pages(session, actor, doc.id),
                        unit_document_id=doc.id)
    record(session, actor, "update", "case_file", case.id,
           {"cédula de notificación": [None, f"{cedula.number_text}: notifica el "
                                             f"{doc.number_text} a {case.filer_name}"]})
    return cedula.id


@writes
def record_answer_notification(session: Session, actor: Actor, cedula_id: int,
                               form: NoticeForm) -> Computation:
    """How and when the answer was delivered; returns the appeal deadline it starts."""
    cedula = get_for_update(session, Notification, cedula_id)
    if cedula is None or cedula.unit_document_id is None:
        raise DomainError("La cédula ya no existe.")
    doc, case = _answer(session, actor, cedula.unit_document_id)
    before, deadline = apply_notice(session, actor, cedula, doc, form)
    record(session, actor, "notify", "case_file", case.id, {
        "cédula": [None, cedula.number_text], "documento": [None, doc.number_text],
        "notificada": [before.isoformat(" ") if before else None,
                       cedula.notified_at.isoformat(" ")],
        "forma": [None, HOW_LABELS[form.how]], "recibió": [None, cedula.received_by or None],
        "plazo para impugnar": [None, short_date(deadline.result)]})
    return deadline


@dataclass(frozen=True)
class AnswerNotice:
    """A cédula of a case file's answer, for its screen."""

    cedula_id: int
    cedula_text: str
    document_text: str
    notified_at: dt.datetime | None
    appeal_until: dt.date | None

    @property
    def text(self) -> str:
        if self.notified_at is None:
            return f"{self.cedula_text} ({self.document_text}): pendiente de notificar."
        return (f"{self.cedula_text} ({self.document_text}): notificada el "
                f"{self.notified_at:%d/%m/%Y a las %H:%M}; plazo para impugnar hasta el "
                f"{short_date(self.appeal_until)}.")


def notices_of_case(session: Session, actor: Actor, case_id: int) -> list[AnswerNotice]:
    require(actor, Permission.VIEW, session)
    calendar = BusinessCalendar.load(session)
    rows = session.execute(
        select(Notification, UnitDocument.number_text)
        .join(UnitDocument, Notification.unit_document_id == UnitDocument.id)
        .where(UnitDocument.case_file_id == case_id).order_by(Notification.id)).all()
    return [AnswerNotice(c.id, c.number_text, text, c.notified_at,
                         appeal_deadline(calendar, c.notified_at.date()).result
                         if c.notified_at else None) for c, text in rows]


def notice_of_document(session: Session, actor: Actor, document_id: int) -> AnswerNotice | None:
    """The cédula of one answer (None: not issued yet)."""
    require(actor, Permission.VIEW, session)
    cedula = cedula_of(session, document_id)
    if cedula is None:
        return None
    doc = session.get(UnitDocument, document_id)
    deadline = None
    if cedula.notified_at is not None:
        deadline = appeal_deadline(BusinessCalendar.load(session),
                                   cedula.notified_at.date()).result
    return AnswerNotice(cedula.id, cedula.number_text, doc.number_text, cedula.notified_at,
                        deadline)
