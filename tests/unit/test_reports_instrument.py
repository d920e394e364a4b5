"""Printed normative documents: the document, its ANULADO and certified versions, the
distribution cargo and the register book (PDF and .xlsx)."""

import dataclasses
import datetime as dt
import io
import re
import subprocess

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from pisac_desktop.paths import resource
from pisac_desktop.reports.instrument import Letterhead, render_instrument
from pisac_desktop.reports.instrument_doc import Annulment, Certification, InstrumentDoc, Signer
from pisac_desktop.reports.registers import (
    DistributionRow,
    DistributionSheet,
    RegisterBook,
    RegisterRow,
    render_distribution_sheet,
    render_register_book_pdf,
    write_register_book_xlsx,
)
from pisac_desktop.reports.text import MISSING_GLYPH, NBSP, escape, printable
from tests.conftest import needs_tool

YEAR_NAME = "Año de la Esperanza y el Fortalecimiento de la Democracia"
NUMBER = "RESOLUCIÓN DE ALCALDÍA N° 045-2026-MDP/A"
MAYOR = Signer("Prof. Julián Quispe Huamán", "ALCALDE")
SECRETARY = Signer("Abg. María Huillca Condori", "SECRETARIA GENERAL")


@pytest.fixture(scope="module")
def letterhead():
    return Letterhead(
        "Municipalidad Distrital de Pisac", address="Plaza de Armas s/n", city="Pisac",
        province="Calca", department="Cusco", ruc="20170945654", phone="084-203090",
        email="mesadepartes@munipisac.gob.pe",
        crest=resource("icons", "escudo-provisional.png").read_bytes(), year_name=YEAR_NAME)


@pytest.fixture(scope="module")
def resolution(letterhead):
    return InstrumentDoc(
        letterhead=letterhead, title=NUMBER, place_date="Pisac, 21 de noviembre de 2026",
        summary="Designar al supervisor de la obra de la calle Mariscal Castilla.",
        issuer="EL ALCALDE DE LA MUNICIPALIDAD DISTRITAL DE PISAC",
        seen="El Informe N° 112-2026-GDUR-MDP y el Informe Legal N° 087-2026-OAJ-MDP; y,",
        whereas=[
            "Que, conforme al artículo 194 de la Constitución Política del Perú, las "
            "municipalidades tienen autonomía política, económica y administrativa;",
            "Que, con Informe Legal N° 087-2026-OAJ-MDP, la Oficina de Asesoría Jurídica "
            "opina que resulta procedente;",
        ],
        legal_basis="Estando a lo expuesto y en uso de las atribuciones conferidas por el "
                    "numeral 6 del artículo 20 de la Ley N° 27972, Ley Orgánica de "
                    "Municipalidades;",
        articles=[("ARTÍCULO PRIMERO.-", "DESIGNAR al Ing. Rolando Mamani Ccori como supervisor."),
                  ("ARTÍCULO SEGUNDO.-", "ENCARGAR a la Gerencia Municipal su cumplimiento."),
                  ("ARTÍCULO TERCERO.-", "NOTIFICAR la presente resolución al interesado.")],
        closing="REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE.",
        signers=[MAYOR],
        copy_to=["Gerencia Municipal", "Archivo"],
        references="Expediente N° 2026-001234",
    )


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def _flat(text: str) -> str:
    """Whitespace (line breaks from justification, the N° non-breaking space) as one space."""
    return " ".join(text.split())


def _all(pdf: bytes) -> str:
    return _flat("\n".join(_pages(pdf)))


# --- text helper ---------------------------------------------------------------------------------

