"""Numbered normative documents: drafting, issue with the yearly number, later life (DOMAIN.md 2)."""

import datetime as dt
import json

import pytest
from sqlalchemy import select

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.numbering import next_number, set_next_number
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.db.models import AuditEntry, Instrument, OrgUnit
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments.issued import (
    annul,
    certify,
    link,
    links_of,
    publication_warning,
    publish,
    record_receipt,
)
from pisac_desktop.instruments.register import (
    DraftForm,
    form_of,
    issue,
    issue_problems,
    new_draft_form,
    number_preview,
    save_draft,
)
from pisac_desktop.spanish.ordinals import article_label, ordinal_word


@pytest.fixture
def demo(demo_people):
    return demo_people


@pytest.fixture
def secretary(demo_people):
    with demo_people.db.session() as s:
        return demo_actor(s, "mhuillca")


def _draft(demo, actor, kind="MAYOR_RESOLUTION", date="21/11/2026", **changes):
    with demo.db.session() as s:
        form = new_draft_form(s, kind, dt.date(2026, 11, 21))
        form.doc_date = date
        form.summary = "Designar a la responsable de la Oficina de Registro Civil"
        form.seen = "El Informe N° 120-2026-ORC-MDP"
        form.articles = ["DESIGNAR a la Lic. Yeny Apaza Cusi.",
                         "ENCARGAR a la Gerencia Municipal el cumplimiento."]
        for key, value in changes.items():
            setattr(form, key, value)
        return save_draft(s, actor, form).id


def _issue(demo, actor, draft_id):
    with demo.db.session() as s:
        return issue(s, actor, draft_id).number_text


def test_ordinals_as_peruvian_resolutions_write_them():
    words = [ordinal_word(n) for n in (1, 2, 3, 10, 11, 12, 13, 20, 21, 30)]
    assert words == ["PRIMERO", "SEGUNDO", "TERCERO", "DÉCIMO", "DÉCIMO PRIMERO",
                     "DÉCIMO SEGUNDO", "DÉCIMO TERCERO", "VIGÉSIMO", "VIGÉSIMO PRIMERO",
                     "TRIGÉSIMO"]
    assert article_label(1) == "ARTÍCULO PRIMERO.-"


def test_draft_then_issue_gives_the_domain_md_number(demo, secretary):
    draft = _draft(demo, secretary)
    with demo.db.session() as s:
        assert number_preview(s, s.get(Instrument, draft)) == (
            "RESOLUCIÓN DE ALCALDÍA N° 001-2026-MDP/A")
    assert _issue(demo, secretary, draft) == "RESOLUCIÓN DE ALCALDÍA N° 001-2026-MDP/A"
    with demo.db.session() as s:
        doc = s.get(Instrument, draft)
        assert (doc.state, doc.year, doc.number) == ("issued", 2026, 1)
        assert doc.signer_name == "Prof. Julián Quispe Huamán" and doc.signer_post == "ALCALDE"
        assert doc.issuer_text == "EL ALCALDE DE LA MUNICIPALIDAD DISTRITAL DE PISAC"
        assert doc.year_name == "Año de la Esperanza y el Fortalecimiento de la Democracia"
        assert doc.closing == "REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE."
        assert json.loads(doc.whereas)[0].startswith("Que, conforme al artículo 194")
    second = _issue(demo, secretary, _draft(demo, secretary))
    assert second == "RESOLUCIÓN DE ALCALDÍA N° 002-2026-MDP/A"
    gm = _draft(demo, demo_actor_of(demo, "wccahua"), kind="MANAGEMENT_RESOLUTION")
    assert _issue(demo, demo_actor_of(demo, "wccahua"), gm) == (
        "RESOLUCIÓN DE GERENCIA MUNICIPAL N° 001-2026-GM-MDP")


def demo_actor_of(demo, username):
    with demo.db.session() as s:
        return demo_actor(s, username)


def test_numbers_restart_each_calendar_year_by_the_date_of_issue(demo, secretary):
    assert _issue(demo, secretary, _draft(demo, secretary, date="30/12/2025")).endswith(
        "001-2025-MDP/A")
    assert _issue(demo, secretary, _draft(demo, secretary, date="31/12/2025")).endswith(
        "002-2025-MDP/A")
    assert _issue(demo, secretary, _draft(demo, secretary, date="02/01/2026")).endswith(
        "001-2026-MDP/A")


def test_issued_content_is_frozen(demo, secretary):
    draft = _draft(demo, secretary)
    _issue(demo, secretary, draft)
    with pytest.raises(DomainError, match="no se modifica"), demo.db.session() as s:
        s.get(Instrument, draft).summary = "Otra sumilla"
    with pytest.raises(DomainError, match="no se modifica"), demo.db.session() as s:
        save_draft(s, secretary, DraftForm(doc_date="21/11/2026"), draft)
    with pytest.raises(DomainError, match="ya emitió este documento"), demo.db.session() as s:
        issue(s, secretary, draft)


