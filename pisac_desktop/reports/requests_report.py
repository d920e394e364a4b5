"""The register of access-to-information requests of a year (what DOMAIN.md section 5 asks the
Secretaría General to keep) and the annual report of its figures, as PDF and as one Excel
workbook. Plain data in (requests.printing); every piece of user text goes through escape()."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from pisac_desktop.reports.base import build_pdf
from pisac_desktop.reports.letterhead import Letterhead, Margins, letterhead_margins
from pisac_desktop.reports.text import escape, one_line
from pisac_desktop.reports.tramite import styles
from pisac_desktop.reports.tramite_report import bar_chart, data_table

HEADS = ("Expediente", "Recibida", "Solicitante", "Información pedida", "Unidad que la posee",
         "Entrega", "Plazo", "Prórroga", "Respuesta", "Resultado", "Excepción", "Costo")
# On paper the extension shares the due date's cell: the information asked needs the room.
PAPER_HEADS = ("Expediente", "Recibida", "Solicitante", "Información pedida",
               "Unidad que la posee", "Entrega", "Plazo", "Respuesta", "Resultado", "Excepción",
               "Costo")


@dataclass(frozen=True)
class RequestLine:
    number_text: str
    received_at: dt.datetime
    requester: str  # "Rosa Mamani Ccori (DNI 41234567)"
    subject: str
    holder_unit: str
    delivery_form: str
    due_on: dt.date | None  # the effective due date (extended, when it was)
    extended_to: dt.date | None
    answered_on: dt.date | None
    result: str  # "Entregada", "Denegada", "Vencida (denegatoria ficta)", ...
    exception: str  # "Art. 17.5: …" or ""
    fee: str  # "S/ 4.50" or "Sin costo"


@dataclass(frozen=True)
class RequestsDoc:
    letterhead: Letterhead
    year: int
    title: str  # "Registro de solicitudes de acceso a la información pública 2026"
    generated: str
    lines: tuple[RequestLine, ...]
    summary: tuple[tuple[str, int], ...]  # (indicator, count)
    by_unit: tuple[tuple[str, int], ...]
    by_sex: tuple[tuple[str, int], ...]
    denials: tuple[tuple[str, int], ...]  # (exception, count)


def _date(value: dt.date | None) -> str:
    return f"{value:%d/%m/%Y}" if value else "—"


def render_register(doc: RequestsDoc) -> bytes:
    st = styles()
    margins = letterhead_margins(doc.letterhead, landscape_mode=True)
    width = landscape(A4)[0] - margins.left - margins.right
    data = [list(PAPER_HEADS)]
    for line in doc.lines:
        due = _date(line.due_on) + (" (prorrogado)" if line.extended_to else "")
        data.append([line.number_text, f"{line.received_at:%d/%m/%Y %H:%M}", line.requester,
                     one_line(line.subject)[:300], line.holder_unit, line.delivery_form, due,
                     _date(line.answered_on), line.result, line.exception.split(":")[0],
                     line.fee])
    widths = [27 * mm, 17 * mm, 32 * mm, 0, 27 * mm, 18 * mm, 19 * mm, 17 * mm, 22 * mm,
              17 * mm, 14 * mm]
    widths[3] = width - sum(widths)
    story: list[Flowable] = [Paragraph(escape(doc.title), st["title"]), Spacer(1, 2 * mm)]
    if doc.lines:
        story.append(data_table(data, widths, numeric_from=len(widths)))
    else:
        story.append(Paragraph("No se recibieron solicitudes en el año.", st["info"]))
    story += [Spacer(1, 2 * mm), Paragraph(escape(doc.generated), st["small"])]
    return build_pdf(story, title=doc.title, institution=doc.letterhead.institution_name,
                     landscape_mode=True, letterhead=doc.letterhead,
                     footer_text=one_line(doc.title))


def render_annual_report(doc: RequestsDoc) -> bytes:
    st = styles()
    margins = letterhead_margins(doc.letterhead)
    width = A4[0] - margins.left - margins.right
    title = f"Informe anual de solicitudes de acceso a la información pública {doc.year}"
    story: list[Flowable] = [
        Paragraph(escape(title), st["title"]),
        Paragraph(escape("TUO de la Ley N° 27806, Ley de Transparencia y Acceso a la "
                         "Información Pública (D.S. N° 021-2019-JUS)"), st["center"]),
        Spacer(1, 3 * mm),
        data_table([["Indicador", "Cantidad"], *[[a, b] for a, b in doc.summary]],
               [width - 35 * mm, 35 * mm]),
        Spacer(1, 4 * mm)]
    if doc.by_unit:
        story += [bar_chart("Solicitudes por unidad que posee la información",
                        [u for u, _n in doc.by_unit], [[n for _u, n in doc.by_unit]],
                        ["Solicitudes"], [colors.HexColor("#4292c6")], width),
                  Spacer(1, 4 * mm)]
    for heading, head, rows in (
            ("Por unidad que posee la información", "Unidad", doc.by_unit),
            ("Por sexo de quien solicita", "Sexo", doc.by_sex),
            ("Denegatorias, total o parcial, por excepción (arts. 15 a 17)", "Excepción",
             doc.denials)):
        story += [Paragraph(f"<b>{escape(heading)}</b>", st["info"]), Spacer(1, 1 * mm)]
        if rows:
            story.append(data_table([[head, "Cantidad"], *[[a, b] for a, b in rows]],
                                [width - 35 * mm, 35 * mm]))
        else:
            story.append(Paragraph("Ninguna.", st["info"]))
        story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(escape(doc.generated), st["small"]))
    return build_pdf(story, title=title, institution=doc.letterhead.institution_name,
                     letterhead=doc.letterhead, footer_text=title)


def write_xlsx(doc: RequestsDoc, path: Path) -> None:
    """One workbook: the register (one row per request) and the annual figures."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Registro"
    sheet.append(list(HEADS))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for index, w in enumerate((22, 17, 40, 60, 36, 20, 12, 12, 12, 26, 50, 12)):
        sheet.column_dimensions[chr(ord("A") + index)].width = w
    sheet.freeze_panes = "A2"
    for line in doc.lines:
        sheet.append([line.number_text, line.received_at, line.requester, line.subject,
                      line.holder_unit, line.delivery_form, line.due_on, line.extended_to,
                      line.answered_on, line.result, line.exception, line.fee])
        row = sheet.max_row
        sheet.cell(row, 2).number_format = "dd/mm/yyyy hh:mm"
        for column in (7, 8, 9):
            sheet.cell(row, column).number_format = "dd/mm/yyyy"
        for column in (1, 3, 4, 5, 6, 10, 11, 12):
            sheet.cell(row, column).data_type = "s"  # user text is never a formula
    figures = book.create_sheet("Resumen")
    figures.append([f"Solicitudes de acceso a la información pública {doc.year}"])
    figures["A1"].font = Font(bold=True, size=13)
    for heading, rows in (("", doc.summary), ("Por unidad", doc.by_unit),
                          ("Por sexo", doc.by_sex), ("Denegatorias por excepción", doc.denials)):
        figures.append([])
        if heading:
            figures.append([heading])
            figures.cell(figures.max_row, 1).font = Font(bold=True)
        for label, count in rows:
            figures.append([label, count])
            figures.cell(figures.max_row, 1).data_type = "s"
    figures.column_dimensions["A"].width = 70
    book.properties.title, book.properties.creator = doc.title, "Pisac Desktop"
    book.save(path)


