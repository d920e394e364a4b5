"""Directivas (issue 11, point 5): eight fixed sections, approved by a Resolución de Gerencia
Municipal chosen from the register, printed with their own structure (not a resolution's)."""

import datetime as dt
import io
import json

import pytest
from pypdf import PdfReader
from sqlalchemy import select, update

from pisac_desktop.core.errors import ValidationFailed
from pisac_desktop.core.validators import SECTION_MAX
from pisac_desktop.db.models import AuditEntry, Instrument
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments import directives
from pisac_desktop.instruments.detail import instrument_detail
from pisac_desktop.instruments.issued import annul, links_of
from pisac_desktop.instruments.printing import render_for_preview
from pisac_desktop.instruments.register import (
    form_of,
    issue,
    issue_problems,
    new_draft_form,
    save_draft,
)

TODAY = dt.date(2026, 11, 21)
SECTIONS = {
    "FINALIDAD": "Contar con un instrumento que regule el uso de los vehículos.",
    "OBJETIVO": "Establecer las normas para el uso, control y mantenimiento de los vehículos.",
    "ALCANCE": "Todas las unidades orgánicas que usan vehículos municipales.",
    "BASE LEGAL": "- Ley N° 27972, Ley Orgánica de Municipalidades.",
    "DISPOSICIONES GENERALES": "5.1 Los vehículos se usan solo en comisiones de servicio.\n"
                               "5.2 Toda salida requiere una orden firmada:\n"
                               "a) con el destino;\nb) con el conductor.",
    "DISPOSICIONES ESPECÍFICAS": "6.1 La Oficina de Administración lleva la bitácora.",
    "RESPONSABILIDADES": "7.1 La Gerencia Municipal supervisa el cumplimiento.",
}


@pytest.fixture
def demo(demo_people):
    return demo_people


@pytest.fixture
def manager(demo):
    return demo_actor_of(demo, "wccahua")


def _resolution(demo, actor, kind="MANAGEMENT_RESOLUTION", issued=True, date="21/11/2026"):
    with demo.db.session() as s:
        form = new_draft_form(s, kind, TODAY)
        form.doc_date = date
        form.summary = "Aprobar la Directiva de uso de vehículos"
        form.seen = "El Informe N° 012-2026-OPP-MDP, y;"
        form.articles = ["APROBAR la Directiva de uso de vehículos."]
        draft = save_draft(s, actor, form)
        if issued:
            issue(s, actor, draft.id)
        return draft.id


def _directive(demo, actor, sections=None, approved_by=None, date="21/11/2026", draft_id=None):
    with demo.db.session() as s:
        form = new_draft_form(s, "DIRECTIVE", TODAY)
        form.doc_date = date
        form.summary = "Normas para el uso de vehículos de la municipalidad"
        form.sections = dict(SECTIONS if sections is None else sections)
        form.approved_by_id = approved_by
        return save_draft(s, actor, form, draft_id).id


def _text(pdf: bytes) -> str:
    return " ".join("\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
                    .replace("\xa0", " ").split())


def test_a_directive_needs_its_seven_sections_and_the_approving_resolution(demo, manager):
    draft = _directive(demo, manager, sections={})
    with demo.db.session() as s:
        problems = issue_problems(s, s.get(Instrument, draft))
    assert problems == [
        "Falta la sección I. FINALIDAD.", "Falta la sección II. OBJETIVO.",
        "Falta la sección III. ALCANCE.", "Falta la sección IV. BASE LEGAL.",
        "Falta la sección V. DISPOSICIONES GENERALES.",
        "Falta la sección VI. DISPOSICIONES ESPECÍFICAS.",
        "Falta la sección VII. RESPONSABILIDADES.",
        "Falta la Resolución de Gerencia Municipal que aprueba la directiva (elíjala del "
        "registro en la pestaña Secciones).",
    ]
    # Nothing of a resolution is asked for; VIII. DISPOSICIONES COMPLEMENTARIAS is optional.
    approving = _resolution(demo, manager)
    draft = _directive(demo, manager, approved_by=approving, draft_id=draft)
    with demo.db.session() as s:
        assert issue_problems(s, s.get(Instrument, draft)) == []
        stored = json.loads(s.get(Instrument, draft).articles)
    assert [h for h, _t in stored] == list(directives.HEADINGS[:7])


