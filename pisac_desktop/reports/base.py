"""The page templates shared by every printed document.

A4 (portrait or landscape) with one of two headers:
- a plain header line with the institution's name (listings such as the audit report), or
- the official letterhead: crest, institution name, province and department, address and
  contacts, a double rule and the official name of the year in quotes, on every page.
A footer with the document's title and "Página X de Y"; optional stamps in the top right corner
("COPIA CERTIFICADA") and a diagonal watermark ("ANULADO") on every page; the PDF metadata
(title; author = the institution). Builders hand a list of flowables to build_pdf() and get the
PDF bytes back.
"""

from __future__ import annotations

import io
import itertools
import logging
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
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
from pisac_desktop.reports.letterhead import (
    TEXT_GREY,
    Letterhead,
    Margins,
    Stamp,
    draw_corner_stamps,
    draw_letterhead,
    fit_size,
    letterhead_margins,
)
from pisac_desktop.reports.text import one_line

CREATOR = "Pisac Desktop"
LANG = "es-PE"
RULE_COLOR = colors.HexColor("#7a7a7a")
ANNULLED_RED = colors.HexColor("#b00000")

log = logging.getLogger(__name__)


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


# --- the letterhead ---------------------------------------------------------------------------


_WATERMARK_PIXELS = 220  # height of the letters in the picture (about 150 dpi at 130 pt)


@lru_cache(maxsize=8)
def _watermark_picture(text: str, rgb: tuple[int, int, int]) -> tuple[ImageReader, float]:
    """The mark as a translucent picture (filled letters, a stronger outline) and its width
    over its height. A picture, not text: pdftotext and pypdf do not read it into the
    document's words ("ANULADO" mixed into the articles)."""
    from PIL import Image, ImageDraw, ImageFont

    from pisac_desktop.paths import resource

    font = ImageFont.truetype(str(resource("fonts", "LiberationSerif-Bold.ttf")),
                              _WATERMARK_PIXELS)
    stroke = max(2, _WATERMARK_PIXELS // 45)
    left, top, right, bottom = font.getbbox(text, stroke_width=stroke)
    pad = stroke * 2
    image = Image.new("RGBA", (right - left + 2 * pad, bottom - top + 2 * pad), (0, 0, 0, 0))
    ImageDraw.Draw(image).text((pad - left, pad - top), text, font=font,
                               fill=(*rgb, 41), stroke_width=stroke, stroke_fill=(*rgb, 140))
    return ImageReader(image), image.width / image.height


def _draw_watermark(canvas: Canvas, stamp: Stamp) -> None:
    """Large outlined diagonal text across the middle of the page, over the content but
    translucent, so the document stays readable and cannot pass for a valid one; drawn as a
    picture, so that the text extracted from the page is the document's alone."""
    width, height = canvas._pagesize
    text = one_line(stamp.text)
    if not text:
        return
    color = stamp.color
    rgb = tuple(round(255 * c) for c in (color.red, color.green, color.blue))
    picture, ratio = _watermark_picture(text, rgb)
    diagonal = (width ** 2 + height ** 2) ** 0.5
    size = min(130.0, 0.62 * diagonal / max(stringWidth(text, SERIF_BOLD, 1), 1))
    picture_width = stringWidth(text, SERIF_BOLD, size) * 1.04
    picture_height = picture_width / ratio
    canvas.saveState()
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45 if width < height else 30)
    canvas.drawImage(picture, -picture_width / 2, -picture_height / 2, picture_width,
                     picture_height, mask="auto")
    canvas.restoreState()


# --- the verification code's QR ------------------------------------------------------------------

QR_SIZE = 12 * mm


def qr_widget(code: str) -> QrCodeWidget:
    """The QR of a verification code: the code itself, as printed (a scanner types it)."""
    widget = QrCodeWidget(code, barLevel="M")
    widget.barBorder = 0
    return widget


@lru_cache(maxsize=64)
def _qr_operators(code: str) -> tuple[int, str]:
    """The QR's module count and the PDF operators filling its dark runs, one rectangle per
    run in module units (row 0 at the top), encoded once per code: every page of a document
    prints the same one."""
    qr = qr_widget(code).qr
    qr.make()
    rects = []
    for row, modules in enumerate(qr.modules):
        column = 0
        for dark, group in itertools.groupby(bool(m) for m in modules):
            length = len(list(group))
            if dark:
                rects.append(f"{column} {row} {length} 1 re")
            column += length
    return qr.getModuleCount(), "\n".join([*rects, "f"])


