"""Access to public information (TUO Ley 27806): a request is a case file with a clock of 10
business days, one extension told within 2 business days, the cost of reproduction paid before
delivery, a denial only on an exception of arts. 15-17, and the denegatoria ficta after the due
date. Worked examples cross the December holidays and the change of year."""

import datetime as dt

import pytest
from sqlalchemy import func, select

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.db.models import AuditEntry, CaseFile
from pisac_desktop.db.models.requests import DELIVERED, DENIED, PARTIAL
from pisac_desktop.demo import demo_actor
from pisac_desktop.requests import information as info
from pisac_desktop.tramite import cases
from pisac_desktop.tramite.intake import FilingForm
from tests.unit.conftest import unit_id


def _filing(**changes) -> FilingForm:
    form = FilingForm(filer_document="41234567", filer_name="Rosa Mamani Ccori",
                      filer_address="Calle Mariscal Castilla 210, Pisac",
                      filer_email="rosa.mamani@example.pe",
                      subject="Copia de las órdenes de servicio de octubre de 2026", folios=1)
    for key, value in changes.items():
        setattr(form, key, value)
    return form


def _register(s, day: dt.date, delivery_form: str = "email", **changes) -> int:
    s.info["clock"].set(day)
    details = info.RequestDetails(holder_unit_id=unit_id(s, "ADMINISTRATION"),
                                  delivery_form=delivery_form, requester_sex="F")
    return info.register_request(s, demo_actor(s, "echoque"), _filing(**changes), details)


def test_the_clock_counts_ten_business_days_across_christmas_and_new_year():
    calendar = BusinessCalendar([])
    state = info.clock(calendar, dt.date(2026, 12, 17), None, False, None)
    assert state.due.result == dt.date(2027, 1, 4)  # skips 25/12 and 1/1
    assert {d.day for d in state.due.skipped} == {dt.date(2026, 12, 25), dt.date(2027, 1, 1)}
    assert state.extension_until.result == dt.date(2026, 12, 21)
    assert state.ficta_since == dt.date(2027, 1, 5)
    lines = state.lines(dt.date(2026, 12, 18))
    assert lines[0].startswith("Plazo legal: 04/01/2027 (10 días hábiles desde el 17/12/2026")
    assert "Navidad" in lines[0] and "Año Nuevo" in lines[0]
    assert "hasta el 21/12/2026" in lines[1]
    assert not any("Tribunal" in line for line in lines)
    assert any("Tribunal de Transparencia" in line for line in state.lines(dt.date(2027, 1, 5)))
    answered = state.lines(dt.date(2027, 1, 20), answered_on=dt.date(2026, 12, 30))
    assert answered[-1] == "Respondida el 30/12/2026, en plazo."
    assert not any("Tribunal" in line or "prorrogarse" in line for line in answered)
    assert state.lines(dt.date(2027, 1, 20), dt.date(2027, 1, 5))[-1].endswith("fuera de plazo.")
    # Filed on 4 December: 8 and 9 December are holidays.
    state = info.clock(calendar, dt.date(2026, 12, 4), None, False, None)
    assert (state.due.result, state.extension_until.result) == (dt.date(2026, 12, 22),
                                                                dt.date(2026, 12, 10))


