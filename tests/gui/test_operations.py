"""gui/operations.py: work in a worker thread, results on the UI thread, one Spanish error path,
the busy state, superseded reads, progress and "Detener"."""

import sys
import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.exc import TimeoutError as PoolTimeout

from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.db.models import Institution
from pisac_desktop.gui import operations
from pisac_desktop.gui.operations import (
    BUSY_TEXT,
    Cancelled,
    CollectionOp,
    Progress,
    QueryOp,
    check_plain,
    error_message,
    wait_idle,
)
from pisac_desktop.reports import council as rc

pytestmark = pytest.mark.usefixtures("unsettled_operations")  # they test the waiting itself


def _waited(event: threading.Event, seconds: float) -> bool:
    """Event.wait(seconds) by polling: a timed wait on a semaphore never returns under faketime
    (scripts/test-far-date.sh), whose clock the kernel's absolute deadlines do not follow."""
    deadline = time.monotonic() + seconds
    while not event.is_set():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.005)
    return True



def _locked():
    return OperationalError("UPDATE app_meta", {}, Exception("database is locked"))


# --- the error path (no thread involved) -----------------------------------------------------
def test_error_messages_are_spanish_and_one_per_kind():
    assert error_message(DomainError("La sesión ya fue convocada.")) == (
        "No se puede continuar", "La sesión ya fue convocada.")
    refused = ValidationFailed([FieldError("place", "Indique el lugar.")])
    assert error_message(refused)[1] == "Indique el lugar."
    # Busy: SQLite's lock past the busy timeout, PostgreSQL's lock timeout, an empty pool.
    assert error_message(_locked()) == ("Base de datos ocupada", BUSY_TEXT)
    assert BUSY_TEXT.startswith("La base de datos está ocupada por otro equipo")
    title, said = error_message(_locked(), writing=True)
    assert said == BUSY_TEXT + " No se guardó nada a medias."
    timeout = OperationalError("SELECT", {}, Exception(
        "canceling statement due to lock timeout"))
    assert error_message(timeout)[1] == BUSY_TEXT
    assert error_message(PoolTimeout("QueuePool limit reached"))[1] == BUSY_TEXT
    # Other database failures: the existing explanation (gui/errors.py), read or write.
    full = OperationalError("INSERT", {}, Exception("database or disk is full"))
    assert error_message(full, writing=True)[1] == (
        "No se pudo guardar: el disco está lleno. Libere espacio y vuelva a intentarlo. "
        "No se guardó nada a medias.")
    clash = IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed"))
    assert error_message(clash)[1].startswith("No se pudieron leer los datos: la base de datos "
                                              "respondió: UNIQUE constraint failed")
    disk = PermissionError(13, "Permiso denegado", "/media/usb/normas")
    assert error_message(disk)[1] == ("No se pudo leer o escribir el archivo /media/usb/normas: "
                                      "Permiso denegado")
    assert error_message(ValueError("un error de programación")) is None  # a bug: the hook


def test_orm_objects_may_not_cross_to_the_ui_thread(session):
    institution = session.scalars(select(Institution)).first()
    for leaked in (institution, [institution], {"x": (1, institution)}):
        with pytest.raises(TypeError, match="datos simples"):
            check_plain(leaked)
    check_plain([(1, "a", b"pdf", None, {"k": [2.5]})])  # plain data passes


def test_progress_says_stop_once_asked():
    reports = []
    progress = Progress(lambda: reports.append(1))
    assert progress(1, 3) and progress.step(2, 3)
    assert progress.reached == (2, 3) and len(reports) == 1  # one report queued until taken
    assert progress.take() == (2, 3)
    progress.check()
    progress.cancel()
    assert progress(3, 3) is False and progress.cancelled
    with pytest.raises(Cancelled):
        progress.check()


def test_a_summons_batch_reports_each_summons_and_stops_when_asked(demo):
    from pisac_desktop.council.printing import summons_pdf
    from pisac_desktop.db.models import Summons

    with demo.db.session() as s:
        session_id = s.scalars(select(Summons.session_id)).first()
        steps = []
        pdf, _name = summons_pdf(s, session_id, None, lambda done, total: steps.append(
            (done, total)))
        total = steps[-1][1]
        assert total >= 2 and steps == [(n, total) for n in range(total + 1)]
        assert pdf.startswith(b"%PDF")

        def stop_at_second(done, total):
            if done == 1:
                raise Cancelled
        with pytest.raises(Cancelled):
            summons_pdf(s, session_id, None, stop_at_second)
    assert rc.render_summonses.__defaults__ == (None,)  # callers without progress unchanged


