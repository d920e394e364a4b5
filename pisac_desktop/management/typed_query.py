"""Reading what is typed in the search box over everything (management/global_search.py): a
number (maybe named by its kind, with its year), a DNI or RUC, or words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.db.models import InstrumentKind
from pisac_desktop.db.models.council import KIND_LABELS as SESSION_KINDS
from pisac_desktop.db.text_index import TRIGRAM, fold, words_of
from pisac_desktop.tramite import documents as unit_documents

MAX_TEXT = 200  # what is read of a very long text
MAX_WORDS = 8
YEARS = range(1990, 2101)
INSTRUMENT_MODULES = ("secretaria", "gerencia")  # the modules that number documents

_NUMBER = re.compile(r"(?P<prefix>[^\d]*?)(?P<a>\d{1,6})(?:\s*[-/]\s*(?P<b>\d{1,6}))?"
                     r"(?P<suffix>-[a-z][a-z0-9/.\-]*)?")
_NUMBER_MARKS = {"n°", "no", "nro", "n", "num", "numero", "#", "n.°"}
_SMALL_WORDS = {"de", "del", "la", "el", "los", "las", "y"}
_DOCUMENT = re.compile(r"\d{8}|\d{11}")


@dataclass(frozen=True)
class KindName:
    """A kind a number may be named by: "i:MAYOR_RESOLUTION", "s:ordinary", "u:OFICIO",
    "case_file"; its words (folded title and plural) and its short code."""

    token: str
    words: frozenset[str]
    short: str = ""

    def named_by(self, prefix: list[str]) -> bool:
        if len(prefix) == 1 and prefix[0].replace(".", "") == self.short:
            return True
        wanted = [w.strip(".") for w in prefix if w not in _SMALL_WORDS]
        return bool(wanted) and all(w and any(v.startswith(w) for v in self.words)
                                    for w in wanted)


def kind_names(session: Session) -> list[KindName]:
    """Every kind a number may be named by: the numbered documents', the council sessions',
    the units' documents' and the case files'."""
    names = [KindName(f"i:{code}", frozenset(fold(f"{title} {plural}").split()), fold(short))
             for code, title, plural, short in session.execute(
                 select(InstrumentKind.code, InstrumentKind.title, InstrumentKind.plural,
                        InstrumentKind.short)
                 .where(InstrumentKind.module.in_(INSTRUMENT_MODULES)))]
    names += [KindName(f"s:{kind}", frozenset({"sesion", "sesiones", fold(label)}))
              for kind, label in SESSION_KINDS.items()]
    names += [KindName(f"u:{code}", frozenset(fold(f"{title} {plural}").split()))
              for code, (title, plural, _external) in unit_documents.KINDS.items()]
    names.append(KindName("case_file", frozenset({"expediente", "expedientes"}), "exp"))
    return names


@dataclass(frozen=True)
class Query:
    text: str
    words: tuple[str, ...] = ()
    number: int | None = None
    year: int | None = None
    kinds: frozenset[str] = frozenset()  # KindName tokens named before the number; empty: any
    document: str = ""  # a DNI or RUC

    @property
    def by_number(self) -> bool:
        return self.number is not None or (self.year is not None and bool(self.kinds))

    @property
    def by_words(self) -> bool:
        """Words the text indexes can look up (one of 3 letters or more)."""
        return not self.by_number and not self.document and any(
            len(w) >= TRIGRAM for w in self.words)

    def names(self, prefix: str) -> bool:
        """No kind named, or one of this family ("i:", "s:", "u:", "case_file")."""
        return not self.kinds or any(k.startswith(prefix) for k in self.kinds)

    def of(self, prefix: str) -> tuple[str, ...]:
        """The codes of this family named ("i:MAYOR_RESOLUTION" -> "MAYOR_RESOLUTION")."""
        return tuple(sorted(k.removeprefix(prefix) for k in self.kinds if k.startswith(prefix)))


def _number_and_year(a: str, b: str | None, kind_named: bool) -> tuple[int | None, int | None]:
    first = int(a)
    if b is None:
        if kind_named and len(a) == 4 and first in YEARS:
            return None, first  # "ordenanza 2024": that year's
        return first, None
    second = int(b)
    if len(b) == 4 and second in YEARS:
        return first, second  # "45-2024"
    if len(a) == 4 and first in YEARS:
        return second, first  # "2026-000123", as case files are numbered
    return None, None


def normal_text(text: str) -> str:
    """What of the typed text is searched: its first MAX_TEXT characters, spaces collapsed."""
    return " ".join(text[:MAX_TEXT].split())


def read_query(text: str, kinds: list[KindName]) -> Query:
    """What the typed text asks for (see the module's docstring)."""
    text = normal_text(text)
    words = tuple(words_of(text)[:MAX_WORDS])
    if _DOCUMENT.fullmatch(text):
        return Query(text, words, document=text)
    match = _NUMBER.fullmatch(fold(text))
    if match is None:
        return Query(text, words)
    prefix = match["prefix"].split()
    while prefix and prefix[-1] in _NUMBER_MARKS:
        prefix.pop()
    named = frozenset(k.token for k in kinds if k.named_by(prefix)) if prefix else frozenset()
    if prefix and not named:
        return Query(text, words)  # "ley 27972": words
    number, year = _number_and_year(match["a"], match["b"], bool(named))
    if number is None and year is None or number == 0:
        return Query(text, words)
    return Query(text, words, number, year, named)