def test_issue_records_the_approval_and_links_both_ways(demo, manager):
    approving = _resolution(demo, manager)
    draft = _directive(demo, manager, approved_by=approving)
    with demo.db.session() as s:
        # A draft already shows on the resolution it names.
        assert links_of(s, approving) == [
            "Aprueba el borrador de directiva «Normas para el uso de vehículos de la "
            "municipalidad»"]
        number = issue(s, manager, draft).number_text
    assert number == "DIRECTIVA N° 001-2026-GM-MDP"
    with demo.db.session() as s:
        assert links_of(s, draft) == [
            "Aprobada por Resolución de Gerencia Municipal N° 001-2026-GM-MDP, de fecha "
            "21/11/2026"]
        assert links_of(s, approving) == ["Aprueba la Directiva N° 001-2026-GM-MDP"]
        assert instrument_detail(s, approving).links == ["Aprueba la Directiva N° 001-2026-GM-MDP"]
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "issue",
                                                    AuditEntry.entity_id == str(draft))).one()
        assert "RESOLUCIÓN DE GERENCIA MUNICIPAL N° 001-2026-GM-MDP" in entry.changes
        assert form_of(s.get(Instrument, draft)).approved_by_id == approving
    # Annulled later: the directive says so, and a new draft may not choose it.
    with demo.db.session() as s:
        annul(s, manager, approving, "Error material")
    with demo.db.session() as s:
        assert links_of(s, draft)[0].endswith("(anulada)")
    with pytest.raises(ValidationFailed) as refused:
        _directive(demo, manager, approved_by=approving)
    assert refused.value.errors[0].field == "approved_by"
    assert "anulada" in refused.value.errors[0].message


def test_only_an_issued_management_resolution_approves(demo, manager):
    secretary = demo_actor_of(demo, "mhuillca")
    for wrong in (_resolution(demo, manager, issued=False),
                  _resolution(demo, secretary, kind="MAYOR_RESOLUTION"), 10_000):
        with pytest.raises(ValidationFailed) as refused:
            _directive(demo, manager, approved_by=wrong)
        assert [e.field for e in refused.value.errors] == ["approved_by"]
    with demo.db.session() as s:
        assert not s.scalars(select(Instrument).where(Instrument.kind_code == "DIRECTIVE")).all()


def test_a_chosen_resolution_annulled_before_issue_blocks_it_but_the_draft_still_saves(
        demo, manager):
    approving = _resolution(demo, manager)
    draft = _directive(demo, manager, approved_by=approving)
    with demo.db.session() as s:
        annul(s, manager, approving, "Error material")
    _directive(demo, manager, approved_by=approving, draft_id=draft)  # kept as it was: saves
    with demo.db.session() as s:
        problems = issue_problems(s, s.get(Instrument, draft))
    assert problems == ["La RESOLUCIÓN DE GERENCIA MUNICIPAL N° 001-2026-GM-MDP, que aprueba la "
                        "directiva, fue anulada: elija la resolución vigente que la aprueba."]


def test_a_directive_dated_before_its_approval_is_not_issued(demo, manager):
    approving = _resolution(demo, manager, date="21/11/2026")
    draft = _directive(demo, manager, approved_by=approving, date="20/11/2026")
    with demo.db.session() as s:
        problems = issue_problems(s, s.get(Instrument, draft))
    assert problems == ["La directiva tiene fecha 20/11/2026, anterior a la de la RESOLUCIÓN DE "
                        "GERENCIA MUNICIPAL N° 001-2026-GM-MDP que la aprueba (21/11/2026)."]


def test_changing_the_kind_drops_the_approval_and_clearing_it_is_audited(demo, manager):
    approving = _resolution(demo, manager)
    draft = _directive(demo, manager, approved_by=approving)
    _directive(demo, manager, approved_by=None, draft_id=draft)
    with demo.db.session() as s:
        assert links_of(s, draft) == []
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity_id == str(draft))
                          .order_by(AuditEntry.id.desc())).first()
        assert "aprobada por" in entry.changes
        form = form_of(s.get(Instrument, draft))
        form.approved_by_id = approving
        save_draft(s, manager, form, draft)
    with demo.db.session() as s:
        form.kind_code = "MANAGEMENT_RESOLUTION"  # sections typed: refused, not dropped
        with pytest.raises(ValidationFailed, match="Solo una directiva tiene secciones"):
            save_draft(s, manager, form, draft)
    with demo.db.session() as s:
        form.sections = {}
        save_draft(s, manager, form, draft)
        assert links_of(s, draft) == []


