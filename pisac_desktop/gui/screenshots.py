"""`pisac-desktop screenshots OUT_DIR`: a PNG of every tab, section and dialog, rendered offscreen."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from pisac_desktop.paths import DataPaths

SIZE = (1366, 768)


def _settle() -> None:
    for _ in range(3):
        QApplication.processEvents()


def _save(widget: QWidget, out_dir: Path, name: str, files: list[Path]) -> None:
    _settle()
    target = out_dir / f"{len(files) + 1:02d}-{name}.png"
    if not widget.grab().save(str(target)):
        raise OSError(f"no se pudo escribir {target}")
    files.append(target)


def take_screenshots(paths: DataPaths, out_dir: Path) -> list[Path]:
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from pisac_desktop.domain.demo import DEMO_ACTOR
    from pisac_desktop.gui.admin.about_dialog import AboutDialog
    from pisac_desktop.gui.admin.institution_dialog import InstitutionDialog
    from pisac_desktop.gui.app import create_application
    from pisac_desktop.gui.context import AppContext
    from pisac_desktop.gui.main_window import MainWindow
    from pisac_desktop.startup import open_database

    create_application()
    out_dir.mkdir(parents=True, exist_ok=True)
    opened = open_database(paths)
    ctx = AppContext(opened.db, paths, DEMO_ACTOR)
    files: list[Path] = []
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    try:
        for tab_index, (key, page) in enumerate(window.pages.items()):
            window.ui.moduleTabs.setCurrentIndex(tab_index)
            for spec in page.specs:
                page.select(spec.key)
                _save(window, out_dir, f"{key}-{spec.key}", files)

        dialog = InstitutionDialog(ctx, window)
        dialog.load()
        dialog.show()
        for index in range(dialog.ui.settingsTabs.count()):
            dialog.ui.settingsTabs.setCurrentIndex(index)
            name = ("general", "denominacion-anio", "unidades", "autoridades")[index]
            _save(dialog, out_dir, f"datos-institucion-{name}", files)
        # What a clerk sees when a save is refused (nothing is written: the dialog is discarded).
        dialog.ui.settingsTabs.setCurrentIndex(0)
        dialog.edits["ruc"].setText("20147990138")
        dialog.edits["email"].setText("mesa de partes@munipisac")
        dialog.save()
        _save(dialog, out_dir, "datos-institucion-error", files)
        dialog.done(0)  # discard without the "descartar cambios" question

        about = AboutDialog(ctx, window)
        about.show()
        _save(about, out_dir, "acerca-de", files)
        about.close()
    finally:
        window.close()
        opened.db.dispose()
    return files
