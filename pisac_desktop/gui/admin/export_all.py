"""Archivo › Exportar todo…: every table, document, stored file and the audit trail into a new
folder (moving_in/export_all.py), with a progress dialog whose «Detener» leaves nothing behind."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.operations import Cancelled, QueryOp
from pisac_desktop.moving_in.export_all import (
    ExportStopped,
    FullExport,
    default_folder_name,
    export_everything,
)

TITLE = "Exportar todo"


def new_folder(parent: Path, name: str) -> Path:
    """parent/name, or parent/name-2, -3... when that is taken."""
    target, number = parent / name, 2
    while target.exists():
        target, number = parent / f"{name}-{number}", number + 1
    return target


def export_all_interactive(parent: QWidget, ctx: AppContext,
                           folder: str | None = None) -> QueryOp | None:
    """Ask where (a folder: a USB stick, a disk), then export into a new folder inside it. The
    operation is returned (its .result is the FullExport), None if no folder was chosen."""
    folder = folder or file_dialogs.choose_folder(
        parent, "Carpeta donde guardar la exportación completa", str(ctx.paths.documents))
    if not folder:
        return None
    target = new_folder(Path(folder), default_folder_name(ctx.today()))
    actor = ctx.actor

    def work(session, progress):
        try:
            return export_everything(session, actor, target, progress=progress.step)
        except ExportStopped:
            raise Cancelled from None

    def label(done: int, total: int) -> str:
        if not total:
            return "Preparando la exportación…"
        return (f"Exportando las tablas, los documentos y los archivos: {done} de {total} "
                "pasos…")

    def done(result: FullExport) -> None:
        QMessageBox.information(
            parent, TITLE,
            f"Se exportó todo en:\n{result.folder}\n\n{len(result.tables)} tablas "
            f"({result.rows} filas) en CSV y Excel con su diccionario de datos, "
            f"{result.documents} documentos en PDF, {result.files} archivos guardados y el "
            f"registro de auditoría ({result.audit_entries} entradas) con sus instrucciones de "
            "verificación. Empiece por LEEME.txt.")

    def stopped() -> None:
        QMessageBox.information(parent, TITLE, "Exportación detenida: no quedó ninguna "
                                               "carpeta a medias.")

    return QueryOp(parent, ctx.db, work, done) \
        .with_progress(TITLE, label) \
        .busy("Exportando todo…") \
        .cancelled(stopped) \
        .failure(lambda message, _exc: QMessageBox.warning(parent, "No se pudo exportar",
                                                          message)) \
        .run()
