"""The search box over everything (issue 19), in the main window's toolbar; Ctrl+K goes to it.

Typing shows, under the box, what management.global_search finds (read in a worker a moment
after the last key: a later key drops the older answer), grouped by kind under a header, the
first hit selected; Up and Down move, Enter opens (gui/navigation.py: the module's tab, the
section, the record selected), Escape closes. «Ver todos en …» opens the section's own list
with the same search. Only what this person's sections show is offered.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QLineEdit,
    QListView,
    QStyle,
    QStyledItemDelegate,
)

from pisac_desktop.gui import navigation
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.management import global_search

DELAY_MS = 150  # after the last key: a fast typist's keys make one search
PLACEHOLDER = "Buscar (Ctrl+K)…"
HEADER, HIT, MORE, NOTE = "header", "hit", "more", "note"
SUBTITLE = QColor("#5f6368")
HEADER_BACKGROUND = QColor("#eef1f4")


@dataclass(frozen=True)
class Row:
    kind: str  # HEADER | HIT | MORE | NOTE
    title: str
    subtitle: str = ""
    target: global_search.Target | None = None

    @property
    def selectable(self) -> bool:
        return self.kind in (HIT, MORE)


def rows_of(answer: global_search.Answer, reachable) -> list[Row]:
    """The popup's rows: each group's header, its hits and «ver más»; what `reachable`
    (target -> bool) refuses is left out, and a group left empty with it."""
    rows: list[Row] = []
    for group in answer.groups:
        hits = [Row(HIT, h.title, h.subtitle, h.target) for h in group.hits
                if reachable(h.target)]
        if not hits:
            continue
        rows.append(Row(HEADER, group.heading))
        rows += hits
        rows += [Row(MORE, m.label, target=m.target) for m in group.more
                 if reachable(m.target)]
    if not rows:
        shown = answer.text if len(answer.text) <= 60 else answer.text[:59] + "…"
        rows.append(Row(NOTE, f"Nada encontrado para «{shown}»." if answer.searched
                         else "Escriba al menos tres letras, un número o un DNI."))
    return rows


class ResultsModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.DisplayRole:
            return row.title
        if role == Qt.ToolTipRole and row.kind == HIT:
            return f"{row.title}\n{row.subtitle}"
        if role == Qt.AccessibleTextRole:
            return f"{row.title}. {row.subtitle}" if row.subtitle else row.title
        return None

    def flags(self, index):
        if not index.isValid() or not self.rows[index.row()].selectable:
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable


class ResultDelegate(QStyledItemDelegate):
    """A header in small bold letters on a band; a hit in two lines (its title, and under it
    in grey what it is); «ver más» as a link; a note in italics."""

    def sizeHint(self, option, index) -> QSize:  # noqa: N802
        row = index.model().rows[index.row()]
        line = option.fontMetrics.height()
        return QSize(200, 2 * line + 10 if row.kind == HIT else line + 10)

    def paint(self, painter, option, index) -> None:
        row = index.model().rows[index.row()]
        painter.save()
        rect = option.rect.adjusted(10, 0, -10, 0)
        selected = bool(option.state & QStyle.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.highlight())
        elif row.kind == HEADER:
            painter.fillRect(option.rect, HEADER_BACKGROUND)
        text_color = option.palette.color(QPalette.HighlightedText if selected
                                          else QPalette.Text)
        font = QFont(option.font)
        metrics = option.fontMetrics
        if row.kind == HEADER:
            font.setBold(True)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            painter.setFont(font)
            painter.setPen(SUBTITLE)
            painter.drawText(rect, Qt.AlignVCenter | Qt.AlignLeft, row.title.upper())
        elif row.kind == HIT:
            top = rect.adjusted(0, 4, 0, -(rect.height() // 2))
            bottom = rect.adjusted(0, rect.height() // 2, 0, -4)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(text_color)
            painter.drawText(top, Qt.AlignVCenter | Qt.AlignLeft,
                             painter.fontMetrics().elidedText(row.title, Qt.ElideRight,
                                                              top.width()))
            painter.setFont(option.font)
            painter.setPen(text_color if selected else SUBTITLE)
            painter.drawText(bottom, Qt.AlignVCenter | Qt.AlignLeft,
                             metrics.elidedText(row.subtitle, Qt.ElideRight, bottom.width()))
        else:
            font.setItalic(row.kind == NOTE)
            font.setUnderline(row.kind == MORE and not selected)
            painter.setFont(font)
            painter.setPen(text_color if selected or row.kind == NOTE
                           else option.palette.color(QPalette.Link))
            painter.drawText(rect, Qt.AlignVCenter | Qt.AlignLeft,
                             metrics.elidedText(row.title, Qt.ElideRight, rect.width()))
        painter.restore()


class ResultsPopup(QListView):
    """The list under the box: a popup window (a click outside closes it) whose keys go
    back to the box, as a completer's do."""

    def __init__(self, box: GlobalSearchBox):
        super().__init__(box)  # a window of its own, owned (and deleted) by the box
        self.box = box
        self.setObjectName("globalSearchPopup")
        self.setWindowFlags(Qt.Popup | Qt.FramelessWindowHint)
        self.setFrameShape(QFrame.Box)
        self.setFocusPolicy(Qt.NoFocus)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.setUniformItemSizes(False)
        self.setMouseTracking(True)
        self.setAccessibleName("Resultados de la búsqueda")
        self.model_ = ResultsModel(self)
        self.setModel(self.model_)
        self.setItemDelegate(ResultDelegate(self))
        self.clicked.connect(lambda index: self.box.open_row(index.row()))

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if not self.box.handle_key(event):
            QApplication.sendEvent(self.box, event)  # typing goes on in the box


