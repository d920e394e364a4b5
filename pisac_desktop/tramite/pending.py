"""What waits in the trámite, for the overview pages (Resumen): case files no unit has received
yet, those past their deadline and those due within two business days, filings whose period to complete requirements has ended, and
answers whose cédula is still to be delivered. Counted in SQL over every unit (the overview is
the module's, not one person's); each row opens the first case file it names."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.institution import PendingItem
from pisac_desktop.db.models import CaseFile, CaseStep, Notification, OrgUnit, UnitDocument
from pisac_desktop.db.models.tramite import IN_PROCESS
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.tramite.deadlines import DUE_SOON_DAYS

SHOWN_UNITS = 3


def _counted(names: dict, per_unit: dict[int, int]) -> str:
    """'Gerencia Municipal: 48; Secretaría General: 21 y 2 unidades más'."""
    top = sorted(((n, u) for u, n in per_unit.items() if n), key=lambda r: -r[0])
    detail = "; ".join(f"{names.get(u, '—')}: {n}" for n, u in top[:SHOWN_UNITS])
    if len(top) > SHOWN_UNITS:
        detail += f" y {len(top) - SHOWN_UNITS} unidades más"
    return detail


def case_pending(session: Session, today: dt.date) -> list[PendingItem]:
    due = func.coalesce(CaseStep.due_on, CaseFile.due_on)  # the step's own, else the file's
    soon = BusinessCalendar.load(session).deadline(today, DUE_SOON_DAYS).result
    conditions = (  # (singular, plural, condition on the open step and its case file)
        ("Expediente por recibir", "Expedientes por recibir", CaseStep.received_at.is_(None)),
        ("Expediente con plazo vencido", "Expedientes con plazo vencido", due < today),
        (f"Expediente que vence hasta el {short_date(soon)}",
         f"Expedientes que vencen hasta el {short_date(soon)}", and_(due >= today, due <= soon)),
        ("Plazo para subsanar vencido: se tiene por no presentado (art. 136)",
         "Plazos para subsanar vencidos: se tienen por no presentados (art. 136)",
         and_(CaseFile.completion_due < today, CaseFile.completed_on.is_(None),
              CaseFile.missing_requirements != "")))
    # One pass over the open steps: per unit, how many meet each condition and when the oldest
    # of them arrived (the row opens that one).
    columns = []
    for _one, _many, condition in conditions:
        columns += [func.sum(case((condition, 1), else_=0)),
                    func.min(case((condition, CaseFile.received_at), else_=None))]
    rows = session.execute(
        select(CaseStep.to_unit_id, *columns)
        .join(CaseFile, CaseFile.id == CaseStep.case_file_id)
        .where(CaseStep.closed_at.is_(None), CaseFile.state == IN_PROCESS)
        .group_by(CaseStep.to_unit_id)).all()
    items = []
    names = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all()) if rows else {}
    for k, (one, many, _condition) in enumerate(conditions):
        per_unit = {row[0]: row[1 + 2 * k] or 0 for row in rows}
        total = sum(per_unit.values())
        if total:
            oldest = min(row[2 + 2 * k] for row in rows if row[2 + 2 * k] is not None)
            first = session.scalar(
                select(CaseFile.id).join(CaseStep, CaseStep.case_file_id == CaseFile.id)
                .where(CaseFile.received_at == oldest, CaseStep.closed_at.is_(None),
                       CaseFile.state == IN_PROCESS, conditions[k][2])
                .order_by(CaseFile.id).limit(1))
            items.append(PendingItem(one if total == 1 else many, total,
                                     _counted(names, per_unit), first,
                                     urgent="vencido" in many))
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
