"""Numbered normative documents as printed official documents.

The input contract: plain frozen dataclasses, filled by the domain (no database, no Qt here).
- render_instrument(InstrumentDoc) -> PDF bytes: the document itself; with `annulment` the
  ANULADO version (diagonal mark and corner stamp on every page, note with reference and
  reason); with `certification` the certified copy (corner stamp "COPIA CERTIFICADA" on every
  page, certification block of the Secretario General at the end).
- render_distribution_sheet(DistributionSheet) -> PDF bytes: the cargo of distribution.
- render_register_book_pdf(RegisterBook) -> PDF bytes, write_register_book_xlsx(book, path).

Every piece of user text goes through text.escape() (or text.printable() on the canvas): markup
prints literally, characters the fonts lack print as "□" (see text.py).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from pisac_desktop.reports.base import ANNULLED_RED, build_pdf_counted
from pisac_desktop.reports.fonts import (
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    register_fonts,
)
from pisac_desktop.reports.letterhead import Letterhead, Stamp, letterhead_margins
from pisac_desktop.reports.paragraphs import paragraph
from pisac_desktop.reports.text import escape, one_line

__all__ = [
    "Annulment",
    "Certification",
    "InstrumentDoc",
    "Letterhead",
    "Signer",
    "render_instrument",
]

InstrumentStyle = Literal["resolution", "ordinance", "agreement", "decree", "directive"]


@dataclass(frozen=True)
class _Headings:
    seen: str
    whereas: str
    operative: str
    before_closing: str = ""


HEADINGS: dict[str, _Headings] = {
    "resolution": _Headings("VISTO:", "CONSIDERANDO:", "SE RESUELVE:"),
    "ordinance": _Headings("POR CUANTO:", "CONSIDERANDO:", "HA DADO LA SIGUIENTE:", "POR TANTO:"),
    "agreement": _Headings("VISTO:", "CONSIDERANDO:", "ACUERDA:"),
    "decree": _Headings("VISTO:", "CONSIDERANDO:", "DECRETA:"),
    "directive": _Headings("VISTO:", "CONSIDERANDO:", ""),
}
STYLES = tuple(HEADINGS)
# "HA DADO LA SIGUIENTE:" is followed by the ordinance's name; with no name to print:
ORDINANCE_HEADING_WITHOUT_NAME = "HA DADO LA SIGUIENTE ORDENANZA:"

CERTIFICATION_TEXT = ("Que la presente es copia fiel del original {document}, que obra en el "
                      "archivo de esta Secretaría General, al que me remito en caso necesario. "
                      "La copia consta de {folios}, numerados y sellados.")
DRAFT_GREY = colors.HexColor("#5a5a5a")
SIGNED_COPY = "(Fdo.) {name} — {post}"  # a copy shows who signed the original, not a blank line
FOLIO_STAMP = "Folio {page} de {pages}"

# The first word of a requester or a document decides the article: "a solicitud de la Regidora
# …", "del Sr. …", "copia del original del DECRETO …". Unknown words go without one.
_FEMININE = frozenset("""regidora sra señora srta señorita alcaldesa teniente-alcaldesa jefa
    presidenta directora secretaria abogada ingeniera doctora dra profesora gerencia subgerencia
    oficina unidad secretaría dirección jefatura municipalidad comisión procuraduría asociación
    comunidad junta contraloría fiscalía policía defensoría asesoría empresa organización
    sociedad federación cooperativa parroquia institución resolución ordenanza directiva
    comisaría agencia red beneficencia""".split())
_MASCULINE = frozenset("""regidor sr señor alcalde teniente jefe presidente director secretario
    abogado ingeniero doctor dr profesor concejo comité consejo ministerio gobierno juzgado
    procurador órgano sindicato club programa proyecto frente instituto colegio centro acuerdo
    decreto área puesto mercado""".split())


def of_whom(text: str) -> str:
    """'de la Regidora Nilda Huamán', 'del Sr. Juan Pérez', 'de Juan Pérez' (no known title)."""
    text = one_line(text)
    first, _, rest = text.partition(" ")
    word = first.casefold().rstrip(".,")
    if word in ("el", "del"):
        return f"del {rest}" if rest else f"de {text}"
    if word in ("la", "los", "las"):
        return f"de {text}"
    if word in _FEMININE:
        return f"de la {text}"
    if word in _MASCULINE:
        return f"del {text}"
    return f"de {text}"


def _tuple(value) -> tuple:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


# --- the contract ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Signer:
    name: str  # with the professional title: "Prof. Julián Quispe Huamán"
    post: str  # "ALCALDE", "SECRETARIA GENERAL"


@dataclass(frozen=True)
class Annulment:
    """Makes render_instrument() print the ANULADO version."""

    reason: str
    annulled_by: str = ""  # "RESOLUCIÓN DE ALCALDÍA N° 050-2026-MDP/A"
    date_text: str = ""  # "30 de noviembre de 2026"


@dataclass(frozen=True)
class Certification:
    """Makes render_instrument() print a certified copy."""

    certifier: Signer  # the Secretario General
    place_date: str  # "Pisac, 22 de noviembre de 2026"
    requested_by: str = ""  # "Gerencia de Desarrollo Social", "Regidora Nilda Huamán Ttito"
    copy_number: int | None = None  # copy 2 ...
    copy_count: int | None = None  # ... of 3
    document_date: str = ""  # the original's date: "2 de enero de 2025"
    # The official name of the year of the certificate's own date, printed atop the pages that
    # hold the certificate alone (None: the original's, on every page).
    year_name: str | None = None


@dataclass(frozen=True)
class InstrumentDoc:
    letterhead: Letterhead
    title: str  # "RESOLUCIÓN DE ALCALDÍA N° 045-2026-MDP/A"
    place_date: str  # "Pisac, 21 de noviembre de 2026"
    style: InstrumentStyle = "resolution"
    summary: str = ""  # sumilla; for an ordinance or a directive, also its name
    issuer: str = ""  # "EL ALCALDE DE LA MUNICIPALIDAD DISTRITAL DE PISAC"
    seen: str = ""  # VISTO (ordinances: POR CUANTO)
    whereas: tuple[str, ...] = ()  # CONSIDERANDO paragraphs, each "Que, ..."
    legal_basis: str = ""  # "Estando a lo expuesto y en uso de las atribuciones ..."
    articles: tuple[tuple[str, str], ...] = ()  # ("ARTÍCULO PRIMERO.-", "Text"); directive:
    # ("I. FINALIDAD", "Text") or ("OBJETIVO", "Text") -> numbered by position (reports/directive.py)
    closing: str = ""  # "REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE."
    signers: tuple[Signer, ...] = ()
    copy_to: tuple[str, ...] = ()  # units for "c.c."
    references: str = ""  # "Expediente N° 2026-001234"
    operative_heading: str | None = None  # overrides "SE RESUELVE:" / "ACUERDA:" / ...
    seen_heading: str | None = None  # overrides "VISTO:" (e.g. "VISTOS:")
    operative_title: str = ""  # ordinance: its name under "HA DADO LA SIGUIENTE:" (default:
    # the summary when it starts with "Ordenanza"; with no name: "HA DADO LA SIGUIENTE ORDENANZA:")
    annulment: Annulment | None = None
    certification: Certification | None = None
    verification: str | None = None  # "MDP-7K3Q-9XW2": printed with its QR in the footer
    draft: bool = False  # a proof: BORRADOR across every page and no signature block
    approval: str = ""  # a directive: "Aprobada por Resolución de Gerencia Municipal N° … de fecha …"

    def __post_init__(self):
        if self.style not in HEADINGS:
            raise ValueError(f"Estilo de documento desconocido: {self.style!r} "
                             f"(uno de {', '.join(STYLES)}).")
        # Lists are welcome; stored as tuples so the document stays immutable.
        object.__setattr__(self, "whereas", _tuple(self.whereas))
        object.__setattr__(self, "articles", tuple(tuple(a) for a in _tuple(self.articles)))
        object.__setattr__(self, "signers", _tuple(self.signers))
        object.__setattr__(self, "copy_to", _tuple(self.copy_to))


# --- styles ----------------------------------------------------------------------------------

BODY_SIZE = 11.5
BODY_LEADING = 15.2


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    """Built once (callers never change them)."""
    register_fonts()
    body = ParagraphStyle("instrument_body", fontName=SERIF, fontSize=BODY_SIZE,
                          leading=BODY_LEADING, alignment=TA_JUSTIFY, spaceAfter=6,
                          splitLongWords=1, allowWidows=0, allowOrphans=0)
    return {
        "body": body,
        "title": ParagraphStyle("instrument_title", parent=body, fontName=SERIF_BOLD,
                                fontSize=13.5, leading=17, alignment=TA_CENTER, spaceAfter=2),
        "place_date": ParagraphStyle("place_date", parent=body, alignment=TA_CENTER,
                                     spaceAfter=10),
        "summary": ParagraphStyle("summary", parent=body, fontName=SERIF_ITALIC, fontSize=10,
                                  leading=13, spaceAfter=0, alignment=TA_LEFT),
        "issuer": ParagraphStyle("issuer", parent=body, fontName=SERIF_BOLD, alignment=TA_LEFT,
                                 spaceBefore=4, spaceAfter=8),
        "heading": ParagraphStyle("heading", parent=body, fontName=SERIF_BOLD, alignment=TA_LEFT,
                                  spaceBefore=4, spaceAfter=4),
        "centred_heading": ParagraphStyle("centred_heading", parent=body, fontName=SERIF_BOLD,
                                          alignment=TA_CENTER, spaceBefore=2, spaceAfter=8),
        "closing": ParagraphStyle("closing", parent=body, fontName=SERIF_BOLD,
                                  alignment=TA_CENTER, spaceBefore=8, spaceAfter=0),
        "signer_name": ParagraphStyle("signer_name", parent=body, fontName=SERIF_BOLD,
                                      fontSize=10.5, leading=13, alignment=TA_CENTER,
                                      spaceAfter=0),
        "signer_post": ParagraphStyle("signer_post", parent=body, fontSize=10, leading=12.5,
                                      alignment=TA_CENTER, spaceAfter=0),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, alignment=TA_LEFT,
                                spaceAfter=0),
        "note": ParagraphStyle("note", parent=body, fontSize=10, leading=13,
                               spaceAfter=2, textColor=ANNULLED_RED),
        "cert": ParagraphStyle("cert", parent=body, fontSize=10.5, leading=14, spaceAfter=4),
        "cert_date": ParagraphStyle("cert_date", parent=body, fontSize=10.5, leading=14,
                                    alignment=TA_RIGHT, spaceAfter=0),
        "cell": ParagraphStyle("sheet_cell", fontName=SANS, fontSize=8.5, leading=10.5,
                               splitLongWords=1),
        "cell_header": ParagraphStyle("sheet_cell_header", fontName=SANS_BOLD, fontSize=8.5,
                                      leading=10.5, alignment=TA_CENTER),
        "info": ParagraphStyle("info", parent=body, fontSize=10.5, leading=14, alignment=TA_LEFT,
                               spaceAfter=2),
    }


def _lines(text: str | None) -> list[str]:
    """The non-empty lines of `text`, each one a paragraph of its own."""
    return [line.strip() for line in re.split(r"\r\n|\r|\n", text or "") if line.strip()]


@lru_cache(maxsize=64)
def _inner(style: ParagraphStyle) -> ParagraphStyle:
    """Lines of one text (items of a list, sub-paragraphs) sit closer than separate texts."""
    return ParagraphStyle(f"{style.name}_inner", parent=style, spaceAfter=min(style.spaceAfter, 2))


def _paragraphs(text: str | None, style: ParagraphStyle, lead: str = "") -> list[Flowable]:
    """One paragraph per line (linear in its length however long); `lead` (markup) opens the
    first one."""
    lines = _lines(text)
    if not lines:
        return [Paragraph(lead.strip(), style)] if lead else []
    inner = _inner(style)
    markup = [f"{lead}{escape(lines[0])}"] + [escape(line) for line in lines[1:]]
    last = len(markup) - 1
    return [paragraph(m, style if n == last else inner) for n, m in enumerate(markup)]


def _heading(markup: str, style: ParagraphStyle) -> list[Flowable]:
    """A heading that never ends a page: it starts a new one unless it and about three lines
    of what follows fit. (keepWithNext would carry a whole long paragraph to the next page.)"""
    return [CondPageBreak(style.leading + style.spaceBefore + style.spaceAfter
                          + 3 * BODY_LEADING + 6),
            Paragraph(markup, style)]


def _frame_size() -> tuple[float, float]:
    margins = letterhead_margins(Letterhead("x", year_name="x"))
    return A4[0] - margins.left - margins.right, A4[1] - margins.top - margins.bottom


# --- the document ----------------------------------------------------------------------------


def signature_block(signers: Sequence[Signer], st: dict[str, ParagraphStyle] | None = None,
                    space: float = 22 * mm) -> list[Flowable]:
    """Room to sign and seal, a line, the name, the post: one table per row of at most two
    signers (an odd last one centred on its own). Other official documents use it too."""
    st = st or _styles()
    signers = [s for s in signers if one_line(s.name) or one_line(s.post)]
    tables: list[Flowable] = []
    for start in range(0, len(signers), 2):
        group = signers[start:start + 2]
        width = 78 * mm if len(signers) == 1 else 70 * mm
        gap = 14 * mm
        names, posts, widths = [], [], []
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        for n, signer in enumerate(group):
            if n:
                names.append("")
                posts.append("")
                widths.append(gap)
            col = len(names)
            names.append(Paragraph(escape(one_line(signer.name)), st["signer_name"]))
            posts.append(Paragraph(escape(one_line(signer.post)), st["signer_post"]))
            widths.append(width)
            commands.append(("LINEABOVE", (col, 1), (col, 1), 0.8, colors.black))
            commands.append(("TOPPADDING", (col, 1), (col, 1), 3))
        table = Table([[""] * len(names), names, posts], colWidths=widths,
                      rowHeights=[space if start == 0 else space + 6 * mm, None, None],
                      hAlign="CENTER", splitInRow=1)
        table.setStyle(TableStyle(commands))
        tables.append(table)
    return tables


def _summary_box(summary: str, st: dict[str, ParagraphStyle], width: float) -> Table:
    lines = _lines(summary)
    cell = [Paragraph(f"<font name='{SERIF_BOLD}'>Sumilla:</font> {escape(lines[0])}",
                      st["summary"])]
    cell += [Paragraph(escape(line), st["summary"]) for line in lines[1:]]
    table = Table([[cell]], colWidths=[width * 0.58], hAlign="RIGHT", splitInRow=1)
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.6, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _annulment_note(annulment: Annulment, st: dict[str, ParagraphStyle], width: float) -> Table:
    by = one_line(annulment.annulled_by)
    when = one_line(annulment.date_text)
    sentence = "Anulado"
    if by:
        sentence += f" por {escape(by)}"
    if when:
        sentence += f"{',' if by else ''} de fecha {escape(when)}" if by else f" el {escape(when)}"
    cell = [Paragraph("<b>DOCUMENTO ANULADO</b>", st["note"]),
            Paragraph(sentence + ".", st["note"])]
    cell += _paragraphs(annulment.reason, st["note"], lead="<b>Motivo:</b> ")
    table = Table([[cell]], colWidths=[width], splitInRow=1)
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.4, ANNULLED_RED),
        ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("RIGHTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return table


def _folios(count: int) -> str:
    return "1 folio" if count == 1 else f"{count} folios"


def _certification_block(cert: Certification, document: str, folios: int,
                         st: dict[str, ParagraphStyle], width: float) -> Flowable:
    """The Secretario General's certificate: what is certified (the document, its date), how
    many folios the copy has, and at whose request."""
    document = one_line(document)
    if one_line(cert.document_date):
        document += f", de fecha {one_line(cert.document_date)}"
    named = of_whom(document) if document else ""
    text = f"<b>CERTIFICO:</b> {escape(CERTIFICATION_TEXT.format(document=named, folios=_folios(folios)))}"
    text = text.replace("original ,", "original,")
    requested = one_line(cert.requested_by)
    if requested:
        text += f" Se expide a solicitud {escape(of_whom(requested))}."
    if cert.copy_number:
        text += f" Copia N°\u00a0{cert.copy_number}"
        text += f" de {cert.copy_count}." if cert.copy_count else "."
    cell: list[Flowable] = [Paragraph(text, st["cert"])]
    if one_line(cert.place_date):
        cell.append(Paragraph(escape(one_line(cert.place_date)), st["cert_date"]))
    cell += signature_block([cert.certifier], st, space=18 * mm)
    table = Table([[cell]], colWidths=[width], splitInRow=1)
    table.setStyle(TableStyle([
        ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("BOX", (0, 0), (-1, -1), 0.8, colors.black),
        ("LEFTPADDING", (0, 0), (-1, -1), 10),
        ("RIGHTPADDING", (0, 0), (-1, -1), 10),
        ("TOPPADDING", (0, 0), (-1, -1), 7),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
    ]))
    return KeepTogether([_PageMark("certificate"), Spacer(1, 8 * mm), table])


class _PageMark(Flowable):
    """Takes no room; notes on which page it lands (canv.page_marks[key] = page number)."""

    def __init__(self, key: str):
        super().__init__()
        self.key = key

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        marks = getattr(self.canv, "page_marks", None)
        if marks is not None:
            marks[self.key] = self.canv.getPageNumber()


def signed_copy_lines(signers: Sequence[Signer], st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A copy of a signed original: '(Fdo.) Prof. Julián Quispe Huamán — ALCALDE' per signer."""
    lines: list[Flowable] = []
    for signer in signers:
        name, post = one_line(signer.name), one_line(signer.post)
        if name or post:
            text = SIGNED_COPY.format(name=name, post=post) if name and post else \
                f"(Fdo.) {name or post}"
            lines.append(Paragraph(escape(text), st["signer_name"]))
    return lines


