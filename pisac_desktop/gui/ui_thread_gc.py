"""Python's garbage collector, run on the UI thread only.

CPython collects reference cycles in whichever thread happens to allocate when a generation's
threshold is crossed. The app's database work runs in worker threads (gui/operations.py), so a
cycle holding a widget or a model (a dialog and the lambda connected to it, say) could be freed
there, and Qt crashes when a widget is destroyed outside the UI thread (seen once in the test
suite: a segmentation fault "Garbage-collecting" inside a worker's session). Automatic
collection is therefore off while the application runs, and a timer on the UI thread collects,
generation by generation, when Python would have (the same thresholds). Widely used by Qt
applications written in Python for this reason.
"""

from __future__ import annotations

import gc

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


def collect_due() -> int:
    """The oldest generation whose count passed its threshold, with the younger ones (what
    automatic collection does); returns the objects freed."""
    generation = -1
    for n, (count, threshold) in enumerate(zip(gc.get_count(), gc.get_threshold(),
                                               strict=True)):
        if count > threshold:
            generation = n
    return gc.collect(generation) if generation >= 0 else 0


def install(app: QCoreApplication) -> UiThreadCollector:
    """Once per application (the same collector when asked again)."""
    collector = getattr(app, "_pisac_collector", None)
    if collector is None:
        collector = app._pisac_collector = UiThreadCollector(app)
    return collector
