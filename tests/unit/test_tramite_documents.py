"""Oficios, cartas, informes and memorándums of a unit: numbered per unit, kind and year when
issued, frozen afterwards, linked to the case file they answer, printed for signature."""

import io
import re

import pytest
from pypdf import PdfReader

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.demo import demo_actor
from pisac_desktop.tramite import cases, documents, intake, printing
from pisac_desktop.tramite.documents import DocumentForm
from tests.unit.conftest import unit_id
from tests.unit.test_tramite import _filing


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages)
                  .replace("\u00a0", " "))


def test_an_oficio_answers_a_case_file_numbered_per_unit_and_kind(office):
    with office.db.session() as s:
        case_id = intake.register_filing(s, demo_actor(s, "echoque"), _filing(s))
    with office.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
        sg, gm = unit_id(s, "GENERAL_SECRETARIAT"), unit_id(s, "MUNICIPAL_MANAGEMENT")
        cases.receive(s, secretary, case_id)
        form = documents.new_document_form(s, sg, "OFICIO", case_id)
        assert form.addressee == "Juana Quispe Huamán" and form.reference.startswith(
            "EXP. N° 2026-000001")
        form.body += "remitirle la copia certificada que solicitó.\nSin otro particular."
        oficio = documents.save_document(s, secretary, form)
        memo = documents.save_document(s, secretary, DocumentForm(
            sg, "MEMORANDUM", None, "Wilber Ccahua Yupanqui", "Gerente Municipal", "",
            "Remite expediente", "", "Se le remite el expediente para su conocimiento."))
        with pytest.raises(PermissionDenied):
            documents.save_document(s, demo_actor(s, "wccahua"), DocumentForm(
                sg, "OFICIO", None, "X", "", "", "Asunto", "", "Texto"))
        with pytest.raises(ValidationFailed) as failed:
            documents.save_document(s, secretary, DocumentForm(sg, "OFICIO"))
        assert {e.field for e in failed.value.errors} == {"addressee", "subject", "body"}
    with office.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
        draft_pdf, _name = printing.render_unit_document(s, secretary, oficio)
        assert "BORRADOR" in _text(draft_pdf)
        assert documents.issue_document(s, secretary, oficio) == "OFICIO N° 001-2026-SG-MDP"
        assert documents.issue_document(s, secretary, memo) == "MEMORÁNDUM N° 001-2026-SG-MDP"
        with pytest.raises(DomainError, match="ya fue emitido por mhuillca"):
            documents.issue_document(s, secretary, oficio)
        second = documents.save_document(s, secretary, DocumentForm(
            sg, "OFICIO", case_id, "Juana Quispe Huamán", "", "Pisac", "Otro", "", "Texto"))
        assert documents.issue_document(s, secretary, second) == "OFICIO N° 002-2026-SG-MDP"
        manager = demo_actor(s, "wccahua")
        gm_doc = documents.save_document(s, manager, DocumentForm(
            gm, "OFICIO", None, "Director de la UGEL Calca", "", "Calca", "Invitación", "",
            "Texto"))
        assert documents.issue_document(s, manager, gm_doc) == "OFICIO N° 001-2026-GM-MDP"
    with office.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
        with pytest.raises(DomainError, match="no se modifica"):
            documents.save_document(s, secretary, DocumentForm(
                sg, "OFICIO", case_id, "Otra persona", "", "", "Asunto", "", "Texto"), oficio)
        pdf, name = printing.render_unit_document(s, secretary, oficio)
        assert [d.number_text for d in documents.documents_of_case(s, secretary, case_id)] == [
            "OFICIO N° 001-2026-SG-MDP", "OFICIO N° 002-2026-SG-MDP"]
        cases.answer(s, secretary, case_id, "Con el OFICIO N° 001-2026-SG-MDP.")
    text = _text(pdf)
    assert name == "OFICIO-001-2026-SG-MDP.pdf"
    for expected in ("OFICIO N° 001-2026-SG-MDP", "Pisac, 21 de noviembre de 2026",
                     "Señor(a): Juana Quispe Huamán", "ASUNTO:", "REFERENCIA:",
                     "EXP. N° 2026-000001", "remitirle la copia certificada", "Atentamente,"):
        assert expected in text, expected
    assert "BORRADOR" not in text


