"""Unexpected errors: logged with traceback, shown in Spanish, and the app keeps running."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy.exc import OperationalError

from pisac_desktop.paths import DataPaths

log = logging.getLogger("pisac_desktop.errors")

# A PostgreSQL server (or the office network) gone mid-work: the form stays open with the typing.
CONNECTION_LOST = ("se perdió la conexión con el servidor de la base de datos (la red de la "
                   "oficina o el servidor no responden). Lo que estaba escribiendo se conserva; "
                   "vuelva a intentar cuando la red vuelva. Si no vuelve, avise al encargado de "
                   "informática.")


def database_problem(exc: BaseException) -> str:
    """What went wrong with the database, in Spanish."""
    from pisac_desktop.db.connection_check import is_connection_lost

    text = str(getattr(exc, "orig", exc)).lower()
    if is_connection_lost(exc):
        reason = CONNECTION_LOST
    elif "locked" in text or "busy" in text:
        reason = ("la base de datos está ocupada por otra ventana o computadora. Espere unos "
                  "segundos y vuelva a intentarlo.")
    elif "disk" in text and ("full" in text or "space" in text):
        reason = "el disco está lleno. Libere espacio y vuelva a intentarlo."
    elif "readonly" in text or "read-only" in text:
        reason = "la carpeta de datos es de solo lectura."
    else:
        reason = f"la base de datos respondió: {getattr(exc, 'orig', exc)}"
    return reason


def database_error_message(exc: BaseException) -> str:
    """A database failure that happened while saving a form."""
    return (f"No se pudo guardar: {database_problem(exc)} No se guardó nada a medias y lo que "
            "escribió sigue en la ventana.")


def install_excepthook(paths: DataPaths) -> None:
    def hook(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        log.error("Unexpected error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        if QApplication.instance() is None:
            return
        if isinstance(exc, OperationalError):
            detail = f"Problema con la base de datos: {database_problem(exc)}"
        else:
            detail = f"Detalle técnico: {exc_type.__name__}: {exc}"
        box = QMessageBox(QMessageBox.Critical, "Error inesperado",
                          "Ocurrió un error inesperado. Los datos ya guardados están a salvo y "
                          "la aplicación sigue abierta.")
        box.setInformativeText(
            "Si el problema se repite, avise al encargado de informática y entréguele el "
            f"archivo de registro:\n{paths.logs}\n\n{detail}"
        )
        box.exec()

    sys.excepthook = hook
