"""The papers of the trámite documentario:

- the **cargo de recepción** the Mesa de Partes gives the filer at once (TUO Ley 27444 art.
  136): number, date and time, folios, procedure, the answer's expected date, the requirements
  missing and the 2 business days to complete them, how to ask about it; and, on a second
  page, the **rótulo** for the case file's folder;
- the **oficio, carta, informe or memorándum** of a unit: letterhead, number, place and date,
  addressee (or the A / DE / ASUNTO / REFERENCIA / FECHA block of internal documents), text,
  signature; a draft prints BORRADOR across the page, an annulled one ANULADO;
- the **inventario de transferencia** to the Archivo Central: order, box, case file, subject,
  extreme dates, folios; totals; signatures of who delivers and who receives;
- the **hoja de ruta**: every stay of the case file in a unit, with the instruction (proveído),
  folios, deadline, who received it and when, and the business days it took.

Plain frozen dataclasses in (filled by pisac_desktop.tramite.printing), PDF bytes out. Every
piece of user text goes through text.escape().
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from pisac_desktop.reports.base import build_pdf
from pisac_desktop.reports.fonts import SERIF, SERIF_BOLD, register_fonts
from pisac_desktop.reports.letterhead import Letterhead, letterhead_margins
from pisac_desktop.reports.text import escape, one_line

__all__ = ["CargoDoc", "RouteLine", "RoutingSlipDoc", "UnitDoc", "render_cargo",
           "render_routing_slip", "render_unit_document", "InventoryDoc", "InventoryRow",
           "render_inventory"]

GREY = colors.HexColor("#e4e4e4")
BOX = "\u25a1"  # □
TICK = "\u25a0"  # ■


@dataclass(frozen=True)
class CargoDoc:
    letterhead: Letterhead
    number_text: str  # "EXP. N° 2026-000121"
    received_text: str  # "21/11/2026 a las 10:05"
    place_date: str  # "Pisac, 21 de noviembre de 2026"
    filer: str
    filer_document: str  # "DNI N° 23456789"
    filer_address: str
    filer_contact: str  # "984 123 456 · juana@correo.pe"
    document_kind: str
    subject: str
    folios: int
    attachments_note: str
    files: tuple[str, ...]  # scanned files kept with the case file
    procedure: str  # "EJ-02 Licencia de funcionamiento…" or ""
    requirements: tuple[tuple[str, bool], ...]  # (requirement, presented)
    missing: tuple[str, ...]
    completion_due: str  # "24/11/2026" or ""
    fee: str  # "S/ 95.00", "Gratuito" or ""
    unit: str
    due_text: str  # "27 de noviembre de 2026 (4 días hábiles)" or ""
    silence_text: str
    how_to_ask: str
    clerk: str  # who registered it
    annulled: str = ""  # the reason, when annulled
    verification: str | None = None


@dataclass(frozen=True)
class RouteLine:
    position: int
    from_unit: str
    to_unit: str
    sent_text: str  # "21/11/2026 10:05"
    sent_by: str
    instruction: str
    folios: int
    due_text: str
    received_text: str  # "22/11/2026 08:30 — mhuillca" or ""
    closed_text: str  # "Derivado el 23/11/2026 11:00" / "En proceso"
    days_text: str  # "2" or ""


@dataclass(frozen=True)
class RoutingSlipDoc:
    letterhead: Letterhead
    number_text: str
    received_text: str
    filer: str
    filer_document: str
    subject: str
    procedure: str
    due_text: str
    state: str
    lines: tuple[RouteLine, ...]
    printed_text: str  # "Impreso el 21/11/2026 a las 10:30 por echoque"
    verification: str | None = None


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("tramite_body", fontName=SERIF, fontSize=10.5, leading=13.2,
                          alignment=TA_JUSTIFY, spaceAfter=3, splitLongWords=1)
    cell = ParagraphStyle("tramite_cell", fontName=SERIF, fontSize=8.6, leading=10.2,
                          splitLongWords=1)
    return {
        "body": body,
        "title": ParagraphStyle("tramite_title", parent=body, fontName=SERIF_BOLD, fontSize=14,
                                leading=17.5, alignment=TA_CENTER, spaceAfter=1),
        "number": ParagraphStyle("tramite_number", parent=body, fontName=SERIF_BOLD,
                                 fontSize=16, leading=20, alignment=TA_CENTER, spaceAfter=4),
        "center": ParagraphStyle("tramite_center", parent=body, alignment=TA_CENTER),
        "info": ParagraphStyle("tramite_info", parent=body, alignment=TA_LEFT, spaceAfter=0),
        "cell": cell,
        "cell_bold": ParagraphStyle("tramite_cell_bold", parent=cell, fontName=SERIF_BOLD),
        "label_big": ParagraphStyle("tramite_label_big", parent=body, fontName=SERIF_BOLD,
                                    fontSize=20, leading=24, alignment=TA_CENTER),
        "small": ParagraphStyle("tramite_small", parent=body, fontSize=9, leading=11),
    }


def label_rows(rows: Sequence[tuple[str, str]], width: float, label_width: float = 50 * mm) -> Table:
    st = styles()
    data = [[Paragraph(f"<b>{escape(label)}:</b>", st["info"]),
             Paragraph(escape(value), st["info"])] for label, value in rows if value.strip()]
    table = Table(data, colWidths=[label_width, width - label_width], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                               ("TOPPADDING", (0, 0), (-1, -1), 0.8),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.8)]))
    return table


def boxed(flowables: list[Flowable], width: float, title: str = "") -> Table:
    st = styles()
    data = [[Paragraph(f"<b>{escape(title)}</b>", st["cell"])]] if title else []
    data += [[f] for f in flowables]
    table = Table(data, colWidths=[width])
    style = [("BOX", (0, 0), (-1, -1), 0.8, colors.black),
             ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
             ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]
    if title:
        style += [("BACKGROUND", (0, 0), (-1, 0), GREY),
                  ("LINEBELOW", (0, 0), (-1, 0), 0.5, colors.black)]
    table.setStyle(TableStyle(style))
    return table


def _cargo_story(doc: CargoDoc, width: float) -> list[Flowable]:
    st = styles()
    story: list[Flowable] = [
        Paragraph("CARGO DE RECEPCIÓN", st["title"]),
        Paragraph("Mesa de Partes — Unidad de Trámite Documentario y Archivo Central",
                  st["center"]),
        Paragraph(escape(one_line(doc.number_text)), st["number"]),
    ]
    if doc.annulled:
        story.append(Paragraph(f"<b>ANULADO:</b> {escape(one_line(doc.annulled))}",
                               st["body"]))
    story += [
        label_rows([("Recibido el", doc.received_text), ("Administrado", doc.filer),
               ("Documento de identidad", doc.filer_document),
               ("Domicilio", doc.filer_address), ("Teléfono y correo", doc.filer_contact)],
              width),
        Spacer(1, 2 * mm),
        label_rows([("Clase de documento", doc.document_kind), ("Asunto", one_line(doc.subject)),
               ("Folios", f"{doc.folios}"), ("Anexos", one_line(doc.attachments_note)),
               ("Archivos escaneados", "; ".join(doc.files)),
               ("Procedimiento (TUPA)", doc.procedure), ("Derecho de trámite", doc.fee),
               ("Derivado a", doc.unit), ("Fecha prevista de respuesta", doc.due_text),
               ("Calificación", doc.silence_text)], width),
    ]
    if doc.requirements:
        marks = "<br/>".join(f"{TICK if ok else BOX}&nbsp;&nbsp;{escape(one_line(r))}"
                             + ("" if ok else " <b>(falta)</b>")
                             for r, ok in doc.requirements)
        story += [Spacer(1, 2 * mm),
                  boxed([Paragraph(marks, st["cell"])], width, "Requisitos del TUPA")]
    if doc.missing:
        text = (
            "<b>OBSERVACIÓN:</b> la presentación no incluye: "
            + "; ".join(escape(one_line(m)) for m in doc.missing)
            + f". Conforme al artículo 136 del TUO de la Ley N°\u00a027444, el administrado "
            f"tiene plazo hasta el <b>{escape(doc.completion_due)}</b> (dos días hábiles) para "
            "subsanarlo; mientras tanto el plazo del procedimiento no corre. Si no lo subsana, "
            "la solicitud se tendrá por no presentada y se le devolverá con sus recaudos.")
        story += [Spacer(1, 2 * mm), boxed([Paragraph(text, st["small"])], width)]
    story += [
        Spacer(1, 3 * mm),
        Paragraph(escape(one_line(doc.how_to_ask)), st["small"]),
        Spacer(1, 12 * mm),
        _signatures(width, doc.clerk),
    ]
    return story


def _signatures(width: float, clerk: str) -> Table:
    st = styles()
    half = width / 2 - 6 * mm
    cell = ParagraphStyle("sig", parent=st["cell"], alignment=TA_CENTER)
    table = Table([["", "", ""],
                   [Paragraph(f"Recibió: {escape(clerk)}<br/>Mesa de Partes", cell), "",
                    Paragraph("Firma del administrado o de quien presenta", cell)]],
                  colWidths=[half, 12 * mm, half], rowHeights=[10 * mm, None])
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (0, 0), 0.6, colors.black),
                               ("LINEBELOW", (2, 0), (2, 0), 0.6, colors.black),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return table


def _label(doc: CargoDoc, width: float) -> list[Flowable]:
    """The rótulo for the folder: big number, filer, subject, unit, date; cut along the box."""
    st = styles()
    inner = [Paragraph(escape(one_line(doc.number_text)), st["label_big"]),
             Spacer(1, 2 * mm),
             label_rows([("Recibido", doc.received_text), ("Administrado", doc.filer),
                    ("Asunto", one_line(doc.subject)[:220]),
                    ("Procedimiento", doc.procedure), ("Unidad", doc.unit),
                    ("Folios", f"{doc.folios}")], width * 0.62 - 12, 28 * mm)]
    box = boxed(inner, width * 0.62, "RÓTULO DEL EXPEDIENTE — recortar y pegar en el folder")
    return [Paragraph("Rótulo para el folder", st["info"]), Spacer(1, 3 * mm), box]


def render_cargo(doc: CargoDoc) -> bytes:
    """The cargo (page 1) and the folder's rótulo (page 2) as PDF bytes."""
    margins = letterhead_margins(doc.letterhead)
    width = A4[0] - margins.left - margins.right
    title = f"Cargo de recepción {one_line(doc.number_text)}"
    story = _cargo_story(doc, width) + [PageBreak()] + _label(doc, width)
    return build_pdf(story, title=title, institution=doc.letterhead.institution_name,
                     subject=one_line(doc.subject)[:200], letterhead=doc.letterhead,
                     verification=doc.verification,
                     footer_text=f"{one_line(doc.number_text)} – {one_line(doc.filer)}")


