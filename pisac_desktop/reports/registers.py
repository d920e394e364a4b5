"""The registers' paper: the distribution sheet (cargo de recepción) of a document, and the
register book of a kind and year in PDF and Excel."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from reportlab.lib import colors
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

from pisac_desktop.reports.base import ANNULLED_RED, build_pdf
from pisac_desktop.reports.fonts import (
    SANS_BOLD,
)
from pisac_desktop.reports.instrument_doc import (
    Signer,
    as_tuple,
    document_styles,
    frame_size,
    paragraph_blocks,
    signature_block,
    split_lines,
)
from pisac_desktop.reports.letterhead import Letterhead
from pisac_desktop.reports.text import escape, one_line, plain_text


@dataclass(frozen=True)
class DistributionRow:
    unit: str  # "Gerencia Municipal"
    received_by: str = ""  # already recorded receipts print filled in; empty: a box to write in
    dni: str = ""
    date_text: str = ""  # "21/11/2026"
    time_text: str = ""  # "10:35"


@dataclass(frozen=True)
class DistributionSheet:
    letterhead: Letterhead
    document_title: str  # "RESOLUCIÓN DE ALCALDÍA N° 045-2026-MDP/A"
    rows: tuple[DistributionRow, ...]  # plain unit names (str) are accepted too
    document_date: str = ""  # "21 de noviembre de 2026"
    summary: str = ""
    delivered_by: str = ""  # "Secretaría General"
    heading: str = "CARGO DE DISTRIBUCIÓN"
    unit_header: str = "Unidad orgánica"  # "Unidad orgánica o interesado" with parties

    def __post_init__(self):
        rows = tuple(r if isinstance(r, DistributionRow) else DistributionRow(str(r))
                     for r in as_tuple(self.rows))
        object.__setattr__(self, "rows", rows)


@dataclass(frozen=True)
class RegisterRow:
    number: str  # "045-2026-MDP/A" (or the full title)
    date: dt.date | str  # a date prints dd/mm/yyyy and is a real date in the .xlsx
    summary: str
    state: str  # "Emitido", "Anulado", "Publicado"...
    extra: dt.date | str = ""  # the value of the book's extra column (a publication date...)


@dataclass(frozen=True)
class RegisterBook:
    letterhead: Letterhead
    kind_label: str  # "Resoluciones de Alcaldía"
    year: int
    rows: tuple[RegisterRow, ...] = field(default_factory=tuple)
    generated_text: str = ""  # a listing's "Generado el ..." (a book to sign has place_date)
    extra_header: str = ""  # a column after the date: "Publicación" (ordinances), "Sesión"
    place_date: str = ""  # "Pisac, 2 de diciembre de 2026": the book is signed as of that day
    signer: Signer | None = None  # the Secretario General who keeps the register

    def __post_init__(self):
        object.__setattr__(self, "rows", as_tuple(self.rows))




SHEET_HEADERS = ("N°", "Unidad orgánica", "Recibido por (nombres y apellidos)", "DNI", "Fecha",
                 "Hora", "Firma y sello")


_SHEET_WIDTHS_MM = (8, 40, 38, 18, 20, 13, 28)


SIGNING_ROW_HEIGHT = 14 * mm  # room for a signature and a DNI written by hand


def render_distribution_sheet(sheet: DistributionSheet) -> bytes:
    """One row per organic unit, with boxes tall enough to sign by hand."""
    st = document_styles()
    width, _ = frame_size()
    widths = [w * mm for w in _SHEET_WIDTHS_MM]
    widths[-1] += width - sum(widths)
    title = one_line(sheet.document_title)
    story: list[Flowable] = [
        Paragraph(escape(one_line(sheet.heading)), st["title"]),
        Spacer(1, 6),
        Paragraph(f"<b>Documento:</b> {escape(title)}", st["info"]),
    ]
    if one_line(sheet.document_date):
        story.append(Paragraph(f"<b>Fecha:</b> {escape(one_line(sheet.document_date))}",
                               st["info"]))
    if split_lines(sheet.summary):
        story += paragraph_blocks(sheet.summary, st["info"], lead="<b>Sumilla:</b> ")
    if one_line(sheet.delivered_by):
        story.append(Paragraph(f"<b>Distribuye:</b> {escape(one_line(sheet.delivered_by))}",
                               st["info"]))
    story.append(Spacer(1, 8))

    headers = (SHEET_HEADERS[0], sheet.unit_header, *SHEET_HEADERS[2:])
    data: list[list] = [[Paragraph(escape(h), st["cell_header"]) for h in headers]]
    heights: list[float | None] = [None]
    for number, row in enumerate(sheet.rows, start=1):
        cells = [Paragraph(str(number), st["cell"])]
        cells += [Paragraph(escape(value), st["cell"]) for value in
                  (row.unit, row.received_by, row.dni, row.date_text, row.time_text)]
        cells.append("")
        needed = max(c.wrap(w - 8, 10_000)[1] for c, w in zip(cells[:-1], widths, strict=False))
        data.append(cells)
        # A fixed height leaves room to sign; a taller row (a very long name) grows and splits.
        heights.append(SIGNING_ROW_HEIGHT if needed + 10 <= SIGNING_ROW_HEIGHT else None)
    if sheet.rows:
        table = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.6, colors.black),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ]))
        story.append(table)
    else:
        story.append(Paragraph("No hay unidades orgánicas a las que distribuir.", st["info"]))
    return build_pdf(story, title=f"{sheet.heading} – {sheet.document_title}",
                     institution=sheet.letterhead.institution_name, letterhead=sheet.letterhead,
                     footer_text=f"{one_line(sheet.heading).capitalize()} – {title}")


REGISTER_HEADERS = ("Número", "Fecha", "Sumilla", "Estado")


_REGISTER_WIDTHS_MM = (40, 20, 0, 22)  # the summary takes what is left


_EXTRA_WIDTH_MM = 28


# "Emitidos: 31" in the counts: the plural of each state label.
_STATE_PLURALS = {"Emitido": "Emitidos", "Anulado": "Anulados", "Publicado": "Publicados",
                  "Borrador": "Borradores"}


def register_headers(book: RegisterBook) -> tuple[str, ...]:
    if not one_line(book.extra_header):
        return REGISTER_HEADERS
    return (*REGISTER_HEADERS[:2], one_line(book.extra_header), *REGISTER_HEADERS[2:])


def _register_cells(book: RegisterBook, row: RegisterRow) -> list:
    """The row's values in the order of register_headers()."""
    cells = [row.number, row.date, row.summary, row.state]
    if one_line(book.extra_header):
        cells.insert(2, row.extra)
    return cells


