"""The trámite's figures and reports: filings by procedure and unit, in time and late, average
business days, pending by age; the monthly report (PDF with charts, Excel), the year's register
of case files and the export's tramite/ folder."""

import datetime as dt
import io
import re

from openpyxl import load_workbook
from pypdf import PdfReader

from pisac_desktop.demo import demo_actor
from pisac_desktop.export import export_tramite
from pisac_desktop.reports import tramite_report as rt
from pisac_desktop.tramite import cases, intake, printing
from pisac_desktop.tramite.procedures import procedures
from pisac_desktop.tramite.statistics import NO_PROCEDURE, figures
from tests.unit.conftest import unit_id
from tests.unit.test_tramite import _filing


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages)
                  .replace("\u00a0", " "))


def _month(db):
    """Four filings in November 2026: two answered (one in time, one late), one pending and
    overdue, one annulled; one filed in October and still open."""
    with db.session() as s:
        clock = s.info["clock"]
        desk, secretary = demo_actor(s, "echoque"), demo_actor(s, "mhuillca")
        copy = next(p for p in procedures(s) if p.code == "EJ-06")  # 5 days, in the SG
        clock.set(dt.date(2026, 10, 30))
        old = intake.register_filing(s, desk, _filing(s))
        clock.set(dt.date(2026, 11, 2))
        fast = intake.register_filing(s, desk, _filing(s, procedure_id=copy.id, unit_id=None))
        slow = intake.register_filing(s, desk, _filing(s, procedure_id=copy.id, unit_id=None))
        waiting = intake.register_filing(s, desk, _filing(s, deadline_days=3))
        wrong = intake.register_filing(s, desk, _filing(s))
        intake.annul(s, desk, wrong, "Duplicado")
        for case_id in (fast, slow):
            cases.receive(s, secretary, case_id)
        clock.set(dt.date(2026, 11, 5))  # 3 business days after filing: in time
        cases.answer(s, secretary, fast, "Oficio")
        clock.set(dt.date(2026, 11, 16))  # 10 business days: late (due 9 November)
        cases.answer(s, secretary, slow, "Oficio")
        clock.set(dt.date(2026, 11, 21))
    return old, waiting


def test_the_figures_of_a_month(office):
    _month(office.db)
    with office.db.session() as s:
        f = figures(s, demo_actor(s, "mhuillca"), 2026, 11)
    assert (f.title, f.start, f.end, f.as_of) == ("Noviembre de 2026", dt.date(2026, 11, 1),
                                                  dt.date(2026, 11, 30), dt.date(2026, 11, 21))
    assert (f.received, f.annulled, f.answered, f.in_time, f.late) == (3, 1, 2, 1, 1)
    assert (f.pending, f.overdue) == (2, 2)  # October's and the waiting one, both past due
    assert f.in_time_share == "50 %"
    copies = next(p for p in f.procedures if p.label.startswith("EJ-06"))
    assert (copies.received, copies.answered, copies.average_days) == (2, 2, 6.5)
    assert next(p for p in f.procedures if p.label == NO_PROCEDURE).received == 1
    (unit,) = f.units
    assert (unit.unit, unit.received, unit.pending, unit.overdue) == ("Secretaría General", 3,
                                                                      2, 2)
    assert sum(unit.ages) == 2


def test_the_report_register_and_export_folder(office, tmp_path):
    _month(office.db)
    with office.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
        report = printing.report_doc(s, secretary, 2026, 11)
        names = export_tramite(s, secretary, 2026, tmp_path / "tramite")
        assert export_tramite(s, secretary, 2019, tmp_path / "nada") == []
    text = _text(rt.render_report(report))
    for expected in ("Informe de trámite documentario — Noviembre de 2026",
                     "Del 1 de noviembre de 2026 al 30 de noviembre de 2026",
                     "Expedientes recibidos 3", "Atendidos fuera de plazo 1",
                     "Porcentaje atendido en plazo 50 %", "Pendientes con plazo vencido 2",
                     "Expedientes recibidos por unidad de destino",
                     "Pendientes por antigüedad", "EJ-06 Copia certificada", "6,5",
                     "Secretaría General"):
        assert expected in text, expected
    assert names == ["registro-expedientes-2026.pdf", "registro-expedientes-2026.xlsx",
                     "informe-tramite-2026.pdf", "informe-tramite-2026.xlsx"]
    register = _text((tmp_path / "tramite" / names[0]).read_bytes())
    assert "Registro de expedientes 2026" in register and "EXP. N° 2026-000005" in register
    assert "Anulado" in register
    sheet = load_workbook(tmp_path / "tramite" / names[1]).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Expediente" and len(rows) == 6
    assert rows[1][1] == dt.datetime(2026, 10, 30, 10, 0)
    summary = load_workbook(tmp_path / "tramite" / names[3])["Resumen"]
    assert ("Expedientes recibidos", 4) in [(r[0], r[1]) for r in summary.iter_rows(
        values_only=True) if r and r[0]]
    with office.db.session() as s:
        assert unit_id(s, "GENERAL_SECRETARIAT")


def test_the_resumen_names_what_waits(office):
    from pisac_desktop.tramite.pending import case_pending

    old, waiting = _month(office.db)
    with office.db.session() as s:
        desk = demo_actor(s, "echoque")
        lapsed = intake.register_filing(s, desk, _filing(
            s, missing_requirements="Pago de la tasa"))  # on 21/11: 2 days to 24/11
        items = {i.label: i for i in case_pending(s, dt.date(2026, 11, 21))}
        assert items["Expedientes por recibir"].count == 3  # old, waiting, lapsed
        assert items["Expedientes por recibir"].detail == "Secretaría General: 3"
        assert items["Expedientes por recibir"].target == old  # the oldest first
        assert items["Expedientes con plazo vencido"].count == 2
        later = {i.label: i for i in case_pending(s, dt.date(2026, 11, 25))}
    assert later["Plazo para subsanar vencido: se tiene por no presentado (art. 136)"].target \
        == lapsed


def test_the_resumen_names_what_is_due_within_two_business_days(office):
    from pisac_desktop.tramite.pending import case_pending

    with office.db.session() as s:
        s.info["clock"].set(dt.date(2026, 11, 27))  # a Friday
        desk = demo_actor(s, "echoque")
        soon = intake.register_filing(s, desk, _filing(s, deadline_days=1))  # due Mon 30/11
        intake.register_filing(s, desk, _filing(s, deadline_days=3))  # due Wed 2/12
        items = {i.label: i for i in case_pending(s, dt.date(2026, 11, 27))}
        assert items["Expediente que vence hasta el 01/12/2026"].target == soon
        assert "Expedientes con plazo vencido" not in items
        items = {i.label: i for i in case_pending(s, dt.date(2026, 11, 30))}
        assert items["Expedientes que vencen hasta el 02/12/2026"].count == 2
        assert items["Expedientes que vencen hasta el 02/12/2026"].detail == \
            "Secretaría General: 2"
        items = {i.label: i for i in case_pending(s, dt.date(2026, 12, 1))}
        assert items["Expediente con plazo vencido"].target == soon