class GlobalSearchBox(QLineEdit):
    """The box and its popup. `opened` carries the section a result opened."""

    opened = Signal(object)

    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("globalSearchEdit")
        self.setPlaceholderText(PLACEHOLDER)
        self.setClearButtonEnabled(True)
        self.setAccessibleName("Buscar en todo")
        self.setToolTip("Busca documentos numerados (por número o palabras), expedientes "
                        "(por número, DNI o RUC del administrado y palabras), documentos de las "
                        "unidades, sesiones y puntos de agenda del concejo, y personas.")
        width = self.fontMetrics().horizontalAdvance(PLACEHOLDER)
        self.setMinimumWidth(width * 2)
        self.setMaximumWidth(width * 3)
        self.popup = ResultsPopup(self)
        self.answer: global_search.Answer | None = None
        self._open_when_answered = False
        self._asked = ""  # the normal text of the search running or last shown
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DELAY_MS)
        self.timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._edited)
        self.textChanged.connect(lambda text: text.strip() or self._cleared())

    # --- asking ------------------------------------------------------------------------------
    def _edited(self, _text: str) -> None:
        self._open_when_answered = False
        self.timer.start()

    def _cleared(self) -> None:
        self.timer.stop()
        self._asked = ""
        self.answer = None
        self.popup.hide()

    def search_now(self) -> None:
        """Ask now (the pause after the last key ended, or Enter came first)."""
        self.timer.stop()
        text = global_search.normal_text(self.text())
        if not text:
            self._cleared()
            return
        if self.answer is not None and self.answer.text == text:
            self._show(self.answer)
            return
        actor, self._asked = self.ctx.actor, text
        QueryOp(self, self.ctx.db, lambda s: global_search.search(s, actor, text),
                self._answered).busy("Buscando…").failure(self._failed) \
            .superseding("search").run()

    def _answered(self, answer: global_search.Answer) -> None:
        if answer.text != global_search.normal_text(self.text()) or answer.text != self._asked:
            return  # typed on since (a newer search is on its way), or closed with Escape
        self.answer = answer
        self._show(answer)
        if self._open_when_answered:
            self._open_when_answered = False
            self.open_current()

    def _failed(self, message: str, _exc: BaseException) -> None:
        self._open_when_answered = False
        self.answer = None
        self._fill([Row(NOTE, message)])

    # --- the popup ---------------------------------------------------------------------------
    def _reachable(self, target: global_search.Target) -> bool:
        return navigation.can_open(self.window(), target.module, target.section)

    def _show(self, answer: global_search.Answer) -> None:
        self._fill(rows_of(answer, self._reachable))

    def _fill(self, rows: list[Row]) -> None:
        self.popup.model_.set_rows(rows)
        self._place_popup()
        first = next((i for i, r in enumerate(rows) if r.selectable), -1)
        self.select_row(first)

    def _place_popup(self) -> None:
        popup, window = self.popup, self.window()
        rows = popup.model_.rows
        heights = sum(popup.sizeHintForRow(i) for i in range(len(rows))) + 2 * popup.frameWidth()
        room = window.geometry()
        width = min(max(self.width(), 620), room.width() - 24)
        height = min(heights, int(room.height() * 0.75))
        below = self.mapToGlobal(QPoint(self.width() - width, self.height() + 2))
        below.setX(max(below.x(), room.left() + 12))
        popup.setGeometry(below.x(), below.y(), width, height)
        if not popup.isVisible():
            popup.show()

    def rows(self) -> list[Row]:
        return list(self.popup.model_.rows)

    def current_row(self) -> int:
        index = self.popup.currentIndex()
        return index.row() if index.isValid() else -1

    def select_row(self, row: int) -> None:
        popup = self.popup
        if 0 <= row < len(popup.model_.rows):
            index = popup.model_.index(row, 0)
            popup.setCurrentIndex(index)
            popup.scrollTo(index)
        else:
            popup.clearSelection()
            popup.setCurrentIndex(QModelIndex())

    def _move(self, step: int) -> None:
        rows = self.popup.model_.rows
        selectable = [i for i, r in enumerate(rows) if r.selectable]
        if not selectable:
            return
        current = self.current_row()
        if current not in selectable:
            self.select_row(selectable[0] if step > 0 else selectable[-1])
            return
        position = selectable.index(current) + step
        self.select_row(selectable[max(0, min(position, len(selectable) - 1))])

    # --- keys --------------------------------------------------------------------------------
    def handle_key(self, event) -> bool:
        """Up, Down, Page Up, Page Down, Enter and Escape, from the box or its popup; False
        for the keys that type."""
        key = event.key()
        if key in (Qt.Key_Down, Qt.Key_Up, Qt.Key_PageDown, Qt.Key_PageUp):
            if not self.popup.isVisible():
                self.search_now()
                return True
            step = {Qt.Key_Down: 1, Qt.Key_Up: -1, Qt.Key_PageDown: 5, Qt.Key_PageUp: -5}[key]
            self._move(step)
            return True
        if key in (Qt.Key_Return, Qt.Key_Enter):
            if self.timer.isActive() or self._waiting():
                self._open_when_answered = True  # typed and pressed Enter at once
                self.search_now()
            else:
                self.open_current()
            return True
        if key == Qt.Key_Escape:
            self.timer.stop()
            self._asked = ""  # an answer still on its way is not shown
            if self.popup.isVisible():
                self.popup.hide()
            else:
                self.clear()
            return True
        if key in (Qt.Key_Tab, Qt.Key_Backtab):
            self.popup.hide()  # and the focus moves on
        return False

    def _waiting(self) -> bool:
        text = global_search.normal_text(self.text())
        return bool(text) and (self.answer is None or self.answer.text != text)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:  # noqa: N802
        super().focusInEvent(event)
        self.selectAll()

    def mousePressEvent(self, event) -> None:  # noqa: N802
        super().mousePressEvent(event)
        if self.text().strip() and not self.popup.isVisible():
            self.search_now()

    # --- opening -----------------------------------------------------------------------------
    def open_current(self):
        return self.open_row(self.current_row())

    def open_row(self, row: int):
        """Open what a row names; its section (or None)."""
        rows = self.popup.model_.rows
        if not 0 <= row < len(rows) or not rows[row].selectable:
            return None
        target = rows[row].target
        self.popup.hide()
        section = navigation.open_target(self.window(), target.module, target.section,
                                         target.record_id, target.tab, target.search)
        self.opened.emit(section)
        return section

    def go(self) -> None:
        """Ctrl+K: to the box, its text selected (typing replaces it); its results again."""
        self.setFocus(Qt.ShortcutFocusReason)
        self.selectAll()
        if self.text().strip():
            self.search_now()
