"""Finding normative documents: by kind, year, number, state, dates and text (accent-free)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Select, and_, func, or_, select
from sqlalchemy.orm import Session

from pisac_desktop.db.models import Instrument, InstrumentKind
from pisac_desktop.db.models.instruments import ANNULLED, DRAFT, ISSUED
from pisac_desktop.db.text_index import INSTRUMENT_TEXT, words_of
from pisac_desktop.instruments.register import STATE_LABELS

PAGE_SIZE = 200
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


def _where(flt: InstrumentFilter, dialect: str) -> list:
    conditions = []
    if flt.kind_codes:
        conditions.append(Instrument.kind_code.in_(flt.kind_codes))
    if flt.module:
        conditions.append(InstrumentKind.module == flt.module)
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
    if flt.words:
        conditions += INSTRUMENT_TEXT.contains_all(dialect, Instrument.id, Instrument.search_text,
                                                   flt.words)
    return conditions


def _base(session: Session, flt: InstrumentFilter, columns) -> Select:
    dialect = session.get_bind().dialect.name
    return select(*columns).join(InstrumentKind).where(*_where(flt, dialect))


def search(session: Session, flt: InstrumentFilter, offset: int = 0,
           limit: int = PAGE_SIZE) -> list[InstrumentRow]:
    """One page of matches (drafts carry no number and sort by date)."""
    order = SORTS.get(flt.sort, Instrument.doc_date)
    order = order.desc() if flt.descending else order.asc()
    tie = Instrument.id.desc() if flt.descending else Instrument.id.asc()
    query = _base(session, flt, (Instrument.id, Instrument.kind_code, InstrumentKind.title,
                        Instrument.number_text, Instrument.number, Instrument.doc_date,
                        Instrument.summary, Instrument.state, InstrumentKind.must_publish))
    rows = session.execute(query.order_by(order, tie).offset(offset).limit(limit))
    return [
        InstrumentRow(r.id, r.kind_code, r.title, r.number_text or "(borrador)", r.number,
                      r.doc_date, r.summary, r.state, STATE_LABELS[r.state], r.must_publish)
        for r in rows
    ]


def count(session: Session, flt: InstrumentFilter) -> int:
    return session.scalar(_base(session, flt, (func.count(Instrument.id),))) or 0


def years(session: Session) -> list[int]:
    """The years that have issued documents, newest first (for the year filter)."""
    return sorted((y for y in session.scalars(select(Instrument.year).distinct()) if y),
                  reverse=True)


__all__ = ["ANNULLED", "DRAFT", "ISSUED", "InstrumentFilter", "InstrumentRow", "count", "search",
           "years"]