def test_issue_refuses_with_the_list_of_what_is_missing(demo, secretary):
    draft = _draft(demo, secretary, summary="", articles=[], whereas=[], legal_basis="",
                   date="02/01/2020")
    with demo.db.session() as s:
        problems = issue_problems(s, s.get(Instrument, draft))
    assert "Falta la sumilla." in problems
    assert any("CONSIDERANDO" in p for p in problems)
    assert any("artículo" in p for p in problems)
    assert any("Nadie ocupaba el cargo de Alcalde" in p for p in problems)
    assert any("denominación oficial del año 2020" in p for p in problems)
    with pytest.raises(DomainError, match="No se puede emitir"), demo.db.session() as s:
        issue(s, secretary, draft)
    with demo.db.session() as s:  # no number was consumed
        assert next_number(s, "MAYOR_RESOLUTION", 2020) == 1


def test_bad_draft_input_is_refused_at_the_field(demo, secretary):
    with pytest.raises(ValidationFailed) as refused, demo.db.session() as s:
        save_draft(s, secretary, DraftForm(doc_date="31/02/2026", summary="x" * 2001))
    fields = {e.field for e in refused.value.errors}
    assert fields == {"doc_date", "summary"}


def test_permissions_follow_the_office(demo, secretary):
    manager = demo_actor_of(demo, "wccahua")
    reader = demo_actor_of(demo, "consulta")
    with pytest.raises(PermissionDenied), demo.db.session() as s:
        save_draft(s, manager, DraftForm(kind_code="MAYOR_RESOLUTION", doc_date="21/11/2026"))
    with pytest.raises(PermissionDenied), demo.db.session() as s:
        save_draft(s, secretary, DraftForm(kind_code="DIRECTIVE", doc_date="21/11/2026"))
    draft = _draft(demo, secretary)
    with pytest.raises(PermissionDenied), demo.db.session() as s:
        issue(s, reader, draft)


def test_annulled_keeps_its_number_and_links_both_ways(demo, secretary):
    first = _draft(demo, secretary)
    first_number = _issue(demo, secretary, first)
    second = _draft(demo, secretary, summary="Declarar la nulidad de la resolución anterior")
    _issue(demo, secretary, second)
    with demo.db.session() as s:
        annul(s, secretary, first, "Error en la persona designada", annulled_by_id=second)
    with demo.db.session() as s:
        doc = s.get(Instrument, first)
        assert doc.state == "annulled" and doc.number_text == first_number
        assert doc.annulled_by_text == "RESOLUCIÓN DE ALCALDÍA N° 002-2026-MDP/A"
        assert doc.annul_reason == "Error en la persona designada"
        assert links_of(s, first) == ["Anulada por RESOLUCIÓN DE ALCALDÍA N° 002-2026-MDP/A"]
        assert links_of(s, second) == ["Anula RESOLUCIÓN DE ALCALDÍA N° 001-2026-MDP/A"]
    third = _issue(demo, secretary, _draft(demo, secretary))
    assert third.endswith("003-2026-MDP/A")  # the annulled number is never given again
    with pytest.raises(DomainError, match="ya anuló este documento"), demo.db.session() as s:
        annul(s, secretary, first, "otra vez")


def test_certify_publish_distribute_and_warnings(demo, secretary):
    draft = _draft(demo, secretary, kind="ORDINANCE")
    _issue(demo, secretary, draft)
    with demo.db.session() as s:
        warning = publication_warning(s, s.get(Instrument, draft))
        assert "debe publicarse" in warning and "art. 44" in warning
        cert = certify(s, secretary, draft, "Regidora Nilda Huamán Ttito", 2,
                       dt.date(2026, 11, 23))
        assert cert.certifier_name == "Abog. Marleny Huillca Sutta"
        assert cert.certifier_post == "SECRETARIA GENERAL"
        publish(s, secretary, draft, "posters", dt.date(2026, 11, 24), "Carteles en el local")
        assert publication_warning(s, s.get(Instrument, draft)) is None
        unit = s.scalar(select(OrgUnit.id).where(OrgUnit.name == "Gerencia Municipal"))
        record_receipt(s, secretary, draft, unit, "Wilber Ccahua Yupanqui",
                       dt.datetime(2026, 11, 24, 10, 30))
        with pytest.raises(DomainError, match="ya tiene registrado"):
            record_receipt(s, secretary, draft, unit, "Otra persona",
                           dt.datetime(2026, 11, 24, 11, 0))
    with pytest.raises(ValidationFailed), demo.db.session() as s:
        publish(s, secretary, draft, "posters", dt.date(2026, 11, 1))
    with demo.db.session() as s:
        actions = s.scalars(select(AuditEntry.action).where(AuditEntry.entity == "instrument"))
        assert {"create", "issue", "certify", "publish", "distribute"} <= set(actions)


