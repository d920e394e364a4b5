"""What waits in the information requests, for the Secretaría General's Resumen: the last day to
extend a request (art. 11 g), requests due within two business days, and those past their due
date without an answer (the requester may take them as denied)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.institution import PendingItem
from pisac_desktop.db.models import CaseFile
from pisac_desktop.db.models.requests import InformationRequest
from pisac_desktop.db.models.tramite import IN_PROCESS
from pisac_desktop.requests.information import clock
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.tramite.deadlines import DUE_SOON_DAYS


def request_pending(session: Session, today: dt.date) -> list[PendingItem]:
    rows = session.execute(
        select(InformationRequest, CaseFile).join(
            CaseFile, CaseFile.id == InformationRequest.case_file_id)
        .where(InformationRequest.outcome == "", CaseFile.state == IN_PROCESS)
        .order_by(CaseFile.received_at)).all()
    if not rows:
        return []
    calendar = BusinessCalendar.load(session)
    soon = calendar.deadline(today, DUE_SOON_DAYS).result
    last_day, due_soon, lapsed = [], [], []
    for request, case in rows:
        state = clock(calendar, request.filed_on, case.completed_on,
                      bool(case.missing_requirements), request.extended_to)
        if request.extended_to is None and state.extension_until.result == today:
            last_day.append(case)
        if state.effective_due is None:
            continue
        if state.effective_due < today:
            lapsed.append(case)
        elif state.effective_due <= soon:
            due_soon.append(case)
    items = []
    for cases, one, many, detail in (
            (lapsed, "Solicitud de acceso a la información vencida",
             "Solicitudes de acceso a la información vencidas",
             "Sin respuesta: el solicitante puede tenerlas por denegadas y apelar"),
            (due_soon, f"Solicitud de acceso a la información que vence hasta el "
                       f"{short_date(soon)}",
             f"Solicitudes de acceso a la información que vencen hasta el {short_date(soon)}",
             "Plazo de 10 días hábiles o su prórroga (art. 11 de la Ley 27806)"),
            (last_day, "Hoy es el último día para prorrogar una solicitud de acceso",
             "Hoy es el último día para prorrogar solicitudes de acceso",
             "La prórroga se comunica dentro de los 2 días hábiles de recibida (art. 11 g)")):
        if cases:
            items.append(PendingItem(one if len(cases) == 1 else many, len(cases),
                                     f"{detail}: " + ", ".join(c.number_text for c in cases[:3])
                                     + (" y otras" if len(cases) > 3 else ""), cases[0].id,
                                     urgent=cases is lapsed))
    return items


def _due_items(session: Session, today: dt.date, model, what: tuple[str, str],
               pending_clause) -> list[PendingItem]:
    """Open case files of one kind of request past their due date, and due within two
    business days (the case file's due date is the request's)."""
    # From the (small) table of the kind to its case files: not a walk over every case file.
    rows = session.execute(
        select(CaseFile).where(CaseFile.id.in_(select(model.case_file_id)
                                               .where(pending_clause)),
                               CaseFile.state == IN_PROCESS, CaseFile.due_on.is_not(None))
        .order_by(CaseFile.due_on, CaseFile.id)).scalars().all()
    if not rows:
        return []
    soon = BusinessCalendar.load(session).deadline(today, DUE_SOON_DAYS).result
    one, many = what
    items = []
    for chosen, label_one, label_many in (
            ([c for c in rows if c.due_on < today], f"{one} vencido", f"{many} vencidos"),
            ([c for c in rows if today <= c.due_on <= soon],
             f"{one} que vence hasta el {short_date(soon)}",
             f"{many} que vencen hasta el {short_date(soon)}")):
        if chosen:
            items.append(PendingItem(
                label_one if len(chosen) == 1 else label_many, len(chosen),
                ", ".join(f"{c.number_text} (vence {short_date(c.due_on)})" for c in chosen[:3])
                + (" y otros" if len(chosen) > 3 else ""), chosen[0].id,
                urgent=chosen[0].due_on < today))
    return items


def appeal_pending(session: Session, today: dt.date) -> list[PendingItem]:
    """The recursos and the complaints the Gerencia must decide, due soon or overdue (ROF art.
    32), for its Resumen (they open in «Recursos y reclamos»)."""
    from pisac_desktop.db.models.requests import Appeal, Complaint

    return (_due_items(session, today, Appeal, ("Recurso por resolver",
                                                "Recursos por resolver"),
                       Appeal.outcome == "")
            + _due_items(session, today, Complaint, ("Reclamo por responder",
                                                     "Reclamos por responder"),
                         Complaint.answered_on.is_(None)))


def councillor_pending(session: Session, today: dt.date) -> list[PendingItem]:
    """The councillors' requests without an answer, overdue or due within two business days:
    the Secretaría General presses the units before the next session."""
    from pisac_desktop.db.models.requests import CouncillorRequest

    return _due_items(session, today, CouncillorRequest,
                      ("Pedido de regidor sin respuesta", "Pedidos de regidores sin respuesta"),
                      CouncillorRequest.delivered_on.is_(None))