def test_a_request_is_a_case_file_for_the_officer_extended_once_paid_and_delivered(office):
    with office.db.session() as s:
        case_id = _register(s, dt.date(2026, 12, 17))
        case = s.get(CaseFile, case_id)
        assert case.unit_id == unit_id(s, "GENERAL_SECRETARIAT")  # art. 8: no one designated
        assert case.due_on == dt.date(2027, 1, 4)
        view = info.request_view(s, demo_actor(s, "mhuillca"), case_id)
        assert (view.holder_unit, view.delivery_form, view.state) == (
            "Oficina de Administración", "Correo electrónico", "En trámite")
        assert view.can_extend and view.can_answer
        secretary = demo_actor(s, "mhuillca")
        cases.receive(s, secretary, case_id)
        s.info["clock"].set(dt.date(2026, 12, 21))  # the second business day: still in time
        with pytest.raises(ValidationFailed) as refused:
            info.extend(s, secretary, case_id, dt.date(2026, 12, 30), "Volumen de la información")
        assert "posterior al plazo legal (04/01/2027)" in str(refused.value)
        info.extend(s, secretary, case_id, dt.date(2027, 1, 15),
                    "La información está en 14 archivadores del archivo de gestión")
        assert s.get(CaseFile, case_id).due_on == dt.date(2027, 1, 15)
        with pytest.raises(DomainError, match="una sola vez"):
            info.extend(s, secretary, case_id, dt.date(2027, 1, 20), "Otra vez")
        info.notify_fee(s, secretary, case_id, 150)
        with pytest.raises(ValidationFailed, match="pago del costo"):
            info.answer_request(s, secretary, case_id, DELIVERED, "Carta N° 001-2027-SG-MDP")
        info.record_payment(s, secretary, case_id, "R-000123")
        s.info["clock"].set(dt.date(2027, 1, 14))
        info.answer_request(s, secretary, case_id, DELIVERED,
                            "Carta N° 001-2027-SG-MDP con la información por correo")
        view = info.request_view(s, secretary, case_id)
        assert (view.state, view.in_time, view.fee, view.answered_on) == (
            "Entregada", True, "S/ 1.50", dt.date(2027, 1, 14))
        assert view.paid == "21/12/2026 (recibo R-000123)"
        assert not view.can_answer and s.get(CaseFile, case_id).state == "answered"
        with pytest.raises(DomainError, match="ya fue respondida"):
            info.answer_request(s, secretary, case_id, DENIED, "Otra", "17.5")
        changes = " ".join(s.scalars(select(AuditEntry.changes).where(
            AuditEntry.entity == "information_request")))
    assert "prórroga" in changes and "S/ 1.50" in changes and "Entregada" in changes


def test_the_extension_must_be_told_within_two_business_days(office):
    with office.db.session() as s:
        case_id = _register(s, dt.date(2026, 12, 4))
        secretary = demo_actor(s, "mhuillca")
        cases.receive(s, secretary, case_id)
        s.info["clock"].set(dt.date(2026, 12, 11))  # the third business day after 4/12
        assert not info.request_view(s, secretary, case_id).can_extend
        with pytest.raises(DomainError, match="hasta el 10/12/2026"):
            info.extend(s, secretary, case_id, dt.date(2027, 1, 8), "Volumen")


def test_a_denial_rests_on_an_exception_and_unanswered_requests_lapse(office):
    with office.db.session() as s:
        denied = _register(s, dt.date(2026, 12, 4))
        partial = _register(s, dt.date(2026, 12, 4))
        lapsed = _register(s, dt.date(2026, 12, 4), filer_name="Pedro Quispe", filer_email="",
                           delivery_form="copy")
        secretary = demo_actor(s, "mhuillca")
        for case_id in (denied, partial):
            cases.receive(s, secretary, case_id)
        s.info["clock"].set(dt.date(2026, 12, 22))
        with pytest.raises(ValidationFailed, match="artículos 15, 16 o 17"):
            info.answer_request(s, secretary, denied, DENIED, "No corresponde")
        info.answer_request(s, secretary, denied, DENIED,
                            "Las declaraciones juradas contienen datos de salud", "17.5")
        info.answer_request(s, secretary, partial, PARTIAL, "Se entrega sin los DNI", "17.5")
        s.info["clock"].set(dt.date(2026, 12, 23))
        view = info.request_view(s, secretary, lapsed)
        assert view.state == "Vencida (denegatoria ficta)"
        assert any("Tribunal de Transparencia" in line for line in view.clock.lines(
            dt.date(2026, 12, 23)))
        figures = info.figures_of_year(s, secretary, 2026)
    assert (figures.received, figures.answered_in_time, figures.answered_late) == (3, 2, 0)
    assert figures.denied == {info.EXCEPTIONS["17.5"]: 2}
    assert (figures.pending, figures.overdue) == (1, 1)
    assert figures.by_unit == {"Oficina de Administración": 3}
    assert figures.by_sex == {"Mujer": 3}


def test_missing_requirements_start_the_clock_on_completion(office):
    with office.db.session() as s:
        case_id = _register(s, dt.date(2026, 12, 4),
                            missing_requirements="Precisar el periodo de las órdenes")
        view = info.request_view(s, demo_actor(s, "mhuillca"), case_id)
        assert view.clock.due is None and "subsanen" in view.clock.lines(dt.date(2026, 12, 4))[0]
        s.info["clock"].set(dt.date(2026, 12, 7))
        from pisac_desktop.tramite import intake

        intake.complete_requirements(s, demo_actor(s, "echoque"), case_id, "Precisó: octubre")
        view = info.request_view(s, demo_actor(s, "mhuillca"), case_id)
        # 10 days from 7/12 (not from 4/12), skipping 8 and 9 December
        assert view.clock.due.result == dt.date(2026, 12, 23)
        assert s.get(CaseFile, case_id).due_on == dt.date(2026, 12, 23)


