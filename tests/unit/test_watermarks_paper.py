"""Drafts and annulled documents (issue 11, printed documents 7): the diagonal mark is a
picture, so the extracted text is the document's own (the corner stamp reads once per page);
a draft has no signature block."""

import dataclasses
import io
import shutil
import subprocess

import pytest
from pypdf import PdfReader

from pisac_desktop.reports.instrument import Letterhead, render_instrument
from pisac_desktop.reports.instrument_doc import Annulment, InstrumentDoc, Signer

LONG = "Que, la municipalidad ejerce sus competencias conforme a ley y a su reglamento; " * 8


@pytest.fixture(scope="module")
def doc():
    return InstrumentDoc(
        letterhead=Letterhead("Municipalidad Distrital de Pisac", year_name="Año de prueba"),
        title="RESOLUCIÓN DE ALCALDÍA N° 045-2026-MDP/A", place_date="Pisac, 21 de noviembre de 2026",
        whereas=[LONG] * 6, articles=[("ARTÍCULO PRIMERO.-", "DESIGNAR al supervisor.")],
        closing="REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.",
        signers=[Signer("Prof. Julián Quispe Huamán", "ALCALDE")])


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


@pytest.mark.parametrize("mark", ["ANULADO", "BORRADOR"])
def test_the_watermark_is_a_picture_not_words(doc, mark):
    marked = (dataclasses.replace(doc, annulment=Annulment("Duplicado.")) if mark == "ANULADO"
              else dataclasses.replace(doc, draft=True))
    pdf = render_instrument(marked)
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 2
    for page in reader.pages:
        assert len(page.images) == 1  # the mark (this letterhead has no crest)
        text = page.extract_text()
        # The corner stamp (and the annulment note) only: never a letter of the big mark.
        expected = 1 + (mark == "ANULADO" and "DOCUMENTO ANULADO" in text)
        assert text.count(mark) == expected
    plain = " ".join(" ".join(_pages(render_instrument(doc))).split())
    assert "ley y a su reglamento; Que, la municipalidad" in plain
    sentence = "Que, la municipalidad ejerce sus competencias conforme a ley y a su reglamento;"
    # Whole sentences read as they were written (one may be cut by a page break).
    assert " ".join(" ".join(_pages(pdf)).split()).count(sentence) >= plain.count(sentence) - 1


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext")
def test_pdftotext_does_not_read_the_annulled_mark(doc, tmp_path):
    target = tmp_path / "anulado.pdf"
    target.write_bytes(render_instrument(dataclasses.replace(doc, annulment=Annulment("x"))))
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                          check=True).stdout
    pages = text.split("\f")[:-1]
    assert pages and all(page.count("ANULADO") <= 2 for page in pages)
    assert all(line.strip() not in "ANULADO" for line in text.splitlines() if line.strip()
               and len(line.strip()) <= 2)  # no stray letters of the mark


def test_a_draft_has_no_signature_block(doc):
    signed = " ".join(_pages(render_instrument(doc)))
    draft = " ".join(_pages(render_instrument(dataclasses.replace(doc, draft=True))))
    assert "Prof. Julián Quispe Huamán" in signed
    assert "Prof. Julián Quispe Huamán" not in draft and "ALCALDE" not in draft
    assert "BORRADOR" in draft and "REGÍSTRESE" in draft