def _date_text(value: dt.date | str) -> str:
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return one_line(value)


def _is_annulled(state: str) -> bool:
    return one_line(state).lower().startswith("anulad")


def register_title(book: RegisterBook) -> str:
    """'Registro de Resoluciones de Alcaldía – 2026'."""
    return f"Registro de {one_line(book.kind_label)} – {book.year}"


def _state_counts(book: RegisterBook) -> str:
    counts = Counter(one_line(row.state) for row in book.rows)
    total = len(book.rows)
    text = f"Total: {total} documento{'s' if total != 1 else ''}"
    if counts:
        text += " (" + ", ".join(f"{_STATE_PLURALS.get(state, state) or 'sin estado'}: {n}"
                                 for state, n in sorted(counts.items())) + ")"
    return text + "."


def render_register_book_pdf(book: RegisterBook) -> bytes:
    st = document_styles()
    width, _ = frame_size()
    extra = bool(one_line(book.extra_header))
    widths = [w * mm for w in _REGISTER_WIDTHS_MM]
    if extra:
        widths.insert(2, _EXTRA_WIDTH_MM * mm)
    summary_column = 3 if extra else 2
    widths[summary_column] = 0
    widths[summary_column] = width - sum(widths)
    cell = ParagraphStyle("register_cell", parent=st["cell"], fontSize=8.5, leading=10.5)
    annulled = ParagraphStyle("register_annulled", parent=cell, textColor=ANNULLED_RED,
                              fontName=SANS_BOLD)
    story: list[Flowable] = [
        Paragraph(escape(f"REGISTRO DE {one_line(book.kind_label).upper()}"), st["title"]),
        Paragraph(f"Año {book.year}", st["place_date"]),
        Paragraph(escape(_state_counts(book)), st["info"]),
    ]
    if one_line(book.generated_text):
        story.append(Paragraph(escape(one_line(book.generated_text)), st["info"]))
    story.append(Spacer(1, 6))
    data: list[list] = [[Paragraph(escape(h), st["cell_header"]) for h in register_headers(book)]]
    for row in book.rows:
        values = _register_cells(book, row)
        cells = [Paragraph(escape(_date_text(v) if n != summary_column else v), cell)
                 for n, v in enumerate(values[:-1])]
        cells.append(Paragraph(escape(one_line(row.state)),
                               annulled if _is_annulled(row.state) else cell))
        data.append(cells)
    if book.rows:
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle([
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8a8a8a")),
            ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f5f5f5")]),
            ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
            ("VALIGN", (0, 1), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
        ]))
        story.append(table)
    else:
        story.append(Paragraph("No hay documentos registrados en este año.", st["info"]))
    closing: list[Flowable] = []
    if one_line(book.place_date):
        closing += [Spacer(1, 8 * mm), Paragraph(escape(one_line(book.place_date)),
                                                 st["cert_date"])]
    if book.signer is not None:
        closing += signature_block([book.signer], st)
    if closing:
        story.append(KeepTogether(closing))
    title = register_title(book)
    return build_pdf(story, title=title, institution=book.letterhead.institution_name,
                     letterhead=book.letterhead)


