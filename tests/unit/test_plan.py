"""The POI: activities with monthly targets, the actuals each unit reports (not for a month to
come, not for another unit's activity), and the budget imported from the SIAF export — refused
whole, saying why, when a row names no activity of the plan or the file is of another shape."""

import datetime as dt
import io

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from pisac_desktop.core.errors import ValidationFailed
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.db.models import AuditEntry
from pisac_desktop.db.models.management import BudgetFigure
from pisac_desktop.demo import demo_actor
from pisac_desktop.management import plan as pl
from pisac_desktop.spanish.money import soles
from pisac_desktop.tramite import cases
from tests.unit.conftest import unit_id


def _xlsx(rows) -> bytes:
    book = Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


SIAF = [["MUNICIPALIDAD DISTRITAL DE PISAC - Ejecución presupuestal"], ["Al 31/10/2026"], [],
        ["Código de actividad", "Actividad operativa", "PIA", "PIM", "Certificación",
         "Devengado"],
        ["AOI-GDE-01", "Feria agropecuaria", 45000, 52000.5, "48,300.00", "41 200,75"],
        ["AOI-GDUR-01", "Mantenimiento de trochas", 120000, 150000, 90000, 60000],
        ["TOTAL", "", 165000, 202000.5, 138300, 101200.75]]


@pytest.fixture
def planned(demo_people):
    with demo_people.db.session() as s:
        s.info["clock"].set(dt.date(2026, 11, 5))
        manager = demo_actor(s, "wccahua")
        cases.set_user_units(s, demo_actor(s, "soporte"), demo_actor(s, "lsoncco").user_id,
                             [unit_id(s, "ECONOMIC_DEVELOPMENT")])
        fair = pl.save_activity(s, manager, pl.ActivityForm(
            2026, unit_id(s, "ECONOMIC_DEVELOPMENT"), "AOI-GDE-01",
            "Feria agropecuaria, artesanal y gastronómica", "Feria",
            [0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0]))
        roads = pl.save_activity(s, manager, pl.ActivityForm(
            2026, unit_id(s, "URBAN_RURAL_DEVELOPMENT"), "AOI-GDUR-01",
            "Mantenimiento rutinario de trochas carrozables", "Kilómetro", [2] * 12))
    return demo_people, fair, roads


def test_targets_actuals_and_progress_by_unit(planned):
    db, fair, roads = planned
    with db.db.session() as s:
        s.info["clock"].set(dt.date(2026, 11, 5))
        manager, staff = demo_actor(s, "wccahua"), demo_actor(s, "lsoncco")
        pl.report_month(s, staff, fair, 9, 1, "Feria realizada del 12 al 14 de setiembre")
        with pytest.raises(PermissionDenied):
            pl.report_month(s, staff, roads, 9, 2, "")
        with pytest.raises(ValidationFailed) as refused:
            pl.report_month(s, manager, roads, 12, 2, "")
        assert refused.value.errors[0].message == "Diciembre de 2026 aún no llega."
        for month in range(1, 11):
            pl.report_month(s, manager, roads, month, 1 if month % 2 else 2, "")
        views = {v.code: v for v in pl.plan_of(s, manager, 2026)}
        assert views["AOI-GDE-01"].progress_to(10) == 100.0
        assert views["AOI-GDUR-01"].target_to(10) == 20 and \
            views["AOI-GDUR-01"].actual_to(10) == 15
        assert views["AOI-GDUR-01"].progress_to(10) == 75.0
        assert views["AOI-GDE-01"].can_report and not \
            pl.plan_of(s, staff, 2026)[1].can_report
        figures = {f.unit: f for f in pl.plan_figures(list(views.values()), 10)}
        assert figures["Gerencia de Desarrollo Urbano y Rural"].progress == 75.0
        assert figures["Gerencia de Desarrollo Económico"].unreported == 0

        with pytest.raises(ValidationFailed) as refused:
            pl.save_activity(s, manager, pl.ActivityForm(
                2026, None, "AOI-GDE-01", " ", " ", [0] * 12))
        assert {e.field for e in refused.value.errors} == {"unit_id", "name", "measure",
                                                           "targets", "code"}
        with pytest.raises(PermissionDenied):
            pl.save_activity(s, staff, pl.ActivityForm(
                2026, unit_id(s, "ECONOMIC_DEVELOPMENT"), "X", "X", "X", [1] * 12))


def test_the_budget_is_imported_from_the_siaf_export_all_or_nothing(planned):
    db, fair, roads = planned
    with db.db.session() as s:
        s.info["clock"].set(dt.date(2026, 11, 5))
        manager = demo_actor(s, "wccahua")
        done = pl.import_budget(s, manager, 2026, dt.date(2026, 10, 31), "siaf-octubre.xlsx",
                                _xlsx(SIAF))
        assert done.activities == 2 and done.source.startswith("siaf-octubre.xlsx (SHA-256 ")
        views = {v.code: v for v in pl.plan_of(s, manager, 2026)}
        budget = views["AOI-GDE-01"].budget
        assert (budget.opening, budget.modified, budget.certified, budget.accrued) == (
            4_500_000, 5_200_050, 4_830_000, 4_120_075)
        assert budget.execution == 79.2 and soles(budget.accrued) == "S/ 41 200.75"
        # A month's report reads the figures of its end: none before 31 October.
        assert pl.plan_of(s, manager, 2026, as_of=dt.date(2026, 9, 30))[0].budget is None

        count = s.scalar(select(BudgetFigure.id).order_by(BudgetFigure.id.desc()))
        unknown = SIAF[:5] + [["AOI-XX-99", "Otra", 1, 1, 1, 1]]
        for content, expected in (
                (_xlsx(unknown), "Estas actividades no están en el POI 2026: AOI-XX-99 (fila 6)"),
                (_xlsx([["Meta", "Monto"], ["AOI-GDE-01", 1]]),
                 "No se encontraron las columnas del reporte de SIAF"),
                (b"PK not really a workbook", "no es un libro de Excel"),
                (_xlsx(SIAF[:4] + [["AOI-GDE-01", "x", "mil", 1, 1, 1]]),
                 "Fila 5, columna PIA: «mil» no es un monto.")):
            with pytest.raises(ValidationFailed) as refused:
                pl.import_budget(s, manager, 2026, dt.date(2026, 11, 4), "otro.xlsx", content)
            assert expected in refused.value.errors[0].message
        assert s.scalar(select(BudgetFigure.id).order_by(BudgetFigure.id.desc())) == count
        assert s.scalar(select(AuditEntry.action).where(
            AuditEntry.entity == "budget_figure")) == "import"


def test_a_budget_import_stopped_midway_imports_nothing(planned):
    """Issue 19: the import says how far it got; stopped (what progress raises), it rolls back."""
    db, _fair, _roads = planned
    steps = []

    class Stopped(Exception):
        pass

    def stop_at_the_second(done, total):
        steps.append((done, total))
        if done == 1:
            raise Stopped

    with pytest.raises(Stopped), db.db.session() as s:
        s.info["clock"].set(dt.date(2026, 11, 5))
        manager = demo_actor(s, "wccahua")
        pl.import_budget(s, manager, 2026, dt.date(2026, 10, 31), "siaf-octubre.xlsx",
                         _xlsx(SIAF), progress=stop_at_the_second)
    assert steps == [(0, 2), (1, 2)]
    with db.db.session() as s:
        assert s.scalar(select(BudgetFigure.id)) is None
