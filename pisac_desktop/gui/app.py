"""Qt bootstrap: application object in Spanish, the main window, error handling."""

from __future__ import annotations

import datetime as dt
import logging
import os
import sys
import time
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QLockFile, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from pisac_desktop import APP_NAME, __version__
from pisac_desktop.paths import DataPaths, resource

if TYPE_CHECKING:
    from pisac_desktop.core.permissions import Actor

log = logging.getLogger(__name__)

SPANISH_PERU = QLocale(QLocale.Spanish, QLocale.Peru)
# Benchmark hook: quit once the main window is shown and the event loop is idle, printing timings.
# A number of seconds above 1 ("40") keeps the window that long first (installer/check's
# screenshot of the main window under wine).
ENV_EXIT_WHEN_IDLE = "PISAC_EXIT_WHEN_IDLE"
# Benchmark hook, honoured only together with ENV_EXIT_WHEN_IDLE: "user:password" signs in.
ENV_BENCH_SIGN_IN = "PISAC_BENCH_SIGN_IN"


def install_spanish(app: QApplication) -> bool:
    """Spanish (Peru) locale for widgets, and Qt's own Spanish strings for standard dialogs.
    Once per application: each translator installed again would be asked for every string
    after the others, and its installation re-translates every widget."""
    QLocale.setDefault(SPANISH_PERU)
    if getattr(app, "_pisac_translator", None) is not None:
        return True
    translator = QTranslator(app)
    loaded = translator.load(
        SPANISH_PERU, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)
    )
    if loaded:
        app.installTranslator(translator)
        app._pisac_translator = translator  # keep it alive with the app
    else:
        log.warning("Qt's Spanish translations (qtbase_es) were not found")
    return loaded


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Municipalidad Distrital de Pisac")
    app.setWindowIcon(QIcon(str(resource("icons", "pisac-desktop.png"))))
    install_spanish(app)
    from pisac_desktop.gui import ui_thread_gc

    ui_thread_gc.install(app)  # never in a database worker's thread
    from pisac_desktop.gui.look import apply_look

    apply_look(app)
    from pisac_desktop.gui.help import install_help_key

    install_help_key(app)  # F1 in every window, the sign-in too
    return app


RESTART = -1  # a session ended asking to start again (after a restore)


def run(paths: DataPaths, started: float | None = None) -> int:
    """Start the GUI on a data folder; returns the process exit code."""
    from pisac_desktop.gui.errors import install_excepthook

    app = create_application()
    install_excepthook(paths)
    # One instance per data folder and PC (before any migration could start twice).
    lock = QLockFile(str(paths.root / "pisac-desktop.lock"))
    if not lock.tryLock(200):
        QMessageBox.warning(
            None, "Pisac Desktop ya está abierto",
            "Pisac Desktop ya está abierto en esta computadora con la misma carpeta de datos "
            f"({paths.root}). Use esa ventana; no se abrirá una segunda para no mezclar cambios.",
        )
        return 1
    try:
        while (code := _session(app, paths, started)) == RESTART:
            started = None
        return code
    finally:
        lock.unlock()


