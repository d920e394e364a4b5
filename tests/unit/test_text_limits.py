"""Free text has limits that fit the documents, enforced in the core with a clear message and
nothing written; a document issued before the limits, beyond them, still prints and exports."""

import datetime as dt
import json

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from pisac_desktop.core import validators as v
from pisac_desktop.core.errors import ValidationFailed
from pisac_desktop.council.agenda import ItemForm, update_item
from pisac_desktop.council.minutes import save_body
from pisac_desktop.council.proposals import MANAGEMENT, ProposalForm, register
from pisac_desktop.council.votes import set_deliberation
from pisac_desktop.db.models import AgendaItem, CouncilSession, Instrument, Minutes
from pisac_desktop.db.models.council import MINUTES_DRAFT, SCHEDULED
from pisac_desktop.demo import demo_actor
from pisac_desktop.export import export_year
from pisac_desktop.instruments.issued import annul
from pisac_desktop.instruments.register import DraftForm, issue, new_draft_form, save_draft

TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def secretary(demo_people):
    with demo_people.db.session() as s:
        return demo_actor(s, "mhuillca")


def _form(demo, **changes) -> DraftForm:
    with demo.db.session() as s:
        form = new_draft_form(s, "MAYOR_RESOLUTION", TODAY)
    form.summary = "Aprobar el plan de trabajo"
    form.articles = ["APROBAR el plan."]
    for key, value in changes.items():
        setattr(form, key, value)
    return form


def _refused(demo, actor, form) -> dict[str, list[str]]:
    with pytest.raises(ValidationFailed) as refused:
        with demo.db.session() as s:
            save_draft(s, actor, form)
    with demo.db.session() as s:
        assert s.scalar(select(Instrument).where(Instrument.summary == form.summary.strip())
                        ) is None  # nothing written
    found: dict[str, list[str]] = {}
    for error in refused.value.errors:
        found.setdefault(error.field, []).append(error.message)
    return found


def test_the_message_counts_in_spanish():
    assert v.thousands(1234) == "1.234" and v.thousands(100_000) == "100.000"
    assert v.length_error("  " + "x" * 2000 + "  ", 2000, "La sumilla") is None
    assert v.length_error("x" * 2345, 2000, "La sumilla") == (
        "La sumilla tiene 2.345 caracteres y el máximo es 2.000: acorte el texto (lo escrito no "
        "se pierde).")


def test_each_part_of_a_draft_has_its_limit(demo_people, secretary):
    big = "Que, " + "a" * v.PARAGRAPH_MAX
    found = _refused(demo_people, secretary, _form(
        demo_people, summary="s" * (v.SUMMARY_MAX + 1), seen=big,
        whereas=["Que, corto;", big], legal_basis=big, articles=["APROBAR.", "b", big],
        references="r" * (v.REFERENCES_MAX + 1)))
    assert found["summary"] == ["La sumilla tiene 2.001 caracteres y el máximo es 2.000: acorte "
                                "el texto (lo escrito no se pierde)."]
    assert found["seen"][0].startswith("El VISTO tiene 5.005 caracteres")
    assert found["whereas"][0].startswith("El párrafo 2 del CONSIDERANDO tiene 5.005")
    assert found["legal_basis"][0].startswith("La base legal tiene 5.005")
    assert found["articles"][0].startswith("El artículo 3 tiene 5.005")
    assert found["references"][0].startswith("Las referencias tiene 2.001")


def test_a_whole_document_has_its_limit(demo_people, secretary):
    paragraph = "Que, " + "a" * (v.PARAGRAPH_MAX - 5)
    found = _refused(demo_people, secretary, _form(demo_people, whereas=[paragraph] * 21))
    assert list(found) == ["document"]
    assert found["document"][0].startswith("El documento completo tiene 105.")
    assert "el máximo es 100.000" in found["document"][0]


def test_a_draft_at_the_limits_is_saved(demo_people, secretary):
    form = _form(demo_people, summary="s" * v.SUMMARY_MAX, whereas=["w" * v.PARAGRAPH_MAX] * 3)
    with demo_people.db.session() as s:
        assert save_draft(s, secretary, form).id


