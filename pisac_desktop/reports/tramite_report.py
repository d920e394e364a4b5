"""The trámite's reports: the monthly or yearly report (figures, a chart of filings by unit and
one of what is pending by age, drawn with ReportLab's own graphics) and the register of case
files of a year, as PDF and as Excel. Plain data in (tramite.statistics, tramite.printing);
every piece of user text goes through text.escape()."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from pisac_desktop.reports.base import build_pdf
from pisac_desktop.reports.fonts import SERIF, register_fonts
from pisac_desktop.reports.letterhead import Letterhead, letterhead_margins
from pisac_desktop.reports.text import escape, one_line
from pisac_desktop.reports.tramite import GREY, styles

AGE_COLOURS = (colors.HexColor("#9ecae1"), colors.HexColor("#4292c6"),
               colors.HexColor("#fdae6b"), colors.HexColor("#e6550d"),
               colors.HexColor("#a50f15"))


@dataclass(frozen=True)
class ReportDoc:
    letterhead: Letterhead
    title: str  # "Informe de trámite documentario — Noviembre de 2026"
    period: str  # "del 1 al 30 de noviembre de 2026"
    as_of: str  # "pendientes al 21 de noviembre de 2026"
    summary: tuple[tuple[str, str], ...]  # (label, value)
    procedures: tuple[tuple[str, int, int, int, int, str], ...]
    units: tuple[tuple[str, int, int, int, tuple[int, ...]], ...]
    age_labels: tuple[str, ...]
    generated: str


def data_table(data: list[list], widths: list[float], numeric_from: int = 1) -> Table:
    st = styles()
    cell, bold = st["cell"], st["cell_bold"]
    rows = [[Paragraph(escape(str(v)), bold) for v in data[0]]]
    rows += [[Paragraph(escape(str(v)), cell) for v in row] for row in data[1:]]
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (numeric_from, 1), (-1, -1), "RIGHT"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    return table


def bar_chart(title: str, labels: list[str], series: list[list[int]], names: list[str],
          bar_colours, width: float, stacked: bool = False, numbers: bool = False) -> Drawing:
    """A horizontal bar chart, one bar (or stack) per label, with a legend when several;
    `numbers` writes each bar's (or segment's) value inside its end."""
    register_fonts()
    rows = max(1, len(labels))
    height = 26 + rows * 15 + (14 if len(series) > 1 else 0)
    drawing = Drawing(width, height)
    drawing.add(String(0, height - 10, title, fontName=SERIF, fontSize=9))
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 14 + (14 if len(series) > 1 else 0)
    chart.width, chart.height = width - 170, rows * 15
    chart.data = series or [[0]]
    chart.categoryAxis.categoryNames = [one_line(label)[:38] for label in labels] or ["—"]
    chart.categoryAxis.labels.fontName, chart.categoryAxis.labels.fontSize = SERIF, 7
    chart.categoryAxis.reverseDirection = 1
    chart.valueAxis.labels.fontName, chart.valueAxis.labels.fontSize = SERIF, 7
    chart.valueAxis.valueMin = 0
    columns = list(zip(*series, strict=True)) if series and labels else [(1,)]
    top = max((sum(col) if stacked else max(col)) for col in columns)
    chart.valueAxis.valueMax = max(1, top)
    chart.valueAxis.valueStep = max(1, round(top / 5))
    if stacked:
        chart.categoryAxis.style = "stacked"
    if numbers:
        chart.barLabelFormat = lambda v: f"{v:.0f}" if v else ""
        chart.barLabels.fontName, chart.barLabels.fontSize = SERIF, 6
        chart.barLabels.boxAnchor, chart.barLabels.dx = "e", -1
    for i, colour in enumerate(bar_colours[:len(series)]):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = colors.white
    drawing.add(chart)
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = 0, 8
        legend.fontName, legend.fontSize = SERIF, 7
        legend.alignment, legend.columnMaximum = "right", 1
        legend.deltax, legend.dxTextSpace = min(90, width / 5), 4
        legend.colorNamePairs = list(zip(bar_colours, names, strict=False))
        drawing.add(legend)
    return drawing


def render_report(doc: ReportDoc) -> bytes:
    st = styles()
    margins = letterhead_margins(doc.letterhead)
    width = A4[0] - margins.left - margins.right
    story: list[Flowable] = [
        Paragraph(escape(doc.title), st["title"]),
        Paragraph(escape(f"{doc.period}; {doc.as_of}"), st["center"]),
        Spacer(1, 3 * mm),
        data_table([["Indicador", "Valor"], *[list(pair) for pair in doc.summary]],
               [width - 35 * mm, 35 * mm]),
        Spacer(1, 4 * mm),
    ]
    if doc.units:
        story.append(bar_chart("Expedientes recibidos por unidad de destino",
                           [u[0] for u in doc.units], [[u[1] for u in doc.units]],
                           ["Recibidos"], [colors.HexColor("#4292c6")], width))
        story.append(Spacer(1, 3 * mm))
        story.append(bar_chart("Pendientes por antigüedad (días hábiles desde su presentación)",
                           [u[0] for u in doc.units],
                           [[u[4][i] for u in doc.units] for i in range(len(doc.age_labels))],
                           list(doc.age_labels), AGE_COLOURS, width, stacked=True))
        story.append(Spacer(1, 4 * mm))
    story += [
        Paragraph("<b>Por procedimiento</b>", st["info"]), Spacer(1, 1 * mm),
        data_table([["Procedimiento", "Recibidos", "Atendidos", "En plazo", "Fuera de plazo",
                 "Días hábiles (promedio)"], *[list(p) for p in doc.procedures]],
               [width - 108 * mm, 18 * mm, 18 * mm, 16 * mm, 22 * mm, 34 * mm]),
        Spacer(1, 4 * mm),
        Paragraph("<b>Por unidad</b>", st["info"]), Spacer(1, 1 * mm),
        data_table([["Unidad", "Recibidos", "Pendientes", "Vencidos", *doc.age_labels],
                *[[u[0], u[1], u[2], u[3], *u[4]] for u in doc.units]],
               [width - 124 * mm, 16 * mm, 18 * mm, 16 * mm] + [74 * mm / 5] * 5),
        Spacer(1, 2 * mm), Paragraph(escape(doc.generated), st["small"]),
    ]
    return build_pdf(story, title=doc.title, institution=doc.letterhead.institution_name,
                     subject=doc.period, letterhead=doc.letterhead,
                     footer_text=one_line(doc.title))


def write_report_xlsx(doc: ReportDoc, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Resumen"
    sheet.append([doc.title])
    sheet.append([f"{doc.period}; {doc.as_of}"])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append([])
    for label, value in doc.summary:
        sheet.append([label, _number(value)])
    sheet.column_dimensions["A"].width = 60
    for title, head, rows in (
            ("Por procedimiento", ["Procedimiento", "Recibidos", "Atendidos", "En plazo",
                                   "Fuera de plazo", "Días hábiles (promedio)"],
             [list(p) for p in doc.procedures]),
            ("Por unidad", ["Unidad", "Recibidos", "Pendientes", "Vencidos", *doc.age_labels],
             [[u[0], u[1], u[2], u[3], *u[4]] for u in doc.units])):
        ws = book.create_sheet(title)
        ws.append(head)
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for row in rows:
            ws.append([_number(v) for v in row])
        ws.column_dimensions["A"].width = 60
        ws.freeze_panes = "A2"
    book.properties.title, book.properties.creator = doc.title, "Pisac Desktop"
    book.save(path)


def _number(value):
    """'4,5' → 4.5 and '12' → 12 for Excel; other text stays text."""
    if isinstance(value, str):
        try:
            number = float(value.replace(",", "."))
        except ValueError:
            return value
        return int(number) if number.is_integer() and "," not in value else number
    return value


# ----------------------------------------------------------------------------------------------
# The register of case files of a year


@dataclass(frozen=True)
class RegisterLine:
    number_text: str
    received_at: dt.datetime
    filer: str
    document: str
    subject: str
    procedure: str
    unit: str
    state: str
    due_on: dt.date | None
    closed_at: dt.datetime | None


@dataclass(frozen=True)
class RegisterDoc:
    letterhead: Letterhead
    title: str  # "Registro de expedientes 2026"
    generated: str
    lines: tuple[RegisterLine, ...]


def render_register(doc: RegisterDoc) -> bytes:
    st = styles()
    margins = letterhead_margins(doc.letterhead)
    width = landscape(A4)[0] - margins.left - margins.right
    data = [["Expediente", "Recibido", "Administrado", "Asunto", "Procedimiento", "Unidad",
             "Estado", "Plazo", "Cierre"]]
    for line in doc.lines:
        data.append([line.number_text, f"{line.received_at:%d/%m/%Y %H:%M}",
                     f"{line.filer} ({line.document})", one_line(line.subject)[:300],
                     line.procedure, line.unit, line.state,
                     f"{line.due_on:%d/%m/%Y}" if line.due_on else "—",
                     f"{line.closed_at:%d/%m/%Y}" if line.closed_at else "—"])
    widths = [34 * mm, 22 * mm, 42 * mm, 0, 24 * mm, 32 * mm, 18 * mm, 17 * mm, 17 * mm]
    widths[3] = width - sum(widths)
    story = [Paragraph(escape(doc.title), st["title"]), Spacer(1, 2 * mm),
             data_table(data, widths, numeric_from=len(widths)), Spacer(1, 2 * mm),
             Paragraph(escape(doc.generated), st["small"])]
    return build_pdf(story, title=doc.title, institution=doc.letterhead.institution_name,
                     landscape_mode=True, letterhead=doc.letterhead, footer_text=doc.title)


def write_register_xlsx(doc: RegisterDoc, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Expedientes")
    heads = ["Expediente", "Recibido", "Administrado", "Documento", "Asunto", "Procedimiento",
             "Unidad", "Estado", "Plazo", "Cierre"]
    for index, w in enumerate((22, 18, 36, 18, 70, 40, 36, 14, 12, 12)):
        sheet.column_dimensions[chr(ord("A") + index)].width = w
    sheet.freeze_panes = "A2"
    header = []
    for title in heads:
        cell = WriteOnlyCell(sheet, title)
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)

    def text(value: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value)
        cell.data_type = "s"  # user text is never a formula
        return cell

    for line in doc.lines:
        received = WriteOnlyCell(sheet, line.received_at)
        received.number_format = "dd/mm/yyyy hh:mm"
        sheet.append([text(line.number_text), received, text(line.filer), text(line.document),
                      text(line.subject), text(line.procedure), text(line.unit),
                      text(line.state), line.due_on, line.closed_at.date() if line.closed_at
                      else None])
    book.properties.title, book.properties.creator = doc.title, "Pisac Desktop"
    book.save(path)