def test_printable_replaces_what_the_fonts_lack_visibly():
    assert printable("Emoji 😀 y chino 漢字") == f"Emoji {MISSING_GLYPH} y chino {MISSING_GLYPH * 2}"
    assert printable("❤️") == MISSING_GLYPH  # the emoji selector goes with it
    assert printable("a\u0301") == "á"  # decomposed accents are composed, not boxed
    assert printable("áéíóú ñÑ ü «» “” – — … ° º · € N°") == "áéíóú ñÑ ü «» “” – — … ° º · € N°"
    assert printable("Ley N° 27972, Nº 3, N.° 4, Nro. 5") == (
        f"Ley N°{NBSP}27972, Nº{NBSP}3, N.°{NBSP}4, Nro.{NBSP}5")
    assert escape("<b>N° 1 & 😀</b>") == f"&lt;b&gt;N°{NBSP}1 &amp; {MISSING_GLYPH}&lt;/b&gt;"
    assert printable(None) == ""


# --- the document ----------------------------------------------------------------------------

def test_resolution_prints_every_part(resolution):
    pdf = render_instrument(resolution)
    pages = _pages(pdf)
    raw = "\n".join(pages)
    assert "\n RESOLUCIÓN DE ALCALDÍA N° 045-2026-MDP/A\n" in raw  # exact string, one line
    text = _flat(raw)
    for expected in (
        NUMBER, "MUNICIPALIDAD DISTRITAL DE PISAC", "Provincia de Calca – Departamento de Cusco",
        "Plaza de Armas s/n – Pisac", "RUC 20170945654", f"“{YEAR_NAME}”",
        "Pisac, 21 de noviembre de 2026",
        "Sumilla: Designar al supervisor de la obra de la calle Mariscal Castilla.",
        "Referencia: Expediente N° 2026-001234",
        "EL ALCALDE DE LA MUNICIPALIDAD DISTRITAL DE PISAC", "VISTO: El Informe N° 112-2026",
        "CONSIDERANDO: Que, conforme al artículo 194", "Que, con Informe Legal N° 087-2026-OAJ-MDP",
        "Estando a lo expuesto y en uso de las atribuciones",
        "SE RESUELVE: ARTÍCULO PRIMERO.- DESIGNAR al Ing. Rolando Mamani Ccori",
        "ARTÍCULO SEGUNDO.- ENCARGAR", "ARTÍCULO TERCERO.- NOTIFICAR",
        "REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE. Prof. Julián Quispe Huamán ALCALDE",
        "c.c.: Gerencia Municipal Archivo",
    ):
        assert expected in text, expected
    assert "ANULADO" not in text and "CERTIFICO" not in text
    assert all(f"Página {n} de {len(pages)}" in page for n, page in enumerate(pages, 1))
    assert all(f"“{YEAR_NAME}”" in page for page in pages)  # the letterhead on every page
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta.title == NUMBER and meta.author == "Municipalidad Distrital de Pisac"


