"""A certified copy as the Secretario General signs it (issue 11, printed documents 1):
every page stamped and numbered "Folio X de N", the original's signer as "(Fdo.) …", a
certificate that names the document and the requester with the article, and the year name of
the certificate's own date on a page of its own."""

import dataclasses
import io

import pytest
from pypdf import PdfReader

from pisac_desktop.reports.instrument import Letterhead, render_instrument
from pisac_desktop.reports.instrument_doc import Certification, InstrumentDoc, Signer, of_whom
from pisac_desktop.reports.text import NBSP

OLD_NAME = "Año de la recuperación y consolidación de la economía peruana"
NEW_NAME = "Año de la Esperanza y el Fortalecimiento de la Democracia"
SECRETARY = Signer("Abog. Marleny Huillca Sutta", "SECRETARIA GENERAL")


def _pages(pdf: bytes) -> list[str]:
    return [" ".join(p.extract_text().replace(NBSP, " ").split())
            for p in PdfReader(io.BytesIO(pdf)).pages]


def _doc(paragraphs: int) -> InstrumentDoc:
    return InstrumentDoc(
        letterhead=Letterhead("Municipalidad Distrital de Pisac", city="Pisac",
                              year_name=OLD_NAME),
        title="RESOLUCIÓN DE ALCALDÍA N° 002-2025-MDP/A", place_date="Pisac, 6 de marzo de 2025",
        summary="Aprobar el expediente técnico.", seen="El Informe N° 72-2025-GDUR-MDP; y,",
        whereas=[f"Que, párrafo {n} del sustento normativo de la resolución " * 6
                 for n in range(paragraphs)],
        articles=[("ARTÍCULO PRIMERO.-", "APROBAR el expediente técnico.")],
        closing="REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.",
        signers=[Signer("Prof. Julián Quispe Huamán", "ALCALDE")],
        certification=Certification(SECRETARY, "Pisac, 20 de noviembre de 2026",
                                    requested_by="Regidora Nilda Rosa Huamán Ttito",
                                    document_date="6 de marzo de 2025", year_name=NEW_NAME))


@pytest.mark.parametrize("paragraphs", [1, 6, 25])
def test_every_page_is_stamped_and_numbered_with_the_real_count(paragraphs):
    pages = _pages(render_instrument(_doc(paragraphs)))
    n = len(pages)
    for number, page in enumerate(pages, start=1):
        assert "COPIA CERTIFICADA" in page
        assert f"Folio {number} de {n}" in page
    assert f"La copia consta de {n} folio{'s' if n > 1 else ''}, numerados y sellados." in pages[-1]


def test_the_certificate_names_the_document_and_the_requester_with_the_article():
    text = " ".join(_pages(render_instrument(_doc(1))))
    assert ("CERTIFICO: Que la presente es copia fiel del original de la RESOLUCIÓN DE "
            "ALCALDÍA N° 002-2025-MDP/A, de fecha 6 de marzo de 2025,") in text
    assert "Se expide a solicitud de la Regidora Nilda Rosa Huamán Ttito." in text
    assert "(Fdo.) Prof. Julián Quispe Huamán — ALCALDE" in text


def test_a_page_holding_the_certificate_alone_carries_its_own_year_name():
    for paragraphs in range(1, 12):  # until the certificate is pushed to a page of its own
        pages = _pages(render_instrument(_doc(paragraphs)))
        if len(pages) > 1 and "CERTIFICO" not in pages[-2] and "REGÍSTRESE" not in pages[-1]:
            break
    else:
        pytest.fail("the certificate never got a page of its own")
    assert OLD_NAME in pages[0] and NEW_NAME not in pages[0]
    assert NEW_NAME in pages[-1] and OLD_NAME not in pages[-1]
    assert "CERTIFICO" in pages[-1]


def test_without_a_year_name_of_its_own_the_copy_keeps_the_original_one():
    doc = _doc(1)
    doc = dataclasses.replace(doc, certification=dataclasses.replace(doc.certification,
                                                                     year_name=None))
    assert all(OLD_NAME in page for page in _pages(render_instrument(doc)))


@pytest.mark.parametrize(("requester", "expected"), [
    ("Regidora Nilda Huamán", "de la Regidora Nilda Huamán"),
    ("Regidor Juan Pérez", "del Regidor Juan Pérez"),
    ("Sr. Juan Pérez Quispe", "del Sr. Juan Pérez Quispe"),
    ("Sra. Rosa Ttito", "de la Sra. Rosa Ttito"),
    ("Gerencia de Desarrollo Social", "de la Gerencia de Desarrollo Social"),
    ("Concejo Municipal", "del Concejo Municipal"),
    ("el Procurador Público", "del Procurador Público"),
    ("la Comunidad Campesina de Amaru", "de la Comunidad Campesina de Amaru"),
    ("Juan Pérez Quispe", "de Juan Pérez Quispe"),
    ("DECRETO DE ALCALDÍA N° 001-2026-MDP/A", "del DECRETO DE ALCALDÍA N° 001-2026-MDP/A"),
    ("ORDENANZA MUNICIPAL N° 003-2026-MDP/CM", "de la ORDENANZA MUNICIPAL N° 003-2026-MDP/CM"),
])
def test_of_whom_puts_the_article(requester, expected):
    assert of_whom(requester).replace(NBSP, " ") == expected