def _route_table(doc: RoutingSlipDoc, width: float) -> Table:
    """One row per stay. Only the cells that wrap are Paragraphs (units, proveído, receipt);
    the rest are plain lines, drawn without layout: a 40-step hoja de ruta prints quickly."""
    st = styles()
    cell, bold = st["cell"], st["cell_bold"]
    heads = ["N°", "De → A", "Enviado", "Proveído", "Fol.", "Plazo", "Recibido y estado",
             "Días háb."]
    widths = [6 * mm, 36 * mm, 19 * mm, 0, 8 * mm, 16 * mm, 31 * mm, 10 * mm]
    widths[3] = width - sum(widths)
    data = [[Paragraph(h, bold) for h in heads]]
    for line in doc.lines:
        received = one_line(line.received_text).replace(" — ", "\n") or "Por recibir"
        data.append([
            str(line.position),
            Paragraph(f"{escape(line.from_unit)}<br/>→ <b>{escape(line.to_unit)}</b>", cell),
            f"{line.sent_text.replace(' ', chr(10), 1)}\n{one_line(line.sent_by)}",
            Paragraph(escape(one_line(line.instruction)) or "—", cell),
            str(line.folios), line.due_text or "—",
            Paragraph("<br/>".join(escape(x) for x in (*received.split("\n"),
                                                       one_line(line.closed_text)) if x), cell),
            line.days_text or "—",
        ])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 1), (-1, -1), SERIF, cell.fontSize, cell.leading),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def render_routing_slip(doc: RoutingSlipDoc) -> bytes:
    """The hoja de ruta as PDF bytes (the table continues on more pages with its header)."""
    st = styles()
    margins = letterhead_margins(doc.letterhead)
    width = A4[0] - margins.left - margins.right
    story: list[Flowable] = [
        Paragraph("HOJA DE RUTA", st["title"]),
        Paragraph(escape(one_line(doc.number_text)), st["number"]),
        label_rows([("Recibido el", doc.received_text),
               ("Administrado", f"{doc.filer} ({doc.filer_document})"),
               ("Asunto", one_line(doc.subject)), ("Procedimiento (TUPA)", doc.procedure),
               ("Plazo de respuesta", doc.due_text), ("Estado", doc.state)], width),
        Spacer(1, 3 * mm),
        _route_table(doc, width),
        Spacer(1, 2 * mm),
        Paragraph(escape(doc.printed_text), st["small"]),
    ]
    title = f"Hoja de ruta {one_line(doc.number_text)}"
    return build_pdf(story, title=title, institution=doc.letterhead.institution_name,
                     subject=one_line(doc.subject)[:200], letterhead=doc.letterhead,
                     verification=doc.verification,
                     footer_text=f"Hoja de ruta – {one_line(doc.number_text)}")


