"""Tables the office already keeps, read from Excel (.xlsx) or CSV: the budget exported from
SIAF (management/plan.py), the registers of resolutions kept by hand (instruments/historic.py).

What such files share: title rows above the headers (the institution, the register's name),
headers split over merged cells, CSV written by Excel on Windows (';' and Windows-1252) or by
other programs (',' and UTF-8). A file that cannot be read is refused with the reason, in
Spanish; nothing here knows what the columns mean."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from pisac_desktop.core.errors import FieldError, ValidationFailed
from pisac_desktop.db.text_index import fold

HEADER_ROWS = 15  # title rows a file may have above its headers
CSV_DELIMITERS = (";", ",", "\t")


@dataclass(frozen=True)
class Table:
    """The first sheet's cells, row by row (merged cells carry the value of their first cell),
    and how a CSV was read."""

    rows: list[list[object]]
    source: str  # "Excel" | "CSV"
    encoding: str = ""  # CSV: UTF-8 | Windows-1252
    delimiter: str = ""  # CSV: ; , or tab
    notes: list[str] = field(default_factory=list)

    def width(self) -> int:
        return max((len(r) for r in self.rows), default=0)


def refuse(message: str) -> ValidationFailed:
    return ValidationFailed([FieldError("file", message)])


def read_table(file_name: str, content: bytes) -> Table:
    """An .xlsx (its first sheet) or a .csv/.txt file; anything else is refused."""
    name = file_name.lower()
    if name.endswith((".csv", ".txt")):
        return read_csv(content)
    if name.endswith((".xlsx", ".xlsm")):
        return Table(read_workbook_rows(content), "Excel")
    if name.endswith(".xls"):
        raise refuse(f"«{file_name}» es un libro de Excel antiguo (.xls): ábralo en Excel o "
                     "LibreOffice y guárdelo como .xlsx (o como CSV).")
    raise refuse(f"«{file_name}» no es un libro de Excel (.xlsx) ni un archivo CSV.")


def read_workbook_rows(content: bytes, not_a_workbook: str = "") -> list[list[object]]:
    """The first sheet's values (dates as dates), merged cells filled with their first cell's
    value: a header merged over two columns names both; a title merged over the whole width
    names every column the same (and so matches no set of headers)."""
    book = _open_workbook(content, not_a_workbook)
    rows = _sheet_rows(book.worksheets[0])
    book.close()
    return rows


def read_workbook_sheets(content: bytes, not_a_workbook: str = "") -> dict[str, list[list[object]]]:
    """Every sheet's values by its name, in the book's order, as read_workbook_rows reads the
    first (a template of several sheets: moving_in/organization.py)."""
    book = _open_workbook(content, not_a_workbook)
    sheets = {sheet.title: _sheet_rows(sheet) for sheet in book.worksheets}
    book.close()
    return sheets


def _open_workbook(content: bytes, not_a_workbook: str):
    from openpyxl import load_workbook

    try:
        return load_workbook(io.BytesIO(content), data_only=True)
    except Exception:  # noqa: BLE001 (openpyxl raises many kinds for a file that is not xlsx)
        raise refuse(not_a_workbook or "El archivo no es un libro de Excel (.xlsx) que se "
                                       "pueda leer.") from None


def _sheet_rows(sheet) -> list[list[object]]:
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    for merged in sheet.merged_cells.ranges:
        value = sheet.cell(merged.min_row, merged.min_col).value
        for row in range(merged.min_row, min(merged.max_row, len(rows)) + 1):
            cells = rows[row - 1]
            for col in range(merged.min_col, merged.max_col + 1):
                if col - 1 < len(cells):
                    cells[col - 1] = value
    return rows


def read_csv(content: bytes) -> Table:
    """UTF-8 (with or without its mark) or else Windows-1252; ';', ',' or tab, whichever
    splits the first lines most consistently."""
    text, label = decode_text(content)
    delimiter = guess_delimiter(text)
    rows = [list(r) for r in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]
    return Table(rows, "CSV", label, delimiter)


def decode_text(content: bytes) -> tuple[str, str]:
    """(text, encoding's name): UTF-8 when it is, else Windows-1252 (Excel's CSV on Windows)."""
    try:
        return content.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        return content.decode("cp1252", errors="replace"), "Windows-1252"


def guess_delimiter(text: str) -> str:
    lines = [line for line in text.splitlines()[:40] if line.strip()]

    def score(delimiter: str) -> tuple[int, int]:
        widths = [len(r) for r in csv.reader(lines, delimiter=delimiter)]
        split = [w for w in widths if w > 1]
        if not split:
            return (0, 0)
        common = max(set(split), key=split.count)
        return (split.count(common), common)

    return max(CSV_DELIMITERS, key=score)


def cell_text(value: object) -> str:
    """A cell as one line of text: 45.0 as '45', a date as dd/mm/aaaa, spaces collapsed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return " ".join(str(value).replace("\u00a0", " ").split())


def column_letter(index: int) -> str:
    """0 -> 'A', 27 -> 'AB'."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int | None:
    """'A' -> 0, 'ab' -> 27; None when it is not a column name."""
    letters = letters.strip().upper()
    if not re.fullmatch(r"[A-Z]{1,3}", letters):
        return None
    index = 0
    for ch in letters:
        index = index * 26 + ord(ch) - 64
    return index - 1


def contains_word(text: str, word: str) -> bool:
    """`word` (folded) stands in the folded `text` as a word of its own ('pia' in 'PIA 2026',
    not in 'copia')."""
    return re.search(rf"(^|[^a-z]){re.escape(word)}($|[^a-z])", text) is not None


def header_columns(cells: Iterable[object], headers: Mapping[str, Iterable[str]]
                   ) -> dict[str, int]:
    """{field: column} for the fields whose words a header cell contains (each cell names one
    field at most, each field the first cell that names it)."""
    found: dict[str, int] = {}
    for index, value in enumerate(cells):
        text = fold(cell_text(value))
        for name, words in headers.items():
            if name not in found and any(contains_word(text, w) for w in words):
                found[name] = index
                break
    return found


Matcher = Callable[[list[object]], dict[str, int]]


def find_header_row(rows: list[list[object]], matcher: Matcher, enough: Callable[
        [dict[str, int]], bool], limit: int = HEADER_ROWS) -> tuple[int, dict[str, int]] | None:
    """The first of the first `limit` rows whose headers `matcher` reads as `enough`, with its
    columns; None when no row does."""
    for number, cells in enumerate(rows[:limit]):
        columns = matcher(list(cells))
        if enough(columns):
            return number, columns
    return None


def seen_cells(rows: list[list[object]], limit: int = HEADER_ROWS, count: int = 12) -> str:
    """What the top of a file says, for a refusal: 'Registro, N°, Fecha, …'."""
    seen = list(dict.fromkeys(cell_text(c) for cells in rows[:limit] for c in cells
                              if cell_text(c)))
    return ", ".join(seen[:count]) if seen else "una hoja vacía"
