"""Python dates to Qt dates, for the date edits of every form."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate


def qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)