# Excel's limit on the characters of one cell.
XLSX_CELL_LIMIT = 32_767


_XLSX_TRUNCATED = " […]"


_XLSX_WIDTHS = (30, 12, 90, 13)


def xlsx_text(value: object) -> str:
    """Text openpyxl can store: plain_text() (no control characters Excel refuses, nor the
    invisible ones the PDF drops), within the cell limit (cut with a visible ' […]' if beyond
    it; no summary is that long in practice)."""
    text = plain_text(value)
    if len(text) > XLSX_CELL_LIMIT:
        text = text[:XLSX_CELL_LIMIT - len(_XLSX_TRUNCATED)] + _XLSX_TRUNCATED
    return text


def write_register_book_xlsx(book: RegisterBook, path: str | os.PathLike[str] | IO[bytes]) -> None:
    """The register book as an Excel workbook: title rows, a bold frozen header with a filter,
    real dates (when the rows carry date objects), wrapped summaries. A path is written
    atomically (a temporary file next to it, then renamed)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = f"Registro {book.year}"
    institution = one_line(book.letterhead.institution_name)
    workbook.properties.title = register_title(book)
    workbook.properties.creator = institution or "Pisac Desktop"
    workbook.properties.language = "es-PE"

    def text_cell(row: int, column: int, value: object):
        cell = sheet.cell(row=row, column=column, value=xlsx_text(value))
        cell.data_type = "s"  # never a formula, whatever the text starts with
        return cell

    text_cell(1, 1, institution.upper()).font = Font(bold=True, size=13)
    text_cell(2, 1, register_title(book)).font = Font(bold=True, size=12)
    after = one_line(book.generated_text) or one_line(book.place_date)
    text_cell(3, 1, _state_counts(book) + (f" {after}" if after else ""))
    header_row = 5
    fill = PatternFill("solid", fgColor="E4E4E4")
    headers = register_headers(book)
    for column, header in enumerate(headers, start=1):
        cell = text_cell(header_row, column, header)
        cell.font = Font(bold=True)
        cell.fill = fill
        cell.alignment = Alignment(horizontal="center", vertical="center")
    top = Alignment(vertical="top")
    wrap = Alignment(vertical="top", wrap_text=True)
    red = Font(color="B00000", bold=True)
    widths = list(_XLSX_WIDTHS)
    if len(headers) > len(REGISTER_HEADERS):
        widths.insert(2, 22)
    for offset, row in enumerate(book.rows, start=1):
        r = header_row + offset
        values = _register_cells(book, row)
        for column, value in enumerate(values, start=1):
            if column == len(values):
                cell = text_cell(r, column, one_line(value))
                if _is_annulled(row.state):
                    cell.font = red
            elif isinstance(value, dt.date):
                cell = sheet.cell(row=r, column=column, value=value)
                cell.number_format = ("dd/mm/yyyy hh:mm" if isinstance(value, dt.datetime)
                                      else "dd/mm/yyyy")
            elif headers[column - 1] == "Sumilla":
                cell = text_cell(r, column, value)
            else:
                cell = text_cell(r, column, one_line(value))
            cell.alignment = wrap if headers[column - 1] in ("Sumilla", "Sesión") else top
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
    last = header_row + len(book.rows)
    sheet.auto_filter.ref = f"A{header_row}:{get_column_letter(len(headers))}{last}"
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True

    if not isinstance(path, str | os.PathLike):
        workbook.save(path)
        return
    target = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".registro-", suffix=".xlsx", dir=target.parent)
    os.close(handle)
    try:
        workbook.save(temporary)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
