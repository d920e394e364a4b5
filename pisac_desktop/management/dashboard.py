"""Tablero de gestión (ROF art. 32: dirigir y supervisar las unidades, controlar el rendimiento
de la gestión de procesos): per unit and for the whole municipality, for a period (a month or a
year), the case files received, answered in time and late, the average business days to answer,
what is pending now by age and past its deadline (tramite.statistics); the compromisos due in
the period, done, and overdue now; and the documents drafted and waiting to be issued.

Read in a few grouped queries (the trámite's figures in one pass over the period's case files
and one over the open ones); nothing is stored."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import and_, case, func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.db.models import Instrument, InstrumentKind, OrgUnit, UnitDocument
from pisac_desktop.db.models.instruments import DRAFT
from pisac_desktop.db.models.management import DONE, Commitment
from pisac_desktop.db.models.tramite import DOC_DRAFT
from pisac_desktop.management.commitments import OPEN_STATES
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.tramite import statistics

# Pending case files by business days since their filing.
AGE_BUCKETS = ((0, 5, "0 a 5 días"), (6, 10, "6 a 10 días"), (11, 20, "11 a 20 días"),
               (21, 10**6, "Más de 20 días"))
AGE_LABELS = tuple(label for _lo, _hi, label in AGE_BUCKETS)
WHOLE = "Toda la municipalidad"
MODULE_LABELS = {"gerencia": "Resoluciones de Gerencia",
                 "secretaria": "Normas de Secretaría"}


@dataclass(frozen=True)
class UnitDashboard:
    """One unit's figures (unit_id None: the whole municipality)."""

    unit_id: int | None
    unit: str
    abbreviation: str
    received: int = 0  # case files received in the period (where they are now)
    answered: int = 0  # of those, answered or archived
    in_time: int = 0
    late: int = 0
    average_days: float | None = None  # business days from filing to answer
    pending: int = 0  # open now
    overdue: int = 0  # of those, past their deadline today
    ages: tuple[int, ...] = (0,) * len(AGE_BUCKETS)
    commitments_due: int = 0  # compromisos due in the period
    commitments_done: int = 0  # of those, done
    commitments_overdue: int = 0  # open and past their due date today (any period)
    drafts: int = 0  # the unit's documents in draft, waiting to be issued

    @property
    def average_text(self) -> str:
        return f"{self.average_days:.1f}".replace(".", ",") if self.average_days is not None \
            else "—"

    @property
    def in_time_share(self) -> str:
        done = self.in_time + self.late
        return f"{100 * self.in_time / done:.0f} %" if done else "—"

    @property
    def empty(self) -> bool:
        return not any((self.received, self.pending, self.commitments_due,
                        self.commitments_overdue, self.drafts))


@dataclass(frozen=True)
class InstrumentDrafts:
    module: str  # gerencia | secretaria: the tab whose section lists them
    label: str
    count: int


@dataclass(frozen=True)
class Dashboard:
    title: str  # "Noviembre de 2026", "Año 2026"
    year: int
    month: int | None
    start: dt.date
    end: dt.date
    today: dt.date  # pending and overdue are as of today
    whole: UnitDashboard
    units: tuple[UnitDashboard, ...]  # active units and any other with a figure
    instrument_drafts: tuple[InstrumentDrafts, ...]
    procedures: tuple[statistics.ProcedureFigures, ...]
    # The days of receipt of each age bucket (from, to; None: no bound), for its list.
    age_ranges: tuple[tuple[dt.date | None, dt.date | None], ...] = ()

    @property
    def period_text(self) -> str:
        return f"del {short_date(self.start)} al {short_date(self.end)}"

    @property
    def as_of_text(self) -> str:
        return f"pendientes y vencidos al {short_date(self.today)}"

    def unit(self, unit_id: int | None) -> UnitDashboard:
        if unit_id is None:
            return self.whole
        return next((u for u in self.units if u.unit_id == unit_id),
                    UnitDashboard(unit_id, "—", ""))