def draw_qr(canvas: Canvas, code: str, x: float, y: float, size: float = QR_SIZE) -> None:
    """The QR as one filled path of its dark runs: what QrCodeWidget draws, without building,
    rendering and formatting a shape per run (most of a page's time otherwise)."""
    count, operators = _qr_operators(code)
    box = size / count
    canvas.saveState()
    canvas.setFillColor(colors.black)
    canvas.transform(box, 0, 0, -box, x, y + size)  # module units, rows downwards
    canvas.addLiteral(operators)
    canvas.restoreState()


# --- the canvas that knows the page count -------------------------------------------------------

class _NumberedCanvas(Canvas):
    """Holds every page until the end, so each footer can say how many pages there are."""

    header_text = ""
    footer_text = ""
    letterhead: Letterhead | None = None
    watermark: Stamp | None = None
    verification: str | None = None
    first_folio: int | None = None  # an acta in a minute book: each page shows its folio
    page_count = 0

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []

    def showPage(self):  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self):
        type(self).page_count = len(self._pages)
        # Pages are numbered within their group (PageGroup): "Página 1 de 1" on each of a
        # session's summonses printed together; without groups, across the whole document.
        runs: list[list[dict]] = []
        for state in self._pages:
            if runs and runs[-1][0].get("page_group") == state.get("page_group"):
                runs[-1].append(state)
            else:
                runs.append([state])
        index = 0
        for run in runs:
            for number, state in enumerate(run, start=1):
                self.__dict__.update(state)
                self._draw_page_decor(number, len(run), state.get("page_group_footer"),
                                      state.get("page_group_verification"))
                if self.first_folio is not None:
                    self._draw_folio(self.first_folio + index)
                index += 1
                super().showPage()
        super().save()

    def _draw_page_decor(self, number: int, total: int, footer_text: str | None = None,
                         verification: str | None = None) -> None:
        width, height = self._pagesize
        code = verification or self.verification
        margins = self._margins
        self.saveState()
        if self.letterhead is None:
            # Header: the institution's name over a thin rule.
            top = height - margins.top + 9 * mm
            self.setFont(SERIF_BOLD, 10.5)
            self.setFillColor(colors.black)
            self.drawString(margins.left, top, one_line(self.header_text))
            self.setStrokeColor(RULE_COLOR)
            self.setLineWidth(0.6)
            self.line(margins.left, top - 2.2 * mm, width - margins.right, top - 2.2 * mm)
            bottom = margins.bottom - 9 * mm
        else:
            bottom = margins.bottom - 11 * mm
        # Footer: the document's title and the page count; with a verification code, the
        # code under the page count and its QR in the corner, beside both.
        right = width - margins.right
        if code:
            right -= QR_SIZE + 2 * mm
            draw_qr(self, code, width - margins.right - QR_SIZE, bottom - 4 * mm)
        self.setStrokeColor(RULE_COLOR)
        self.setLineWidth(0.6)
        self.line(margins.left, bottom + 3.6 * mm, right, bottom + 3.6 * mm)
        self.setFillColor(TEXT_GREY)
        # Official documents stay in one family (one font fewer to embed: ~5 ms a document).
        font = SANS if self.letterhead is None else SERIF
        pages = f"Página {number} de {total}"
        self.setFont(font, 8)
        self.drawRightString(right, bottom, pages)
        used = stringWidth(pages, font, 8)
        if code:
            label = f"Verificación: {one_line(code)}"
            self.setFont(font, 7)
            self.drawRightString(right, bottom - 3.3 * mm, label)
            used = max(used, stringWidth(label, font, 7))
        room = right - margins.left - used - 6 * mm
        footer = one_line(self.footer_text if footer_text is None else footer_text)
        self.setFont(font, fit_size(footer, font, 8, room))
        self.drawString(margins.left, bottom, footer)
        self.restoreState()
        if self.watermark is not None:
            _draw_watermark(self, self.watermark)


    def _draw_folio(self, folio: int) -> None:
        """"FOLIO N° 36" in the top right corner, as numbered in the minute book."""
        width, height = self._pagesize
        self.saveState()
        self.setFillColor(colors.black)
        self.setFont(SERIF_BOLD, 10)
        self.drawRightString(width - self._margins.right, height - 9 * mm,
                             f"FOLIO N° {folio:03d}")
        self.restoreState()


