"""Unsaved work is never dropped without asking.

Every editor that holds input not yet saved is an `Unsaved` (a mixin): it answers
`has_changes()`, can `save()` and `discard_changes()`. Before its input would be replaced
(another session, another agenda item, closing the window or the dialog) it calls `settle()`,
which asks through the ONE prompt of the application, `confirm_discard()`:
Guardar / Descartar / Cancelar. Cancel keeps the typing (and the caller keeps the selection).

Editors without a model of their own to compare use the generic dirty tracking: a snapshot of
the values of their input widgets taken when they were filled (`mark_clean()`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

SAVE, DISCARD, CANCEL = "save", "discard", "cancel"
DEFAULT_TEXT = "Hay cambios sin guardar."


def confirm_discard(parent: QWidget | None, text: str = DEFAULT_TEXT) -> str:
    """Ask what to do with unsaved input: SAVE, DISCARD or CANCEL (Esc and closing the box
    cancel: nothing is lost by a slip)."""
    box = QMessageBox(QMessageBox.Warning, "Cambios sin guardar",
                      f"{text}\n\n¿Desea guardarlos antes de continuar?", parent=parent)
    box.setObjectName("unsavedBox")
    save = box.addButton("Guardar", QMessageBox.AcceptRole)
    discard = box.addButton("Descartar", QMessageBox.DestructiveRole)
    cancel = box.addButton("Cancelar", QMessageBox.RejectRole)
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return SAVE if clicked is save else DISCARD if clicked is discard else CANCEL


def ask(parent: QWidget | None, text: str) -> str:
    """The prompt every editor uses (tests replace `unsaved.ask` to answer it)."""
    return confirm_discard(parent, text)


# --- generic dirty tracking ------------------------------------------------------------------
def _value(widget: QWidget):
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentData(), widget.currentText() if widget.isEditable() else None
    if isinstance(widget, QDateTimeEdit):
        return widget.dateTime().toString(Qt.ISODate)
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    if isinstance(widget, QAbstractButton) and widget.isCheckable():
        return widget.isChecked()
    if isinstance(widget, QListWidget):
        return tuple(widget.item(i).checkState() == Qt.Checked for i in range(widget.count()))
    return None


_INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton,
           QListWidget)


def snapshot(root: QWidget) -> dict[str, object]:
    """The values of the input widgets under root (read-only ones do not count)."""
    values: dict[str, object] = {}
    for position, widget in enumerate(root.findChildren(QWidget)):
        if not isinstance(widget, _INPUTS) or isinstance(widget.parent(), QAbstractSpinBox) \
                or isinstance(widget.parent(), QComboBox):
            continue
        if getattr(widget, "isReadOnly", lambda: False)():
            continue
        value = _value(widget)
        if value is not None:
            values[f"{position}:{widget.objectName()}"] = value
    return values


class Unsaved:
    """Mixin for an editor (a QWidget or QDialog). Override has_changes() with a comparison of
    the editor's own model, or call mark_clean() after filling to use the widget snapshot."""

    unsaved_text = DEFAULT_TEXT
    _clean: dict[str, object] | None = None

    def mark_clean(self) -> None:
        self._clean = snapshot(self)

    def has_changes(self) -> bool:
        return self._clean is not None and snapshot(self) != self._clean

    def save(self) -> bool:  # pragma: no cover - every editor saves
        raise NotImplementedError

    def discard_changes(self) -> None:
        """Drop the typed input (the default: forget the snapshot; the caller refills)."""
        self._clean = None

    def settle(self) -> bool:
        """True when the editor may move on (nothing pending, saved, or discarded); False
        when the person chose to keep editing, or saving was refused (shown in the form)."""
        if not self.has_changes():
            return True
        answer = ask(self, self.unsaved_text)
        if answer == SAVE:
            return bool(self.save())
        if answer == DISCARD:
            self.discard_changes()
            return True
        return False


class UnsavedDialog(Unsaved):
    """For a QDialog whose OK saves (accept() saves and closes): Cancel, Esc or the window's
    close button ask first. Mix in before QDialog."""

    def reject(self) -> None:
        if not self.has_changes():
            super().reject()
            return
        answer = ask(self, self.unsaved_text)
        if answer == SAVE:
            self.accept()  # closes only when saving succeeded
        elif answer == DISCARD:
            self.discard_changes()
            super().reject()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        if self._clean is None and type(self).has_changes is Unsaved.has_changes:
            self.mark_clean()  # filled before it is shown: this is the saved state


def settle_all(root: QWidget) -> bool:
    """Every editor under root settled (asked one by one); False at the first Cancel."""
    return all(editor.settle() for editor in _editors(root))


def _editors(root: QWidget) -> list[Unsaved]:
    """The editors under root holding input: a dialog already closed holds none (its input
    was saved or dropped when it closed)."""
    return [w for w in root.findChildren(QWidget) if isinstance(w, Unsaved)
            and not (isinstance(w, QDialog) and not w.isVisible())]


def discard_all(root: QWidget) -> None:
    """Drop every pending input under root without asking (screenshots, automation)."""
    for editor in _editors(root):
        if editor.has_changes():
            editor.discard_changes()
