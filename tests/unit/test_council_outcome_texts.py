"""The legal basis of the council's documents (issue 11, point 4): an agenda item records its
dictamen, informe técnico and informe legal; the acuerdo, resolución de concejo or ordenanza
drafted from it cites them in its VISTO (an ordinance: POR CUANTO, with the session and the
vote) and names the session and the vote in its legal basis (a resolución de concejo: arts. 9
and 39-41 of Ley 27972, never art. 20, which is the alcalde's)."""

import io
import json

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.council.agenda import ItemForm, add_item, update_item
from pisac_desktop.council.outcome import draft_outcome
from pisac_desktop.council.outcome_texts import ItemPapers, basis_text, cited, seen_text
from pisac_desktop.council.votes import set_closing_time, set_deliberation
from pisac_desktop.db.models import AgendaItem, AuditEntry, Instrument, InstrumentKind
from pisac_desktop.db.models.council import EXTRAORDINARY, FOR, SIMPLE
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments.printing import render_for_preview
from pisac_desktop.instruments.register import issue
from tests.unit.test_council_sessions import DAY, PDLC, _by, _held, _items, _members, _vote

DICTAMEN = "Dictamen N° 003-2026-CPP/MDP de la Comisión de Planeamiento y Presupuesto"
TECHNICAL = "Informe N° 120-2026-SGIDU/MDP"
LEGAL = "Informe Legal N° 045-2026-OAJ/MDP"
ORNATO = "Aprobar la Ordenanza Municipal de ornato y limpieza pública"
WHEN = "Sesión Ordinaria N° 01-2026 de fecha 26 de noviembre de 2026"


@pytest.fixture
def db(demo_people):
    return demo_people.db


@pytest.fixture
def sg(db):
    with db.session() as s:
        return demo_actor(s, "mhuillca")


def _flat(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


def _pdf_text(pdf: bytes) -> str:
    return _flat("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages))


def _with_papers(db, sg, item_id, committee=DICTAMEN, technical=TECHNICAL, legal=LEGAL):
    with db.session() as s:
        item = s.get(AgendaItem, item_id)
        update_item(s, sg, item_id, ItemForm(
            section=item.section, title=item.title, detail=item.detail, majority=item.majority,
            committee_report=committee, technical_report=technical, legal_report=legal))


def _approved(db, sg, titles=(PDLC, ORNATO), letters="FFFFF", **kw):
    """A held session whose items were all approved (by the regidores' `letters`)."""
    mayor, regs = _members(db, kw.get("day", DAY))
    sid = _held(db, sg, [(t, SIMPLE) for t in titles], **kw)
    ids = _items(db, sid)
    for item_id in ids:
        _vote(db, sg, item_id, _by(regs, letters))
    return sid, ids


# ---- The item's papers -------------------------------------------------------------------------

def test_the_papers_are_recorded_audited_and_checked(db, sg):
    sid, (p1, _p2) = _approved(db, sg)
    with db.session() as s:
        set_closing_time(s, sg, sid, "12:30")
    _with_papers(db, sg, p1)  # the session is closed: its items' papers may still be recorded
    with db.session() as s:
        item = s.get(AgendaItem, p1)
        assert (item.committee_report, item.technical_report, item.legal_report) == (
            DICTAMEN, TECHNICAL, LEGAL)
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "agenda_item")
                          .order_by(AuditEntry.id.desc())).first()
        assert LEGAL in entry.changes and "informe legal" in entry.changes
        with pytest.raises(ValidationFailed) as refused:
            update_item(s, sg, p1, ItemForm(title=item.title, legal_report="x" * 301))
        assert [e.field for e in refused.value.errors] == ["legal_report"]
        assert "El informe legal tiene 301 caracteres y el máximo es 300" in \
            refused.value.errors[0].message
        # ...but the agenda of a closed session does not change.
        with pytest.raises(DomainError, match="ya no cambia"):
            update_item(s, sg, p1, ItemForm(title=item.title, detail="Otro detalle",
                                            committee_report=DICTAMEN))


def test_a_new_item_takes_its_papers(db, sg):
    sid = _held(db, sg, [(PDLC, SIMPLE)])
    with db.session() as s:
        later = add_item(s, sg, sid, ItemForm(title="Asunto urgente", legal_report=LEGAL))
        assert s.get(AgendaItem, later).legal_report == LEGAL


def test_an_issued_document_freezes_the_papers_of_its_item(db, sg):
    _sid, (p1, _p2) = _approved(db, sg)
    _with_papers(db, sg, p1)
    with db.session() as s:
        issue(s, sg, draft_outcome(s, sg, p1, "COUNCIL_AGREEMENT"))
    with db.session() as s, pytest.raises(DomainError, match="ya no cambian"):
        _with_papers(db, sg, p1, legal="Informe Legal N° 046-2026-OAJ/MDP")


# ---- The drafts --------------------------------------------------------------------------------

def test_the_acuerdo_cites_the_papers_and_the_session_and_vote(db, sg):
    _sid, (p1, _p2) = _approved(db, sg)
    _with_papers(db, sg, p1)
    with db.session() as s:
        acuerdo = s.get(Instrument, draft_outcome(s, sg, p1, "COUNCIL_AGREEMENT"))
        assert acuerdo.seen == (
            f"El {DICTAMEN}, el {TECHNICAL}, el {LEGAL}, y el punto 1 de la agenda de la Sesión "
            f"Ordinaria N° 01-2026, de fecha 26 de noviembre de 2026: «{PDLC}»;")
        assert acuerdo.legal_basis.startswith(
            f"Estando a lo acordado en {WHEN}, por UNANIMIDAD, y en uso de las atribuciones "
            "conferidas por el artículo 41 de la Ley N° 27972")


