"""A Resolución de Gerencia Municipal cites the Resolución de Alcaldía that delegated the power
(LOM art. 20 num. 20; TUO Ley 27444 art. 78), chosen from the register (issue 11, point 4):
recorded as a link, named in the legal basis, remembered for the next one; with none chosen the
default text names no particular resolution."""

import datetime as dt
import io

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from pisac_desktop.core.errors import ValidationFailed
from pisac_desktop.db.models import AuditEntry, Instrument, InstrumentLink
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments.delegation import (
    DELEGATION,
    delegation_choices,
    last_delegation,
    legal_basis_with,
)
from pisac_desktop.instruments.issued import annul, links_of
from pisac_desktop.instruments.kinds import MANAGEMENT_RESOLUTION_BASIS
from pisac_desktop.instruments.printing import render_for_preview
from pisac_desktop.instruments.register import (
    delete_draft,
    form_of,
    issue,
    new_draft_form,
    save_draft,
)

RGM = "MANAGEMENT_RESOLUTION"
TODAY = dt.date(2026, 11, 21)
NAMED = ("delegadas por el Alcalde mediante Resolución de Alcaldía N° 001-2026-MDP/A, de fecha "
         "2 de enero de 2026, conforme al numeral 20 del artículo 20 de la Ley N° 27972")


@pytest.fixture
def db(demo_people):
    return demo_people.db


@pytest.fixture
def people(db):
    with db.session() as s:
        return demo_actor(s, "mhuillca"), demo_actor(s, "wccahua")


def _ra(db, secretary, day: dt.date, summary="Delegar facultades al Gerente Municipal") -> int:
    with db.session() as s:
        form = new_draft_form(s, "MAYOR_RESOLUTION", day)
        form.summary = summary
        form.articles = ["DELEGAR en el Gerente Municipal las facultades administrativas."]
        return issue(s, secretary, save_draft(s, secretary, form).id).id


def _rgm(db, manager, delegation_id=None, **changes) -> int:
    with db.session() as s:
        form = new_draft_form(s, RGM, TODAY)
        if delegation_id is not None:
            form.legal_basis = legal_basis_with(s, form.legal_basis, form.delegation_id,
                                                delegation_id)
            form.delegation_id = delegation_id
        form.summary = "Aprobar la liquidación de la obra del mercado de abastos"
        form.articles = ["APROBAR la liquidación técnica y financiera de la obra."]
        for key, value in changes.items():
            setattr(form, key, value)
        return save_draft(s, manager, form).id


def _fields(exc) -> list[str]:
    return [e.field for e in exc.value.errors]


def test_without_a_delegation_the_default_names_no_resolution(db, people):
    _secretary, manager = people
    with db.session() as s:
        form = new_draft_form(s, RGM, TODAY)
        assert form.delegation_id is None
        assert form.legal_basis == MANAGEMENT_RESOLUTION_BASIS
        assert "N°" not in form.legal_basis.replace("Ley N°", "")
    rgm = _rgm(db, manager)
    with db.session() as s:
        assert form_of(s.get(Instrument, rgm)).delegation_id is None
        assert links_of(s, rgm) == []


def test_the_chosen_delegation_is_linked_named_audited_and_remembered(db, people):
    secretary, manager = people
    ra = _ra(db, secretary, dt.date(2026, 1, 2))
    with db.session() as s:
        assert [c.id for c in delegation_choices(s)] == [ra]
        assert delegation_choices(s)[0].label.startswith(
            "RESOLUCIÓN DE ALCALDÍA N° 001-2026-MDP/A (02/01/2026) — Delegar facultades")
    rgm = _rgm(db, manager, ra)
    with db.session() as s:
        draft = s.get(Instrument, rgm)
        assert NAMED in draft.legal_basis
        assert form_of(draft).delegation_id == ra
        assert links_of(s, rgm) == [
            "En uso de las facultades delegadas por RESOLUCIÓN DE ALCALDÍA N° 001-2026-MDP/A"]
        assert links_of(s, ra) == ["Facultades delegadas invocadas por un borrador"]
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "instrument",
                                                   AuditEntry.entity_id == str(rgm))).one()
        assert "delegación" in entry.changes and "001-2026-MDP/A" in entry.changes
        # The next one starts from the same delegation, named in its legal basis.
        again = new_draft_form(s, RGM, TODAY)
        assert again.delegation_id == ra and NAMED in again.legal_basis
        number = issue(s, manager, rgm).number_text
        pdf, _name = render_for_preview(s, rgm)
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
                    .replace("\xa0", " ").split())
    assert number.replace("\xa0", " ") in text and NAMED in text


def test_changing_or_dropping_the_delegation_replaces_the_link(db, people):
    secretary, manager = people
    first = _ra(db, secretary, dt.date(2026, 1, 2))
    second = _ra(db, secretary, dt.date(2026, 3, 9), "Ampliar la delegación de facultades")
    rgm = _rgm(db, manager, first)
    with db.session() as s:
        form = form_of(s.get(Instrument, rgm))
        form.legal_basis = legal_basis_with(s, form.legal_basis, first, second)
        assert "N° 002-2026-MDP/A, de fecha 9 de marzo de 2026," in form.legal_basis
        form.delegation_id = second
        save_draft(s, manager, form, rgm)
        assert [r.to_id for r in s.scalars(select(InstrumentLink).where(
            InstrumentLink.from_id == rgm))] == [second]
        form.legal_basis = legal_basis_with(s, form.legal_basis, second, None)
        assert form.legal_basis == MANAGEMENT_RESOLUTION_BASIS
        form.delegation_id = None
        save_draft(s, manager, form, rgm)
        assert links_of(s, rgm) == []
        # A legal basis the clerk rewrote is not touched: it is the clerk's to cite it.
        assert legal_basis_with(s, "En uso de mis facultades;", None, first) is None
    # Discarding a draft takes its link with it.
    rgm2 = _rgm(db, manager, first)
    with db.session() as s:
        delete_draft(s, manager, rgm2)
        assert s.scalars(select(InstrumentLink).where(
            InstrumentLink.relation == DELEGATION)).all() == []


def test_refusals_of_a_delegation(db, people):
    secretary, manager = people
    later = _ra(db, secretary, dt.date(2026, 11, 30))
    with pytest.raises(ValidationFailed, match="posterior a la fecha") as refused:
        _rgm(db, manager, later)
    assert _fields(refused) == ["delegation_id"]
    with pytest.raises(ValidationFailed, match="Solo una resolución de gerencia municipal"):
        _rgm(db, secretary, later, kind_code="MAYOR_RESOLUTION")
    ra = _ra(db, secretary, dt.date(2026, 1, 2))
    _rgm(db, manager, ra)
    with db.session() as s:
        annul(s, secretary, ra, "Se dejó sin efecto la delegación")
        # An annulled delegation is neither offered nor remembered...
        assert ra not in [c.id for c in delegation_choices(s)]
        assert last_delegation(s, RGM) is None
        assert new_draft_form(s, RGM, TODAY).legal_basis == MANAGEMENT_RESOLUTION_BASIS
    # ...nor accepted.
    with pytest.raises(ValidationFailed, match="ya no está vigente"):
        _rgm(db, manager, ra)
    with pytest.raises(ValidationFailed, match="ya no está vigente"):
        _rgm(db, manager, 99_999)
