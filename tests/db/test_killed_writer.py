"""A workstation killed (kill -9, a power cut of that PC) in the middle of issuing a document,
holding the write lock: on either engine the lock goes with it, nothing of its half-done unit of
work remains, and the next workstation issues at once with the number that was never given."""

import subprocess
import sys
import threading
from pathlib import Path

from sqlalchemy import select

from pisac_desktop.core.audit import verify_chain
from pisac_desktop.db.models import Instrument

ROOT = Path(__file__).resolve().parents[2]
KIND = "MAYOR_RESOLUTION"

CHILD = f"""
import datetime as dt, sys, time
from pathlib import Path
from pisac_desktop.clock import FixedClock
from pisac_desktop.db.engine import Database
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments.register import issue, new_draft_form, save_draft
from pisac_desktop.paths import DataPaths

db = Database.for_data_dir(DataPaths(Path(sys.argv[1])))
db.clock = FixedClock(dt.date(2026, 11, 21))
with db.session() as s:
    actor = demo_actor(s, "mhuillca")
    form = new_draft_form(s, "{KIND}", dt.date(2026, 11, 21))
    form.summary = "Emitida por la PC que se apagó"
    form.articles = ["DISPONER lo que corresponde."]
    issue(s, actor, save_draft(s, actor, form).id)
    s.flush()
    print("A_MEDIAS", flush=True)
    time.sleep(600)  # killed here, before the commit
"""


def _issue(opened, summary: str) -> str:
    import datetime as dt

    from pisac_desktop.demo import demo_actor
    from pisac_desktop.instruments.register import issue, new_draft_form, save_draft

    with opened.db.session() as s:
        actor = demo_actor(s, "mhuillca")
        form = new_draft_form(s, KIND, dt.date(2026, 11, 21))
        form.summary, form.articles = summary, ["DISPONER lo que corresponde."]
        return issue(s, actor, save_draft(s, actor, form).id).number_text


def test_a_writer_killed_holding_the_lock_leaves_nothing_and_blocks_nobody(demo_people):
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(demo_people.paths.root)],
                             cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "A_MEDIAS", child.stderr.read()
    finally:
        child.kill()  # SIGKILL: no rollback by the process, its connection just drops
        child.wait()
        child.stdout.close()
        child.stderr.close()
    issued: list[str] = []
    worker = threading.Thread(target=lambda: issued.append(_issue(demo_people, "Después")))
    worker.start()
    worker.join(timeout=60)
    assert not worker.is_alive(), "the killed writer's lock was never released"
    assert issued == ["RESOLUCIÓN DE ALCALDÍA N° 001-2026-MDP/A"]
    with demo_people.db.session() as s:
        rows = s.execute(select(Instrument.number, Instrument.summary).where(
            Instrument.kind_code == KIND)).all()
        assert [tuple(r) for r in rows] == [(1, "Después")]
        assert verify_chain(s).ok
