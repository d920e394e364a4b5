"""The cédula de notificación (TUO Ley 27444 arts. 20-21, 24): one page with the addressee, the
act notified and its attached copy, the recourses and their term, and the receipt block the
notifier fills in by hand (or printed filled in, once the delivery was recorded).

The input contract: a plain frozen dataclass filled by pisac_desktop.instruments.notification_printing
(no database, no Qt here). Every piece of user text goes through text.escape().
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from pisac_desktop.reports.base import build_pdf
from pisac_desktop.reports.fonts import SERIF, SERIF_BOLD, register_fonts
from pisac_desktop.reports.instrument_doc import Signer, signature_block
from pisac_desktop.reports.letterhead import Letterhead, letterhead_margins
from pisac_desktop.reports.text import escape, one_line

__all__ = ["CedulaDoc", "Receipt", "render_cedula"]

GREY = colors.HexColor("#e4e4e4")
BOX = "\u25a1"  # □, in every shipped font
TICK = "\u25a0"  # ■


@dataclass(frozen=True)
class Receipt:
    """What was recorded of the delivery; empty strings print as lines to fill in."""

    received_by: str = ""
    document: str = ""
    relation: str = ""
    date_text: str = ""  # "23/11/2026"
    time_text: str = ""  # "10:35"
    how: str = ""  # personal | third_party | refused | under_door ("" unknown)
    first_visit: str = ""  # "22/11/2026 09:10" (bajo puerta)
    place_description: str = ""
    notifier_name: str = ""
    notifier_dni: str = ""
    notes: str = ""


@dataclass(frozen=True)
class CedulaDoc:
    letterhead: Letterhead
    number_text: str  # "CÉDULA DE NOTIFICACIÓN N° 001-2026-SG-MDP"
    place_date: str  # "Pisac, 21 de noviembre de 2026"
    addressee: str
    document: str  # "DNI N° 23456789"
    address: str
    act_title: str  # "RESOLUCIÓN DE ALCALDÍA N° 045-2026-MDP/A"
    act_date: str  # "21 de noviembre de 2026"
    act_summary: str
    folios: int
    recourses: str  # the paragraph on reconsideración / apelación and the term
    representative: str = ""  # a company's
    signer: Signer | None = None  # who issues the cédula (Secretario General)
    receipt: Receipt = Receipt()
    verification: str | None = None


@lru_cache(maxsize=1)
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("cedula_body", fontName=SERIF, fontSize=10.5, leading=13.4,
                          alignment=TA_JUSTIFY, spaceAfter=4, splitLongWords=1)
    cell = ParagraphStyle("cedula_cell", fontName=SERIF, fontSize=9.5, leading=11.6,
                          splitLongWords=1)
    return {
        "body": body,
        "title": ParagraphStyle("cedula_title", parent=body, fontName=SERIF_BOLD, fontSize=13.5,
                                leading=17, alignment=TA_CENTER, spaceAfter=2),
        "place_date": ParagraphStyle("cedula_date", parent=body, alignment=TA_RIGHT,
                                     spaceAfter=5),
        "info": ParagraphStyle("cedula_info", parent=body, alignment=TA_LEFT, spaceAfter=1),
        "cell": cell,
    }


def _label_rows(rows: Sequence[tuple[str, str]], width: float) -> Table:
    st = _styles()
    data = [[Paragraph(f"<b>{escape(label)}:</b>", st["info"]),
             Paragraph(escape(one_line(value)), st["info"])] for label, value in rows
            if one_line(value)]
    table = Table(data, colWidths=[34 * mm, width - 34 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5)]))
    return table


def _mark(on: bool) -> str:
    return TICK if on else BOX


def _receipt_block(doc: CedulaDoc, width: float) -> Table:
    """CONSTANCIA DE NOTIFICACIÓN: filled in by hand by the notifier (printed filled in when
    the delivery was already recorded)."""
    st = _styles()
    r = doc.receipt
    cell = st["cell"]

    def p(text: str) -> Paragraph:
        return Paragraph(text, cell)

    def value(text: str) -> Paragraph:
        return Paragraph(escape(one_line(text)), cell)

    ways = (
        ("personal", "Recibió personalmente el destinatario o su representante"),
        ("third_party", "Recibió otra persona en el domicilio (art. 21.4)"),
        ("refused", "Se negó a recibir / se negó a firmar (art. 21.3)"),
        ("under_door", "No se encontró a nadie: se dejó aviso y, en la segunda visita, la "
                       "cédula bajo puerta (art. 21.5)"),
    )
    marks = "<br/>".join(f"{_mark(r.how == code)}&nbsp;&nbsp;{escape(label)}"
                         for code, label in ways)
    first_visit = escape(one_line(r.first_visit)) or "____/____/________ a las ____:____"
    # label | value | label | value
    widths = [45 * mm, 0, 14 * mm, 36 * mm]
    widths[1] = width - sum(widths)
    data = [
        [p(f"<b>CONSTANCIA DE NOTIFICACIÓN</b> — {escape(one_line(doc.number_text))}"),
         "", "", ""],
        [p(marks), "", "", ""],
        [p("Recibido por (nombre):"), value(r.received_by), p("DNI:"), value(r.document)],
        [p("Relación con el destinatario:"), value(r.relation), p("Firma:"), ""],
        [p("Fecha de notificación:"), value(r.date_text), p("Hora:"), value(r.time_text)],
        [p(f"Primera visita (aviso): {first_visit}"), "", "", ""],
        [p("Características del inmueble (negativa o bajo puerta): color y material de la "
           "fachada, puerta, número de pisos, N° de suministro eléctrico:"), "", "", ""],
        [value(r.place_description), "", "", ""],
        [p("Observaciones:"), value(r.notes), "", ""],
        [p("<b>Notificador</b> — Nombre:"), value(r.notifier_name), p("DNI:"),
         value(r.notifier_dni)],
        [p("Firma del notificador:"), "", "", ""],
    ]
    heights = [None, None, 8 * mm, 9.5 * mm, 7.5 * mm, 6.5 * mm, None, 9 * mm, 7 * mm, 8 * mm,
               9.5 * mm]
    table = Table(data, colWidths=widths, rowHeights=heights)
    line = 0.5
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 0.9, colors.black),
        ("SPAN", (0, 0), (-1, 0)),
        ("SPAN", (0, 1), (-1, 1)),
        ("SPAN", (0, 5), (-1, 5)),
        ("SPAN", (0, 6), (-1, 6)),
        ("SPAN", (0, 7), (-1, 7)),
        ("SPAN", (1, 8), (-1, 8)),
        ("SPAN", (1, 10), (-1, 10)),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, colors.black),
        ("LINEABOVE", (0, 9), (-1, 9), 0.6, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        # The lines to write on.
        ("LINEBELOW", (1, 2), (1, 2), line, colors.black),
        ("LINEBELOW", (3, 2), (3, 2), line, colors.black),
        ("LINEBELOW", (1, 3), (1, 3), line, colors.black),
        ("LINEBELOW", (3, 3), (3, 3), line, colors.black),
        ("LINEBELOW", (1, 4), (1, 4), line, colors.black),
        ("LINEBELOW", (3, 4), (3, 4), line, colors.black),
        ("LINEBELOW", (0, 7), (-1, 7), line, colors.black),
        ("LINEBELOW", (1, 8), (-1, 8), line, colors.black),
        ("LINEBELOW", (1, 9), (1, 9), line, colors.black),
        ("LINEBELOW", (3, 9), (3, 9), line, colors.black),
        ("LINEBELOW", (1, 10), (2, 10), line, colors.black),
    ]))
    return table


def _story(doc: CedulaDoc, width: float) -> list[Flowable]:
    st = _styles()
    act = one_line(doc.act_title)
    folios = "un (1) folio" if doc.folios == 1 else f"{doc.folios} folios"
    story: list[Flowable] = [
        Paragraph(escape(one_line(doc.number_text)), st["title"]),
        Paragraph(escape(one_line(doc.place_date)), st["place_date"]),
        _label_rows([("Destinatario", doc.addressee), ("Representante", doc.representative),
                     ("Documento", doc.document), ("Domicilio", doc.address)], width),
        Spacer(1, 3 * mm),
        _label_rows([("Acto notificado", f"{act}, de fecha {one_line(doc.act_date)}"),
                     ("Sumilla", doc.act_summary)], width),
        Spacer(1, 3 * mm),
        Paragraph(
            "Por medio de la presente, y conforme a los artículos 18, 20 y 21 del Texto Único "
            "Ordenado de la Ley N°\u00a027444, Ley del Procedimiento Administrativo General, "
            "aprobado por Decreto Supremo N°\u00a0004-2019-JUS, se le <b>NOTIFICA</b> el acto "
            f"indicado, cuya copia íntegra se adjunta a esta cédula en {folios}.",
            st["body"]),
        Paragraph(escape(one_line(doc.recourses)), st["body"]),
    ]
    if doc.signer is not None:
        story += signature_block([doc.signer], space=11 * mm)
    story += [Spacer(1, 4 * mm), KeepTogether([_receipt_block(doc, width)])]
    return story


def render_cedula(doc: CedulaDoc) -> bytes:
    """The cédula as PDF bytes (one page; a very long sumilla may take two)."""
    title = one_line(doc.number_text)
    margins = letterhead_margins(doc.letterhead)
    width = A4[0] - margins.left - margins.right
    return build_pdf(_story(doc, width), title=title,
                     institution=doc.letterhead.institution_name,
                     subject=f"Notificación de {one_line(doc.act_title)}",
                     letterhead=doc.letterhead, verification=doc.verification,
                     footer_text=f"{title} – {one_line(doc.addressee)}")
