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
from collections.abc import Sequence

from reportlab.lib import colors
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
    SERIF_BOLD,
)
from pisac_desktop.reports.instrument_doc import (
    CERTIFICATION_TEXT,
    DRAFT_GREY,
    FOLIO_STAMP,
    HEADINGS,
    ORDINANCE_HEADING_WITHOUT_NAME,
    SIGNED_COPY,
    Annulment,
    Certification,
    Headings,
    InstrumentDoc,
    Signer,
    document_styles,
    frame_size,
    heading_block,
    of_whom,
    paragraph_blocks,
    signature_block,
    split_lines,
)
from pisac_desktop.reports.letterhead import Letterhead, Stamp, letterhead_margins
from pisac_desktop.reports.text import escape, one_line

__all__ = [
    "Annulment",
    "Certification",
    "InstrumentDoc",
    "Letterhead",
    "Signer",
    "render_instrument",
]


# --- the document ----------------------------------------------------------------------------


def _summary_box(summary: str, st: dict[str, ParagraphStyle], width: float) -> Table:
    lines = split_lines(summary)
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


def annulment_note(annulment: Annulment, st: dict[str, ParagraphStyle], width: float) -> Table:
    by = one_line(annulment.annulled_by)
    when = one_line(annulment.date_text)
    sentence = "Anulado"
    if by:
        sentence += f" por {escape(by)}"
    if when:
        sentence += f"{',' if by else ''} de fecha {escape(when)}" if by else f" el {escape(when)}"
    cell = [Paragraph("<b>DOCUMENTO ANULADO</b>", st["note"]),
            Paragraph(sentence + ".", st["note"])]
    cell += paragraph_blocks(annulment.reason, st["note"], lead="<b>Motivo:</b> ")
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


def certification_block(cert: Certification, document: str, folios: int,
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
    return KeepTogether([PageMark("certificate"), Spacer(1, 8 * mm), table])


class PageMark(Flowable):
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


def preamble(doc: InstrumentDoc, seen_heading: str, whereas_heading: str) -> list[Flowable]:
    """VISTO, CONSIDERANDO and the legal basis paragraph ("Estando a lo expuesto…")."""
    st = document_styles()
    parts: list[Flowable] = []
    if split_lines(doc.seen):
        parts += heading_block(escape(seen_heading), st["heading"])
        parts += paragraph_blocks(doc.seen, st["body"])
    whereas = [w for w in doc.whereas if split_lines(w)]
    if whereas:
        parts += heading_block(escape(whereas_heading), st["heading"])
        for paragraph in whereas:
            parts += paragraph_blocks(paragraph, st["body"])
    return parts + paragraph_blocks(doc.legal_basis, st["body"])


def _story(doc: InstrumentDoc, folios: int) -> list[Flowable]:
    if doc.style == "directive":  # not a resolution: its own structure
        from pisac_desktop.reports.directive import directive_story

        return directive_story(doc, folios)
    st = document_styles()
    width, frame_height = frame_size()
    headings = HEADINGS[doc.style]
    story = _head(doc, st, width)
    story += preamble(doc, doc.seen_heading or headings.seen, headings.whereas)
    story += _operative_heading(doc, headings, st)
    article_blocks: list[list[Flowable]] = []
    for label, text in doc.articles:
        label = one_line(label)
        lead = f"<b>{escape(label)}</b> " if label else ""
        block = paragraph_blocks(text, st["body"], lead=lead)
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
    story.append(PageMark("original_end"))
    if doc.certification is not None:
        story.append(certification_block(doc.certification, doc.title, folios, st, width))
    return story


def _head(doc: InstrumentDoc, st, width: float) -> list[Flowable]:
    """Number, place and date, annulment note, sumilla, reference and the issuer."""
    story: list[Flowable] = [Paragraph(escape(one_line(doc.title)), st["title"])]
    if one_line(doc.place_date):
        story.append(Paragraph(escape(one_line(doc.place_date)), st["place_date"]))
    else:
        story.append(Spacer(1, 8))
    if doc.annulment is not None:
        story += [annulment_note(doc.annulment, st, width), Spacer(1, 8)]
    if split_lines(doc.summary):
        story += [_summary_box(doc.summary, st, width), Spacer(1, 10)]
    if split_lines(doc.references):
        story += paragraph_blocks(doc.references, st["info"], lead="<b>Referencia:</b> ")
        story.append(Spacer(1, 4))
    issuer = split_lines(doc.issuer)
    if issuer:
        story += heading_block(escape(issuer[0]), st["issuer"])
        story += paragraph_blocks("\n".join(issuer[1:]), st["issuer"])
    return story


def _operative_heading(doc: InstrumentDoc, headings: Headings, st) -> list[Flowable]:
    """SE RESUELVE / ACUERDA / HA DADO LA SIGUIENTE: with an ordinance's name under it."""
    operative = headings.operative if doc.operative_heading is None else doc.operative_heading
    name = ""
    if doc.style == "ordinance":
        name = one_line(doc.operative_title)
        summary = " ".join(split_lines(doc.summary))
        if not name and summary.upper().startswith("ORDENANZA"):
            name = summary.upper()  # "Ordenanza que aprueba ..." names the ordinance
        if not name and doc.operative_heading is None:
            operative = ORDINANCE_HEADING_WITHOUT_NAME
    parts: list[Flowable] = []
    if one_line(operative):
        parts += heading_block(escape(one_line(operative)), st["heading"])
    if name:
        parts += heading_block(escape(name), st["centred_heading"])
    return parts


def _tail(doc: InstrumentDoc, headings: Headings, st) -> list[Flowable]:
    """The closing formula and the signatures: none on a draft, "(Fdo.)" lines on a copy."""
    tail: list[Flowable] = []
    if one_line(headings.before_closing):
        tail.append(Paragraph(escape(headings.before_closing), st["heading"]))
    if split_lines(doc.closing):
        tail += paragraph_blocks(doc.closing, st["closing"])
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
    """First in the story: hands the canvas the dict the PageMark flowables fill in."""

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
            subject=" ".join(split_lines(doc.summary)) or title, letterhead=doc.letterhead,
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
