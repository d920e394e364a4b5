"""Secretaría General > Verificar documento: the code printed at the foot of a paper (typed,
or read by a USB barcode scanner, which types it and presses Enter) shows what the register
holds under it. Keyboard first: the focus stays in the code field, Enter verifies."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QWidget

from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.verification import UnknownCode, VerifiedDocument, verify
from pisac_desktop.gui import operations
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_verify_section import Ui_VerifySection
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.registry import ModuleSpec

GOOD = "color: #1b5e20; font-size: 13pt; font-weight: bold;"
BAD = "color: #b00000; font-size: 15pt; font-weight: bold;"
WARN = "color: #8a5a00; font-size: 13pt; font-weight: bold;"


class VerifySection(QWidget):
    REFRESH_FROM_ELSEWHERE = False  # shows what the clerk asked for, not a list

    def __init__(self, ctx: AppContext, module: ModuleSpec, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_VerifySection()
        self.ui.setupUi(self)
        self.result: VerifiedDocument | None = None
        self.ui.codeEdit.returnPressed.connect(self.verify)
        self.ui.verifyButton.clicked.connect(self.verify)
        self.setFocusProxy(self.ui.codeEdit)

    def load(self) -> None:
        self.ui.codeEdit.setFocus()

    def showEvent(self, event):  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.ui.codeEdit.setFocus()

    def verify(self) -> None:
        """Look the code up in a worker; the verdict shows when it arrives."""
        text = self.ui.codeEdit.text()
        self.result = None
        QueryOp(self, self.ctx.db, lambda s: verify(s, text), self._found) \
            .failure(self._not_found).disabling(self.ui.verifyButton) \
            .busy("Verificando el documento…").superseding("verify").run()

    def _found(self, found: VerifiedDocument) -> None:
        self.result = found
        self._show_result(found)
        self._ready()

    def _not_found(self, message: str, exc: BaseException) -> None:
        if isinstance(exc, UnknownCode):
            self._show(message, BAD, "")
        elif isinstance(exc, DomainError):  # mistyped
            self._show(message, WARN, "")
        else:
            operations.show_failure(self, "No se pudo verificar", message)
        self._ready()

    def _ready(self) -> None:
        """Ready for the next paper: the code stays selected, a new scan replaces it."""
        self.ui.codeEdit.setFocus()
        self.ui.codeEdit.selectAll()

    def _show(self, verdict: str, style: str, details: str) -> None:
        self.ui.verdictLabel.setStyleSheet(style)
        self.ui.verdictLabel.setText(verdict)
        self.ui.detailsLabel.setText(details)

    def _show_result(self, found: VerifiedDocument) -> None:
        if found.annulled:
            verdict, style = f"{found.state.split(' — ')[0]}: este documento no está vigente.", BAD
        elif not found.matches:
            verdict, style = found.verdict, BAD
        else:
            verdict, style = "Registrado: el papel debe decir lo mismo que estos datos.", GOOD
        rows = "".join(
            f"<tr><td style='padding-right:12px'><b>{escape(label)}</b></td>"
            f"<td>{escape(value)}</td></tr>" for label, value in found.lines())
        self._show(verdict, style, f"<table>{rows}</table>")
