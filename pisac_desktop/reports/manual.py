"""The user manual in PDF, built from the help pages (docs/ayuda) and their screenshots.

Title page, table of contents, the index's introduction, then every page of the help in the
index's order, one chapter per `##` heading of indice.md, each page on a new sheet. Links to
another page print as «Expedientes (pág. 12)». The page numbers come from a first layout: the
story is laid out again with them until they no longer move (twice in practice).
Nothing is stored: the program builds it when asked (Ayuda › Manual de usuario), and
`python tools/build_manual.py` writes it for the project.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Image,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from pisac_desktop.paths import resource
from pisac_desktop.reports import help_pages
from pisac_desktop.reports.base import RULE_COLOR, build_pdf_counted, styles
from pisac_desktop.reports.fonts import SANS, SANS_BOLD
from pisac_desktop.reports.help_pages import Block, HelpPage
from pisac_desktop.reports.letterhead import TEXT_GREY
from pisac_desktop.reports.text import escape

TITLE = "Manual de usuario"
PRODUCT = "Pisac Desktop — Gestión Municipal"
FRAME_WIDTH = 170 * mm  # A4 less the default margins
MAX_IMAGE_HEIGHT = 120 * mm
NOTE_BACKGROUND = colors.HexColor("#eef4fb")
NOTE_BORDER = colors.HexColor("#9ec5fe")
MAX_LAYOUTS = 4


class _Mark(Flowable):
    """Takes no room; notes the page it lands on (for the contents and the links)."""

    def __init__(self, key: str, found: dict[str, int], on_draw: Callable[[], object] | None):
        super().__init__()
        self.key = key
        self.found = found
        self.on_draw = on_draw

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.found[self.key] = self.canv.getPageNumber()
        if self.on_draw is not None:
            self.on_draw()


class _Placeholder(Flowable):
    """A picture's room in a draft layout (drawing pictures is most of the time)."""

    def __init__(self, width: float, height: float):
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, available_width, available_height):
        return self.width, self.height

    def draw(self):
        pass


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()
    body = ParagraphStyle("manual_body", parent=base["body"], fontSize=10.5, leading=14,
                          spaceAfter=5)
    heading = ParagraphStyle("manual_h1", parent=body, fontName=SANS_BOLD, fontSize=17,
                             leading=21, spaceBefore=0, spaceAfter=8)
    return {
        "body": body,
        "cover_title": ParagraphStyle("cover_title", parent=body, fontName=SANS_BOLD,
                                      fontSize=30, leading=36, alignment=TA_CENTER),
        "cover": ParagraphStyle("cover", parent=body, fontName=SANS, fontSize=14, leading=19,
                                alignment=TA_CENTER, textColor=TEXT_GREY),
        "chapter": ParagraphStyle("manual_chapter", parent=heading, fontSize=22, leading=27,
                                  spaceAfter=12, textColor=colors.HexColor("#1f3b5c")),
        "h1": heading,
        "h2": ParagraphStyle("manual_h2", parent=body, fontName=SANS_BOLD, fontSize=12.5,
                             leading=16, spaceBefore=8, spaceAfter=4),
        "h3": ParagraphStyle("manual_h3", parent=body, fontName=SANS_BOLD, fontSize=11,
                             leading=14, spaceBefore=6, spaceAfter=3),
        "item": ParagraphStyle("manual_item", parent=body, leftIndent=7 * mm,
                               bulletIndent=2 * mm, spaceAfter=3),
        "caption": ParagraphStyle("manual_caption", parent=body, fontName=SANS, fontSize=8.5,
                                  leading=11, alignment=TA_CENTER, textColor=TEXT_GREY),
        "toc_chapter": ParagraphStyle("toc_chapter", parent=body, fontName=SANS_BOLD,
                                      fontSize=10.5, leading=13, spaceAfter=0),
        "toc": ParagraphStyle("toc", parent=body, fontSize=10, leading=11.2, spaceAfter=0,
                              leftIndent=6 * mm),
    }


