"""Network down mid-work: a form whose save loses the server connection stays open with what
was typed, and says so in Spanish (not a generic database error). On the test cluster, the
connection is cut by pg_terminate_backend from another connection."""

import psycopg
import pytest
from PySide6.QtWidgets import QDialog
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from pisac_desktop.gui import operations
from pisac_desktop.gui.admin import council_settings_dialog
from pisac_desktop.gui.admin.council_settings_dialog import CouncilSettingsDialog
from pisac_desktop.gui.errors import CONNECTION_LOST
from pisac_desktop.gui.operations import error_message
from tests.conftest import make_ctx


def _cut(cluster, session) -> None:
    """Terminate this session's server process, as a network or server failure would."""
    pid = session.execute(text("SELECT pg_backend_pid()")).scalar()
    with psycopg.connect(host=str(cluster.root), port=5432, user="postgres", dbname="postgres",
                         autocommit=True) as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))


def test_a_lost_connection_has_its_own_message():
    closed = OperationalError("SELECT 1", {}, psycopg.OperationalError("the connection is closed"))
    assert error_message(closed) == ("No se pudieron leer los datos",
                                     f"No se pudieron leer los datos: {CONNECTION_LOST}")
    title, said = error_message(closed, writing=True)
    assert title == "No se pudo guardar"
    assert "Lo que estaba escribiendo se conserva" in said
    assert said.endswith("No se guardó nada a medias.")
    locked = OperationalError("UPDATE x", {}, Exception("database is locked"))
    assert error_message(locked)[0] == "Base de datos ocupada"
    assert "conexión" not in error_message(locked)[1]


@pytest.fixture
def pg_ctx(pg_opened, spanish_qapp):
    return make_ctx(pg_opened)


def test_a_form_that_loses_the_server_keeps_the_typing(qtbot, pg_ctx, pg_cluster, monkeypatch):
    shown = []
    working = council_settings_dialog.save_council_settings
    monkeypatch.setattr(operations, "show_failure",
                        lambda _parent, title, message: shown.append((title, message)))

    def save_on_a_dead_connection(session, _actor, _form):
        _cut(pg_cluster, session)
        session.execute(text("SELECT 1"))

    monkeypatch.setattr(council_settings_dialog, "save_council_settings",
                        save_on_a_dead_connection)
    dialog = CouncilSettingsDialog(pg_ctx)
    qtbot.addWidget(dialog)
    dialog.ui.placeEdit.setText("Salón consistorial, segundo piso")
    dialog.accept()
    assert dialog.result() != QDialog.Accepted
    assert dialog.ui.placeEdit.text() == "Salón consistorial, segundo piso"
    assert shown and shown[0][0] == "No se pudo guardar"
    assert "se perdió la conexión con el servidor de la base de datos" in shown[0][1]
    assert "vuelva a intentar cuando la red vuelva" in shown[0][1]
    # The network is back: the same Guardar works (the pool replaced the dead connection).
    monkeypatch.setattr(council_settings_dialog, "save_council_settings", working)
    dialog.accept()
    assert dialog.result() == QDialog.Accepted