def test_bad_input_is_refused_at_its_field_and_nothing_is_written(office):
    with office.db.session() as s:
        before = s.scalar(select(func.count(CaseFile.id)))
        s.info["clock"].set(dt.date(2026, 12, 4))
        details = info.RequestDetails(holder_unit_id=None, delivery_form="email")
        with pytest.raises(ValidationFailed) as refused:
            info.register_request(s, demo_actor(s, "echoque"),
                                  _filing(filer_email="", filer_document="123"), details)
        fields = {e.field for e in refused.value.errors}
        assert {"holder_unit_id", "filer_email", "filer_document"} <= fields
        assert s.scalar(select(func.count(CaseFile.id))) == before


def test_a_designated_officer_receives_the_requests(office):
    with office.db.session() as s:
        admin = demo_actor(s, "mhuillca")
        info.designate_officer(s, admin, "Edwin Choque Puma", "Responsable de Acceso a la "
                               "Información", unit_id(s, "RECORDS_OFFICE"), dt.date(2026, 12, 1),
                               "Resolución de Alcaldía N° 250-2026-A-MDP")
        case_id = _register(s, dt.date(2026, 12, 4))
        view = info.request_view(s, admin, case_id)
        assert view.officer == "Edwin Choque Puma"
        assert s.get(CaseFile, case_id).unit_id == unit_id(s, "RECORDS_OFFICE")
        assert info.officer_on(s, dt.date(2026, 11, 30)).id is None  # before: the SG
        # A designation corrected the same day replaces the first one; a later one ends it.
        info.designate_officer(s, admin, "Edwin Choque Puma", "Responsable de Acceso a la "
                               "Información", unit_id(s, "RECORDS_OFFICE"), dt.date(2026, 12, 1),
                               "Resolución de Alcaldía N° 251-2026-A-MDP")
        assert info.officer_on(s, dt.date(2026, 12, 2)).designation.endswith("251-2026-A-MDP")
        later = info.designate_officer(s, admin, "Rocío Ttito Quispe", "Jefa de Imagen",
                                       unit_id(s, "GENERAL_SECRETARIAT"), dt.date(2027, 1, 4),
                                       "Resolución de Alcaldía N° 002-2027-A-MDP")
        assert info.officer_on(s, dt.date(2027, 1, 3)).designation.endswith("251-2026-A-MDP")
        assert info.officer_on(s, dt.date(2027, 1, 4)).id == later


def _pdf_text(pdf: bytes) -> str:
    import io
    import re

    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages)
                  .replace("\u00a0", " "))


def test_the_letters_are_drafted_with_the_facts_issued_numbered_and_notified(office):
    from pisac_desktop.requests import letters
    from pisac_desktop.tramite import documents, notices, printing

    with office.db.session() as s:
        case_id = _register(s, dt.date(2026, 12, 17))
        secretary = demo_actor(s, "mhuillca")
        cases.receive(s, secretary, case_id)
        info.extend(s, secretary, case_id, dt.date(2027, 1, 15),
                    "la información está en 14 archivadores del archivo de gestión.")
        extension = letters.draft_letter(s, secretary, case_id, "extension")
        documents.issue_document(s, secretary, extension)
        info.notify_fee(s, secretary, case_id, 450)
        fee = letters.letter_form(s, case_id, "fee").body
        with pytest.raises(DomainError, match="artículos 15, 16 o 17"):
            letters.letter_form(s, case_id, "denial")
        partial = letters.letter_form(s, case_id, "partial", "17.5",
                                      "los números de DNI de los proveedores").body
        cedula = notices.issue_answer_cedula(s, secretary, extension)
    with office.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
        text = _pdf_text(printing.render_unit_document(s, secretary, extension)[0])
        cedula_text = _pdf_text(printing.render_answer_cedula(s, cedula)[0])
    for expected in ("CARTA N° 001-2026-SG-MDP", "Rosa Mamani Ccori",
                     "Prórroga del plazo", "literal g) del artículo 11",
                     "Decreto Supremo N° 021-2019-JUS", "14 archivadores",
                     "15 de enero de 2027", "EXP. N° 2026-000001"):
        assert expected in text, expected
    assert "CARTA N° 001-2026-SG-MDP" in cedula_text and "Rosa Mamani Ccori" in cedula_text
    assert "S/ 4.50" in fee and "artículo 20" in fee and "15 de enero de 2027" in fee
    assert "correo electrónico rosa.mamani@example.pe" in partial
    assert "los números de DNI de los proveedores" in partial
    assert "artículo 17, numeral 5" in partial and "Tribunal de Transparencia" in partial


