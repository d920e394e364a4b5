"""The paged, sortable table of a module's documents: the query pages and sorts, never the
whole table in memory."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from pisac_desktop.gui.table_models import PagedTableModel
from pisac_desktop.instruments import search as instrument_search
from pisac_desktop.instruments.detail import kind_label
from pisac_desktop.instruments.search import PAGE_SIZE, InstrumentRow
from pisac_desktop.spanish.dates import short_date

COLUMNS = (("Número", "number"), ("Tipo", "kind"), ("Fecha", "date"), ("Sumilla", "summary"),
           ("Estado", "state"))
DATE_COLUMN = 2
ANNULLED_COLOR = QColor("#8a1c1c")
DRAFT_COLOR = QColor("#555555")

Fetch = Callable[[int, int, str, bool], list[InstrumentRow]]  # offset, limit, sort, descending


def short_number(row: InstrumentRow) -> str:
    """'N° 045-2026-MDP/A' (the kind is in its own column); drafts have none yet."""
    if row.number is None:
        return "(sin número)"
    text = row.number_text
    return text[len(row.kind_title):].strip() if text.startswith(row.kind_title) else text


class InstrumentTableModel(PagedTableModel):
    """Rows of the search, fetched a page at a time; sort() asks the query again."""

    resorted = Signal()
    column_count = len(COLUMNS)

    def __init__(self, parent=None):
        super().__init__(PAGE_SIZE, parent)
        self.sort_key = "date"
        self.descending = True

    def next_page(self, fetch: Fetch, rows: list[InstrumentRow],
                  limit: int) -> list[InstrumentRow]:
        return fetch(len(rows), limit, self.sort_key, self.descending)

    def position_of(self, instrument_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == instrument_id), -1)

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        key, descending = COLUMNS[column][1], order == Qt.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        if self._fetch is not None:
            self.set_source(self._fetch)
            self.resorted.emit()

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return COLUMNS[section][0]
        if orientation == Qt.Horizontal and role == Qt.ToolTipRole:
            return "Pulse para ordenar por esta columna; otra vez para invertir el orden"
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.DisplayRole:
            return (short_number(row), kind_label(row.kind_title), short_date(row.doc_date),
                    " ".join(row.summary.split()), row.state_label)[column]
        if role == Qt.ToolTipRole:
            return row.number_text if column == 0 else row.summary if column == 3 else None
        if role == Qt.ForegroundRole:
            if row.state == instrument_search.ANNULLED:
                return QBrush(ANNULLED_COLOR)
            if row.state == instrument_search.DRAFT:
                return QBrush(DRAFT_COLOR)
        if role == Qt.FontRole and row.state == instrument_search.DRAFT and column in (0, 4):
            font = QFont()
            font.setItalic(True)
            return font
        return None