def test_headings_of_each_kind(resolution):
    ordinance = dataclasses.replace(
        resolution, style="ordinance", title="ORDENANZA MUNICIPAL N° 003-2026-MDP/CM",
        summary="Ordenanza que aprueba el Reglamento de Comercio Ambulatorio",
        seen="El Concejo Municipal, en Sesión Ordinaria N° 05-2026;",
        closing="REGÍSTRESE, COMUNÍQUESE, PUBLÍQUESE Y CÚMPLASE.", signers=[MAYOR, SECRETARY])
    text = _all(render_instrument(ordinance))
    for expected in ("ORDENANZA MUNICIPAL N° 003-2026-MDP/CM", "POR CUANTO: El Concejo Municipal",
                     "CONSIDERANDO:", "HA DADO LA SIGUIENTE: ORDENANZA QUE APRUEBA EL REGLAMENTO "
                     "DE COMERCIO AMBULATORIO ARTÍCULO PRIMERO.-",
                     "POR TANTO: REGÍSTRESE, COMUNÍQUESE, PUBLÍQUESE Y CÚMPLASE.",
                     "Abg. María Huillca Condori", "SECRETARIA GENERAL"):
        assert expected in text, expected
    assert "VISTO:" not in text and "SE RESUELVE" not in text
    for summary in ("", "Aprobar el reglamento"):  # no name to print
        unnamed = dataclasses.replace(ordinance, summary=summary)
        text = _all(render_instrument(unnamed))
        assert "HA DADO LA SIGUIENTE ORDENANZA: ARTÍCULO PRIMERO" in text
    named = dataclasses.replace(ordinance, operative_title="ORDENANZA QUE REGULA EL MERCADO")
    assert "HA DADO LA SIGUIENTE: ORDENANZA QUE REGULA EL MERCADO ARTÍCULO PRIMERO" in _all(
        render_instrument(named))

    for style, heading in (("agreement", "ACUERDA:"), ("decree", "DECRETA:")):
        text = _all(render_instrument(dataclasses.replace(resolution, style=style)))
        assert f"{heading} ARTÍCULO PRIMERO.-" in text and "SE RESUELVE" not in text
    text = _all(render_instrument(dataclasses.replace(
        resolution, operative_heading="SE RESUELVE EN DEFINITIVA:", seen_heading="VISTOS:")))
    assert "SE RESUELVE EN DEFINITIVA: ARTÍCULO PRIMERO" in text and "VISTOS: El Informe" in text

    directive = InstrumentDoc(
        letterhead=resolution.letterhead, style="directive", title="DIRECTIVA N° 001-2026-GM-MDP",
        place_date="Pisac, 3 de marzo de 2026",
        summary="Normas para el uso de vehículos de la municipalidad",
        articles=[("OBJETIVO", "Establecer normas."), ("FINALIDAD", "Garantizar el buen uso."),
                  ("5.1 Disposición numerada", "Ya trae su número."),
                  ("ARTÍCULO CUARTO.-", "Un artículo dentro de la directiva.")],
        signers=[Signer("CPC. Ana Ccahuana Ttito", "GERENTE MUNICIPAL")])
    text = _all(render_instrument(directive))
    for expected in ("DIRECTIVA N° 001-2026-GM-MDP",
                     "NORMAS PARA EL USO DE VEHÍCULOS DE LA MUNICIPALIDAD",
                     "I. OBJETIVO Establecer normas.", "II. FINALIDAD Garantizar el buen uso.",
                     "5.1 Disposición numerada Ya trae su número.",
                     "Ya trae su número. ARTÍCULO CUARTO.- Un artículo"):
        assert expected in text, expected
    # Not a resolution: approved by one, so neither its headings nor a signature block.
    for absent in ("Sumilla", "VISTO", "CONSIDERANDO", "SE RESUELVE", "GERENTE MUNICIPAL",
                   "Pisac, 3 de marzo"):
        assert absent not in text, absent

    with pytest.raises(ValueError, match="Estilo de documento desconocido"):
        dataclasses.replace(resolution, style="memo")


def test_annulled_version(resolution):
    annulled = dataclasses.replace(resolution, annulment=Annulment(
        "Error en la identificación del profesional <designado> & otros.",
        "RESOLUCIÓN DE ALCALDÍA N° 050-2026-MDP/A", "30 de noviembre de 2026"))
    pages = _pages(render_instrument(annulled))
    assert len(pages) >= 1
    assert all("ANULADO" in page for page in pages)  # the mark on every page
    text = _flat("\n".join(pages))
    assert ("DOCUMENTO ANULADO Anulado por RESOLUCIÓN DE ALCALDÍA N° 050-2026-MDP/A, de fecha "
            "30 de noviembre de 2026. Motivo: Error en la identificación del profesional "
            "<designado> & otros.") in text
    assert NUMBER in text  # it keeps its number
    bare = dataclasses.replace(resolution, annulment=Annulment("Duplicado."))
    assert "Anulado. Motivo: Duplicado." in _all(render_instrument(bare))


