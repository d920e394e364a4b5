"""At start-up the office server does not answer: the box says why and offers «Reintentar»
(the default), «Cambiar la conexión…» and «Salir» (Esc), by keyboard. Changing to the local
file opens the program on it; retrying once the server is up opens the server database."""

import os
import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.engine import make_url

from pisac_desktop.config import load_settings
from pisac_desktop.gui import app as app_module
from pisac_desktop.gui.admin.connection_dialog import ConnectionDialog
from pisac_desktop.paths import DataPaths
from tests.engines import point_at
from tests.gui.conftest import PASSWORD, ROLE


@pytest.fixture
def folder(tmp_path, spanish_qapp) -> DataPaths:
    return DataPaths(tmp_path / "estacion").ensure()


@pytest.fixture(autouse=True)
def discard_when_closed(monkeypatch):
    from pisac_desktop.gui import unsaved

    monkeypatch.setattr(unsaved, "ask", lambda _parent, _text: unsaved.DISCARD)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _answer_with(qtbot, monkeypatch, keys, before=None):
    """Each failure box shown is answered with the next key (with its modifier); returns the
    boxes seen. before(box) runs first (e.g. the server is started meanwhile)."""
    seen, keys = [], list(keys)

    def drive(box):
        if box.objectName() != "serverFailureBox":
            raise AssertionError(f"unexpected box: {box.text()}")
        seen.append((box.text(), box.informativeText(),
                     [b.text() for b in box.buttons()], box.defaultButton().text()))
        with qtbot.waitActive(box):
            box.show()
            box.activateWindow()
        if before is not None:
            before(box)
        key, modifier = keys.pop(0)
        qtbot.keyClick(box.focusWidget() or box, key, modifier)
        qtbot.waitUntil(lambda: not box.isVisible())  # a mnemonic clicks after 100 ms
        return 0

    monkeypatch.setattr(QMessageBox, "exec", drive)
    return seen


def test_a_server_that_does_not_answer_offers_to_retry_change_or_leave(qtbot, folder,
                                                                      monkeypatch):
    point_at(folder, f"postgresql+psycopg://pisac@127.0.0.1:{_closed_port()}/pisac")
    before = folder.settings.read_text(encoding="utf-8")
    seen = _answer_with(qtbot, monkeypatch, [(Qt.Key_Return, Qt.NoModifier),  # Reintentar
                                             (Qt.Key_Escape, Qt.NoModifier)])  # Salir
    assert app_module.open_or_recover(folder) is None
    assert len(seen) == 2  # retried once, then left
    text, informative, buttons, default = seen[0]
    assert "no pudo conectarse al servidor de la oficina" in text
    assert "No se pudo llegar al servidor 127.0.0.1:" in informative
    assert "Connection refused" in informative
    assert sorted(buttons) == ["&Cambiar la conexión…", "&Reintentar", "&Salir"]
    assert default == "&Reintentar"  # Enter changes nothing
    assert folder.settings.read_text(encoding="utf-8") == before
    assert not folder.database.exists()  # no local file made behind the person's back


def test_a_server_that_never_answers_is_given_up_after_the_timeout(qtbot, folder, monkeypatch):
    from pisac_desktop.db import engine

    monkeypatch.setattr(engine, "SERVER_CONNECT_TIMEOUT_S", 1)
    with socket.socket() as silent:  # accepts the connection and never says a word
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        point_at(folder, f"postgresql+psycopg://pisac@127.0.0.1:{silent.getsockname()[1]}/pisac")
        seen = _answer_with(qtbot, monkeypatch, [(Qt.Key_Escape, Qt.NoModifier)])
        assert app_module.open_or_recover(folder) is None
    assert "No se pudo llegar al servidor 127.0.0.1:" in seen[0][1]