# --- in a worker -----------------------------------------------------------------------------
def test_the_work_runs_in_a_worker_and_the_result_arrives_on_the_ui_thread(qtbot, ctx):
    parent = QPushButton("Leer")
    qtbot.addWidget(parent)
    seen = {}

    def read(session):
        seen["worker"] = threading.get_ident()
        return session.scalar(select(Institution.name))

    op = QueryOp(parent, ctx.db, read, lambda name: seen.update(
        ui=threading.get_ident(), name=name)).run()
    assert wait_idle() and op.done
    assert seen["worker"] != threading.get_ident() == seen["ui"]
    assert seen["name"] == "Municipalidad Distrital de Pisac" == op.result


def test_busy_state_after_a_delay_and_the_button_disabled_meanwhile(qtbot, ctx):
    from PySide6.QtWidgets import QMainWindow

    window = QMainWindow()
    button = QPushButton("Guardar")
    window.setCentralWidget(button)
    qtbot.addWidget(window)
    window.show()
    go = threading.Event()
    done = []
    op = CollectionOp(button, ctx.db, lambda s: _waited(go, 30) and 7, done.append) \
        .disabling(button).busy("Guardando la sesión…").run()
    assert not button.isEnabled()  # at once: a second click cannot start it again
    assert op not in operations.busy()  # the busy state waits BUSY_DELAY_MS
    qtbot.waitUntil(lambda: op in operations.busy(), timeout=10000)
    assert QApplication.overrideCursor().shape() == Qt.BusyCursor
    assert window.statusBar().currentMessage() == "Guardando la sesión…"
    go.set()
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert done == [7] and button.isEnabled()
    assert QApplication.overrideCursor() is None and window.statusBar().currentMessage() == ""


def test_a_failed_write_is_rolled_back_and_said_once(qtbot, ctx, monkeypatch):
    shown = []
    monkeypatch.setattr(operations, "show_failure", lambda parent, title, said: shown.append(
        (title, said)))
    parent = QPushButton()
    qtbot.addWidget(parent)

    def write_then_refuse(session):
        session.scalars(select(Institution)).first().name = "Cambiado a medias"
        session.flush()
        raise DomainError("La sesión ya fue convocada.")

    refreshed = []
    op = CollectionOp(parent, ctx.db, write_then_refuse, lambda _r: pytest.fail("no success")) \
        .refreshing(lambda: refreshed.append(1)).run()
    assert wait_idle() and op.done
    assert shown == [("No se puede continuar", "La sesión ya fue convocada.")]
    assert op.message == "La sesión ya fue convocada." and not refreshed
    with ctx.db.session() as s:
        assert s.scalar(select(Institution.name)) == "Municipalidad Distrital de Pisac"


def test_a_bug_in_the_work_goes_to_the_unexpected_error_hook(qtbot, ctx, monkeypatch):
    caught = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: caught.append(info[1]))
    parent = QPushButton()
    qtbot.addWidget(parent)
    QueryOp(parent, ctx.db, lambda s: s.scalars(select(Institution)).first(), print).run()
    assert wait_idle()
    assert len(caught) == 1 and isinstance(caught[0], TypeError)  # an ORM object leaked


def test_a_later_read_supersedes_one_still_running(qtbot, ctx):
    parent = QPushButton()
    qtbot.addWidget(parent)
    go = threading.Event()
    shown = []
    QueryOp(parent, ctx.db, lambda s: _waited(go, 30) and "vieja", shown.append) \
        .superseding("list").run()
    QueryOp(parent, ctx.db, lambda s: "nueva", shown.append).superseding("list").run()
    qtbot.waitUntil(lambda: shown == ["nueva"], timeout=10000)
    go.set()
    assert wait_idle() and shown == ["nueva"]  # the older answer arrived late: dropped


def test_detener_stops_a_long_operation_between_items(qtbot, ctx):
    parent = QPushButton()
    qtbot.addWidget(parent)
    parent.show()
    items = []

    def work(session, progress):
        for n in range(10_000):
            progress.step(n, 10_000)
            progress.check()
            items.append(n)
            time.sleep(0.01)
        return len(items)

    stopped = []
    op = QueryOp(parent, ctx.db, work, lambda _n: pytest.fail("not stopped")) \
        .with_progress("Exportar", lambda done, total: f"{done} de {total}") \
        .cancelled(lambda: stopped.append(True)).run()
    qtbot.waitUntil(lambda: op.dialog.isVisible() and op.dialog.value() > 0, timeout=10000)
    assert op.dialog.labelText().splitlines()[0].endswith("de 10000")
    button = op.dialog.findChild(QPushButton)
    assert button.text() == "Detener"
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert stopped == [True] and op.result is None
    assert 0 < len(items) < 10_000


def test_closing_the_window_stops_long_work_and_waits_for_it(qtbot, ctx):
    from pisac_desktop.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    started = threading.Event()

    def work(session, progress):
        started.set()
        while True:
            progress.check()
            time.sleep(0.01)

    stopped = []
    op = QueryOp(window, ctx.db, work).with_progress("Exportar", "Exportando…") \
        .cancelled(lambda: stopped.append(True)).run()
    assert _waited(started, 30)
    assert window.close()
    assert op.done and stopped == [True] and not operations.running()