def _session(app: QApplication, paths: DataPaths, started: float | None) -> int:
    """Open the database, sign in, show the main window until it closes."""
    opened = open_or_recover(paths)
    if opened is None:
        return 1
    signed = authenticate(opened, paths)
    if signed is None:
        opened.db.dispose()
        return 0
    from pisac_desktop.core.backup_schedule import AutomaticBackups
    from pisac_desktop.gui.background_start import BackgroundStart
    from pisac_desktop.gui.context import AppContext
    from pisac_desktop.gui.main_window import MainWindow
    # After sign-in: a session in which nobody signed in makes no copies.
    backups = AutomaticBackups(opened.db, paths)
    window = MainWindow(AppContext(opened.db, paths, signed.actor, backups=backups))
    window.show_remembered()  # where this person left it; maximized the first time
    window.watch_changes()  # other workstations' changes show within about a second
    if not os.environ.get(ENV_EXIT_WHEN_IDLE):
        QTimer.singleShot(0, window.show_news_if_new)  # after an upgrade, once per user
    # The window first: the integrity check's verdict, then the sign-in's audit entry when it
    # waits for it, and the daily copy come after it.
    background = BackgroundStart(window, opened, backups, signed).run()
    if os.environ.get(ENV_EXIT_WHEN_IDLE):
        QTimer.singleShot(0, lambda: _report_idle_and_quit(app, started, _hold_seconds()))
    code = app.exec()
    if window.live is not None:  # quit without closing the window (benchmark)
        window.live.stop()
    background.finish()  # a daily copy still running ends before the copy on close
    backups.at_close()  # before dispose: the change monitor must close first
    opened.close()
    return RESTART if window.restart_requested else code


def open_or_recover(paths: DataPaths):
    """open_database with the Spanish dialogs: a damaged file offers the newest sound backup."""
    from pisac_desktop.config import SettingsError
    from pisac_desktop.db.schema import SchemaError
    from pisac_desktop.startup import DamagedDatabaseError, open_database

    try:
        # The full integrity check of a cleanly closed file runs after the window is shown.
        return open_telling_waits(paths, partial(open_database, defer_check=True))
    except DamagedDatabaseError as exc:
        from pisac_desktop.gui.admin.backup_dialogs import DamagedDatabaseDialog

        log.error("Damaged database: %s", exc)
        dialog = DamagedDatabaseDialog(paths, exc)
        if not dialog.exec():
            return None  # "Salir": nothing was touched
        QMessageBox.information(None, "Copia restaurada", dialog.done_message())
        return open_or_recover(paths)
    except (SchemaError, SettingsError) as exc:
        log.error("Cannot open the database: %s", exc)
        QMessageBox.critical(None, "No se puede abrir la base de datos", str(exc))
    except Exception as exc:  # no permission, the server does not answer, driver errors...
        from pisac_desktop.gui.server_unreachable import server_failure, try_again

        if (failure := server_failure(paths, exc)) is not None:
            log.error("Cannot connect to the database server: %s", failure.outcome)
            return open_or_recover(paths) if try_again(paths, failure) else None
        log.exception("Cannot open the database")
        QMessageBox.critical(
            None, "No se puede abrir la base de datos",
            f"No se pudo abrir la base de datos de {paths.root}.\n\nDetalle: {exc}\n\n"
            f"Avise al encargado de informática; el registro está en {paths.logs}.",
        )
    return None


def open_telling_waits(paths: DataPaths, open_database):
    """open_database(paths), saying so while another workstation upgrades the database."""
    notice = MigrationNotice()
    try:
        return open_database(paths, waiting=notice.show)
    finally:
        notice.close()


