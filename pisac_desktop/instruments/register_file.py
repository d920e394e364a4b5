"""Reading a register the office kept by hand (Excel or CSV) before it had this application:
where its headers are, which column holds what (a guess by the headers' words, the person
confirms it), and each cell as a number, a date, a state. No database here: the checks against
the documents already registered, and the import, are instruments/historic.py's.

What such registers look like: title rows above the headers (the institution, "REGISTRO DE
RESOLUCIONES DE ALCALDÍA 2019-2023"), headers over two rows with merged cells ("RESOLUCIÓN"
over "Número" and "Fecha"), an order column ("N° de orden") beside the document's number,
numbers as 45, "045", "045-2023", "045-2023-MDP/A" or "RA N° 045-2023", dates as Excel dates
or as text ("15/03/2023", "15 de marzo de 2023")."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pisac_desktop.core.tabular import (
    HEADER_ROWS,
    Table,
    cell_text,
    column_letter,
    read_table,
)
from pisac_desktop.db.text_index import fold
from pisac_desktop.spanish.dates import parse_written_date

FIELDS = ("number", "date", "summary", "seen", "signer", "state", "kind")
FIELD_LABELS = {"number": "Número", "date": "Fecha", "summary": "Sumilla (asunto)",
                "seen": "Visto", "signer": "Firmante", "state": "Estado",
                "kind": "Tipo de documento"}
REQUIRED = ("number", "date", "summary")

# field: (pattern over the folded header, weight); the best weighted column wins each field.
_N = r"(?:^|[^a-z])"  # a word starts
_E = r"(?:$|[^a-z])"  # a word ends
HEADER_WORDS: dict[str, tuple[tuple[str, int], ...]] = {
    "number": ((rf"{_N}(numero|nro|num){_E}", 3), (rf"{_N}n\s*\.?\s*[°o]\s*\.?{_E}", 2),
               (rf"{_N}codigo{_E}", 1)),
    "date": ((rf"{_N}fecha{_E}", 3), (rf"{_N}(dia|emision|emitid[ao]){_E}", 1)),
    "summary": ((rf"{_N}(sumilla|asunto|materia){_E}", 3),
                (rf"{_N}(contenido|descripcion|resumen|detalle){_E}", 2),
                (rf"{_N}(objeto|titulo){_E}", 1)),
    "seen": ((rf"{_N}vistos?{_E}", 3), (rf"{_N}(antecedentes?|expediente){_E}", 1)),
    "signer": ((rf"{_N}(firmante|suscrito|suscribe|firmado){_E}", 3),
               (rf"{_N}(firma|autoridad){_E}", 2)),
    "state": ((rf"{_N}(estado|situacion|vigencia){_E}", 3),),
    "kind": ((rf"{_N}(tipo|clase){_E}", 3),),
}
# An order column ("N° de orden", "Ítem") is not the document's number.
_ORDER = re.compile(rf"{_N}(orden|item|correlativo|nro\.? de orden){_E}")
# A header naming the document makes a number column more likely the document's.
_DOCUMENT = re.compile(rf"{_N}(resolucion|ordenanza|decreto|acuerdo|directiva|documento|"
                       rf"norma|dispositivo){_E}")
_NUMBERED = re.compile(r"\d{1,5}\s*[-/]\s*(?:19|20)\d{2}")


@dataclass(frozen=True)
class Layout:
    """Where the register's headers are and the guessed column of each field."""

    header_row: int  # index in Table.rows
    headers: tuple[str, ...]  # 'B: Número', one per column
    mapping: dict[str, int | None]


def header_score(text: str, field: str) -> int:
    folded = fold(text)
    score = max((weight for pattern, weight in HEADER_WORDS[field]
                 if re.search(pattern, folded)), default=0)
    if score and field == "number":
        if _ORDER.search(folded):
            score -= 2
        elif _DOCUMENT.search(folded):
            score += 1
    return score


def guess_mapping(cells: list[object], below: list[list[object]] | None = None
                  ) -> tuple[dict[str, int | None], int]:
    """{field: column or None} for a header row, and how well it reads as one (the sum of the
    fields' weights). `below`: the first data rows, to prefer, of two number columns, the one
    holding numbers like 045-2023."""
    candidates = []
    for index, value in enumerate(cells):
        text = cell_text(value)
        if not text:
            continue
        for field in FIELDS:
            score = header_score(text, field)
            if score > 0:
                if field == "number" and below and _looks_numbered(below, index):
                    score += 1
                candidates.append((score, -index, field, index))
    mapping: dict[str, int | None] = dict.fromkeys(FIELDS)
    used: set[int] = set()
    total = 0
    for score, _tie, field, index in sorted(candidates, reverse=True):
        if mapping[field] is None and index not in used:
            mapping[field] = index
            used.add(index)
            total += score
    return mapping, total


def _looks_numbered(rows: list[list[object]], index: int) -> bool:
    values = [cell_text(r[index]) for r in rows if index < len(r) and cell_text(r[index])]
    return bool(values) and sum(bool(_NUMBERED.search(v)) for v in values) * 2 >= len(values)


