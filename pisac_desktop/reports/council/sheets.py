"""The attendance sheet, the vote sheet and the session summary."""

from __future__ import annotations

from collections.abc import Sequence

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

from pisac_desktop.reports.base import build_pdf
from pisac_desktop.reports.council.common import (
    ABSTAIN,
    AGAINST,
    FOR,
    LIGHT,
    AttendanceRow,
    AttendanceSheet,
    SessionSummary,
    VotedItem,
    VoteSheet,
    council_styles,
    info_grid,
    label_table,
    session_heading,
    signer_blocks,
    table_style,
    text_width,
)
from pisac_desktop.reports.paragraphs import paragraph
from pisac_desktop.reports.text import escape, one_line

ATTENDANCE_HEADERS = ("N°", "Nombres y apellidos", "Cargo", "Asistencia", "Hora de llegada",
                      "Firma")


_ATTENDANCE_MM = (8, 50, 29, 19, 16, 0)


SIGNING_ROW = 12 * mm


def _attendance_table(rows: Sequence[AttendanceRow], width: float, start: int = 1) -> Table:
    st = council_styles()
    widths = [w * mm for w in _ATTENDANCE_MM]
    widths[-1] = width - sum(widths)
    data: list[list] = [[Paragraph(h, st["cell_header"]) for h in ATTENDANCE_HEADERS]]
    heights: list[float | None] = [None]
    for n, row in enumerate(rows, start=start):
        cells = [Paragraph(str(n), st["cell_centre"]),
                 Paragraph(escape(one_line(row.name)), st["cell"]),
                 Paragraph(escape(one_line(row.post)), st["cell"]),
                 Paragraph(escape(one_line(row.status)), st["cell_centre"]),
                 Paragraph(escape(one_line(row.arrived)), st["cell_centre"]), ""]
        needed = max(c.wrap(w - 7, 1000)[1] for c, w in zip(cells[:-1], widths, strict=False))
        data.append(cells)
        heights.append(SIGNING_ROW if needed + 8 <= SIGNING_ROW else None)
    table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(table_style()))
    return table


def render_attendance_sheet(sheet: AttendanceSheet) -> bytes:
    st = council_styles()
    info = sheet.info
    width = text_width(info.letterhead)
    story = session_heading(info, "HOJA DE ASISTENCIA", width)
    story.append(info_grid(info, width))
    story.append(Spacer(1, 2 * mm))
    if sheet.not_installed:
        story.append(Paragraph("SESIÓN NO INSTALADA POR FALTA DE QUÓRUM", st["alert"]))
    story.append(Paragraph("<b>MIEMBROS DEL CONCEJO MUNICIPAL</b>", st["heading"]))
    story.append(_attendance_table(sheet.members, width))
    if one_line(sheet.quorum_text):
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(f"<b>{escape(one_line(sheet.quorum_text))}</b>", st["info"]))
    if sheet.invitees:
        story.append(CondPageBreak(40 * mm))
        story.append(Paragraph("<b>FUNCIONARIOS INVITADOS</b>", st["heading"]))
        story.append(_attendance_table(sheet.invitees, width))
    story.append(KeepTogether(signer_blocks([sheet.certifier])))
    title = f"Hoja de asistencia – {one_line(info.title)}"
    return build_pdf(story, title=title, institution=info.letterhead.institution_name,
                     letterhead=info.letterhead)


VOTE_HEADERS = ("N°", "Miembro del concejo", "Cargo", "A favor", "En contra", "Abstención",
                "Fundamento / observación")


_VOTE_MM = (7, 47, 18, 14, 15, 18, 0)


def _vote_table(item: VotedItem, width: float) -> Table:
    st = council_styles()
    widths = [w * mm for w in _VOTE_MM]
    widths[-1] = width - sum(widths)
    header = ParagraphStyle("council_vote_header", parent=st["cell_header"], fontSize=8.5,
                            leading=10)
    data: list[list] = [[Paragraph(h, header) for h in VOTE_HEADERS]]
    columns = {FOR: 0, AGAINST: 1, ABSTAIN: 2}
    commands = table_style(padding=3)
    for n, row in enumerate(item.rows, start=1):
        marks: list = ["", "", ""]
        if row.choice in columns:
            marks[columns[row.choice]] = Paragraph("X", st["mark"])
        note = one_line(row.note)
        if row.tiebreak:
            note = "Voto dirimente del alcalde" + (f". {note}" if note else "")
        data.append([Paragraph(str(n), st["cell_centre"]),
                     Paragraph(escape(one_line(row.name)), st["cell"]),
                     Paragraph(escape(one_line(row.post)), st["cell"]),
                     *marks, Paragraph(escape(note), st["cell"])])
    data.append(["", Paragraph("<b>TOTAL</b>", st["cell"]), "",
                 Paragraph(f"<b>{item.votes_for}</b>", st["cell_centre"]),
                 Paragraph(f"<b>{item.against}</b>", st["cell_centre"]),
                 Paragraph(f"<b>{item.abstain}</b>", st["cell_centre"]), ""])
    commands.append(("BACKGROUND", (0, -1), (-1, -1), LIGHT))
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(commands))
    return table


