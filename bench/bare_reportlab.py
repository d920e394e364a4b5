"""The yardstick of the printing scenario: the same resolution's page laid out with plain
ReportLab, as a short script would do it, with the same fonts (the shipped Liberation TTFs,
registered once), the same crest (decoded once), the same text, sizes and margins, and the same
verification QR, drawn with ReportLab's own QrCodeWidget. What it leaves out is what the
application adds on top: "Página X de Y" (pages held until the end), the sanitising of user
text, the signatures kept with the last article, the corner stamps.

bench/run.py reports render_instrument() time over this one's ("razón a ReportLab sin más")."""

from __future__ import annotations

import io
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer
from reportlab.platypus.tables import Table

from pisac_desktop.paths import resource
from pisac_desktop.reports.instrument import InstrumentDoc

SERIF, BOLD, ITALIC = "BareSerif", "BareSerif-Bold", "BareSerif-Italic"


@lru_cache(maxsize=1)
def _fonts() -> None:
    for name, style in ((SERIF, "Regular"), (BOLD, "Bold"), (ITALIC, "Italic")):
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", f"LiberationSerif-{style}.ttf"))))
    pdfmetrics.registerFontFamily(SERIF, normal=SERIF, bold=BOLD, italic=ITALIC, boldItalic=BOLD)


@lru_cache(maxsize=4)
def _crest(data: bytes) -> ImageReader:
    return ImageReader(io.BytesIO(data))


def _styles() -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("body", fontName=SERIF, fontSize=11, leading=14.5, alignment=TA_JUSTIFY,
                          spaceAfter=6)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=13, leading=16,
                                alignment=TA_CENTER, spaceAfter=2),
        "centre": ParagraphStyle("centre", parent=body, alignment=TA_CENTER),
        "heading": ParagraphStyle("heading", parent=body, fontName=BOLD, spaceBefore=6),
    }


def _lines(text: str) -> list[str]:
    return [line for line in (text or "").splitlines() if line.strip()]


def render_bare(doc: InstrumentDoc, qr: bool = True) -> bytes:
    """One resolution as plain ReportLab renders it (see the module's docstring)."""
    _fonts()
    st = _styles()
    letterhead = doc.letterhead
    story = [Paragraph(escape(doc.title), st["title"]),
             Paragraph(escape(doc.place_date), st["centre"]), Spacer(1, 6)]
    summary = " ".join(_lines(doc.summary))
    if summary:
        story.append(Table([[Paragraph(f"<b>Sumilla:</b> {escape(summary)}", st["body"])]],
                           colWidths=[95 * mm], hAlign="RIGHT",
                           style=[("BOX", (0, 0), (-1, -1), 0.6, "black")]))
    for line in _lines(doc.issuer):
        story.append(Paragraph(escape(line), st["body"]))
    if _lines(doc.seen):
        story.append(Paragraph("VISTO:", st["heading"]))
        story += [Paragraph(escape(line), st["body"]) for line in _lines(doc.seen)]
    if doc.whereas:
        story.append(Paragraph("CONSIDERANDO:", st["heading"]))
        story += [Paragraph(escape(line), st["body"]) for w in doc.whereas for line in _lines(w)]
    story += [Paragraph(escape(line), st["body"]) for line in _lines(doc.legal_basis)]
    story.append(Paragraph("SE RESUELVE:", st["heading"]))
    for label, text in doc.articles:
        for n, line in enumerate(_lines(text)):
            lead = f"<b>{escape(label)}</b> " if n == 0 and label else ""
            story.append(Paragraph(lead + escape(line), st["body"]))
    story += [Paragraph(escape(line), st["body"]) for line in _lines(doc.closing)]
    story.append(Spacer(1, 18 * mm))
    for signer in doc.signers:
        story += [Paragraph(escape(signer.name), st["centre"]),
                  Paragraph(escape(signer.post), st["centre"])]

    def page(canvas, _doc):
        width, height = A4
        top = height - 11 * mm
        canvas.saveState()
        if letterhead.crest:
            canvas.drawImage(_crest(letterhead.crest), 25 * mm, top - 22 * mm, 22 * mm, 22 * mm,
                             mask="auto", preserveAspectRatio=True)
        canvas.setFont(BOLD, 15)
        canvas.drawCentredString(width / 2 + 2.5 * mm, top - 18, letterhead.institution_name.upper())
        canvas.setFont(ITALIC, 10)
        canvas.drawCentredString(width / 2 + 2.5 * mm, top - 31,
                                 f"Provincia de {letterhead.province} – Departamento de "
                                 f"{letterhead.department}")
        canvas.setFont(SERIF, 8.5)
        canvas.drawCentredString(width / 2 + 2.5 * mm, top - 41.5, letterhead.address)
        canvas.setLineWidth(1.3)
        canvas.line(25 * mm, top - 25 * mm, width - 20 * mm, top - 25 * mm)
        if letterhead.year_name:
            canvas.setFont(ITALIC, 10)
            canvas.drawCentredString(width / 2 + 2.5 * mm, top - 31 * mm,
                                     f"“{letterhead.year_name}”")
        canvas.setFont(SERIF, 8)
        canvas.drawString(25 * mm, 9 * mm, doc.title)
        canvas.drawRightString(width - 34 * mm, 9 * mm, f"Página {canvas.getPageNumber()}")
        if qr and doc.verification:
            widget = QrCodeWidget(doc.verification, barLevel="M")
            widget.barBorder = 0
            left, bottom, right, upper = widget.getBounds()
            size = 12 * mm
            drawing = Drawing(size, size, transform=[size / (right - left), 0, 0,
                                                     size / (upper - bottom), 0, 0])
            drawing.add(widget)
            renderPDF.draw(drawing, canvas, width - 32 * mm, 5 * mm)
        canvas.restoreState()

    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, leftMargin=25 * mm, rightMargin=20 * mm,
                      topMargin=55 * mm, bottomMargin=20 * mm, title=doc.title,
                      initialFontName=SERIF).build(story, onFirstPage=page, onLaterPages=page)
    return buffer.getvalue()
