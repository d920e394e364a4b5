"""The PDF preview fits a 1366 × 768 screen with its buttons visible, and the print dialog's
"print to file" proposes RA-016-2026.pdf, never a name with "/" (issue 11, screens 5)."""

from PySide6.QtCore import QRect, QSize
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QDialog

from pisac_desktop.gui import pdf_preview
from pisac_desktop.gui.pdf_preview import PdfPreviewDialog, fit_to_screen
from tests.gui.test_instruments_section import _small_pdf

TITLE = "RESOLUCIÓN DE ALCALDÍA N° 016-2026-MDP/A"


class _Screen:
    def __init__(self, rect: QRect):
        self.rect = rect

    def availableGeometry(self):  # noqa: N802 (Qt's name)
        return self.rect


def test_the_preview_fits_a_1366_by_768_screen_with_a_taskbar(qtbot, tmp_path, spanish_qapp,
                                                              monkeypatch):
    area = QRect(0, 0, 1366, 728)  # 768 minus a 40 px Windows taskbar
    monkeypatch.setattr(PdfPreviewDialog, "screen", lambda self: _Screen(area))
    dialog = PdfPreviewDialog(_small_pdf(1), TITLE, "RA-016-2026", tmp_path)
    qtbot.addWidget(dialog)
    allowance = pdf_preview._FRAME_ALLOWANCE  # title bar and borders
    assert dialog.width() <= 900 and dialog.height() + allowance.height() <= 728
    assert 0 <= dialog.pos().y() and dialog.pos().y() + dialog.height() + allowance.height() <= 728
    dialog.show()
    qtbot.waitExposed(dialog)
    for button in (dialog.ui.printButton, dialog.ui.saveButton, dialog.ui.closeButton):
        bottom = button.mapTo(dialog, button.rect().bottomLeft()).y()
        assert button.isVisible() and bottom <= dialog.height(), button.objectName()


def test_a_large_screen_keeps_the_preferred_size(qtbot, spanish_qapp):
    widget = QDialog()
    qtbot.addWidget(widget)
    widget.screen = lambda: _Screen(QRect(0, 0, 1920, 1040))
    fit_to_screen(widget, QSize(900, 760))
    assert (widget.width(), widget.height()) == (900, 760)


def test_print_to_file_proposes_a_safe_name(qtbot, tmp_path, spanish_qapp, monkeypatch):
    dialog = PdfPreviewDialog(_small_pdf(1), TITLE, "RA-016-2026", tmp_path)
    qtbot.addWidget(dialog)
    seen = []

    def fake_exec(print_dialog):
        seen.append(print_dialog.printer().docName())
        return QDialog.Rejected

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    assert dialog.choose_printer_and_print() is False
    assert seen == ["RA-016-2026"] and dialog.default_save_path().name == "RA-016-2026.pdf"


def test_the_preview_opens_on_print_and_closes_once_printed(qtbot, tmp_path, spanish_qapp,
                                                            monkeypatch):
    """Quick tasks (issue 19): Enter prints (Imprimir is the default button, with the focus);
    once printed the preview closes and the window's status bar says it went to the printer.
    Cancelling the print dialog leaves the preview open. The print dialog proposes the copies
    asked for (a certified copy: as many as were certified)."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    qtbot.addWidget(window)
    left = []
    dialog = PdfPreviewDialog(_small_pdf(2), TITLE, "RA-016-2026", tmp_path, left.append, window)
    qtbot.waitUntil(lambda: dialog.page_count == 2, timeout=3000)
    assert dialog.ui.printButton.isDefault() and dialog.focusWidget() is dialog.ui.printButton

    proposed = []
    monkeypatch.setattr(QPrintDialog, "exec", lambda d: proposed.append(
        d.printer().copyCount()) or QDialog.Rejected)
    dialog.copies = 3  # e.g. three certified copies
    dialog.show()
    assert dialog.choose_printer_and_print() is False
    assert dialog.isVisible() and left == [] and proposed == [3]
    dialog.copies = 1

    def to_file(print_dialog):
        print_dialog.printer().setOutputFileName(str(tmp_path / "impreso.pdf"))
        return QDialog.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", to_file)
    assert dialog.choose_printer_and_print()
    assert not dialog.isVisible() and dialog.result() == QDialog.Accepted
    assert left == ["impresora"]
    assert window.statusBar().currentMessage() == "Se envió a la impresora (2 páginas)."
    assert len(PdfReader(tmp_path / "impreso.pdf").pages) == 2
