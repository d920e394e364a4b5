"""The Gerencia Municipal's report of compliance of the acts it follows up (acuerdos and ordenanzas
of the council, decretos and resoluciones): figures, a chart per unit, and every compromiso
grouped by the council session (or the act) it comes from, with the gerente's signature block;
as PDF (landscape A4) and as an Excel workbook. Plain data in (management.compliance); every
piece of user text goes through text.escape()."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from pisac_desktop.reports.base import build_pdf
from pisac_desktop.reports.letterhead import Letterhead, letterhead_margins
from pisac_desktop.reports.text import escape, one_line
from pisac_desktop.reports.tramite import styles
from pisac_desktop.reports.tramite_report import bar_chart, data_table

STATE_COLOURS = (colors.HexColor("#31a354"), colors.HexColor("#6baed6"),
                 colors.HexColor("#bdbdbd"), colors.HexColor("#de2d26"))
STATE_NAMES = ("Cumplidos", "En proceso", "Pendientes", "Vencidos")
UNIT_HEADS = ("Unidad", "Compromisos", "Cumplidos", "En proceso", "Pendientes", "Vencidos",
              "No aplicables", "Cumplimiento")
LINE_HEADS = ("N°", "Compromiso", "Unidad", "Plazo", "Estado", "Avance", "Último reporte")


@dataclass(frozen=True)
class UnitFigures:
    unit: str
    total: int
    done: int
    in_progress: int
    pending: int  # open, not yet due
    overdue: int
    not_applicable: int

    @property
    def rate(self) -> str:
        """Done over what applies, as «75 %» (or «—» when nothing applies)."""
        applies = self.total - self.not_applicable
        return f"{round(100 * self.done / applies)} %" if applies else "—"


@dataclass(frozen=True)
class CommitmentLine:
    description: str
    unit: str
    due_on: dt.date
    state: str  # "Cumplido", "Vencido", ...
    percent: int
    last_report: str


@dataclass(frozen=True)
class ActBlock:
    number_text: str
    doc_date: dt.date
    summary: str
    lines: tuple[CommitmentLine, ...]


@dataclass(frozen=True)
class SessionGroup:
    heading: str  # "Sesión Ordinaria N° 05-2026 (12/03/2026)" or "Decretos y resoluciones"
    acts: tuple[ActBlock, ...]


@dataclass(frozen=True)
class ComplianceDoc:
    letterhead: Letterhead
    title: str
    scope: str  # what is counted: acts, period, unit
    as_of: str  # "Situación al 4 de diciembre de 2026"
    totals: UnitFigures
    units: tuple[UnitFigures, ...]
    groups: tuple[SessionGroup, ...]
    signer_name: str
    signer_post: str
    generated: str


def _unit_row(f: UnitFigures) -> list:
    return [f.unit, f.total, f.done, f.in_progress, f.pending, f.overdue, f.not_applicable,
            f.rate]


def render_compliance(doc: ComplianceDoc) -> bytes:
    st = styles()
    margins = letterhead_margins(doc.letterhead, landscape_mode=True)
    width = landscape(A4)[0] - margins.left - margins.right
    t = doc.totals
    story: list[Flowable] = [
        Paragraph(escape(doc.title), st["title"]),
        Paragraph(escape(doc.scope), st["center"]),
        Paragraph(escape(doc.as_of), st["center"]),
        Spacer(1, 3 * mm),
    ]
    if not t.total:
        story.append(Paragraph("No hay compromisos de seguimiento en lo elegido.", st["info"]))
    else:
        story += [
            data_table([list(UNIT_HEADS), *[_unit_row(u) for u in doc.units],
                        _unit_row(UnitFigures("Total", *[getattr(t, k) for k in (
                            "total", "done", "in_progress", "pending", "overdue",
                            "not_applicable")]))],
                       [width - 154 * mm, 22 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm, 24 * mm,
                        28 * mm]),
            Spacer(1, 2 * mm),
            Paragraph(escape("Cumplimiento: compromisos cumplidos sobre los que aplican (los no "
                             "aplicables no se cuentan). Vencidos: abiertos después de su "
                             "plazo."), st["small"]),
            Spacer(1, 3 * mm),
            bar_chart("Compromisos por unidad y estado", [u.unit for u in doc.units],
                      [[u.done for u in doc.units], [u.in_progress for u in doc.units],
                       [u.pending for u in doc.units], [u.overdue for u in doc.units]],
                      list(STATE_NAMES), STATE_COLOURS, width, stacked=True),
            Spacer(1, 4 * mm),
        ]
    widths = [10 * mm, 0, 45 * mm, 20 * mm, 22 * mm, 15 * mm, 75 * mm]
    widths[1] = width - sum(widths)
    blocks: list[list[Flowable]] = []
    for group in doc.groups:
        # The session's heading stays with its first act (never alone at a page's foot).
        heading = [Paragraph(f"<b>{escape(group.heading)}</b>", st["info"]), Spacer(1, 1 * mm)]
        for act in group.acts:
            head = Paragraph(f"<b>{escape(act.number_text)}</b> ({act.doc_date:%d/%m/%Y}): "
                             f"{escape(one_line(act.summary))}", st["info"])
            rows = [list(LINE_HEADS)] + [
                [str(n), line.description, line.unit, f"{line.due_on:%d/%m/%Y}", line.state,
                 f"{line.percent} %", line.last_report or "—"]
                for n, line in enumerate(act.lines, start=1)]
            table = data_table(rows, widths, numeric_from=len(widths))
            blocks.append([*heading, head, Spacer(1, 1 * mm), table])
            heading = []
    # The signature never stands alone on a page: it keeps the last block with it.
    last = blocks.pop() if blocks else []
    story += [item for block in blocks for item in (KeepTogether(block), Spacer(1, 3 * mm))]
    story += [KeepTogether([*last, Spacer(1, 14 * mm), signature_block(doc, width, st)]),
              Spacer(1, 3 * mm), Paragraph(escape(doc.generated), st["small"])]
    return build_pdf(story, title=doc.title, institution=doc.letterhead.institution_name,
                     subject=doc.scope, landscape_mode=True, letterhead=doc.letterhead,
                     footer_text=one_line(doc.title))


def signature_block(doc, width: float, st) -> Table:
    """The signer's line, name and post, centred (doc has signer_name and signer_post)."""
    box = 80 * mm
    table = Table([[""], [Paragraph(f"<b>{escape(doc.signer_name or ' ')}</b>", st["center"])],
                   [Paragraph(escape(doc.signer_post), st["center"])]],
                  colWidths=[box], rowHeights=[10 * mm, None, None], hAlign="CENTER")
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black),
                               ("TOPPADDING", (0, 1), (-1, -1), 1),
                               ("BOTTOMPADDING", (0, 1), (-1, -1), 0)]))
    return table