# ----------------------------------------------------------------------------------------------
# A sheet of the complaint book


@dataclass(frozen=True)
class ComplaintSheet:
    letterhead: Letterhead
    number_text: str  # "HOJA DE RECLAMACIÓN N° 001-2026"
    case_number: str
    received_text: str  # "03/12/2026 a las 10:15"
    complainant: tuple[tuple[str, str], ...]  # (label, value)
    attention: tuple[tuple[str, str], ...]
    facts: str
    request: str
    measures: str
    answer: str
    answered_text: str
    deadline_text: str


def render_complaint_sheet(doc: ComplaintSheet) -> bytes:
    from pisac_desktop.reports.tramite import boxed, label_rows

    st = styles()
    margins = letterhead_margins(doc.letterhead)
    width = A4[0] - margins.left - margins.right
    inner = width - 10

    def paragraph(text: str) -> Paragraph:
        return Paragraph(escape(text).replace("\n", "<br/>") if text.strip() else "—",
                         st["info"])

    story: list[Flowable] = [
        Paragraph("LIBRO DE RECLAMACIONES", st["title"]),
        Paragraph(escape(doc.number_text), st["number"]),
        Paragraph(escape(f"Registrada el {doc.received_text} con el {doc.case_number}"),
                  st["center"]),
        Spacer(1, 3 * mm),
        boxed([label_rows(doc.complainant, inner, 42 * mm)], width,
              "1. Identificación de quien presenta el reclamo"),
        Spacer(1, 2 * mm),
        boxed([label_rows(doc.attention, inner, 42 * mm)], width,
              "2. Identificación de la atención brindada"),
        Spacer(1, 2 * mm),
        boxed([paragraph(doc.facts)], width, "3. Descripción del reclamo"),
        Spacer(1, 2 * mm),
        boxed([paragraph(doc.request)], width, "4. Pedido de quien reclama"),
        Spacer(1, 2 * mm),
        boxed([paragraph(doc.measures)], width, "5. Acciones adoptadas por la entidad"),
        Spacer(1, 2 * mm),
        boxed([paragraph(doc.answer), Paragraph(escape(doc.answered_text), st["small"])],
              width, "6. Respuesta"),
        Spacer(1, 2 * mm),
        Paragraph(escape(doc.deadline_text), st["small"]),
        Spacer(1, 14 * mm),
    ]
    half = width / 2 - 6 * mm
    signatures = Table([["", "", ""],
                        [Paragraph("Firma de quien presenta el reclamo", st["center"]), "",
                         Paragraph("Firma y sello de la entidad", st["center"])]],
                       colWidths=[half, 12 * mm, half], rowHeights=[10 * mm, None])
    signatures.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black),
                                    ("LINEBELOW", (2, 0), (2, 0), 0.6, colors.black)]))
    story.append(signatures)
    return build_pdf(story, title=doc.number_text, institution=doc.letterhead.institution_name,
                     letterhead=doc.letterhead, footer_text=f"Libro de Reclamaciones — "
                                                        f"{doc.number_text}")


