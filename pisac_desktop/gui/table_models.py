"""Table models shared by the screens."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

ERROR_BACKGROUND = QColor("#f8d7da")
ALARM_COLOR = QColor("#a40000")  # flagged rows: late, to resolve
ALARM_MARK = "⚠"  # ... and this mark before their first cell: never the colour alone


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    kind: str = "text"  # text | bool | choice
    choices: tuple[tuple[str, str], ...] = ()  # (code, label) for kind == "choice"
    tooltip: str = ""
    editable: bool = True

    def label_of(self, code: Any) -> str:
        return dict(self.choices).get(code, "" if code is None else str(code))


class ObjectRowsModel(QAbstractTableModel):
    """Read-only rows that are the domain's own objects (a read model's dataclasses): the
    subclass names its HEADERS and says each cell in text(row, column); `rows` keeps the
    objects for the screen to act on."""

    HEADERS: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.HEADERS)

    def text(self, row, column: int) -> str:
        raise NotImplementedError

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.HEADERS[section]
        return None


class ListTableModel(QAbstractTableModel):
    """Read-only rows of plain values (tuples), for small lists computed by the domain."""

    def __init__(self, headers: Sequence[str], rows: Sequence[Sequence[Any]] = (), parent=None):
        super().__init__(parent)
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]

    def set_rows(self, rows: Sequence[Sequence[Any]]) -> None:
        self.beginResetModel()
        self._rows = [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            return "" if value is None else str(value)
        return None

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self._headers[section]
        return None


class HighlightedRowsModel(ListTableModel):
    """ListTableModel whose rows may carry a look: a background, a text colour and a tooltip.

    The one model for lists with highlighted or flagged rows: set_rows_with_looks() gives each
    row its look (background, text colour, tooltip and, since a colour alone says nothing to
    who does not see it, a mark shown before the row's first cell); set_flagged_rows() paints
    the flagged rows' text in ALARM_COLOR with ALARM_MARK (late, to resolve). tooltip_column
    limits the row tooltips to one column (None: every cell); header_tooltips explain columns.
    """

    def __init__(self, headers, parent=None):
        super().__init__(headers, parent=parent)
        self._looks: list[tuple] = []  # (background, foreground, tooltip[, mark])
        self.tooltip_column: int | None = None
        self.header_tooltips: dict[int, str] = {}

    def set_rows_with_looks(self, rows, looks) -> None:
        self._looks = [tuple(look) + ("",) * (4 - len(look)) for look in looks]
        self.set_rows(rows)

    def set_flagged_rows(self, rows, flags, tooltips=None) -> None:
        flags = list(flags)
        tooltips = list(tooltips or [""] * len(flags))
        self.set_rows_with_looks(rows, [(None, ALARM_COLOR, tip, ALARM_MARK) if flag
                                        else (None, None, tip)
                                        for flag, tip in zip(flags, tooltips, strict=True)])

    def data(self, index, role=Qt.DisplayRole):
        if index.isValid() and index.row() < len(self._looks):
            background, foreground, tip, mark = self._looks[index.row()]
            if role == Qt.DisplayRole and mark and index.column() == 0:
                return f"{mark} {super().data(index, role)}"
            if role == Qt.BackgroundRole and background is not None:
                return QBrush(background)
            if role == Qt.ForegroundRole and foreground is not None:
                return QBrush(foreground)
            if role == Qt.ToolTipRole and tip and self.tooltip_column in (None, index.column()):
                return tip
        return super().data(index, role)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if role == Qt.ToolTipRole and orientation == Qt.Horizontal:
            return self.header_tooltips.get(section)
        return super().headerData(section, orientation, role)


class RowsModel(QAbstractTableModel):
    """Editable rows of dataclass instances holding exactly what the user typed.

    Cell errors (row, key) -> Spanish message paint the cell red with the message as tooltip;
    editing the cell clears its error.
    """

    def __init__(self, columns: Sequence[Column], new_row: Callable[[], Any], parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._new_row = new_row
        self.rows: list[Any] = []
        self._errors: dict[tuple[int, str], str] = {}

    # --- content -------------------------------------------------------------------------
    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self._errors.clear()
        self.endResetModel()

    def append_row(self) -> int:
        position = len(self.rows)
        self.beginInsertRows(QModelIndex(), position, position)
        self.rows.append(self._new_row())
        self.endInsertRows()
        return position

    def remove_row(self, position: int) -> Any:
        self.beginRemoveRows(QModelIndex(), position, position)
        row = self.rows.pop(position)
        self.endRemoveRows()
        self._errors.clear()
        return row

    def move_row(self, position: int, delta: int) -> int:
        target = position + delta
        if not (0 <= position < len(self.rows) and 0 <= target < len(self.rows)):
            return position
        self.beginResetModel()
        self.rows[position], self.rows[target] = self.rows[target], self.rows[position]
        self._errors.clear()
        self.endResetModel()
        return target

    def set_errors(self, errors: dict[tuple[int, str], str]) -> None:
        self._errors = dict(errors)
        if self.rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self.rows) - 1, len(self.columns) - 1)
            )

    def error_at(self, row: int, key: str) -> str | None:
        return self._errors.get((row, key))

    def column_of(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # --- Qt model API --------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal:
            if role == Qt.DisplayRole:
                return self.columns[section].header
            if role == Qt.ToolTipRole and self.columns[section].tooltip:
                return self.columns[section].tooltip
        elif role == Qt.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index):
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        column = self.columns[index.column()]
        if not column.editable:
            return base
        if column.kind == "bool":
            return base | Qt.ItemIsUserCheckable
        return base | Qt.ItemIsEditable

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = getattr(self.rows[index.row()], column.key)
        error = self._errors.get((index.row(), column.key))
        if role == Qt.DisplayRole:
            if column.kind == "bool":
                return None
            return column.label_of(value) if column.kind == "choice" else value
        if role == Qt.EditRole:
            return value
        if role == Qt.CheckStateRole and column.kind == "bool":
            return Qt.Checked if value else Qt.Unchecked
        if role == Qt.BackgroundRole and error:
            return QBrush(ERROR_BACKGROUND)
        if role == Qt.ToolTipRole:
            return error or column.tooltip or None
        return None

    def setData(self, index, value, role=Qt.EditRole):
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        if role == Qt.CheckStateRole and column.kind == "bool":
            value = Qt.CheckState(value) == Qt.Checked
        elif role != Qt.EditRole:
            return False
        setattr(self.rows[index.row()], column.key, value)
        self._errors.pop((index.row(), column.key), None)
        self.dataChanged.emit(index, index, [role, Qt.DisplayRole, Qt.BackgroundRole])
        return True


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box editor for Column(kind='choice'); stores the code, shows the label."""

    def __init__(self, column: Column, parent=None):
        super().__init__(parent)
        self._column = column

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for code, label in self._column.choices:
            combo.addItem(label, code)
        return combo

    def setEditorData(self, editor, index):
        position = editor.findData(index.data(Qt.EditRole))
        editor.setCurrentIndex(max(position, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.EditRole)


class PagedTableModel(QAbstractTableModel):
    """Read-only rows of a query, fetched a page at a time as the view scrolls (never the whole
    table into memory). Subclasses say how to ask for the next page and how to show a row."""

    column_count = 0

    def __init__(self, page_size: int, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._fetch: Callable | None = None
        self._exhausted = True
        self.page_size = page_size

    def next_page(self, fetch: Callable, rows: list[Any], limit: int) -> list[Any]:
        raise NotImplementedError

    def set_source(self, fetch: Callable | None) -> None:
        """Start over with a new query; the first page is read at once."""
        self.beginResetModel()
        self._rows, self._fetch, self._exhausted = [], fetch, fetch is None
        self.endResetModel()
        if fetch is not None:
            self.fetchMore(QModelIndex())

    def row_at(self, position: int) -> Any:
        return self._rows[position]

    @property
    def exhausted(self) -> bool:
        return self._exhausted

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008, N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: B008, N802
        if parent.isValid() or self._exhausted or self._fetch is None:
            return
        page = self.next_page(self._fetch, self._rows, self.page_size)
        self._exhausted = len(page) < self.page_size
        if page:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.column_count
