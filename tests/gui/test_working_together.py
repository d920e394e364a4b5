"""Working together (issue 14): two workstations on one database, each with its own
application context, Database (pool) and main window. What one does shows on the other's
screen within 2 seconds without anybody touching it; when both edit the same settings, the
second save is refused naming who saved first, and keeps the typing.

Unlike the other screens' tests these run on both engines (the engine is asked for here;
tests/engines.py keeps the rest of tests/gui on SQLite)."""

import time
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QDialog

from pisac_desktop.core.accounts import UserForm, actor_for, create_user
from pisac_desktop.core.permissions import Role
from pisac_desktop.demo import DEMO_PASSWORD, demo_actor
from pisac_desktop.gui.admin.institution_dialog import InstitutionDialog
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.main_window import MainWindow
from pisac_desktop.gui.operations import wait_idle
from pisac_desktop.startup import open_database
from tests.conftest import frozen_clock
from tests.gui.test_instruments_section import _issued

BOTH_ENGINES = pytest.mark.parametrize("db_engine", ["sqlite", "postgresql"], indirect=True)
SECOND_ADMIN = ("jmamani", "Julia Mamani Quispe")


@pytest.fixture
def desks(demo, spanish_qapp):
    """Two workstations on the demo database: the first signed in as Rubén Ttito Huamán
    (administrator) at PC-MESA, the second as Julia Mamani Quispe (administrator too) at
    PC-SECRETARIA, through a Database of its own."""
    with demo.db.session() as s:
        admin = replace(demo_actor(s, "soporte"), workstation="PC-MESA")
        user = create_user(s, admin, UserForm(*SECOND_ADMIN, DEMO_PASSWORD, DEMO_PASSWORD,
                                              frozenset({Role.ADMIN})))
        second_actor = actor_for(user, "PC-SECRETARIA")
    second = open_database(demo.paths)
    yield (AppContext(demo.db, demo.paths, admin, clock=frozen_clock()),
           AppContext(second.db, second.paths, second_actor, clock=frozen_clock()))
    second.db.dispose()


def _issue_at(ctx, **kwargs) -> int:
    """The Secretaría General issues a document at this workstation (through its Database)."""
    with ctx.db.session() as s:
        secretary = demo_actor(s, "mhuillca")
    return _issued(AppContext(ctx.db, ctx.paths, secretary, clock=frozen_clock()), **kwargs)


@pytest.fixture
def windows(desks):
    """A main window per workstation, watching the database; closed (and their watchers
    stopped) before the databases are disposed."""
    made = []

    def open_window(ctx) -> MainWindow:
        window = MainWindow(ctx)
        made.append(window)
        window.show()
        return window

    yield open_window
    for window in made:
        live = window.live
        window.close()
        assert live is None or not live.running, "the change watcher is still running"
    assert wait_idle()


def _watching(qtbot, window: MainWindow):
    live = window.watch_changes()
    qtbot.waitUntil(lambda: live.ready, timeout=5000)  # changes from now on are heard
    return live


def _documents(window: MainWindow):
    """Secretaría General › Normas y resoluciones, on screen, its list read."""
    page = window.pages["secretaria"]
    window.ui.moduleTabs.setCurrentWidget(page)
    section = page.select("instruments")
    assert wait_idle()
    return section


@BOTH_ENGINES
def test_a_document_issued_at_one_desk_shows_at_the_other_within_two_seconds(
        qtbot, desks, windows):
    first_ctx, second_ctx = desks
    first, second = windows(first_ctx), windows(second_ctx)
    shown, own = _documents(second), _documents(first)
    before = shown.total
    shown.ui.instrumentsView.selectRow(2)
    selected = shown.selected_id()
    second_live, first_live = _watching(qtbot, second), _watching(qtbot, first)

    issued_id = _issue_at(first_ctx, summary="Aprobar el plan de trabajo de la mesa de partes")

    # Nobody touches the second screen: its list shows the new document by itself.
    qtbot.waitUntil(lambda: shown.total == before + 1, timeout=2000)
    assert shown.model.position_of(issued_id) >= 0
    assert shown.selected_id() == selected  # the selection is kept
    assert second_live.refreshes == 1
    # The first desk refreshes after its own writes itself (the screens do): the feed does not
    # refresh it a second time.
    time.sleep(1.0)
    qtbot.wait(300)
    assert first_live.refreshes == 0
    assert own.total == before  # not refreshed behind the clerk's back (no change elsewhere)


