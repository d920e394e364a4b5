"""The filters of the case files' search (tramite.views.find) beside its box: a procedure,
the unit where the case file is now, a state (or overdue), answered in time or late, and a
period of receipt."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Date, Select, and_, or_
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement

from pisac_desktop.db.models import CaseFile, CaseStep
from pisac_desktop.db.models.tramite import ANNULLED, ANSWERED, ARCHIVED, IN_PROCESS

OVERDUE = "overdue"  # a state for the search: in process and past its deadline
SEARCH_STATES = {IN_PROCESS: "En trámite", OVERDUE: "Vencido", ANSWERED: "Atendido",
                 ARCHIVED: "Archivado", ANNULLED: "Anulado"}


IN_TIME, LATE = "in_time", "late"  # answered on or before its deadline, or after it


class _DayOf(FunctionElement):
    """The calendar day of a timestamp, in SQL (compared with a Date column)."""

    type = Date()
    inherit_cache = True


@compiles(_DayOf)
def _day_of(element, compiler, **kw) -> str:
    return f"CAST({compiler.process(element.clauses, **kw)} AS DATE)"


@compiles(_DayOf, "sqlite")
def _day_of_sqlite(element, compiler, **kw) -> str:
    return f"date({compiler.process(element.clauses, **kw)})"


@dataclass(frozen=True)
class CaseFilter:
    """The search's filters beside the box: a procedure of the TUPA, the unit where the case
    file is now, its state (SEARCH_STATES) and a period of receipt (both days included)."""

    procedure_id: int | None = None
    unit_id: int | None = None
    state: str | None = None
    received_from: dt.date | None = None
    received_to: dt.date | None = None
    answered: str | None = None  # IN_TIME | LATE: answered or archived, by its deadline

    @property
    def empty(self) -> bool:
        return self == CaseFilter()

    def errors(self) -> list[str]:
        if self.state is not None and self.state not in SEARCH_STATES:
            return [f"Estado desconocido: «{self.state}»."]
        if self.answered not in (None, IN_TIME, LATE):
            return [f"Plazo desconocido: «{self.answered}»."]
        if self.received_from and self.received_to and self.received_from > self.received_to:
            return ["La fecha «desde» es posterior a la fecha «hasta»."]
        return []

    def apply(self, query: Select, today: dt.date) -> Select:
        """The query (case files outer-joined to their open step) narrowed by the filters."""
        if self.procedure_id is not None:
            query = query.where(CaseFile.procedure_id == self.procedure_id)
        if self.unit_id is not None:
            query = query.where(CaseFile.unit_id == self.unit_id)
        if self.state == OVERDUE:
            query = query.where(CaseFile.state == IN_PROCESS, or_(
                CaseStep.due_on < today, and_(CaseStep.due_on.is_(None),
                                              CaseFile.due_on < today)))
        elif self.state is not None:
            query = query.where(CaseFile.state == self.state)
        if self.answered is not None:
            day = _DayOf(CaseFile.closed_at)
            query = query.where(CaseFile.state.in_((ANSWERED, ARCHIVED)),
                                CaseFile.closed_at.is_not(None), CaseFile.due_on.is_not(None),
                                day <= CaseFile.due_on if self.answered == IN_TIME
                                else day > CaseFile.due_on)
        if self.received_from is not None:
            query = query.where(CaseFile.received_at >= dt.datetime.combine(
                self.received_from, dt.time()))
        if self.received_to is not None:
            query = query.where(CaseFile.received_at < dt.datetime.combine(
                self.received_to + dt.timedelta(days=1), dt.time()))
        return query
