"""The summons (citación) with its cargo de recepción: one per page, each numbered on its own; a
long agenda prints a little smaller so that the summons and its cargo fit the page."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from pisac_desktop.reports.base import PageGroup, build_pdf
from pisac_desktop.reports.council.common import (
    GREY,
    ROMAN_NUMERALS,
    TEXT_GREY,
    FillToBottom,
    SummonsBatch,
    SummonsDoc,
    council_styles,
    label_table,
    single_line,
    split_lines,
    text_width,
    time_text,
)
from pisac_desktop.reports.fonts import SERIF_BOLD
from pisac_desktop.reports.instrument_doc import signature_block
from pisac_desktop.reports.letterhead import letterhead_margins
from pisac_desktop.reports.paragraphs import paragraph
from pisac_desktop.reports.text import escape, one_line

# A summons should fit one page with its cargo: a long agenda prints a little smaller.
SUMMONS_SIZES = (10.5, 10.0, 9.5)


@lru_cache(maxsize=8)
def _summons_styles(size: float) -> dict[str, ParagraphStyle]:
    st = dict(council_styles())
    tight = size < 10.5
    leading = round(size * 1.27, 2)
    body = ParagraphStyle(f"council_summons_body_{size}", parent=st["body"], fontSize=size,
                          leading=leading, spaceAfter=3.5 if tight else 5)
    left = ParagraphStyle(f"council_summons_left_{size}", parent=body, alignment=TA_LEFT,
                          spaceAfter=0)
    st.update({
        "body": body,
        "left": left,
        "info": ParagraphStyle(f"council_summons_info_{size}", parent=left, spaceAfter=1),
        "place_date": ParagraphStyle(f"council_summons_date_{size}", parent=body,
                                     alignment=TA_RIGHT, spaceBefore=3, spaceAfter=4),
        "heading": ParagraphStyle(f"council_summons_heading_{size}", parent=left,
                                  fontName=SERIF_BOLD, spaceBefore=3, spaceAfter=2),
        "agenda_station": ParagraphStyle(f"council_summons_station_{size}", parent=left,
                                         fontName=SERIF_BOLD, leftIndent=6 * mm,
                                         spaceAfter=0.5),
        # Left-aligned: a justified line after a hanging number spreads its words apart.
        "agenda_item": ParagraphStyle(f"council_summons_item_{size}", parent=left,
                                      leftIndent=17 * mm, firstLineIndent=-6 * mm,
                                      spaceAfter=0.5 if tight else 1.5),
        "agenda_plain": ParagraphStyle(f"council_summons_plain_{size}", parent=left,
                                       leftIndent=12 * mm, firstLineIndent=-6 * mm,
                                       spaceAfter=0.5 if tight else 1.5),
        "agenda_detail": ParagraphStyle(f"council_summons_detail_{size}", parent=left,
                                        fontSize=size - 1, leading=(size - 1) * 1.22,
                                        leftIndent=17 * mm, spaceAfter=0.5,
                                        textColor=TEXT_GREY),
        "by_order": ParagraphStyle(f"council_summons_order_{size}", parent=st["by_order"],
                                   fontSize=size, leading=leading),
    })
    return st


def _agenda(batch: SummonsBatch, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    sections = [s for s in batch.agenda if s.label or s.items]
    if not sections:
        return []
    out: list[Flowable] = [CondPageBreak(30 * mm), Paragraph("<b>AGENDA:</b>", st["heading"])]
    stations = any(s.label for s in sections)
    for n, section in enumerate(sections):
        if section.label:
            roman = ROMAN_NUMERALS[n] if n < len(ROMAN_NUMERALS) else str(n + 1)
            out.append(Paragraph(f"{roman}. {escape(one_line(section.label).upper())}",
                                 st["agenda_station"]))
        for entry in section.items:
            style = st["agenda_item"] if stations else st["agenda_plain"]
            out.append(paragraph(f"{entry.number}.&nbsp;&nbsp;{escape(one_line(entry.title))}",
                                 style))
            detail = st["agenda_detail"] if stations else ParagraphStyle(
                "council_detail_plain", parent=st["agenda_detail"], leftIndent=12 * mm)
            for line in split_lines(entry.detail):
                out.append(paragraph(escape(line), detail))
    return out


def _cargo(summons: SummonsDoc, width: float) -> Table:
    """The receipt the addressee (or whoever receives it) fills in and signs by hand."""
    st = council_styles()
    label = st["cell"]
    head = f"<b>CARGO DE RECEPCIÓN</b> — {escape(one_line(summons.number_text))}"
    addressee = f"{one_line(summons.addressee_name)} ({one_line(summons.addressee_post)})"
    # label | line | label | line | label | line | margin
    widths = [36 * mm, 42 * mm, 13 * mm, 22 * mm, 14 * mm, 0, 4 * mm]
    widths[5] = width - sum(widths)
    data = [
        [Paragraph(head, st["cell_centre"])] + [""] * 6,
        [Paragraph(f"Destinatario: {escape(addressee)}", label)] + [""] * 6,
        [Paragraph("Recibido por (nombre):", label), "", "", "", Paragraph("DNI:", label), "",
         ""],
        [Paragraph("Fecha:", label), "", Paragraph("Hora:", label), "",
         Paragraph("Firma:", label), "", ""],
        [""] * 7,
    ]
    table = Table(data, colWidths=widths, rowHeights=[None, None, 8.5 * mm, 12 * mm, 2.5 * mm])
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("SPAN", (0, 0), (-1, 0)),
        ("SPAN", (0, 1), (-1, 1)),
        ("SPAN", (1, 2), (3, 2)),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, -1), (-1, -1), 0),
        ("BOTTOMPADDING", (0, -1), (-1, -1), 0),
        # The lines to write on.
        ("LINEBELOW", (1, 2), (3, 2), 0.5, colors.black),
        ("LINEBELOW", (5, 2), (5, 2), 0.5, colors.black),
        ("LINEBELOW", (1, 3), (1, 3), 0.5, colors.black),
        ("LINEBELOW", (3, 3), (3, 3), 0.5, colors.black),
        ("LINEBELOW", (5, 3), (5, 3), 0.5, colors.black),
    ]))
    return table


def _summons_body(batch: SummonsBatch, summons: SummonsDoc, width: float,
                  st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """Everything above the cargo."""
    info = batch.info
    institution = one_line(batch.institution_short or info.letterhead.institution_name)
    story: list[Flowable] = [
        single_line(summons.number_text, st["title"], width),
        Paragraph(escape(one_line(summons.place_date)), st["place_date"]),
        Paragraph(f"{escape(one_line(summons.salutation))}:", st["left"]),
        Paragraph(f"<b>{escape(one_line(summons.addressee_name))}</b>", st["left"]),
        Paragraph(escape(one_line(summons.addressee_post)), st["left"]),
        Paragraph("<u>Presente</u>.-", st["left"]),
        Spacer(1, 2.5 * mm),
        Table([[Paragraph("<b>Asunto:</b>", st["info"]),
                Paragraph(f"Citación a la {escape(one_line(info.title))} del Concejo Municipal",
                          st["info"])]],
              colWidths=[20 * mm, width - 20 * mm], hAlign="LEFT",
              style=[("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                     ("BOTTOMPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")]),
        Spacer(1, 2.5 * mm),
    ]
    convened = f", convocada {escape(one_line(batch.convened_note))}," \
        if one_line(batch.convened_note) else ""
    story.append(Paragraph(
        "Por medio de la presente, y de conformidad con el artículo 13 de la Ley N°\u00a027972, "
        "Ley Orgánica de Municipalidades, y el Reglamento Interno del Concejo, se le "
        f"<b>CITA</b> a la <b>{escape(one_line(info.title))}</b> del Concejo Municipal de la "
        f"{escape(institution)}{convened} que se realizará conforme al siguiente detalle:",
        st["body"]))
    story.append(label_table([("Fecha", info.date_text), ("Hora", time_text(info.summoned_time)),
                               ("Lugar", info.place), ("Modalidad", info.modality)],
                              width - 10 * mm, st=st))
    if one_line(batch.exception):
        story.append(Paragraph(f"<b>Carácter de la convocatoria:</b> "
                               f"{escape(one_line(batch.exception))}", st["body"]))
    story += _agenda(batch, st)
    story.append(Spacer(1, 1.5 * mm))
    if one_line(batch.documents_place):
        story.append(Paragraph(
            "La documentación sustentatoria de los puntos de agenda se encuentra a su "
            f"disposición en {escape(one_line(batch.documents_place))}.", st["body"]))
    closing: list[Flowable] = [Paragraph("Atentamente,", st["left"])]
    if one_line(batch.by_order):
        closing.append(Paragraph(escape(one_line(batch.by_order)), st["by_order"]))
    if batch.signer:
        space = 13 * mm if st["body"].fontSize >= 10.5 else 11 * mm
        closing += signature_block([batch.signer], st, space=space)
    story.append(KeepTogether(closing))
    return story


def _height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        if isinstance(flowable, KeepTogether):  # it wraps only inside a document
            total += _height(flowable._content, width)
            continue
        _w, h = flowable.wrap(width, 10_000)
        total += h + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def _summons_size(batch: SummonsBatch, width: float, frame_height: float) -> float:
    """The largest text size at which a summons and its cargo fit one page (a very long agenda
    takes two pages at the normal size). Measured once, on the longest addressee."""
    summons = max(batch.summonses, key=lambda d: len(one_line(d.addressee_name))
                  + len(one_line(d.addressee_post)))
    _w, cargo_height = _cargo(summons, width).wrap(width, 1000)
    for size in SUMMONS_SIZES:
        body = _summons_body(batch, summons, width, _summons_styles(size))
        if _height(body, width) + cargo_height + _CARGO_GAP <= frame_height - 2 * mm:
            return size
    return SUMMONS_SIZES[0]


_CARGO_GAP = 6 * mm  # the cut line and some air


def _summons_story(batch: SummonsBatch, summons: SummonsDoc, width: float,
                   size: float) -> list[Flowable]:
    """The summons and, at the foot of its page, the cargo."""
    cargo = _cargo(summons, width)
    _w, cargo_height = cargo.wrap(width, 1000)
    cut = Table([[""]], colWidths=[width], rowHeights=[1],
                style=[("LINEABOVE", (0, 0), (-1, -1), 0.5, colors.black, None, (2, 2))])
    return [*_summons_body(batch, summons, width, _summons_styles(size)),
            FillToBottom(cargo_height + _CARGO_GAP),
            KeepTogether([Spacer(1, 3.5 * mm), cut, Spacer(1, 2 * mm), cargo])]


def render_summonses(batch: SummonsBatch,
                     progress: Callable[[int, int], object] | None = None) -> bytes:
    """All the summonses of `batch` in one PDF, one per page (a long agenda may take two), each
    numbered on its own ("Página 1 de 1") with its own number in the footer. progress(done,
    total) is called as each summons is laid out (it may raise to stop)."""
    letterhead = batch.info.letterhead
    margins = letterhead_margins(letterhead)
    width = text_width(letterhead)
    frame_height = A4[1] - margins.top - margins.bottom
    story: list[Flowable] = []
    size = _summons_size(batch, width, frame_height) if batch.summonses else 0
    total = len(batch.summonses)
    for n, summons in enumerate(batch.summonses):
        if n:
            story.append(PageBreak())
        footer = f"{one_line(summons.number_text)} – {one_line(batch.info.title)}"
        story.append(PageGroup(n, footer, summons.verification,
                               (lambda done=n: progress(done, total)) if progress else None))
        story += _summons_story(batch, summons, width, size)
    if not story:
        story.append(Paragraph("No hay citaciones que imprimir.", council_styles()["body"]))
    title = (one_line(batch.summonses[0].number_text) if len(batch.summonses) == 1
             else f"Citaciones – {one_line(batch.info.title)}")
    pdf = build_pdf(story, title=title, institution=letterhead.institution_name,
                    letterhead=letterhead)
    if progress is not None:
        progress(total, total)
    return pdf
