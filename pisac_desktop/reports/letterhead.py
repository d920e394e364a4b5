"""The institution's letterhead on every page: crest, name, place, address and contact lines,
the year's name, and the margins they leave for the text."""

from __future__ import annotations

import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from pisac_desktop.reports.fonts import (
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
)
from pisac_desktop.reports.text import one_line

# The letterhead, measured from the top edge of the page.
LETTERHEAD_TOP = 11 * mm

log = logging.getLogger(__name__)


CREST_SIZE = 22 * mm


_CREST_GAP = 3 * mm


_CREST_PIXELS = 260  # 22 mm at 300 dpi


_CREST_MAX_PIXELS = 4000 * 4000  # what an upload may have (domain.crest.MAX_PIXELS)


@dataclass(frozen=True)
class Margins:
    top: float = 22 * mm  # room for the header line
    bottom: float = 18 * mm  # room for the footer
    left: float = 18 * mm
    right: float = 18 * mm


@dataclass(frozen=True)
class Letterhead:
    """What the top of every official page shows. Empty fields are left out."""

    institution_name: str  # "Municipalidad Distrital de Pisac" (printed in capitals)
    address: str = ""  # "Plaza de Armas s/n"
    city: str = ""  # "Pisac"
    province: str = ""  # "Calca"
    department: str = ""  # "Cusco"
    ruc: str = ""
    phone: str = ""
    email: str = ""
    crest: bytes | None = None  # PNG or JPEG; None (or bytes that are no image): no crest
    year_name: str | None = None  # the official name of the year, printed in quotes


def _place_line(letterhead: Letterhead) -> str:
    """'Provincia de Calca – Departamento de Cusco'."""
    parts = []
    if letterhead.province.strip():
        parts.append(f"Provincia de {letterhead.province.strip()}")
    if letterhead.department.strip():
        parts.append(f"Departamento de {letterhead.department.strip()}")
    return " – ".join(parts)


def _address_line(letterhead: Letterhead) -> str:
    """'Plaza de Armas s/n – Pisac' (the city only when the address does not name it)."""
    address, city = (letterhead.address or "").strip(), (letterhead.city or "").strip()
    if city and city.casefold() not in address.casefold():
        return f"{address} – {city}" if address else city
    return address


def _contact_line(letterhead: Letterhead) -> str:
    parts = []
    if letterhead.ruc.strip():
        parts.append(f"RUC {letterhead.ruc.strip()}")
    if letterhead.phone.strip():
        parts.append(f"Telf. {letterhead.phone.strip()}")
    if letterhead.email.strip():
        parts.append(letterhead.email.strip())
    return "  ·  ".join(parts)


def year_name_text(year_name: str | None) -> str:
    """'“Año de la Esperanza y el Fortalecimiento de la Democracia”' ('' for none)."""
    text = one_line(year_name).strip().strip('"“”«»').strip()
    return f"“{text}”" if text else ""


# (text, font, size, leading) of each line of the letterhead's text block
def _letterhead_lines(letterhead: Letterhead) -> list[tuple[str, str, float, float]]:
    lines = [(one_line(letterhead.institution_name).upper(), SERIF_BOLD, 15.0, 18.0)]
    for text, font, size, leading in (
        (_place_line(letterhead), SERIF_ITALIC, 10.0, 13.0),
        (_address_line(letterhead), SERIF, 8.5, 10.5),
        (_contact_line(letterhead), SERIF, 8.0, 10.0),
    ):
        if text:
            lines.append((one_line(text), font, size, leading))
    return lines


def letterhead_height(letterhead: Letterhead) -> float:
    """From LETTERHEAD_TOP down to where the body may start."""
    block = max(CREST_SIZE, sum(line[3] for line in _letterhead_lines(letterhead)))
    height = block + 4.5 * mm  # the double rule and some air
    if year_name_text(letterhead.year_name):
        height += 6 * mm
    return height + 5 * mm


def letterhead_margins(letterhead: Letterhead, *, landscape_mode: bool = False) -> Margins:
    """Official documents: 2.5 cm on the left, 2 cm elsewhere, the letterhead inside the top
    margin's place (the body starts below it)."""
    top = LETTERHEAD_TOP + letterhead_height(letterhead)
    return Margins(top=top, bottom=20 * mm, left=25 * mm, right=20 * mm)