@dataclass(frozen=True)
class UnitDoc:
    letterhead: Letterhead
    title: str  # "OFICIO N° 045-2026-SG-MDP", or "OFICIO" for a draft
    internal: bool  # informe, memorándum: the A / DE block
    place_date: str
    addressee: str
    addressee_post: str
    address: str
    sender: str  # internal: "DE:" (the signer and the unit)
    subject: str
    reference: str
    body: str
    signer_name: str
    signer_post: str
    unit: str
    draft: bool = False
    annulled: str = ""
    verification: str | None = None
    attesting: str = ""  # "HACE CONSTAR" / "CERTIFICA": a constancia or certificación
    issuer: str = ""  # attesting: "LA SECRETARÍA GENERAL DE LA MUNICIPALIDAD ..."
    closing: str = ""  # attesting: "Se expide la presente ... a solicitud de ..."


MASCULINE_UNITS = ("área", "órgano", "despacho", "comité", "departamento", "programa")


def issuer_line(unit: str, institution: str) -> str:
    """'LA SECRETARÍA GENERAL DE LA MUNICIPALIDAD DISTRITAL DE PISAC', the one who attests."""
    first = (unit.split() or [""])[0].lower()
    article = "EL" if first in MASCULINE_UNITS else "LA"
    return f"{article} {unit.upper()} DE LA {institution.upper()}"