def test_the_register_and_the_annual_report_in_pdf_and_excel_and_the_export(office, tmp_path):
    from openpyxl import load_workbook

    from pisac_desktop.export import export_year

    with office.db.session() as s:
        delivered = _register(s, dt.date(2026, 12, 4))
        denied = _register(s, dt.date(2026, 12, 4), filer_name="Pedro Ñahui Quispe",
                           subject="Declaraciones juradas de salud del personal")
        _register(s, dt.date(2026, 12, 4), subject="Actas de =SUMA(A1) del comité")
        secretary = demo_actor(s, "mhuillca")
        for case_id in (delivered, denied):
            cases.receive(s, secretary, case_id)
        s.info["clock"].set(dt.date(2026, 12, 10))
        info.answer_request(s, secretary, delivered, DELIVERED, "Carta N° 001-2026-SG-MDP")
        info.answer_request(s, secretary, denied, DENIED, "Carta N° 002-2026-SG-MDP", "17.5")
        s.info["clock"].set(dt.date(2026, 12, 28))
    with office.db.session() as s:
        result = export_year(s, demo_actor(s, "mhuillca"), 2026, tmp_path)
    folder = result.folder / "solicitudes"
    names = sorted(p.name for p in folder.iterdir())
    assert names == ["informe-anual-solicitudes-acceso-informacion-2026.pdf",
                     "registro-solicitudes-acceso-informacion-2026.pdf",
                     "solicitudes-acceso-informacion-2026.xlsx"]
    register = _pdf_text((folder / names[1]).read_bytes())
    for expected in ("Registro de solicitudes de acceso a la información pública 2026",
                     "EXP. N° 2026-000002", "Pedro Ñahui Quispe", "Oficina de Administración",
                     "Entregada", "Denegada", "Art. 17.5", "Vencida (denegatoria ficta)"):
        assert expected in register, expected
    report = _pdf_text((folder / names[0]).read_bytes())
    for expected in ("Informe anual de solicitudes de acceso a la información pública 2026",
                     "Solicitudes recibidas 3", "Atendidas en plazo 2",
                     "Sin respuesta vencido el plazo (denegatoria ficta) 1", "Mujer 3",
                     "datos personales"):
        assert expected in report, expected
    book = load_workbook(folder / names[2])
    rows = list(book["Registro"].iter_rows(values_only=True))
    assert rows[0][0] == "Expediente" and len(rows) == 4
    assert rows[3][3] == "Actas de =SUMA(A1) del comité"  # text, never a formula
    assert rows[1][1] == dt.datetime(2026, 12, 4, 10, 0)
    summary = [r for r in book["Resumen"].iter_rows(values_only=True) if r and r[0]]
    assert ("Solicitudes recibidas", 3) in summary


def test_the_resumen_names_the_requests_that_lapse_and_the_last_day_to_extend(office):
    from pisac_desktop.requests.pending import request_pending

    with office.db.session() as s:
        first = _register(s, dt.date(2026, 12, 4))  # due 22/12, extend until 10/12
        second = _register(s, dt.date(2026, 12, 7))  # due 23/12, extend until 11/12
        items = {i.label: i for i in request_pending(s, dt.date(2026, 12, 10))}
        assert items["Hoy es el último día para prorrogar una solicitud de acceso"].target \
            == first
        items = {i.label: i for i in request_pending(s, dt.date(2026, 12, 21))}
        soon = items["Solicitudes de acceso a la información que vencen hasta el 23/12/2026"]
        assert soon.count == 2 and soon.target == first
        items = {i.label: i for i in request_pending(s, dt.date(2026, 12, 23))}
        lapsed = items["Solicitud de acceso a la información vencida"]
        assert lapsed.target == first and "EXP. N° 2026-000001" in lapsed.detail
        assert second not in [i.target for i in items.values() if "vencida" in i.label]
