"""Respaldar ahora, Restaurar and the damaged-database dialog, driven without exec()."""

import datetime as dt
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from pisac_desktop.core.backup_schedule import ensure_daily_backup
from pisac_desktop.core.backups import backup_now
from pisac_desktop.core.permissions import Actor, Role
from pisac_desktop.db.backup import decompress_file
from pisac_desktop.db.schema import HEAD_REVISION
from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.admin.backup_dialogs import (
    BackupNowTask,
    DamagedDatabaseDialog,
    RestoreDialog,
    backup_now_interactive,
)
from pisac_desktop.startup import DamagedDatabaseError, open_database
from tests.copies import as_plain

READ_ONLY = Actor(None, "consulta", "Persona de consulta", frozenset({Role.READ_ONLY}))


def members(path: Path) -> int:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("SELECT count(*) FROM council_member").fetchone()[0]


def _run(qtbot, task: BackupNowTask) -> BackupNowTask:
    with qtbot.waitSignal(task.finished, timeout=20000):
        task.start()
    assert task.done
    return task


# --- Respaldar ahora ---------------------------------------------------------------------------
def test_backup_now_to_the_backups_folder(qtbot, demo_ctx):
    task = _run(qtbot, BackupNowTask(demo_ctx.db, demo_ctx.paths, demo_ctx.actor,
                                     show_result=False))
    assert task.error is None and task.info.sound
    assert task.info.path.parent == demo_ctx.paths.backups and task.info.path.exists()
    assert not task.progress.isVisible()


def test_backup_now_to_a_chosen_folder_reports_the_result(qtbot, demo_ctx, tmp_path,
                                                           monkeypatch):
    usb = tmp_path / "USB"
    usb.mkdir()
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: str(usb))
    shown = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: shown.append(text))
    task = backup_now_interactive(None, demo_ctx.db, demo_ctx.paths, demo_ctx.actor,
                                  choose_folder=True)
    qtbot.waitUntil(lambda: task.done, timeout=20000)
    assert task.info.path.parent == usb
    assert "Copia de seguridad creada y verificada" in shown[0] and str(usb) in shown[0]


def test_backup_now_choosing_no_folder_does_nothing(demo_ctx, monkeypatch):
    monkeypatch.setattr(file_dialogs, "choose_folder", lambda *a, **k: "")
    assert backup_now_interactive(None, demo_ctx.db, demo_ctx.paths, demo_ctx.actor,
                                  choose_folder=True) is None
    assert not any(demo_ctx.paths.backups.iterdir())


def test_backup_now_refused_without_permission(qtbot, demo_ctx, monkeypatch):
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: warned.append(text))
    task = _run(qtbot, BackupNowTask(demo_ctx.db, demo_ctx.paths, READ_ONLY))
    assert task.info is None and "no tiene permiso" in task.error
    assert warned == [task.error]


def test_backup_now_can_be_cancelled(qtbot, demo_ctx):
    task = BackupNowTask(demo_ctx.db, demo_ctx.paths, demo_ctx.actor, show_result=False)
    task.progress.canceled.emit()  # as if the user pressed Cancelar at once
    _run(qtbot, task)
    assert task.cancelled and task.info is None and task.error is None
    assert not any(demo_ctx.paths.backups.iterdir())


