"""The Tablero de gestión on paper: one landscape A4 page for the whole municipality (its
figures, the case files per unit by state and what is pending by age, drawn with ReportLab's
graphics) and the table per unit. Plain data in (management.dashboard); user text escaped."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from pisac_desktop.reports.base import build_pdf
from pisac_desktop.reports.letterhead import Letterhead, letterhead_margins
from pisac_desktop.reports.text import escape, one_line
from pisac_desktop.reports.tramite import styles
from pisac_desktop.reports.tramite_report import bar_chart, data_table

STATE_COLOURS = (colors.HexColor("#31a354"), colors.HexColor("#e6550d"),
                 colors.HexColor("#9ecae1"), colors.HexColor("#bdbdbd"))
AGE_COLOURS = (colors.HexColor("#c6dbef"), colors.HexColor("#6baed6"),
               colors.HexColor("#fd8d3c"), colors.HexColor("#a50f15"))


@dataclass(frozen=True)
class DashboardDoc:
    letterhead: Letterhead
    title: str  # "Tablero de gestión — Noviembre de 2026"
    period: str  # "del 01/11/2026 al 30/11/2026; pendientes y vencidos al 21/11/2026"
    summary: tuple[tuple[str, str], ...]  # (indicator, value) for the whole municipality
    state_names: tuple[str, ...]  # the stacks of the first chart
    by_state: tuple[tuple[str, tuple[int, ...]], ...]  # (unit, counts by state)
    age_names: tuple[str, ...]
    by_age: tuple[tuple[str, tuple[int, ...]], ...]  # (unit, pending by age)
    head: tuple[str, ...]  # the table per unit
    rows: tuple[tuple[str, ...], ...]
    generated: str


def render_dashboard(doc: DashboardDoc) -> bytes:
    st = styles()
    margins = letterhead_margins(doc.letterhead, landscape_mode=True)
    width = landscape(A4)[0] - margins.left - margins.right
    half = (width - 6 * mm) / 2
    charts = Table([[
        bar_chart("Expedientes del periodo por unidad, según su estado",
                  [u for u, _c in doc.by_state],
                  [[c[i] for _u, c in doc.by_state] for i in range(len(doc.state_names))],
                  list(doc.state_names), STATE_COLOURS, half, stacked=True, numbers=True),
        bar_chart("Pendientes hoy por antigüedad (días hábiles desde su presentación)",
                  [u for u, _c in doc.by_age],
                  [[c[i] for _u, c in doc.by_age] for i in range(len(doc.age_names))],
                  list(doc.age_names), AGE_COLOURS, half, stacked=True, numbers=True)]],
        colWidths=[half + 6 * mm, half])
    charts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    summary = list(doc.summary)
    third = (len(summary) + 3) // 4
    columns = [summary[i * third:(i + 1) * third] for i in range(4)]
    grid = [[x for column in columns for x in (column[r] if r < len(column) else ("", ""))]
            for r in range(third)]
    unit_width = 58 * mm
    rest = (width - unit_width) / (len(doc.head) - 1)
    story: list[Flowable] = [
        Paragraph(escape(doc.title), st["title"]),
        Paragraph(escape(f"{doc.period} {doc.generated}"), st["center"]),
        Spacer(1, 2 * mm),
        data_table([["Indicador", "Valor"] * 4, *grid],
                   [width / 4 - 13 * mm, 13 * mm] * 4),
        Spacer(1, 2 * mm),
        charts,
        Spacer(1, 2 * mm),
        data_table([list(doc.head), *[list(r) for r in doc.rows]],
                   [unit_width] + [rest] * (len(doc.head) - 1)),
    ]
    return build_pdf(story, title=doc.title, institution=doc.letterhead.institution_name,
                     subject=doc.period, landscape_mode=True, letterhead=doc.letterhead,
                     footer_text=one_line(doc.title))