def age_ranges(calendar: BusinessCalendar, today: dt.date,
               buckets=AGE_BUCKETS) -> tuple[tuple[dt.date | None, dt.date | None], ...]:
    """For each age bucket, the days a case file pending today was received on (the age grows
    as the day of receipt goes back, so each bucket is one run of days)."""
    ranges: list[tuple[dt.date | None, dt.date | None]] = []
    day = today
    for lo, hi, _label in buckets:
        while statistics.business_age(calendar, day, today) < lo:
            day -= dt.timedelta(days=1)
        latest = day
        if hi >= 10**5:
            ranges.append((None, latest))
            continue
        while statistics.business_age(calendar, day - dt.timedelta(days=1), today) <= hi:
            day -= dt.timedelta(days=1)
        ranges.append((day, latest))
        day -= dt.timedelta(days=1)
    return tuple(ranges)


def dashboard(session: Session, actor: Actor, year: int, month: int | None = None) -> Dashboard:
    """The tablero for a month (or the year when month is None)."""
    require(actor, Permission.VIEW, session)
    today = clock_of(session).today()
    figures = statistics.figures(session, actor, year, month, buckets=AGE_BUCKETS)
    start, end = figures.start, figures.end
    calendar = BusinessCalendar.load(session)
    # What is open is counted as of today, whatever the period (what the bandejas show now).
    if figures.as_of == today:
        open_now = {u.unit_id: (u.pending, u.overdue, u.ages) for u in figures.units}
    else:
        pending, overdue, ages = statistics.open_figures(session, calendar, today, None,
                                                         AGE_BUCKETS)
        open_now = {u: (pending[u], overdue[u], tuple(ages[u])) for u in pending}
    flows = {u.unit_id: u for u in figures.units}
    commitments = {row[0]: row[1:] for row in session.execute(
        select(Commitment.unit_id,
               func.sum(case((and_(Commitment.due_on >= start, Commitment.due_on <= end), 1),
                             else_=0)),
               func.sum(case((and_(Commitment.due_on >= start, Commitment.due_on <= end,
                                   Commitment.state == DONE), 1), else_=0)),
               func.sum(case((and_(Commitment.state.in_(OPEN_STATES),
                                   Commitment.due_on < today), 1), else_=0)))
        .group_by(Commitment.unit_id)).all()}
    drafts = Counter(dict(session.execute(
        select(UnitDocument.unit_id, func.count()).where(UnitDocument.state == DOC_DRAFT)
        .group_by(UnitDocument.unit_id)).all()))
    instrument_drafts = dict(session.execute(
        select(InstrumentKind.module, func.count()).select_from(Instrument).join(
            InstrumentKind, InstrumentKind.code == Instrument.kind_code)
        .where(Instrument.state == DRAFT).group_by(InstrumentKind.module)).all())
    rows = []
    for unit_id, name, abbreviation, active in session.execute(
            select(OrgUnit.id, OrgUnit.name, OrgUnit.abbreviation, OrgUnit.active)
            .order_by(OrgUnit.position, OrgUnit.name)).all():
        flow = flows.get(unit_id)
        pending, overdue, ages = open_now.get(unit_id, (0, 0, (0,) * len(AGE_BUCKETS)))
        due, done, late_commitments = (int(v or 0) for v in commitments.get(unit_id, (0, 0, 0)))
        row = UnitDashboard(
            unit_id, name, abbreviation or "",
            flow.received if flow else 0, flow.answered if flow else 0,
            flow.in_time if flow else 0, flow.late if flow else 0,
            flow.average_days if flow else None, pending, overdue, tuple(ages),
            due, done, late_commitments, drafts[unit_id])
        if active or not row.empty:
            rows.append(row)
    whole = UnitDashboard(
        None, WHOLE, "", sum(r.received for r in rows), sum(r.answered for r in rows),
        sum(r.in_time for r in rows), sum(r.late for r in rows), figures.average_days,
        sum(r.pending for r in rows), sum(r.overdue for r in rows),
        tuple(sum(r.ages[i] for r in rows) for i in range(len(AGE_BUCKETS))),
        sum(r.commitments_due for r in rows), sum(r.commitments_done for r in rows),
        sum(r.commitments_overdue for r in rows), sum(r.drafts for r in rows))
    return Dashboard(figures.title, year, month, start, end, today, whole, tuple(rows),
                     tuple(InstrumentDrafts(m, label, instrument_drafts.get(m, 0))
                           for m, label in MODULE_LABELS.items()),
                     figures.procedures, age_ranges(calendar, today))


