"""The page template shared by every printed document.

A4 (portrait or landscape), a header line with the institution's name, a footer with the
document's title and "Página X de Y", and the PDF metadata (title; author = the institution).
Builders hand a list of flowables to build_pdf() and get the PDF bytes back.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from pisac_desktop.reports.fonts import (
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    register_fonts,
)

CREATOR = "Pisac Desktop"
LANG = "es-PE"
RULE_COLOR = colors.HexColor("#7a7a7a")
TEXT_GREY = colors.HexColor("#404040")


@dataclass(frozen=True)
class Margins:
    top: float = 22 * mm  # room for the header line
    bottom: float = 18 * mm  # room for the footer
    left: float = 18 * mm
    right: float = 18 * mm


def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of the printed documents; every one names a shipped font."""
    register_fonts()
    body = ParagraphStyle("body", fontName=SERIF, fontSize=11, leading=14)
    return {
        "body": body,
        "title": ParagraphStyle("title", parent=body, fontName=SERIF_BOLD, fontSize=15,
                                leading=19, alignment=TA_CENTER, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontName=SERIF_ITALIC, fontSize=10,
                                   leading=13, alignment=TA_CENTER, textColor=TEXT_GREY),
        "meta": ParagraphStyle("meta", parent=body, fontName=SANS, fontSize=8.5, leading=11,
                               alignment=TA_LEFT, textColor=TEXT_GREY),
        # Long codes break at their hyphens ("PC-MESA-/PARTES") rather than anywhere.
        "cell": ParagraphStyle("cell", fontName=SANS, fontSize=7.5, leading=9.2,
                               embeddedHyphenation=1, splitLongWords=1),
        "cell_header": ParagraphStyle("cell_header", fontName=SANS_BOLD, fontSize=7.5,
                                      leading=9.2),
    }


class _NumberedCanvas(Canvas):
    """Holds every page until the end, so each footer can say how many pages there are."""

    header_text = ""
    footer_text = ""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_page_decor(number, total)
            super().showPage()
        super().save()

    def _draw_page_decor(self, number: int, total: int) -> None:
        width, height = self._pagesize
        margins = self._margins
        self.saveState()
        # Header: the institution's name over a thin rule.
        top = height - margins.top + 9 * mm
        self.setFont(SERIF_BOLD, 10.5)
        self.setFillColor(colors.black)
        self.drawString(margins.left, top, _one_line(self.header_text))
        self.setStrokeColor(RULE_COLOR)
        self.setLineWidth(0.6)
        self.line(margins.left, top - 2.2 * mm, width - margins.right, top - 2.2 * mm)
        # Footer: the document's title and the page count.
        bottom = margins.bottom - 9 * mm
        self.line(margins.left, bottom + 3.6 * mm, width - margins.right, bottom + 3.6 * mm)
        self.setFont(SANS, 8)
        self.setFillColor(TEXT_GREY)
        self.drawString(margins.left, bottom, _one_line(self.footer_text))
        self.drawRightString(width - margins.right, bottom, f"Página {number} de {total}")
        self.restoreState()


def _one_line(text: str) -> str:
    return " ".join((text or "").split())


def build_pdf(
    story: Sequence[Flowable],
    *,
    title: str,
    institution: str,
    subject: str = "",
    landscape_mode: bool = False,
    margins: Margins | None = None,
) -> bytes:
    """Lay out `story` on A4 pages with the shared header and footer; return the PDF bytes."""
    register_fonts()
    margins = margins or Margins()
    pagesize = landscape(A4) if landscape_mode else A4
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=margins.left,
        rightMargin=margins.right,
        topMargin=margins.top,
        bottomMargin=margins.bottom,
        title=title,
        author=institution,
        subject=subject or title,
        creator=CREATOR,
        producer=CREATOR,
        lang=LANG,
        displayDocTitle=True,
        initialFontName=SERIF,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=pagesize)])

    canvas_class = type("NumberedCanvas", (_NumberedCanvas,), {
        "header_text": institution,
        "footer_text": title,
        "_margins": margins,
    })
    doc.build(list(story), canvasmaker=canvas_class)
    return buffer.getvalue()