def write_compliance_xlsx(doc: ComplianceDoc, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Por unidad"
    for line in (doc.title, doc.scope, doc.as_of):
        sheet.append([line])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    sheet.append(list(UNIT_HEADS))
    for cell in sheet[5]:
        cell.font = Font(bold=True)
    for u in doc.units:
        row = _unit_row(u)
        applies = u.total - u.not_applicable
        row[-1] = round(u.done / applies, 4) if applies else None
        sheet.append(row)
        if applies:
            sheet.cell(sheet.max_row, len(row)).number_format = "0%"
    sheet.column_dimensions["A"].width = 50
    lines = book.create_sheet("Compromisos")
    lines.append(["Sesión o grupo", "Documento", "Fecha del documento", "Sumilla", "Compromiso",
                  "Unidad", "Plazo", "Estado", "Avance (%)", "Último reporte"])
    for cell in lines[1]:
        cell.font = Font(bold=True)
    for group in doc.groups:
        for act in group.acts:
            for line in act.lines:
                lines.append([group.heading, act.number_text, act.doc_date,
                              one_line(act.summary), line.description, line.unit, line.due_on,
                              line.state, line.percent, line.last_report])
                for column in (3, 7):
                    lines.cell(lines.max_row, column).number_format = "DD/MM/YYYY"
    for column, size in zip("ABCDEFGHIJ", (34, 44, 12, 50, 60, 40, 12, 14, 10, 60), strict=True):
        lines.column_dimensions[column].width = size
    lines.freeze_panes = "A2"
    book.properties.title, book.properties.creator = doc.title, "Pisac Desktop"
    book.save(path)
