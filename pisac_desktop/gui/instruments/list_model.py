"""The paged, sortable table of a module's documents: the query pages and sorts, never the
whole table in memory. Each page is read in a worker (the section's fetch runs an
operations.QueryOp) and added when it arrives; the view asks for no other page meanwhile."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from pisac_desktop.gui.table_models import PagedTableModel
from pisac_desktop.instruments.detail import kind_label
from pisac_desktop.instruments.search import PAGE_SIZE, InstrumentRow
from pisac_desktop.instruments.states import InstrumentState
from pisac_desktop.spanish.dates import short_date

COLUMNS = (("Número", "number"), ("Tipo", "kind"), ("Fecha", "date"), ("Sumilla", "summary"),
           ("Estado", "state"))
DATE_COLUMN = 2
ANNULLED_COLOR = QColor("#8a1c1c")
DRAFT_COLOR = QColor("#555555")

# fetch(offset, limit, sort, descending, deliver): read that page (in a worker) and hand it to
# deliver(rows) on the UI thread, or deliver(None) when it could not be read.
Deliver = Callable[[list[InstrumentRow] | None], None]
Fetch = Callable[[int, int, str, bool, Deliver], None]


def short_number(row: InstrumentRow) -> str:
    """'N° 045-2026-MDP/A' (the kind is in its own column); drafts have none yet."""
    if row.number is None:
        return "(sin número)"
    text = row.number_text
    return text[len(row.kind_title):].strip() if text.startswith(row.kind_title) else text


class InstrumentTableModel(PagedTableModel):
    """Rows of the search, fetched a page at a time; sort() asks the query again."""

    resorted = Signal()
    ended = Signal()  # the last page arrived (an empty one inserts no rows)
    column_count = len(COLUMNS)

    def __init__(self, parent=None):
        super().__init__(PAGE_SIZE, parent)
        self.sort_key = "date"
        self.descending = True
        self._asked = False  # a page was asked for and has not arrived yet
        self._generation = 0  # a new source or order makes the pages asked before stale
        self._resorting = False

    def set_source(self, fetch: Fetch | None,
                   first_page: list[InstrumentRow] | None = None) -> None:
        """Start over with a new query; first_page, if read already (with the count), is shown
        at once, else the first page is asked for."""
        self._generation += 1
        self._asked = False
        if first_page is None:
            super().set_source(fetch)
            return
        self._resorting = False
        self.beginResetModel()
        self._rows, self._fetch = list(first_page), fetch
        self._exhausted = fetch is None or len(first_page) < self.page_size
        self.endResetModel()

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008, N802
        return not self._asked and super().canFetchMore(parent)

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted or self._fetch is None or self._asked:
            return
        self._asked = True
        generation = self._generation
        self._fetch(len(self._rows), self.page_size, self.sort_key, self.descending,
                    lambda page: self._arrived(generation, page))

    def _arrived(self, generation: int, page: list[InstrumentRow] | None) -> None:
        if generation != self._generation:
            return  # asked for an older query or order
        self._asked = False
        self._exhausted = page is None or len(page) < self.page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()
        if self._exhausted:
            self.ended.emit()
        if self._resorting:
            self._resorting = False
            self.resorted.emit()

    def position_of(self, instrument_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == instrument_id), -1)

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        key, descending = COLUMNS[column][1], order == Qt.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        if self._fetch is not None:
            self._resorting = True  # resorted is emitted when the first page arrives
            self.set_source(self._fetch)

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
            if row.state == InstrumentState.ANNULLED:
                return QBrush(ANNULLED_COLOR)
            if row.state == InstrumentState.DRAFT:
                return QBrush(DRAFT_COLOR)
        if role == Qt.FontRole and row.state == InstrumentState.DRAFT and column in (0, 4):
            font = QFont()
            font.setItalic(True)
            return font
        return None
