"""The audit trail as a printed listing (landscape A4)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from pisac_desktop.reports.base import build_pdf, styles
from pisac_desktop.reports.fonts import SANS, SANS_BOLD
from pisac_desktop.reports.letterhead import Margins
from pisac_desktop.reports.text import escape
from pisac_desktop.spanish.dates import long_date

TITLE = "Registro de auditoría"
HEADERS = ("N°", "Fecha y hora", "Usuario", "Estación", "Acción", "Entidad (id)", "Cambios")
# Points (a date and time, and "Cambio de configuración", fit on one line at 7.5 pt);
# "Cambios" takes what is left of the landscape frame.
_WIDTHS = (32, 76, 58, 74, 90, 82)
HEADER_BACKGROUND = colors.HexColor("#e4e4e4")
STRIPE = colors.HexColor("#f6f6f6")
GRID = colors.HexColor("#b0b0b0")


@dataclass(frozen=True)
class AuditChange:
    field: str
    before: str | None  # None: nothing before (a creation or a one-off fact): only `after` shows
    after: str


@dataclass(frozen=True)
class AuditReportRow:
    number: int
    at: dt.datetime  # local time
    username: str
    workstation: str
    action: str  # Spanish label
    entity: str  # Spanish label
    entity_id: str
    changes: tuple[AuditChange, ...] = ()


def generated_text(moment: dt.datetime) -> str:
    """'21 de noviembre de 2026, 10:32'."""
    return f"{long_date(moment.date())}, {moment:%H:%M}"


def _changes_markup(changes: Iterable[AuditChange]) -> str:
    lines = []
    for change in changes:
        value = escape(change.after)
        if change.before is not None:
            value = f"{escape(change.before)} → {value}"
        lines.append(f"<b>{escape(change.field)}:</b> {value}")
    return "<br/>".join(lines)


def audit_report_pdf(
    rows: Iterable[AuditReportRow],
    *,
    institution: str,
    filter_text: str,
    generated_at: dt.datetime,
    generated_by: str = "",
) -> bytes:
    """The listing of `rows` (in the order given) as PDF bytes."""
    st = styles()
    cell, head = st["cell"], st["cell_header"]
    margins = Margins(top=20 * mm, bottom=16 * mm, left=14 * mm, right=14 * mm)
    frame_width = landscape(A4)[0] - margins.left - margins.right
    widths = list(_WIDTHS)
    widths.append(frame_width - sum(widths))

    data: list[list[Paragraph]] = [[Paragraph(escape(h), head) for h in HEADERS]]
    for row in rows:
        entity = escape(row.entity)
        if row.entity_id:
            entity += f" ({escape(row.entity_id)})"
        data.append([
            Paragraph(str(row.number), cell),
            Paragraph(f"{row.at:%d/%m/%Y %H:%M:%S}", cell),
            Paragraph(escape(row.username), cell),
            Paragraph(escape(row.workstation), cell),
            Paragraph(escape(row.action), cell),
            Paragraph(entity, cell),
            Paragraph(_changes_markup(row.changes), cell),
        ])
    count = len(data) - 1

    generated = f"Generado el {generated_text(generated_at)}"
    if generated_by:
        generated += f" por {escape(generated_by)}"
    story = [
        Paragraph(escape(TITLE), st["title"]),
        Paragraph(f"<b>Filtro:</b> {escape(filter_text)}", st["meta"]),
        Paragraph(f"{generated}. <b>Entradas:</b> {count}.", st["meta"]),
        Spacer(1, 4 * mm),
    ]
    if count:
        table = Table(data, colWidths=widths, repeatRows=1, splitInRow=1)
        table.setStyle(TableStyle([
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("FONTNAME", (0, 0), (-1, 0), SANS_BOLD),
            ("FONTSIZE", (0, 0), (-1, -1), 7.5),
            ("BACKGROUND", (0, 0), (-1, 0), HEADER_BACKGROUND),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, STRIPE]),
            ("GRID", (0, 0), (-1, -1), 0.4, GRID),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ]))
        story.append(table)
    else:
        story.append(Paragraph("No hay entradas que cumplan el filtro.", st["body"]))
    return build_pdf(story, title=TITLE, institution=institution,
                     subject=f"{TITLE}. Filtro: {filter_text}", landscape_mode=True,
                     margins=margins)
