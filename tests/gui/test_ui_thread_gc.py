"""Cycles are collected on the UI thread only: a widget freed in a database worker's thread
crashes Qt (a segmentation fault "Garbage-collecting" in a worker, seen once in the suite)."""

import gc
import threading

from pisac_desktop.gui import ui_thread_gc


class _Cycle:
    """Garbage only the cycle collector frees; says in which thread it was freed."""

    freed_in: list[str] = []

    def __init__(self) -> None:
        self.me = self

    def __del__(self) -> None:
        _Cycle.freed_in.append(threading.current_thread().name)


def test_a_worker_thread_never_collects_and_the_ui_thread_does(spanish_qapp):
    from pisac_desktop.gui.app import create_application

    assert create_application() is spanish_qapp  # the app's own start-up installs it too
    assert not gc.isenabled()
    _Cycle.freed_in.clear()
    _Cycle()  # unreachable at once: only a collection frees it

    def allocate() -> None:  # what a worker's query does: many objects, past every threshold
        for _ in range(20):
            [[object()] for _ in range(gc.get_threshold()[0] * 10)]

    worker = threading.Thread(target=allocate, name="trabajador")
    worker.start()
    worker.join()
    assert "trabajador" not in _Cycle.freed_in  # automatic collection would free it there
    gc.collect()  # as the timer does when it is due (next test)
    assert _Cycle.freed_in == [threading.current_thread().name]


def test_the_timer_collects_what_is_due(spanish_qapp, qtbot):
    _Cycle.freed_in.clear()
    for _ in range(gc.get_threshold()[0] + 1):
        _Cycle()
    qtbot.waitUntil(lambda: len(_Cycle.freed_in) > 0, timeout=3 * ui_thread_gc.INTERVAL_MS)
    assert set(_Cycle.freed_in) == {threading.current_thread().name}
