"""Shared pieces of the Sesiones de concejo screens: the frame of a detail tab, the frame of a
dialog that saves through the domain, and small conversions."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTime
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from pisac_desktop.core.permissions import Permission
from pisac_desktop.council.session_view import Choice, SessionDetail
from pisac_desktop.gui import operations
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FieldErrors, FormDialog, save_through_domain
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.unsaved import Unsaved

if TYPE_CHECKING:
    from pisac_desktop.gui.council.section import CouncilSessionsSection

OK_COLOR = QColor("#1e6b2f")


def qtime(text: str) -> QTime:
    value = QTime.fromString(text or "", "HH:mm")
    return value if value.isValid() else QTime(10, 0)


def hhmm(edit) -> str:
    return edit.time().toString("HH:mm")


def fill_checks(widget: QListWidget, choices: list[Choice], checked: list[int]) -> None:
    """Checkable rows (label, id), keeping the given ids checked."""
    widget.clear()
    for choice in choices:
        item = QListWidgetItem(choice.label, widget)
        item.setData(Qt.UserRole, choice.id)
        item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Checked if choice.id in checked else Qt.Unchecked)


def checked_ids(widget: QListWidget) -> list[int]:
    return [widget.item(i).data(Qt.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.Checked]


def show_box(label, text: str) -> None:
    """A message box label that hides when empty."""
    label.setText(text or "")
    label.setVisible(bool(text))


class SessionTab(Unsaved, QWidget):
    """One tab of the session's detail. It is filled when shown (lazy): set_detail() only
    marks it stale unless it is the tab on screen. A tab holding typed input says so
    (has_changes) and is asked before it is refilled (Unsaved.settle)."""

    UI = None
    TITLE = ""

    def __init__(self, ctx: AppContext, section: CouncilSessionsSection, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.section = section
        self.ui = self.UI()
        self.ui.setupUi(self)
        self.detail: SessionDetail | None = None
        self.stale = True

    @property
    def may(self) -> bool:
        return self.ctx.actor.can(Permission.COUNCIL)

    def set_detail(self, detail: SessionDetail | None, visible: bool) -> None:
        self.detail = detail
        self.stale = True
        if visible:
            self.ensure_filled()

    def ensure_filled(self) -> None:
        if self.stale:
            self.stale = False
            self.fill()

    def fill(self) -> None:
        raise NotImplementedError

    def discard_changes(self) -> None:
        """Drop what was typed: filled again from the session as saved."""
        self.stale = True
        self.ensure_filled()

    def run(self, work, message_label, errors: FieldErrors | None = None,
            on_invalid=None) -> bool:
        """One unit of work through the domain; refusals shown, nothing lost."""
        return save_through_domain(self, self.ctx.db, work, message_label, errors, on_invalid)


class SessionDialog(FormDialog):
    """A FormDialog about one session: its heading on top; done_message for the status."""

    def __init__(self, ctx: AppContext, heading: str, parent: QWidget | None = None):
        super().__init__(ctx, parent, getattr(self, "ok_text", None))
        self.ui.headingLabel.setText(f"<b>{html.escape(heading)}</b>")
        self.done_message = ""
        self.unreadable = False  # what it needed could not be read: it is not shown

    def read_now(self, fn):
        return read_now(self, self.ctx.db, fn)


def read_now(dialog: QWidget, db, fn, title: str = "No se puede continuar"):
    """What a dialog needs to build itself: fn(session) -> plain data, in a worker, waited
    for with the window painting. None when it failed: the message was shown (under `title`)
    and the dialog is `unreadable` (its caller does not show it)."""
    def failed(message: str, _exc: BaseException) -> None:
        dialog.unreadable = True
        operations.show_failure(dialog.parentWidget(), title, message)

    op = QueryOp(dialog, db, fn).failure(failed).run().wait()
    return op.result if op.ok else None