def test_certified_copy(resolution):
    certified = dataclasses.replace(resolution, certification=Certification(
        SECRETARY, "Pisac, 22 de noviembre de 2026", requested_by="Ing. Rolando Mamani Ccori",
        copy_number=1, copy_count=2, document_date="21 de noviembre de 2026"))
    pages = _pages(render_instrument(certified))
    assert all("COPIA\nCERTIFICADA" in page or "COPIA CERTIFICADA" in page for page in pages)
    last = _flat(pages[-1])
    folios = f"{len(pages)} folio" + ("s" if len(pages) > 1 else "")
    assert ("CERTIFICO: Que la presente es copia fiel del original de la RESOLUCIÓN DE ALCALDÍA "
            "N° 045-2026-MDP/A, de fecha 21 de noviembre de 2026, que obra en el archivo de "
            "esta Secretaría General, al que me remito en caso necesario. La copia consta de "
            f"{folios}, numerados y sellados. Se expide a solicitud de Ing. Rolando Mamani "
            "Ccori. Copia N° 1 de 2.") in last.replace(NBSP, " ")
    assert "Pisac, 22 de noviembre de 2026 Abg. María Huillca Condori SECRETARIA GENERAL" in last
    # A copy of a signed original: who signed it, not a blank line to sign again.
    assert "(Fdo.) Prof. Julián Quispe Huamán — ALCALDE" in _flat("\n".join(pages))


def test_hostile_text_prints_literally(resolution):
    hostile = "Pedido de <b>Juan</b> & <i>María</i> &amp; \"dobles\" 'simples' tab\taquí ]]> <br/>"
    doc = dataclasses.replace(resolution, summary=hostile, seen=hostile,
                              whereas=[f"Que, {hostile};"],
                              articles=[("ARTÍCULO PRIMERO.- <b>", hostile)],
                              signers=[Signer("Juan <Pérez> & Hijos", "ALCALDE & <jefe>")])
    text = _all(render_instrument(doc))
    literal = "Pedido de <b>Juan</b> & <i>María</i> &amp; \"dobles\" 'simples' tab aquí ]]> <br/>"
    assert f"Sumilla: {literal}" in text
    assert f"VISTO: {literal}" in text
    assert f"Que, {literal};" in text
    assert f"ARTÍCULO PRIMERO.- <b> {literal}" in text
    assert "Juan <Pérez> & Hijos ALCALDE & <jefe>" in text


def test_long_texts_are_complete(resolution):
    words = [f"p{n:04d}" for n in range(900)]  # about 5,400 characters, one paragraph
    long_paragraph = "Que, " + " ".join(words) + ";"
    assert len(long_paragraph) > 5000
    long_word = "Supercalifragilístico" * 40  # 840 characters without a space
    doc = dataclasses.replace(resolution, whereas=[f"Que, {long_word};", long_paragraph])
    pages = _pages(render_instrument(doc))
    text = "\n".join(pages)
    tokens = set(re.findall(r"p\d{4}", text))
    assert tokens == set(words)  # nothing dropped
    assert long_word in "".join(text.split())  # broken across lines, all there


def test_giant_boxed_parts_split_across_pages_and_lose_nothing(resolution, letterhead):
    """Text in a box or a table cell (sumilla, annulment note, certification, signature,
    cargo rows) taller than a page splits across pages instead of failing."""
    def giant(tag):
        return " ".join(f"{tag}{n:04d}" for n in range(700))

    doc = dataclasses.replace(
        resolution, summary=giant("s"), signers=[Signer(giant("f"), "ALCALDE")],
        annulment=Annulment(giant("a"), "RESOLUCIÓN DE ALCALDÍA N° 050-2026-MDP/A"),
        certification=Certification(SECRETARY, "Pisac, 22 de noviembre de 2026",
                                    requested_by=giant("c")))
    text = "\n".join(_pages(render_instrument(doc)))
    for tag in "safc":
        assert len(set(re.findall(rf"\b{tag}\d{{4}}\b", text))) == 700, tag
    sheet = DistributionSheet(letterhead, NUMBER, [giant("u"), "Archivo"])
    text = "\n".join(_pages(render_distribution_sheet(sheet)))
    assert len(set(re.findall(r"\bu\d{4}\b", text))) == 700 and "Archivo" in text


