"""One row of a register being imported (instruments/historic.py): its cells read as a
document's number, year, kind, date, summary, VISTO, signer and state, and the problems found
in the row itself. The problems across rows (repeated numbers, gaps) are historic.py's."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from pisac_desktop.core.tabular import cell_text
from pisac_desktop.core.validators import PARAGRAPH_MAX, SUMMARY_MAX, thousands
from pisac_desktop.db.models import InstrumentKind
from pisac_desktop.db.text_index import fold
from pisac_desktop.instruments.kinds import format_number
from pisac_desktop.instruments.register_file import (
    KindName,
    NumberCell,
    kind_of_words,
    parse_date,
    parse_number,
    parse_state,
)
from pisac_desktop.spanish.dates import short_date

SIGNER_MAX = 250


@dataclass(frozen=True)
class RowProblem:
    text: str
    blocking: bool  # False: a warning, shown and imported all the same


@dataclass(frozen=True)
class RowValues:
    row_number: int  # in the file (1 = its first row)
    kind_code: str
    number: int | None
    year: int | None
    number_text: str  # as it will be registered ('RESOLUCIÓN DE ALCALDÍA N° 045-2023-MDP/A')
    number_as_given: str
    doc_date: dt.date | None
    date_text: str  # as given
    summary: str
    seen: str
    signer: str
    annulled: bool
    state_text: str  # as given
    problems: tuple[RowProblem, ...] = ()
    skipped: bool = False  # shown, not imported (a row without number nor date)

    @property
    def key(self) -> tuple[str, int, int] | None:
        if self.kind_code and self.year is not None and self.number is not None:
            return (self.kind_code, self.year, self.number)
        return None

    @property
    def blocking(self) -> bool:
        return any(p.blocking for p in self.problems)

    @property
    def warnings(self) -> list[str]:
        return [p.text for p in self.problems if not p.blocking]

    @property
    def blocking_text(self) -> str:
        return " ".join(p.text for p in self.problems if p.blocking)

    @property
    def problems_text(self) -> str:
        """Every problem, the blocking ones first, each saying which it is."""
        blocking = [f"IMPIDE: {p.text}" for p in self.problems if p.blocking]
        return " ".join(blocking + [f"Aviso: {w}" for w in self.warnings])

    @property
    def date_shown(self) -> str:
        return short_date(self.doc_date) if self.doc_date else self.date_text

    def with_problems(self, more: list[RowProblem]) -> RowValues:
        return replace(self, problems=self.problems + tuple(more)) if more else self


def gap_ranges(present: set[int], top: int) -> list[tuple[int, int]]:
    """The runs of numbers from 1 to `top` that are not present: [(46, 46), (112, 114)]."""
    ranges: list[tuple[int, int]] = []
    start = None
    for n in range(1, top + 1):
        if n not in present and start is None:
            start = n
        elif n in present and start is not None:
            ranges.append((start, n - 1))
            start = None
    if start is not None:
        ranges.append((start, top))
    return ranges


def range_text(first: int, last: int, one: str = "", many: str = "") -> str:
    """'046', '112 a 114' (with the article when asked: 'el 046', 'los 112 a 114')."""
    if first == last:
        return f"{one} {first:03d}".strip()
    return f"{many} {first:03d} a {last:03d}".strip()



class RowReader:
    """Reads the rows of one file: the kinds, the default kind and year, the institution's
    initials (for a number given without its suffix) and today's date."""

    def __init__(self, names: list[KindName], kinds_by_code: dict[str, InstrumentKind],
                 default_kind: str, year: int | None, initials: str, today: dt.date):
        self.names = names
        self.kinds = kinds_by_code
        self.default_kind = default_kind
        self.year = year
        self.initials = initials
        self.today = today

    def read(self, row_number: int, cells: list[object], mapping: dict[str, int | None]
             ) -> RowValues | None:
        """The row's values and problems; None for a row with nothing in the chosen columns."""
        def cell(field: str) -> object:
            index = mapping.get(field)
            return cells[index] if index is not None and index < len(cells) else None

        texts = {f: cell_text(cell(f)) for f in mapping}
        if not any(texts.get(f) for f in ("number", "date", "summary")):
            return None
        problems: list[RowProblem] = []
        number = parse_number(cell("number"))
        doc_date, date_error = parse_date(cell("date"))
        annulled, state_warning = parse_state(cell("state"))
        kind_code = self._kind(number, texts.get("kind", ""), problems)
        year = self._year(number, doc_date, problems)
        skipped = not texts.get("number") and not texts.get("date")
        if skipped:
            problems.append(RowProblem("Fila sin número ni fecha (¿continuación de la "
                                       "anterior?): no se importa.", False))
        else:
            if number.error:
                problems.append(RowProblem(number.error, True))
            if date_error:
                problems.append(RowProblem(date_error, True))
            problems += self._date_problems(doc_date, year)
            problems += self._text_problems(texts)
        if state_warning:
            problems.append(RowProblem(state_warning, False))
        return RowValues(
            row_number, kind_code, number.number, year,
            self._number_text(kind_code, number, year), texts.get("number", ""), doc_date,
            texts.get("date", ""), texts.get("summary", ""), texts.get("seen", ""),
            texts.get("signer", ""), annulled, texts.get("state", ""), tuple(problems), skipped)

    def _kind(self, number: NumberCell, written: str, problems: list[RowProblem]) -> str:
        """The row's kind: the kind column's, or the one its number names (RA N° 045-2023),
        else the kind chosen for the file."""
        named = {}
        for where, words in (("tipo", fold(written)), ("número", number.prefix)):
            if words:
                found = kind_of_words(words, self.names)
                if not found:
                    problems.append(RowProblem(f"Tipo de documento desconocido en el {where}: "
                                               f"«{words}».", True))
                    return ""
                named[where] = found
        candidates = [set(v) for v in named.values()]
        both = set.intersection(*candidates) if candidates else {self.default_kind}
        if not both:
            problems.append(RowProblem("El tipo de la columna y el del número no coinciden.",
                                       True))
            return ""
        if len(both) > 1:
            if self.default_kind in both:
                return self.default_kind
            problems.append(RowProblem("El tipo de documento es ambiguo: " + ", ".join(
                sorted(self.kinds[c].short for c in both if c in self.kinds)) + ".", True))
            return ""
        code = both.pop()
        if code not in self.kinds:
            return ""
        if code != self.default_kind:
            problems.append(RowProblem(f"Se registra como {self.kinds[code].title.lower()}, "
                                       "como dice la fila.", False))
        return code

    def _year(self, number: NumberCell, doc_date: dt.date | None,
              problems: list[RowProblem]) -> int | None:
        if self.year is not None and number.year is not None and number.year != self.year:
            problems.append(RowProblem(f"El número es de {number.year}, no de {self.year}.",
                                       True))
        year = self.year or number.year or (doc_date.year if doc_date else None)
        if year is None and number.number is not None:
            problems.append(RowProblem("No se sabe el año: escriba la fecha o el número con "
                                       "su año (045-2023).", True))
        return year

    def _date_problems(self, doc_date: dt.date | None, year: int | None) -> list[RowProblem]:
        if doc_date is None:
            return []
        if year is not None and doc_date.year != year:
            return [RowProblem(f"La fecha {short_date(doc_date)} no es del año {year}.", True)]
        if doc_date > self.today:
            return [RowProblem(f"La fecha {short_date(doc_date)} es posterior a hoy.", True)]
        return []

    @staticmethod
    def _text_problems(texts: dict[str, str]) -> list[RowProblem]:
        problems = []
        if not texts.get("summary"):
            problems.append(RowProblem("Falta la sumilla.", True))
        for field, label, limit in (("summary", "La sumilla", SUMMARY_MAX),
                                    ("seen", "El VISTO", PARAGRAPH_MAX),
                                    ("signer", "El firmante", SIGNER_MAX)):
            if len(texts.get(field, "")) > limit:
                problems.append(RowProblem(f"{label} pasa de {thousands(limit)} caracteres.",
                                           True))
        return problems

    def _number_text(self, kind_code: str, number: NumberCell, year: int | None) -> str:
        """As given when the register wrote it whole (045-2023-MDP/A: with its year and its
        suffix), else in the kind's format (45 -> RESOLUCIÓN DE ALCALDÍA N° 045-2023-MDP/A)."""
        kind = self.kinds.get(kind_code)
        if kind is None or number.number is None or year is None:
            return number.tail
        suffix = re.sub(r"^\d{1,5}\s*[-/]\s*(?:19|20)\d{2}", "", number.tail)
        if number.year is not None and suffix.strip(" -/"):
            return f"{kind.title} N° {number.tail}"
        return format_number(kind, number.number, year, self.initials)