def test_the_answer_is_notified_with_a_cedula_that_starts_the_appeal_clock(office):
    import datetime as dt

    from pisac_desktop.instruments.notifications import NoticeForm
    from pisac_desktop.tramite import notices

    with office.db.session() as s:
        case_id = intake.register_filing(s, demo_actor(s, "echoque"), _filing(s))
    with office.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
        sg = unit_id(s, "GENERAL_SECRETARIAT")
        cases.receive(s, secretary, case_id)
        internal = documents.save_document(s, secretary, DocumentForm(
            sg, "INFORME", case_id, "Gerente Municipal", "", "", "Opinión", "", "Texto"))
        documents.issue_document(s, secretary, internal)
        with pytest.raises(DomainError, match="oficio o una carta"):
            notices.issue_answer_cedula(s, secretary, internal)
        form = documents.new_document_form(s, sg, "OFICIO", case_id)
        form.body += "remitirle lo solicitado."
        oficio = documents.save_document(s, secretary, form)
        with pytest.raises(DomainError, match="Emita el documento"):
            notices.issue_answer_cedula(s, secretary, oficio)
        documents.issue_document(s, secretary, oficio)
        cedula = notices.issue_answer_cedula(s, secretary, oficio)
        assert notices.issue_answer_cedula(s, secretary, oficio) == cedula  # once
    with office.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
        pdf, name = printing.render_answer_cedula(s, cedula)
        text = _text(pdf)
        for expected in ("CÉDULA DE NOTIFICACIÓN N° 001-2026-SG-MDP", "Juana Quispe Huamán",
                         "DNI N° 23456789", "Av. Amazonas 123, Pisac",
                         "OFICIO N° 001-2026-SG-MDP", "un (1) folio", "reconsideración"):
            assert expected in text, expected
        with pytest.raises(ValidationFailed):
            notices.record_answer_notification(s, secretary, cedula, NoticeForm())
        deadline = notices.record_answer_notification(s, secretary, cedula, NoticeForm(
            dt.datetime(2026, 11, 21, 9, 30), "personal", "Juana Quispe Huamán", "23456789",
            notifier_name="Julio Mamani Cusi"))
        assert deadline.result == dt.date(2026, 12, 15)  # 15 business days, 8-9 Dec off
        (notice,) = notices.notices_of_case(s, secretary, case_id)
        assert notice.text == ("CÉDULA DE NOTIFICACIÓN N° 001-2026-SG-MDP (OFICIO N° "
                               "001-2026-SG-MDP): notificada el 21/11/2026 a las 09:30; plazo "
                               "para impugnar hasta el 15/12/2026.")


def test_a_forger_who_edits_a_case_file_or_an_oficio_is_caught_by_the_check(office):
    """The registration and the issue seal the content in the chained trail: a filing
    backdated or an oficio rewritten with plain SQL is named by the integrity check."""
    from sqlalchemy import text

    from pisac_desktop.core.integrity import check_trail

    with office.db.session() as s:
        case_id = intake.register_filing(s, demo_actor(s, "echoque"), _filing(s))
    with office.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
        cases.receive(s, secretary, case_id)
        form = documents.new_document_form(s, unit_id(s, "GENERAL_SECRETARIAT"), "OFICIO",
                                           case_id)
        form.body += "remitirle lo solicitado."
        oficio = documents.save_document(s, secretary, form)
        documents.issue_document(s, secretary, oficio)
        assert check_trail(s, None).ok
    with office.db.engine.begin() as conn:
        conn.execute(text("UPDATE case_file SET received_at = '2026-11-01 08:00:00.000000' "
                          "WHERE id = :i"), {"i": case_id})
        conn.execute(text("UPDATE unit_document SET body = 'Se deniega lo solicitado.' "
                          "WHERE id = :i"), {"i": oficio})
    with office.db.session() as s:
        report = check_trail(s, None)
    assert not report.ok
    assert "El expediente EXP. N° 2026-000001 fue modificado después de registrarse." in \
        report.text
    assert "El OFICIO N° 001-2026-SG-MDP fue modificado después de emitirse." in report.text


