"""The window first (issue 15): the daily copy and the integrity check's verdict come after the
main window is shown, in workers, told in the status bar; a damage found then stops writing."""

import threading

from PySide6.QtWidgets import QApplication

from pisac_desktop.core.backup_schedule import AutomaticBackups
from pisac_desktop.db.health import DamagedDatabaseError
from pisac_desktop.db.health_gate import HealthGate
from pisac_desktop.db.models import Institution
from pisac_desktop.demo import DEMO_PASSWORD
from pisac_desktop.gui import app as app_module
from pisac_desktop.gui import background_start as background_module
from pisac_desktop.gui import operations
from pisac_desktop.gui.background_start import BackgroundStart
from pisac_desktop.gui.main_window import MainWindow
from pisac_desktop.startup import OpenedDatabase
from tests.conftest import make_ctx


def _shown_main_windows() -> list[MainWindow]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible()]


def test_the_daily_copy_runs_in_a_worker_after_the_main_window_is_shown(
        qtbot, demo, spanish_qapp, monkeypatch):
    demo.db.dispose()
    seen = []
    original = AutomaticBackups.daily

    def daily(self):
        seen.append((threading.current_thread() is threading.main_thread(),
                     bool(_shown_main_windows())))
        return original(self)

    monkeypatch.setattr(AutomaticBackups, "daily", daily)
    monkeypatch.setenv(app_module.ENV_EXIT_WHEN_IDLE, "1")  # signs in without the dialog
    monkeypatch.setenv(app_module.ENV_BENCH_SIGN_IN, f"soporte:{DEMO_PASSWORD}")

    class Application:
        """The event loop of the session, until the daily copy ended (a real app.exec() and
        quit() here would leave the test process's application quitting)."""

        def exec(self):
            qtbot.waitUntil(lambda: seen and not operations.running(), timeout=60000)
            return 0

        def quit(self):
            pass

    assert app_module._session(Application(), demo.paths, None) == 0
    assert seen == [(False, True)], "the daily copy: once, in a worker, with the window shown"
    assert [p for p in demo.paths.backups.iterdir() if p.name.endswith(".sqlite3.gz")]


def test_the_window_does_not_wait_for_the_check_to_record_the_sign_in(
        qtbot, demo, spanish_qapp, monkeypatch, unsettled_operations):
    """A write waits for the background check's verdict (seconds on a large file): the
    sign-in's audit entry, dated when the password was checked, is written after it."""
    from sqlalchemy import select

    from pisac_desktop.db import health_gate
    from pisac_desktop.db.models import AuditEntry

    before = None
    release = threading.Event()
    real_check = health_gate.file_problem

    def slow_check(path, quick=False):
        assert release.wait(60)
        return real_check(path, quick=quick)

    def sign_ins():
        with demo.db.session() as s:
            return s.scalars(select(AuditEntry.at).where(
                AuditEntry.action == "sign_in", AuditEntry.username == "soporte")).all()

    before = sign_ins()
    demo.close()  # a clean close: the next start defers its full check (db/health_stamp.py)
    monkeypatch.setattr(health_gate, "file_problem", slow_check)
    monkeypatch.setenv(app_module.ENV_EXIT_WHEN_IDLE, "1")
    monkeypatch.setenv(app_module.ENV_BENCH_SIGN_IN, f"soporte:{DEMO_PASSWORD}")
    seen = {}

    class Application:
        def exec(self):
            seen["window"] = bool(_shown_main_windows())
            seen["entries while checking"] = sign_ins()
            release.set()
            qtbot.waitUntil(lambda: len(sign_ins()) > len(before) and not operations.running(),
                            timeout=60000)
            return 0

        def quit(self):
            pass

    closed = []
    monkeypatch.setattr(AutomaticBackups, "daily_due", lambda self: False)  # made today
    monkeypatch.setattr(AutomaticBackups, "at_close",
                        lambda self: closed.append(self.monitor.changed()))
    assert app_module._session(Application(), demo.paths, None) == 0
    assert seen == {"window": True, "entries while checking": before}
    assert len(sign_ins()) == len(before) + 1
    # The entry went in before the change monitor started: signing in is no change of the
    # session's that needs a copy on close.
    assert closed == [False]


