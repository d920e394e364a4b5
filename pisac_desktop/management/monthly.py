"""The monthly report to the alcaldía (ROF art. 32) and the year's memoria de gestión, generated
from the period's data — the POI's physical progress, the budget executed (the SIAF figures of
the period's end), the case files, the compliance of the compromisos due in the period, the
documents issued — with the section the gerente writes (kept per month; month 0 is the
memoria, which also gathers the twelve monthly summaries)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of, naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import ValidationFailed
from pisac_desktop.core.institution import get_institution, holder_on, post_label, signature_name
from pisac_desktop.core.letterhead import letterhead
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import text_errors
from pisac_desktop.db.models import Instrument, InstrumentKind
from pisac_desktop.db.models.instruments import ISSUED
from pisac_desktop.db.models.management import MonthlyReport
from pisac_desktop.db.write_lock import writes
from pisac_desktop.management import plan as pl
from pisac_desktop.management.views import CommitmentFilter, commitments_of
from pisac_desktop.reports import monthly_report as mr
from pisac_desktop.reports.workbook import workbook_bytes
from pisac_desktop.spanish.dates import MONTHS, long_date, short_date
from pisac_desktop.spanish.money import soles
from pisac_desktop.tramite.statistics import figures as tramite_figures
from pisac_desktop.tramite.statistics import period_of

MEMORIA = 0  # the month number of the year's memoria de gestión
SUMMARY_MAX = 20_000
NOTABLE_KINDS = ("ORDINANCE", "COUNCIL_AGREEMENT", "MAYOR_DECREE", "MAYOR_RESOLUTION",
                 "MANAGEMENT_RESOLUTION", "DIRECTIVE")
NOTABLE_SHOWN = 40


def period_title(year: int, month: int) -> str:
    return f"año {year}" if month == MEMORIA else f"{MONTHS[month - 1]} de {year}"


def summary_of(session: Session, actor: Actor, year: int, month: int) -> str:
    require(actor, Permission.VIEW, session)
    return session.scalar(select(MonthlyReport.summary).where(
        MonthlyReport.year == year, MonthlyReport.month == month)) or ""


@writes
def save_summary(session: Session, actor: Actor, year: int, month: int, text: str) -> None:
    """What the gerente writes for the period (his own section of the report)."""
    require(actor, Permission.FOLLOW_UP, session)
    if errors := text_errors("summary", text, SUMMARY_MAX, "El resumen"):
        raise ValidationFailed(errors)
    row = session.scalar(select(MonthlyReport).where(MonthlyReport.year == year,
                                                     MonthlyReport.month == month))
    before = row.summary if row else ""
    if row is None:
        row = MonthlyReport(year=year, month=month)
        session.add(row)
    row.summary, row.updated_by, row.updated_at = text.strip(), actor.username, \
        naive_utc_of(session)
    session.flush()
    record(session, actor, "update", "monthly_report", f"{year}-{month:02d}",
           {f"resumen de {period_title(year, month)}": [before, row.summary]})


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f} %".replace(".", ",")


def _plan_section(session: Session, actor: Actor, year: int, month: int,
                  end: dt.date) -> tuple[mr.Section, mr.Section]:
    views = pl.plan_of(session, actor, year, as_of=end)
    units = pl.plan_figures(views, month)
    plan = mr.Section(
        "II. Plan operativo institucional (avance físico)",
        f"Avance físico acumulado al mes de {MONTHS[month - 1]}: lo ejecutado sobre lo "
        f"programado de cada actividad del POI {year}, en promedio por unidad."
        if views else f"El POI {year} no tiene actividades registradas en el sistema.",
        (mr.Table("", ("Unidad", "Actividades", "Avance físico", "Sin informar"),
                  tuple((u.unit, u.activities, _pct(u.progress), u.unreported) for u in units),
                  (0, 24, 26, 24)),
         mr.Table("Actividades con avance menor al 75 %",
                  ("Código", "Actividad", "Programado", "Ejecutado", "Avance"),
                  tuple((v.code, v.name, v.target_to(month), v.actual_to(month),
                         _pct(v.progress_to(month))) for v in views
                        if (v.progress_to(month) or 0) < 75 and v.target_to(month)),
                  (28, 0, 22, 22, 20), empty="Ninguna: todas llegan al 75 % de lo programado.")
         if views else mr.Table("", ("Unidad",), (), (0,))),
        (mr.Chart("Avance físico por unidad (%)", tuple(u.unit for u in units),
                  (tuple(min(u.progress or 0, 100) for u in units),), ("Avance",)),)
        if units else ())
    dated = [v.budget.as_of for v in views if v.budget]
    modified = sum(u.modified for u in units)
    accrued = sum(u.accrued for u in units)
    budget = mr.Section(
        "III. Ejecución presupuestal",
        (f"Cifras de SIAF al {short_date(max(dated))}: devengado {soles(accrued)} de un PIM "
         f"de {soles(modified)} ({_pct(pl.percent(accrued, modified))})." if dated else
         "No se importaron cifras de SIAF para este periodo."),
        (mr.Table("", ("Unidad", "PIM", "Devengado", "Ejecución"),
                  tuple((u.unit, soles(u.modified), soles(u.accrued), _pct(u.execution))
                        for u in units if u.modified),
                  (0, 34, 34, 22)),) if dated else (),
        (mr.Chart("Ejecución del presupuesto por unidad (% del PIM devengado)",
                  tuple(u.unit for u in units if u.modified),
                  (tuple(min(u.execution or 0, 100) for u in units if u.modified),),
                  ("Ejecución",)),) if dated else ())
    return plan, budget


def _tramite_section(session: Session, actor: Actor, year: int, month: int | None
                     ) -> mr.Section:
    f = tramite_figures(session, actor, year, month)
    return mr.Section(
        "IV. Trámite documentario",
        f"Expedientes presentados en el periodo; pendientes y vencidos al {short_date(f.as_of)}.",
        (mr.Table("", ("Indicador", "Cantidad"), (
            ("Expedientes recibidos", f.received), ("Atendidos", f.answered),
            ("Atendidos en plazo", f.in_time), ("Atendidos fuera de plazo", f.late),
            ("Atendidos en plazo (porcentaje)", f.in_time_share),
            ("Pendientes", f.pending), ("Vencidos sin atender", f.overdue)), (0, 30)),
         mr.Table("Por unidad", ("Unidad", "Recibidos", "Pendientes", "Vencidos"),
                  tuple((u.unit, u.received, u.pending, u.overdue) for u in f.units),
                  (0, 22, 22, 22))),
        (mr.Chart("Expedientes por unidad", tuple(u.unit for u in f.units),
                  (tuple(u.received for u in f.units), tuple(u.pending for u in f.units)),
                  ("Recibidos", "Pendientes")),) if f.units else ())


def _compliance_section(session: Session, actor: Actor, start: dt.date, end: dt.date
                        ) -> mr.Section:
    views = [v for v in commitments_of(session, actor, CommitmentFilter(status="all"))
             if start <= v.due_on <= end]
    in_time = [v for v in views if v.state == "done" and v.closed_on and
               v.closed_on <= v.due_on]
    late = [v for v in views if v.state == "done" and v.closed_on and
            v.due_on < v.closed_on <= end]
    open_at_end = [v for v in views if v.state != "not_applicable" and
                   (v.closed_on is None or v.closed_on > end) and v.due_on < end]
    by_unit: dict[str, Counter] = {}
    for v in views:
        c = by_unit.setdefault(v.unit, Counter())
        c["due"] += 1
        c["done"] += v in in_time or v in late
        c["open"] += v in open_at_end
    return mr.Section(
        "V. Cumplimiento de acuerdos y compromisos",
        "Los compromisos de seguimiento cuyo plazo venció en el periodo, por lo que informaron "
        "las unidades.",
        (mr.Table("", ("Indicador", "Cantidad"), (
            ("Compromisos con plazo en el periodo", len(views)),
            ("Cumplidos en plazo", len(in_time)), ("Cumplidos fuera de plazo", len(late)),
            ("Sin cumplir al cierre del periodo", len(open_at_end))), (0, 30)),
         mr.Table("Por unidad", ("Unidad", "Con plazo", "Cumplidos", "Sin cumplir"),
                  tuple((unit, c["due"], c["done"], c["open"]) for unit, c in
                        sorted(by_unit.items())), (0, 22, 22, 22)),
         mr.Table("Sin cumplir al cierre", ("Compromiso", "Unidad", "Plazo", "Documento"),
                  tuple((v.description, v.unit, short_date(v.due_on), v.act_ref)
                        for v in open_at_end), (0, 45, 20, 30),
                  empty="Ninguno: los compromisos del periodo se cumplieron.")))


def _documents_section(session: Session, start: dt.date, end: dt.date) -> mr.Section:
    kinds = dict(session.execute(select(InstrumentKind.code, InstrumentKind.plural)).all())
    counts = session.execute(select(Instrument.kind_code, func.count()).where(
        Instrument.state == ISSUED, Instrument.doc_date >= start, Instrument.doc_date <= end)
        .group_by(Instrument.kind_code)).all()
    notable = session.execute(select(Instrument.number_text, Instrument.doc_date,
                                     Instrument.summary).where(
        Instrument.state == ISSUED, Instrument.doc_date >= start, Instrument.doc_date <= end,
        Instrument.kind_code.in_(NOTABLE_KINDS))
        .order_by(Instrument.doc_date, Instrument.id).limit(NOTABLE_SHOWN)).all()
    return mr.Section(
        "VI. Documentos emitidos",
        "", (mr.Table("", ("Clase", "Emitidos"), tuple(sorted(
            ((kinds.get(code, code), n) for code, n in counts), key=lambda r: -r[1])), (0, 30)),
             mr.Table(f"Normas y resoluciones del periodo (hasta {NOTABLE_SHOWN})",
                      ("Número", "Fecha", "Sumilla"),
                      tuple((n, short_date(d), " ".join(s.split())) for n, d, s in notable),
                      (62, 20, 0))))


def monthly_doc(session: Session, actor: Actor, year: int, month: int) -> mr.MonthlyDoc:
    """The report of a month (1-12) or the memoria of the year (MEMORIA)."""
    require(actor, Permission.VIEW, session)
    start, end, _title = period_of(year, None if month == MEMORIA else month)
    now = clock_of(session).now()
    today = now.date()
    manager = holder_on(session, "MUNICIPAL_MANAGER", min(today, end))
    mayor = holder_on(session, "MAYOR", min(today, end))
    institution = get_institution(session)
    plan, budget = _plan_section(session, actor, year, 12 if month == MEMORIA else month, end)
    sections = [plan, budget, _tramite_section(session, actor, year,
                                               None if month == MEMORIA else month),
                _compliance_section(session, actor, start, end),
                _documents_section(session, start, end)]
    if month == MEMORIA:
        monthly = session.execute(select(MonthlyReport.month, MonthlyReport.summary).where(
            MonthlyReport.year == year, MonthlyReport.month > 0)
            .order_by(MonthlyReport.month)).all()
        sections.append(mr.Section("VII. Resúmenes mensuales", "", (mr.Table(
            "", ("Mes", "Resumen del gerente"),
            tuple((MONTHS[m - 1].capitalize(), " ".join(text.split())) for m, text in monthly
                  if text.strip()), (26, 0)),)))
    subject = (f"Memoria de gestión del año {year}" if month == MEMORIA else
               f"Informe mensual de gestión de {MONTHS[month - 1]} de {year}")
    return mr.MonthlyDoc(
        letterhead(session, year, on=min(today, end)),
        f"MEMORIA DE GESTIÓN {year}" if month == MEMORIA else "INFORME MENSUAL DE GESTIÓN",
        (("A", f"{signature_name(mayor)} — {post_label('MAYOR', mayor.feminine)}"
          if mayor else post_label("MAYOR")),
         ("DE", f"{signature_name(manager)} — {post_label('MUNICIPAL_MANAGER', manager.feminine)}"
          if manager else post_label("MUNICIPAL_MANAGER")),
         ("ASUNTO", subject),
         ("FECHA", f"{institution.city or 'Pisac'}, {long_date(today)}")),
        summary_of(session, actor, year, month), tuple(sections),
        signature_name(manager) if manager else "",
        post_label("MUNICIPAL_MANAGER", manager.feminine if manager else False),
        f"Generado el {now:%d/%m/%Y} a las {now:%H:%M} por {actor.username}, con los datos "
        "del sistema a esa hora.")


def file_stem(year: int, month: int) -> str:
    return f"memoria-gestion-{year}" if month == MEMORIA else \
        f"informe-mensual-gestion-{year}-{month:02d}"


def render_monthly(session: Session, actor: Actor, year: int, month: int) -> tuple[bytes, str]:
    return mr.render_monthly(monthly_doc(session, actor, year, month)), \
        f"{file_stem(year, month)}.pdf"


def monthly_xlsx(session: Session, actor: Actor, year: int, month: int) -> tuple[bytes, str]:
    doc = monthly_doc(session, actor, year, month)
    return workbook_bytes(lambda path: mr.write_monthly_xlsx(doc, path)), \
        f"{file_stem(year, month)}.xlsx"


def record_monthly_print(session: Session, actor: Actor, year: int, month: int,
                         where: str) -> None:
    require(actor, Permission.VIEW, session)
    record(session, actor, "print", "monthly_report", f"{year}-{month:02d}",
           {"documento": [None, f"{file_stem(year, month)}: {where}"]})
