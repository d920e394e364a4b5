"""A document's read model says which actions it allows now and why not (Spanish), from its
state and the actor's office, with the use cases' preconditions (register.check_*)."""

import pytest

from pisac_desktop.core.errors import DomainError
from pisac_desktop.instruments.actions import Action
from pisac_desktop.instruments.detail import instrument_detail
from pisac_desktop.instruments.issued import annul
from pisac_desktop.instruments.register import draft_to_edit, issue_check
from tests.unit.test_instruments import _draft, _issue, demo_actor_of


@pytest.fixture
def demo(demo_people):
    """The demo data set; `secretary`: the secretaria general."""
    return demo_people


@pytest.fixture
def secretary(demo):
    return demo_actor_of(demo, "mhuillca")

ALL = set(Action)


def _allowed(demo, doc_id, actor):
    with demo.db.session() as s:
        return instrument_detail(s, doc_id).allowed(actor)


def _reasons_cover_the_rest(allowed):
    assert set(allowed.actions) | set(allowed.why_not) == ALL
    assert all(r.strip() and r[0].isupper() for r in allowed.why_not.values())


def test_a_draft_is_edited_issued_or_deleted_and_nothing_else(demo, secretary):
    draft = _draft(demo, secretary)
    allowed = _allowed(demo, draft, secretary)
    _reasons_cover_the_rest(allowed)
    assert allowed.actions == {Action.EDIT_DRAFT, Action.ISSUE, Action.DELETE_DRAFT}
    assert allowed.reason(Action.ANNUL) == "Solo un documento emitido admite esta acción."
    assert allowed.reason(Action.CERTIFY) == ("Solo se certifican copias de documentos emitidos "
                                              "y vigentes.")


def test_issued_then_annulled(demo, secretary):
    doc = _draft(demo, secretary)
    number = _issue(demo, secretary, doc)
    allowed = _allowed(demo, doc, secretary)
    _reasons_cover_the_rest(allowed)
    assert allowed.actions == {Action.ANNUL, Action.CERTIFY, Action.PUBLISH,
                               Action.RECORD_RECEIPT, Action.LINK}
    assert allowed.reason(Action.ISSUE) == f"El documento ya fue emitido ({number}): no se " \
                                           "emite de nuevo."
    assert allowed.reason(Action.DELETE_DRAFT) == ("Un documento emitido no se elimina: anúlelo "
                                                   "si no debe valer.")
    with demo.db.session() as s:
        annul(s, secretary, doc, "Error en la persona designada")
    allowed = _allowed(demo, doc, secretary)
    assert allowed.reason(Action.ANNUL) == f"El documento ya está anulado ({number})."
    assert Action.CERTIFY not in allowed


def test_another_office_and_a_reader_are_told_why(demo, secretary):
    doc = _draft(demo, secretary)
    manager = demo_actor_of(demo, "wccahua")
    allowed = _allowed(demo, doc, manager)
    assert allowed.actions == frozenset()
    assert "no tiene permiso para redactar, emitir, anular, publicar y distribuir las normas y " \
           "resoluciones de la Secretaría General" in allowed.reason(Action.ISSUE)
    reader = demo_actor_of(demo, "consulta")
    assert "no tiene permiso" in _allowed(demo, doc, reader).reason(Action.EDIT_DRAFT)


def test_issue_check_and_draft_to_edit_refuse_an_issued_document(demo, secretary):
    doc = _draft(demo, secretary)
    with demo.db.session() as s:
        problems, preview, _warning = issue_check(s, doc)
        form, code, _title = draft_to_edit(s, doc)
    assert problems == [] and preview.startswith("RESOLUCIÓN DE ALCALDÍA N° 001-2026")
    assert code == "MAYOR_RESOLUTION" and form.summary.startswith("Designar")
    number = _issue(demo, secretary, doc)
    with demo.db.session() as s:
        with pytest.raises(DomainError, match=f"ya fue emitido \\({number}\\): no se modifica"):
            draft_to_edit(s, doc)
        with pytest.raises(DomainError, match="no se emite de nuevo"):
            issue_check(s, doc)
