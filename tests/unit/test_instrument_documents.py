"""Printing documents from the database: the text on the paper (DOMAIN.md section 2)."""

import io
import re

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from pisac_desktop.db.models import AuditEntry, Certification, Instrument
from pisac_desktop.demo import demo_actor
from pisac_desktop.export import export_year
from pisac_desktop.instruments.printing import (
    distribution_sheet,
    record_print,
    register_book,
    render_certified_copy,
    render_for_preview,
)
from pisac_desktop.reports.instrument_doc import of_whom as rp_of_whom


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _flat(text: str) -> str:
    return " ".join(text.split())


def _first(session, **where):
    query = select(Instrument)
    for key, value in where.items():
        query = query.where(getattr(Instrument, key) == value)
    return session.scalars(query.order_by(Instrument.id)).first()


def test_issued_resolution_prints_number_date_signer_and_year_name(demo):
    with demo.db.session() as s:
        doc = _first(s, kind_code="MAYOR_RESOLUTION", state="issued", year=2026)
        pdf, name = render_for_preview(s, doc.id)
        text = _flat(_text(pdf))
        assert name == f"RA-{doc.number:03d}-2026.pdf"
        assert doc.number_text in text.replace("\xa0", " ")
        for words in ("MUNICIPALIDAD DISTRITAL DE PISAC", "VISTO:", "CONSIDERANDO:",
                      "SE RESUELVE:", "ARTÍCULO PRIMERO.-", "REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.",
                      "Prof. Julián Quispe Huamán", "ALCALDE",
                      "Año de la Esperanza y el Fortalecimiento de la Democracia"):
            assert words in text, words
        months = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                  "septiembre", "octubre", "noviembre", "diciembre")
        assert any(f"Pisac, {doc.doc_date.day} de {m} de 2026" in text for m in months)


def test_annulled_copy_and_certified_copy(demo):
    with demo.db.session() as s:
        annulled = _first(s, state="annulled")
        text = _flat(_text(render_for_preview(s, annulled.id)[0]))
        assert "ANULADO" in text and annulled.annulled_by_text in text.replace("\xa0", " ")
        cert = s.scalars(select(Certification)).first()
        pdf, name = render_certified_copy(s, cert.id)
        text = _flat(_text(pdf))
        assert name.endswith("-copia-certificada.pdf")
        assert "CERTIFICO" in text and "copia fiel del original" in text
        assert "Abog. Marleny Huillca Sutta" in text and "SECRETARIA GENERAL" in text
        instrument = s.get(Instrument, cert.instrument_id)
        assert f"original {rp_of_whom(instrument.number_text)}, de fecha ".replace("\xa0", " ") in text
        assert f"Se expide a solicitud {rp_of_whom(cert.requested_by)}." in text
        pages = PdfReader(io.BytesIO(pdf)).pages
        assert f"Folio {len(pages)} de {len(pages)}" in text


def test_draft_prints_as_a_proof_without_number(demo):
    with demo.db.session() as s:
        draft = _first(s, state="draft", kind_code="MAYOR_RESOLUTION")
        pdf, name = render_for_preview(s, draft.id)
    text = _flat(_text(pdf))
    assert "borrador" in name and "PROYECTO DE RESOLUCIÓN DE ALCALDÍA" in text
    assert "BORRADOR" in text and "ALCALDE" not in text.replace("EL ALCALDE DE", "")


def test_distribution_sheet_lists_the_units(demo):
    with demo.db.session() as s:
        doc = _first(s, kind_code="MAYOR_RESOLUTION", state="issued")
        from pisac_desktop.db.models import OrgUnit

        units = [s.get(OrgUnit, u.org_unit_id).name for u in doc.units]
        text = _flat(_text(distribution_sheet(s, doc.id)[0]))
    assert "CARGO DE DISTRIBUCIÓN" in text
    for unit in units:
        assert unit.split()[0] in text


def test_register_book_includes_annulled_numbers(demo):
    with demo.db.session() as s:
        annulled = _first(s, state="annulled")
        book = register_book(s, annulled.kind_code, annulled.year, "mhuillca")
    numbers = [r.number for r in book.rows]
    assert numbers == sorted(numbers) and len(numbers) == len(set(numbers))
    states = {r.number: r.state for r in book.rows}
    assert states[annulled.number_text.split("N° ")[1]] == "Anulado"
    assert book.place_date == "Pisac, 21 de noviembre de 2026" and not book.generated_text
    assert book.signer.post == "SECRETARIA GENERAL"


def test_register_books_of_ordinances_and_agreements_have_their_column(demo):
    with demo.db.session() as s:
        ordinances = register_book(s, "ORDINANCE", 2026)
        agreements = register_book(s, "COUNCIL_AGREEMENT", 2026)
        resolutions = register_book(s, "MAYOR_RESOLUTION", 2026)
    assert ordinances.extra_header == "Publicación"
    published = [r for r in ordinances.rows if r.state == "Publicado"]
    assert published and all(r.extra >= r.date for r in published)
    assert agreements.extra_header == "Sesión"
    assert all(re.fullmatch(r"S\.[OES]\. N° \d\d-2026 \(\d\d/\d\d/2026\)", r.extra)
               for r in agreements.rows)
    assert resolutions.extra_header == ""


def test_export_year_writes_one_pdf_per_document_and_the_books(demo, tmp_path):
    with demo.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        issued = s.scalars(select(Instrument).where(Instrument.year == 2026)).all()
        result = export_year(s, actor, 2026, tmp_path / "archivo")
    names = sorted(p.name for p in (tmp_path / "archivo").iterdir())
    assert result.documents == len(issued)
    assert len([n for n in names if n.endswith(".pdf") and not n.startswith("registro")]) == len(
        issued)
    assert "registro-RA-2026.pdf" in names and "registro-RA-2026.xlsx" in names
    assert not any(n.endswith(".parcial") for n in names)


def test_printing_is_audited(demo):
    with demo.db.session() as s:
        actor = demo_actor(s, "consulta")
        doc = _first(s, state="issued")
        record_print(s, actor, doc.id, "impresora")
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (entry.action, entry.username) == ("print", "consulta")


@pytest.mark.parametrize("hostile", ["<b>negrita</b> & <script>", "x" * 5000, "Tab\there"])
def test_hostile_text_prints_literally(demo, hostile):
    from pisac_desktop.instruments.register import new_draft_form, save_draft

    with demo.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        form = new_draft_form(s, "MAYOR_RESOLUTION", demo_date(s))
        form.summary = hostile[:2000]
        form.articles = [hostile]  # a 5,000-character article
        draft = save_draft(s, actor, form)
        text = _text(render_for_preview(s, draft.id)[0])
    flat = text.replace("\n", "").replace("\t", " ")
    assert hostile[:40].replace("\t", " ") in flat
    if len(hostile) == 5000:  # nothing silently dropped: every character of the article prints
        assert flat.count("x") >= 5000


def demo_date(session):
    import datetime as dt

    return dt.date(2026, 11, 20)
