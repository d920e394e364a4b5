"""An empty list says so, and what to do next, in the middle of the list itself.

The text is the view's `emptyText` property (set in its Designer form: «Aún no hay libros de
actas. Registre el libro legalizado con «Nuevo libro…» (Ctrl+N).»), or a plain default. It
shows only once the list was read (a list still on its way is not called empty).
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

ITEM_WIDGETS = (QListWidget, QTableWidget, QTreeWidget)  # their own items, no reading

DEFAULT_TEXT = "No hay registros que mostrar."
PROPERTY = "emptyText"


class EmptyState(QObject):
    def __init__(self, view: QAbstractItemView):
        super().__init__(view)
        self.view = view
        self.label = QLabel(view.viewport())
        self.label.setObjectName("emptyStateLabel")
        self.label.setAlignment(Qt.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setAttribute(Qt.WA_TransparentForMouseEvents)
        self.label.setText(view.property(PROPERTY) or DEFAULT_TEXT)
        self.label.hide()
        self.read = False  # the model told of rows at least once (a reset, an insert)
        self._model = None
        view.viewport().installEventFilter(self)
        self.watch(view.model())

    def watch(self, model) -> None:
        if model is None or model is self._model:
            return
        self._model = model
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self._changed)
        self.update()

    def _changed(self, *_args) -> None:
        if not shiboken6.isValid(self.view) or not shiboken6.isValid(self.label):
            return  # the view is being destroyed (its model tells of its rows going)
        self.read = True
        self.update()

    def update(self) -> None:
        model = self.view.model()
        empty = self.read and model is not None and model.rowCount() == 0
        if empty:
            self._place()
        self.label.setVisible(empty)

    def _place(self) -> None:
        viewport = self.view.viewport()
        margin = 16
        self.label.setGeometry(margin, margin, max(0, viewport.width() - 2 * margin),
                               max(0, viewport.height() - 2 * margin))

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Resize and self.label.isVisible():
            self._place()
        return False


def attach_all(root: QWidget) -> list[EmptyState]:
    """Every list and table under root that has a model says when it is empty."""
    attached = []
    for view in root.findChildren(QAbstractItemView):
        if view.model() is None or isinstance(view, ITEM_WIDGETS) \
                or view.findChild(QLabel, "emptyStateLabel") is not None:
            continue
        if not view.objectName() or view.objectName().startswith("qt_"):
            continue  # Qt's own (a calendar, a combo box's popup)
        attached.append(EmptyState(view))
    return attached
