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


class _Recorder:
    """The generations collected while it is installed (gc.callbacks)."""

    def __init__(self) -> None:
        self.generations: list[int] = []

    def __call__(self, phase: str, info: dict) -> None:
        if phase == "start":
            self.generations.append(info["generation"])

    def __enter__(self) -> "_Recorder":
        gc.callbacks.append(self)
        return self

    def __exit__(self, *exc: object) -> None:
        gc.callbacks.remove(self)


def _drive(rounds: int, keep: list | None = None) -> None:
    """Allocation past the youngest threshold, then collect_due as the timer runs it, `rounds`
    times. Garbage cycles (what only a collection frees), or objects put in `keep`, which stay
    alive and reach the oldest generation."""
    for _ in range(rounds):
        for _ in range(gc.get_threshold()[0] + 1):
            item: list = []
            if keep is None:
                item.append(item)
            else:
                keep.append(item)
        ui_thread_gc.collect_due()


def test_a_full_collection_waits_for_a_quarter_of_newcomers(monkeypatch, spanish_qapp):
    """CPython's rule against quadratic time on a big heap: the oldest generation is walked
    only once what reached it since the last walk is a quarter of what that walk kept."""
    ui_thread_gc.install(spanish_qapp)
    assert not gc.isenabled()
    monkeypatch.setattr(ui_thread_gc, "_long_lived", ui_thread_gc._LongLived())
    threshold = gc.get_threshold()
    gc.set_threshold(100, 2, 2)
    try:
        gc.collect()
        # A big heap kept by the last full collection, and short-lived objects since: the
        # younger generations are collected, the whole heap is not.
        ui_thread_gc._long_lived.total = 10**9
        with _Recorder() as seen:
            _drive(60)
        assert 1 in seen.generations and 2 not in seen.generations, seen.generations
        # Objects that stay alive reach the oldest generation and are counted as they do.
        ui_thread_gc._long_lived.total = 4_000
        kept: list = []
        with _Recorder() as seen:
            _drive(30, kept)
        assert 2 in seen.generations, seen.generations
        # The walk counted what it kept, and the count of newcomers starts again.
        assert ui_thread_gc._long_lived.total >= len(kept)
        assert ui_thread_gc._long_lived.pending < len(kept)
    finally:
        gc.set_threshold(*threshold)


def test_a_cycle_is_still_freed_when_the_full_collection_waits(monkeypatch, spanish_qapp):
    ui_thread_gc.install(spanish_qapp)
    monkeypatch.setattr(ui_thread_gc, "_long_lived", ui_thread_gc._LongLived(total=10**9))
    gc.collect()
    _Cycle.freed_in.clear()
    _Cycle()
    _drive(30)
    assert _Cycle.freed_in == [threading.current_thread().name]
