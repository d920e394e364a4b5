"""Screenshots of the search box over everything (called by gui/screenshots/__init__.py): the
main window with the results of a few typed words under the box. The popup is a window of its
own: it is drawn over the main window's picture where it stands."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication

TYPED = ("quispe", "resolucion")


def search_screens(window, out_dir: Path, files: list[Path], settle) -> None:
    """One picture per text of TYPED: the box with its results, the first one selected."""
    box = window.searchBox
    for text in TYPED:
        window.ui.actionBuscar.trigger()
        box.setText(text)
        box.search_now()
        settle()
        picture = window.grab()
        if box.popup.isVisible():
            painter = QPainter(picture)
            painter.drawPixmap(window.mapFromGlobal(box.popup.geometry().topLeft()),
                               box.popup.grab())
            painter.end()
        target = out_dir / f"{len(files) + 1:02d}-buscar-{text}.png"
        if not picture.save(str(target)):
            raise OSError(f"no se pudo escribir {target}")
        files.append(target)
        box.popup.hide()
    box.clear()
    QApplication.processEvents()
