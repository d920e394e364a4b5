"""Dates the Peruvian way: '21 de noviembre de 2026' in documents, '21/11/2026' in forms."""

from __future__ import annotations

import datetime as dt
import re

MONTHS = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio",
    "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
)
WEEKDAYS = ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo")

_SHORT = re.compile(r"^\s*([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})\s*$")
MIN_YEAR, MAX_YEAR = 1900, 2100


def long_date(value: dt.date) -> str:
    return f"{value.day} de {MONTHS[value.month - 1]} de {value.year}"


def long_date_with_weekday(value: dt.date) -> str:
    return f"{WEEKDAYS[value.weekday()]} {long_date(value)}"


def short_date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def parse_short_date(text: str) -> dt.date:
    """Parse 'dd/mm/aaaa' (also with '-' or '.'); ValueError carries a Spanish message."""
    match = _SHORT.match(text or "")
    if not match:
        raise ValueError(f"«{text.strip()}» no es una fecha: escríbala como dd/mm/aaaa.")
    day, month, year = (int(g) for g in match.groups())
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"El año de «{text.strip()}» está fuera de rango ({MIN_YEAR}-{MAX_YEAR}).")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"La fecha «{text.strip()}» no existe en el calendario.") from None
