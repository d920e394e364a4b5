"""Registro de auditoría > Constancia de integridad… and > Comprobar una huella….

The work is done by pisac_desktop.core.integrity; these only preview the constancia and ask
for the entry number and hash printed on one, to check them against the live chain.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from pisac_desktop.core.errors import ValidationFailed
from pisac_desktop.core.integrity import HeadCheck, certificate_pdf, check_typed_head, parse_head
from pisac_desktop.gui import operations
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import ERROR_STYLE, FieldErrors
from pisac_desktop.gui.forms.ui_head_check_dialog import Ui_HeadCheckDialog
from pisac_desktop.gui.operations import CollectionOp, QueryOp

OK_STYLE = "color: #1a6b1a; font-weight: bold;"
BAD_STYLE = "color: #a40000; font-weight: bold;"


def certificate_preview(ctx: AppContext, parent: QWidget | None = None,
                        show: bool = True) -> QDialog | None:
    """Build the constancia (audited) and show it in the usual PDF preview; None (with the
    reason shown) when it cannot be made. show=False: the dialog is returned unshown (tests)."""
    from pisac_desktop.gui.pdf_preview import PdfPreviewDialog

    actor = ctx.actor
    # Made (and audited) in a worker; the preview needs it, so wait with the window painting.
    op = CollectionOp(parent, ctx.db, lambda s: certificate_pdf(s, actor)[:2]) \
        .busy("Preparando la constancia…") \
        .failure(lambda message, _exc: operations.show_failure(
            parent, "No se pudo preparar la constancia", message)).run().wait()
    if not op.ok:
        return None
    pdf, name = op.result
    dialog = PdfPreviewDialog(pdf, "Constancia de integridad del registro", name,
                              ctx.paths.documents, None, parent)
    if show:
        dialog.exec()
    return dialog


class HeadCheckDialog(QDialog):
    """Type the entry number and hash of a printed constancia; check() says whether the live
    chain still holds them. Reading only: not audited."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_HeadCheckDialog()
        self.ui.setupUi(self)
        self.result: HeadCheck | None = None
        self.errors = FieldErrors(self.ui.formLayout,
                                  {"entry": self.ui.entryEdit, "hash": self.ui.hashEdit}, self)
        check = self.ui.buttonBox.addButton("&Comprobar", QDialogButtonBox.ActionRole)
        check.setObjectName("checkButton")
        check.setDefault(True)
        check.clicked.connect(self.check)
        self.ui.buttonBox.button(QDialogButtonBox.Close).setText("Cerrar")
        self.ui.buttonBox.rejected.connect(self.reject)

    def check(self) -> HeadCheck | None:
        self.ui.resultLabel.clear()
        self.result = None
        try:
            head = parse_head(self.ui.entryEdit.text(), self.ui.hashEdit.text())
        except ValidationFailed as exc:
            self.errors.show(exc.errors)
            return None
        self.errors.clear()
        op = QueryOp(self, self.ctx.db, lambda s: check_typed_head(s, head)) \
            .failure(self._unread).disabling(self.ui.buttonBox).run().wait()
        if not op.ok:
            return None
        self.result = op.result
        self.ui.resultLabel.setStyleSheet(OK_STYLE if self.result.ok else BAD_STYLE)
        self.ui.resultLabel.setText(self.result.message)
        return self.result

    def _unread(self, message: str, _exc: BaseException) -> None:
        self.ui.resultLabel.setStyleSheet(ERROR_STYLE)
        self.ui.resultLabel.setText(message)
