"""Constancia de integridad del registro: one A4 page on the official letterhead, to be signed by
the Secretaría General and filed on paper each month. It prints the audit trail's head (entry
number and SHA-256 in groups of four) and, per kind, the count of issued documents and one hash
of their frozen content: typed back later, they prove that the history was not rewritten."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer, Table, TableStyle

from pisac_desktop.reports.base import build_pdf, styles
from pisac_desktop.reports.fonts import SANS, SANS_BOLD, SERIF, SERIF_BOLD
from pisac_desktop.reports.instrument_doc import Signer, signature_block
from pisac_desktop.reports.letterhead import Letterhead
from pisac_desktop.reports.text import escape

TITLE = "CONSTANCIA DE INTEGRIDAD DEL REGISTRO"
GRID = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#ececec")
OK_GREEN = colors.HexColor("#1a5e1a")
BAD_RED = colors.HexColor("#a40000")

__all__ = ["IntegrityCertificate", "KindLine", "Signer", "grouped",
           "render_integrity_certificate"]


@dataclass(frozen=True)
class KindLine:
    plural: str  # "Resoluciones de Alcaldía"
    issued: int
    annulled: int
    digest: str  # 64 hex


@dataclass(frozen=True)
class IntegrityCertificate:
    letterhead: Letterhead
    place_date: str  # "Pisac, 21 de noviembre de 2026"
    moment: dt.datetime  # when the trail was read (local time)
    entries: int
    head_hash: str
    kinds: tuple[KindLine, ...]
    content_hash: str
    chain_ok: bool
    chain_text: str  # the verification's result, in Spanish
    signer: Signer  # the Secretario(a) General on that date
    institution_name: str


def grouped(value: str, per_line: int = 0) -> str:
    """'3f2a 9b0c …' (groups of four); per_line groups per line, joined by <br/>."""
    groups = [value[i:i + 4] for i in range(0, len(value), 4)]
    if not per_line:
        return " ".join(groups)
    return "<br/>".join(" ".join(groups[i:i + per_line]) for i in range(0, len(groups), per_line))


def _styles() -> dict[str, ParagraphStyle]:
    base = styles()["body"]
    return {
        "title": ParagraphStyle("ic_title", parent=base, fontName=SERIF_BOLD, fontSize=14,
                                leading=18, alignment=TA_CENTER, spaceAfter=1),
        "subtitle": ParagraphStyle("ic_subtitle", parent=base, fontSize=10.5, leading=13,
                                   alignment=TA_CENTER, spaceAfter=6),
        "body": ParagraphStyle("ic_body", parent=base, fontSize=10, leading=13,
                               alignment=TA_JUSTIFY, spaceAfter=4),
        "small": ParagraphStyle("ic_small", parent=base, fontSize=8.5, leading=11,
                                alignment=TA_JUSTIFY, spaceAfter=0),
        "label": ParagraphStyle("ic_label", fontName=SERIF_BOLD, fontSize=9.5, leading=12),
        "value": ParagraphStyle("ic_value", fontName=SERIF, fontSize=9.5, leading=12),
        "hash": ParagraphStyle("ic_hash", fontName=SANS_BOLD, fontSize=10.5, leading=14),
        "cell": ParagraphStyle("ic_cell", fontName=SERIF, fontSize=8.8, leading=11),
        "cell_hash": ParagraphStyle("ic_cell_hash", fontName=SANS, fontSize=7, leading=8.4),
        "head": ParagraphStyle("ic_head", fontName=SERIF_BOLD, fontSize=8.8, leading=11,
                               alignment=TA_CENTER),
        "right": ParagraphStyle("ic_right", fontName=SERIF, fontSize=8.8, leading=11,
                                alignment=2),
    }


def _table(rows, widths, header: bool = False) -> Table:
    table = Table(rows, colWidths=widths, hAlign="CENTER")
    commands = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    commands.append(("BACKGROUND", (0, 0), (-1 if header else 0, 0 if header else -1), SHADE))
    table.setStyle(TableStyle(commands))
    return table


def render_integrity_certificate(cert: IntegrityCertificate) -> bytes:
    st = _styles()
    width = 165 * mm  # the letterhead frame: A4 minus 2.5 cm and 2 cm margins
    who = escape(cert.institution_name)
    when = f"{cert.moment:%d/%m/%Y} a las {cert.moment:%H:%M} horas"
    state_color = OK_GREEN if cert.chain_ok else BAD_RED
    state = (f'<font color="#{state_color.hexval()[2:]}"><b>'
             f'{"Íntegro" if cert.chain_ok else "CON OBSERVACIONES"}</b></font>: '
             f"{escape(cert.chain_text)}")
    head_rows = [
        [Paragraph("Fecha y hora de la lectura", st["label"]), Paragraph(when, st["value"])],
        [Paragraph("Entradas registradas", st["label"]),
         Paragraph(f"{cert.entries} (de la N° 1 a la N° {cert.entries})", st["value"])],
        [Paragraph(f"Huella de la entrada N° {cert.entries} (SHA-256)", st["label"]),
         Paragraph(grouped(cert.head_hash, 8) or "—", st["hash"])],
        [Paragraph("Verificación de la cadena", st["label"]), Paragraph(state, st["value"])],
    ]
    kind_rows = [[Paragraph(h, st["head"]) for h in
                  ("Tipo de documento", "Emitidos", "Anulados", "Huella de su contenido")]]
    for line in cert.kinds:
        kind_rows.append([Paragraph(escape(line.plural), st["cell"]),
                          Paragraph(str(line.issued), st["right"]),
                          Paragraph(str(line.annulled), st["right"]),
                          Paragraph(grouped(line.digest, 8), st["cell_hash"])])
    total = sum(k.issued for k in cert.kinds)
    kind_rows.append([Paragraph("<b>Total</b>", st["cell"]),
                      Paragraph(f"<b>{total}</b>", st["right"]),
                      Paragraph(f"<b>{sum(k.annulled for k in cert.kinds)}</b>", st["right"]),
                      Paragraph(grouped(cert.content_hash, 8), st["cell_hash"])])
    kinds = _table(kind_rows, [58 * mm, 19 * mm, 19 * mm, width - 96 * mm], header=True)
    story = [
        Paragraph(TITLE, st["title"]),
        Paragraph("Registro de auditoría del sistema Pisac Desktop", st["subtitle"]),
        Paragraph(
            f"La Secretaría General de la {who} deja constancia de que, el {when}, el registro "
            "de auditoría del sistema Pisac Desktop, en el que cada entrada queda encadenada a "
            "la anterior por una huella digital (SHA-256), presentaba los datos siguientes:",
            st["body"]),
        _table(head_rows, [58 * mm, width - 58 * mm]),
        Spacer(1, 3 * mm),
        Paragraph("Las normas y resoluciones emitidas hasta esa fecha, con la huella del "
                  "contenido congelado al emitirlas (número, fecha, sumilla, visto, "
                  "considerandos, artículos y firmante), eran:", st["body"]),
        kinds,
        Spacer(1, 3 * mm),
        Paragraph(
            "Cada huella depende de toda la historia anterior: si después de esta fecha alguien "
            "modifica, borra o intercala una entrada, o cambia un documento emitido, la huella "
            f"de la entrada N° {cert.entries} ya no coincidirá. Para comprobarlo, escriba el "
            "número de entrada y la huella de esta constancia en Pisac Desktop (Registro de "
            "auditoría &gt; «Comprobar una huella…») o en la línea de órdenes "
            f"(«pisac-desktop audit-verify --head {cert.entries} HUELLA»). Se expide la "
            "presente para su archivo en la Secretaría General, junto con las constancias de "
            "los meses anteriores.", st["body"]),
        Paragraph(escape(cert.place_date), ParagraphStyle(
            "ic_date", parent=st["body"], alignment=2, spaceBefore=2)),
        *signature_block([cert.signer, Signer("", "RESPONSABLE DE INFORMÁTICA")], space=15 * mm),
    ]
    return build_pdf(story, title="Constancia de integridad del registro",
                     institution=cert.institution_name,
                     subject=f"Registro de auditoría: {cert.entries} entradas, huella "
                             f"{cert.head_hash}",
                     letterhead=cert.letterhead)