def test_bad_sections_are_refused_and_nothing_is_written(demo, manager):
    for sections in ({"VIGENCIA": "Desde mañana."},
                     {**SECTIONS, "DISPOSICIONES ESPECÍFICAS": "x" * (SECTION_MAX + 1)}):
        with pytest.raises(ValidationFailed) as refused:
            _directive(demo, manager, sections=sections)
        assert {e.field for e in refused.value.errors} == {"sections"}
    assert "VI. DISPOSICIONES ESPECÍFICAS" in refused.value.errors[0].message


def test_an_older_draft_still_opens_and_nothing_is_lost(demo, manager):
    """Before the fixed sections a directive was a list of 'OBJETIVO: text' paragraphs."""
    draft = _directive(demo, manager)
    older = ["OBJETIVO: Establecer normas.", "II. ALCANCE: Todas las unidades.",
             "Disposiciones específicas: minúsculas no son un título.",
             "VIGENCIA: Desde su aprobación.", "Un párrafo sin título."]
    with demo.db.session() as s:
        s.execute(update(Instrument).where(Instrument.id == draft)
                  .values(articles=json.dumps(older, ensure_ascii=False)))
    with demo.db.session() as s:
        form = form_of(s.get(Instrument, draft))
        # Printed as it was written (a proof of the draft), numbered by position.
        assert directives.printed_sections(s.get(Instrument, draft).articles)[:2] == [
            ("I. OBJETIVO", "Establecer normas."), ("II. ALCANCE", "Todas las unidades.")]
    assert form.sections["OBJETIVO"] == "Establecer normas."
    assert form.sections["ALCANCE"] == "Todas las unidades."
    assert form.sections["DISPOSICIONES GENERALES"] == (
        "Disposiciones específicas: minúsculas no son un título.\n"
        "VIGENCIA: Desde su aprobación.\nUn párrafo sin título.")
    with demo.db.session() as s:
        save_draft(s, manager, form, draft)
        stored = json.loads(s.get(Instrument, draft).articles)
    assert ["OBJETIVO", "Establecer normas."] in stored
    # Callers of the older kind (articles instead of sections) lose nothing either.
    with demo.db.session() as s:
        form = new_draft_form(s, "DIRECTIVE", TODAY)
        form.articles = ["FINALIDAD: Ordenar.", "BASE LEGAL: Ley N° 27444."]
        sections = directives.read_sections(save_draft(s, manager, form).articles)
    assert sections["FINALIDAD"] == "Ordenar."
    assert sections["BASE LEGAL"].startswith("4.1 Constitución Política del Perú.")
    assert sections["BASE LEGAL"].endswith("\nLey N° 27444.")