def test_a_damage_found_after_the_window_is_told_and_nothing_is_saved(
        qtbot, demo, spanish_qapp, monkeypatch, unsettled_operations):
    told = []
    monkeypatch.setattr(background_module, "show_failure",
                        lambda parent, title, text: told.append((title, text)))
    monkeypatch.setattr(operations, "show_failure",
                        lambda parent, title, text: told.append((title, text)))
    release = threading.Event()

    def damaged(_path):
        release.wait(30)
        return "la verificación de integridad encontró daños (prueba)"

    gate = HealthGate(demo.db.engine, demo.paths.database, check=damaged).start()
    opened = OpenedDatabase(demo.db, demo.paths, None, health=gate)
    backups = AutomaticBackups(demo.db, demo.paths)
    ctx = make_ctx(demo)
    ctx.backups = backups
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    background = BackgroundStart(window, opened, backups).run()
    assert not told and not background.damaged  # the window is up before the verdict
    release.set()
    qtbot.waitUntil(lambda: background.damaged, timeout=60000)
    assert told and told[0][0] == "Base de datos dañada"
    assert "no se guardará ningún cambio" in told[0][1]
    assert "dañada" in window.statusBar().currentMessage()
    assert backups.at_close() is None  # no copy of a damaged file
    assert not list(demo.paths.backups.glob("*.sqlite3"))

    def write(s):
        s.get(Institution, 1).address = "No debe guardarse"

    op = operations.CollectionOp(window, demo.db, write).run().wait()
    assert isinstance(op.error, DamagedDatabaseError)
    assert "no se guardará ningún cambio" in told[-1][1]  # the refusal, in Spanish
    background.finish()


def test_a_verdict_before_the_window_still_records_the_sign_in_before_watching(
        qtbot, demo, spanish_qapp, monkeypatch, unsettled_operations):
    """The check may end before the window is up: the entry is then written at once (input
    held), and only then the change monitor starts: no copy on close for signing in."""
    import datetime as dt

    from sqlalchemy import select

    from pisac_desktop.db.models import AuditEntry
    from pisac_desktop.demo import demo_actor

    with demo.db.session() as s:
        actor = demo_actor(s, "soporte")
    gate = HealthGate(demo.db.engine, demo.paths.database, check=lambda _p: None).start()
    assert gate.wait(30) is None
    opened = OpenedDatabase(demo.db, demo.paths, None, health=gate)
    backups = AutomaticBackups(demo.db, demo.paths)
    monkeypatch.setattr(AutomaticBackups, "daily_due", lambda self: False)
    ctx = make_ctx(demo)
    ctx.backups = backups
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    at = dt.datetime(2026, 11, 21, 8, 0, tzinfo=dt.UTC)
    background = BackgroundStart(window, opened, backups,
                                 app_module.SignedIn(actor, at)).run()
    with demo.db.session() as s:
        last = s.execute(select(AuditEntry.action, AuditEntry.at)
                         .order_by(AuditEntry.id.desc())).first()
    assert last.action == "sign_in" and last.at.startswith("2026-11-21T08:00")
    assert not backups.monitor.changed()
    background.finish()
    backups.stop()


def test_closing_before_a_damage_is_shown_copies_nothing(
        qtbot, demo, spanish_qapp, monkeypatch, unsettled_operations):
    """The window closed while the check still ran, and the check then found a damage: the
    session's end waits for it, and no copy of the damaged file is made on close."""
    import datetime as dt

    from pisac_desktop.demo import demo_actor

    with demo.db.session() as s:
        actor = demo_actor(s, "soporte")
    release = threading.Event()

    def damaged(_path):
        release.wait(30)
        return "daños (prueba)"

    gate = HealthGate(demo.db.engine, demo.paths.database, check=damaged).start()
    opened = OpenedDatabase(demo.db, demo.paths, None, health=gate)
    backups = AutomaticBackups(demo.db, demo.paths)
    monkeypatch.setattr(background_module, "show_failure", lambda *_a: None)
    ctx = make_ctx(demo)
    ctx.backups = backups
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    background = BackgroundStart(window, opened, backups, app_module.SignedIn(
        actor, dt.datetime(2026, 11, 21, 8, 0, tzinfo=dt.UTC))).run()
    before = sorted(p.name for p in demo.paths.backups.iterdir())
    release.set()
    assert gate.wait(30) is not None  # the verdict is in, but no event showed it
    background.finish()
    assert backups.at_close() is None
    assert sorted(p.name for p in demo.paths.backups.iterdir()) == before