def _voted_item(item: VotedItem, width: float) -> list[Flowable]:
    st = council_styles()
    outside = " (asunto no previsto en la agenda)" if item.outside_agenda else ""
    # An item's table starts on a new page rather than split (unless longer than a page).
    head = [KeepTogether([
        paragraph(f"<b>PUNTO {item.number}.</b> {escape(one_line(item.title))}"
                  f"{escape(outside)}", st["heading"]),
        Paragraph(f"<b>Mayoría requerida:</b> {escape(one_line(item.majority))}", st["info"]),
        Spacer(1, 1.5 * mm), _vote_table(item, width)]), Spacer(1, 2 * mm)]
    tail = [Paragraph(f"Resultado: {escape(one_line(item.result))}", st["result"])]
    if one_line(item.tiebreak):
        tail.append(Paragraph(f"<b>Voto dirimente del alcalde:</b> "
                              f"{escape(one_line(item.tiebreak))}", st["info"]))
    tail.append(Paragraph(escape(one_line(item.explanation)), st["info"]))
    if one_line(item.document):
        tail.append(Paragraph(f"<b>Documento:</b> {escape(one_line(item.document))}",
                              st["info"]))
    return [*head, KeepTogether(tail), Spacer(1, 5 * mm)]


def render_vote_sheet(sheet: VoteSheet) -> bytes:
    st = council_styles()
    info = sheet.info
    width = text_width(info.letterhead)
    story = session_heading(info, "HOJA DE VOTACIÓN", width)
    story.append(info_grid(info, width, with_times=False))
    story.append(Spacer(1, 3 * mm))
    if not sheet.items:
        story.append(Paragraph("En esta sesión no se votó ningún punto.", st["body"]))
    for item in sheet.items:
        story += _voted_item(item, width)
    story.append(KeepTogether(signer_blocks([sheet.certifier])))
    title = f"Hoja de votación – {one_line(info.title)}"
    return build_pdf(story, title=title, institution=info.letterhead.institution_name,
                     letterhead=info.letterhead)


SUMMARY_HEADERS = ("N°", "Estación", "Asunto", "Resultado", "Documento")


_SUMMARY_MM = (8, 22, 0, 34, 36)


def render_session_summary(summary: SessionSummary) -> bytes:
    st = council_styles()
    info = summary.info
    width = text_width(info.letterhead)
    story = session_heading(info, "RESUMEN DE SESIÓN", width)
    story.append(info_grid(info, width))
    if summary.facts:
        story += [Spacer(1, 1.5 * mm), label_table(summary.facts, width, 31 * mm)]
    story.append(Spacer(1, 2 * mm))
    if one_line(summary.quorum_text):
        story.append(Paragraph("<b>ASISTENCIA Y QUÓRUM</b>", st["heading"]))
        story.append(Paragraph(escape(one_line(summary.quorum_text)), st["info"]))
        if summary.present:
            story.append(Paragraph("<b>Asistieron:</b> " + escape("; ".join(
                one_line(p) for p in summary.present)) + ".", st["info"]))
        if summary.absent:
            story.append(Paragraph("<b>No asistieron:</b> " + escape("; ".join(
                one_line(p) for p in summary.absent)) + ".", st["info"]))
    story.append(Paragraph("<b>AGENDA Y ACUERDOS</b>", st["heading"]))
    if summary.items:
        widths = [w * mm for w in _SUMMARY_MM]
        widths[2] = width - sum(widths)
        data: list[list] = [[Paragraph(h, st["cell_header"]) for h in SUMMARY_HEADERS]]
        for item in summary.items:
            result = [Paragraph(f"<b>{escape(one_line(item.result))}</b>", st["cell"])] \
                if one_line(item.result) else []
            if one_line(item.counts):
                result.append(Paragraph(escape(one_line(item.counts)), st["cell_small"]))
            data.append([Paragraph(str(item.number), st["cell_centre"]),
                         Paragraph(escape(one_line(item.section)), st["cell"]),
                         Paragraph(escape(one_line(item.title)), st["cell"]),
                         result, Paragraph(escape(one_line(item.document)), st["cell"])])
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
        commands = table_style()
        commands.append(("VALIGN", (0, 1), (-1, -1), "TOP"))
        table.setStyle(TableStyle(commands))
        story.append(table)
    else:
        story.append(Paragraph("La sesión no tiene puntos de agenda.", st["info"]))
    notes = [one_line(n) for n in summary.notes if one_line(n)]
    if notes:
        story.append(Paragraph("<b>OBSERVACIONES</b>", st["heading"]))
        story += [Paragraph(f"• {escape(n)}", st["info"]) for n in notes]
    if one_line(summary.generated_text):
        story += [Spacer(1, 4 * mm), Paragraph(escape(one_line(summary.generated_text)),
                                               st["small"])]
    title = f"Resumen de sesión – {one_line(info.title)}"
    return build_pdf(story, title=title, institution=info.letterhead.institution_name,
                     letterhead=info.letterhead)
