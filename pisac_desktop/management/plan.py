"""The operating plan (POI) and its budget (ROF art. 32: «ejecutar el plan operativo y
presupuesto»): each unit's operating activities of a year with their unit of measure and monthly
physical targets; the actuals each unit reports month by month; the budget of each activity
(PIA, PIM, certified, accrued) imported from the Excel file the finance office exports from SIAF,
refused whole — with the reason — when the file is not of that shape."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of, naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import PendingItem
from pisac_desktop.core.permissions import Actor, Permission, PermissionDenied, require
from pisac_desktop.core.tabular import (
    find_header_row,
    header_columns,
    read_workbook_rows,
    seen_cells,
)
from pisac_desktop.core.validators import text_errors
from pisac_desktop.db.models import OrgUnit
from pisac_desktop.db.models.management import BudgetFigure, PlanActivity, PlanMonth
from pisac_desktop.db.text_index import fold
from pisac_desktop.db.write_lock import get_for_update, writes
from pisac_desktop.management.commitments import may_report, unit_names
from pisac_desktop.spanish.dates import MONTHS, short_date

TARGET_MAX = 1_000_000
NOTE_MAX = 1_000


def percent(part: float, whole: float) -> float | None:
    return round(100 * part / whole, 1) if whole else None


# ----------------------------------------------------------------------------------------------
# The activities


@dataclass
class ActivityForm:
    year: int = 0
    unit_id: int | None = None
    code: str = ""
    name: str = ""
    measure: str = ""  # unidad de medida
    targets: list[int] = field(default_factory=lambda: [0] * 12)


def _activity_errors(session: Session, form: ActivityForm, activity_id: int | None
                     ) -> list[FieldError]:
    errors = text_errors("code", form.code, 40, "El código",
                         "Escriba el código de la actividad en el POI.")
    errors += text_errors("name", form.name, 500, "La actividad", "Escriba la actividad.")
    errors += text_errors("measure", form.measure, 80, "La unidad de medida",
                          "Escriba la unidad de medida (informe, obra, persona capacitada…).")
    unit = session.get(OrgUnit, form.unit_id) if form.unit_id else None
    if unit is None or not unit.active:
        errors.append(FieldError("unit_id", "Elija la unidad responsable."))
    if not 2000 <= form.year <= 2100:
        errors.append(FieldError("year", "Elija el año del POI."))
    if len(form.targets) != 12 or any(not 0 <= t <= TARGET_MAX for t in form.targets):
        errors.append(FieldError("targets", f"Las metas de cada mes van de 0 a "
                                            f"{TARGET_MAX:,}.".replace(",", " ")))
    elif not sum(form.targets):
        errors.append(FieldError("targets", "Programe la meta física de al menos un mes."))
    code = " ".join(form.code.split())
    clash = session.scalar(select(PlanActivity.id).where(
        PlanActivity.year == form.year, PlanActivity.code == code))
    if code and clash is not None and clash != activity_id:
        errors.append(FieldError("code", f"El POI {form.year} ya tiene una actividad con el "
                                         f"código {code}."))
    return errors


@writes
def save_activity(session: Session, actor: Actor, form: ActivityForm,
                  activity_id: int | None = None) -> int:
    """A new activity of the POI, or its data and targets changed (the actuals stay)."""
    require(actor, Permission.FOLLOW_UP, session)
    if errors := _activity_errors(session, form, activity_id):
        raise ValidationFailed(errors)
    if activity_id is None:
        row = PlanActivity(year=form.year, created_by=actor.username,
                           created_at=naive_utc_of(session))
        session.add(row)
        before = None
    else:
        row = get_for_update(session, PlanActivity, activity_id)
        if row is None:
            raise DomainError("La actividad ya no existe.")
        before = _snapshot(session, row)
    row.code, row.name = " ".join(form.code.split()), " ".join(form.name.split())
    row.unit_id, row.measure = form.unit_id, " ".join(form.measure.split())
    session.flush()
    months = {m.month: m for m in session.scalars(select(PlanMonth).where(
        PlanMonth.activity_id == row.id))}
    for month, target in enumerate(form.targets, start=1):
        if month in months:
            months[month].target = target
        else:
            session.add(PlanMonth(activity_id=row.id, month=month, target=target))
    session.flush()
    after = _snapshot(session, row)
    record(session, actor, "create" if before is None else "update", "plan_activity", row.id,
           {k: [None if before is None else before[k], v] for k, v in after.items()
            if before is None or before[k] != v})
    return row.id


def _snapshot(session: Session, row: PlanActivity) -> dict:
    targets = session.scalars(select(PlanMonth.target).where(PlanMonth.activity_id == row.id)
                              .order_by(PlanMonth.month)).all()
    return {"código": row.code, "actividad": row.name, "unidad": unit_names(session).get(
        row.unit_id), "unidad de medida": row.measure,
        "metas mensuales": " ".join(str(t) for t in targets)}


@writes
def report_month(session: Session, actor: Actor, activity_id: int, month: int, actual: int,
                 note: str) -> None:
    """What the unit achieved in a month (physical units of the activity's measure)."""
    activity = get_for_update(session, PlanActivity, activity_id)
    if activity is None:
        raise DomainError("La actividad ya no existe.")
    if not may_report(session, actor, activity.unit_id):
        raise PermissionDenied(f"Informa el avance de esta actividad la "
                               f"{unit_names(session).get(activity.unit_id, 'unidad')} o la "
                               "Gerencia Municipal.")
    today = clock_of(session).today()
    errors = text_errors("note", note, NOTE_MAX, "El comentario")
    if not 1 <= month <= 12:
        errors.append(FieldError("month", "Elija el mes."))
    elif (activity.year, month) > (today.year, today.month):
        errors.append(FieldError("month", f"{MONTHS[month - 1].capitalize()} de "
                                          f"{activity.year} aún no llega."))
    if not 0 <= actual <= TARGET_MAX:
        errors.append(FieldError("actual", "El avance físico va de 0 en adelante."))
    if errors:
        raise ValidationFailed(errors)
    row = session.scalar(select(PlanMonth).where(PlanMonth.activity_id == activity_id,
                                                 PlanMonth.month == month))
    before = row.actual
    row.actual, row.note = actual, " ".join(note.split())
    row.reported_by, row.reported_at = actor.username, naive_utc_of(session)
    session.flush()
    record(session, actor, "update", "plan_activity", activity_id, {
        f"avance de {MONTHS[month - 1]}": [before, actual],
        **({"comentario": [None, row.note]} if row.note else {})})


# ----------------------------------------------------------------------------------------------
# The budget from SIAF

HEADERS = {  # field: the folded words a header of that column contains (any of them)
    "code": ("codigo", "cod.", "actividad operativa", "meta"),
    "opening": ("pia",),
    "modified": ("pim",),
    "certified": ("certificacion", "certificado"),
    "accrued": ("devengado",),
}
AMOUNTS = {"opening": "PIA", "modified": "PIM", "certified": "certificación",
           "accrued": "devengado"}


@dataclass(frozen=True)
class BudgetImport:
    activities: int
    as_of: dt.date
    source: str


def _cents(value, row: int, column: str) -> int:
    if isinstance(value, int | float):
        return round(value * 100)
    text = re.sub(r"[\s\u00a0\u202f]", "", str(value or "").replace("S/", ""))
    if not text:
        return 0
    if "," in text and "." in text:  # the last one is the decimal separator
        decimal, thousands = (",", ".") if text.rfind(",") > text.rfind(".") else (".", ",")
        text = text.replace(thousands, "").replace(decimal, ".")
    elif "," in text:  # 1,250,000 (thousands) or 1250,50 (decimals)
        text = text.replace(",", "") if re.fullmatch(r"-?\d{1,3}(,\d{3})+", text) \
            else text.replace(",", ".")
    elif text.count(".") > 1:  # 1.250.000
        text = text.replace(".", "")
    try:
        return round(float(text) * 100)
    except (ValueError, OverflowError):
        raise ValidationFailed([FieldError("file", f"Fila {row}, columna {column}: «{value}» "
                                                   "no es un monto.")]) from None


def read_budget_rows(content: bytes) -> list[tuple[int, str, int, int, int, int]]:
    """(row number, code, PIA, PIM, certified, accrued) of each row of the SIAF export; a file
    that is not a workbook, or lacks one of the columns, is refused saying what was found."""
    rows = read_workbook_rows(content, "El archivo no es un libro de Excel (.xlsx). Exporte el "
                                       "reporte de SIAF a Excel y elíjalo de nuevo.")
    found = find_header_row(rows, lambda cells: header_columns(cells, HEADERS),
                            lambda columns: len(columns) == len(HEADERS))
    if found is None:
        raise ValidationFailed([FieldError("file", (
            "No se encontraron las columnas del reporte de SIAF: código de la actividad, PIA, "
            "PIM, certificación y devengado, en una misma fila de encabezados. Se encontró: "
            + seen_cells(rows) + "."))])
    header_at, columns = found
    out = []
    for number, cells in enumerate(rows[header_at + 1:], start=header_at + 2):
        code = " ".join(str(cells[columns["code"]] or "").split())
        if not code or fold(code).startswith("total"):
            continue
        out.append((number, code, *(_cents(cells[columns[k]], number, label)
                                    for k, label in AMOUNTS.items())))
    if not out:
        raise ValidationFailed([FieldError("file", "El reporte no tiene filas de actividades "
                                                   "debajo de sus encabezados.")])
    return out


@writes
def import_budget(session: Session, actor: Actor, year: int, as_of: dt.date, file_name: str,
                  content: bytes,
                  progress: Callable[[int, int], object] | None = None) -> BudgetImport:
    """All or nothing: every row must name an activity of the year's POI. progress(done, total)
    after each activity (what it raises, e.g. the person stopping it, rolls all back)."""
    require(actor, Permission.FOLLOW_UP, session)
    if as_of.year != year or as_of > clock_of(session).today():
        raise ValidationFailed([FieldError("as_of", f"La fecha del reporte debe ser de {year} "
                                                    "y no posterior a hoy.")])
    rows = read_budget_rows(content)
    activities = dict(session.execute(select(PlanActivity.code, PlanActivity.id)
                                      .where(PlanActivity.year == year)).all())
    unknown = [f"{code} (fila {number})" for number, code, *_ in rows if code not in activities]
    if unknown:
        raise ValidationFailed([FieldError("file", (
            f"Estas actividades no están en el POI {year}: " + ", ".join(unknown[:8])
            + (f" y {len(unknown) - 8} más" if len(unknown) > 8 else "")
            + ". Regístrelas o corrija sus códigos; no se importó nada."))])
    digest = hashlib.sha256(content).hexdigest()
    source = f"{file_name[-200:]} (SHA-256 {digest[:16]})"
    for done, (_number, code, opening, modified, certified, accrued) in enumerate(rows):
        if progress is not None:
            progress(done, len(rows))
        activity_id = activities[code]
        row = session.scalar(select(BudgetFigure).where(BudgetFigure.activity_id == activity_id,
                                                        BudgetFigure.as_of == as_of))
        if row is None:
            row = BudgetFigure(activity_id=activity_id, as_of=as_of)
            session.add(row)
        row.opening, row.modified, row.certified, row.accrued = (opening, modified, certified,
                                                                 accrued)
        row.imported_by, row.source = actor.username, source
    session.flush()
    record(session, actor, "import", "budget_figure", "", {
        "archivo": [None, source], "al": [None, short_date(as_of)],
        "actividades": [None, len(rows)]})
    return BudgetImport(len(rows), as_of, source)


# ----------------------------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class BudgetView:
    as_of: dt.date
    opening: int
    modified: int
    certified: int
    accrued: int

    @property
    def execution(self) -> float | None:
        """Accrued over PIM, in %."""
        return percent(self.accrued, self.modified)


@dataclass(frozen=True)
class ActivityView:
    id: int
    year: int
    code: str
    name: str
    unit_id: int
    unit: str
    measure: str
    targets: tuple[int, ...]
    actuals: tuple[int | None, ...]
    notes: tuple[str, ...]
    budget: BudgetView | None
    can_report: bool = False
    can_edit: bool = False
    unit_short: str = ""  # its abbreviation (GDE), for a narrow column

    def target_to(self, month: int) -> int:
        return sum(self.targets[:month])

    def actual_to(self, month: int) -> int:
        return sum(a or 0 for a in self.actuals[:month])

    def progress_to(self, month: int) -> float | None:
        """Achieved over programmed up to the month, in %."""
        return percent(self.actual_to(month), self.target_to(month))

    @property
    def yearly_target(self) -> int:
        return sum(self.targets)

    def unreported(self, month: int) -> list[int]:
        """The months up to `month` with a target and no actual reported."""
        return [m for m in range(1, month + 1) if self.targets[m - 1]
                and self.actuals[m - 1] is None]


def plan_years(session: Session) -> list[int]:
    return list(session.scalars(select(PlanActivity.year).distinct()
                                .order_by(PlanActivity.year.desc())))


def plan_of(session: Session, actor: Actor, year: int, unit_id: int | None = None,
            as_of: dt.date | None = None) -> list[ActivityView]:
    """The year's activities with their months and the last budget figures up to `as_of`."""
    require(actor, Permission.VIEW, session)
    query = select(PlanActivity).where(PlanActivity.year == year)
    if unit_id is not None:
        query = query.where(PlanActivity.unit_id == unit_id)
    activities = session.scalars(query.order_by(PlanActivity.code)).all()
    ids = [a.id for a in activities]
    months: dict[int, list[PlanMonth]] = {}
    budgets: dict[int, BudgetView] = {}
    if ids:
        for m in session.scalars(select(PlanMonth).where(PlanMonth.activity_id.in_(ids))
                                 .order_by(PlanMonth.month)):
            months.setdefault(m.activity_id, []).append(m)
        latest = select(BudgetFigure.activity_id, func.max(BudgetFigure.as_of).label("as_of")) \
            .where(BudgetFigure.activity_id.in_(ids))
        if as_of is not None:
            latest = latest.where(BudgetFigure.as_of <= as_of)
        latest = latest.group_by(BudgetFigure.activity_id).subquery()
        for b in session.scalars(select(BudgetFigure).join(latest, (
                latest.c.activity_id == BudgetFigure.activity_id) & (
                latest.c.as_of == BudgetFigure.as_of))):
            budgets[b.activity_id] = BudgetView(b.as_of, b.opening, b.modified, b.certified,
                                                b.accrued)
    names = unit_names(session)
    shorts = dict(session.execute(select(OrgUnit.id, OrgUnit.abbreviation)).all())
    edits = actor.can(Permission.FOLLOW_UP)
    views = []
    for a in activities:
        by_month = {m.month: m for m in months.get(a.id, [])}
        views.append(ActivityView(
            a.id, a.year, a.code, a.name, a.unit_id, names.get(a.unit_id, "—"), a.measure,
            tuple(by_month[m].target if m in by_month else 0 for m in range(1, 13)),
            tuple(by_month[m].actual if m in by_month else None for m in range(1, 13)),
            tuple(by_month[m].note if m in by_month else "" for m in range(1, 13)),
            budgets.get(a.id), may_report(session, actor, a.unit_id), edits,
            shorts.get(a.unit_id) or names.get(a.unit_id, "—")))
    return views


@dataclass(frozen=True)
class UnitPlanFigures:
    unit: str
    activities: int
    progress: float | None  # mean of the activities' progress to the month, in %
    unreported: int  # activities with a month to report and none reported
    modified: int
    accrued: int

    @property
    def execution(self) -> float | None:
        return percent(self.accrued, self.modified)


def plan_figures(views: list[ActivityView], month: int) -> list[UnitPlanFigures]:
    """Per unit, for the month's report: physical progress and budget execution."""
    by_unit: dict[str, list[ActivityView]] = {}
    for v in views:
        by_unit.setdefault(v.unit, []).append(v)
    out = []
    for unit, rows in sorted(by_unit.items()):
        progress = [p for p in (v.progress_to(month) for v in rows) if p is not None]
        out.append(UnitPlanFigures(
            unit, len(rows), round(sum(min(p, 100) for p in progress) / len(progress), 1)
            if progress else None, sum(bool(v.unreported(month)) for v in rows),
            sum(v.budget.modified for v in rows if v.budget),
            sum(v.budget.accrued for v in rows if v.budget)))
    return out


def plan_pending(session: Session, today: dt.date) -> list[PendingItem]:
    """Activities of this year's POI with a past month programmed and no actual reported (a
    month is reported in the first days of the next)."""
    last = today.month - 1
    if last < 1:
        return []
    rows = session.execute(
        select(PlanActivity.id, PlanActivity.unit_id).join(
            PlanMonth, PlanMonth.activity_id == PlanActivity.id)
        .where(PlanActivity.year == today.year, PlanMonth.month <= last, PlanMonth.target > 0,
               PlanMonth.actual.is_(None)).distinct().order_by(PlanActivity.id)).all()
    if not rows:
        return []
    names = unit_names(session)
    units = sorted({names.get(unit_id, "—") for _id, unit_id in rows})
    return [PendingItem("Actividad del POI sin avance informado" if len(rows) == 1 else
                        "Actividades del POI sin avance informado", len(rows),
                        f"Hasta {MONTHS[last - 1]}: " + ", ".join(units[:3])
                        + (" y otras" if len(units) > 3 else ""), rows[0].id)]
