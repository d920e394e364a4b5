"""Preview a PDF inside the app (QtPdf), print it, save it, or open it in the system viewer.

Generic: any report's bytes. QtPdf is imported only when a dialog is created, so start-up never
loads it. Printing renders each page with QPdfDocument.render at the printer's resolution (at
most MAX_PRINT_DPI) and paints it onto the QPrinter.
"""

from __future__ import annotations

import logging
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.forms.ui_pdf_preview_dialog import Ui_PdfPreviewDialog

log = logging.getLogger(__name__)

MAX_PRINT_DPI = 300  # an A4 page at 300 dpi is a 2480 x 3508 image: enough for any printer
ZOOMS = (None, None, 0.5, 0.75, 1.0, 1.5, 2.0)  # matches zoomCombo; None: fit modes

PRINTER = "impresora"
PREFERRED_SIZE = QSize(900, 760)
# Room the window manager adds around the dialog (title bar, borders) and a margin: the whole
# window, buttons included, stays inside the available area (above the Windows taskbar).
_FRAME_ALLOWANCE = QSize(24, 56)


def fit_to_screen(widget: QWidget, preferred: QSize) -> None:
    """Resize to `preferred`, shrunk to the available area of the widget's screen (1366 × 768
    with a taskbar leaves about 1366 × 728), and centre it there."""
    screen = widget.screen() or QApplication.primaryScreen()
    if screen is None:
        widget.resize(preferred)
        return
    area = screen.availableGeometry()
    size = QSize(min(preferred.width(), area.width() - _FRAME_ALLOWANCE.width()),
                 min(preferred.height(), area.height() - _FRAME_ALLOWANCE.height()))
    size = size.expandedTo(widget.minimumSizeHint().boundedTo(size)).boundedTo(
        area.size() - _FRAME_ALLOWANCE)
    widget.resize(size)
    outer = size + _FRAME_ALLOWANCE
    widget.move(area.x() + max(0, (area.width() - outer.width()) // 2),
                area.y() + max(0, (area.height() - outer.height()) // 2))


class PdfPreviewDialog(QDialog):
    def __init__(self, pdf_bytes: bytes, title: str, suggested_name: str, save_dir: Path,
                 on_printed: Callable[[str], None] | None = None,
                 parent: QWidget | None = None):
        """on_printed(destination) is called after the document left the app: "impresora"
        after printing, "archivo <name>" after saving, "visor del sistema" after opening it
        there (the caller audits it)."""
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.pdf_bytes = bytes(pdf_bytes)
        self.title = title
        self.suggested_name = _pdf_name(suggested_name)
        self.save_dir = Path(save_dir)
        self.on_printed = on_printed
        self.copies = 1  # what the print dialog proposes (a certified copy: those certified)
        self.ui = Ui_PdfPreviewDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(f"Vista previa: {title}")
        self.ui.titleLabel.setText(title)

        self._data = QByteArray(self.pdf_bytes)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        self.view = QPdfView(self.ui.viewerHost)
        self.view.setObjectName("pdfView")
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.ui.viewerLayout.addWidget(self.view)
        self._view_class = QPdfView

        self.document.pageCountChanged.connect(self._show_page_count)
        self.document.statusChanged.connect(self._status_changed)
        self.ui.zoomCombo.currentIndexChanged.connect(self.set_zoom)
        self.ui.printButton.clicked.connect(self.choose_printer_and_print)
        self.ui.saveButton.clicked.connect(self.choose_file_and_save)
        self.ui.openButton.clicked.connect(self.open_in_system_viewer)
        self.ui.closeButton.clicked.connect(self.accept)
        self._show_page_count()
        self._status_changed()
        fit_to_screen(self, PREFERRED_SIZE)
        # The preview opens on its print action: Enter prints (Imprimir is the default button).
        self.ui.printButton.setFocus()

    # --- document ----------------------------------------------------------------------------
    @property
    def page_count(self) -> int:
        return self.document.pageCount()

    def _show_page_count(self, *_args) -> None:
        n = self.page_count
        self.ui.pagesLabel.setText("" if not n else "1 página" if n == 1 else f"{n} páginas")

    def _status_changed(self, *_args) -> None:
        from PySide6.QtPdf import QPdfDocument

        failed = self.document.status() == QPdfDocument.Status.Error
        if failed:
            self.ui.messageLabel.setText(
                "No se pudo mostrar el documento en la vista previa. Pruebe «Abrir con el visor "
                "del sistema» o «Guardar como PDF».")
        self.ui.printButton.setEnabled(not failed)

    def set_zoom(self, position: int) -> None:
        mode = self._view_class.ZoomMode
        if position == 0:
            self.view.setZoomMode(mode.FitToWidth)
        elif position == 1:
            self.view.setZoomMode(mode.FitInView)
        elif 0 <= position < len(ZOOMS):
            self.view.setZoomMode(mode.Custom)
            self.view.setZoomFactor(ZOOMS[position])

    # --- printing ------------------------------------------------------------------------
    def choose_printer_and_print(self) -> bool:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.HighResolution)
        # The print dialog's "print to file" proposes "<docName>.pdf": the safe file name
        # (RA-016-2026), never the title with its "/" (N° 016-2026-MDP/A).
        printer.setDocName(self.doc_name)
        printer.setCopyCount(self.copies)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Imprimir")
        dialog.setMinMax(1, max(self.page_count, 1))
        if dialog.exec() != QDialog.Accepted:
            return False
        if not self.print_to(printer):
            return False
        # Printed: the preview's work is done; back to the screen it came from, which says so.
        _tell_window(self.parentWidget(), self.ui.messageLabel.text())
        self.accept()
        return True

    def print_to(self, printer) -> bool:
        """Paint the pages (the range chosen in the print dialog, or all) onto `printer`."""
        from PySide6.QtGui import QPageLayout

        count = self.page_count
        if not count:
            QMessageBox.warning(self, "No se puede imprimir", "El documento no tiene páginas.")
            return False
        first = printer.fromPage() or 1  # 0: the whole document
        last = min(printer.toPage() or count, count)
        pages = range(first - 1, last)
        printer.setDocName(self.doc_name)
        printer.setFullPage(True)  # the PDF page already carries its margins
        size = self.document.pagePointSize(pages[0])
        printer.setPageOrientation(QPageLayout.Landscape if size.width() > size.height()
                                   else QPageLayout.Portrait)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        painter = QPainter()
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            if not painter.begin(printer):
                raise OSError("la impresora no aceptó el trabajo")
            painter.setRenderHint(QPainter.SmoothPixmapTransform)
            for position, page in enumerate(pages):
                if position:
                    printer.newPage()
                point_size = self.document.pagePointSize(page)
                image_size = QSize(round(point_size.width() / 72 * dpi),
                                   round(point_size.height() / 72 * dpi))
                image = self.document.render(page, image_size)
                target = _fit(image.size(), painter.viewport())
                painter.drawImage(target, image)
            painter.end()
        except OSError as exc:
            if painter.isActive():
                painter.end()
            QApplication.restoreOverrideCursor()
            log.warning("Printing failed: %s", exc)
            QMessageBox.warning(self, "No se pudo imprimir",
                                f"No se pudo imprimir: {exc}. Revise que la impresora esté "
                                "encendida y conectada, o guarde el PDF e imprímalo desde el "
                                "visor del sistema.")
            return False
        QApplication.restoreOverrideCursor()
        self._left_the_app(PRINTER)
        self.ui.messageLabel.setText(
            f"Se envió a la impresora ({_pages_text(len(pages))}).")
        return True

    # --- saving and the system viewer --------------------------------------------------------
    @property
    def doc_name(self) -> str:
        """The job and file name: 'RA-016-2026' (no character a file name cannot hold)."""
        return Path(self.suggested_name).stem

    def default_save_path(self) -> Path:
        return self.save_dir / self.suggested_name

    def choose_file_and_save(self) -> Path | None:
        self.save_dir.mkdir(parents=True, exist_ok=True)
        filename = file_dialogs.save_file(
            self, "Guardar como PDF", str(self.default_save_path()), "Documento PDF (*.pdf)")
        if not filename:
            return None
        return self.save_to(Path(filename))

    def save_to(self, path: Path) -> Path | None:
        path = Path(path)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(f"{path.name}.pdf")
        try:
            path.write_bytes(self.pdf_bytes)
        except OSError as exc:
            QMessageBox.warning(self, "No se pudo guardar", _write_problem(exc, path))
            return None
        self._left_the_app(f"archivo {path.name}")
        self.ui.messageLabel.setText(f"Se guardó en {path}.")
        return path

    def open_in_system_viewer(self) -> Path | None:
        """Write a copy next to the saved documents and hand it to the system's PDF viewer."""
        stem = Path(self.suggested_name).stem
        try:
            self.save_dir.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=self.save_dir, prefix=f"{stem} (copia) ",
                                             suffix=".pdf", delete=False) as handle:
                handle.write(self.pdf_bytes)
                path = Path(handle.name)
        except OSError as exc:
            QMessageBox.warning(self, "No se pudo abrir",
                                _write_problem(exc, self.save_dir / self.suggested_name))
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.warning(
                self, "No se pudo abrir",
                f"La computadora no tiene un programa para abrir PDF. El archivo quedó en {path}.")
            return path
        self._left_the_app("visor del sistema")
        self.ui.messageLabel.setText(f"Se abrió una copia en el visor del sistema ({path.name}).")
        return path

    def _left_the_app(self, destination: str) -> None:
        if self.on_printed is not None:
            self.on_printed(destination)


def _tell_window(widget: QWidget | None, message: str) -> None:
    """The message in the status bar of the main window under `widget` (if there is one)."""
    window = widget.window() if widget is not None else None
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(message, 8000)


def _fit(size: QSize, area: QRect) -> QRect:
    """The largest rectangle with the proportions of `size`, centred in `area`."""
    scaled = size.scaled(area.size(), Qt.KeepAspectRatio)
    x = area.x() + (area.width() - scaled.width()) // 2
    y = area.y() + (area.height() - scaled.height()) // 2
    return QRect(x, y, scaled.width(), scaled.height())


def _pdf_name(name: str) -> str:
    name = "".join("-" if c in '\\/:*?"<>|' else c for c in (name or "documento")).strip()
    return name if name.lower().endswith(".pdf") else f"{name}.pdf"


def _pages_text(n: int) -> str:
    return "1 página" if n == 1 else f"{n} páginas"


def _write_problem(exc: OSError, path: Path) -> str:
    if isinstance(exc, PermissionError):
        return (f"No se tiene permiso para escribir en {path.parent}, o el archivo está abierto "
                "en otro programa. Ciérrelo o elija otra carpeta.")
    reason = getattr(exc, "strerror", None) or str(exc)
    return f"No se pudo escribir {path}: {reason}."