# ----------------------------------------------------------------------------------------------
# The fedatario's stamp, as stickers to paste on each folio


@dataclass(frozen=True)
class StampDoc:
    institution: str
    officer: str
    registration: str  # "Fedatario N° 03"
    place_date: str  # "Pisac, 3 de diciembre de 2026"
    log_number: str  # "0001-2026"
    document: str
    folios: int


def render_stamps(doc: StampDoc) -> bytes:
    """One sticker per folio, two columns, with dashed lines to cut along."""
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle

    from pisac_desktop.reports.fonts import SERIF, SERIF_BOLD

    st = styles()
    big = ParagraphStyle("stamp_big", parent=st["center"], fontName=SERIF_BOLD, fontSize=11.5,
                         leading=14, alignment=TA_CENTER, spaceAfter=1)
    small = ParagraphStyle("stamp_small", parent=st["center"], fontName=SERIF, fontSize=8.2,
                           leading=10, alignment=TA_CENTER, spaceAfter=0)
    cell_w, cell_h = 88 * mm, 40 * mm

    def sticker(folio: int) -> list[Flowable]:
        return [Paragraph("ES COPIA FIEL DEL ORIGINAL", big),
                Paragraph("que he tenido a la vista", small), Spacer(1, 6 * mm),
                Paragraph("_______________________________", small),
                Paragraph(f"<b>{escape(doc.officer)}</b>", small),
                Paragraph(escape(f"{doc.registration} — {doc.institution}"), small),
                Paragraph(escape(f"{doc.place_date} · Registro N° {doc.log_number} · "
                                 f"folio {folio} de {doc.folios}"), small)]

    cells: list = [sticker(n) for n in range(1, doc.folios + 1)]
    if len(cells) % 2:
        cells.append("")
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    table = Table(rows, colWidths=[cell_w, cell_w], rowHeights=[cell_h] * len(rows))
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.grey, None, (2, 2)),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    title = f"Sellos de fedatario — registro N° {doc.log_number}"
    return build_pdf([Paragraph(escape(f"{title}: {doc.document}"), small), Spacer(1, 3 * mm),
                      table], title=title, institution=doc.institution,
                     margins=Margins(top=12 * mm, bottom=12 * mm, left=15 * mm, right=15 * mm),
                     footer_text=title)