def test_the_directive_prints_its_own_structure(demo, manager):
    approving = _resolution(demo, manager)
    draft = _directive(demo, manager, sections={
        **SECTIONS, "DISPOSICIONES COMPLEMENTARIAS": "8.1 Rige desde su aprobación."})
    with demo.db.session() as s:
        proof = _text(render_for_preview(s, draft)[0])
    assert "PROYECTO DE DIRECTIVA" in proof
    assert "(Pendiente de aprobación por Resolución de Gerencia Municipal)" in proof
    _directive(demo, manager, approved_by=approving, draft_id=draft,
               sections={**SECTIONS, "DISPOSICIONES COMPLEMENTARIAS": "8.1 Rige desde hoy."})
    with demo.db.session() as s:
        issue(s, manager, draft)
    with demo.db.session() as s:
        pdf, name = render_for_preview(s, draft)
    text = _text(pdf)
    assert name == "DIR-001-2026.pdf"
    expected = [
        "DIRECTIVA N° 001-2026-GM-MDP",
        "“NORMAS PARA EL USO DE VEHÍCULOS DE LA MUNICIPALIDAD”",
        "Aprobada por Resolución de Gerencia Municipal N° 001-2026-GM-MDP de fecha 21 de "
        "noviembre de 2026",
        "I. FINALIDAD Contar con un instrumento", "II. OBJETIVO", "III. ALCANCE",
        "IV. BASE LEGAL - Ley N° 27972", "V. DISPOSICIONES GENERALES 5.1 Los vehículos",
        "5.2 Toda salida requiere una orden firmada: a) con el destino; b) con el conductor.",
        "VI. DISPOSICIONES ESPECÍFICAS 6.1", "VII. RESPONSABILIDADES 7.1",
        "VIII. DISPOSICIONES COMPLEMENTARIAS 8.1 Rige desde hoy.",
        "Página 1 de 1", "Verificación: MDP-",
    ]
    position = 0
    for words in expected:  # all there, in this order
        found = text.find(words, position)
        assert found >= 0, words
        position = found
    for absent in ("VISTO", "CONSIDERANDO", "SE RESUELVE", "REGÍSTRESE", "Sumilla",
                   "PROYECTO", "Pendiente"):
        assert absent not in text, absent


def demo_actor_of(demo, username):
    with demo.db.session() as s:
        return demo_actor(s, username)


def test_paper_variants_hostile_text_and_an_older_issued_directive():
    from pisac_desktop.reports.instrument import Letterhead, render_instrument
    from pisac_desktop.reports.instrument_doc import Annulment, Certification, InstrumentDoc, Signer

    doc = InstrumentDoc(
        letterhead=Letterhead("Municipalidad Distrital de Pisac", year_name="Año de prueba"),
        style="directive", title="DIRECTIVA N° 002-2026-GM-MDP", place_date="",
        summary="Uso de <b>bienes</b>",
        approval="Aprobada por Resolución de Gerencia Municipal N° 020-2026-GM-MDP de fecha 1 "
                 "de diciembre de 2026",
        articles=[(directives.numbered("FINALIDAD"), "Que a < b & c > d."),
                  (directives.numbered("DISPOSICIONES GENERALES"),
                   "5.1 Primero.\n5.1.1 Detalle.\n   Sigue el detalle.\nb) Inciso.")],
        signers=[Signer("CPC. Ana Ccahuana Ttito", "GERENTE MUNICIPAL")])
    text = _text(render_instrument(doc))
    for words in ("“USO DE <B>BIENES</B>”", "I. FINALIDAD Que a < b & c > d.",
                  "V. DISPOSICIONES GENERALES 5.1 Primero. 5.1.1 Detalle. Sigue el detalle. "
                  "b) Inciso."):
        assert words in text, words
    assert "GERENTE MUNICIPAL" not in text and "(Fdo.)" not in text  # approved, not signed

    annulled = _text(render_instrument(InstrumentDoc(**{
        **doc.__dict__, "annulment": Annulment("Duplicada", "RESOLUCIÓN DE GERENCIA MUNICIPAL "
                                                            "N° 030-2026-GM-MDP")})))
    assert "DOCUMENTO ANULADO" in annulled and "Motivo: Duplicada" in annulled
    certified = _text(render_instrument(InstrumentDoc(**{
        **doc.__dict__, "certification": Certification(
            Signer("Abg. María Huillca Condori", "SECRETARIA GENERAL"),
            "Pisac, 2 de diciembre de 2026", requested_by="Gerencia de Desarrollo Social")})))
    assert "copia fiel del original de la DIRECTIVA N° 002-2026-GM-MDP" in certified
    assert "Folio 1 de 1" in certified and "(Fdo.)" not in certified

    # Issued before the fixed sections, with a VISTO: it still prints what it was issued with.
    older = InstrumentDoc(**{**doc.__dict__, "approval": "", "seen": "El Informe N° 5-2025.",
                             "articles": directives.printed_sections(json.dumps(
                                 ["OBJETIVO: Establecer normas.", "Texto suelto."]))})
    text = _text(render_instrument(older))
    assert "VISTO: El Informe N° 5-2025. I. OBJETIVO Establecer normas. Texto suelto." in text
