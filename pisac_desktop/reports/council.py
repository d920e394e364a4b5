"""The council's printed paper: summonses, attendance sheet, vote sheet, session summary, the
acta and the monthly allowances (dietas).

The input contract: plain frozen dataclasses filled by pisac_desktop.domain.council_documents and
pisac_desktop.domain.allowances (no database, no Qt here).
- render_summonses(SummonsBatch) -> PDF bytes: one summons per page (each numbered on its own,
  "Página 1 de 1"), with its cargo de recepción at the foot of the page.
- render_attendance_sheet(AttendanceSheet), render_vote_sheet(VoteSheet),
  render_session_summary(SessionSummary), render_minutes(MinutesDoc) -> PDF bytes.
- render_allowances_pdf(AllowanceReport) -> PDF bytes; write_allowances_xlsx(report, path or
  binary file).

Every piece of user text goes through text.escape() (text.printable() on the canvas).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import IO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
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

from pisac_desktop.reports.base import (
    ANNULLED_RED,
    Letterhead,
    PageGroup,
    Stamp,
    build_pdf,
    build_pdf_counted,
    letterhead_margins,
)
from pisac_desktop.reports.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from pisac_desktop.reports.instrument import Signer, signature_block, xlsx_text
from pisac_desktop.reports.paragraphs import paragraph
from pisac_desktop.reports.text import escape, one_line

__all__ = [
    "AgendaEntry",
    "AgendaSection",
    "AllowanceReport",
    "AllowanceRow",
    "AttendanceRow",
    "AttendanceSheet",
    "MinutesDoc",
    "SessionInfo",
    "SessionSummary",
    "Signer",
    "SummaryItem",
    "SummonsBatch",
    "SummonsDoc",
    "VoteRow",
    "VoteSheet",
    "VotedItem",
    "render_allowances_pdf",
    "render_attendance_sheet",
    "render_minutes",
    "render_session_summary",
    "render_summonses",
    "render_vote_sheet",
    "write_allowances_xlsx",
]

FOR, AGAINST, ABSTAIN = "for", "against", "abstain"  # as in the database
GREY = colors.HexColor("#e4e4e4")
LIGHT = colors.HexColor("#f4f4f4")
TEXT_GREY = colors.HexColor("#505050")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


# --- the contract ----------------------------------------------------------------------------

@dataclass(frozen=True)
class SessionInfo:
    """What every paper of a session says about it."""

    letterhead: Letterhead
    title: str  # "SESIÓN ORDINARIA N° 05-2026"
    date_text: str  # "martes 1 de diciembre de 2026"
    place: str
    modality: str = ""  # "Presencial"
    summoned_time: str = ""  # "10:00"
    opened_at: str = ""
    closed_at: str = ""
    state: str = ""  # "Realizada", "No instalada por falta de quórum"


@dataclass(frozen=True)
class AgendaEntry:
    number: int  # the item's place within its station, as shown ("punto 3")
    title: str
    detail: str = ""


@dataclass(frozen=True)
class AgendaSection:
    label: str  # "Despacho", "Orden del Día"; "" for a plain list (extraordinaria)
    items: tuple[AgendaEntry, ...] = ()


@dataclass(frozen=True)
class SummonsDoc:
    number_text: str  # "CITACIÓN N° 014-2026-SG-MDP"
    place_date: str  # "Pisac, 23 de noviembre de 2026"
    addressee_name: str
    addressee_post: str  # "Regidor de la Municipalidad Distrital de Pisac"
    salutation: str = "Señor"  # "Señora"
    verification: str | None = None  # "MDP-7K3Q-9XW2": with its QR in this summons' footer


@dataclass(frozen=True)
class SummonsBatch:
    """A session's summonses, sharing everything but the number and the addressee."""

    info: SessionInfo
    summonses: tuple[SummonsDoc, ...]
    agenda: tuple[AgendaSection, ...] = ()
    documents_place: str = ""  # "la Oficina de Secretaría General, en horario de oficina"
    signer: Signer | None = None
    by_order: str = ""  # "Por orden del señor alcalde" when the secretary signs
    convened_note: str = ""  # "a pedido de un tercio del número legal de miembros del concejo"
    institution_short: str = ""  # "Municipalidad Distrital de Pisac"
    # An extraordinaria convened with less than the legal notice: the exception, stated.
    exception: str = ""