def test_changing_to_the_local_file_opens_the_program_on_it(qtbot, folder, monkeypatch, tmp_path):
    point_at(folder, f"postgresql+psycopg://pisac@/pisac?host={tmp_path / 'sin-servidor'}"
                     "&port=5432")
    folder.password_file.write_text("*:*:*:pisac:vieja\n", encoding="utf-8")
    seen = _answer_with(qtbot, monkeypatch, [(Qt.Key_C, Qt.AltModifier)])
    chosen = []

    def choose_local_file(dialog):  # keyboard: Alt+A is «Archivo en esta computadora»
        with qtbot.waitActive(dialog):
            dialog.show()
            dialog.activateWindow()
        assert dialog.ui.serverRadio.isChecked()  # shows what is configured
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key_A, Qt.AltModifier)
        qtbot.waitUntil(dialog.ui.localRadio.isChecked)
        dialog.accept()  # Guardar
        chosen.append(dialog.changed)
        return dialog.result()

    monkeypatch.setattr(ConnectionDialog, "exec", choose_local_file)
    opened = app_module.open_or_recover(folder)
    try:
        assert opened is not None and opened.db.is_sqlite
        assert "No such file or directory" in seen[0][1]
        assert chosen == [True]
        assert make_url(load_settings(folder).database_url).get_backend_name() == "sqlite"
        assert folder.database.exists() and not folder.password_file.exists()
    finally:
        opened.db.dispose()


def test_cancelling_the_change_shows_the_box_again(qtbot, folder, monkeypatch):
    point_at(folder, f"postgresql+psycopg://pisac@127.0.0.1:{_closed_port()}/pisac")
    seen = _answer_with(qtbot, monkeypatch, [(Qt.Key_C, Qt.AltModifier),
                                             (Qt.Key_S, Qt.AltModifier)])
    monkeypatch.setattr(ConnectionDialog, "exec", lambda dialog: 0)  # Cancelar
    assert app_module.open_or_recover(folder) is None
    assert len(seen) == 2


def test_retrying_once_the_server_is_started_opens_it(qtbot, folder, monkeypatch):
    from tests.pg_cluster import PORT, SUPERUSER, Cluster, ClusterUnavailable

    try:
        cluster = Cluster()  # not started yet: the office server is off
    except ClusterUnavailable as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(exc))
    try:
        point_at(folder, f"postgresql+psycopg://{SUPERUSER}@/pisac?host={cluster.root}"
                         f"&port={PORT}")

        def switch_on(_box):
            cluster.start()
            cluster.new_database(name="pisac")

        seen = _answer_with(qtbot, monkeypatch, [(Qt.Key_R, Qt.AltModifier)], before=switch_on)
        opened = app_module.open_or_recover(folder)
        try:
            assert len(seen) == 1 and "No se pudo llegar al servidor" in seen[0][1]
            assert opened is not None and not opened.db.is_sqlite
            assert opened.schema.action == "creada"  # an empty database: the first start
        finally:
            opened.db.dispose()
    finally:
        cluster.stop()


def test_a_refused_login_is_fixed_by_typing_the_password_again(qtbot, folder, monkeypatch,
                                                               pg_cluster, office_db):
    from pisac_desktop.config import save_database_settings

    save_database_settings(folder, f"postgresql+psycopg://{ROLE}@/{office_db}"
                                   f"?host={pg_cluster.root}&port=5432", ROLE, "la-de-antes")
    seen = _answer_with(qtbot, monkeypatch, [(Qt.Key_C, Qt.AltModifier)])

    def type_the_new_password(dialog):  # the IT person changed it on the server
        ui = dialog.ui
        assert ui.serverRadio.isChecked() and ui.databaseEdit.text() == office_db
        assert not ui.form.isRowVisible(ui.confirmEdit)  # a saved password: typed once
        ui.passwordEdit.setText(PASSWORD)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ConnectionDialog, "exec", type_the_new_password)
    opened = app_module.open_or_recover(folder)
    try:
        assert f"rechazó el usuario «{ROLE}» o su contraseña" in seen[0][1]
        assert opened is not None and not opened.db.is_sqlite
        assert PASSWORD in folder.password_file.read_text(encoding="utf-8")
    finally:
        opened.db.dispose()