def _height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        _w, h = flowable.wrap(width, 10_000)
        total += h + flowable.getSpaceAfter() + flowable.getSpaceBefore()
    return total


def _preamble(doc: InstrumentDoc, seen_heading: str, whereas_heading: str) -> list[Flowable]:
    """VISTO, CONSIDERANDO and the legal basis paragraph ("Estando a lo expuesto…")."""
    st = _styles()
    parts: list[Flowable] = []
    if _lines(doc.seen):
        parts += _heading(escape(seen_heading), st["heading"])
        parts += _paragraphs(doc.seen, st["body"])
    whereas = [w for w in doc.whereas if _lines(w)]
    if whereas:
        parts += _heading(escape(whereas_heading), st["heading"])
        for paragraph in whereas:
            parts += _paragraphs(paragraph, st["body"])
    return parts + _paragraphs(doc.legal_basis, st["body"])


def _story(doc: InstrumentDoc, folios: int) -> list[Flowable]:
    if doc.style == "directive":  # not a resolution: its own structure
        from pisac_desktop.reports.directive import directive_story

        return directive_story(doc, folios)
    st = _styles()
    width, frame_height = _frame_size()
    headings = HEADINGS[doc.style]
    story = _head(doc, st, width)
    story += _preamble(doc, doc.seen_heading or headings.seen, headings.whereas)
    story += _operative_heading(doc, headings, st)
    article_blocks: list[list[Flowable]] = []
    for label, text in doc.articles:
        label = one_line(label)
        lead = f"<b>{escape(label)}</b> " if label else ""
        block = _paragraphs(text, st["body"], lead=lead)
        if block:
            article_blocks.append(block)
    tail = _tail(doc, headings, st)
    # The signatures never stand alone on a page: a short last article goes with them.
    if article_blocks and tail:
        last = article_blocks[-1]
        if _height(last, width) < frame_height / 4:
            article_blocks.pop()
            tail = [f for f in last if not isinstance(f, CondPageBreak)] + tail
    copies = [one_line(c) for c in doc.copy_to if one_line(c)]
    if copies:  # with the signatures: never a page of its own
        tail += [Spacer(1, 8 * mm), Paragraph("<b>c.c.:</b>", st["small"])]
        tail += [Paragraph(escape(c), st["small"]) for c in copies]
    for block in article_blocks:
        story += block
    if tail:
        story.append(KeepTogether(tail))
    story.append(_PageMark("original_end"))
    if doc.certification is not None:
        story.append(_certification_block(doc.certification, doc.title, folios, st, width))
    return story


