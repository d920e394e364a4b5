"""At start-up, the office server does not answer or refuses the login: instead of only
«No se puede abrir», the person may try again (a server that was just off) or change the
connection (another host or password, or back to the file of this computer) and then the
program opens on what was chosen. No database is needed for either: the connection dialog
only writes the data folder's settings.
"""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget

from pisac_desktop.config import load_settings
from pisac_desktop.db.connection_check import CheckResult, explain_open_failure
from pisac_desktop.paths import DataPaths

log = logging.getLogger(__name__)

TITLE = "No se puede abrir la base de datos"
RETRY, CHANGE, QUIT = "retry", "change", "quit"
RETRY_TEXT, CHANGE_TEXT, QUIT_TEXT = "&Reintentar", "&Cambiar la conexión…", "&Salir"


def server_failure(paths: DataPaths, exc: BaseException) -> CheckResult | None:
    """The Spanish reason when `exc` is this data folder's server failing to connect."""
    try:
        url = load_settings(paths).database_url
    except Exception:  # noqa: BLE001 (the settings' own message is shown elsewhere)
        return None
    return explain_open_failure(url, exc)


def failure_box(failure: CheckResult, parent: QWidget | None = None) -> QMessageBox:
    """Reintentar (the default: it changes nothing), Cambiar la conexión…, Salir (Esc)."""
    box = QMessageBox(QMessageBox.Warning, TITLE,
                      "Pisac Desktop no pudo conectarse al servidor de la oficina.", parent=parent)
    box.setObjectName("serverFailureBox")
    box.setInformativeText(
        f"{failure.message}\n\n"
        "• Reintentar: cuando el servidor ya esté encendido o la red funcione.\n"
        "• Cambiar la conexión…: para corregir el servidor, el usuario o la contraseña, o volver "
        "a usar el archivo de esta computadora.")
    retry = box.addButton(RETRY_TEXT, QMessageBox.AcceptRole)
    retry.setObjectName("retryButton")
    change = box.addButton(CHANGE_TEXT, QMessageBox.ActionRole)
    change.setObjectName("changeConnectionButton")
    quit_ = box.addButton(QUIT_TEXT, QMessageBox.RejectRole)
    quit_.setObjectName("quitButton")
    box.setDefaultButton(retry)
    box.setEscapeButton(quit_)
    return box


def ask(failure: CheckResult) -> str:
    """RETRY, CHANGE or QUIT."""
    box = failure_box(failure)
    box.exec()
    clicked = box.clickedButton()
    name = clicked.objectName() if clicked is not None else ""
    return {"retryButton": RETRY, "changeConnectionButton": CHANGE}.get(name, QUIT)


def try_again(paths: DataPaths, failure: CheckResult) -> bool:
    """Ask until the person wants another attempt at opening (True) or leaves (False)."""
    from pisac_desktop.gui.admin.connection_dialog import ConnectionDialog

    while True:
        choice = ask(failure)
        if choice == RETRY:
            return True
        if choice == QUIT:
            return False
        dialog = ConnectionDialog(paths)
        if dialog.exec() and dialog.changed:
            log.warning("Connection changed at start-up after: %s", failure.outcome)
            return True