def test_set_next_number_never_goes_back(demo, secretary):
    admin = demo_actor_of(demo, "soporte")
    _issue(demo, secretary, _draft(demo, secretary))
    with pytest.raises(DomainError, match="mayor que 001"), demo.db.session() as s:
        set_next_number(s, admin, "MAYOR_RESOLUTION", 2026, 1)
    with pytest.raises(PermissionDenied), demo.db.session() as s:
        set_next_number(s, secretary, "MAYOR_RESOLUTION", 2026, 45)
    with demo.db.session() as s:
        set_next_number(s, admin, "MAYOR_RESOLUTION", 2026, 45)
    assert _issue(demo, secretary, _draft(demo, secretary)).endswith("045-2026-MDP/A")


def test_links_are_recorded(demo, secretary):
    first = _draft(demo, secretary)
    _issue(demo, secretary, first)
    second = _draft(demo, secretary)
    with demo.db.session() as s:
        link(s, secretary, second, first, "rectifies")
        assert links_of(s, first) == ["Rectificada por un borrador"]


def test_form_round_trip(demo, secretary):
    draft = _draft(demo, secretary, references="Expediente N° 4567-2026")
    with demo.db.session() as s:
        form = form_of(s.get(Instrument, draft))
    assert form.references == "Expediente N° 4567-2026" and len(form.articles) == 2


def test_search_by_text_accent_insensitive_kind_state_and_year(demo, secretary):
    from pisac_desktop.instruments.search import InstrumentFilter, count, search

    issued = _draft(demo, secretary, summary="Aprobar la directiva de atención al ciudadano")
    _issue(demo, secretary, issued)
    _draft(demo, secretary, summary="Designar responsable de información", date="05/01/2025")
    with demo.db.session() as s:
        assert count(s, InstrumentFilter(text="atencion CIUDADANO")) == 1
        assert count(s, InstrumentFilter(text="atención ciudadano")) == 1
        assert count(s, InstrumentFilter(text="100%_")) == 0
        assert count(s, InstrumentFilter(text="001-2026")) == 1  # the number is searchable
        assert count(s, InstrumentFilter(states=("draft",))) == 1
        assert count(s, InstrumentFilter(year=2025)) == 1  # a draft counts by its date
        assert count(s, InstrumentFilter(module="gerencia")) == 0
        rows = search(s, InstrumentFilter(sort="date", descending=True))
        assert [r.state_label for r in rows] == ["Emitido", "Borrador"]
        assert rows[1].number_text == "(borrador)"


def test_the_row_a_search_selects_is_the_one_whose_number_was_named():
    """After a search the list selects the document whose number the words name (issue 19):
    «resolución de alcaldía 002-2025» is not the decree nor the council's resolution of the
    same number, found first by date; words naming no number select the first row."""
    from pisac_desktop.instruments.search import InstrumentRow, first_found

    def row(row_id: int, number_text: str) -> InstrumentRow:
        return InstrumentRow(row_id, "", "", number_text, 2, dt.date(2025, 3, 6), "", "issued",
                             "Emitido", False)

    rows = [row(1, "RESOLUCIÓN DE CONCEJO N° 002-2025-MDP/CM"),
            row(2, "DECRETO DE ALCALDÍA N° 002-2025-MDP/A"),
            row(3, "RESOLUCIÓN DE ALCALDÍA N° 002-2025-MDP/A")]
    assert first_found(rows, "Resolución de Alcaldía 002-2025").id == 3
    assert first_found(rows, "decreto 002-2025").id == 2
    assert first_found(rows, "mercado de abastos").id == 1
    assert first_found([], "002-2025") is None


def test_kind_settings_change_new_documents_only(demo, secretary):
    from pisac_desktop.db.models import InstrumentKind
    from pisac_desktop.instruments.kinds import kind_settings, save_kind_settings

    first = _issue(demo, secretary, _draft(demo, secretary))
    with demo.db.session() as s:
        settings = kind_settings(s.get(InstrumentKind, "MAYOR_RESOLUTION"))
        settings.number_format = "{titulo} N° {numero:04d}-{anio}-{siglas}-ALC"
        settings.template_whereas = ["Que, plantilla propia;"]
        save_kind_settings(s, secretary, "MAYOR_RESOLUTION", settings)
    second = _issue(demo, secretary, _draft(demo, secretary))
    assert first.endswith("001-2026-MDP/A") and second.endswith("0002-2026-MDP-ALC")
    with demo.db.session() as s:
        assert new_draft_form(s, "MAYOR_RESOLUTION", dt.date(2026, 11, 21)).whereas == [
            "Que, plantilla propia;"]
        assert s.get(Instrument, 1).number_text == first  # issued documents keep theirs
    for bad in ("{titulo} N° {numero:03d}", "{titulo} {numero:03d}-{anio}-{oficina}",
                "{titulo} {numero:zz}-{anio}"):
        settings.number_format = bad
        with pytest.raises(ValidationFailed) as refused, demo.db.session() as s:
            save_kind_settings(s, secretary, "MAYOR_RESOLUTION", settings)
        assert refused.value.errors[0].field == "number_format"
    with pytest.raises(PermissionDenied), demo.db.session() as s:
        save_kind_settings(s, demo_actor_of(demo, "wccahua"), "MAYOR_RESOLUTION", settings)