def _head(doc: InstrumentDoc, st, width: float) -> list[Flowable]:
    """Number, place and date, annulment note, sumilla, reference and the issuer."""
    story: list[Flowable] = [Paragraph(escape(one_line(doc.title)), st["title"])]
    if one_line(doc.place_date):
        story.append(Paragraph(escape(one_line(doc.place_date)), st["place_date"]))
    else:
        story.append(Spacer(1, 8))
    if doc.annulment is not None:
        story += [_annulment_note(doc.annulment, st, width), Spacer(1, 8)]
    if _lines(doc.summary):
        story += [_summary_box(doc.summary, st, width), Spacer(1, 10)]
    if _lines(doc.references):
        story += _paragraphs(doc.references, st["info"], lead="<b>Referencia:</b> ")
        story.append(Spacer(1, 4))
    issuer = _lines(doc.issuer)
    if issuer:
        story += _heading(escape(issuer[0]), st["issuer"])
        story += _paragraphs("\n".join(issuer[1:]), st["issuer"])
    return story


def _operative_heading(doc: InstrumentDoc, headings: _Headings, st) -> list[Flowable]:
    """SE RESUELVE / ACUERDA / HA DADO LA SIGUIENTE: with an ordinance's name under it."""
    operative = headings.operative if doc.operative_heading is None else doc.operative_heading
    name = ""
    if doc.style == "ordinance":
        name = one_line(doc.operative_title)
        summary = " ".join(_lines(doc.summary))
        if not name and summary.upper().startswith("ORDENANZA"):
            name = summary.upper()  # "Ordenanza que aprueba ..." names the ordinance
        if not name and doc.operative_heading is None:
            operative = ORDINANCE_HEADING_WITHOUT_NAME
    parts: list[Flowable] = []
    if one_line(operative):
        parts += _heading(escape(one_line(operative)), st["heading"])
    if name:
        parts += _heading(escape(name), st["centred_heading"])
    return parts


