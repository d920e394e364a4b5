"""The Gerencia Municipal's monthly report to the alcaldía (ROF art. 32: «informar mensualmente»)
and the year's memoria de gestión: the heading of an informe (A, DE, ASUNTO, FECHA), what the
gerente writes, then the month's figures — operating plan, budget execution, case files,
compliance of agreements, documents issued — with charts drawn by ReportLab, and the signature
block; as PDF and as an Excel workbook with the tables. Plain data in (management.monthly);
every piece of user text goes through text.escape()."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from pisac_desktop.reports.base import build_pdf
from pisac_desktop.reports.letterhead import Letterhead, letterhead_margins
from pisac_desktop.reports.management_report import signature_block
from pisac_desktop.reports.text import escape, one_line
from pisac_desktop.reports.tramite import label_rows, styles
from pisac_desktop.reports.tramite_report import bar_chart, data_table

BLUE, GREEN, ORANGE = (colors.HexColor("#4292c6"), colors.HexColor("#31a354"),
                       colors.HexColor("#fd8d3c"))


@dataclass(frozen=True)
class Table:
    title: str
    heads: tuple[str, ...]
    rows: tuple[tuple, ...]
    widths: tuple[float, ...]  # mm; one of them 0 takes the rest
    note: str = ""
    empty: str = "Sin datos en el periodo."


@dataclass(frozen=True)
class Chart:
    title: str
    labels: tuple[str, ...]
    series: tuple[tuple[float, ...], ...]
    names: tuple[str, ...]


@dataclass(frozen=True)
class Section:
    title: str  # "II. Plan operativo institucional"
    text: str = ""  # a sentence before the tables
    tables: tuple[Table, ...] = ()
    charts: tuple[Chart, ...] = ()


@dataclass(frozen=True)
class MonthlyDoc:
    letterhead: Letterhead
    title: str  # "INFORME MENSUAL DE GESTIÓN" / "MEMORIA DE GESTIÓN 2026"
    heading: tuple[tuple[str, str], ...]  # (A, …), (DE, …), (ASUNTO, …), (FECHA, …)
    summary: str  # what the gerente wrote
    sections: tuple[Section, ...]
    signer_name: str
    signer_post: str
    generated: str


def render_monthly(doc: MonthlyDoc) -> bytes:
    st = styles()
    margins = letterhead_margins(doc.letterhead)
    width = A4[0] - margins.left - margins.right
    story: list[Flowable] = [Paragraph(escape(doc.title), st["title"]), Spacer(1, 3 * mm),
                             label_rows(doc.heading, width, 24 * mm), Spacer(1, 2 * mm)]
    story.append(Paragraph("<b>I. Resumen de la gestión del periodo</b>", st["info"]))
    story.append(Spacer(1, 1 * mm))
    paragraphs = [p for p in doc.summary.split("\n") if p.strip()] or [
        "(El gerente municipal aún no redactó el resumen de este periodo.)"]
    story += [Paragraph(escape(p), st["body"]) for p in paragraphs]
    for section in doc.sections:
        block: list[Flowable] = [Spacer(1, 3 * mm),
                                 Paragraph(f"<b>{escape(section.title)}</b>", st["info"]),
                                 Spacer(1, 1 * mm)]
        if section.text:
            block.append(Paragraph(escape(section.text), st["body"]))
        story.append(KeepTogether(block))
        for chart in section.charts:
            if chart.labels:
                story += [bar_chart(chart.title, list(chart.labels),
                                    [list(values) for values in chart.series], list(chart.names),
                                    [BLUE, GREEN, ORANGE], width), Spacer(1, 2 * mm)]
        for table in section.tables:
            widths = [w * mm for w in table.widths]
            if 0 in widths:
                widths[widths.index(0)] = width - sum(widths)
            rows = [list(table.heads), *[[_cell(v) for v in row] for row in table.rows]] \
                if table.rows else [list(table.heads), [table.empty]
                                    + [""] * (len(table.heads) - 1)]
            items: list[Flowable] = []
            if table.title:
                items.append(Paragraph(escape(table.title), st["small"]))
            items.append(data_table(rows, widths))
            if table.note:
                items.append(Paragraph(escape(table.note), st["small"]))
            story += [KeepTogether(items), Spacer(1, 2 * mm)]
    story += [KeepTogether([Spacer(1, 14 * mm), signature_block(doc, width, st)]), Spacer(1, 3 * mm),
              Paragraph(escape(doc.generated), st["small"])]
    subject = dict(doc.heading).get("ASUNTO", doc.title)
    return build_pdf(story, title=subject, institution=doc.letterhead.institution_name,
                     subject=subject, letterhead=doc.letterhead, footer_text=one_line(subject))


def _cell(value) -> str:
    return "—" if value is None else str(value)


def write_monthly_xlsx(doc: MonthlyDoc, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Resumen"
    sheet.append([doc.title])
    sheet["A1"].font = Font(bold=True, size=13)
    for label, value in doc.heading:
        sheet.append([label, value])
    sheet.append([])
    for paragraph in doc.summary.split("\n"):
        sheet.append([paragraph])
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 90
    used: set[str] = {"Resumen"}
    for section in doc.sections:
        for table in section.tables:
            name = _sheet_name(table.title or section.title, used)
            ws = book.create_sheet(name)
            ws.append([f"{section.title} — {table.title}" if table.title else section.title])
            ws["A1"].font = Font(bold=True)
            ws.append(list(table.heads))
            for cell in ws[2]:
                cell.font = Font(bold=True)
            for row in table.rows:
                ws.append([_excel_value(v) for v in row])
                for column, value in enumerate(row, start=1):
                    if isinstance(value, str) and _PERCENT.fullmatch(value):
                        ws.cell(ws.max_row, column).number_format = "0.0%"
                    elif isinstance(value, str) and _SOLES.fullmatch(value):
                        ws.cell(ws.max_row, column).number_format = '"S/" #,##0.00'

            ws.column_dimensions["A"].width = 50
            ws.freeze_panes = "A3"
    book.properties.title, book.properties.creator = doc.title, "Pisac Desktop"
    book.save(path)


_PERCENT = re.compile(r"-?\d+(,\d+)? %")
_SOLES = re.compile(r"-?S/ [\d ]+\.\d\d")


def _excel_value(value):
    """What the paper prints as «92,5 %» or «S/ 75 000.00» is a number in Excel."""
    if isinstance(value, str):
        if _PERCENT.fullmatch(value):
            return float(value[:-2].replace(",", ".")) / 100
        if _SOLES.fullmatch(value):
            return float(value.replace("S/", "").replace(" ", ""))
    return value


def _sheet_name(title: str, used: set[str]) -> str:
    base = "".join(c for c in title if c not in "[]:*?/\\")[:28].strip() or "Tabla"
    name, n = base, 2
    while name in used:
        name, n = f"{base[:25]} {n}", n + 1
    used.add(name)
    return name

