"""The institution's letterhead and the place and date above a signature: shared by every
printed document of every area."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from pisac_desktop.core.institution import get_institution, year_name_for, year_name_on
from pisac_desktop.reports.letterhead import Letterhead
from pisac_desktop.spanish.dates import long_date


def letterhead(session: Session, year: int, year_name: str | None = None,
               on: dt.date | None = None) -> Letterhead:
    """The letterhead; the year name given, else the one in force `on` a date, else the
    year's."""
    inst = get_institution(session)
    if not year_name and on is not None:
        year_name = year_name_on(session, on).text
    return Letterhead(
        institution_name=inst.name, address=inst.address, city=inst.city,
        province=inst.province, department=inst.department, ruc=inst.ruc, phone=inst.phone,
        email=inst.email, crest=inst.crest,
        year_name=year_name if year_name else year_name_for(session, year).text,
    )


def place_date(session: Session, when: dt.date) -> str:
    """'Pisac, 2 de diciembre de 2026': the line above a signature on a paper meant to be signed."""
    city = get_institution(session).city or "Pisac"
    return f"{city}, {long_date(when)}"
