"""Two workstations import the same register at the same instant (a barrier releases both):
one imports it, the other is refused in Spanish, and no document is registered twice — on
SQLite and on PostgreSQL (DESIGN.md 'must': the write lock is taken before the check)."""

from __future__ import annotations

import multiprocessing as mp
from pathlib import Path

from sqlalchemy import func, select

from pisac_desktop.db.models import AuditEntry, Instrument, RegisterImport
from pisac_desktop.paths import DataPaths

ROUNDS = 3


def _importer(root: str, file: str, index: int, rounds: int, barrier, results) -> None:
    from pisac_desktop.core.errors import DomainError, ValidationFailed
    from pisac_desktop.db.engine import Database
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.instruments.historic import import_register

    outcomes = []
    db = Database.for_data_dir(DataPaths(Path(root)))
    try:
        with db.session() as s:
            actor = demo_actor(s, "mhuillca")
        for r in range(rounds):
            content = Path(f"{file}.{r}").read_bytes()
            barrier.wait(timeout=60)
            try:
                with db.session() as s:
                    outcomes.append(("ok", import_register(
                        s, actor, f"registro-{r}.csv", content, "MAYOR_RESOLUTION").documents))
            except (DomainError, ValidationFailed) as exc:
                outcomes.append(("refused", str(exc)))
            except Exception as exc:  # a raw exception: the test fails on it
                outcomes.append(("error", repr(exc)))
    finally:
        db.dispose()
        results.put((index, outcomes))


def _register(year: int) -> bytes:
    rows = ["N° de resolución;Fecha;Asunto"] + [
        f"{n:03d}-{year}-MDP/A;{(n % 27) + 1:02d}/{(n // 27) % 12 + 1:02d}/{year};"
        f"Resolución {n} del registro de {year}" for n in range(1, 121)]
    return "\n".join(rows).encode("utf-8")


def test_the_same_register_imported_twice_at_once_is_imported_once(demo_people, tmp_path):
    file = tmp_path / "registro.csv"
    for r in range(ROUNDS):
        Path(f"{file}.{r}").write_bytes(_register(2015 + r))
    demo_people.db.dispose()
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    workers = [ctx.Process(target=_importer, args=(str(demo_people.paths.root), str(file), i,
                                                   ROUNDS, barrier, results)) for i in range(2)]
    for w in workers:
        w.start()
    outcomes = dict(results.get(timeout=240) for _ in workers)
    for w in workers:
        w.join(timeout=30)
    for r in range(ROUNDS):
        pair = sorted((outcomes[0][r], outcomes[1][r]), key=lambda o: o[0])
        assert [kind for kind, _v in pair] == ["ok", "refused"], pair
        assert pair[0][1] == 120
        assert "No se importó nada" in pair[1][1] and (
            "ya se importó" in pair[1][1] or "Ya está registrado" in pair[1][1]), pair[1][1]
    with demo_people.db.session() as s:
        assert s.scalar(select(func.count(RegisterImport.id))) == ROUNDS
        for r in range(ROUNDS):
            numbers = s.scalars(select(Instrument.number).where(
                Instrument.year == 2015 + r).order_by(Instrument.number)).all()
            assert numbers == list(range(1, 121))  # each once
        assert s.scalar(select(func.count(AuditEntry.id)).where(
            AuditEntry.entity == "register_import")) == ROUNDS
        from pisac_desktop.core.audit import verify_chain

        assert verify_chain(s).ok
