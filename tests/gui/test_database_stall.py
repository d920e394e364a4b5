"""Issue 12, done when: a 3-second database stall (a write lock held by another PROCESS) leaves
the window responsive, with a busy indicator; the operation completes after the lock is let go,
or, past the busy timeout, says so in Spanish."""

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from pisac_desktop.gui import operations
from pisac_desktop.gui.main_window import MainWindow
from pisac_desktop.gui.operations import wait_idle
from tests.gui.test_council_sessions import _ctx

pytestmark = pytest.mark.usefixtures("unsettled_operations")  # they test the waiting itself

EMPTY_YEAR = 2019  # nothing of it in the demo: the export goes straight to its audit entry
LOCKER = """
import pathlib, sqlite3, sys, time
database, marks, seconds = sys.argv[1], pathlib.Path(sys.argv[2]), float(sys.argv[3])
connection = sqlite3.connect(database, isolation_level=None, timeout=30)
connection.execute("BEGIN EXCLUSIVE")
(marks / "locked").write_text("1")
time.sleep(seconds)
(marks / "released").write_text("1")
connection.execute("ROLLBACK")
connection.close()
"""


@pytest.fixture
def locker(tmp_path):
    """start(database) runs another process that holds the write lock for 3 seconds."""
    marks = tmp_path / "marks"
    marks.mkdir()
    started = []

    def start(qtbot, database) -> None:
        started.append(subprocess.Popen([sys.executable, "-c", LOCKER, str(database),
                                         str(marks), "3"]))
        qtbot.waitUntil(lambda: (marks / "locked").exists(), timeout=30000)

    start.released = lambda: (marks / "released").exists()
    yield start
    for process in started:
        process.wait(timeout=60)


def _window(qtbot, ctx) -> MainWindow:
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    assert wait_idle()
    return window


class Ticker:
    """A 50 ms timer on the UI thread: it ticks only while the event loop turns. Each tick
    also notes what the window shows."""

    def __init__(self, window):
        self.window = window
        self.ticks = 0
        self.busy_ticks = 0
        self.cursor = None
        self.status = ""
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.timer.start(50)

    def tick(self) -> None:
        self.ticks += 1
        if operations.busy():
            self.busy_ticks += 1
            cursor = QApplication.overrideCursor()
            self.cursor = cursor.shape() if cursor is not None else None
            self.status = self.window.statusBar().currentMessage()


def _export(window, monkeypatch, tmp_path, said):
    monkeypatch.setattr("pisac_desktop.gui.file_dialogs.choose_folder",
                        lambda *a, **k: str(tmp_path / "exportado"))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    section = window.pages["secretaria"].select("instruments")
    assert wait_idle()
    return section


def test_a_locked_database_leaves_the_window_responsive(qtbot, demo, spanish_qapp, tmp_path,
                                                        monkeypatch, locker):
    window = _window(qtbot, _ctx(demo))
    said = []
    section = _export(window, monkeypatch, tmp_path, said)
    finished = {}

    locker(qtbot, demo.paths.database)
    ticker = Ticker(window)
    op = section.export_year_to(EMPTY_YEAR, ())
    op._success = lambda result, then=op._success: (  # noqa: SLF001  (observe the end)
        finished.update(released=locker.released(), ticks=ticker.ticks), then(result))
    qtbot.waitUntil(lambda: op.done, timeout=60000)
    ticker.timer.stop()

    # It waited for the other process (its audit entry needs the write lock) ...
    assert finished["released"], "the export finished while another process held the lock"
    # ... while the window kept turning and showed that it was busy.
    assert finished["ticks"] >= 10, finished
    assert ticker.busy_ticks >= 5
    assert ticker.cursor == Qt.BusyCursor
    assert ticker.status == f"Exportando los documentos de {EMPTY_YEAR}…"
    # Then it completed, and the busy state is gone.
    assert said and said[-1].startswith(f"Se exportaron 0 documentos de {EMPTY_YEAR}")
    assert QApplication.overrideCursor() is None
    assert window.statusBar().currentMessage() == ""
    assert not operations.busy() and not operations.running()


def test_a_lock_held_past_the_busy_timeout_is_explained_in_spanish(
        qtbot, demo, spanish_qapp, tmp_path, monkeypatch, locker):
    from pisac_desktop.db import engine
    from pisac_desktop.gui.context import AppContext

    # The same database through an engine whose busy timeout is 0.3 s instead of 30 s.
    monkeypatch.setattr(engine, "SQLITE_BUSY_TIMEOUT_MS", 300)
    db = engine.Database.from_url(demo.db.url)
    db.clock = demo.db.clock
    base = _ctx(demo)
    window = _window(qtbot, AppContext(db, demo.paths, base.actor, clock=base.clock))
    said = []
    section = _export(window, monkeypatch, tmp_path, said)

    locker(qtbot, demo.paths.database)
    op = section.export_year_to(EMPTY_YEAR, ())
    qtbot.waitUntil(lambda: op.done, timeout=60000)
    assert "locked" in str(op.error)  # SQLite gave up waiting for the other process
    assert said[-1].startswith("La base de datos está ocupada por otro equipo")
    assert op.message == said[-1]
    assert window.isVisible() and QApplication.overrideCursor() is None
    window.close()
    db.dispose()


def test_a_dialog_saving_while_another_process_holds_the_lock(qtbot, demo, spanish_qapp,
                                                              locker):
    """Guardar in a dialog waits for the write lock in a worker: the window keeps painting and
    shows it is busy, the OK button cannot be pressed twice, and the dialog closes only once
    the day was saved (after the other process let go)."""
    from sqlalchemy import select

    from pisac_desktop.db.models import NonWorkingDay
    from pisac_desktop.gui.admin.calendar_dialog import NonWorkingDayDialog

    window = _window(qtbot, _ctx(demo))
    dialog = NonWorkingDayDialog(window.ctx, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.kindCombo.setCurrentIndex(dialog.ui.kindCombo.findData("local"))
    dialog.ui.nameEdit.setText("Aniversario del distrito")

    locker(qtbot, demo.paths.database)
    ticker = Ticker(window)
    seen = {}

    def watch() -> None:  # while the save waits: what the person sees
        if operations.busy() and "ok" not in seen:
            seen.update(ok=dialog.ui.buttonBox.isEnabled(),
                        status=window.statusBar().currentMessage(),
                        visible=dialog.isVisible())
    watcher = QTimer()
    watcher.timeout.connect(watch)
    watcher.start(100)
    dialog.accept()  # returns when the save ended
    watcher.stop()
    ticker.timer.stop()

    assert locker.released(), "the save finished while another process held the lock"
    assert ticker.ticks >= 10 and ticker.busy_ticks >= 5
    assert seen == {"ok": False, "status": "Guardando…", "visible": True}
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted
    with demo.db.session() as s:
        assert s.scalar(select(NonWorkingDay.name).where(NonWorkingDay.id == dialog.day_id)) \
            == "Aniversario del distrito"
