"""Long work says how long is left («quedan unos 40 s», from the rate so far) and, while a part
cannot be stopped safely, says so with «Detener» disabled (issue 19)."""

import threading
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from pisac_desktop.gui import progress as progress_module
from pisac_desktop.gui.operations import QueryOp, wait_idle
from pisac_desktop.gui.progress import TimeLeft, time_left_text

pytestmark = pytest.mark.usefixtures("unsettled_operations")


@pytest.mark.parametrize(("seconds", "said"), [
    (3, "falta muy poco"), (12, "quedan unos 10 s"), (41, "quedan unos 40 s"),
    (58, "queda alrededor de 1 min"), (170, "quedan unos 3 min"),
    (5000, "quedan unos 83 min"), (6000, "quedan unas 2 h"), (4 * 3600, "quedan unas 4 h"),
])
def test_the_time_left_is_said_as_a_person_would(seconds, said):
    assert time_left_text(seconds) == said


def test_the_estimate_comes_from_the_rate_so_far_and_restarts_with_a_new_phase():
    now = [100.0]
    left = TimeLeft(lambda: now[0])
    assert left.text(0, 100) == "Calculando el tiempo que falta…"
    now[0] += 0.5
    assert left.text(5, 100) == "Calculando el tiempo que falta…"  # too early to say
    now[0] += 9.5
    assert left.text(20, 100) == "Quedan unos 40 s."  # 20 items in 10 s: 80 more in 40 s
    now[0] += 30
    assert left.text(80, 100) == "Quedan unos 10 s."
    # the next phase (verifying the copy): counted anew; an unknown total says nothing
    assert left.text(0, 0) == ""
    assert left.text(0, 500) == "Calculando el tiempo que falta…"
    now[0] += 2.5
    assert left.text(100, 500) == "Quedan unos 10 s."  # 100 in 2.5 s: 400 more in 10 s


def _shown(qtbot) -> QPushButton:
    parent = QPushButton()
    qtbot.addWidget(parent)
    parent.show()
    return parent


def test_a_long_operation_shows_its_estimate(qtbot, ctx, monkeypatch):
    monkeypatch.setattr(progress_module, "ESTIMATE_AFTER", 0.2)

    def work(session, progress):
        for n in range(3000):
            progress.step(n, 3000)
            progress.check()
            time.sleep(0.01)
        return n

    op = QueryOp(_shown(qtbot), ctx.db, work) \
        .with_progress("Exportar el año", lambda done, total: f"Exportando: {done} de {total}…") \
        .run()
    qtbot.waitUntil(lambda: op.dialog is not None and op.dialog.isVisible()
                    and "Quedan unos" in op.dialog.labelText(), timeout=10000)
    first, estimate = op.dialog.labelText().splitlines()
    assert first.startswith("Exportando: ") and estimate.endswith(" s.")
    seconds = int(estimate.split()[2])
    assert 10 <= seconds <= 60  # 3000 items of 10 ms (and some)
    op.cancel()
    assert wait_idle()


def test_a_part_that_cannot_be_stopped_says_so_and_disables_detener(qtbot, ctx):
    holding, go = threading.Event(), threading.Event()
    items = []

    def work(progress):  # no database: work on files
        progress.hold("se está reemplazando la base de datos.")
        progress.step(1, 3)
        holding.set()
        while not go.is_set():
            time.sleep(0.01)
        progress.check()  # the request to stop made while held was not taken
        items.append("reemplazada")
        progress.hold(None)
        for n in range(2, 1000):
            progress.step(n, 1000)
            progress.check()
            time.sleep(0.01)
        return "terminada"

    stopped = []
    op = QueryOp(_shown(qtbot), None, work) \
        .with_progress("Restaurar copia de seguridad", "Restaurando…") \
        .cancelled(lambda: stopped.append(True)).run()
    qtbot.waitUntil(lambda: holding.is_set() and op.dialog is not None
                    and op.dialog.isVisible() and not op.dialog.button.isEnabled(),
                    timeout=10000)
    assert "Esta parte no se puede detener: se está reemplazando" in op.dialog.labelText()
    qtbot.keyClick(op.dialog, Qt.Key_Escape)
    op.dialog.close()
    op.cancel()  # as closing the window asks
    assert op.dialog.isVisible() and not op.progress.cancelled
    go.set()
    qtbot.waitUntil(lambda: op.dialog.button.isEnabled(), timeout=10000)
    assert "no se puede detener" not in op.dialog.labelText()
    qtbot.mouseClick(op.dialog.button, Qt.LeftButton)
    qtbot.waitUntil(lambda: op.done, timeout=10000)
    assert items == ["reemplazada"] and stopped == [True]