@BOTH_ENGINES
def test_an_open_dialog_holds_the_refresh_until_it_closes(qtbot, desks, windows):
    first_ctx, second_ctx = desks
    second = windows(second_ctx)
    shown = _documents(second)
    before = shown.total
    live = _watching(qtbot, second)
    dialog = QDialog(second)
    dialog.setModal(True)
    dialog.show()  # the clerk is typing in a dialog over the list
    qtbot.waitUntil(lambda: dialog.isVisible(), timeout=1000)

    _issue_at(first_ctx)
    qtbot.waitUntil(lambda: live.heard > 0, timeout=2000)
    qtbot.wait(500)
    assert shown.total == before and live.refreshes == 0
    dialog.close()
    qtbot.waitUntil(lambda: shown.total == before + 1, timeout=2000)


@BOTH_ENGINES
def test_a_conflict_names_who_saved_first_and_keeps_the_typing(qtbot, desks):
    first_ctx, second_ctx = desks
    mine, theirs = InstitutionDialog(first_ctx), InstitutionDialog(second_ctx)
    for dialog in (mine, theirs):
        qtbot.addWidget(dialog)
        assert dialog.load()
    theirs.edits["phone"].setText("084 203099")
    assert theirs.save(), theirs.ui.errorSummaryLabel.text()

    mine.edits["address"].setText("Calle Bolognesi 120, Pisac")
    assert not mine.save()
    said = mine.ui.errorSummaryLabel.text()
    assert said.startswith(
        "No se guardó:\n• Mientras usted editaba, Julia Mamani Quispe guardó cambios en los "
        "datos de la institución (el 21/11/2026 a las 10:00, en PC-SECRETARIA). Para no "
        "borrar sus cambios no se guardó nada."), said
    assert mine.edits["address"].text() == "Calle Bolognesi 120, Pisac"  # the typing stays
    assert mine.has_changes()


def test_a_workstation_starting_while_another_upgrades_says_so_and_waits(
        qtbot, spanish_qapp, pg_cluster, server_databases, tmp_path):
    """Another workstation holds the migration lock (it is upgrading the server database):
    this one shows «Otra PC está actualizando la base de datos; espere…» and keeps painting,
    then opens the database once the lock is released."""
    from pisac_desktop.db.engine import Database
    from pisac_desktop.db.schema import MIGRATION_LOCK_KEY
    from pisac_desktop.gui.app import open_telling_waits
    from pisac_desktop.paths import DataPaths
    from tests.engines import point_at

    name = pg_cluster.new_database()
    server_databases.names.append(name)
    paths = point_at(DataPaths(tmp_path / "pc2"), pg_cluster.url(name))
    other = Database.from_url(pg_cluster.url(name))
    upgrading = other.engine.connect()
    upgrading.exec_driver_sql(f"SELECT pg_advisory_xact_lock({MIGRATION_LOCK_KEY})")
    shown = []

    def opening(paths, waiting):
        def told(text: str) -> None:
            waiting(text)  # the notice on screen
            dialog = spanish_qapp.activeModalWidget()
            shown.append((text, dialog.isVisible() if dialog else False))
            if len(shown) == 3:
                upgrading.commit()  # the other workstation finished
        return open_database(paths, waiting=told)

    try:
        opened = open_telling_waits(paths, opening)
    finally:
        upgrading.close()
        other.dispose()
    opened.db.dispose()
    assert opened.schema.action == "creada"
    assert len(shown) >= 3 and all(visible for _text, visible in shown)
    assert shown[0][0].startswith("Otra PC está actualizando la base de datos; espere…")
    assert spanish_qapp.activeModalWidget() is None  # the notice closed