def _tail(doc: InstrumentDoc, headings: _Headings, st) -> list[Flowable]:
    """The closing formula and the signatures: none on a draft, "(Fdo.)" lines on a copy."""
    tail: list[Flowable] = []
    if one_line(headings.before_closing):
        tail.append(Paragraph(escape(headings.before_closing), st["heading"]))
    if _lines(doc.closing):
        tail += _paragraphs(doc.closing, st["closing"])
    if doc.draft:
        signatures = []  # nobody signs a draft
    elif doc.certification is not None:
        signatures = signed_copy_lines(doc.signers, st)
    else:
        signatures = signature_block(doc.signers, st)
    if signatures:
        tail += [Spacer(1, 4 * mm), *signatures]
    return tail


class _MarksHolder(Flowable):
    """First in the story: hands the canvas the dict the _PageMark flowables fill in."""

    def __init__(self, marks: dict[str, int]):
        super().__init__()
        self.marks = marks

    def wrap(self, available_width, available_height):
        return 0, 0

    def draw(self):
        self.canv.page_marks = self.marks


def render_instrument(doc: InstrumentDoc) -> bytes:
    """The official document as PDF bytes (ANULADO / certified copy variants included).
    A certified copy is stamped "COPIA CERTIFICADA" and "Folio X de N" on every page (N the
    pages of the copy, also stated by the certificate); a page holding the certificate alone
    carries the year name of the certificate's date."""
    stamps: list[Stamp] = []
    watermark = None
    cert = doc.certification
    if cert is not None:
        stamps.append(Stamp("COPIA CERTIFICADA"))
    if doc.annulment is not None:
        stamps.append(Stamp("ANULADO", ANNULLED_RED))
        watermark = Stamp("ANULADO", ANNULLED_RED)
    elif doc.draft:
        stamps.append(Stamp("BORRADOR", DRAFT_GREY))
        watermark = Stamp("BORRADOR", DRAFT_GREY)
    title = doc.title
    cert_letterhead = doc.letterhead
    if cert is not None and cert.year_name is not None:
        cert_letterhead = dataclasses.replace(doc.letterhead, year_name=cert.year_name)
    # The taller letterhead sets the margins (one of the two may have no year name).
    margins = max((letterhead_margins(doc.letterhead), letterhead_margins(cert_letterhead)),
                  key=lambda m: m.top)

    def build(folios: int, certificate_from: int | None) -> tuple[bytes, int, dict]:
        marks: dict[str, int] = {}

        def page_decor(page: int) -> tuple[Letterhead, list[Stamp]]:
            letterhead = (cert_letterhead if certificate_from and page >= certificate_from
                          else doc.letterhead)
            return letterhead, [*stamps, Stamp(FOLIO_STAMP.format(page=page, pages=folios))]

        story = _story(doc, folios)
        story.insert(0, _MarksHolder(marks))
        data, pages = build_pdf_counted(
            story, title=title, institution=doc.letterhead.institution_name,
            subject=" ".join(_lines(doc.summary)) or title, letterhead=doc.letterhead,
            stamps=stamps, watermark=watermark, margins=margins, verification=doc.verification,
            page_decor=page_decor if cert is not None else None)
        return data, pages, marks

    data, pages, marks = build(1, None)
    if cert is not None:
        # The copy states and stamps how many folios it has: build again until it is true.
        for _attempt in range(4):
            folios = pages
            alone = marks.get("certificate", 0) > marks.get("original_end", 0)
            certificate_from = marks["certificate"] if alone else None
            data, pages, marks = build(folios, certificate_from)
            alone_now = marks.get("certificate", 0) > marks.get("original_end", 0)
            if pages == folios and certificate_from == (marks["certificate"] if alone_now
                                                        else None):
                break
    return data
