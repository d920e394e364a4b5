"""The search box over everything (issue 19) in bench/run.py: what one keystroke asks
(management.global_search.search, as the box asks it after the pause) on the ten-year data —
typed letter by letter, every prefix a sample, and a few whole searches of each kind."""

from __future__ import annotations

import time

GLOBAL_SEARCH_BUDGET_MS = 100  # issue 19: every keystroke
# What a clerk types, letter by letter: a kind and number, words (of documents, of case files'
# filers and subjects, of agenda items), and a filer's DNI (taken from the data).
TYPED = ("resolución de alcaldía 45-2024", "licencia funcionamiento", "quispe",
         "feria agropecuaria", "exp 2026-123")
WHOLE = {"resolucion": "una palabra en casi todo",
         "mercado abastos": "dos palabras",
         "RA 45-2024": "un número con su tipo",
         "zzzz": "nada"}


def measure_global_search(scratch, runs: int) -> list:
    """Rows: every keystroke of TYPED (p95 under the budget: the slowest keys count), and each
    of WHOLE and a DNI searched whole (medians)."""
    from sqlalchemy import select

    from bench.run import Row, _timed
    from pisac_desktop.db.models import CaseFile
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.management.global_search import search

    with scratch() as db:
        with db.session() as s:
            actor = demo_actor(s, "mhuillca")
            dni = s.scalar(select(CaseFile.filer_document).where(
                CaseFile.filer_document_type == "DNI").order_by(CaseFile.id.desc()).limit(1))

        def ask(text: str) -> None:
            with db.session() as s:
                search(s, actor, text)

        ask(TYPED[0])  # warm-up: imports, the database's first pages
        keystrokes: list[float] = []
        for _ in range(max(1, runs // 2)):
            for text in TYPED:
                for end in range(1, len(text) + 1):
                    started = time.perf_counter()
                    ask(text[:end])
                    keystrokes.append((time.perf_counter() - started) * 1000)
        whole = {f"«{text}» ({what})": _timed(lambda t=text: ask(t), runs)
                 for text, what in {**WHOLE, dni: "un DNI"}.items()}
    presses = sum(len(t) for t in TYPED)
    return [
        Row(f"búsqueda global: cada pulsación ({presses} letras de {len(TYPED)} búsquedas)",
            "ms", keystrokes, presupuesto=GLOBAL_SEARCH_BUDGET_MS, estadistico="p95"),
        *(Row(f"búsqueda global {label}", "ms", samples, presupuesto=GLOBAL_SEARCH_BUDGET_MS)
          for label, samples in whole.items()),
    ]