class _Writer:
    """One layout of the manual, with the page numbers of the previous one (or none yet)."""

    def __init__(self, pages: dict[str, HelpPage], numbers: dict[str, int], draft: bool,
                 progress: Callable[[int, int], object] | None = None):
        self.pages = pages
        self.numbers = numbers
        self.draft = draft  # pictures as empty boxes of their size: only the page numbers count
        self.progress = progress
        self.found: dict[str, int] = {}
        self.style = _styles()
        self.drawn = 0

    def mark(self, key: str, counted: bool = False) -> _Mark:
        return _Mark(key, self.found, self._drawn if counted and self.progress else None)

    def _drawn(self) -> None:
        self.drawn += 1
        self.progress(self.drawn, len(self.pages))

    # --- inline text --------------------------------------------------------------------------
    def inline(self, text: str) -> str:
        return help_pages.render_inline(
            text, escape,
            bold=lambda s: f"<b>{s}</b>",
            italic=lambda s: f"<i>{s}</i>",
            key=lambda s: f'<font name="{SANS_BOLD}" size="9.5">{s}</font>',
            link=self._link)

    def _link(self, label: str, href: str) -> str:
        key = help_pages.link_key(href)
        if key is None:
            return f'{label} (<font name="{SANS}" size="9">{escape(href)}</font>)'
        if key not in self.pages:
            return label
        # Two digits until the numbers are known; the drafts go on until the numbers (and so
        # the lines) stay the same.
        number = self.numbers.get(key, "00")
        return f"<i>{label}</i> (pág.&nbsp;{number})"

    # --- blocks -------------------------------------------------------------------------------
    def blocks(self, page: HelpPage) -> list[Flowable]:
        out: list[Flowable] = []
        for block in page.blocks:
            out.extend(self.block(block, page))
        return out

    def block(self, block: Block, page: HelpPage) -> list[Flowable]:
        style = self.style
        if block.kind in ("h2", "h3"):
            return [CondPageBreak(30 * mm), Paragraph(self.inline(block.text), style[block.kind])]
        if block.kind == "p":
            return [Paragraph(self.inline(block.text), style["body"])]
        if block.kind in ("ul", "ol"):
            return [Paragraph(self.inline(item), style["item"],
                              bulletText="•" if block.kind == "ul" else f"{n}.")
                    for n, item in enumerate(block.items, start=1)]
        if block.kind == "note":
            cell = Paragraph(self.inline(block.text), style["body"])
            table = Table([[cell]], colWidths=[FRAME_WIDTH])
            table.setStyle(TableStyle([
                ("BACKGROUND", (0, 0), (-1, -1), NOTE_BACKGROUND),
                ("LINEBEFORE", (0, 0), (0, -1), 2.5, NOTE_BORDER),
                ("LEFTPADDING", (0, 0), (-1, -1), 4 * mm),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5 * mm),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1 * mm),
            ]))
            return [table, Spacer(1, 3 * mm)]
        if block.kind == "image":
            return [self.image(page.folder / block.src, block.text)]
        return []

    def image(self, path: Path, caption: str) -> Flowable:
        width, height = ImageReader(str(path)).getSize()
        scale = min(FRAME_WIDTH / width, MAX_IMAGE_HEIGHT / height)
        picture = (_Placeholder(width * scale, height * scale) if self.draft
                   else Image(str(path), width * scale, height * scale))
        picture.hAlign = "CENTER"
        frame = Table([[picture]], colWidths=[width * scale + 1])
        frame.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 0.5, RULE_COLOR),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]))
        parts: list[Flowable] = [Spacer(1, 2 * mm), frame]
        if caption:
            parts.append(Spacer(1, 1.5 * mm))
            parts.append(Paragraph(self.inline(caption), self.style["caption"]))
        parts.append(Spacer(1, 4 * mm))
        return KeepTogether(parts)

    # --- the parts of the manual ----------------------------------------------------------------
    def cover(self, version: str, institution: str) -> list[Flowable]:
        style = self.style
        icon = Image(str(resource("icons", "pisac-desktop.png")), 32 * mm, 32 * mm)
        return [
            Spacer(1, 45 * mm), icon, Spacer(1, 12 * mm),
            Paragraph(TITLE, style["cover_title"]), Spacer(1, 6 * mm),
            Paragraph(escape(PRODUCT), style["cover"]), Spacer(1, 3 * mm),
            Paragraph(escape(institution), style["cover"]), Spacer(1, 3 * mm),
            Paragraph(f"Versión {escape(version)}", style["cover"]), Spacer(1, 40 * mm),
            Paragraph("Este manual reúne la ayuda que el programa muestra con la tecla F1 en "
                      "cada pantalla, en el orden de sus módulos y secciones, con sus imágenes.",
                      style["caption"]),
            PageBreak(),
        ]

    def contents(self, chapters: list[help_pages.Chapter], intro_title: str) -> list[Flowable]:
        style = self.style
        rows = [[Paragraph(escape(intro_title), style["toc_chapter"]),
                 self._number("intro", style["toc_chapter"])]]
        commands = []
        for c, chapter in enumerate(chapters, start=1):
            commands.append(("TOPPADDING", (0, len(rows)), (-1, len(rows)), 6))
            rows.append([Paragraph(f"{c}. {escape(chapter.title)}", style["toc_chapter"]),
                         self._number(f"chapter-{c}", style["toc_chapter"])])
            for p, key in enumerate(chapter.keys, start=1):
                rows.append([Paragraph(f"{c}.{p}&nbsp;&nbsp;{escape(self.pages[key].title)}",
                                       style["toc"]), self._number(key, style["toc"])])
        table = Table(rows, colWidths=[FRAME_WIDTH - 16 * mm, 16 * mm], repeatRows=0)
        table.setStyle(TableStyle([
            ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
            *commands,
        ]))
        return [Paragraph("Contenido", style["chapter"]), table, PageBreak()]

    def _number(self, key: str, style: ParagraphStyle) -> Paragraph:
        return Paragraph(f'<para alignment="right">{self.numbers.get(key, 0)}</para>', style)

    def story(self, chapters: list[help_pages.Chapter], intro: HelpPage, version: str,
              institution: str) -> list[Flowable]:
        intro_blocks = []
        for block in intro.blocks:
            if block.kind in ("h2", "h3"):
                break  # the index's own list of chapters: the contents replace it
            intro_blocks.extend(self.block(block, intro))
        intro_title = "Cómo usar esta ayuda"
        story = [*self.cover(version, institution), *self.contents(chapters, intro_title),
                 self.mark("intro"), Paragraph(intro_title, self.style["chapter"]),
                 *intro_blocks]
        for c, chapter in enumerate(chapters, start=1):
            story += [PageBreak(), self.mark(f"chapter-{c}"),
                      Paragraph(f"{c}. {escape(chapter.title)}", self.style["chapter"])]
            for p, key in enumerate(chapter.keys, start=1):
                if p > 1:
                    story.append(PageBreak())
                page = self.pages[key]
                story += [self.mark(key, counted=True),
                          Paragraph(f"{c}.{p}&nbsp;&nbsp;{escape(page.title)}",
                                    self.style["h1"]),
                          *self.blocks(page)]
        return story


def build_manual(version: str, institution: str = "Municipalidad Distrital de Pisac",
                 folder: Path | None = None,
                 progress: Callable[[int, int], object] | None = None) -> bytes:
    """The manual's PDF from the help pages in `folder` (the shipped ones by default).
    `progress(done, total)` is called as each help page is laid out in the final layout (it
    may raise to stop)."""
    chapters = help_pages.chapters(folder)
    pages = {key: help_pages.load(key, folder) for c in chapters for key in c.keys}
    intro = help_pages.load(help_pages.INDEX, folder)

    def layout(writer: _Writer) -> bytes:
        story = writer.story(chapters, intro, version, institution)
        return build_pdf_counted(
            story, title=f"{TITLE} de Pisac Desktop {version}", institution=institution,
            subject="Ayuda de cada pantalla: para qué sirve, los pasos del día y las teclas")[0]

    numbers: dict[str, int] = {}
    for _ in range(MAX_LAYOUTS):  # drafts until the page numbers stay where they are
        draft = _Writer(pages, numbers, draft=True)
        layout(draft)
        if draft.found == numbers:
            break
        numbers = dict(draft.found)
    return layout(_Writer(pages, numbers, draft=False, progress=progress))
