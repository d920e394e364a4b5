"""Configuración › Conexión a la base de datos: local file or office server, «Probar conexión»
with the failure at its field and the typing kept, saving for the next start (the password in
the private file, never in configuracion.ini), the first start on an empty server database, and
the way back to the local file. Against the test cluster (tests/pg_cluster.py)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from sqlalchemy.engine import make_url

from pisac_desktop.config import load_settings
from pisac_desktop.gui.admin.connection_dialog import SAVED_PASSWORD_HINT, ConnectionDialog
from pisac_desktop.paths import DataPaths
from tests.conftest import make_ctx
from tests.gui.conftest import PASSWORD, ROLE


@pytest.fixture(autouse=True)
def discard_when_closed(monkeypatch):
    """Closing a dialog with typing asks Guardar/Descartar/Cancelar: here, Descartar."""
    from pisac_desktop.gui import unsaved

    monkeypatch.setattr(unsaved, "ask", lambda _parent, _text: unsaved.DISCARD)


@pytest.fixture
def folder(tmp_path, spanish_qapp) -> DataPaths:
    return DataPaths(tmp_path / "estacion").ensure()


def _dialog(qtbot, paths) -> ConnectionDialog:
    dialog = ConnectionDialog(paths)
    qtbot.addWidget(dialog)
    dialog.resize(dialog.sizeHint())
    dialog.show()
    dialog.activateWindow()
    qtbot.waitExposed(dialog)
    return dialog


def _type_server(qtbot, dialog, cluster, database, password) -> None:
    """Keyboard only: choose the server, then Tab from field to field."""
    ui = dialog.ui
    ui.serverRadio.setFocus()
    qtbot.keyClick(ui.serverRadio, Qt.Key_Space)
    assert ui.serverRadio.isChecked() and ui.serverWidget.isEnabled()
    ui.hostEdit.setFocus()
    for widget, text in ((ui.hostEdit, str(cluster.root)), (ui.portSpin, None),
                         (ui.databaseEdit, database), (ui.userEdit, ROLE),
                         (ui.passwordEdit, password), (ui.confirmEdit, password)):
        assert dialog.focusWidget() is widget
        if text is not None:
            qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key_Tab)
    assert dialog.focusWidget() is ui.testButton


def test_the_local_file_is_the_default_and_shows_its_path(qtbot, folder):
    dialog = _dialog(qtbot, folder)
    ui = dialog.ui
    assert ui.localRadio.isChecked() and not ui.serverWidget.isEnabled()
    assert str(folder.database) in ui.localPathLabel.text()
    assert ui.portSpin.value() == 5432 and not ui.testButton.isEnabled()
    assert dialog.save() and not dialog.changed  # nothing to change
    size = dialog.sizeHint()
    assert size.width() <= 1366 and size.height() <= 700


def test_missing_fields_are_said_at_each_field(qtbot, folder):
    dialog = _dialog(qtbot, folder)
    dialog.ui.serverRadio.setChecked(True)
    dialog.accept()
    assert dialog.result() != QDialog.Accepted
    assert dialog.errors.labels["host"].isVisible()
    assert "dirección IP del servidor" in dialog.errors.labels["host"].text()
    assert dialog.errors.labels["database"].isVisible() and dialog.errors.labels["user"].isVisible()
    assert dialog.focusWidget() is dialog.ui.hostEdit
    assert not folder.password_file.exists()


def test_a_wrong_password_is_shown_at_its_field_and_the_typing_is_kept(qtbot, folder, pg_cluster,
                                                                       office_db):
    dialog = _dialog(qtbot, folder)
    before = folder.settings.read_text(encoding="utf-8")  # the template, written on reading
    _type_server(qtbot, dialog, pg_cluster, office_db, "equivocada")
    qtbot.keyClick(dialog.ui.testButton, Qt.Key_Space)
    ui = dialog.ui
    assert dialog.errors.labels["password"].text() == "Usuario o contraseña incorrectos."
    assert f"rechazó el usuario «{ROLE}» o su contraseña" in ui.resultLabel.text()
    dialog.accept()  # Guardar checks again and refuses
    assert dialog.result() != QDialog.Accepted and not dialog.changed
    assert (ui.hostEdit.text(), ui.databaseEdit.text(), ui.userEdit.text(),
            ui.passwordEdit.text()) == (str(pg_cluster.root), office_db, ROLE, "equivocada")
    assert folder.settings.read_text(encoding="utf-8") == before and not folder.password_file.exists()


def test_a_server_that_is_off_is_shown_at_the_server_field(qtbot, folder):
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dialog = _dialog(qtbot, folder)
    ui = dialog.ui
    ui.serverRadio.setChecked(True)
    ui.hostEdit.setText("127.0.0.1")
    ui.portSpin.setValue(port)
    ui.databaseEdit.setText("pisac")
    ui.userEdit.setText("pisac")
    dialog.test()
    assert dialog.errors.labels["host"].text() == "El servidor no responde."
    assert "No se pudo llegar al servidor 127.0.0.1" in ui.resultLabel.text()


def test_saving_an_empty_server_database_leads_to_the_first_start(qtbot, folder, pg_cluster,
                                                                  office_db):
    from pisac_desktop.core.accounts import has_users
    from pisac_desktop.startup import open_database

    dialog = _dialog(qtbot, folder)
    _type_server(qtbot, dialog, pg_cluster, office_db, PASSWORD)
    qtbot.keyClick(dialog.ui.testButton, Qt.Key_Space)
    assert "está vacía" in dialog.ui.resultLabel.text()
    assert "PostgreSQL 1" in dialog.ui.resultLabel.text()
    dialog.accept()
    assert dialog.result() == QDialog.Accepted and dialog.changed
    assert "crear la cuenta del administrador" in dialog.done_message()
    ini = folder.settings.read_text(encoding="utf-8")
    assert PASSWORD not in ini and f"{ROLE}@" in ini
    assert PASSWORD in folder.password_file.read_text(encoding="utf-8")
    assert folder.password_file.stat().st_mode & 0o077 == 0
    opened = open_database(folder)  # what the next start does
    try:
        assert opened.schema.action == "creada" and not opened.db.is_sqlite
        with opened.db.session() as s:
            assert not has_users(s)  # the first-start wizard creates the administrator
    finally:
        opened.db.dispose()
    again = _dialog(qtbot, folder)  # shows what is saved, not the password
    assert again.ui.serverRadio.isChecked() and again.ui.databaseEdit.text() == office_db
    assert again.ui.passwordEdit.text() == "" and \
        again.ui.passwordEdit.placeholderText() == SAVED_PASSWORD_HINT
    again.test()  # with the saved password
    assert "al día" in again.ui.resultLabel.text()


def test_going_back_to_the_local_file(qtbot, folder, pg_cluster, office_db):
    dialog = _dialog(qtbot, folder)
    _type_server(qtbot, dialog, pg_cluster, office_db, PASSWORD)
    dialog.accept()
    assert dialog.changed
    back = _dialog(qtbot, folder)
    back.ui.localRadio.setChecked(True)
    back.accept()
    assert back.result() == QDialog.Accepted and back.changed
    assert make_url(load_settings(folder).database_url).get_backend_name() == "sqlite"
    assert not folder.password_file.exists()
    assert "archivo de esta computadora" in back.done_message()


def test_only_the_administrator_sees_it_and_saving_restarts(qtbot, ctx, monkeypatch, pg_cluster,
                                                            office_db):
    from pisac_desktop.gui.main_window import MainWindow

    clerk = MainWindow(make_ctx(ctx_opened(ctx), roles=("intake",)))
    qtbot.addWidget(clerk)
    assert not clerk.ui.actionConexion.isVisible()
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    assert window.ui.actionConexion.isVisible()
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: told.append(text))

    def fill_and_save(dialog):
        _fill_server(dialog, pg_cluster, office_db)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ConnectionDialog, "exec", fill_and_save)
    assert window.open_connection_settings()
    assert window.restart_requested and "Vuelva a iniciar sesión" in told[0]


def ctx_opened(ctx):
    from pisac_desktop.startup import OpenedDatabase

    return OpenedDatabase(ctx.db, ctx.paths, None)


def test_a_new_password_is_typed_twice_and_a_difference_is_shown_at_its_field(qtbot, folder):
    dialog = _dialog(qtbot, folder)
    ui = dialog.ui
    ui.serverRadio.setChecked(True)
    assert ui.confirmEdit.isVisible()  # the first set-up of a server in this data folder
    for edit, text in ((ui.hostEdit, "192.168.1.10"), (ui.databaseEdit, "pisac"),
                       (ui.userEdit, ROLE), (ui.passwordEdit, PASSWORD),
                       (ui.confirmEdit, PASSWORD[:-1] + "8")):
        edit.setText(text)
    dialog.accept()  # refused before trying the server
    assert dialog.result() != QDialog.Accepted and not dialog.changed
    assert dialog.errors.labels["confirm"].isVisible()
    assert dialog.errors.labels["confirm"].text() == "Las dos contraseñas no coinciden."
    assert dialog.focusWidget() is ui.confirmEdit
    assert (ui.passwordEdit.text(), ui.confirmEdit.text()) == (PASSWORD, PASSWORD[:-1] + "8")
    assert not folder.password_file.exists()
    assert make_url(load_settings(folder).database_url).get_backend_name() == "sqlite"


def test_a_saved_password_is_not_asked_twice_but_another_server_is(qtbot, folder):
    import socket

    from pisac_desktop.config import save_database_settings

    with socket.socket() as s:  # a closed port: the check answers at once, «no responde»
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    save_database_settings(folder, f"postgresql+psycopg://{ROLE}@127.0.0.1:{port}/pisac", ROLE,
                           PASSWORD)
    dialog = _dialog(qtbot, folder)
    ui = dialog.ui
    assert ui.serverRadio.isChecked() and not ui.confirmEdit.isVisible()
    ui.passwordEdit.setText("Clave-Cambiada-8")  # it changed on the server: once is enough
    assert dialog.test() is not None  # the check starts (no refusal before it)
    assert not dialog.errors.labels["confirm"].isVisible()
    assert dialog.errors.labels["host"].text() == "El servidor no responde."
    ui.databaseEdit.setText("pisac2")  # another database: its password is new here
    assert ui.confirmEdit.isVisible()
    dialog.test()
    assert dialog.errors.labels["confirm"].text() == "Las dos contraseñas no coinciden."
    ui.databaseEdit.setText("pisac")  # back: the row hides, its error too
    assert not ui.confirmEdit.isVisible() and not dialog.errors.labels["confirm"].isVisible()


def _last_entry(db):
    import json

    from sqlalchemy import select

    from pisac_desktop.db.models import AuditEntry

    with db.session() as s:
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        return (entry.action, entry.entity, entry.username, entry.workstation,
                json.loads(entry.changes) if entry.changes else {})


def test_the_change_is_recorded_in_the_database_being_left(qtbot, ctx, pg_cluster, office_db):
    from pisac_desktop.core.audit import verify_chain
    from pisac_desktop.startup import open_database

    dialog = ConnectionDialog(ctx.paths, leaving=(ctx.db, ctx.actor))
    qtbot.addWidget(dialog)
    _fill_server(dialog, pg_cluster, office_db)
    dialog.accept()
    assert dialog.changed
    action, entity, who, pc, changes = _last_entry(ctx.db)  # the local file, left
    assert (action, entity, who, pc) == ("settings_change", "database", "prueba", "PC-PRUEBA")
    before, after = changes["conexión"]
    assert before == str(ctx.paths.database)
    assert after.startswith(f"postgresql+psycopg://{ROLE}@/{office_db}?host=")
    assert PASSWORD not in after and "passfile" not in after and "***" not in after

    server = open_database(ctx.paths)  # the next start: on the server; then back
    try:
        back = ConnectionDialog(ctx.paths, leaving=(server.db, ctx.actor))
        qtbot.addWidget(back)
        back.ui.localRadio.setChecked(True)
        back.accept()
        assert back.changed
        action, entity, who, pc, changes = _last_entry(server.db)
        assert (action, entity, who, pc) == ("settings_change", "database", "prueba",
                                             "PC-PRUEBA")
        assert changes["conexión"] == [after, str(ctx.paths.database)]
        with server.db.session() as s:
            assert verify_chain(s).ok
    finally:
        server.db.dispose()


def test_a_database_left_that_does_not_answer_keeps_no_record_and_the_change_stands(
        qtbot, folder, pg_cluster, office_db, caplog):
    import socket

    from pisac_desktop.core.permissions import Actor
    from pisac_desktop.db.engine import Database

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    gone = Database.from_url(f"postgresql+psycopg://pisac@127.0.0.1:{port}/pisac")
    try:
        ana = Actor(None, "ana", "Ana Quispe", workstation="PC-1")
        dialog = ConnectionDialog(folder, leaving=(gone, ana))
        qtbot.addWidget(dialog)
        _fill_server(dialog, pg_cluster, office_db)
        dialog.accept()  # no box: the old server is off
        assert dialog.result() == QDialog.Accepted and dialog.changed
        assert office_db in load_settings(folder).database_url
        assert "could not be recorded in postgresql+psycopg://pisac@127.0.0.1" in caplog.text
    finally:
        gone.dispose()


def _fill_server(dialog, cluster, database) -> None:
    ui = dialog.ui
    ui.serverRadio.setChecked(True)
    ui.hostEdit.setText(str(cluster.root))
    ui.databaseEdit.setText(database)
    ui.userEdit.setText(ROLE)
    ui.passwordEdit.setText(PASSWORD)
    ui.confirmEdit.setText(PASSWORD)
