"""Python's garbage collector, run on the UI thread only.

CPython collects reference cycles in whichever thread happens to allocate when a generation's
threshold is crossed. The app's database work runs in worker threads (gui/operations.py), so a
cycle holding a widget or a model (a dialog and the lambda connected to it, say) could be freed
there, and Qt crashes when a widget is destroyed outside the UI thread (seen once in the test
suite: a segmentation fault "Garbage-collecting" inside a worker's session). Automatic
collection is therefore off while the application runs, and a timer on the UI thread collects,
generation by generation, when Python would have (the same thresholds). Widely used by Qt
applications written in Python for this reason.

"When Python would have" includes CPython's rule for the oldest generation: a full collection
walks every object alive (up to 1.5 s in a test worker holding two million), so CPython runs
one only once the objects that reached the oldest generation since the last full collection
are a quarter of those it kept then (gcmodule.c: long_lived_pending, long_lived_total). Without
that rule the window paused for a full collection every ~10 younger ones, however large the
heap of a long session had grown.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 500  # the counts are checked twice a second: a few microseconds each time


class UiThreadCollector(QObject):
    """Automatic collection off; collect_due() on the UI thread, twice a second."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        gc.disable()
        self.timer = QTimer(self)
        self.timer.timeout.connect(collect_due)
        self.timer.start(INTERVAL_MS)


@dataclass
class _LongLived:
    """CPython's bookkeeping of the oldest generation, which the gc module does not expose."""

    total: int = 0  # objects kept by the last full collection
    pending: int = 0  # objects moved to the oldest generation since then


_long_lived = _LongLived()


def collect_due() -> int:
    """What automatic collection would do now (CPython 3.11's collect_generations): the oldest
    generation whose count passed its threshold, with the younger ones; the oldest one only
    when its newcomers are a quarter of what it held. Returns the objects freed."""
    counts, thresholds = gc.get_count(), gc.get_threshold()
    oldest = len(counts) - 1
    for generation in range(oldest, -1, -1):
        if counts[generation] <= thresholds[generation]:
            continue
        if generation == oldest and _long_lived.pending < _long_lived.total // 4:
            continue  # not worth a walk over the whole heap yet: the younger ones instead
        if generation == oldest:
            freed = gc.collect(generation)
            _long_lived.total, _long_lived.pending = len(gc.get_objects(oldest)), 0
            return freed
        if generation == oldest - 1:  # its survivors move to the oldest generation
            young = sum(len(gc.get_objects(g)) for g in range(generation + 1))
            freed = gc.collect(generation)
            _long_lived.pending += max(young - freed, 0)
            return freed
        return gc.collect(generation)
    return 0


def install(app: QCoreApplication) -> UiThreadCollector:
    """Once per application (the same collector when asked again)."""
    collector = getattr(app, "_pisac_collector", None)
    if collector is None:
        collector = app._pisac_collector = UiThreadCollector(app)
    return collector