class MigrationNotice:
    """While the database is upgraded (by this program, or by another workstation on the
    server), the person is told so instead of facing no window at all: shown at the first
    notice, its text updated, closed when it is over."""

    def __init__(self):
        self.dialog = None

    def show(self, text: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QLabel, QProgressDialog

        if self.dialog is None:
            dialog = QProgressDialog(text, None, 0, 0)  # no button: it ends by itself
            label = QLabel(text)
            label.setWordWrap(True)  # a few lines, not one as wide as the screen
            dialog.setLabel(label)
            dialog.setFixedWidth(520)
            dialog.setObjectName("migrationWaitDialog")
            dialog.setWindowTitle("Actualización en curso")
            dialog.setCancelButton(None)
            dialog.setMinimumDuration(0)
            dialog.setWindowModality(Qt.ApplicationModal)
            dialog.show()
            self.dialog = dialog
        elif self.dialog.labelText() != text:
            self.dialog.setLabelText(text)
        QApplication.processEvents()

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None


@dataclass(frozen=True)
class SignedIn:
    """Who signed in; unrecorded_at: the sign-in's audit entry is still to be written (it
    waits for the background integrity check's verdict, like every write: gui/background_start)."""

    actor: Actor
    unrecorded_at: dt.datetime | None = None


def authenticate(opened, paths: DataPaths) -> SignedIn | None:
    """First start: create the administrator. Otherwise: sign in (and change a password the
    administrator assigned). Returns who signed in, or None when the person leaves.

    While the integrity check of the file runs in the background, every write waits for its
    verdict (db/health_gate.py): a successful sign-in then leaves its audit entry for later,
    so the window does not wait for a check that reads the whole file."""
    from pisac_desktop.core.accounts import has_users, sign_in
    from pisac_desktop.core.audit import workstation_name
    from pisac_desktop.gui.admin.accounts import (
        ChangePasswordDialog,
        FirstRunDialog,
        SignInDialog,
    )
    from pisac_desktop.gui.operations import CollectionOp, QueryOp

    workstation = workstation_name()
    defer = opened.health is not None and not opened.health.done
    # No window yet: each read or write runs in a worker and is waited for (parent None).
    asked = QueryOp(None, opened.db, has_users).run().wait()
    if not asked.ok:  # the reason was shown; nobody can sign in now
        return None
    first_run = not asked.result
    if first_run:
        dialog = FirstRunDialog(opened.db, paths, workstation)
        return SignedIn(dialog.actor) if dialog.exec() else None
    bench = os.environ.get(ENV_BENCH_SIGN_IN) if os.environ.get(ENV_EXIT_WHEN_IDLE) else None
    if bench:  # benchmark only: a real (audited) sign-in without the dialog
        username, _, password = bench.partition(":")
        op = CollectionOp(None, opened.db, lambda s: sign_in(
            s, username, password, workstation, defer_record=defer)).run()
        preload_main_window()  # while the password's hash runs in the worker
        if not op.wait().ok or not op.result.ok:
            return None
        return SignedIn(op.result.actor, op.result.unrecorded_at)
    dialog = SignInDialog(opened.db, workstation, defer_record=defer)
    QTimer.singleShot(0, preload_main_window)  # once the dialog is up, while the person types
    if not dialog.exec():
        return None
    if dialog.must_change_password and not ChangePasswordDialog(
        opened.db, dialog.actor, forced=True
    ).exec():
        return None
    return SignedIn(dialog.actor, dialog.unrecorded_at)


def preload_main_window() -> None:
    """Import what the main window needs (its screens and the start's background work), at a
    moment the person does not wait for it: while they type their password, or while its hash
    is computed in a worker (hashlib's scrypt releases the GIL). The imports the window would
    pay after the sign-in are then already done."""
    import pisac_desktop.core.backup_schedule  # noqa: F401
    import pisac_desktop.gui.background_start  # noqa: F401
    import pisac_desktop.gui.context  # noqa: F401
    import pisac_desktop.gui.main_window  # noqa: F401


def _hold_seconds() -> float:
    try:
        value = float(os.environ.get(ENV_EXIT_WHEN_IDLE, "1"))
    except ValueError:
        return 0.0
    return value if value > 1 else 0.0


def _report_idle_and_quit(app: QApplication, started: float | None, hold: float = 0.0) -> None:
    elapsed = time.perf_counter() - started if started else -1.0
    rss_kb = 0
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    rss_kb = int(line.split()[1])
    except OSError:
        pass
    # epoch: the wall clock now, so the benchmark can time spawn-to-window without the exit.
    from pisac_desktop.clock import SYSTEM_CLOCK

    epoch = SYSTEM_CLOCK.now().timestamp()
    print(f"IDLE elapsed={elapsed:.4f} rss_kb={rss_kb} epoch={epoch:.4f}", flush=True)
    if hold:
        QTimer.singleShot(int(hold * 1000), app.quit)
    else:
        app.quit()
