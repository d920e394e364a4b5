"""The monthly report to the alcaldía and the memoria de gestión, generated from the demo: the
heading of an informe, the gerente's summary, the POI's progress, the budget of the month's end,
the case files, the compromisos due in the month and the documents issued — checked by the
PDF's text against the figures computed here — and the Excel tables."""

import datetime as dt
import io
import re

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import func, select

from pisac_desktop.core.errors import ValidationFailed
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.db.models import Instrument
from pisac_desktop.db.models.instruments import ISSUED
from pisac_desktop.demo import demo_actor
from pisac_desktop.demo.management import SUMMARIES
from pisac_desktop.management import monthly
from pisac_desktop.management import plan as pl
from pisac_desktop.management.plan import plan_pending
from pisac_desktop.spanish.money import soles
from pisac_desktop.tramite.statistics import figures


def _text(pdf: bytes) -> str:
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in
                                        PdfReader(io.BytesIO(pdf)).pages))


def test_the_month_of_october_from_the_demo(demo):
    with demo.db.session() as s:
        manager = demo_actor(s, "wccahua")
        pdf, name = monthly.render_monthly(s, manager, 2026, 10)
        text = _text(pdf)
        assert name == "informe-mensual-gestion-2026-10.pdf"
        views = pl.plan_of(s, manager, 2026, as_of=dt.date(2026, 10, 31))
        f = figures(s, manager, 2026, 10)
        issued = s.scalar(select(func.count()).where(
            Instrument.state == ISSUED, Instrument.doc_date >= dt.date(2026, 10, 1),
            Instrument.doc_date <= dt.date(2026, 10, 31)))
    for expected in (
            "INFORME MENSUAL DE GESTIÓN", "Informe mensual de gestión de octubre de 2026",
            "Alcalde", "Gerente Municipal", SUMMARIES[10][:60],
            "II. Plan operativo institucional", "III. Ejecución presupuestal",
            "Cifras de SIAF al 31/10/2026", "IV. Trámite documentario",
            f"Expedientes recibidos {f.received}", f"Vencidos sin atender {f.overdue}",
            "V. Cumplimiento de acuerdos y compromisos", "VI. Documentos emitidos",
            "Wilber Ccahua Yupanqui"):
        assert expected in text, expected
    assert len(views) == 10 and all(v.budget and v.budget.as_of == dt.date(2026, 10, 31)
                                    for v in views)
    modified = sum(v.budget.modified for v in views)
    accrued = sum(v.budget.accrued for v in views)
    assert f"devengado {soles(accrued)} de un PIM de {soles(modified)}" in text
    # The demo leaves two activities unreported in the last month: the table and the Resumen.
    with demo.db.session() as s:
        (item,) = plan_pending(s, dt.date(2026, 11, 21))
    assert item.count == 2 and item.label == "Actividades del POI sin avance informado"
    assert issued > 0


def test_the_memoria_gathers_the_year_and_the_monthly_summaries(demo):
    with demo.db.session() as s:
        manager = demo_actor(s, "wccahua")
        pdf, name = monthly.render_monthly(s, manager, 2026, monthly.MEMORIA)
        data, xname = monthly.monthly_xlsx(s, manager, 2026, monthly.MEMORIA)
    text = _text(pdf)
    assert name == "memoria-gestion-2026.pdf" and xname == "memoria-gestion-2026.xlsx"
    for expected in ("MEMORIA DE GESTIÓN 2026", "Memoria de gestión del año 2026",
                     "VII. Resúmenes mensuales", "Septiembre", SUMMARIES[9][:50],
                     "Octubre", SUMMARIES[10][:50]):
        assert expected in text, expected
    book = load_workbook(io.BytesIO(data))
    assert book.sheetnames[0] == "Resumen" and len(book.sheetnames) >= 8
    first = book[book.sheetnames[1]]
    assert [c.value for c in first[2]] == ["Unidad", "Actividades", "Avance físico",
                                           "Sin informar"]
    progress = first.cell(3, 3)  # a percentage is a number in Excel, shown as one
    assert isinstance(progress.value, float) and 0 < progress.value <= 1
    assert progress.number_format == "0.0%"
    budget = book["III. Ejecución presupuestal"]
    assert isinstance(budget.cell(3, 2).value, int | float) and budget.cell(3, 2).number_format == \
        '"S/" #,##0.00'


def test_only_the_gerencia_writes_the_summary_and_it_is_audited(demo):
    with demo.db.session() as s:
        manager = demo_actor(s, "wccahua")
        with pytest.raises(PermissionDenied):
            monthly.save_summary(s, demo_actor(s, "lsoncco"), 2026, 11, "Texto")
        with pytest.raises(ValidationFailed):
            monthly.save_summary(s, manager, 2026, 11, "x" * 20_001)
        monthly.save_summary(s, manager, 2026, 11, "  Noviembre: se cerró el año fiscal.  ")
        assert monthly.summary_of(s, manager, 2026, 11) == "Noviembre: se cerró el año fiscal."