def test_a_constancia_and_a_certificacion_attest_for_whom_they_name(office):
    """ROF art. 56: the Secretaría General issues certificaciones and constancias, numbered
    per kind and year, printed without an addressee block: who attests, the verb, the facts,
    for whom and the closing line, then place, date and signature."""
    with office.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
        sg = unit_id(s, "GENERAL_SECRETARIAT")
        form = documents.new_document_form(s, sg, "CERTIFICACION")
        assert form.body.startswith("Que, en la Sesión Ordinaria de Concejo")
        with pytest.raises(ValidationFailed) as failed:
            documents.save_document(s, secretary, DocumentForm(sg, "CONSTANCIA"))
        assert {e.field: e.message for e in failed.value.errors}["addressee"] == \
            "Escriba a solicitud de quién se expide."
        form.addressee = "Rosa Mamani Quispe"
        form.subject = "Aprobación del Acuerdo de Concejo N° 045-2026-MDP"
        form.body = ("Que, en la Sesión Ordinaria de Concejo de fecha 14 de noviembre de 2026, "
                     "el Concejo Municipal aprobó por unanimidad el Acuerdo de Concejo N° "
                     "045-2026-MDP.")
        certification = documents.save_document(s, secretary, form)
        constancia = documents.save_document(s, secretary, DocumentForm(
            sg, "CONSTANCIA", None, "Empresa de Transportes Señor de Huanca S.R.L.", "", "",
            "Presentación de la solicitud de ruta", "",
            "Que, revisados los registros a cargo de esta unidad, la empresa presentó su "
            "solicitud el 10 de noviembre de 2026."))
        assert documents.issue_document(s, secretary, certification) == \
            "CERTIFICACIÓN N° 001-2026-SG-MDP"
        assert documents.issue_document(s, secretary, constancia) == \
            "CONSTANCIA N° 001-2026-SG-MDP"
        listed = documents.documents_of_units(s, secretary, [sg], 2026)
        assert {"CERTIFICACIÓN N° 001-2026-SG-MDP", "CONSTANCIA N° 001-2026-SG-MDP"} <= \
            {r.number_text for r in listed}
        assert [r.number_text for r in documents.documents_of_units(
            s, secretary, [sg], 2026, text="senor huanca")] == ["CONSTANCIA N° 001-2026-SG-MDP"]
        assert documents.documents_of_units(s, secretary, [sg], 2025) == []
        pdf, name = printing.render_unit_document(s, secretary, certification)
        pdf2, _ = printing.render_unit_document(s, secretary, constancia)
    assert name == "CERTIFICACION-001-2026-SG-MDP.pdf"
    text = _text(pdf)
    for expected in ("CERTIFICACIÓN N° 001-2026-SG-MDP",
                     "LA SECRETARÍA GENERAL DE LA MUNICIPALIDAD DISTRITAL DE PISAC",
                     "CERTIFICA:", "aprobó por unanimidad",
                     "Se expide la presente certificación a solicitud de Rosa Mamani Quispe, "
                     "para los fines que estime conveniente.", "Pisac, 21 de noviembre de 2026"):
        assert expected in text, expected
    for absent in ("Señor(a):", "ASUNTO:", "Atentamente"):
        assert absent not in text, absent
    text2 = _text(pdf2)
    assert "HACE CONSTAR:" in text2 and "Se expide la presente constancia a solicitud de " \
        "Empresa de Transportes Señor de Huanca S.R.L." in text2
