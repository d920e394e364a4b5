"""Finding normative documents: by kind, year, number, state, dates and text (accent-free)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from pisac_desktop.db.models import Instrument, InstrumentKind
from pisac_desktop.db.models.instruments import ANNULLED, DRAFT, ISSUED
from pisac_desktop.db.text_index import INSTRUMENT_TEXT, fold, words_of
from pisac_desktop.instruments.register import state_label

PAGE_SIZE = 200
COUNT_CAP = 1000  # a text search counts its matches this far ("más de 1.000")
SORTS = {"date": Instrument.doc_date, "number": Instrument.number, "kind": Instrument.kind_code,
         "state": Instrument.state, "summary": Instrument.summary}


@dataclass(frozen=True)
class InstrumentFilter:
    kind_codes: tuple[str, ...] = ()  # empty: every kind of the module
    module: str | None = None
    year: int | None = None
    number: int | None = None
    states: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""
    sort: str = "date"
    descending: bool = True

    @property
    def words(self) -> list[str]:
        return words_of(self.text)


@dataclass(frozen=True)
class InstrumentRow:
    id: int
    kind_code: str
    kind_title: str
    number_text: str  # "(borrador)" for drafts
    number: int | None
    doc_date: dt.date
    summary: str
    state: str
    state_label: str
    must_publish: bool
    historic: bool = False  # a registro histórico (instruments/historic.py)


def _where(flt: InstrumentFilter, joined: bool = False) -> list:
    """Every condition but the text (the text index decides how that one is asked). joined:
    the query joins instrument_kind (the list's page), which then gives the module; else a
    subquery does (a count needs no join)."""
    conditions = []
    if flt.kind_codes:
        conditions.append(Instrument.kind_code.in_(flt.kind_codes))
    if flt.module and joined:
        conditions.append(InstrumentKind.module == flt.module)
    elif flt.module:
        conditions.append(Instrument.kind_code.in_(
            select(InstrumentKind.code).where(InstrumentKind.module == flt.module)))
    if flt.year is not None:
        # Drafts have no year of issue yet: their date's year counts.
        conditions.append(or_(
            Instrument.year == flt.year,
            and_(Instrument.year.is_(None),
                 Instrument.doc_date.between(dt.date(flt.year, 1, 1), dt.date(flt.year, 12, 31))),
        ))
    if flt.number is not None:
        conditions.append(Instrument.number == flt.number)
    if flt.states:
        conditions.append(Instrument.state.in_(flt.states))
    if flt.date_from is not None:
        conditions.append(Instrument.doc_date >= flt.date_from)
    if flt.date_to is not None:
        conditions.append(Instrument.doc_date <= flt.date_to)
    return conditions


def _dialect(session: Session) -> str:
    return session.get_bind().dialect.name


def _narrowed(session: Session, flt: InstrumentFilter, query: Select,
              joined: bool = False) -> Select:
    query = query.where(*_where(flt, joined))
    if flt.words:
        query = INSTRUMENT_TEXT.narrow(query, _dialect(session), Instrument.id,
                                       Instrument.search_text, flt.words)
    return query


ROW_COLUMNS = (Instrument.id, Instrument.kind_code, InstrumentKind.title, Instrument.number_text,
               Instrument.number, Instrument.doc_date, Instrument.summary, Instrument.state,
               InstrumentKind.must_publish, Instrument.historic)


def _ordering(flt: InstrumentFilter) -> tuple:
    order = SORTS.get(flt.sort, Instrument.doc_date)
    order = order.desc() if flt.descending else order.asc()
    tie = Instrument.id.desc() if flt.descending else Instrument.id.asc()
    return order, tie


def _frequent(session: Session, flt: InstrumentFilter, total: int | None) -> bool:
    """Whether the words are in so many documents that walking the date order is quicker."""
    return is_capped(count(session, flt) if total is None else total)


def search_query(session: Session, flt: InstrumentFilter, total: int | None = None) -> Select:
    """The ordered query of a search, without offset and limit (see search)."""
    base = select(*ROW_COLUMNS).select_from(Instrument).join(InstrumentKind)
    if flt.words and flt.sort == "date" and _frequent(session, flt, total):
        ordered = base.where(*_where(flt, joined=True)).order_by(*_ordering(flt))
        return INSTRUMENT_TEXT.walk(ordered, _dialect(session), Instrument.id,
                                    Instrument.search_text, flt.words)
    return _narrowed(session, flt, base, joined=True).order_by(*_ordering(flt))


def search(session: Session, flt: InstrumentFilter, offset: int = 0,
           limit: int = PAGE_SIZE, total: int | None = None) -> list[InstrumentRow]:
    """One page of matches (drafts carry no number and sort by date).

    With words to find, the number of matches decides the plan (db/text_index.py): up to
    COUNT_CAP, the index gives them and they are sorted; more, and the list sorted by date is
    walked (the date index) keeping the rows that contain the words. `total`: count()'s
    answer for this filter when the caller has it (else it is asked here)."""
    rows = session.execute(search_query(session, flt, total).offset(offset).limit(limit))
    return [
        InstrumentRow(r.id, r.kind_code, r.title, r.number_text or "(borrador)", r.number,
                      r.doc_date, r.summary, r.state, state_label(r.state, r.historic),
                      r.must_publish, bool(r.historic))
        for r in rows
    ]


def first_found(rows: list[InstrumentRow], text: str) -> InstrumentRow | None:
    """The row to select after a search: the first whose number the words name ("resolución
    002-2025" names the RESOLUCIÓN DE ALCALDÍA N° 002-2025-MDP/A, not the decree of the same
    number nor a later document citing it), else the first row."""
    words = words_of(text)
    named = next((r for r in rows
                  if words and all(w in fold(r.number_text) for w in words)), None)
    return named or (rows[0] if rows else None)


def count(session: Session, flt: InstrumentFilter) -> int:
    """How many documents match; with words to find, counted up to COUNT_CAP + 1 only (a
    count above COUNT_CAP means "more than COUNT_CAP": see is_capped)."""
    if not flt.words:
        query = select(func.count(Instrument.id)).where(*_where(flt))
        return session.scalar(query) or 0
    query = _narrowed(session, flt, select(Instrument.id))
    return INSTRUMENT_TEXT.capped_count(session, query, COUNT_CAP)


def is_capped(total: int) -> bool:
    """The count stopped at the cap: there are more than COUNT_CAP matches."""
    return total > COUNT_CAP


def years(session: Session) -> list[int]:
    """The years that have issued documents, newest first (for the year filter)."""
    return sorted((y for y in session.scalars(select(Instrument.year).distinct()) if y),
                  reverse=True)


__all__ = ["ANNULLED", "COUNT_CAP", "DRAFT", "ISSUED", "InstrumentFilter", "InstrumentRow", "count",
           "is_capped", "search", "years"]