def find_layout(table: Table) -> Layout | None:
    """The best header row among the first rows: the one whose headers name most of the fields
    (a title merged over every column names one field at most); None when no row names the
    number and either the date or the summary."""
    best: tuple[int, int, dict[str, int | None]] | None = None
    for number, cells in enumerate(table.rows[:HEADER_ROWS]):
        mapping, total = guess_mapping(list(cells), table.rows[number + 1:number + 21])
        if mapping["number"] is None or (mapping["date"] is None and mapping["summary"] is None):
            continue
        if best is None or total > best[1]:
            best = (number, total, mapping)
    if best is None:
        return None
    number, _total, mapping = best
    return Layout(number, header_labels(table, number), mapping)


def header_labels(table: Table, header_row: int) -> tuple[str, ...]:
    cells = table.rows[header_row] if header_row < len(table.rows) else []
    width = table.width()
    return tuple(f"{column_letter(i)}: {cell_text(cells[i]) if i < len(cells) else ''}".rstrip(
        ": ") or column_letter(i) for i in range(width))


def read_register_table(file_name: str, content: bytes) -> Table:
    return read_table(file_name, content)


# ----------------------------------------------------------------------------------------------
# Cells


@dataclass(frozen=True)
class NumberCell:
    number: int | None
    year: int | None  # the year written with the number (045-2023), if any
    prefix: str  # the words before it, folded ('ra', 'resolucion de alcaldia'), '' if none
    tail: str  # the number as written from its digits on ('045-2023-MDP/A')
    error: str = ""


_NUMBER = re.compile(r"(\d{1,5})(?:\s*[-/]\s*((?:19|20)\d{2}))?")
_NUMBER_WORDS = re.compile(r"(^|\s)(n\s*\.?\s*[°º]|no\.?|nro\.?|num\.?|numero)(?=\s|$)")


def parse_number(value: object) -> NumberCell:
    if value is None or cell_text(value) == "":
        return NumberCell(None, None, "", "", "Falta el número.")
    if isinstance(value, float) and not value.is_integer():
        return NumberCell(None, None, "", "", f"«{value}» no es un número de documento.")
    if isinstance(value, int | float):
        number = int(value)
        return NumberCell(number, None, "", f"{number:03d}",
                          "" if 0 < number < 100_000 else f"«{number}» no es un número válido.")
    text = cell_text(value)
    match = _NUMBER.search(text)
    if match is None:
        return NumberCell(None, None, "", "", f"«{text}» no tiene número.")
    prefix = " ".join(_NUMBER_WORDS.sub(" ", fold(text[:match.start()]).replace(":", " "))
                      .replace("_", " ").split()).strip(" -.,")
    number = int(match.group(1))
    year = int(match.group(2)) if match.group(2) else None
    error = "" if number > 0 else f"«{text}» no es un número válido."
    return NumberCell(number, year, prefix, text[match.start():].strip(), error)


def parse_date(value: object) -> tuple[dt.date | None, str]:
    """(date, '') or (None, the Spanish reason): Excel dates, Excel serial numbers, and text
    in the usual ways (spanish/dates.parse_written_date)."""
    if isinstance(value, dt.datetime):
        return value.date(), ""
    if isinstance(value, dt.date):
        return value, ""
    if isinstance(value, int | float) and 20_000 < value < 80_000:  # an Excel serial day
        return dt.date(1899, 12, 30) + dt.timedelta(days=int(value)), ""
    text = cell_text(value)
    if not text:
        return None, "Falta la fecha."
    try:
        return parse_written_date(text), ""
    except ValueError as exc:
        return None, str(exc)


ANNULLED_WORDS = ("anulad", "anulacion")
ISSUED_WORDS = ("vigente", "emitid", "aprobad", "derogad", "modificad", "rectificad",
                "publicad", "notificad", "ejecutad", "cumplid", "firmad", "archivad",
                "sin efecto", "dejad", "concluid", "atendid")


def parse_state(value: object) -> tuple[bool, str]:
    """(annulled, warning): a state written in the register; what is not an annulment counts
    as issued (derogated, modified... are later documents' doing, kept as written)."""
    folded = fold(cell_text(value))
    if not folded:
        return False, ""
    if any(w in folded for w in ANNULLED_WORDS):
        return True, ""
    if any(w in folded for w in ISSUED_WORDS):
        return False, ""
    return False, (f"Estado «{cell_text(value)}» no reconocido: se registra como emitido y el "
                   "estado queda anotado como se escribió.")


@dataclass(frozen=True)
class KindName:
    code: str
    short: str
    title: str
    plural: str

    def names(self) -> set[str]:
        """The folded ways a register or a file name writes the kind."""
        return {fold(self.short).replace(".", ""), fold(self.title), fold(self.plural),
                fold(self.title) + "s"}


def kind_of_words(words: str, kinds: Iterable[KindName]) -> list[str]:
    """The kinds (codes) a folded text names: exactly ('ra', 'resolucion de alcaldia') or, for
    a generic word ('resolucion', 'resoluciones'), every kind whose title begins with it."""
    words = " ".join(words.replace("_", " ").replace("-", " ").replace(".", "").split()
                     ).strip(" ,")
    if not words:
        return []
    kinds = list(kinds)
    exact = [k.code for k in kinds if words in k.names()]
    if exact:
        return exact
    single = words[:-1] if words.endswith("s") else words
    return [k.code for k in kinds if len(single) >= 4 and (
        fold(k.title).startswith(single + " ") or fold(k.title) == single)]
