"""The council's printed paper: summonses, attendance sheet, vote sheet, session summary, the
acta and the monthly allowances (dietas). One module per paper (summons, sheets, minutes,
allowances) over what they share (common); this face hands their names on.

The input contract: plain frozen dataclasses filled by pisac_desktop.council.printing and
pisac_desktop.council.allowances (no database, no Qt here).
- render_summonses(SummonsBatch) -> PDF bytes: one summons per page (each numbered on its own,
  "Página 1 de 1"), with its cargo de recepción at the foot of the page.
- render_attendance_sheet(AttendanceSheet), render_vote_sheet(VoteSheet),
  render_session_summary(SessionSummary), render_minutes(MinutesDoc) -> PDF bytes.
- render_allowances_pdf(AllowanceReport) -> PDF bytes; write_allowances_xlsx(report, path or
  binary file).

Every piece of user text goes through text.escape() (text.printable() on the canvas).
"""

from pisac_desktop.reports.council.allowances import render_allowances_pdf, write_allowances_xlsx
from pisac_desktop.reports.council.common import (
    AgendaEntry,
    AgendaSection,
    AllowanceReport,
    AllowanceRow,
    AttendanceRow,
    AttendanceSheet,
    MinutesDoc,
    SessionInfo,
    SessionSummary,
    SummaryItem,
    SummonsBatch,
    SummonsDoc,
    VotedItem,
    VoteRow,
    VoteSheet,
)
from pisac_desktop.reports.council.minutes import render_minutes, render_minutes_counted
from pisac_desktop.reports.council.sheets import (
    render_attendance_sheet,
    render_session_summary,
    render_vote_sheet,
)
from pisac_desktop.reports.council.summons import render_summonses
from pisac_desktop.reports.instrument_doc import Signer

__all__ = [
    "AgendaEntry",
    "AgendaSection",
    "AllowanceReport",
    "AllowanceRow",
    "AttendanceRow",
    "AttendanceSheet",
    "MinutesDoc",
    "SessionInfo",
    "SessionSummary",
    "Signer",
    "SummaryItem",
    "SummonsBatch",
    "SummonsDoc",
    "VoteRow",
    "VoteSheet",
    "VotedItem",
    "render_allowances_pdf",
    "render_attendance_sheet",
    "render_minutes",
    "render_minutes_counted",
    "render_session_summary",
    "render_summonses",
    "render_vote_sheet",
    "write_allowances_xlsx",
]
