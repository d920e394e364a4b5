"""The shared report template: escaping, page numbers, metadata, embedded fonts only."""

import datetime as dt
import io
import subprocess

from pypdf import PdfReader
from reportlab import rl_config
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table

from pisac_desktop.reports import fonts
from pisac_desktop.reports.audit_report import AuditChange, AuditReportRow, audit_report_pdf
from pisac_desktop.reports.base import build_pdf, styles
from pisac_desktop.reports.text import escape
from tests.conftest import needs_tool

INSTITUTION = "Municipalidad Distrital de Pisac"


def _text(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]


def test_escape():
    assert escape("a<b>&c\nd") == "a&lt;b&gt;&amp;c<br/>d"
    assert escape("x\r\ny\rz") == "x<br/>y<br/>z"
    assert escape("&amp;") == "&amp;amp;"
    assert escape(None) == "" and escape(45) == "45"
    assert escape("tab\there\x00\x07") == "tab here"


def test_user_text_prints_literally():
    body = styles()["body"]
    typed = "Pedido de <b>Juan</b> & <i>María</i> <font size=40>x</font>\nsegunda línea <b>&"
    pdf = build_pdf([Paragraph(escape(typed), body)], title="Prueba", institution=INSTITUTION)
    text = _text(pdf)[0]
    assert "Pedido de <b>Juan</b> & <i>María</i> <font size=40>x</font>" in text
    assert "segunda línea" in text
    assert "<b>&" in text


def test_page_x_of_y_and_metadata():
    body = styles()["body"]
    pdf = build_pdf([Paragraph("Primera página", body), PageBreak(),
                     Paragraph("Segunda página", body)],
                    title="Documento de prueba", institution=INSTITUTION)
    pages = _text(pdf)
    assert len(pages) == 2
    assert "Página 1 de 2" in pages[0] and "Página 2 de 2" in pages[1]
    assert all(INSTITUTION in page for page in pages)  # the header line
    meta = PdfReader(io.BytesIO(pdf)).metadata
    assert meta.title == "Documento de prueba"
    assert meta.author == INSTITUTION


def test_fonts_register_once_and_become_the_defaults():
    fonts.register_fonts()
    fonts.register_fonts()  # idempotent
    assert rl_config.canvas_basefontname == fonts.SERIF
    assert ParagraphStyle("nueva").fontName == fonts.SERIF
    assert getSampleStyleSheet()["Heading1"].fontName == f"{fonts.SERIF}-Bold"
    assert all(s.fontName.startswith("Liberation") for s in styles().values())


class _CanvasDefaults(Flowable):
    """Draws with whatever font a fresh canvas state has: must be a shipped one."""

    def wrap(self, *_args):
        return (100, 20)

    def draw(self):
        self.canv.drawString(0, 0, "Texto con la fuente inicial del lienzo")


def _font_rows(pdf_path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(pdf_path)], capture_output=True, text=True,
                         check=True).stdout
    return [line.split() for line in out.splitlines()[2:] if line.strip()]


@needs_tool("pdffonts")
def test_only_embedded_liberation_fonts(tmp_path):
    st = styles()
    story = [
        Paragraph("Título en <b>negrita</b>, <i>cursiva</i> y <b><i>ambas</i></b>", st["title"]),
        Paragraph("Texto con tildes: áéíóú ñ Ñ ü N° «comillas» — raya", st["body"]),
        Paragraph("Subtítulo en cursiva", st["subtitle"]),
        Paragraph("Celda <b>negrita</b> <i>cursiva</i>", st["cell"]),
        Table([["celda de texto simple", "otra"]]),  # a plain string: ReportLab's cell font
        _CanvasDefaults(),
        Paragraph("Estilo de ejemplo de ReportLab", getSampleStyleSheet()["Normal"]),
    ]
    target = tmp_path / "fuentes.pdf"
    target.write_bytes(build_pdf(story, title="Fuentes", institution=INSTITUTION))
    rows = _font_rows(target)
    assert rows
    for row in rows:
        name, emb = row[0], row[-5]
        assert "Liberation" in name and emb == "yes", row
    names = {row[0].split("+")[-1] for row in rows}
    assert {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic",
            "LiberationSerif-BoldItalic", "LiberationSans", "LiberationSans-Bold",
            "LiberationSans-Italic"} <= names


@needs_tool("pdffonts")
def test_audit_report_uses_only_embedded_fonts(tmp_path):
    target = tmp_path / "auditoria.pdf"
    target.write_bytes(_audit_pdf(3))
    assert all("Liberation" in row[0] and row[-5] == "yes" for row in _font_rows(target))


NOTE = (AuditChange("nota", None, "Resolución <b>& N° 045"),)


def _audit_pdf(rows: int, changes=NOTE):
    data = [AuditReportRow(n, dt.datetime(2026, 11, 21, 10, 32, 5), "mhuillca", "PC-SECRETARIA",
                           "Modificación", "Usuario", str(n), changes)
            for n in range(rows, 0, -1)]
    return audit_report_pdf(data, institution=INSTITUTION, filter_text="todas las entradas",
                            generated_at=dt.datetime(2026, 11, 21, 10, 32))


def test_audit_report_content():
    pages = _audit_pdf(2, (AuditChange("dirección", "Plaza de Armas s/n", "Jr. Bolognesi 123"),
                           AuditChange("nota", None, "<b>&")))
    pages = _text(pages)
    text = pages[0]
    for expected in ("Registro de auditoría", "Filtro: todas las entradas",
                     "Generado el 21 de noviembre de 2026, 10:32", "Entradas: 2", "N°",
                     "Fecha y hora", "Usuario", "Estación", "Acción", "Entidad (id)", "Cambios",
                     "21/11/2026 10:32:05", "PC-SECRETARIA", "Modificación", "Usuario (2)",
                     "dirección: Plaza de Armas s/n → Jr. Bolognesi 123", "nota: <b>&",
                     "Página 1 de 1"):
        assert expected in text, expected


def test_audit_report_long_listing_repeats_header_and_splits_huge_rows():
    many = tuple(AuditChange(f"campo {n}", "antes", "después " * 30) for n in range(90))
    pages = _text(_audit_pdf(40, many[:1]))
    assert len(pages) > 1 and all("Fecha y hora" in p for p in pages)
    assert f"Página {len(pages)} de {len(pages)}" in pages[-1]
    huge = _text(_audit_pdf(1, many))  # one entry taller than a page: split, not an error
    assert len(huge) > 1 and "campo 89" in huge[-1]


def test_empty_audit_report():
    assert "No hay entradas que cumplan el filtro." in _text(_audit_pdf(0))[0]
