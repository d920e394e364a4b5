"""A directiva as printed: not a resolution.

Title block: the number ("DIRECTIVA N° 001-2026-GM-MDP"), the directive's name in capitals and
the line "Aprobada por Resolución de Gerencia Municipal N° … de fecha …"; then the numbered
sections (I. FINALIDAD … VIII. DISPOSICIONES COMPLEMENTARIAS), each line of a section a paragraph
of its own, its numbering kept as typed ("5.1", "5.1.1", "a)", "-") and hung in the margin.
No VISTO, CONSIDERANDO, SE RESUELVE, closing formula nor signature block: the directive is
approved by the resolution, which is the signed document (the verification code and QR in the
footer tie the paper to the register). Letterhead, "Página X de Y", the ANULADO and certified
copy variants come from render_instrument(), which calls directive_story() for this style.
"""

from __future__ import annotations

import re
from functools import lru_cache

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer
from reportlab.platypus.flowables import HRFlowable

from pisac_desktop.reports.fonts import SERIF_BOLD, SERIF_ITALIC
from pisac_desktop.reports.instrument import (
    PageMark,
    annulment_note,
    certification_block,
    preamble,
)
from pisac_desktop.reports.instrument_doc import (
    HEADINGS,
    InstrumentDoc,
    document_styles,
    frame_size,
    heading_block,
    paragraph_blocks,
    split_lines,
)
from pisac_desktop.reports.paragraphs import LONG_MARKUP, paragraph
from pisac_desktop.reports.text import escape, one_line
from pisac_desktop.spanish.ordinals import roman

PENDING_APPROVAL = "(Pendiente de aprobación por Resolución de Gerencia Municipal)"
SECTION_INDENT = 7 * mm  # a section's text sits under its heading's words, not its number
LEVEL_INDENT = 9 * mm

# A label already numbered ("I. OBJETIVO", "5.1 Disposición") prints as it is.
_NUMBERED_LABEL = re.compile(r"^\s*([IVXLC]+|\d+(\.\d+)*)\s*[.)-]?\s")
# A sub-paragraph's own number, kept as typed: "5.1", "5.1.2.", "5.", "1)"; "a)", "b.", "-", "•".
_NUMBER = re.compile(r"^(\d+(?:\.\d+)*[.)]?)\s+(?=\S)")
_LETTER = re.compile(r"^([a-zñ][).]|[-–•·*])\s+(?=\S)")


@lru_cache(maxsize=1)
def _own_styles() -> dict[str, ParagraphStyle]:
    st = document_styles()
    body = st["body"]
    return {
        "name": ParagraphStyle("directive_name", parent=st["centred_heading"], fontSize=12.5,
                               leading=16, spaceBefore=4, spaceAfter=4),
        "approval": ParagraphStyle("directive_approval", parent=body, fontName=SERIF_ITALIC,
                                   fontSize=10.5, leading=13.5, alignment=TA_CENTER,
                                   spaceAfter=4),
        "section": ParagraphStyle("directive_section", parent=st["heading"], fontName=SERIF_BOLD,
                                  spaceBefore=8, spaceAfter=4),
        "text": ParagraphStyle("directive_text", parent=body, leftIndent=SECTION_INDENT,
                               spaceAfter=3),
    }


@lru_cache(maxsize=64)
def _hung(level: int, hang: float) -> ParagraphStyle:
    """A sub-paragraph at `level` whose number hangs `hang` to the left of its text."""
    base = _own_styles()["text"]
    left = SECTION_INDENT + level * LEVEL_INDENT + hang
    return ParagraphStyle(f"directive_hung_{level}_{hang:.0f}", parent=base, leftIndent=left,
                          bulletIndent=left - hang, bulletFontName=base.fontName,
                          bulletFontSize=base.fontSize)


@lru_cache(maxsize=64)
def _continued(left: float) -> ParagraphStyle:
    """A line without a number of its own, under the text of the numbered one before it."""
    base = _own_styles()["text"]
    return ParagraphStyle(f"directive_cont_{left:.0f}", parent=base, leftIndent=left)


def _hang_for(label: str) -> float:
    return max(8 * mm, (len(label) + 1.5) * 2.1 * mm)


def section_lines(text: str) -> list[Flowable]:
    """One paragraph per line; a line's own numbering ("5.1", "a)") hangs in the margin, so the
    text of every line of a numeral aligns; nothing is renumbered."""
    out: list[Flowable] = []
    numeral_level, left = -1, SECTION_INDENT
    for line in split_lines(text):
        number, letter = _NUMBER.match(line), _LETTER.match(line)
        match = number or letter
        if match is None or len(line) > LONG_MARKUP:
            out.append(paragraph(escape(line), _continued(left)))
            continue
        label = match.group(1)
        if number:  # "5." and "5.1" at the first level, "5.1.1" one deeper, …
            numeral_level = max(len(label.rstrip(".)").split(".")) - 2, 0)
            level = numeral_level
        else:  # "a)", "-": one deeper than the numeral they belong to
            level = numeral_level + 1
        style = _hung(level, _hang_for(label))
        out.append(Paragraph(escape(line[match.end():]), style, bulletText=escape(label)))
        left = style.leftIndent
    return out


def directive_story(doc: InstrumentDoc, folios: int) -> list[Flowable]:
    st, own = document_styles(), _own_styles()
    width, _height = frame_size()
    story: list[Flowable] = [Paragraph(escape(one_line(doc.title)), st["title"])]
    name = " ".join(split_lines(doc.summary)).upper()
    if name:
        story.append(Paragraph(escape(f"“{name}”"), own["name"]))
    approval = one_line(doc.approval) or (PENDING_APPROVAL if doc.draft else "")
    if approval:
        story.append(Paragraph(escape(approval), own["approval"]))
    story += [HRFlowable(width="100%", thickness=0.6, spaceBefore=4, spaceAfter=8)]
    if doc.annulment is not None:
        story += [annulment_note(doc.annulment, st, width), Spacer(1, 8)]
    if split_lines(doc.references):
        story += paragraph_blocks(doc.references, st["info"], lead="<b>Referencia:</b> ")
        story.append(Spacer(1, 4))
    story += _older_parts(doc)
    for number, (label, text) in enumerate(doc.articles, start=1):
        label = one_line(label)
        if label.upper().startswith(("ARTÍCULO", "ART.")):
            story += paragraph_blocks(text, st["body"], lead=f"<b>{escape(label)}</b> ")
            continue
        if label and not _NUMBERED_LABEL.match(label + " "):
            label = f"{roman(number)}. {label}"
        if label:
            story += heading_block(escape(label), own["section"])
        story += section_lines(text)
    story.append(PageMark("original_end"))
    if doc.certification is not None:
        story.append(certification_block(doc.certification, doc.title, folios, st, width))
    return story


def _older_parts(doc: InstrumentDoc) -> list[Flowable]:
    """A directive issued before the fixed sections may carry a VISTO or CONSIDERANDO: an
    issued document prints what it was issued with."""
    headings = HEADINGS["resolution"]
    return preamble(doc, headings.seen, headings.whereas)