class PageGroup(Flowable):
    """Starts a group of pages numbered on their own ("Página 1 de 2" of one summons among
    many in one PDF), optionally with its own footer text. Put it first on the group's first
    page (after a PageBreak); it takes no room. `on_draw()` is called as the group starts
    (the progress of a batch; it may raise to stop the build)."""

    def __init__(self, key: object, footer_text: str | None = None,
                 verification: str | None = None, on_draw: Callable[[], object] | None = None):
        super().__init__()
        self.key = key
        self.footer_text = footer_text
        self.verification = verification
        self.on_draw = on_draw

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        if self.on_draw is not None:
            self.on_draw()
        self.canv.page_group = self.key
        self.canv.page_group_footer = self.footer_text
        self.canv.page_group_verification = self.verification


def _metadata(text: str) -> str:
    """Document properties are plain Unicode (no glyphs involved): only whitespace tidied."""
    return " ".join(str(text or "").split())


def build_pdf_counted(
    story: Sequence[Flowable],
    *,
    title: str,
    institution: str,
    subject: str = "",
    landscape_mode: bool = False,
    margins: Margins | None = None,
    letterhead: Letterhead | None = None,
    stamps: Sequence[Stamp] = (),
    watermark: Stamp | None = None,
    footer_text: str | None = None,
    verification: str | None = None,
    page_decor: Callable[[int], tuple[Letterhead, Sequence[Stamp]]] | None = None,
    first_folio: int | None = None,
) -> tuple[bytes, int]:
    """build_pdf() that also returns the number of pages. `page_decor(page_number)` may give
    each page its own letterhead and corner stamps ("Folio 2 de 3"; a certificate's page with
    the year name of its own date); `letterhead` still sets the margins. With `first_folio`,
    each page prints its folio number (first_folio, first_folio + 1, ...), as in a minute book."""
    register_fonts()
    if margins is None:
        margins = (letterhead_margins(letterhead, landscape_mode=landscape_mode)
                   if letterhead is not None else Margins())
    pagesize = landscape(A4) if landscape_mode else A4
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=margins.left,
        rightMargin=margins.right,
        topMargin=margins.top,
        bottomMargin=margins.bottom,
        title=_metadata(title),
        author=_metadata(institution),
        subject=_metadata(subject or title),
        creator=CREATOR,
        producer=CREATOR,
        lang=LANG,
        displayDocTitle=True,
        initialFontName=SERIF,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    on_page = None
    if page_decor is not None:
        def on_page(canvas, _doc):
            page_letterhead, page_stamps = page_decor(canvas.getPageNumber())
            draw_letterhead(canvas, page_letterhead, margins, page_stamps)
    elif letterhead is not None:
        def on_page(canvas, _doc):  # drawn first, so text extraction reads it first
            draw_letterhead(canvas, letterhead, margins, stamps)
    elif stamps:
        def on_page(canvas, _doc):
            width, height = canvas._pagesize
            canvas.saveState()
            draw_corner_stamps(canvas, stamps, width - margins.right,
                                height - margins.top + 17 * mm, 30 * mm)
            canvas.restoreState()
    template = PageTemplate(id="page", frames=[frame], pagesize=pagesize,
                            **({"onPage": on_page} if on_page else {}))
    doc.addPageTemplates([template])

    canvas_class = type("NumberedCanvas", (_NumberedCanvas,), {
        "header_text": institution,
        "footer_text": title if footer_text is None else footer_text,
        "letterhead": letterhead,
        "watermark": watermark,
        "verification": verification,
        "first_folio": first_folio,
        "_margins": margins,
    })
    doc.build(list(story), canvasmaker=canvas_class)
    return buffer.getvalue(), canvas_class.page_count


def build_pdf(story: Sequence[Flowable], **options: Any) -> bytes:
    """Lay out `story` on A4 pages with the shared header (or `letterhead`) and footer;
    `stamps` go in the top right corner and `watermark` across every page; `verification`
    (a code such as 'MDP-7K3Q-9XW2') prints in the footer with its QR. Takes the keyword
    options of build_pdf_counted (title and institution required). Returns the PDF."""
    return build_pdf_counted(story, **options)[0]