# --- Restaurar ---------------------------------------------------------------------------------
@pytest.fixture
def three_backups(demo_ctx):
    """A sound copy (6 council members), a damaged one and one from a newer version."""
    paths = demo_ctx.paths
    sound = backup_now(demo_ctx.db, paths, demo_ctx.actor,
                       clock=lambda: dt.datetime(2026, 11, 20, 9, 30)).path
    damaged = paths.backups / "pisac-diaria-20261121-080000.sqlite3"
    damaged.write_bytes(b"esto no es una base de datos" * 200)
    newer = paths.backups / "pisac-manual-20261121-120000.sqlite3"
    decompress_file(sound, newer)
    with closing(sqlite3.connect(newer)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'zz99'")
        conn.execute("UPDATE app_meta SET value = '9.9.0' WHERE key = 'app_version'")
        conn.commit()
    with closing(sqlite3.connect(paths.database)) as conn:  # work after the sound copy
        conn.execute("DELETE FROM council_member WHERE position > 1")
        conn.commit()
    return sound, damaged, newer


def _restore_dialog(qtbot, ctx, **kw):
    dialog = RestoreDialog(ctx.paths, ctx.db, ctx.actor, **kw)
    qtbot.addWidget(dialog)
    return dialog


def test_restore_dialog_lists_copies_and_shows_the_chosen_one(qtbot, demo_ctx, three_backups):
    sound, damaged, newer = three_backups
    dialog = _restore_dialog(qtbot, demo_ctx)
    model = dialog.model
    rows = [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]
    assert [r[4] for r in rows] == [newer.name, damaged.name, sound.name]  # newest first
    assert [r[3] for r in rows] == ["íntegra (de una versión más nueva)", "dañada", "íntegra"]
    assert rows[2][:2] == ["20/11/2026 09:30", "Manual"]

    assert dialog.selected_backup().path == sound  # the newest that can be restored
    ui = dialog.ui
    assert ui.dateValue.text() == "20/11/2026 09:30"
    assert f"esquema {HEAD_REVISION}" in ui.versionsValue.text()
    assert "Miembros del concejo: 6" in ui.countsValue.text()
    assert dialog.restore_button.isEnabled()

    dialog.select_row(1)
    assert "dañada" in ui.stateValue.text() and not dialog.restore_button.isEnabled()
    dialog.select_row(0)
    assert "9.9.0" in ui.messageLabel.text() and not dialog.restore_button.isEnabled()


def test_restore_dialog_restores_the_selected_copy(qtbot, demo_ctx, three_backups):
    sound, _damaged, _newer = three_backups
    stopped = []
    dialog = _restore_dialog(qtbot, demo_ctx, before_restore=lambda: stopped.append(True))
    dialog.select_row(2)
    assert members(demo_ctx.paths.database) == 2
    assert dialog.restore_selected()
    assert stopped == [True]
    assert members(demo_ctx.paths.database) == 6
    result = dialog.restore_result
    assert result.restored.path == sound and members(result.safety_backup.path) == 2


def test_restore_dialog_asks_before_replacing(qtbot, demo_ctx, three_backups, monkeypatch):
    dialog = _restore_dialog(qtbot, demo_ctx)
    questions = []
    answer = [QMessageBox.No]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a: questions.append(text) or answer[0])
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.result() != QDialog.Accepted and members(demo_ctx.paths.database) == 2
    assert "¿Reemplazar la base de datos actual por la copia del 20/11/2026 09:30?" in questions[0]
    answer[0] = QMessageBox.Yes
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.result() == QDialog.Accepted and members(demo_ctx.paths.database) == 6


def test_restore_dialog_choose_another_file(qtbot, demo_ctx, three_backups, tmp_path,
                                            monkeypatch):
    sound, _damaged, _newer = three_backups
    usb = tmp_path / "usb"
    usb.mkdir()
    # A compressed copy renamed on a USB stick, without its summary: checked in full.
    elsewhere = shutil.copy(sound, usb / "copia de la oficina.sqlite3.gz")
    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(elsewhere))
    dialog = _restore_dialog(qtbot, demo_ctx)
    dialog.ui.chooseFileButton.click()
    chosen = dialog.selected_backup()
    assert chosen.path == Path(elsewhere) and chosen.kind_label == "Otra" and chosen.sound
    assert dialog.model.index(0, 4).data() == "copia de la oficina.sqlite3.gz"
    assert dialog.restore_selected() and members(demo_ctx.paths.database) == 6


def test_restore_dialog_shows_why_a_restore_failed(qtbot, demo_ctx, three_backups):
    sound, _damaged, _newer = three_backups
    dialog = _restore_dialog(qtbot, demo_ctx)
    sound.write_bytes(b"se estropeo mientras tanto" * 300)  # damaged after being listed
    assert not dialog.restore_selected()
    assert "No se restauró" in dialog.ui.messageLabel.text()
    assert members(demo_ctx.paths.database) == 2


