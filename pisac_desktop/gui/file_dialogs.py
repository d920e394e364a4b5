"""The one file dialog of the application, in Spanish on every system.

The native dialog of a Linux desktop may speak English ("Look in:") whatever Qt's translator
says; Qt's own widget dialog (DontUseNativeDialog) is translated by qtbase_es (installed by
gui/app.py install_spanish) and its labels are set here in Spanish as well, so it reads the same
on Windows and Linux. Tests replace `run` to answer without a modal loop.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

LABELS = {QFileDialog.LookIn: "Buscar en:", QFileDialog.FileName: "Nombre:",
          QFileDialog.FileType: "Tipo:", QFileDialog.Reject: "Cancelar"}


def make_dialog(parent: QWidget | None, title: str, directory: str | Path, filters: str,
                mode: str) -> QFileDialog:
    """mode: "open" (an existing file), "save" (a file name) or "folder"."""
    dialog = QFileDialog(parent, title, str(directory), filters)
    dialog.setObjectName("pisacFileDialog")
    dialog.setOption(QFileDialog.DontUseNativeDialog, True)
    if mode == "save":
        dialog.setAcceptMode(QFileDialog.AcceptSave)
        dialog.setFileMode(QFileDialog.AnyFile)
        dialog.setOption(QFileDialog.DontConfirmOverwrite, False)
        accept = "Guardar"
    elif mode == "folder":
        dialog.setFileMode(QFileDialog.Directory)
        dialog.setOption(QFileDialog.ShowDirsOnly, True)
        accept = "Elegir"
    else:
        dialog.setFileMode(QFileDialog.ExistingFile)
        accept = "Abrir"
    for label, text in LABELS.items():
        dialog.setLabelText(label, text)
    dialog.setLabelText(QFileDialog.Accept, accept)
    if mode == "save" and not Path(str(directory)).is_dir():
        dialog.selectFile(str(directory))  # a proposed file name
    return dialog


def run(dialog: QFileDialog) -> str:
    """Show the dialog; the chosen path, or "" when cancelled."""
    if dialog.exec() != QDialog.Accepted or not dialog.selectedFiles():
        return ""
    return dialog.selectedFiles()[0]


def open_file(parent: QWidget | None, title: str, directory: str | Path,
              filters: str = "") -> str:
    return run(make_dialog(parent, title, directory, filters, "open"))


def save_file(parent: QWidget | None, title: str, proposed: str | Path,
              filters: str = "") -> str:
    return run(make_dialog(parent, title, proposed, filters, "save"))


def choose_folder(parent: QWidget | None, title: str, directory: str | Path) -> str:
    return run(make_dialog(parent, title, directory, "", "folder"))


def open_copy(name: str, content: bytes, prefix: str) -> Path:
    """A stored file (a scan, an evidence) copied to a new temporary folder under its own name
    and opened in the system's viewer; OSError when it cannot be written."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    path = Path(tempfile.mkdtemp(prefix=prefix)) / Path(name).name
    path.write_bytes(content)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    return path
