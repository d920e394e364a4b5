"""What the council's papers share: the data each builder takes (plain frozen dataclasses), the
styles, the session heading and information grid, the signature lines and the closing of the
blank space."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from pisac_desktop.reports.base import ANNULLED_RED
from pisac_desktop.reports.fonts import SERIF, SERIF_BOLD, SERIF_ITALIC, register_fonts
from pisac_desktop.reports.instrument_doc import Signer, signature_block
from pisac_desktop.reports.letterhead import Letterhead, letterhead_margins
from pisac_desktop.reports.text import escape, one_line

FOR, AGAINST, ABSTAIN = "for", "against", "abstain"  # as in the database


GREY = colors.HexColor("#e4e4e4")


LIGHT = colors.HexColor("#f4f4f4")


TEXT_GREY = colors.HexColor("#505050")


ROMAN_NUMERALS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII")


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


@lru_cache(maxsize=1)
def council_styles() -> dict[str, ParagraphStyle]:
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


def text_width(letterhead: Letterhead) -> float:
    margins = letterhead_margins(letterhead)
    return 210 * mm - margins.left - margins.right


def single_line(text: str, style: ParagraphStyle, width: float) -> Paragraph:
    """A paragraph that never wraps: its font shrinks until the text fits (a number such as
    "CITACIÓN N° 014-2026-SG-MDP" is never split)."""
    text = one_line(text)
    natural = stringWidth(text, style.fontName, style.fontSize)
    if natural > width:
        size = style.fontSize * width / natural * 0.98
        style = ParagraphStyle(f"{style.name}_fit", parent=style, fontSize=size,
                               leading=max(size * 1.25, 1))
    return Paragraph(escape(text), style)


def split_lines(text: str | None) -> list[str]:
    return [line.strip() for line in re.split(r"\r\n|\r|\n", text or "") if line.strip()]


def table_style(header_rows: int = 1, padding: float = 3.5) -> list[tuple]:
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


def label_table(rows: Sequence[tuple[str, str]], width: float, label_width: float = 32 * mm,
                 st: dict[str, ParagraphStyle] | None = None) -> Table:
    """'Fecha:  martes 1 de diciembre de 2026' lines, aligned, without rules."""
    st = st or council_styles()
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


def time_text(value: str) -> str:
    return f"{one_line(value)} horas" if one_line(value) else ""


def info_grid(info: SessionInfo, width: float, with_times: bool = True) -> Table:
    """Date, place, modality and state on the left; the times on the right."""
    st = council_styles()
    left = [("Fecha", info.date_text), ("Lugar", info.place), ("Modalidad", info.modality),
            ("Estado", info.state)]
    right = [("Hora de citación", time_text(info.summoned_time)),
             ("Hora de inicio", time_text(info.opened_at)),
             ("Hora de término", time_text(info.closed_at))] if with_times else []
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


def session_heading(info: SessionInfo, heading: str, width: float) -> list[Flowable]:
    st = council_styles()
    return [single_line(heading, st["title"], width),
            single_line(f"{info.title} DEL CONCEJO MUNICIPAL", st["subtitle"], width),
            Spacer(1, 4 * mm)]


def signer_blocks(signers: Sequence[Signer | None], space: float = 20 * mm) -> list[Flowable]:
    chosen = [s for s in signers if s is not None]
    if not chosen:
        return []
    return [Spacer(1, 6 * mm), *signature_block(chosen, council_styles(), space=space)]


class FillToBottom(Flowable):
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


class BlankSpaceClosed(Flowable):
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
