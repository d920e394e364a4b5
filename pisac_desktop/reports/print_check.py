"""Página de prueba de impresión: one A4 page on the official letterhead that shows whether this
computer's printer prints the program's documents as they should come out — the crest and the
letterhead whole, the official margins, a ruler of exactly 10 cm (a printer that scales the page
shows it), the accents and the eñe — with what to look at, point by point."""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from pisac_desktop.reports.base import build_pdf, styles
from pisac_desktop.reports.fonts import SANS
from pisac_desktop.reports.letterhead import Letterhead
from pisac_desktop.reports.text import escape

TITLE = "PÁGINA DE PRUEBA DE IMPRESIÓN"
RULER_CM = 10


@dataclass(frozen=True)
class PrintCheck:
    letterhead: Letterhead
    place_date: str  # "Pisac, 21 de noviembre de 2026"
    workstation: str
    person: str  # who prints it


class Ruler(Flowable):
    """A line of exactly RULER_CM centimetres with a tick at each one, numbered."""

    def __init__(self) -> None:
        super().__init__()
        self.width, self.height = RULER_CM * 10 * mm, 12 * mm

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(colors.black)
        canvas.setLineWidth(0.8)
        canvas.line(0, 4 * mm, self.width, 4 * mm)
        canvas.setFont(SANS, 7)
        for cm in range(RULER_CM + 1):
            x = cm * 10 * mm
            canvas.line(x, 4 * mm, x, (8 if cm % 5 == 0 else 6.5) * mm)
            canvas.drawCentredString(x, 0.5 * mm, str(cm))


def render_print_check(page: PrintCheck) -> bytes:
    style = styles()
    body = style["body"]
    points = (
        "El escudo, el nombre de la institución y la denominación del año se ven completos "
        "arriba, y al pie se lee «Página 1 de 1».",
        f"La línea de abajo mide exactamente {RULER_CM} cm (mídala con una regla). Si mide "
        "menos o más, la impresora está ajustando el tamaño de la página: en su cuadro de "
        "impresión elija el tamaño real (100 %, sin «Ajustar a la página»).",
        "El texto empieza a 2,5 cm del borde izquierdo y termina a 2 cm del derecho: los "
        "márgenes oficiales de los documentos.",
        "Estas letras se leen bien: á é í ó ú ü ñ Á É Í Ó Ú Ü Ñ ¿? ¡! «» N° º ª – —.",
        "Los tonos de gris de la cabecera y del pie no salen manchados ni cortados.",
    )
    story = [
        Paragraph(TITLE, style["title"]),
        Paragraph(escape(page.place_date), style["subtitle"]),
        Spacer(1, 6 * mm),
        Paragraph("Esta página comprueba que la impresora de esta computadora imprime los "
                  "documentos de Pisac Desktop como deben salir. Revise:", body),
        Spacer(1, 3 * mm),
    ]
    for number, text in enumerate(points, start=1):
        story.append(Paragraph(f"{number}. {escape(text)}", body))
        story.append(Spacer(1, 2 * mm))
    story += [Spacer(1, 4 * mm), Ruler(), Spacer(1, 8 * mm),
              Paragraph(escape(f"Si todo se ve así, la impresora está lista: el punto «Impresora "
                               f"probada» de la lista de puesta en marcha queda hecho. Impreso "
                               f"desde {page.workstation} por {page.person}."), style["meta"])]
    return build_pdf(story, title=TITLE.capitalize(),
                     institution=page.letterhead.institution_name, letterhead=page.letterhead)
