"""DESIGN.md 'must': two workstations issuing at the same instant get two different consecutive
numbers. Eight separate processes (eight connections to one database file) issue 50 documents
each at the same time: exactly the numbers 1..400, no duplicate, no gap."""

import multiprocessing as mp

from sqlalchemy import select

from pisac_desktop.db.models import Instrument
from pisac_desktop.paths import DataPaths

PROCESSES, EACH = 8, 50
# forkserver: each process is forked from a server that has imported the app once (spawn made
# each of the eight import it again: most of the test's time); spawn where there is no fork.
START = "forkserver" if "forkserver" in mp.get_all_start_methods() else "spawn"
PRELOAD = [__name__, "pisac_desktop.db.engine", "pisac_desktop.demo",
           "pisac_desktop.instruments.register"]


def _worker(root: str, barrier, errors) -> None:
    import datetime as dt

    from pisac_desktop.db.engine import Database
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.instruments.register import issue, new_draft_form, save_draft

    db = Database.for_data_dir(DataPaths(__import__("pathlib").Path(root)))
    try:
        with db.session() as s:
            actor = demo_actor(s, "mhuillca")
        barrier.wait()
        for n in range(EACH):
            with db.session() as s:  # one unit of work: draft and issue
                form = new_draft_form(s, "MAYOR_RESOLUTION", dt.date(2026, 11, 21))
                form.summary = f"Documento {n} de un proceso concurrente"
                form.articles = ["DISPONER lo que corresponde."]
                draft = save_draft(s, actor, form)
                issue(s, actor, draft.id)
    except Exception as exc:  # reported to the parent, which fails the test
        errors.put(repr(exc))
    finally:
        db.dispose()


def test_eight_processes_issue_400_documents_without_duplicates_or_gaps(demo_people):
    """Slow on purpose (10-15 s): eight real processes behind a barrier, 50 issues each."""
    demo = demo_people
    ctx = mp.get_context(START)
    if START == "forkserver":
        ctx.set_forkserver_preload(PRELOAD)
    barrier, errors = ctx.Barrier(PROCESSES), ctx.Queue()
    demo.db.dispose()
    workers = [ctx.Process(target=_worker, args=(str(demo.paths.root), barrier, errors))
               for _ in range(PROCESSES)]
    for w in workers:
        w.start()
    for w in workers:
        w.join(timeout=240)
    problems = []
    while not errors.empty():
        problems.append(errors.get())
    assert problems == [] and all(w.exitcode == 0 for w in workers)
    with demo.db.session() as s:
        numbers = s.scalars(select(Instrument.number).where(
            Instrument.kind_code == "MAYOR_RESOLUTION", Instrument.year == 2026)).all()
    assert sorted(numbers) == list(range(1, PROCESSES * EACH + 1))