def test_restore_dialog_for_someone_without_the_permission(qtbot, demo_ctx, three_backups):
    dialog = RestoreDialog(demo_ctx.paths, demo_ctx.db, READ_ONLY)
    qtbot.addWidget(dialog)
    assert not dialog.restore_button.isEnabled()
    assert "administrador" in dialog.ui.messageLabel.text()


def test_restore_dialog_with_no_copies(qtbot, demo_ctx):
    dialog = _restore_dialog(qtbot, demo_ctx)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
    assert "Elegir otro archivo" in dialog.ui.messageLabel.text()


# --- damaged database at start-up ---------------------------------------------------------------
def _damaged(paths) -> DamagedDatabaseError:
    raw = paths.database.read_bytes()
    paths.database.write_bytes(raw[: len(raw) // 3])
    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(paths)
    return caught.value


def test_damaged_dialog_restores_the_newest_copy(qtbot, demo, spanish_qapp):
    paths = demo.paths
    ensure_daily_backup(demo.db, paths, lambda: dt.datetime(2026, 11, 20, 8, 5))
    demo.db.dispose()
    error = _damaged(paths)
    damaged_bytes = paths.database.read_bytes()
    dialog = DamagedDatabaseDialog(paths, error)
    qtbot.addWidget(dialog)
    assert "20/11/2026 08:05" in dialog.ui.backupLabel.text()
    assert "20/11/2026 08:05" in dialog.ui.restoreButton.text()
    assert "no la abrió ni la modificó" in dialog.ui.explanationLabel.text()
    assert "dañada-AAAAMMDD-HHMMSS" in dialog.ui.keptAsideLabel.text()

    dialog.ui.restoreButton.click()
    assert dialog.result() == QDialog.Accepted
    assert dialog.moved_aside.read_bytes() == damaged_bytes
    assert "Se restauró la copia del 20/11/2026 08:05" in dialog.done_message()
    opened = open_database(paths)
    opened.db.dispose()
    assert members(paths.database) == 6


def test_damaged_dialog_without_copies_offers_another_file_or_quit(qtbot, demo, spanish_qapp,
                                                                    tmp_path, monkeypatch):
    paths = demo.paths
    elsewhere = backup_now(demo.db, paths, Actor.system("prueba"), tmp_path / "usb").path
    demo.db.dispose()
    error = _damaged(paths)
    assert error.newest_backup is None
    dialog = DamagedDatabaseDialog(paths, error)
    qtbot.addWidget(dialog)
    assert not dialog.ui.restoreButton.isEnabled()
    assert "No se encontró ninguna copia" in dialog.ui.backupLabel.text()
    assert not dialog.restore_newest()

    monkeypatch.setattr(file_dialogs, "open_file", lambda *a, **k: str(elsewhere))
    dialog.ui.chooseFileButton.click()
    assert dialog.result() == QDialog.Accepted and dialog.moved_aside.exists()
    open_database(paths).db.dispose()


def test_damaged_dialog_quit_touches_nothing(qtbot, demo, spanish_qapp):
    paths = demo.paths
    ensure_daily_backup(demo.db, paths)
    demo.db.dispose()
    error = _damaged(paths)
    before = paths.database.read_bytes()
    dialog = DamagedDatabaseDialog(paths, error)
    qtbot.addWidget(dialog)
    dialog.ui.quitButton.click()
    assert dialog.result() == QDialog.Rejected
    assert paths.database.read_bytes() == before and not list(paths.root.glob("*dañada*"))



def test_restore_dialog_asks_for_another_institutions_copy(qtbot, demo_ctx, three_backups):
    sound, _damaged, _newer = three_backups
    with closing(sqlite3.connect(as_plain(sound))) as conn:
        conn.execute("UPDATE institution SET ruc = '20999999999'")
        conn.commit()
    dialog = _restore_dialog(qtbot, demo_ctx)
    dialog.select_row(2)
    asked = []
    dialog.confirm_foreign = lambda message: asked.append(message) or False
    assert not dialog.restore_selected()
    assert "otra institución" in asked[0] and "20999999999" in asked[0]
    assert "No se restauró" in dialog.ui.messageLabel.text()
    assert members(demo_ctx.paths.database) == 2  # nothing replaced
    dialog.confirm_foreign = lambda message: True
    assert dialog.restore_selected() and members(demo_ctx.paths.database) == 6


# --- a server database ---------------------------------------------------------------------------
def test_on_a_server_copies_are_made_and_listed_but_restored_from_the_command_line(
        qtbot, request, tmp_path, spanish_qapp):
    from pisac_desktop.paths import DataPaths
    from tests.conftest import make_ctx
    from tests.engines import server_copy

    opened = open_database(server_copy(request, DataPaths(tmp_path / "servidor"),
                                       "pg_demo_people_template"))
    try:
        ctx = make_ctx(opened)
        task = _run(qtbot, BackupNowTask(ctx.db, ctx.paths, ctx.actor, show_result=False))
        assert task.error is None and task.info.sound and task.info.path.suffix == ".pgdump"
        dialog = _restore_dialog(qtbot, ctx)
        assert dialog.model.rowCount() == 1 and dialog.selected_backup().path == task.info.path
        assert "Miembros del concejo: 6" in dialog.ui.countsValue.text()
        assert "estación de copias" in dialog.ui.folderLabel.text()
        assert "pisac-desktop restore" in dialog.ui.messageLabel.text()
        assert not dialog.restore_button.isEnabled()
        assert not dialog.restore_selected()  # even when called: refused, nothing changed
        assert "No se restauró" in dialog.ui.messageLabel.text()
    finally:
        opened.db.dispose()


def test_restore_shows_its_steps_and_cannot_be_stopped_while_replacing(
        qtbot, demo_ctx, three_backups, monkeypatch):
    """Issue 19: the restore works in a worker behind a progress dialog; «Detener» stops it
    while the copy is checked (nothing changed), and is disabled, with the reason said, once
    the database is being replaced."""
    from pisac_desktop import restore as restore_module
    from pisac_desktop.gui.admin import backup_dialogs

    sound, _damaged, _newer = three_backups
    seen = []
    real = restore_module.restore_backup

    def spying(*args, progress, **kwargs):
        def report(phase, done, total):
            progress(phase, done, total)
            op = dialog.restoring
            seen.append((phase, op.progress.held is not None,
                         op.dialog.labelText() if op.dialog is not None else ""))
        return real(*args, progress=report, **kwargs)

    monkeypatch.setattr(backup_dialogs, "restore_backup", spying)
    dialog = _restore_dialog(qtbot, demo_ctx)
    dialog.select_row(2)
    assert dialog.restore_selected() and members(demo_ctx.paths.database) == 6
    phases = [phase for phase, _held, _label in seen]
    assert phases[0] == "comprobando" and "reemplazando" in phases and phases[-1] == "abriendo"
    assert {"respaldando", "instalando"} <= set(phases)
    held = {phase: was_held for phase, was_held, _label in seen}
    assert not held["comprobando"] and all(held[p] for p in phases[phases.index("reemplazando"):])

    # stopped while the copy is checked: nothing changed
    def stopping(*args, progress, **kwargs):
        def report(phase, done, total):
            if phase == "comprobando":
                dialog.restoring.cancel()  # «Detener»
            progress(phase, done, total)
        return real(*args, progress=report, **kwargs)

    monkeypatch.setattr(backup_dialogs, "restore_backup", stopping)
    dialog = _restore_dialog(qtbot, demo_ctx)
    dialog.select_row(2)
    before = members(demo_ctx.paths.database)
    assert not dialog.restore_selected()
    assert "Se detuvo la restauración" in dialog.ui.messageLabel.text()
    assert members(demo_ctx.paths.database) == before
