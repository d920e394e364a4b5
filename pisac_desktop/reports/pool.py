"""Many PDFs on every core: render_in_order(render, items) hands the items (plain, picklable
data) to a pool of worker processes and gives the PDFs back in the items' order, so that a
caller writes them one by one as if it had rendered them itself (same files, same bytes).

The workers never see the database: the caller reads what each document needs (a plain
dataclass) and only the rendering runs in the workers. They are started with the "spawn"
method on every system (no fork of a process that holds Qt, threads or database connections);
a frozen Windows build needs multiprocessing.freeze_support() first thing in its entry point
(pisac_desktop/__main__.py). Few items are rendered here, in this process: starting the
workers (about half a second each, importing ReportLab) would cost more than it saves.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_WORKERS = 4
# Fewer items than this are rendered in this process: the workers' start-up (~0.5 s of CPU
# each) costs more than the ~35 ms per document they take over.
PARALLEL_FROM = 40
AHEAD = 4  # items queued per worker: keeps the workers busy, bounds the memory held
HEAD_START = 2  # items per worker rendered here while the workers start


# The frozen (Windows) build renders in its own process for now: under wine the bundle's
# spawned workers started but never took their work, and the export hung (installer/check,
# step 3). To be enabled once a real Windows run shows the pool working in the bundle.


def worker_count() -> int:
    """min(cores, 4): the office's PCs have 2 to 4; more would only hold memory."""
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def render_in_order(render: Callable[[T], bytes], items: Iterable[T], count: int,
                    workers: int | None = None) -> Iterator[bytes]:
    """render(item) for each item, in order. `render` must be a module-level function (the
    workers import it by name); `count` is how many items there are (the pool is used from
    PARALLEL_FROM on). `workers`: None for worker_count(), 1 to render here. Items are read
    from `items` only as workers become free. Stopping early (closing the generator) cancels
    what is queued and waits for what is running. A pool that cannot start or breaks (a worker
    killed) is logged and the rest is rendered here."""
    workers = worker_count() if workers is None else max(1, workers)
    if workers == 1 or count < PARALLEL_FROM or getattr(sys, "frozen", False):
        for item in items:
            yield render(item)
        return
    source = iter(items)
    pending: deque[tuple[T, Future[bytes] | None]] = deque()
    try:
        pool = ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))
    except (OSError, ValueError) as exc:  # no processes allowed here: one core it is
        log.warning("No se pudieron iniciar procesos para generar los PDF (%s): se generan "
                    "uno tras otro.", exc)
        yield from (render(item) for item in source)
        return
    broken = False
    try:
        # The first items are rendered here while the workers start (~0.5 s each: importing
        # ReportLab, reading the fonts), on the items queued after them.
        head = list(itertools.islice(source, workers * HEAD_START))
        for item in source:
            pending.append((item, _submit(pool, render, item)))
            if len(pending) >= workers * AHEAD:
                break
        for item in head:
            yield render(item)
        while pending:
            item, future = pending.popleft()
            data = None
            if future is not None and not broken:
                try:
                    data = future.result()
                except BrokenProcessPool as exc:
                    log.warning("Se detuvo un proceso que generaba los PDF (%s): el resto se "
                                "genera en este proceso.", exc)
                    broken = True
            if data is None:
                data = render(item)
            following = next(source, _END)
            if following is not _END:
                pending.append((following, None if broken else _submit(pool, render, following)))
            yield data
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


_END = object()


def _submit(pool: ProcessPoolExecutor, render: Callable[[T], bytes], item: T) -> Future | None:
    try:
        return pool.submit(render, item)
    except BrokenProcessPool:
        return None  # rendered in this process when its turn comes