# ----------------------------------------------------------------------------------------------
# On paper

STATE_NAMES = ("Atendidos en plazo", "Atendidos fuera de plazo", "Atendidos sin plazo",
               "Aún en trámite")
TABLE_HEAD = ("Unidad", "Recib.", "En plazo", "Fuera de plazo", "Días háb. (prom.)",
              "Pend.", "Venc.", "0-5 días", "6-10 días", "11-20 días", "Más de 20",
              "Comp. del periodo", "Cumplidos", "Comp. vencidos", "Borradores")


def by_state(u: UnitDashboard) -> tuple[int, ...]:
    """The period's case files of a unit by state (the first chart's stacks)."""
    return (u.in_time, u.late, u.answered - u.in_time - u.late, u.received - u.answered)


def table_row(u: UnitDashboard) -> tuple[str, ...]:
    return (u.unit, str(u.received), str(u.in_time), str(u.late), u.average_text,
            str(u.pending), str(u.overdue), *(str(n) for n in u.ages),
            str(u.commitments_due), str(u.commitments_done), str(u.commitments_overdue),
            str(u.drafts))


def summary(board: Dashboard, u: UnitDashboard) -> tuple[tuple[str, str], ...]:
    lines = [("Expedientes recibidos", str(u.received)),
             ("Atendidos en plazo", str(u.in_time)),
             ("Atendidos fuera de plazo", str(u.late)),
             ("En plazo (proporción)", u.in_time_share),
             ("Días hábiles en atender (promedio)", u.average_text),
             ("Pendientes hoy", str(u.pending)),
             ("Vencidos hoy", str(u.overdue)),
             ("Compromisos del periodo", str(u.commitments_due)),
             ("Compromisos cumplidos", str(u.commitments_done)),
             ("Compromisos vencidos hoy", str(u.commitments_overdue)),
             ("Documentos de unidades en borrador", str(u.drafts))]
    if u.unit_id is None:
        lines += [(f"{d.label} en borrador", str(d.count)) for d in board.instrument_drafts]
    return tuple(lines)


def render_dashboard(session: Session, actor: Actor, year: int,
                     month: int | None = None) -> tuple[bytes, str]:
    """The tablero as a PDF: the whole municipality's figures and charts and the table per
    unit (units without any figure left out)."""
    from pisac_desktop.core.letterhead import letterhead
    from pisac_desktop.reports import dashboard_report as dr

    board = dashboard(session, actor, year, month)
    shown = [u for u in board.units if not u.empty]
    now = clock_of(session).now()
    with_files = [u for u in shown if u.received or u.pending]
    doc = dr.DashboardDoc(
        letterhead(session, board.today.year, on=board.today),
        f"Tablero de gestión — {board.title}",
        f"Periodo {board.period_text}; {board.as_of_text}.",
        summary(board, board.whole), STATE_NAMES,
        tuple((u.abbreviation or u.unit, by_state(u)) for u in with_files),
        AGE_LABELS, tuple((u.abbreviation or u.unit, u.ages) for u in with_files if u.pending),
        TABLE_HEAD, (*(table_row(u) for u in shown), table_row(board.whole)),
        f"Generado el {now:%d/%m/%Y} a las {now:%H:%M} por {actor.username}.")
    stem = f"tablero-{year}" + (f"-{month:02d}" if month else "")
    return dr.render_dashboard(doc), f"{stem}.pdf"


def record_dashboard_print(session: Session, actor: Actor, where: str) -> None:
    """Printing or saving the tablero is audited: who and where."""
    from pisac_desktop.core.audit import record

    require(actor, Permission.VIEW, session)
    record(session, actor, "print", "dashboard", "",
           {"documento": [None, f"Tablero de gestión: {where}"]})
