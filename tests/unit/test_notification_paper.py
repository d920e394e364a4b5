"""The cédula de notificación as printed (issue 11, point 6), and the interested parties on the
distribution sheet. Text read back with pypdf."""

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from pisac_desktop.clock import FixedClock
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments.notification_printing import recourses_for, render_cedula
from pisac_desktop.instruments.notifications import (
    NoticeForm,
    PartyForm,
    issue_cedula,
    record_notification,
    save_party,
)
from pisac_desktop.instruments.printing import distribution_sheet
from pisac_desktop.instruments.register import issue, new_draft_form, save_draft


def _text(pdf: bytes) -> str:
    reader = PdfReader(io.BytesIO(pdf))
    return "\n".join(page.extract_text() for page in reader.pages)


def _flat(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " "))


@pytest.fixture
def notified(demo_people):
    """An issued resolution of 2 October 2026 with a company as interested party, its cédula
    issued that day and delivered on 5 October to a third person at the domicile."""
    db = demo_people.db
    with db.session() as s:
        actor = demo_actor(s, "mhuillca")
        form = new_draft_form(s, "MAYOR_RESOLUTION", dt.date(2026, 10, 2))
        form.doc_date = "02/10/2026"
        form.summary = "Declarar procedente la licencia <b>& anexos</b>"
        form.articles = ["DECLARAR PROCEDENTE lo solicitado.", "NOTIFICAR a la interesada."]
        doc = save_draft(s, actor, form).id
    with db.session() as s:
        issue(s, actor, doc)
    with db.session() as s:
        party = save_party(s, actor, doc, PartyForm(
            "Constructora Vilcanota S.A.C.", "RUC", "20490325728", "Av. Amazonas 450, Pisac",
            True, "Juan Huamán Ccori"))
    today = db.clock
    db.clock = FixedClock(dt.date(2026, 10, 2))
    with db.session() as s:
        cedula = issue_cedula(s, actor, party)
    db.clock = today
    return demo_people, actor, doc, cedula


def test_the_cedula_names_addressee_act_recourses_and_receipt(notified):
    demo, _actor, _doc, cedula = notified
    with demo.db.session() as s:
        pdf, name = render_cedula(s, cedula)
    assert name == "CN-001-2026.pdf"
    text = _flat(_text(pdf))
    for expected in (
        "MUNICIPALIDAD DISTRITAL DE PISAC",
        "CÉDULA DE NOTIFICACIÓN N° 001-2026-SG-MDP",
        "Pisac, 2 de octubre de 2026",
        "Destinatario: Constructora Vilcanota S.A.C.",
        "Representante: Juan Huamán Ccori",
        "Documento: RUC N° 20490325728",
        "Domicilio: Av. Amazonas 450, Pisac",
        "RESOLUCIÓN DE ALCALDÍA N° 001-2026-MDP/A, de fecha 2 de octubre de 2026",
        "Declarar procedente la licencia <b>& anexos</b>",  # user text prints literally
        "se adjunta a esta cédula en un (1) folio",
        # The alcalde's decision exhausts the administrative route: no appeal (LOM art. 50).
        "procede interponer recurso de reconsideración dentro del plazo de quince (15) días "
        "hábiles",
        "ante el Despacho de Alcaldía",
        "agota la vía administrativa (artículo 50 de la Ley N° 27972",
        "CONSTANCIA DE NOTIFICACIÓN",
        "Recibido por (nombre):",
        "Relación con el destinatario:",
        "Se negó a recibir / se negó a firmar",
        "bajo puerta",
        "Características del inmueble",
        "Notificador",
        "Firma del notificador:",
        "Verificación: MDP-",
        "Página 1 de 1",
    ):
        assert expected in text, expected
    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    assert "apelación" not in text


def test_a_recorded_delivery_prints_filled_in(notified):
    demo, actor, _doc, cedula = notified
    with demo.db.session() as s:
        record_notification(s, actor, cedula, NoticeForm(
            dt.datetime(2026, 10, 5, 11, 40), "third_party", "Rosa Ccori Quispe", "45678912",
            "Secretaria de la empresa", notifier_name="Pedro Ccama Huillca",
            notifier_dni="41234567"))
    with demo.db.session() as s:
        text = _flat(_text(render_cedula(s, cedula)[0]))
    for expected in ("Rosa Ccori Quispe", "45678912", "Secretaria de la empresa", "05/10/2026",
                     "11:40", "Pedro Ccama Huillca", "41234567"):
        assert expected in text, expected


def test_the_distribution_sheet_lists_the_parties(notified):
    demo, _actor, doc, _cedula = notified
    with demo.db.session() as s:
        text = _flat(_text(distribution_sheet(s, doc)[0]))
    assert "Unidad orgánica o interesado" in text
    assert "Interesado: Constructora Vilcanota S.A.C. (RUC N° 20490325728)" in text
    assert "Cédula N° 001-2026-SG-MDP" in text


def test_the_recourses_follow_the_author_of_the_act():
    """Appeal only where the author has a superior (the Gerencia acts by the alcalde's
    delegation); the alcalde's and the council's acts admit reconsideration alone."""
    gerencia = recourses_for("MANAGEMENT_RESOLUTION")
    assert "reconsideración o de apelación" in gerencia and "artículo 220" in gerencia
    for code in ("MAYOR_RESOLUTION", "MAYOR_DECREE"):
        assert "apelación" not in recourses_for(code)
        assert "Despacho de Alcaldía" in recourses_for(code)
    for code in ("COUNCIL_RESOLUTION", "COUNCIL_AGREEMENT"):
        assert "apelación" not in recourses_for(code)
        assert "ante el Concejo Municipal" in recourses_for(code)
        assert "artículos 50 y 51" in recourses_for(code)