def test_thirty_pages_of_whereas(resolution):
    many = [f"Que, considerando número {n}: " + "texto de sustento normativo, " * 40
            for n in range(150)]
    pages = _pages(render_instrument(dataclasses.replace(resolution, whereas=many)))
    assert len(pages) >= 30
    assert f"Página {len(pages)} de {len(pages)}" in pages[-1]
    assert "considerando número 149:" in _flat("\n".join(pages))
    assert "Prof. Julián Quispe Huamán" in pages[-1] and "ALCALDE" in pages[-1]


def test_number_sign_and_number_share_a_line(resolution):
    """Wherever the line ends, "N°" is never the last thing on it."""
    whereas = [f"Que, {'x' * (k % 9)} " + "palabra " * (k // 3) + "según la Ley N° 27972;"
               for k in range(70)]
    text = "\n".join(_pages(render_instrument(dataclasses.replace(resolution, whereas=whereas))))
    assert text.count("N° 27972;") == 70
    assert re.search(r"Ley\s*\nN° 27972;", text)  # a line did end there: before "N°"
    assert not re.search(r"N°\s*\n", text)


def test_characters_the_fonts_lack_print_as_a_box(resolution):
    doc = dataclasses.replace(resolution, seen="Informe 😀 del 漢字 señor ❤️ fin")
    text = _all(render_instrument(doc))
    assert f"VISTO: Informe {MISSING_GLYPH} del {MISSING_GLYPH}{MISSING_GLYPH} señor " \
           f"{MISSING_GLYPH} fin" in text


def test_signatures_stay_with_the_closing_and_some_text(resolution):
    """Whatever the length, the page with the closing formula has the signature and the last
    article on it: the signature never stands alone."""
    filler = "Que, " + "texto de considerando que ocupa líneas, " * 12 + ";"
    for count in range(1, 14):
        doc = dataclasses.replace(resolution, whereas=[filler] * count)
        pages = [_flat(p) for p in _pages(render_instrument(doc))]
        closing = [p for p in pages if "REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE." in p]
        assert len(closing) == 1, count
        assert "Prof. Julián Quispe Huamán ALCALDE" in closing[0], count
        assert "ARTÍCULO TERCERO.- NOTIFICAR" in closing[0], count
        assert "c.c.: Gerencia Municipal Archivo" in closing[0], count


def test_minimal_and_odd_inputs(letterhead):
    named_city = dataclasses.replace(letterhead, address="Plaza de Armas s/n, Pisac")
    text = _all(render_instrument(InstrumentDoc(named_city, NUMBER, "")))
    assert "Plaza de Armas s/n, Pisac RUC" in text  # the city is not repeated
    bare = Letterhead("Municipalidad Distrital de Pisac")
    doc = InstrumentDoc(letterhead=bare, title="DECRETO DE ALCALDÍA N° 002-2026-MDP/A",
                        place_date="", style="decree")
    text = _all(render_instrument(doc))
    assert "DECRETO DE ALCALDÍA N° 002-2026-MDP/A" in text and "“" not in text
    broken_crest = dataclasses.replace(letterhead, crest=b"not an image",
                                       year_name="Año " + "muy largo " * 30)
    lists = InstrumentDoc(broken_crest, NUMBER, "Pisac, 1 de enero de 2026",
                          whereas=["Que, uno;"], articles=[["ARTÍCULO ÚNICO.-", "Texto."]],
                          signers=[MAYOR, SECRETARY, Signer("CPC. Ana Ccahuana Ttito",
                                                            "GERENTE MUNICIPAL")])
    assert lists.articles == (("ARTÍCULO ÚNICO.-", "Texto."),) and isinstance(lists.whereas, tuple)
    text = _all(render_instrument(lists))
    assert "ARTÍCULO ÚNICO.- Texto." in text and "GERENTE MUNICIPAL" in text
    assert "muy largo muy largo" in text


# --- distribution sheet and register book ------------------------------------------------

def test_distribution_sheet(letterhead):
    units = ["Gerencia Municipal", "Secretaría General", "Oficina de Trámite Documentario y "
             "Archivo Central", "Órgano de Control Institucional"] + [
                 f"Unidad <{n}> & cía" for n in range(12)]
    rows = [*units, DistributionRow("Oficina de Administración", "Rosa Quispe Mamani",
                                    "45879632", "22/11/2026", "10:35")]
    sheet = DistributionSheet(letterhead, NUMBER, rows, document_date="21 de noviembre de 2026",
                              summary="Designar al supervisor.", delivered_by="Secretaría General")
    assert all(isinstance(r, DistributionRow) for r in sheet.rows)
    pages = _pages(render_distribution_sheet(sheet))
    assert len(pages) >= 2
    assert all("Unidad orgánica" in p and "DNI" in p and "Firma y sello" in p for p in pages)
    text = _all(render_distribution_sheet(sheet))
    for expected in ("CARGO DE DISTRIBUCIÓN", f"Documento: {NUMBER}",
                     "Fecha: 21 de noviembre de 2026", "Sumilla: Designar al supervisor.",
                     "Distribuye: Secretaría General", "Recibido por (nombres y apellidos)",
                     "Hora", "1 Gerencia Municipal", "2 Secretaría General",
                     "Oficina de Trámite Documentario y Archivo Central",
                     "Unidad <11> & cía", "Oficina de Administración Rosa Quispe Mamani 45879632 "
                     "22/11/2026 10:35", f"Página {len(pages)} de {len(pages)}"):
        assert expected in text, expected
    empty = dataclasses.replace(sheet, rows=())
    assert "No hay unidades orgánicas" in _all(render_distribution_sheet(empty))


def _book(letterhead, count=120):
    rows = [RegisterRow(f"{n:03d}-2026-MDP/A", dt.date(2026, 1 + n % 12, 1 + n % 28),
                        f"Sumilla {n} con <marcas> & acentos: designación", "Emitido")
            for n in range(1, count + 1)]
    rows[4] = RegisterRow("005-2026-MDP/A", "sin fecha", "=HYPERLINK(\"http://x\",\"clic\")",
                          "Anulado")
    return RegisterBook(letterhead, "Resoluciones de Alcaldía", 2026, rows,
                        generated_text="Generado el 21 de noviembre de 2026, 10:32")


def test_register_book_pdf(letterhead):
    pages = _pages(render_register_book_pdf(_book(letterhead)))
    assert len(pages) > 1
    assert all(all(h in p for h in ("Número", "Fecha", "Sumilla", "Estado")) for p in pages)
    text = _flat("\n".join(pages))
    for expected in ("REGISTRO DE RESOLUCIONES DE ALCALDÍA", "Año 2026",
                     "Total: 120 documentos (Anulados: 1, Emitidos: 119).",
                     "Generado el 21 de noviembre de 2026, 10:32",
                     "001-2026-MDP/A 02/02/2026 Sumilla 1 con <marcas> & acentos: designación "
                     "Emitido", "005-2026-MDP/A sin fecha =HYPERLINK(\"http://x\",\"clic\") Anulado",
                     "120-2026-MDP/A", f"Página {len(pages)} de {len(pages)}"):
        assert expected in text, expected
    empty = RegisterBook(letterhead, "Decretos de Alcaldía", 2027)
    assert "No hay documentos registrados" in _all(render_register_book_pdf(empty))


def test_register_book_xlsx(letterhead, tmp_path):
    target = tmp_path / "registro.xlsx"
    write_register_book_xlsx(_book(letterhead), target)
    assert [p.name for p in tmp_path.iterdir()] == ["registro.xlsx"]  # no temporary left
    sheet = load_workbook(target).active
    assert sheet["A1"].value == "MUNICIPALIDAD DISTRITAL DE PISAC"
    assert sheet["A2"].value == "Registro de Resoluciones de Alcaldía – 2026"
    assert [c.value for c in sheet[5]] == ["Número", "Fecha", "Sumilla", "Estado"]
    assert all(c.font.b for c in sheet[5])
    assert sheet.freeze_panes == "A6"
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["B"].width
    first = [c.value for c in sheet[6]]
    assert first == ["001-2026-MDP/A", dt.datetime(2026, 2, 2),
                     "Sumilla 1 con <marcas> & acentos: designación", "Emitido"]
    assert sheet["B6"].is_date and sheet["B6"].number_format == "dd/mm/yyyy"
    fifth = sheet[10]
    assert [c.value for c in fifth] == ["005-2026-MDP/A", "sin fecha",
                                        "=HYPERLINK(\"http://x\",\"clic\")", "Anulado"]
    assert fifth[2].data_type == "s"  # text, never a formula
    assert sheet.max_row == 125
    buffer = io.BytesIO()  # a file object works too
    write_register_book_xlsx(RegisterBook(letterhead, "Decretos de Alcaldía", 2027), buffer)
    assert load_workbook(buffer).active["A2"].value == "Registro de Decretos de Alcaldía – 2027"


# --- fonts ---------------------------------------------------------------------------------------

@needs_tool("pdffonts")
def test_every_font_is_embedded(resolution, letterhead, tmp_path):
    everything = dataclasses.replace(
        resolution, seen="Con 😀 y 漢字",
        annulment=Annulment("Motivo.", "RESOLUCIÓN DE ALCALDÍA N° 050-2026-MDP/A"),
        certification=Certification(SECRETARY, "Pisac, 22 de noviembre de 2026"))
    documents = {
        "documento": render_instrument(everything),
        "cargo": render_distribution_sheet(DistributionSheet(letterhead, NUMBER, ["Archivo"])),
        "registro": render_register_book_pdf(_book(letterhead, 5)),
    }
    for name, pdf in documents.items():
        target = tmp_path / f"{name}.pdf"
        target.write_bytes(pdf)
        out = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True,
                             check=True).stdout
        rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
        assert rows, name
        for row in rows:
            assert "Liberation" in row[0] and row[-5] == "yes", (name, row)


