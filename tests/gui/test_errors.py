import sys

from PySide6.QtWidgets import QMessageBox
from sqlalchemy.exc import OperationalError

from pisac_desktop.gui.errors import database_error_message, install_excepthook
from pisac_desktop.logsetup import LOG_NAME, configure_logging


def test_unexpected_error_is_logged_and_shown_in_spanish(qtbot, spanish_qapp, paths, monkeypatch):
    configure_logging(paths)
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(
        (box.text(), box.informativeText())) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    install_excepthook(paths)
    try:
        raise ValueError("algo raro")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    text, info = shown[0]
    assert "error inesperado" in text and "sigue abierta" in text
    assert str(paths.logs) in info and "ValueError: algo raro" in info
    log = (paths.logs / LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in log and "algo raro" in log


def test_database_errors_are_explained():
    locked = OperationalError("UPDATE x", {}, Exception("database is locked"))
    assert "ocupada por otra ventana" in database_error_message(locked)
    full = OperationalError("INSERT", {}, Exception("database or disk is full"))
    assert "disco está lleno" in database_error_message(full)
    assert "sigue en la ventana" in database_error_message(full)