@lru_cache(maxsize=8)
def _crest_reader(data: bytes) -> ImageReader | None:
    """The crest scaled down once (a 512 px PNG would cost every document its encoding time).
    One that cannot be drawn (damaged, or too large to decode: stored before uploads were
    checked) is logged and left out; the overview lists it among the pending tasks."""
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as image:
            width, height = image.size
            if width * height > _CREST_MAX_PIXELS:  # decoding would take gigabytes
                raise ValueError(f"{width} × {height} píxeles")
            image.load()
            mode = "RGBA" if image.mode in ("RGBA", "LA", "P", "PA") else "RGB"
            image = image.convert(mode)
            image.thumbnail((_CREST_PIXELS, _CREST_PIXELS))
            return ImageReader(image.copy())
    except Exception as exc:  # not an image: the letterhead goes without a crest
        log.warning("El escudo no se puede dibujar en el membrete (%s): se imprime sin escudo.",
                    exc)
        return None


def fit_size(text: str, font: str, size: float, width: float, minimum: float = 5.0) -> float:
    """The largest size <= `size` at which `text` fits in `width` (never below `minimum`)."""
    natural = stringWidth(text, font, size)
    if natural <= width or natural == 0:
        return size
    return max(minimum, size * width / natural * 0.995)


def _draw_centered_fit(canvas: Canvas, text: str, font: str, size: float, centre: float,
                       y: float, width: float) -> None:
    """One line, shrunk as much as it takes to stay inside `width` (never cut)."""
    canvas.setFont(font, fit_size(text, font, size, width, minimum=1.0))
    canvas.drawCentredString(centre, y, text)


def draw_letterhead(canvas: Canvas, letterhead: Letterhead, margins: Margins,
                    stamps: Sequence[Stamp] = ()) -> None:
    width, height = canvas._pagesize
    left, right = margins.left, width - margins.right
    top = height - LETTERHEAD_TOP
    canvas.saveState()
    reader = _crest_reader(letterhead.crest) if letterhead.crest else None
    if reader is not None:
        canvas.drawImage(reader, left, top - CREST_SIZE, CREST_SIZE, CREST_SIZE,
                         mask="auto", preserveAspectRatio=True, anchor="c")
    # The text block is centred on the page, between the crest and its mirror image.
    side = CREST_SIZE + _CREST_GAP
    text_width = right - left - 2 * side
    centre = (left + right) / 2
    lines = _letterhead_lines(letterhead)
    block = sum(line[3] for line in lines)
    block_height = max(CREST_SIZE, block)
    y = top - (block_height - block) / 2
    canvas.setFillColor(colors.black)
    for n, (text, font, size, leading) in enumerate(lines):
        y -= leading
        canvas.setFillColor(colors.black if n < 2 else TEXT_GREY)
        _draw_centered_fit(canvas, text, font, size, centre, y + (leading - size) * 0.9, text_width)
    # The double rule.
    rule = top - block_height - 2.5 * mm
    canvas.setStrokeColor(colors.black)
    canvas.setLineWidth(1.3)
    canvas.line(left, rule, right, rule)
    canvas.setLineWidth(0.4)
    canvas.line(left, rule - 1.6, right, rule - 1.6)
    year = year_name_text(letterhead.year_name)
    if year:
        canvas.setFillColor(colors.black)
        _draw_centered_fit(canvas, year, SERIF_ITALIC, 10, centre, rule - 5.6 * mm,
                           right - left)
    draw_corner_stamps(canvas, stamps, right, top, side - _CREST_GAP)
    canvas.restoreState()


TEXT_GREY = colors.HexColor("#404040")


@dataclass(frozen=True)
class Stamp:
    """A mark on every page: a small box in the top right corner, or the diagonal watermark."""

    text: str
    color: colors.Color = colors.black


def draw_corner_stamps(canvas: Canvas, stamps: Sequence[Stamp], right: float, top: float,
                        width: float) -> None:
    """Boxed marks stacked in the top right corner, opposite the crest."""
    y = top
    for stamp in stamps:
        words = one_line(stamp.text).split(" ")
        size = 7.5
        lines = [w for w in words if w]
        lines = [" ".join(lines)] if stringWidth(" ".join(lines), SERIF_BOLD, size) <= width - 6 \
            else lines
        size = min(fit_size(line, SERIF_BOLD, size, width - 6) for line in lines)
        box = len(lines) * size * 1.2 + 5
        canvas.setStrokeColor(stamp.color)
        canvas.setFillColor(stamp.color)
        canvas.setLineWidth(1)
        canvas.rect(right - width, y - box, width, box, stroke=1, fill=0)
        canvas.setFont(SERIF_BOLD, size)
        for n, line in enumerate(lines):
            canvas.drawCentredString(right - width / 2, y - 2.5 - size * (1.2 * n + 0.95), line)
        y -= box + 2 * mm
