"""The complaint book (DS 007-2020-PCM): a sheet numbered in the book and registered as a case
file for the Gerencia Municipal, the answer's deadline a setting (30 business days by default),
measures and answer, the month's figures by unit and motive, and the sheet printed."""

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.db.models import CaseFile, Complaint
from pisac_desktop.demo import demo_actor
from pisac_desktop.requests import complaints
from pisac_desktop.requests.printing import render_complaint_sheet
from pisac_desktop.tramite import cases
from pisac_desktop.tramite.intake import FilingForm
from tests.unit.conftest import unit_id


def _register(s, day: dt.date, **details) -> int:
    s.info["clock"].set(day)
    form = FilingForm(filer_document="41234567", filer_name="Rosa Mamani Ccori",
                      filer_address="Calle Mariscal Castilla 210, Pisac",
                      filer_phone="984 111 222", subject="", folios=1)
    values = dict(unit_id=unit_id(s, "CIVIL_REGISTRY"), category="delay",
                  attended_on=day - dt.timedelta(days=1),
                  facts="Esperé tres horas para una copia certificada de partida de nacimiento.",
                  request="Que se atienda por orden de llegada y con un número de turno.")
    values.update(details)
    return complaints.register_complaint(s, demo_actor(s, "echoque"), form,
                                         complaints.ComplaintDetails(**values))


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages)
                  .replace("\u00a0", " "))


def test_a_sheet_of_the_book_is_answered_by_the_gerencia_in_time(office):
    with office.db.session() as s:
        case_id = _register(s, dt.date(2026, 12, 4))
        case = s.get(CaseFile, case_id)
        assert case.unit_id == unit_id(s, "MUNICIPAL_MANAGEMENT")
        assert case.document_kind == "Reclamo" and case.subject.startswith("Esperé tres horas")
        assert case.due_on == dt.date(2027, 1, 21)  # 30 business days, 8-9 and 25 Dec, 1 Jan
        manager = demo_actor(s, "wccahua")
        view = complaints.complaint_view(s, manager, case_id)
        assert (view.number_text, view.unit, view.category, view.state) == (
            "HOJA DE RECLAMACIÓN N° 001-2026", "Oficina de Registro Civil",
            "Tiempo de atención", "Pendiente")
        with pytest.raises(DomainError, match="Reciba primero"):
            complaints.record_measures(s, manager, case_id, "Se instaló un dispensador")
        cases.receive(s, manager, case_id)
        s.info["clock"].set(dt.date(2026, 12, 10))
        complaints.record_measures(s, manager, case_id, "Se instaló un dispensador de turnos.")
        complaints.answer_complaint(s, manager, case_id, "Se le ofrecen disculpas; desde el "
                                    "10/12/2026 la atención es por turnos numerados.")
        with pytest.raises(DomainError, match="ya fue respondida"):
            complaints.answer_complaint(s, manager, case_id, "Otra")
        view = complaints.complaint_view(s, manager, case_id)
        assert (view.state, view.in_time) == ("Respondido", True)
        assert view.measures == "10/12/2026: Se instaló un dispensador de turnos."
        pdf, name = render_complaint_sheet(s, manager, case_id)
    text = _text(pdf)
    assert name == "hoja-reclamacion-001-2026.pdf"
    for expected in ("LIBRO DE RECLAMACIONES", "HOJA DE RECLAMACIÓN N° 001-2026",
                     "EXP. N° 2026-000001", "Rosa Mamani Ccori", "DNI N° 41234567",
                     "Oficina de Registro Civil", "03/12/2026", "Esperé tres horas",
                     "número de turno", "dispensador de turnos", "Respondido el 10/12/2026",
                     "Plazo de respuesta: 30 días hábiles, hasta el 21/01/2027",
                     "Firma de quien presenta el reclamo"):
        assert expected in text, expected


def test_the_book_numbers_each_year_from_one_and_the_deadline_is_a_setting(office):
    with office.db.session() as s:
        complaints.set_complaint_days(s, demo_actor(s, "mhuillca"), 15)
        first = _register(s, dt.date(2026, 12, 30))
        second = _register(s, dt.date(2027, 1, 4))
        numbers = [s.scalar(select(Complaint.number_text).where(Complaint.case_file_id == c))
                   for c in (first, second)]
        assert numbers == ["HOJA DE RECLAMACIÓN N° 001-2026", "HOJA DE RECLAMACIÓN N° 001-2027"]
        assert s.get(CaseFile, second).due_on == dt.date(2027, 1, 25)  # 15 business days
        with pytest.raises(ValidationFailed, match="de 1 a 60"):
            complaints.set_complaint_days(s, demo_actor(s, "mhuillca"), 0)


def test_the_months_figures_by_unit_and_motive(office):
    with office.db.session() as s:
        late = _register(s, dt.date(2026, 10, 1))
        _register(s, dt.date(2026, 10, 2), unit_id=unit_id(s, "ADMINISTRATION"),
                  category="treatment")
        manager = demo_actor(s, "wccahua")
        cases.receive(s, manager, late)
        s.info["clock"].set(dt.date(2026, 11, 30))
        complaints.answer_complaint(s, manager, late, "Respuesta tardía.")
        f = complaints.complaint_figures(s, manager, 2026, 10)
    assert (f.received, f.answered_in_time, f.answered_late, f.pending, f.overdue) == (
        2, 0, 1, 1, 1)
    assert f.by_unit == {"Oficina de Registro Civil": 1, "Oficina de Administración": 1}
    assert f.by_category == {"Tiempo de atención": 1,
                             "Trato profesional durante la atención": 1}


def test_bad_input_is_refused_at_its_field_and_nothing_is_written(office):
    with office.db.session() as s:
        before = s.scalar(select(func.count(CaseFile.id)))
        with pytest.raises(ValidationFailed) as refused:
            _register(s, dt.date(2026, 12, 4), unit_id=None, facts="  ",
                      attended_on=dt.date(2026, 12, 5))
        assert {e.field for e in refused.value.errors} == {"unit_id", "facts", "attended_on"}
        assert s.scalar(select(func.count(CaseFile.id))) == before