def test_a_resolucion_de_concejo_is_drafted_from_an_item_with_its_own_legal_basis(db, sg):
    _sid, (p1, _p2) = _approved(db, sg, letters="FFFFA")
    with db.session() as s:
        rc = s.get(Instrument, draft_outcome(s, sg, p1, "COUNCIL_RESOLUTION"))
        assert rc.kind_code == "COUNCIL_RESOLUTION"
        assert rc.legal_basis == (
            f"Estando a lo acordado por el Concejo Municipal en {WHEN}, por MAYORÍA, y en uso "
            "de las atribuciones conferidas por el artículo 9 y los artículos 39 al 41 de la "
            "Ley N° 27972, Ley Orgánica de Municipalidades;")
        assert "numeral 6" not in rc.legal_basis
        # No papers recorded: the VISTO cites the point alone.
        assert rc.seen.startswith("El punto 1 de la agenda de la Sesión Ordinaria N° 01-2026")
        assert json.loads(rc.articles)[-1].endswith("cumplimiento de la presente resolución.")
        assert s.get(AgendaItem, p1).outcome_kind == "COUNCIL_RESOLUTION"


def test_the_ordinance_states_the_council_session_and_vote_under_por_cuanto(db, sg):
    _sid, (_p1, p2) = _approved(db, sg)
    _with_papers(db, sg, p2, technical="120-2026-SGIDU/MDP")  # a bare number gets its noun
    with db.session() as s:
        ordinance = s.get(Instrument, draft_outcome(s, sg, p2, "ORDINANCE"))
        assert ordinance.seen == (
            f"El Concejo Municipal de la Municipalidad Distrital de Pisac, en {WHEN}, por "
            f"UNANIMIDAD, aprobó el punto 2 de su agenda: «{ORNATO}», visto el {DICTAMEN}, el "
            f"{TECHNICAL} y el {LEGAL}; y,")
        # Not granted: the dispensa del trámite de lectura y aprobación del acta is not claimed.
        assert "por UNANIMIDAD;" in ordinance.legal_basis
        assert "dispensa" not in ordinance.legal_basis
        pdf, _name = render_for_preview(s, ordinance.id)
    text = _pdf_text(pdf)
    assert ("POR CUANTO: El Concejo Municipal de la Municipalidad Distrital de Pisac, en Sesión "
            "Ordinaria N° 01-2026 de fecha 26 de noviembre de 2026, por UNANIMIDAD") in text
    assert f"visto el {DICTAMEN}" in text


def test_an_extraordinary_session_with_a_tie_and_the_dispensa(db, sg):
    day = DAY
    mayor, regs = _members(db, day)
    sid = _held(db, sg, [(ORNATO, SIMPLE)], day, kind=EXTRAORDINARY)
    (item,) = _items(db, sid)
    _vote(db, sg, item, _by(regs, "FFAAB"), mayor_tiebreak=FOR)
    with db.session() as s:
        set_deliberation(s, sg, item, "Debate breve.", True)
        ordinance = s.get(Instrument, draft_outcome(s, sg, item, "ORDINANCE"))
        assert ordinance.seen.startswith(
            "El Concejo Municipal de la Municipalidad Distrital de Pisac, en Sesión "
            "Extraordinaria N° 01-2026 de fecha 26 de noviembre de 2026, por MAYORÍA, con el "
            "voto dirimente del alcalde, aprobó el punto 1")
        assert ("el Concejo Municipal, por MAYORÍA, con el voto dirimente del alcalde y con "
                "dispensa del trámite de lectura y aprobación del acta;") in \
            ordinance.legal_basis


def test_an_edited_legal_basis_template_is_kept_as_written(db, sg):
    own = "En uso de las atribuciones que le confiere la Ley N° 27972 y el RIC;"
    with db.session() as s:
        s.get(InstrumentKind, "COUNCIL_RESOLUTION").template_legal_basis = own
    _sid, (p1, _p2) = _approved(db, sg)
    with db.session() as s:
        assert s.get(Instrument, draft_outcome(s, sg, p1, "COUNCIL_RESOLUTION")).legal_basis \
            == own


# ---- The texts themselves ----------------------------------------------------------------------

@pytest.mark.parametrize(("typed", "noun", "expected"), [
    ("Dictamen N° 003-2026-CPP/MDP", "Dictamen", "el Dictamen N° 003-2026-CPP/MDP"),
    ("003-2026-CPP/MDP", "Dictamen", "el Dictamen N° 003-2026-CPP/MDP"),
    ("N° 045-2026-OAJ/MDP", "Informe Legal", "el Informe Legal N° 045-2026-OAJ/MDP"),
    ("Opinión Legal N° 12-2026-OAJ", "Informe Legal", "la Opinión Legal N° 12-2026-OAJ"),
    ("El Informe N° 7-2026-GM  ;", "Informe", "el Informe N° 7-2026-GM"),
    ("Nota N° 3-2026", "Informe", "la Nota N° 3-2026"),
    ("   ", "Informe", ""),
])
def test_a_reference_is_cited_with_its_article(typed, noun, expected):
    assert cited(typed, noun) == expected


def test_the_visto_without_papers_and_the_basis_without_open_words():
    assert seen_text(ItemPapers(legal_report=LEGAL), 4, "Sesión Ordinaria N° 05-2026",
                     "20 de noviembre de 2026", "Aprobar algo") == (
        f"El {LEGAL}, y el punto 4 de la agenda de la Sesión Ordinaria N° 05-2026, de fecha "
        "20 de noviembre de 2026: «Aprobar algo»;")
    assert basis_text("Estando a lo expuesto;", "S", "d", "por UNANIMIDAD", False) == \
        "Estando a lo expuesto;"