def test_register_book_extra_column_place_date_and_signature(letterhead):
    book = RegisterBook(
        letterhead, "Ordenanzas Municipales", 2026,
        [RegisterRow("001-2026-MDP/CM", dt.date(2026, 2, 5), "Aprobar el reglamento.", "Publicado",
                     dt.date(2026, 2, 8)),
         RegisterRow("002-2026-MDP/CM", dt.date(2026, 4, 6), "Aprobar el uso.", "Emitido",
                     "Pendiente")],
        extra_header="Publicación", place_date="Pisac, 2 de diciembre de 2026",
        signer=SECRETARY)
    text = _flat("\n".join(_pages(render_register_book_pdf(book))))
    assert "Número Fecha Publicación Sumilla Estado" in text
    assert "001-2026-MDP/CM 05/02/2026 08/02/2026 Aprobar el reglamento. Publicado" in text
    assert "Pendiente" in text and "Total: 2 documentos (Emitidos: 1, Publicados: 1)." in text
    assert "Pisac, 2 de diciembre de 2026 Abg. María Huillca Condori SECRETARIA GENERAL" in text
    assert "Generado" not in text
    buffer = io.BytesIO()
    write_register_book_xlsx(book, buffer)
    sheet = load_workbook(buffer).active
    assert [c.value for c in sheet[5]] == ["Número", "Fecha", "Publicación", "Sumilla", "Estado"]
    assert sheet["C6"].value == dt.datetime(2026, 2, 8) and sheet["C7"].value == "Pendiente"
    assert sheet["D6"].value == "Aprobar el reglamento." and sheet.auto_filter.ref == "A5:E7"
