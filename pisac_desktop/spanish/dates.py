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


# A date as registers kept by hand write it: '15/03/2023', '15-3-23', '2023-03-15',
# '15 de marzo de 2023', 'lunes 15 de marzo del 2023', '15-mar-2023', '15 de setiembre de 2023'.
_ISO = re.compile(r"^\s*([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})\s*$")
_NUMERIC = re.compile(r"^\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{1,2})\s*[/.-]\s*([0-9]{2}|[0-9]{4})\s*$")
_WORDS = re.compile(r"^\s*(?:[a-záéíóú]+,?\s+)?([0-9]{1,2})\s*(?:de\s+|[-/.\s])\s*([a-záéíóú]+)\.?"
                    r"\s*(?:de(?:l)?\s+|[-/.\s])\s*([0-9]{4})\s*$", re.IGNORECASE)
_MONTH_WORDS = {**{m: i for i, m in enumerate(MONTHS, start=1)}, "setiembre": 9,
                **{m[:3]: i for i, m in enumerate(MONTHS, start=1)}, "set": 9, "sept": 9}


def _month_number(word: str) -> int | None:
    plain = word.lower().translate(str.maketrans("áéíóú", "aeiou"))
    return _MONTH_WORDS.get(plain)


def parse_written_date(text: str) -> dt.date:
    """A date written in any of the usual ways (see above); two-digit years are 20xx. ValueError
    carries a Spanish message."""
    shown = " ".join((text or "").split())
    parts = None
    if match := _ISO.match(shown):
        year, month, day = (int(g) for g in match.groups())
        parts = (day, month, year)
    elif match := _NUMERIC.match(shown):
        day, month, year = (int(g) for g in match.groups())
        parts = (day, month, year + 2000 if year < 100 else year)
    elif (match := _WORDS.match(shown)) and (month := _month_number(match.group(2))):
        parts = (int(match.group(1)), month, int(match.group(3)))
    if parts is None:
        raise ValueError(f"«{shown}» no es una fecha (se esperaba dd/mm/aaaa o «15 de marzo "
                         "de 2023»).")
    day, month, year = parts
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValueError(f"El año de «{shown}» está fuera de rango ({MIN_YEAR}-{MAX_YEAR}).")
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"La fecha «{shown}» no existe en el calendario.") from None