@dataclass(frozen=True)
class AttendanceRow:
    name: str
    post: str
    status: str = ""  # "Presente", "Ausente", "Tardanza", "Licencia"; "" not recorded
    arrived: str = ""  # "10:12"


@dataclass(frozen=True)
class AttendanceSheet:
    info: SessionInfo
    members: tuple[AttendanceRow, ...]
    invitees: tuple[AttendanceRow, ...] = ()
    quorum_text: str = ""  # "Miembros hábiles: 6 — Quórum: 4 — Presentes: 5"
    not_installed: bool = False
    certifier: Signer | None = None  # the secretario general


@dataclass(frozen=True)
class VoteRow:
    name: str
    post: str
    choice: str = ""  # FOR, AGAINST, ABSTAIN or "" (did not vote)
    note: str = ""  # the reasoning, or why there is no vote ("No asistió")
    tiebreak: bool = False  # the alcalde's casting vote


@dataclass(frozen=True)
class VotedItem:
    number: int
    title: str
    majority: str  # "Mayoría simple de los asistentes"
    rows: tuple[VoteRow, ...]
    votes_for: int
    against: int
    abstain: int
    result: str  # "APROBADO" / "DESAPROBADO"
    explanation: str
    tiebreak: str = ""  # "A favor"
    document: str = ""  # "ACUERDO DE CONCEJO N° 031-2026-MDP/CM", "Borrador de ..."
    outside_agenda: bool = False


@dataclass(frozen=True)
class VoteSheet:
    info: SessionInfo
    items: tuple[VotedItem, ...]
    certifier: Signer | None = None


@dataclass(frozen=True)
class SummaryItem:
    number: int
    section: str  # "Orden del Día"
    title: str
    result: str = ""  # "APROBADO", "Sin votación", "" (not voted: a station item)
    counts: str = ""  # "4 a favor, 1 en contra, 0 abstenciones"
    document: str = ""  # number_text, "borrador", ""


@dataclass(frozen=True)
class SessionSummary:
    info: SessionInfo
    facts: tuple[tuple[str, str], ...] = ()  # ("Convocada el", "23 de noviembre de 2026")
    quorum_text: str = ""
    present: tuple[str, ...] = ()  # "Prof. X (Regidor)"
    absent: tuple[str, ...] = ()  # "Sr. Y (Regidor): Ausente"
    items: tuple[SummaryItem, ...] = ()
    notes: tuple[str, ...] = ()  # state notes, late summonses...
    generated_text: str = ""


@dataclass(frozen=True)
class MinutesDoc:
    info: SessionInfo
    heading: str  # "ACTA DE LA SESIÓN ORDINARIA N° 05-2026"
    body: str  # paragraphs separated by blank lines
    registration: str = ""  # "Acta N° 12 — Libro de Actas N° 2 — Folios 45 al 48"
    signers: tuple[Signer, ...] = ()
    draft: bool = False  # prints the corner mark BORRADOR
    verification: str | None = None  # "MDP-7K3Q-9XW2" (a closed acta): with its QR
    first_folio: int | None = None  # registered in a book: each page prints its folio


@dataclass(frozen=True)
class AllowanceRow:
    name: str
    post: str  # "Regidor"
    attended: int
    payable: int
    sessions: str = ""  # "SO-05 (04/11), SE-02 (10/11)"
    payable_sessions: str = ""


@dataclass(frozen=True)
class AllowanceReport:
    letterhead: Letterhead
    year: int
    month: int
    month_label: str  # "noviembre de 2026"
    rows: tuple[AllowanceRow, ...]
    sessions_held: tuple[str, ...] = ()  # "SO-05-2026 (04/11/2026)"
    limit: int = 4
    generated_text: str = ""  # "Pisac, 2 de diciembre de 2026", above the signature
    certifier: Signer | None = None  # the secretario general

    @property
    def title(self) -> str:
        return f"Dietas de regidores – {self.month_label}"


