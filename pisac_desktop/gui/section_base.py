"""What every section (and every dialog that runs use cases) shares: run a dialog, ask before
an action, ask for a reason, show a refusal, preview a PDF whose printing is audited.

A section is a QWidget that mixes this in (`class XSection(SectionBase, QWidget)`) and has
`ctx` (the AppContext). Tests replace exec_dialog, confirm and ask_reason on the instance to
drive the screens without an event loop.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from pisac_desktop.gui import operations
from pisac_desktop.gui.operations import QueryOp

Render = Callable[..., tuple[bytes, str]]  # render(session) -> (pdf, file name)


class SectionBase:
    """Mixin for a QWidget with `ctx`."""

    last_preview: QDialog | None = None

    def exec_dialog(self, dialog: QDialog) -> bool:
        """Show a dialog modally (tests replace this to drive dialogs without a loop)."""
        return dialog.exec() == QDialog.Accepted

    def confirm(self, title: str, text: str, yes: str, no: str = "Cancelar") -> bool:
        """Ask before an action that cannot be undone; Cancelar is the default button."""
        box = QMessageBox(QMessageBox.Question, title, text, parent=self)
        accept = box.addButton(yes, QMessageBox.AcceptRole)
        box.addButton(no, QMessageBox.RejectRole)
        box.setDefaultButton(box.buttons()[-1])
        box.exec()
        return box.clickedButton() is accept

    def ask_reason(self, title: str, text: str) -> str | None:
        """Ask for a reason to record (None: cancelled)."""
        reason, ok = QInputDialog.getMultiLineText(self, title, text)
        return reason if ok else None

    def refused(self, title: str, exc: Exception) -> None:
        """What the core refused, in its Spanish message (database failures reach the person
        through the operations' one path, operations.error_message)."""
        operations.show_failure(self, title, str(exc))

    def refusing(self, title: str) -> Callable[[str, BaseException], None]:
        """A failure handler for an operation: its Spanish message under this title."""
        return lambda message, _exc: operations.show_failure(self, title, message)

    def preview_paper(self, render: Render, title: str, audit: Callable[[str], object],
                      copies: int = 1) -> QDialog | None:
        """Lay out the PDF render(session) makes in a worker (the window keeps painting), then
        preview it; audit(destination) records each print or save; copies: how many the print
        dialog proposes. None when the paper could not be prepared (the refusal was shown)."""
        op = QueryOp(self, self.ctx.db, render).busy("Preparando el documento…") \
            .failure(self.refusing("No se pudo preparar el documento")).run().wait()
        if not op.ok:
            return None
        pdf, name = op.result
        return self.preview_paper_bytes(pdf, name, title or name, audit, copies)

    def preview_paper_bytes(self, pdf: bytes, name: str, title: str,
                       audit: Callable[[str], object], copies: int = 1) -> QDialog:
        """Preview a PDF already made (e.g. by a worker); printing or saving it is audited."""
        from pisac_desktop.gui.pdf_preview import PdfPreviewDialog

        dialog = PdfPreviewDialog(pdf, title, name, self.ctx.paths.documents, audit, self)
        dialog.copies = copies
        self.last_preview = dialog
        self.exec_dialog(dialog)
        return dialog

    XLSX_TITLE = "Exportar a Excel"

    def choose_xlsx_path(self, suggested):
        """The save dialog for a workbook (tests replace it); None: cancelled."""
        from pathlib import Path

        from pisac_desktop.gui import file_dialogs

        suggested.parent.mkdir(parents=True, exist_ok=True)
        filename = file_dialogs.save_file(self, self.XLSX_TITLE, str(suggested),
                                          "Libro de Excel (*.xlsx)")
        return Path(filename) if filename else None

    def save_workbook(self, data: bytes, name: str, status, audit: Callable[[str], object]):
        """Ask where to save an Excel workbook made in a worker, write it, audit it; a
        refusal to write (the file open in Excel, no room) is said in Spanish. Returns the
        path, or None."""
        path = self.choose_xlsx_path(self.ctx.paths.documents / name)
        if path is None:
            return None
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(f"{path.name}.xlsx")
        try:
            path.write_bytes(data)
        except OSError as exc:
            QMessageBox.warning(self, "No se pudo guardar",
                                f"No se pudo escribir {path}: {exc.strerror or exc}. Si el "
                                "archivo está abierto en Excel, ciérrelo o elija otro nombre.")
            status.setText(f"No se guardó: {exc.strerror or exc}.")
            return None
        audit(f"archivo {path.name}")
        status.setText(f"Se guardó en {path}.")
        return path
