"""The monthly allowances (dietas) of the regidores: PDF to be signed, and Excel."""

from __future__ import annotations

import os
from typing import IO

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from pisac_desktop.reports.base import build_pdf
from pisac_desktop.reports.council.common import (
    LIGHT,
    AllowanceReport,
    council_styles,
    signer_blocks,
    single_line,
    table_style,
    text_width,
)
from pisac_desktop.reports.registers import xlsx_text
from pisac_desktop.reports.text import escape, one_line

ALLOWANCE_HEADERS = ("N°", "Regidor(a)", "Sesiones asistidas", "Sesiones pagables",
                     "Detalle de sesiones asistidas")


_ALLOWANCE_MM = (8, 50, 20, 20, 0)


def render_allowances_pdf(report: AllowanceReport) -> bytes:
    st = council_styles()
    width = text_width(report.letterhead)
    story: list[Flowable] = [
        single_line("DIETAS DE LOS REGIDORES", st["title"], width),
        Paragraph(f"Sesiones de concejo de {escape(one_line(report.month_label))}",
                  st["centre"]),
        Spacer(1, 3 * mm),
        Paragraph(f"Conforme al artículo 12 de la Ley N°\u00a027972, Ley Orgánica de "
                  f"Municipalidades, los regidores perciben dietas por las sesiones a las que "
                  f"asisten, hasta un máximo de {report.limit} al mes. Se cuentan las sesiones "
                  "realizadas (ordinarias, extraordinarias y solemnes) con asistencia o "
                  f"tardanza registrada; de haber más de {report.limit}, se pagan las "
                  f"{report.limit} primeras en orden de fecha.", st["body"]),
    ]
    held = [one_line(s) for s in report.sessions_held if one_line(s)]
    story.append(Paragraph(
        f"<b>Sesiones realizadas en el mes:</b> {len(held)}" +
        (f" ({escape(', '.join(held))})" if held else ""), st["info"]))
    story.append(Spacer(1, 3 * mm))
    widths = [w * mm for w in _ALLOWANCE_MM]
    widths[-1] = width - sum(widths)
    data: list[list] = [[Paragraph(h, st["cell_header"]) for h in ALLOWANCE_HEADERS]]
    for n, row in enumerate(report.rows, start=1):
        detail = [Paragraph(escape(one_line(row.sessions)) or "—", st["cell"])]
        if row.payable < row.attended and one_line(row.payable_sessions):
            detail.append(Paragraph(f"Pagables: {escape(one_line(row.payable_sessions))}",
                                    st["cell_small"]))
        data.append([Paragraph(str(n), st["cell_centre"]),
                     [Paragraph(escape(one_line(row.name)), st["cell"]),
                      Paragraph(escape(one_line(row.post)), st["cell_small"])],
                     Paragraph(str(row.attended), st["cell_centre"]),
                     Paragraph(f"<b>{row.payable}</b>", st["cell_centre"]), detail])
    data.append(["", Paragraph("<b>TOTAL</b>", st["cell"]),
                 Paragraph(f"<b>{sum(r.attended for r in report.rows)}</b>", st["cell_centre"]),
                 Paragraph(f"<b>{sum(r.payable for r in report.rows)}</b>", st["cell_centre"]),
                 ""])
    commands = table_style()
    commands += [("BACKGROUND", (0, -1), (-1, -1), LIGHT), ("VALIGN", (0, 1), (-1, -1), "TOP")]
    table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(TableStyle(commands))
    story.append(table)
    if not report.rows:
        story.append(Paragraph("No hay regidores registrados en ese mes.", st["info"]))
    closing: list[Flowable] = []
    if one_line(report.generated_text):  # "Pisac, 2 de diciembre de 2026": the day it is signed
        closing.append(Paragraph(escape(one_line(report.generated_text)), ParagraphStyle(
            "allowances_place_date", parent=st["body"], alignment=TA_RIGHT, spaceBefore=4 * mm)))
    story.append(KeepTogether([*closing, *signer_blocks([report.certifier])]))
    return build_pdf(story, title=report.title, institution=report.letterhead.institution_name,
                     letterhead=report.letterhead)


def write_allowances_xlsx(report: AllowanceReport, target: str | os.PathLike[str] | IO[bytes]
                          ) -> None:
    """The allowances as an Excel sheet: title rows, one row per regidor, the total row."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = f"Dietas {report.year}-{report.month:02d}"
    institution = one_line(report.letterhead.institution_name)
    workbook.properties.title = report.title
    workbook.properties.creator = institution or "Pisac Desktop"
    workbook.properties.language = "es-PE"

    def put(row: int, column: int, value: object, **style):
        cell = sheet.cell(row=row, column=column,
                          value=value if isinstance(value, int) else xlsx_text(value))
        if not isinstance(value, int):
            cell.data_type = "s"  # never a formula, whatever the text starts with
        for key, val in style.items():
            setattr(cell, key, val)
        return cell

    put(1, 1, institution.upper(), font=Font(bold=True, size=13))
    put(2, 1, report.title, font=Font(bold=True, size=12))
    held = [one_line(s) for s in report.sessions_held if one_line(s)]
    put(3, 1, f"Sesiones realizadas en el mes: {len(held)}"
              + (f" ({', '.join(held)})" if held else "")
              + f". Máximo pagable: {report.limit} por mes (Ley 27972, art. 12).")
    if one_line(report.generated_text):
        put(4, 1, one_line(report.generated_text))
    header = 6
    fill = PatternFill("solid", fgColor="E4E4E4")
    headers = ("N°", "Regidor(a)", "Cargo", "Sesiones asistidas", "Sesiones pagables",
               "Sesiones asistidas (detalle)", "Sesiones pagables (detalle)")
    for column, text in enumerate(headers, start=1):
        put(header, column, text, font=Font(bold=True), fill=fill,
            alignment=Alignment(horizontal="center", vertical="center", wrap_text=True))
    top = Alignment(vertical="top", wrap_text=True)
    for n, row in enumerate(report.rows, start=1):
        r = header + n
        for column, value in enumerate((n, one_line(row.name), one_line(row.post), row.attended,
                                        row.payable, one_line(row.sessions),
                                        one_line(row.payable_sessions)), start=1):
            put(r, column, value, alignment=top)
    total = header + len(report.rows) + 1
    put(total, 2, "TOTAL", font=Font(bold=True))
    put(total, 4, sum(r.attended for r in report.rows), font=Font(bold=True))
    put(total, 5, sum(r.payable for r in report.rows), font=Font(bold=True))
    for column, width in zip("ABCDEFG", (5, 38, 12, 12, 12, 48, 48), strict=True):
        sheet.column_dimensions[column].width = width
    sheet.freeze_panes = sheet.cell(row=header + 1, column=1)
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    workbook.save(target)
