"""Printing scenarios of bench/run.py: one resolution against plain ReportLab (the ratio), and
the year's export (documents per second, on every core)."""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

EXPORT_YEAR = 2025  # a whole year of the dataset
EXPORT_BUDGET_PER_S = 60  # documents per second (issue 15)
RATIO_BUDGET = 1.3


def _interleaved(first: Callable[[], object], second: Callable[[], object],
                 runs: int, before: Callable[[], object]) -> list[float]:
    """first/second time ratios, measured in turns (the machine's load hits both alike)."""
    first(), second()  # warm-up: fonts, crest, imports
    ratios = []
    for _ in range(runs):
        before()
        started = time.perf_counter()
        first()
        middle = time.perf_counter()
        second()
        ratios.append((middle - started) / (time.perf_counter() - middle))
    return ratios


def measure_ratio(db, runs: int):
    """render_instrument() of one issued resolution over the same page in plain ReportLab
    (bench/bare_reportlab.py), with ReportLab's own QR and without any QR."""
    from sqlalchemy import select

    from bench.bare_reportlab import render_bare
    from bench.run import Row
    from pisac_desktop.db.models import Instrument
    from pisac_desktop.instruments.printing import instrument_doc
    from pisac_desktop.reports import base
    from pisac_desktop.reports.instrument import render_instrument

    with db.session() as s:
        instrument = s.scalars(select(Instrument).where(
            Instrument.kind_code == "MAYOR_RESOLUTION", Instrument.state == "issued")
            .order_by(Instrument.id.desc())).first()
        doc = instrument_doc(s, instrument)
    fresh_qr = base._qr_operators.cache_clear  # each document of an export has its own code
    runs = max(runs, 15)
    without_qr = _interleaved(lambda: render_instrument(doc), lambda: render_bare(doc, qr=False),
                              runs, fresh_qr)
    with_qr = _interleaved(lambda: render_instrument(doc), lambda: render_bare(doc), runs,
                           fresh_qr)
    return [
        Row("PDF de una resolución: razón a ReportLab sin más (mismas fuentes y escudo; "
            "ReportLab sin QR)", "×", without_qr, presupuesto=RATIO_BUDGET),
        Row("PDF de una resolución: razón a ReportLab sin más (con el QR de ReportLab)", "×",
            with_qr),
    ]


def measure_export(db, actor, runs: int):
    """export_year() of EXPORT_YEAR (the documents of every kind, without the council's
    sessions): seconds per document from the start to the last document written."""
    from bench.run import Row
    from pisac_desktop.export import export_year
    from pisac_desktop.instruments.kinds import kinds

    per_document: list[float] = []
    count = 0
    for _ in range(max(1, runs // 3)):
        target = Path(tempfile.mkdtemp(prefix="pisac-bench-export-"))
        try:
            with db.session() as s:
                codes = tuple(k.code for k in kinds(s))
                last = [0.0]

                def progress(_done: int, _total: int, last=last) -> bool:
                    last[0] = time.perf_counter()
                    return True

                started = time.perf_counter()
                result = export_year(s, actor, EXPORT_YEAR, target, codes, progress)
                s.rollback()  # the audit entry of the export: not kept in the dataset
            count = result.documents
            per_document.append((last[0] - started) / max(count, 1) * 1000)
        finally:
            shutil.rmtree(target, ignore_errors=True)
    rate = 1000 / statistics.median(per_document)
    return [
        Row(f"exportar {EXPORT_YEAR} ({count} documentos): tiempo por documento", "ms",
            per_document, presupuesto=1000 / EXPORT_BUDGET_PER_S),
        Row("exportar el año: documentos por segundo", valor=f"{rate:.1f} por segundo"),
    ]


def measure_printing(scratch, runs: int):
    """Both printing scenarios, on a scratch copy of the dataset."""
    from pisac_desktop.demo import demo_actor

    with scratch() as db:
        with db.session() as s:
            actor = demo_actor(s, "mhuillca")
        return [*measure_ratio(db, runs), *measure_export(db, actor, runs)]
