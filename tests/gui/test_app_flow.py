"""The start-up and menu wiring: damaged database recovery, restore and restart, backups."""

import datetime as dt

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from pisac_desktop.core.backup_schedule import AutomaticBackups
from pisac_desktop.core.backups import backup_now, list_backups
from pisac_desktop.db.models import AuditEntry, Institution
from pisac_desktop.demo import demo_actor
from pisac_desktop.gui import app as app_module
from pisac_desktop.gui.admin.backup_dialogs import DamagedDatabaseDialog, RestoreDialog
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.main_window import MainWindow


def test_damaged_database_at_start_up_offers_the_newest_backup(qtbot, demo, spanish_qapp,
                                                             monkeypatch):
    with demo.db.session() as s:
        actor = demo_actor(s)
    backup_now(demo.db, demo.paths, actor)
    demo.db.dispose()
    raw = demo.paths.database.read_bytes()
    demo.paths.database.write_bytes(raw[: len(raw) // 3])  # truncated: a dead disk sector

    offered = []

    def fake_exec(dialog):
        offered.append(dialog)
        return dialog.restore_newest()

    monkeypatch.setattr(DamagedDatabaseDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    opened = app_module.open_or_recover(demo.paths)
    try:
        assert offered and opened is not None
        with opened.db.session() as s:
            assert s.get(Institution, 1).ruc == "20147990139"
        kept = [p.name for p in demo.paths.root.iterdir() if "dañada" in p.name]
        assert kept, "the damaged file must be kept aside"
    finally:
        opened.db.dispose()


def test_leaving_the_damaged_dialog_touches_nothing(qtbot, demo, spanish_qapp, monkeypatch):
    demo.db.dispose()
    demo.paths.database.write_bytes(b"esto no es una base de datos" * 100)
    before = demo.paths.database.read_bytes()
    monkeypatch.setattr(DamagedDatabaseDialog, "exec", lambda dialog: 0)
    assert app_module.open_or_recover(demo.paths) is None
    assert demo.paths.database.read_bytes() == before


def test_restore_from_the_menu_restarts_on_the_restored_data(qtbot, demo, spanish_qapp,
                                                            monkeypatch):
    with demo.db.session() as s:
        actor = demo_actor(s)
    backups = AutomaticBackups(demo.db, demo.paths)
    backups.at_start()
    backup_now(demo.db, demo.paths, actor)
    with demo.db.session() as s:
        s.get(Institution, 1).address = "Cambio posterior a la copia"

    def fake_exec(dialog):
        newest_manual = next(i for i, b in enumerate(dialog.backups) if "manual" in b.path.name)
        dialog.select_row(newest_manual)
        return dialog.restore_selected()

    monkeypatch.setattr(RestoreDialog, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    window = MainWindow(AppContext(demo.db, demo.paths, actor, backups=backups))
    qtbot.addWidget(window)
    assert window.ui.actionRestaurar.isVisible()
    assert window.restore()
    assert window.restart_requested and not window.isVisible()
    assert backups.at_close() is None  # stopped: no copy of a replaced file

    reopened = app_module.open_or_recover(demo.paths)
    try:
        with reopened.db.session() as s:
            assert s.get(Institution, 1).address == "Plaza de Armas s/n, Pisac"
            last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
            assert last.action == "restore"
    finally:
        reopened.db.dispose()


def test_automatic_backups_at_start_and_on_close(demo):
    backups = AutomaticBackups(demo.db, demo.paths,
                               clock=lambda: dt.datetime(2026, 11, 21, 8, 0))
    assert backups.at_start() is not None  # the day's first start
    assert backups.at_close() is None  # nothing changed since
    backups = AutomaticBackups(demo.db, demo.paths,
                               clock=lambda: dt.datetime(2026, 11, 21, 17, 0))
    assert backups.at_start() is None  # today's copy exists
    with demo.db.session() as s:
        s.get(Institution, 1).phone = "084 200000"
    assert backups.at_close() is not None
    kinds = sorted(b.path.name.split("-")[1] for b in list_backups(demo.paths.backups))
    # Retention keeps the newest copy of each day: the close copy supersedes the morning's.
    assert kinds == ["al"]


def test_a_refused_restore_keeps_the_close_copy(qtbot, demo, spanish_qapp, monkeypatch):
    import sqlite3

    with demo.db.session() as s:
        actor = demo_actor(s)
    backups = AutomaticBackups(demo.db, demo.paths,
                               clock=lambda: dt.datetime(2026, 11, 21, 8, 0))
    backups.at_start()
    saved = backup_now(demo.db, demo.paths, actor)
    with demo.db.session() as s:
        s.get(Institution, 1).phone = "084 111111"  # a change this session must copy on close
    other = sqlite3.connect(demo.paths.database)  # another program holds the database
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM institution").fetchone()

    def fake_exec(dialog):
        dialog.select_file(saved.path)
        return dialog.restore_selected()

    monkeypatch.setattr(RestoreDialog, "exec", fake_exec)
    window = MainWindow(AppContext(demo.db, demo.paths, actor, backups=backups))
    qtbot.addWidget(window)
    try:
        assert not window.restore() and not window.restart_requested
    finally:
        other.rollback()
        other.close()
    assert backups.at_close() is not None  # still running, and it saw the change


def test_sign_in_at_start_up_runs_in_workers(qtbot, demo, spanish_qapp, monkeypatch):
    """Before the main window exists the reads and writes still run in workers (parent None);
    a busy database is said and nobody is signed in."""
    from sqlalchemy.exc import OperationalError

    from pisac_desktop.core import accounts as core_accounts
    from pisac_desktop.demo import DEMO_PASSWORD
    from pisac_desktop.gui import operations
    from pisac_desktop.gui.admin.accounts import SignInDialog

    def fake_exec(dialog):
        dialog.ui.usernameEdit.setText("consulta")
        dialog.ui.passwordEdit.setText(DEMO_PASSWORD)
        return dialog.try_sign_in()

    monkeypatch.setattr(SignInDialog, "exec", fake_exec)
    signed = app_module.authenticate(demo, demo.paths)
    assert signed is not None and signed.actor.username == "consulta"
    assert signed.unrecorded_at is None  # no check running: the entry was written at once

    def locked(*_args, **_kwargs):
        raise OperationalError("SELECT", {}, Exception("database is locked"))

    shown = []
    monkeypatch.setattr(operations, "show_failure", lambda _p, title, said: shown.append(said))
    monkeypatch.setattr(core_accounts, "has_users", locked)
    monkeypatch.setattr(SignInDialog, "exec", lambda _d: pytest.fail("no sign-in dialog"))
    assert app_module.authenticate(demo, demo.paths) is None
    assert shown == [operations.BUSY_TEXT]