def test_annul_reason_has_a_limit(demo_people, secretary):
    with demo_people.db.session() as s:
        draft = save_draft(s, secretary, _form(demo_people)).id
    with demo_people.db.session() as s:
        issue(s, secretary, draft)
    with pytest.raises(ValidationFailed) as refused:
        with demo_people.db.session() as s:
            annul(s, secretary, draft, "m" * (v.REASON_MAX + 1))
    assert refused.value.errors[0].field == "reason"
    with demo_people.db.session() as s:
        assert s.get(Instrument, draft).state == "issued"


def test_proposal_subject_has_a_limit(demo_people, secretary):
    form = ProposalForm(proposer_kind=MANAGEMENT, subject="a" * (v.SUMMARY_MAX + 1),
                        references="r" * (v.REFERENCES_MAX + 1), received_on=TODAY)
    with pytest.raises(ValidationFailed) as refused:
        with demo_people.db.session() as s:
            register(s, secretary, form, today=TODAY)
    assert {e.field for e in refused.value.errors} == {"subject", "references"}
    assert "2.001 caracteres" in refused.value.errors[0].message


def test_agenda_items_and_minutes_have_limits(demo, secretary_full):
    with demo.db.session() as s:
        item = s.scalar(select(AgendaItem).join(CouncilSession).where(
            CouncilSession.state == SCHEDULED).order_by(AgendaItem.id))
        item_id, section, majority = item.id, item.section, item.majority
        minutes = s.scalar(select(Minutes).where(Minutes.state == MINUTES_DRAFT))
        minutes_id, body = minutes.id, minutes.body
    checks = [
        (lambda s: update_item(s, secretary_full, item_id, ItemForm(
            section=section, title="Punto", detail="d" * (v.DETAIL_MAX + 1),
            majority=majority)), "detail", "El detalle tiene 2.001"),
        (lambda s: set_deliberation(s, secretary_full, item_id,
                                    "d" * (v.DELIBERATION_MAX + 1), False),
         "deliberation", "La deliberación tiene 30.001"),
        (lambda s: save_body(s, secretary_full, minutes_id, "a" * (v.DOCUMENT_MAX + 1)),
         "body", "El acta tiene 100.001"),
    ]
    for work, field, words in checks:
        with pytest.raises(ValidationFailed) as refused:
            with demo.db.session() as s:
                work(s)
        assert refused.value.errors[0].field == field
        assert refused.value.errors[0].message.startswith(words)
    with demo.db.session() as s:
        assert s.get(Minutes, minutes_id).body == body


@pytest.fixture
def secretary_full(demo):
    with demo.db.session() as s:
        return demo_actor(s, "mhuillca")


def test_an_issued_document_beyond_the_limits_still_prints_and_exports(demo_people, secretary,
                                                                        tmp_path):
    """Issued before the limits existed (written here past them with SQL): export --year
    must not stall on it."""
    with demo_people.db.session() as s:
        draft = save_draft(s, secretary, _form(demo_people)).id
    with demo_people.db.session() as s:
        issue(s, secretary, draft)
    huge = "Que, " + " ".join(["la municipalidad aprueba el plan de trabajo."] * 9000)  # 400 KB
    with demo_people.db.session() as s:
        s.execute(update(Instrument).where(Instrument.id == draft).values(
            whereas=json.dumps([huge], ensure_ascii=False)).execution_options(
            synchronize_session=False))
    with demo_people.db.session() as s:  # linear layout: seconds, not minutes (test_reports_long_text)
        result = export_year(s, secretary, TODAY.year, tmp_path / "archivo", ("MAYOR_RESOLUTION",))
    assert result.documents >= 1
    pdf = next((tmp_path / "archivo").glob("RA-*.pdf"))
    pages = PdfReader(pdf).pages
    assert len(pages) > 60 and "APROBAR el plan." in pages[-1].extract_text()
