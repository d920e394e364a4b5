"""What waits in the trámite, for the overview pages (Resumen): case files no unit has received
yet, those past their deadline and those due within two business days, filings whose period to complete requirements has ended, and
answers whose cédula is still to be delivered. Counted in SQL over every unit (the overview is
the module's, not one person's); each row opens the first case file it names."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.institution import PendingItem
from pisac_desktop.db.models import CaseFile, CaseStep, Notification, OrgUnit, UnitDocument
from pisac_desktop.db.models.tramite import IN_PROCESS
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.tramite.deadlines import DUE_SOON_DAYS

SHOWN_UNITS = 3


def _by_unit(session: Session, condition) -> tuple[int, str, int | None]:
    """How many open case files meet `condition` (on the open step and the case file), the
    units that hold most of them, and the oldest one's id."""
    base = (select(CaseStep.to_unit_id, func.count())
            .join(CaseFile, CaseFile.id == CaseStep.case_file_id)
            .where(CaseStep.closed_at.is_(None), CaseFile.state == IN_PROCESS, condition)
            .group_by(CaseStep.to_unit_id))
    rows = session.execute(base).all()
    total = sum(n for _u, n in rows)
    if not total:
        return 0, "", None
    names = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    top = sorted(rows, key=lambda r: -r[1])
    detail = "; ".join(f"{names.get(u, '—')}: {n}" for u, n in top[:SHOWN_UNITS])
    if len(top) > SHOWN_UNITS:
        detail += f" y {len(top) - SHOWN_UNITS} unidades más"
    first = session.scalar(select(CaseFile.id).join(CaseStep, CaseStep.case_file_id ==
                                                    CaseFile.id)
                           .where(CaseStep.closed_at.is_(None), CaseFile.state == IN_PROCESS,
                                  condition).order_by(CaseFile.received_at).limit(1))
    return total, detail, first


def case_pending(session: Session, today: dt.date) -> list[PendingItem]:
    items = []
    total, detail, first = _by_unit(session, CaseStep.received_at.is_(None))
    if total:
        items.append(PendingItem("Expediente por recibir" if total == 1 else
                                 "Expedientes por recibir", total, detail, first))
    due = func.coalesce(CaseStep.due_on, CaseFile.due_on)  # the step's own, else the file's
    total, detail, first = _by_unit(session, due < today)
    if total:
        items.append(PendingItem("Expediente con plazo vencido" if total == 1 else
                                 "Expedientes con plazo vencido", total, detail, first))
    soon = BusinessCalendar.load(session).deadline(today, DUE_SOON_DAYS).result
    total, detail, first = _by_unit(session, and_(due >= today, due <= soon))
    if total:
        items.append(PendingItem(
            f"Expediente que vence hasta el {short_date(soon)}" if total == 1 else
            f"Expedientes que vencen hasta el {short_date(soon)}", total, detail, first))
    lapsed = and_(CaseFile.completion_due < today, CaseFile.completed_on.is_(None),
                  CaseFile.missing_requirements != "")
    total, detail, first = _by_unit(session, lapsed)
    if total:
        items.append(PendingItem(
            "Plazo para subsanar vencido: se tiene por no presentado (art. 136)" if total == 1
            else "Plazos para subsanar vencidos: se tienen por no presentados (art. 136)",
            total, detail, first))
    undelivered = (select(func.count(), func.min(UnitDocument.case_file_id))
                   .select_from(Notification)
                   .join(UnitDocument, UnitDocument.id == Notification.unit_document_id)
                   .where(Notification.notified_at.is_(None)))
    count, first = session.execute(undelivered).one()
    if count:
        items.append(PendingItem("Respuesta por notificar al administrado" if count == 1
                                 else "Respuestas por notificar a los administrados", count,
                                 "Cédulas emitidas sin la constancia de entrega", first))
    return items