# --- styles ----------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("council_body", fontName=SERIF, fontSize=10.5, leading=13.4,
                          alignment=TA_JUSTIFY, spaceAfter=5, splitLongWords=1)
    cell = ParagraphStyle("council_cell", fontName=SERIF, fontSize=9.5, leading=11.5,
                          splitLongWords=1)
    return {
        "body": body,
        # The acta goes into the minute book: the size of the resolutions' text.
        "acta": ParagraphStyle("council_acta", parent=body, fontSize=11.5, leading=15.2,
                               spaceAfter=6, allowWidows=0, allowOrphans=0),
        "acta_heading": ParagraphStyle("council_acta_heading", parent=body, fontName=SERIF_BOLD,
                                       fontSize=11.5, leading=15.2, alignment=TA_LEFT,
                                       spaceBefore=4, spaceAfter=3),
        "title": ParagraphStyle("council_title", parent=body, fontName=SERIF_BOLD,
                                fontSize=13.5, leading=17, alignment=TA_CENTER, spaceAfter=3),
        "subtitle": ParagraphStyle("council_subtitle", parent=body, fontName=SERIF_BOLD,
                                   fontSize=11.5, leading=14.5, alignment=TA_CENTER,
                                   spaceAfter=2),
        "centre": ParagraphStyle("council_centre", parent=body, alignment=TA_CENTER,
                                 spaceAfter=2),
        "left": ParagraphStyle("council_left", parent=body, alignment=TA_LEFT, spaceAfter=0),
        "heading": ParagraphStyle("council_heading", parent=body, fontName=SERIF_BOLD,
                                  alignment=TA_LEFT, spaceBefore=5, spaceAfter=3),
        "info": ParagraphStyle("council_info", parent=body, fontSize=10.5, leading=13.5,
                               alignment=TA_LEFT, spaceAfter=1.5),
        "cell": cell,
        "cell_centre": ParagraphStyle("council_cell_centre", parent=cell, alignment=TA_CENTER),
        "cell_bold": ParagraphStyle("council_cell_bold", parent=cell, fontName=SERIF_BOLD),
        "cell_small": ParagraphStyle("council_cell_small", parent=cell, fontSize=8.5,
                                     leading=10, textColor=TEXT_GREY),
        "cell_header": ParagraphStyle("council_cell_header", parent=cell, fontName=SERIF_BOLD,
                                      alignment=TA_CENTER),
        "mark": ParagraphStyle("council_mark", parent=cell, fontName=SERIF_BOLD, fontSize=11,
                               alignment=TA_CENTER),
        "result": ParagraphStyle("council_result", parent=body, fontName=SERIF_BOLD,
                                 alignment=TA_LEFT, spaceAfter=1),
        "alert": ParagraphStyle("council_alert", parent=body, fontName=SERIF_BOLD,
                                fontSize=12, leading=15, alignment=TA_CENTER,
                                textColor=ANNULLED_RED, spaceBefore=2, spaceAfter=4),
        "by_order": ParagraphStyle("council_by_order", parent=body, fontName=SERIF_ITALIC,
                                   alignment=TA_CENTER, spaceBefore=2, spaceAfter=0),
        "small": ParagraphStyle("council_small", parent=body, fontSize=8.5, leading=10.5,
                                alignment=TA_LEFT, textColor=TEXT_GREY, spaceAfter=0),
        "signer_name": ParagraphStyle("council_signer_name", parent=body, fontName=SERIF_BOLD,
                                      fontSize=10.5, leading=13, alignment=TA_CENTER,
                                      spaceAfter=0),
        "signer_post": ParagraphStyle("council_signer_post", parent=body, fontSize=10,
                                      leading=12.5, alignment=TA_CENTER, spaceAfter=0),
    }


def _width(letterhead: Letterhead) -> float:
    margins = letterhead_margins(letterhead)
    return 210 * mm - margins.left - margins.right


