"""The year's export renders its PDFs in worker processes (reports/pool.py): the same files and
the same bytes as one after another, in order, with progress and "Detener" as before."""

from __future__ import annotations

import multiprocessing
import os
import re

import pytest

from pisac_desktop.demo import demo_actor
from pisac_desktop.export import export_year
from pisac_desktop.reports import pool

KIND = ("MAYOR_RESOLUTION",)
# What changes with the moment of writing: the creation date and the identifier made from it.
_TIME_BASED = re.compile(rb"/(CreationDate|ModDate) \(D:[^)]*\)|/ID\s*\[<[0-9a-f]+><[0-9a-f]+>\]")


def _documents(folder) -> dict[str, bytes]:
    return {p.name: _TIME_BASED.sub(b"", p.read_bytes())
            for p in sorted(folder.glob("*.pdf")) if not p.name.startswith("registro-")}


def test_parallel_export_writes_the_same_files_and_bytes_as_sequential(demo, tmp_path,
                                                                        monkeypatch):
    monkeypatch.setattr(pool, "PARALLEL_FROM", 2)  # the demo's year is small: use the pool anyway
    with demo.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        one = export_year(s, actor, 2026, tmp_path / "uno", KIND, workers=1)
        seen: list[tuple[int, int]] = []
        two = export_year(s, actor, 2026, tmp_path / "dos", KIND,
                          lambda done, total: seen.append((done, total)) or True, workers=2)
    assert one.documents == two.documents > 2 * pool.HEAD_START  # some rendered in workers
    sequential, parallel = _documents(tmp_path / "uno"), _documents(tmp_path / "dos")
    assert len(sequential) == one.documents
    assert list(parallel) == list(sequential)  # same names
    for name, data in sequential.items():
        assert parallel[name] == data, name  # same bytes
    assert seen == [(n, two.documents) for n in range(1, two.documents + 1)]  # in order


def test_stopping_a_parallel_export_writes_exactly_the_documents_reported(demo, tmp_path,
                                                                          monkeypatch):
    monkeypatch.setattr(pool, "PARALLEL_FROM", 2)
    with demo.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        result = export_year(s, actor, 2026, tmp_path / "archivo", KIND,
                             lambda done, total: done < 3, workers=2)
    assert result.documents > 3
    assert len(_documents(tmp_path / "archivo")) == 3


def test_results_come_back_in_order_and_few_items_stay_in_process(monkeypatch):
    sizes = list(range(30))
    assert [len(b) for b in pool.render_in_order(bytes, iter(sizes), len(sizes), 2)] == sizes
    monkeypatch.setattr(pool, "ProcessPoolExecutor", None)  # would fail if it were used
    assert list(pool.render_in_order(bytes, [1, 2], 2)) == [b"\0", b"\0\0"]
    assert list(pool.render_in_order(bytes, iter(sizes), 30, workers=1))[-1] == bytes(29)


def _dies_in_a_worker(size: int) -> bytes:
    if multiprocessing.parent_process() is not None:
        os._exit(3)  # a worker killed (out of memory, an antivirus...)
    return bytes(size)


def test_a_broken_pool_renders_the_rest_here():
    sizes = list(range(25))
    rendered = pool.render_in_order(_dies_in_a_worker, sizes, len(sizes), 2)
    assert [len(b) for b in rendered] == sizes


@pytest.mark.parametrize("cores, workers", [(None, 1), (1, 1), (2, 2), (16, 4)])
def test_workers_follow_the_cores_up_to_four(monkeypatch, cores, workers):
    monkeypatch.setattr(os, "cpu_count", lambda: cores)
    assert pool.worker_count() == workers