def _attesting_story(doc: UnitDoc, st, ds) -> list[Flowable]:
    from pisac_desktop.reports.instrument_doc import Signer, signature_block
    from pisac_desktop.reports.paragraphs import paragraph

    story: list[Flowable] = [Paragraph(escape(one_line(doc.title)), st["title"]),
                             Spacer(1, 6 * mm),
                             Paragraph(f"<b>{escape(one_line(doc.issuer))}</b>, que suscribe,",
                                       ds["body"]),
                             Spacer(1, 2 * mm),
                             Paragraph(f"<b>{escape(doc.attesting)}:</b>",
                                       ParagraphStyle("ud_verb", parent=st["info"],
                                                      alignment=1, fontSize=12, leading=15)),
                             Spacer(1, 2 * mm)]
    if doc.annulled:
        story.append(Paragraph(f"<b>ANULADO:</b> {escape(one_line(doc.annulled))}", st["body"]))
    for block in doc.body.split("\n"):
        if block.strip():
            story.append(paragraph(escape(block.strip()), ds["body"]))
    story += [paragraph(escape(doc.closing), ds["body"]), Spacer(1, 4 * mm),
              Paragraph(escape(one_line(doc.place_date)),
                        ParagraphStyle("ud_date_r", parent=st["body"], alignment=2))]
    story += signature_block([Signer(doc.signer_name, doc.signer_post.upper())], space=22 * mm)
    return story


def _unit_doc_story(doc: UnitDoc, width: float) -> list[Flowable]:
    from pisac_desktop.reports.instrument_doc import Signer, document_styles, signature_block
    from pisac_desktop.reports.paragraphs import paragraph

    st = styles()
    ds = document_styles()
    if doc.attesting:
        return _attesting_story(doc, st, ds)
    story: list[Flowable] = [Paragraph(escape(one_line(doc.title)), st["title"])]
    if doc.internal:
        story += [Spacer(1, 3 * mm), label_rows([
            ("A", "\n".join(filter(None, (doc.addressee, doc.addressee_post))).replace(
                "\n", " — ")),
            ("DE", doc.sender), ("ASUNTO", doc.subject), ("REFERENCIA", doc.reference),
            ("FECHA", doc.place_date)], width, 28 * mm)]
        line = Table([[""]], colWidths=[width], rowHeights=[2 * mm])
        line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.8, colors.black)]))
        story += [line, Spacer(1, 4 * mm)]
    else:
        story += [Paragraph(escape(one_line(doc.place_date)),
                            ParagraphStyle("ud_date", parent=st["body"], alignment=2)),
                  Spacer(1, 3 * mm)]
        to = [f"Señor(a): <b>{escape(one_line(doc.addressee))}</b>"]
        to += [escape(one_line(x)) for x in (doc.addressee_post, doc.address) if one_line(x)]
        story += [Paragraph("<br/>".join(to), st["info"]), Spacer(1, 3 * mm),
                  label_rows([("ASUNTO", doc.subject), ("REFERENCIA", doc.reference)], width,
                        28 * mm), Spacer(1, 4 * mm)]
    if doc.annulled:
        story.append(Paragraph(f"<b>ANULADO:</b> {escape(one_line(doc.annulled))}", st["body"]))
    for block in doc.body.split("\n"):
        if block.strip():
            story.append(paragraph(escape(block.strip()), ds["body"]))
    story += [Spacer(1, 2 * mm), Paragraph("Atentamente,", st["info"])]
    story += signature_block([Signer(doc.signer_name, doc.signer_post.upper())], space=18 * mm)
    return story