# ----------------------------------------------------------------------------------------------
# The other registers (recursos, the complaint book, councillors' requests, fedatarios): one
# table each, on paper and in Excel


@dataclass(frozen=True)
class TableDoc:
    letterhead: Letterhead
    title: str
    heads: tuple[str, ...]
    widths_mm: tuple[float, ...]  # one of them 0: it takes the rest of the width
    rows: tuple[tuple[object, ...], ...]  # str, int, dt.date or dt.datetime
    generated: str
    summary: tuple[tuple[str, int], ...] = ()


def _cell_text(value: object) -> str:
    if value is None:
        return "—"
    if isinstance(value, dt.datetime):
        return f"{value:%d/%m/%Y %H:%M}"
    if isinstance(value, dt.date):
        return f"{value:%d/%m/%Y}"
    return one_line(str(value))[:400]


def render_table(doc: TableDoc) -> bytes:
    st = styles()
    margins = letterhead_margins(doc.letterhead, landscape_mode=True)
    width = landscape(A4)[0] - margins.left - margins.right
    widths = [w * mm for w in doc.widths_mm]
    widths[widths.index(0)] = width - sum(widths)
    story: list[Flowable] = [Paragraph(escape(doc.title), st["title"]), Spacer(1, 2 * mm)]
    if doc.summary:
        story += [data_table([["Indicador", "Cantidad"], *[[a, b] for a, b in doc.summary]],
                             [90 * mm, 30 * mm]), Spacer(1, 3 * mm)]
    if doc.rows:
        story.append(data_table([list(doc.heads), *[[_cell_text(v) for v in row]
                                                    for row in doc.rows]],
                                widths, numeric_from=len(widths)))
    else:
        story.append(Paragraph("Sin registros en el año.", st["info"]))
    story += [Spacer(1, 2 * mm), Paragraph(escape(doc.generated), st["small"])]
    return build_pdf(story, title=doc.title, institution=doc.letterhead.institution_name,
                     landscape_mode=True, letterhead=doc.letterhead,
                     footer_text=one_line(doc.title))


def write_table_xlsx(doc: TableDoc, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "Registro"
    sheet.append(list(doc.heads))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    sheet.freeze_panes = "A2"
    for row in doc.rows:
        sheet.append(list(row))
        for column, value in enumerate(row, start=1):
            cell = sheet.cell(sheet.max_row, column)
            if isinstance(value, dt.datetime):
                cell.number_format = "dd/mm/yyyy hh:mm"
            elif isinstance(value, dt.date):
                cell.number_format = "dd/mm/yyyy"
            elif isinstance(value, str):
                cell.data_type = "s"  # user text is never a formula
    for index, w in enumerate(doc.widths_mm):
        sheet.column_dimensions[chr(ord("A") + index)].width = max(10, (w or 120) / 2.2)
    if doc.summary:
        figures = book.create_sheet("Resumen")
        for label, count in doc.summary:
            figures.append([label, count])
        figures.column_dimensions["A"].width = 60
    book.properties.title, book.properties.creator = doc.title, "Pisac Desktop"
    book.save(path)
