"""The acta: its paragraphs, each page's folio, the closing of the blank space and the signers."""

from __future__ import annotations

import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
)

from pisac_desktop.reports.base import ANNULLED_RED, build_pdf_counted
from pisac_desktop.reports.council.common import (
    BlankSpaceClosed,
    MinutesDoc,
    council_styles,
    single_line,
    text_width,
)
from pisac_desktop.reports.instrument_doc import signature_block
from pisac_desktop.reports.letterhead import Stamp
from pisac_desktop.reports.paragraphs import paragraph
from pisac_desktop.reports.text import escape, one_line

# "ORDEN DEL DÍA:" — a heading line of the acta's body; "QUÓRUM: verificada ..." — a paragraph
# led by its heading.
_CAPS = "A-ZÁÉÍÓÚÑÜ"


_HEADING = re.compile(rf"^[{_CAPS}0-9][{_CAPS}0-9 ,.°º()\-]{{1,118}}:$")


_LEAD = re.compile(rf"^([{_CAPS}][{_CAPS} ,]{{2,80}}:)(\s+\S.*)$", re.DOTALL)


def _minutes_paragraphs(body: str) -> list[Flowable]:
    """Blocks are separated by blank lines; each line of a block is a paragraph of its own
    (closer together than blocks). A line in capitals ending with a colon is a heading; a
    paragraph opening with such words has them in bold."""
    st = council_styles()
    inner = ParagraphStyle("council_acta_inner", parent=st["acta"], spaceAfter=2)
    out: list[Flowable] = []
    text = (body or "").replace("\r\n", "\n").replace("\r", "\n")
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        for n, line in enumerate(lines):
            if _HEADING.match(line):
                out.append(CondPageBreak(st["acta_heading"].leading * 4))
                out.append(Paragraph(escape(line), st["acta_heading"]))
                continue
            lead = _LEAD.match(line)
            markup = (f"<b>{escape(lead.group(1))}</b>{escape(lead.group(2))}" if lead
                      else escape(line))
            out.append(paragraph(markup, st["acta"] if n == len(lines) - 1 else inner))
    return out


def render_minutes(doc: MinutesDoc) -> bytes:
    return render_minutes_counted(doc)[0]


def render_minutes_counted(doc: MinutesDoc) -> tuple[bytes, int]:
    """The acta and its number of pages (= the folios it takes in the book)."""
    st = council_styles()
    info = doc.info
    width = text_width(info.letterhead)
    story: list[Flowable] = [single_line(doc.heading, st["title"], width)]
    if one_line(doc.registration):
        story.append(single_line(doc.registration, st["centre"], width))
    story.append(Spacer(1, 5 * mm))
    paragraphs = _minutes_paragraphs(doc.body)
    if not paragraphs:
        paragraphs = [Paragraph("(El acta aún no tiene texto.)", st["acta"])]
    signatures = signature_block([s for s in doc.signers if s is not None], st, space=20 * mm)
    if signatures:
        # The last paragraph and the first row of signatures stay together: the signatures
        # never stand alone on a page.
        last = paragraphs.pop()
        story += paragraphs
        story.append(KeepTogether([last, Spacer(1, 6 * mm), signatures[0]]))
        story += [KeepTogether([s]) for s in signatures[1:]]
    else:
        story += paragraphs
    story.append(BlankSpaceClosed())  # never alone on a page: it takes what room is left
    stamps = [Stamp("BORRADOR", ANNULLED_RED)] if doc.draft else []
    return build_pdf_counted(story, title=one_line(doc.heading),
                             institution=info.letterhead.institution_name,
                             letterhead=info.letterhead, stamps=stamps,
                             verification=None if doc.draft else doc.verification,
                             first_folio=doc.first_folio)