def render_unit_document(doc: UnitDoc) -> bytes:
    from pisac_desktop.reports.base import ANNULLED_RED
    from pisac_desktop.reports.instrument_doc import DRAFT_GREY
    from pisac_desktop.reports.letterhead import Stamp

    margins = letterhead_margins(doc.letterhead)
    width = A4[0] - margins.left - margins.right
    stamps, watermark = [], None
    if doc.annulled:
        stamps, watermark = [Stamp("ANULADO", ANNULLED_RED)], Stamp("ANULADO", ANNULLED_RED)
    elif doc.draft:
        stamps, watermark = [Stamp("BORRADOR", DRAFT_GREY)], Stamp("BORRADOR", DRAFT_GREY)
    return build_pdf(_unit_doc_story(doc, width), title=one_line(doc.title),
                     institution=doc.letterhead.institution_name,
                     subject=one_line(doc.subject)[:200], letterhead=doc.letterhead,
                     stamps=stamps, watermark=watermark, verification=doc.verification,
                     footer_text=f"{one_line(doc.title)} – {one_line(doc.unit)}")


@dataclass(frozen=True)
class InventoryRow:
    position: int
    box: int
    number_text: str
    subject: str
    dates: str  # "21/10/2026 – 03/11/2026"
    folios: int


@dataclass(frozen=True)
class InventoryDoc:
    letterhead: Letterhead
    number_text: str
    unit: str
    series: str
    prepared_text: str  # "21/11/2026 a las 10:00 por mhuillca"
    received_text: str  # "" or "… por echoque; estante B-3"
    totals: str  # "12 expedientes en 3 cajas, 154 folios; fechas extremas …"
    notes: str
    rows: tuple[InventoryRow, ...]


def render_inventory(doc: InventoryDoc) -> bytes:
    from pisac_desktop.reports.instrument_doc import Signer, signature_block

    st = styles()
    cell, bold = st["cell"], st["cell_bold"]
    margins = letterhead_margins(doc.letterhead)
    width = A4[0] - margins.left - margins.right
    heads = ["N° de orden", "N° de caja", "Expediente", "Asunto", "Fechas extremas", "Folios"]
    widths = [13 * mm, 13 * mm, 30 * mm, 0, 34 * mm, 12 * mm]
    widths[3] = width - sum(widths)
    data = [[Paragraph(h, bold) for h in heads]]
    for r in doc.rows:
        data.append([Paragraph(str(r.position), cell), Paragraph(str(r.box), cell),
                     Paragraph(escape(r.number_text), cell),
                     Paragraph(escape(one_line(r.subject)), cell),
                     Paragraph(escape(r.dates), cell), Paragraph(str(r.folios), cell)])
    table = Table(data, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black), ("BACKGROUND", (0, 0), (-1, 0), GREY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2.5), ("RIGHTPADDING", (0, 0), (-1, -1), 2.5),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story: list[Flowable] = [
        Paragraph("INVENTARIO DE TRANSFERENCIA DE DOCUMENTOS", st["title"]),
        Paragraph("al Archivo Central", st["center"]),
        Paragraph(escape(one_line(doc.number_text)), st["number"]),
        label_rows([("Unidad orgánica que transfiere", doc.unit),
               ("Serie documental", doc.series), ("Preparado", doc.prepared_text),
               ("Recibido en el Archivo Central", doc.received_text or "Pendiente"),
               ("Totales", doc.totals), ("Observaciones", doc.notes)], width, 55 * mm),
        Spacer(1, 3 * mm), table, Spacer(1, 2 * mm),
    ]
    story += signature_block([Signer("", f"ENTREGA: {doc.unit.upper()}"),
                              Signer("", "RECIBE: ARCHIVO CENTRAL")], space=16 * mm)
    title = f"Inventario de transferencia {one_line(doc.number_text)}"
    return build_pdf(story, title=title, institution=doc.letterhead.institution_name,
                     subject=one_line(doc.series)[:200], letterhead=doc.letterhead,
                     footer_text=f"{one_line(doc.number_text)} – {one_line(doc.unit)}")
