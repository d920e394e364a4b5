"""The report of compliance of the acts followed up (reports.management_report): for the council
— its acuerdos, ordenanzas and resoluciones de concejo, session by session, that the Secretaría
General can attach to the next session's Despacho — or for every act; for a period of the acts'
dates, one unit, or one session. Printing and saving it is audited."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.institution import holder_on, post_label, signature_name
from pisac_desktop.core.letterhead import letterhead
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.management.views import (
    COMMISSION,
    CommitmentFilter,
    CommitmentView,
    commitments_of,
)
from pisac_desktop.reports import management_report as mr
from pisac_desktop.reports.workbook import workbook_bytes
from pisac_desktop.spanish.dates import long_date, short_date

OTHER_ACTS = "Decretos, resoluciones y directivas"
COMMISSIONS = "Recomendaciones de las comisiones de trabajo"


def _figures(unit: str, views: list[CommitmentView]) -> mr.UnitFigures:
    return mr.UnitFigures(
        unit, len(views), sum(v.state == "done" for v in views),
        sum(v.state == "in_progress" and not v.overdue for v in views),
        sum(v.state == "pending" and not v.overdue for v in views),
        sum(v.overdue for v in views), sum(v.state == "not_applicable" for v in views))


def _scope(flt: CommitmentFilter, unit: str | None, session_label: str | None) -> str:
    acts = ("Acuerdos, ordenanzas y resoluciones del Concejo Municipal" if flt.council_only
            else "Acuerdos, ordenanzas, decretos y resoluciones")
    if session_label:
        acts += f" de la {session_label}"
    if flt.acts_from and flt.acts_to:
        acts += f" del {short_date(flt.acts_from)} al {short_date(flt.acts_to)}"
    elif flt.acts_from:
        acts += f" desde el {short_date(flt.acts_from)}"
    elif flt.acts_to:
        acts += f" hasta el {short_date(flt.acts_to)}"
    if flt.due_from and flt.due_to:
        acts += (f"; compromisos que vencen del {short_date(flt.due_from)} al "
                 f"{short_date(flt.due_to)}")
    return acts + (f" — {unit}" if unit else " — todas las unidades")


def compliance_doc(session: Session, actor: Actor, flt: CommitmentFilter) -> mr.ComplianceDoc:
    require(actor, Permission.VIEW, session)
    flt = CommitmentFilter(**{**flt.__dict__, "status": "all", "mine": False})
    views = commitments_of(session, actor, flt)
    now = clock_of(session).now()
    today = now.date()
    by_unit: dict[str, list[CommitmentView]] = defaultdict(list)
    for v in views:
        by_unit[v.unit].append(v)
    units = tuple(sorted((_figures(name, rows) for name, rows in by_unit.items()),
                         key=lambda f: (-f.overdue, -f.total, f.unit)))
    # Grouped by session (oldest first), then the other acts; acts by date, lines by due date.
    groups: dict[str, dict[int, list[CommitmentView]]] = defaultdict(lambda: defaultdict(list))
    order: dict[str, tuple] = {}
    for v in sorted(views, key=lambda v: (v.act_date, v.act_id, v.due_on, v.id)):
        heading = v.council_session or (COMMISSIONS if v.act_kind == COMMISSION else OTHER_ACTS)
        groups[heading][v.act_id].append(v)
        order.setdefault(heading, (not v.council_session, v.act_date))
    blocks = tuple(mr.SessionGroup(heading, tuple(
        mr.ActBlock(rows[0].act_number, rows[0].act_date, rows[0].act_summary, tuple(
            mr.CommitmentLine(v.description, v.unit, v.due_on, v.state_label, v.percent,
                              v.last_report) for v in rows))
        for rows in groups[heading].values()))
        for heading in sorted(groups, key=lambda h: order[h]))
    manager = holder_on(session, "MUNICIPAL_MANAGER", today)
    unit_name = views[0].unit if flt.unit_id is not None and views else None
    session_label = views[0].council_session if flt.council_session_id and views else None
    title = ("Reporte de cumplimiento de los acuerdos del Concejo Municipal" if flt.council_only
             else "Reporte de cumplimiento de acuerdos, ordenanzas y resoluciones")
    return mr.ComplianceDoc(
        letterhead(session, today.year, on=today), title, _scope(flt, unit_name, session_label),
        f"Situación al {long_date(today)}", _figures("Total", views), units, blocks,
        signature_name(manager) if manager else "",
        post_label("MUNICIPAL_MANAGER", manager.feminine if manager else False),
        f"Generado el {now:%d/%m/%Y} a las {now:%H:%M} por {actor.username}.")


def file_stem(flt: CommitmentFilter, today: dt.date) -> str:
    what = "acuerdos-concejo" if flt.council_only else "acuerdos-y-resoluciones"
    return f"cumplimiento-{what}-{today:%Y-%m-%d}"


def render_compliance(session: Session, actor: Actor, flt: CommitmentFilter
                      ) -> tuple[bytes, str]:
    doc = compliance_doc(session, actor, flt)
    return mr.render_compliance(doc), f"{file_stem(flt, clock_of(session).today())}.pdf"


def compliance_xlsx(session: Session, actor: Actor, flt: CommitmentFilter) -> tuple[bytes, str]:
    doc = compliance_doc(session, actor, flt)
    return workbook_bytes(lambda path: mr.write_compliance_xlsx(doc, path)), \
        f"{file_stem(flt, clock_of(session).today())}.xlsx"


def record_compliance_print(session: Session, actor: Actor, where: str) -> None:
    """Printing or saving the report is audited: who and where."""
    require(actor, Permission.VIEW, session)
    record(session, actor, "print", "commitment", "",
           {"documento": [None, f"Reporte de cumplimiento: {where}"]})