def _one_line(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A paragraph that never wraps: its font shrinks until the text fits (a number such as
    "CITACIÓN N° 014-2026-SG-MDP" is never split)."""
    text = one_line(text)
    natural = stringWidth(text, style.fontName, style.fontSize)
    if natural > width:
        size = style.fontSize * width / natural * 0.98
        style = ParagraphStyle(f"{style.name}_fit", parent=style, fontSize=size,
                               leading=max(size * 1.25, 1))
    return Paragraph(escape(text), style)


def _lines(text: str | None) -> list[str]:
    return [line.strip() for line in re.split(r"\r\n|\r|\n", text or "") if line.strip()]


def _table_style(header_rows: int = 1, padding: float = 3.5) -> list[tuple]:
    commands: list[tuple] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), padding),
        ("RIGHTPADDING", (0, 0), (-1, -1), padding),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5),
    ]
    if header_rows:
        commands.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), GREY))
    return commands


def _label_table(rows: Sequence[tuple[str, str]], width: float, label_width: float = 32 * mm,
                 st: dict[str, ParagraphStyle] | None = None) -> Table:
    """'Fecha:  martes 1 de diciembre de 2026' lines, aligned, without rules."""
    st = st or _styles()
    data = [[Paragraph(f"<b>{escape(label)}:</b>", st["info"]), Paragraph(escape(value),
                                                                           st["info"])]
            for label, value in rows if one_line(value)]
    table = Table(data or [["", ""]], colWidths=[label_width, width - label_width],
                  hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]))
    return table


def _time(value: str) -> str:
    return f"{one_line(value)} horas" if one_line(value) else ""


def _info_grid(info: SessionInfo, width: float, with_times: bool = True) -> Table:
    """Date, place, modality and state on the left; the times on the right."""
    st = _styles()
    left = [("Fecha", info.date_text), ("Lugar", info.place), ("Modalidad", info.modality),
            ("Estado", info.state)]
    right = [("Hora de citación", _time(info.summoned_time)),
             ("Hora de inicio", _time(info.opened_at)),
             ("Hora de término", _time(info.closed_at))] if with_times else []
    left = [(k, v) for k, v in left if one_line(v)]
    right = [(k, v) for k, v in right if one_line(v)]
    data = []
    for n in range(max(len(left), len(right))):
        row: list = []
        for side in (left, right):
            if n < len(side):
                row += [Paragraph(f"<b>{escape(side[n][0])}:</b>", st["info"]),
                        Paragraph(escape(one_line(side[n][1])), st["info"])]
            else:
                row += ["", ""]
        data.append(row)
    widths = [20 * mm, 0, 31 * mm, 34 * mm]
    widths[1] = width - sum(widths)
    table = Table(data or [["", "", "", ""]], colWidths=widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
    ]))
    return table


def _session_heading(info: SessionInfo, heading: str, width: float) -> list[Flowable]:
    st = _styles()
    return [_one_line(heading, st["title"], width),
            _one_line(f"{info.title} DEL CONCEJO MUNICIPAL", st["subtitle"], width),
            Spacer(1, 4 * mm)]


def _signers(signers: Sequence[Signer | None], space: float = 20 * mm) -> list[Flowable]:
    chosen = [s for s in signers if s is not None]
    if not chosen:
        return []
    return [Spacer(1, 6 * mm), *signature_block(chosen, _styles(), space=space)]


# --- the summons -----------------------------------------------------------------------------

class _FillToBottom(Flowable):
    """Takes all the room on the page but `reserve`, so that what follows sits at its foot."""

    def __init__(self, reserve: float):
        super().__init__()
        self.reserve = reserve
        self.height = 0.0

    def wrap(self, available_width, available_height):
        self.height = max(0.0, available_height - self.reserve)
        return available_width, self.height

    def draw(self):
        pass


BLANK_SPACE = "—— espacio en blanco ——"


class _BlankSpaceClosed(Flowable):
    """Closes the rest of an acta's last page, so nothing can be written after the signatures:
    "—— espacio en blanco ——" and a diagonal line across the empty space."""

    def __init__(self):
        super().__init__()
        self.width = self.height = 0.0

    def wrap(self, available_width, available_height):
        self.width, self.height = available_width, max(0.0, available_height - 1)
        return self.width, self.height

    def draw(self):
        if self.height < 9 * mm:
            return
        canvas = self.canv
        canvas.saveState()
        canvas.setFont(SERIF, 10)
        top = self.height - 8 * mm
        canvas.drawCentredString(self.width / 2, top, BLANK_SPACE)
        if top > 15 * mm:
            canvas.setLineWidth(0.5)
            canvas.line(self.width * 0.1, top - 3 * mm, self.width * 0.9, 3 * mm)
        canvas.restoreState()


# A summons should fit one page with its cargo: a long agenda prints a little smaller.
SUMMONS_SIZES = (10.5, 10.0, 9.5)


@lru_cache(maxsize=8)
def _summons_styles(size: float) -> dict[str, ParagraphStyle]:
    st = dict(_styles())
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
            roman = _ROMAN[n] if n < len(_ROMAN) else str(n + 1)
            out.append(Paragraph(f"{roman}. {escape(one_line(section.label).upper())}",
                                 st["agenda_station"]))
        for entry in section.items:
            style = st["agenda_item"] if stations else st["agenda_plain"]
            out.append(paragraph(f"{entry.number}.&nbsp;&nbsp;{escape(one_line(entry.title))}",
                                 style))
            detail = st["agenda_detail"] if stations else ParagraphStyle(
                "council_detail_plain", parent=st["agenda_detail"], leftIndent=12 * mm)
            for line in _lines(entry.detail):
                out.append(paragraph(escape(line), detail))
    return out


def _cargo(summons: SummonsDoc, width: float) -> Table:
    """The receipt the addressee (or whoever receives it) fills in and signs by hand."""
    st = _styles()
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
        _one_line(summons.number_text, st["title"], width),
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
    story.append(_label_table([("Fecha", info.date_text), ("Hora", _time(info.summoned_time)),
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
            _FillToBottom(cargo_height + _CARGO_GAP),
            KeepTogether([Spacer(1, 3.5 * mm), cut, Spacer(1, 2 * mm), cargo])]


def render_summonses(batch: SummonsBatch,
                     progress: Callable[[int, int], object] | None = None) -> bytes:
    """All the summonses of `batch` in one PDF, one per page (a long agenda may take two), each
    numbered on its own ("Página 1 de 1") with its own number in the footer. progress(done,
    total) is called as each summons is laid out (it may raise to stop)."""
    letterhead = batch.info.letterhead
    margins = letterhead_margins(letterhead)
    width = _width(letterhead)
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
        story.append(Paragraph("No hay citaciones que imprimir.", _styles()["body"]))
    title = (one_line(batch.summonses[0].number_text) if len(batch.summonses) == 1
             else f"Citaciones – {one_line(batch.info.title)}")
    pdf = build_pdf(story, title=title, institution=letterhead.institution_name,
                    letterhead=letterhead)
    if progress is not None:
        progress(total, total)
    return pdf


# --- the attendance sheet --------------------------------------------------------------------

ATTENDANCE_HEADERS = ("N°", "Nombres y apellidos", "Cargo", "Asistencia", "Hora de llegada",
                      "Firma")
_ATTENDANCE_MM = (8, 50, 29, 19, 16, 0)
SIGNING_ROW = 12 * mm


def _attendance_table(rows: Sequence[AttendanceRow], width: float, start: int = 1) -> Table:
    st = _styles()
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
    table.setStyle(TableStyle(_table_style()))
    return table


def render_attendance_sheet(sheet: AttendanceSheet) -> bytes:
    st = _styles()
    info = sheet.info
    width = _width(info.letterhead)
    story = _session_heading(info, "HOJA DE ASISTENCIA", width)
    story.append(_info_grid(info, width))
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
    story.append(KeepTogether(_signers([sheet.certifier])))
    title = f"Hoja de asistencia – {one_line(info.title)}"
    return build_pdf(story, title=title, institution=info.letterhead.institution_name,
                     letterhead=info.letterhead)


# --- the vote sheet --------------------------------------------------------------------------

VOTE_HEADERS = ("N°", "Miembro del concejo", "Cargo", "A favor", "En contra", "Abstención",
                "Fundamento / observación")
_VOTE_MM = (7, 47, 18, 14, 15, 18, 0)


def _vote_table(item: VotedItem, width: float) -> Table:
    st = _styles()
    widths = [w * mm for w in _VOTE_MM]
    widths[-1] = width - sum(widths)
    header = ParagraphStyle("council_vote_header", parent=st["cell_header"], fontSize=8.5,
                            leading=10)
    data: list[list] = [[Paragraph(h, header) for h in VOTE_HEADERS]]
    columns = {FOR: 0, AGAINST: 1, ABSTAIN: 2}
    commands = _table_style(padding=3)
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
    st = _styles()
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
    st = _styles()
    info = sheet.info
    width = _width(info.letterhead)
    story = _session_heading(info, "HOJA DE VOTACIÓN", width)
    story.append(_info_grid(info, width, with_times=False))
    story.append(Spacer(1, 3 * mm))
    if not sheet.items:
        story.append(Paragraph("En esta sesión no se votó ningún punto.", st["body"]))
    for item in sheet.items:
        story += _voted_item(item, width)
    story.append(KeepTogether(_signers([sheet.certifier])))
    title = f"Hoja de votación – {one_line(info.title)}"
    return build_pdf(story, title=title, institution=info.letterhead.institution_name,
                     letterhead=info.letterhead)


# --- the session summary ---------------------------------------------------------------------

SUMMARY_HEADERS = ("N°", "Estación", "Asunto", "Resultado", "Documento")
_SUMMARY_MM = (8, 22, 0, 34, 36)


def render_session_summary(summary: SessionSummary) -> bytes:
    st = _styles()
    info = summary.info
    width = _width(info.letterhead)
    story = _session_heading(info, "RESUMEN DE SESIÓN", width)
    story.append(_info_grid(info, width))
    if summary.facts:
        story += [Spacer(1, 1.5 * mm), _label_table(summary.facts, width, 31 * mm)]
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
        commands = _table_style()
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


# --- the acta --------------------------------------------------------------------------------

# "ORDEN DEL DÍA:" — a heading line of the acta's body; "QUÓRUM: verificada ..." — a paragraph
# led by its heading.
_CAPS = "A-ZÁÉÍÓÚÑÜ"
_HEADING = re.compile(rf"^[{_CAPS}0-9][{_CAPS}0-9 ,.°º()\-]{{1,118}}:$")
_LEAD = re.compile(rf"^([{_CAPS}][{_CAPS} ,]{{2,80}}:)(\s+\S.*)$", re.DOTALL)


def _minutes_paragraphs(body: str) -> list[Flowable]:
    """Blocks are separated by blank lines; each line of a block is a paragraph of its own
    (closer together than blocks). A line in capitals ending with a colon is a heading; a
    paragraph opening with such words has them in bold."""
    st = _styles()
    inner = ParagraphStyle("council_acta_inner", parent=st["acta"], spaceAfter=2)
    out: list[Flowable] = []
    text = (body or "").replace("\r\n", "\n").replace("\r", "\n")
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        for n, line in enumerate(lines):
            if _HEADING.match(line):
                out.append(CondPageBreak(st["acta_heading"].leading * 4))
                out.append(Paragraph(escape(line), st["acta_heading"]))
                continue
            lead = _LEAD.match(line)
            markup = (f"<b>{escape(lead.group(1))}</b>{escape(lead.group(2))}" if lead
                      else escape(line))
            out.append(paragraph(markup, st["acta"] if n == len(lines) - 1 else inner))
    return out


def render_minutes(doc: MinutesDoc) -> bytes:
    return render_minutes_counted(doc)[0]


def render_minutes_counted(doc: MinutesDoc) -> tuple[bytes, int]:
    """The acta and its number of pages (= the folios it takes in the book)."""
    st = _styles()
    info = doc.info
    width = _width(info.letterhead)
    story: list[Flowable] = [_one_line(doc.heading, st["title"], width)]
    if one_line(doc.registration):
        story.append(_one_line(doc.registration, st["centre"], width))
    story.append(Spacer(1, 5 * mm))
    paragraphs = _minutes_paragraphs(doc.body)
    if not paragraphs:
        paragraphs = [Paragraph("(El acta aún no tiene texto.)", st["acta"])]
    signatures = signature_block([s for s in doc.signers if s is not None], st, space=20 * mm)
    if signatures:
        # The last paragraph and the first row of signatures stay together: the signatures
        # never stand alone on a page.
        last = paragraphs.pop()
        story += paragraphs
        story.append(KeepTogether([last, Spacer(1, 6 * mm), signatures[0]]))
        story += [KeepTogether([s]) for s in signatures[1:]]
    else:
        story += paragraphs
    story.append(_BlankSpaceClosed())  # never alone on a page: it takes what room is left
    stamps = [Stamp("BORRADOR", ANNULLED_RED)] if doc.draft else []
    return build_pdf_counted(story, title=one_line(doc.heading),
                             institution=info.letterhead.institution_name,
                             letterhead=info.letterhead, stamps=stamps,
                             verification=None if doc.draft else doc.verification,
                             first_folio=doc.first_folio)


# --- allowances (dietas) ---------------------------------------------------------------------

ALLOWANCE_HEADERS = ("N°", "Regidor(a)", "Sesiones asistidas", "Sesiones pagables",
                     "Detalle de sesiones asistidas")
_ALLOWANCE_MM = (8, 50, 20, 20, 0)


def render_allowances_pdf(report: AllowanceReport) -> bytes:
    st = _styles()
    width = _width(report.letterhead)
    story: list[Flowable] = [
        _one_line("DIETAS DE LOS REGIDORES", st["title"], width),
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
    commands = _table_style()
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
    story.append(KeepTogether([*closing, *_signers([report.certifier])]))
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
