"""Reading a workbook that a person filled in or another system exported: the header row found
under title rows by the words its headers contain (accents and case folded), and the cells read
as text, dates, numbers or yes/no whatever Excel made of them. Shared by the imports: the SIAF
budget (management/plan.py) and the organisation (moving_in/organization.py)."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterable, Sequence

from pisac_desktop.core.errors import FieldError, ValidationFailed
from pisac_desktop.db.text_index import fold
from pisac_desktop.spanish.dates import parse_short_date

HEADER_ROWS = 15  # title rows a sheet may have above its headers
HEADER_LENGTH = 60  # a longer cell is a title or an instruction, not a column's header

Headers = dict[str, tuple[str, ...]]  # field: the folded words a header of that column contains


def open_workbook(content: bytes, what_to_do: str):
    """The workbook (read-only, values not formulas), or ValidationFailed saying the file is no
    .xlsx, followed by `what_to_do` (Spanish)."""
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 (openpyxl raises many kinds for a file that is not xlsx)
        raise ValidationFailed([FieldError(
            "file", f"El archivo no es un libro de Excel (.xlsx). {what_to_do}")]) from None


def header_map(cells: Iterable, headers: Headers) -> dict[str, int]:
    """{field: column index} of the cells whose folded text contains one of its words (as a
    whole word); each field takes the first column that names it, each column one field.
    Cells longer than a header (instructions above the table) name nothing."""
    found: dict[str, int] = {}
    for index, value in enumerate(cells):
        text = fold(str(value or ""))
        if len(text) > HEADER_LENGTH:
            continue
        for name, words in headers.items():
            if name not in found and any(
                    re.search(rf"(^|[^a-z]){re.escape(w)}($|[^a-z])", text) for w in words):
                found[name] = index
                break
    return found


def find_header(rows: Sequence[Sequence], headers: Headers, required: Iterable[str] | None = None,
                limit: int = HEADER_ROWS) -> tuple[int, dict[str, int]] | None:
    """(index of the header row, its header_map) of the first of the top `limit` rows that names
    every required field (all of them by default); None if none does."""
    needed = set(headers if required is None else required)
    for number, cells in enumerate(rows[:limit]):
        columns = header_map(list(cells), headers)
        if needed <= set(columns):
            return number, columns
    return None


def seen_in_top(rows: Sequence[Sequence], limit: int = HEADER_ROWS, shown: int = 12) -> str:
    """What the top rows say, for a message about headers not found."""
    seen = [str(c) for cells in rows[:limit] for c in cells if c not in (None, "")]
    return ", ".join(seen[:shown]) if seen else "una hoja vacía"


def cell_text(value) -> str:
    """A cell as one line of text: numbers without a stray '.0', spaces tidied."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).split())


def cell_date(value) -> dt.date | None:
    """A date cell (a real date, or text dd/mm/aaaa or aaaa-mm-dd); None when empty. Raises
    ValueError with a Spanish message."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = cell_text(value)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return parse_short_date(text)


YES = {"si", "s", "x", "1", "true", "verdadero", "yes"}
NO = {"no", "n", "0", "false", "falso", ""}


def cell_yes_no(value, default: bool) -> bool:
    """Sí / No (also x, 1, 0, VERDADERO...); an empty cell is `default`. Raises ValueError."""
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    text = fold(cell_text(value))
    if text in YES:
        return True
    if text in NO:
        return default if text == "" else False
    raise ValueError(f"«{cell_text(value)}» no es Sí ni No.")
