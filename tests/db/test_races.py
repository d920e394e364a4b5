"""DESIGN.md 'must': a unit of work that writes takes its write lock before it reads what it
decides on; two workstations (or a double click) never both "succeed".

Each scenario spawns two processes once (two connections to one database file, as two PCs
would have); in every round a barrier releases both at the same instant on the same act.
Afterwards: exactly one winner where only one may win, the loser refused in Spanish (never a
raw exception), registers contiguous with nothing doubled, one audit entry per act."""

from __future__ import annotations

import datetime as dt
import multiprocessing as mp
import time
from collections import Counter

import pytest
from sqlalchemy import func, select

from pisac_desktop.db.models import (
    AuditEntry,
    CouncilSession,
    Instrument,
    Minutes,
    NumberSequence,
    Summons,
)
from pisac_desktop.db.models.council import HELD, MINUTES_CLOSED, ORDINARY
from pisac_desktop.paths import DataPaths

ROUNDS = 20
KIND = "MAYOR_RESOLUTION"
ON = dt.date(2026, 11, 21)


# ----------------------------------------------------------------------------------------------
# What each process does in round r (it runs in the child; `data` comes from the parent)


def _op_issue(s, actor, r, index, data):
    from pisac_desktop.instruments.register import issue

    return issue(s, actor, data[r]).number_text


def _op_annul(s, actor, r, index, data):
    from pisac_desktop.instruments.issued import annul

    annul(s, actor, data[r], f"Anulación de prueba, puesto {index}")
    return "anulado"


def _op_convene(s, actor, r, index, data):
    from pisac_desktop.council.summons import convene

    return len(convene(s, actor, data[r], ON))


def _op_create_session(s, actor, r, index, data):
    from pisac_desktop.council.sessions import create_session, new_session_form

    form = new_session_form(s, ON, ORDINARY)
    form.session_date = dt.date(2026, 12, 1) + dt.timedelta(days=r % 28)
    form.start_time = f"{9 + index}:00"  # two sessions, never at the same date, hour and place
    return create_session(s, actor, form)


def _op_register_own(s, actor, r, index, data):
    from pisac_desktop.council.books import register_in_book

    done = register_in_book(s, actor, data["own"][r][index], data["book"], None)
    return (done.acta_number, done.first_folio, done.last_folio)


def _op_register_shared(s, actor, r, index, data):
    from pisac_desktop.council.books import register_in_book

    done = register_in_book(s, actor, data["shared"][r], data["book"], None)
    return (done.acta_number, done.first_folio, done.last_folio)


def _op_issue_or_set_next(s, actor, r, index, data):
    """Each round a new numbering series (kind, year): one process issues its first document,
    the other says the series starts at 1. Either the setting comes first (and the issue gets
    N° 001) or it is refused: the counter never goes back below a number given."""
    draft_id, kind, year = data[r]
    if index == 0:
        return _op_issue(s, actor, r, index, [draft_id] * (r + 1))
    from pisac_desktop.core.numbering import set_next_number

    time.sleep((r % 7) * 0.004)  # sweep the interleavings: sometimes the issue locks first
    set_next_number(s, actor, kind, year, 1)
    return "siguiente fijado"


def _op_cedula_own(s, actor, r, index, data):
    from pisac_desktop.db.models import Notification
    from pisac_desktop.instruments.notifications import issue_cedula

    return s.get(Notification, issue_cedula(s, actor, data["own"][r][index])).number_text


def _op_cedula_shared(s, actor, r, index, data):
    from pisac_desktop.db.models import Notification
    from pisac_desktop.instruments.notifications import issue_cedula

    return s.get(Notification, issue_cedula(s, actor, data["shared"][r])).number_text


def _op_register_filing(s, actor, r, index, data):
    from pisac_desktop.db.models import CaseFile
    from pisac_desktop.tramite.intake import FilingForm, register_filing

    form = FilingForm(filer_document=f"{40000000 + 2 * r + index}", filer_name=f"Vecino {r}",
                      subject=f"Solicitud {r} del puesto {index}", folios=1,
                      unit_id=data["unit"])
    return s.get(CaseFile, register_filing(s, actor, form)).number_text


def _op_receive(s, actor, r, index, data):
    from pisac_desktop.tramite.cases import receive

    receive(s, actor, data["received"][r])
    return "recibido"


def _op_refer(s, actor, r, index, data):
    from pisac_desktop.tramite.cases import ReferralForm, refer

    return refer(s, actor, data["referred"][r], ReferralForm(data["to"][index],
                                                             f"Proveído del puesto {index}"))


def _op_annul_or_receive(s, actor, r, index, data):
    """One process annuls a registration at the desk while the other receives it in the unit:
    whichever comes first wins; the other is refused with the reason."""
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.tramite.cases import receive
    from pisac_desktop.tramite.intake import annul

    time.sleep((r % 5) * 0.003)  # sweep the interleavings
    if index == 0:  # the desk: it annuls only what no unit received
        annul(s, demo_actor(s, "echoque"), data["contested"][r], "Registrado por error")
        return "anulado"
    receive(s, actor, data["contested"][r])
    return "recibido"


def _op_issue_unit_document(s, actor, r, index, data):
    from pisac_desktop.tramite.documents import issue_document

    return issue_document(s, actor, data[r][index])


def _op_register_complaint(s, actor, r, index, data):
    from pisac_desktop.db.models import Complaint
    from pisac_desktop.requests.complaints import ComplaintDetails, register_complaint
    from pisac_desktop.tramite.intake import FilingForm

    case_id = register_complaint(s, actor, FilingForm(
        filer_document=f"{41000000 + 2 * r + index}", filer_name=f"Vecina {r}", folios=1),
        ComplaintDetails(data["unit"], "delay", None, f"Demora {r} en el puesto {index}"))
    return s.scalar(select(Complaint.number_text).where(Complaint.case_file_id == case_id))


def _op_extend_request(s, actor, r, index, data):
    from pisac_desktop.requests.information import extend

    extend(s, actor, data["requests"][r], data["dates"][index], f"Volumen, puesto {index}")
    return f"prorrogada por el puesto {index}"


def _op_authenticate(s, actor, r, index, data):
    from pisac_desktop.db.models import AuthenticatedCopy
    from pisac_desktop.requests.fedatarios import CopyForm, authenticate, log_number

    entry = authenticate(s, actor, CopyForm(data["officer"], f"Documento {r}-{index}", 1,
                                            f"Vecino {r}", "DNI", f"{42000000 + r}"))
    return log_number(s.get(AuthenticatedCopy, entry))


def _worker(root: str, ops: list[str], index: int, rounds: int, data, barrier, results) -> None:
    from pisac_desktop.core.errors import DomainError, ValidationFailed
    from pisac_desktop.db.engine import Database
    from pisac_desktop.demo import demo_actor

    outcomes = []
    db = Database.for_data_dir(DataPaths(__import__("pathlib").Path(root)))
    try:
        with db.session() as s:
            actor = demo_actor(s, "soporte")
        for r in range(rounds):
            for op in ops:
                barrier.wait(timeout=60)
                try:
                    with db.session() as s:
                        value = globals()[op](s, actor, r, index, data)
                    outcomes.append((op, r, "ok", value))
                except (DomainError, ValidationFailed) as exc:
                    outcomes.append((op, r, "refused", str(exc)))
                except Exception as exc:  # a raw exception: the test fails on it
                    outcomes.append((op, r, "error", repr(exc)))
    except Exception as exc:
        outcomes.append(("worker", -1, "error", repr(exc)))
        barrier.abort()
    finally:
        db.dispose()
        results.put((index, outcomes))


def _race(demo, ops: list[str], data, rounds: int = ROUNDS) -> dict[str, list[list[tuple]]]:
    """Run both processes; {op: [[outcome of process 0, of process 1] for each round]}."""
    demo.db.dispose()
    # fork where there is one (fast: nothing is imported again); each child opens its own
    # connections all the same. Windows spawns.
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    barrier, results = ctx.Barrier(2), ctx.Queue()
    workers = [ctx.Process(target=_worker, args=(str(demo.paths.root), ops, i, rounds, data,
                                                 barrier, results)) for i in range(2)]
    for w in workers:
        w.start()
    by_process = dict(results.get(timeout=240) for _ in workers)
    for w in workers:
        w.join(timeout=30)
    errors = [o for outcomes in by_process.values() for o in outcomes if o[2] == "error"]
    assert errors == [], f"excepciones sin traducir: {errors[:3]}"
    out: dict[str, list[list[tuple]]] = {op: [[None, None] for _ in range(rounds)]
                                         for op in ops}
    for index, outcomes in by_process.items():
        for op, r, kind, value in outcomes:
            out[op][r][index] = (kind, value)
    return out


def _one_winner(rounds: list[list[tuple]], refusal: str) -> list:
    """Each round: exactly one 'ok' and one refusal containing `refusal`; the winners' values."""
    winners = []
    for r, pair in enumerate(rounds):
        kinds = sorted(kind for kind, _value in pair)
        assert kinds == ["ok", "refused"], f"ronda {r}: {pair}"
        loser = next(value for kind, value in pair if kind == "refused")
        assert refusal in loser, f"ronda {r}: {loser}"
        winners.append(next(value for kind, value in pair if kind == "ok"))
    return winners


def _audit(demo, action: str, entity: str) -> Counter:
    with demo.db.session() as s:
        return Counter(dict(s.execute(
            select(AuditEntry.entity_id, func.count()).where(
                AuditEntry.action == action, AuditEntry.entity == entity)
            .group_by(AuditEntry.entity_id)).all()))


def _chain_ok(demo) -> None:
    from pisac_desktop.core.audit import verify_chain

    with demo.db.session() as s:
        assert verify_chain(s).ok


# ----------------------------------------------------------------------------------------------
# Preparing the data in the parent


def _actor(s):
    from pisac_desktop.demo import demo_actor

    return demo_actor(s, "soporte")


def _drafts(demo, n: int, kind: str = KIND, on: dt.date = ON) -> list[int]:
    from pisac_desktop.instruments.register import new_draft_form, save_draft

    ids = []
    with demo.db.session() as s:
        actor = _actor(s)
        for i in range(n):
            form = new_draft_form(s, kind, on)
            form.summary = f"Documento {i} disputado por dos puestos"
            form.articles = ["DISPONER lo que corresponde."]
            ids.append(save_draft(s, actor, form).id)
    return ids


def _scheduled_sessions(demo, n: int) -> list[int]:
    from pisac_desktop.council.agenda import ItemForm, add_item
    from pisac_desktop.council.sessions import create_session, new_session_form

    ids = []
    with demo.db.session() as s:
        actor = _actor(s)
        for i in range(n):
            form = new_session_form(s, ON, ORDINARY)
            form.session_date = dt.date(2026, 12, 1) + dt.timedelta(days=i % 28)
            sid = create_session(s, actor, form)
            add_item(s, actor, sid, ItemForm(title=f"Aprobar el asunto {i}"))
            ids.append(sid)
    return ids


def _closed_actas(demo, n: int) -> list[int]:
    """Held sessions with closed actas, written straight to the tables (fast)."""
    from pisac_desktop.council.members import council_on

    with demo.db.session() as s:
        term_id = council_on(s, ON).term_id
        rows = []
        for i in range(n):
            held = CouncilSession(term_id=term_id, kind=ORDINARY, year=2025, number=i + 1,
                                  session_date=dt.date(2025, 1, 6) + dt.timedelta(days=i),
                                  start_time="10:00", place="Salón de Sesiones", state=HELD,
                                  created_by="prueba", created_at=dt.datetime(2025, 1, 2))
            s.add(held)
            s.flush()
            rows.append(Minutes(session_id=held.id, body="Acta de prueba.",
                                state=MINUTES_CLOSED))
        s.add_all(rows)
        s.flush()
        return [m.id for m in rows]


# ----------------------------------------------------------------------------------------------
# The scenarios


def test_the_same_draft_issued_twice_at_once_is_issued_once(demo_people):
    drafts = _drafts(demo_people, ROUNDS)
    rounds = _race(demo_people, ["_op_issue"], drafts)["_op_issue"]
    winners = _one_winner(rounds, "Otro puesto ya emitió este documento")
    assert [w.split(" N° ")[1] for w in winners] == [f"{n:03d}-2026-MDP/A"
                                                     for n in range(1, ROUNDS + 1)]
    with demo_people.db.session() as s:
        numbers = s.scalars(select(Instrument.number).where(Instrument.kind_code == KIND)
                            .order_by(Instrument.number)).all()
        assert numbers == list(range(1, ROUNDS + 1))  # contiguous, nothing doubled or lost
        assert s.get(NumberSequence, (KIND, 2026)).last_number == ROUNDS
    assert _audit(demo_people, "issue", "instrument") == Counter({str(d): 1 for d in drafts})
    _chain_ok(demo_people)


def test_the_same_document_annulled_twice_at_once_is_annulled_once(demo_people):
    from pisac_desktop.instruments.register import issue

    docs = _drafts(demo_people, ROUNDS)
    with demo_people.db.session() as s:
        for doc in docs:
            issue(s, _actor(s), doc)
    rounds = _race(demo_people, ["_op_annul"], docs)["_op_annul"]
    _one_winner(rounds, "Otro puesto ya anuló")
    with demo_people.db.session() as s:
        assert set(s.scalars(select(Instrument.state).where(Instrument.id.in_(docs)))) == {
            "annulled"}
    assert _audit(demo_people, "annul", "instrument") == Counter({str(d): 1 for d in docs})
    _chain_ok(demo_people)


def test_the_same_session_convened_twice_at_once_gets_one_set_of_summonses(demo_people):
    sessions = _scheduled_sessions(demo_people, ROUNDS)
    rounds = _race(demo_people, ["_op_convene"], sessions)["_op_convene"]
    counts = _one_winner(rounds, "Otro puesto ya convocó esta sesión")
    with demo_people.db.session() as s:
        per_session = Counter(s.scalars(select(Summons.session_id)))
        assert per_session == Counter(dict(zip(sessions, counts, strict=True)))
        numbers = sorted(s.scalars(select(Summons.number).where(Summons.year == 2026)))
        assert numbers == list(range(1, sum(counts) + 1))
        assert set(s.scalars(select(CouncilSession.state).where(
            CouncilSession.id.in_(sessions)))) == {"convened"}
    assert _audit(demo_people, "convene", "council_session") == Counter(
        {str(sid): 1 for sid in sessions})
    _chain_ok(demo_people)


def test_sessions_created_at_once_all_get_the_next_number(demo_people):
    rounds = _race(demo_people, ["_op_create_session"], None)["_op_create_session"]
    assert all(kind == "ok" for pair in rounds for kind, _v in pair), rounds
    created = [value for pair in rounds for _k, value in pair]
    with demo_people.db.session() as s:
        numbers = sorted(s.scalars(select(CouncilSession.number).where(
            CouncilSession.kind == ORDINARY, CouncilSession.year == 2026)))
    assert numbers == list(range(1, 2 * ROUNDS + 1))
    assert _audit(demo_people, "create", "council_session") == Counter(
        {str(sid): 1 for sid in created})
    _chain_ok(demo_people)


def test_actas_registered_at_once_never_share_folios_nor_numbers(demo_people):
    from pisac_desktop.council import books as B

    actas = _closed_actas(demo_people, 3 * ROUNDS)
    with demo_people.db.session() as s:
        book = B.save_book(s, _actor(s), B.BookForm(1, "Notario Público del Cusco",
                                                    dt.date(2023, 1, 5), 2000))
    data = {"book": book, "own": [actas[3 * r:3 * r + 2] for r in range(ROUNDS)],
            "shared": [actas[3 * r + 2] for r in range(ROUNDS)]}
    result = _race(demo_people, ["_op_register_own", "_op_register_shared"], data)
    assert all(kind == "ok" for pair in result["_op_register_own"] for kind, _v in pair), \
        result["_op_register_own"]
    _one_winner(result["_op_register_shared"], "Otro puesto ya registró esta acta")
    with demo_people.db.session() as s:
        rows = s.execute(select(Minutes.acta_number, Minutes.first_folio, Minutes.last_folio)
                         .where(Minutes.book_id == book).order_by(Minutes.first_folio)).all()
    assert len(rows) == 3 * ROUNDS
    assert [r.acta_number for r in rows] == list(range(1, 3 * ROUNDS + 1))
    folio = 1
    for row in rows:  # continuous, never overlapping
        assert row.first_folio == folio, rows
        folio = row.last_folio + 1
    assert _audit(demo_people, "register", "minutes") == Counter({str(m): 1 for m in actas})
    _chain_ok(demo_people)


def test_setting_the_next_number_while_issuing_never_goes_back(demo_people):
    from pisac_desktop.instruments.kinds import DEFAULT_KINDS

    # Every kind whose plain draft can be issued (a directive needs its approving resolution).
    series = [(k.code, year) for year in (2026, 2027, 2028, 2029) for k in DEFAULT_KINDS
              if k.code != "DIRECTIVE"][:ROUNDS]
    data = [(draft, kind, year) for draft, (kind, year) in zip(
        [_drafts(demo_people, 1, kind, dt.date(year, 3, 2))[0] for kind, year in series],
        series, strict=True)]
    rounds = _race(demo_people, ["_op_issue_or_set_next"], data)["_op_issue_or_set_next"]
    sets_done = 0
    for r, (issued, set_next) in enumerate(rounds):
        assert issued[0] == "ok" and f"N° 001-{series[r][1]}" in issued[1], rounds
        if set_next[0] == "ok":
            sets_done += 1
        else:
            assert "mayor que 001" in set_next[1], set_next
    with demo_people.db.session() as s:
        for kind, year in series:
            assert s.scalars(select(Instrument.number).where(
                Instrument.kind_code == kind, Instrument.year == year)).all() == [1]
            assert s.get(NumberSequence, (kind, year)).last_number == 1
    assert _audit(demo_people, "issue", "instrument") == Counter(
        {str(d): 1 for d, _k, _y in data})
    assert sum(_audit(demo_people, "settings_change", "number_sequence").values()) == sets_done
    _chain_ok(demo_people)


@pytest.fixture(autouse=True)
def _no_stray_children():
    yield
    for child in mp.active_children():
        child.join(timeout=5)


def test_cedulas_issued_at_once_never_share_nor_skip_a_number(demo_people):
    """Two workstations each issue the cédula of their own party, then both that of the same
    party: every cédula gets its own number, the numbers run without a gap, and the shared
    party ends with one cédula that both stations print (TUO 27444 art. 20-21)."""
    from pisac_desktop.db.models import Notification
    from pisac_desktop.instruments.notifications import PartyForm, save_party
    from pisac_desktop.instruments.register import issue

    (doc,) = _drafts(demo_people, 1)
    with demo_people.db.session() as s:
        actor = _actor(s)
        issue(s, actor, doc)
    with demo_people.db.session() as s:
        parties = [save_party(s, actor, doc, PartyForm(
            f"Interesado {n}", "DNI", f"{40000000 + n}", f"Calle {n}, Pisac"))
            for n in range(3 * ROUNDS)]
    data = {"own": [parties[3 * r:3 * r + 2] for r in range(ROUNDS)],
            "shared": [parties[3 * r + 2] for r in range(ROUNDS)]}
    result = _race(demo_people, ["_op_cedula_own", "_op_cedula_shared"], data)
    own = [value for pair in result["_op_cedula_own"] for kind, value in pair]
    assert all(kind == "ok" for pair in result["_op_cedula_own"] for kind, _v in pair)
    for pair in result["_op_cedula_shared"]:
        assert [kind for kind, _v in pair] == ["ok", "ok"] and pair[0][1] == pair[1][1], pair
    shared = [pair[0][1] for pair in result["_op_cedula_shared"]]
    assert len(set(own + shared)) == 3 * ROUNDS
    with demo_people.db.session() as s:
        numbers = sorted(s.scalars(select(Notification.number)))
    assert numbers == list(range(1, 3 * ROUNDS + 1))
    _chain_ok(demo_people)


# ----------------------------------------------------------------------------------------------
# Trámite documentario


def _units(demo) -> dict[str, int]:
    """The administrator works in the Secretaría General and the Gerencia (both bandejas)."""
    from pisac_desktop.db.models import OrgUnit
    from pisac_desktop.tramite.cases import set_user_units

    with demo.db.session() as s:
        units = dict(s.execute(select(OrgUnit.code, OrgUnit.id)
                               .where(OrgUnit.code.is_not(None))).all())
        actor = _actor(s)
        set_user_units(s, actor, actor.user_id, [units["GENERAL_SECRETARIAT"],
                                                 units["MUNICIPAL_MANAGEMENT"]])
    return units


def _filings(demo, n: int, unit: int, received: bool = False) -> list[int]:
    from pisac_desktop.tramite.cases import receive
    from pisac_desktop.tramite.intake import FilingForm, register_filing

    with demo.db.session() as s:
        actor = _actor(s)
        ids = [register_filing(s, actor, FilingForm(
            filer_document=f"{30000000 + i}", filer_name=f"Vecina {i}", subject=f"Pedido {i}",
            folios=2, unit_id=unit)) for i in range(n)]
        for case_id in ids if received else ():
            receive(s, actor, case_id)
    return ids


def test_filings_registered_at_once_never_share_nor_skip_a_number(demo_people):
    """Two desks register at the same instant, round after round: every case file gets its own
    number and the numbers run without a gap (DESIGN.md 'must' on numbering)."""
    from pisac_desktop.db.models import CaseFile

    units = _units(demo_people)
    result = _race(demo_people, ["_op_register_filing"],
                   {"unit": units["GENERAL_SECRETARIAT"]})
    numbers = [value for pair in result["_op_register_filing"] for kind, value in pair]
    assert all(kind == "ok" for pair in result["_op_register_filing"] for kind, _v in pair)
    assert len(set(numbers)) == 2 * ROUNDS
    with demo_people.db.session() as s:  # per year: a far-date run may cross midnight
        by_year: dict[int, list[int]] = {}
        for year, number in s.execute(select(CaseFile.year, CaseFile.number)):
            by_year.setdefault(year, []).append(number)
    assert all(sorted(n) == list(range(1, len(n) + 1)) for n in by_year.values())
    assert sum(len(n) for n in by_year.values()) == 2 * ROUNDS
    assert sum(_audit(demo_people, "intake", "case_file").values()) == 2 * ROUNDS
    _chain_ok(demo_people)


def test_the_same_case_file_received_or_derived_twice_at_once_is_done_once(demo_people):
    """Two clerks of a unit click Recibir, then Derivar, on the same case file at once: one
    wins each time, the other is told who did it; one step, one audit entry."""
    from pisac_desktop.db.models import CaseStep

    units = _units(demo_people)
    sg, gm = units["GENERAL_SECRETARIAT"], units["MUNICIPAL_MANAGEMENT"]
    received = _filings(demo_people, ROUNDS, sg)
    referred = _filings(demo_people, ROUNDS, sg, received=True)
    result = _race(demo_people, ["_op_receive", "_op_refer"],
                   {"received": received, "referred": referred, "to": [gm, gm]})
    _one_winner(result["_op_receive"], "ya fue recibido por soporte")
    _one_winner(result["_op_refer"], "llegó a Gerencia Municipal derivado por soporte")
    with demo_people.db.session() as s:
        steps = dict(s.execute(select(CaseStep.case_file_id, func.count())
                               .where(CaseStep.case_file_id.in_(referred))
                               .group_by(CaseStep.case_file_id)).all())
    assert set(steps.values()) == {2}
    assert set(_audit(demo_people, "receive", "case_file").values()) == {1}
    assert set(_audit(demo_people, "refer", "case_file").values()) == {1}
    _chain_ok(demo_people)


def test_annulling_at_the_desk_while_the_unit_receives_lets_one_win(demo_people):
    from pisac_desktop.db.models import CaseFile

    units = _units(demo_people)
    contested = _filings(demo_people, ROUNDS, units["GENERAL_SECRETARIAT"])
    result = _race(demo_people, ["_op_annul_or_receive"], {"contested": contested})
    winners = []
    for r, (annulled, received) in enumerate(result["_op_annul_or_receive"]):
        kinds = sorted([annulled[0], received[0]])
        assert kinds == ["ok", "refused"], f"ronda {r}: {annulled} {received}"
        winners.append(annulled[1] if annulled[0] == "ok" else received[1])
        with demo_people.db.session() as s:
            state = s.get(CaseFile, contested[r]).state
        assert state == ("annulled" if annulled[0] == "ok" else "in_process"), r
    _chain_ok(demo_people)


def test_oficios_issued_at_once_by_one_unit_never_share_nor_skip_a_number(demo_people):
    from pisac_desktop.tramite.documents import DocumentForm, save_document

    units = _units(demo_people)
    with demo_people.db.session() as s:
        actor = _actor(s)
        drafts = [[save_document(s, actor, DocumentForm(
            units["GENERAL_SECRETARIAT"], "OFICIO", None, f"Destinatario {r}-{i}", "", "Pisac",
            "Asunto", "", "Texto")) for i in range(2)] for r in range(ROUNDS)]
    result = _race(demo_people, ["_op_issue_unit_document"], drafts)
    texts = [value for pair in result["_op_issue_unit_document"] for _kind, value in pair]
    assert all(t.startswith("OFICIO N° ") and t.endswith("-SG-MDP") for t in texts), texts
    by_year: dict[str, list[int]] = {}  # 'OFICIO N° 007-2026-SG-MDP'
    for t in texts:
        number, year = t.split()[2].split("-")[:2]
        by_year.setdefault(year, []).append(int(number))
    assert all(sorted(n) == list(range(1, len(n) + 1)) for n in by_year.values()), by_year
    assert len(texts) == 2 * ROUNDS
    _chain_ok(demo_people)


def test_complaints_registered_at_once_never_share_nor_skip_a_sheet_of_the_book(demo_people):
    from pisac_desktop.db.models import Complaint

    units = _units(demo_people)
    result = _race(demo_people, ["_op_register_complaint"], {"unit": units["CIVIL_REGISTRY"]})
    assert all(kind == "ok" for pair in result["_op_register_complaint"] for kind, _v in pair)
    with demo_people.db.session() as s:
        by_year: dict[int, list[int]] = {}
        for year, number in s.execute(select(Complaint.year, Complaint.number)):
            by_year.setdefault(year, []).append(number)
    assert all(sorted(n) == list(range(1, len(n) + 1)) for n in by_year.values())
    assert sum(len(n) for n in by_year.values()) == 2 * ROUNDS
    _chain_ok(demo_people)


def test_the_same_information_request_extended_twice_at_once_is_extended_once(demo_people):
    """Two clerks extend the same request at once (art. 11 g: only once): one wins, the other
    is told the date it was extended to."""
    from pisac_desktop.core.calendar import BusinessCalendar
    from pisac_desktop.db.engine import Database
    from pisac_desktop.db.models import CaseFile, InformationRequest
    from pisac_desktop.requests.information import RequestDetails, register_request
    from pisac_desktop.tramite.cases import receive
    from pisac_desktop.tramite.intake import FilingForm

    units = _units(demo_people)
    demo_people.db.dispose()
    db = Database.for_data_dir(demo_people.paths)  # the system's clock, as the children's
    with db.session() as s:
        actor = _actor(s)
        requests = []
        for r in range(ROUNDS):
            case_id = register_request(s, actor, FilingForm(
                filer_document=f"{43000000 + r}", filer_name=f"Vecino {r}", folios=1,
                subject=f"Información {r}"), RequestDetails(units["ADMINISTRATION"],
                                                            delivery_form="copy"))
            receive(s, actor, case_id)
            requests.append(case_id)
        due = s.get(CaseFile, requests[0]).due_on
        calendar = BusinessCalendar.load(s)
        dates = [calendar.deadline(due, 5).result, calendar.deadline(due, 8).result]
    db.dispose()
    result = _race(demo_people, ["_op_extend_request"], {"requests": requests, "dates": dates})
    _one_winner(result["_op_extend_request"], "la prórroga es una sola vez")
    with demo_people.db.session() as s:
        extended = list(s.scalars(select(InformationRequest.extended_to)))
    assert len(extended) == ROUNDS and all(d in dates for d in extended)
    assert set(_audit(demo_people, "update", "information_request").values()) == {1}
    _chain_ok(demo_people)


def test_copies_authenticated_at_once_never_share_nor_skip_a_number_of_the_log(demo_people):
    import datetime as dt

    from pisac_desktop.db.models import AuthenticatedCopy
    from pisac_desktop.requests.fedatarios import OfficerForm, designate

    units = _units(demo_people)
    with demo_people.db.session() as s:
        officer = designate(s, _actor(s), OfficerForm(
            "Edwin Choque Puma", "41234567", "Fedatario N° 03", units["RECORDS_OFFICE"],
            "Resolución de Alcaldía N° 012-2026-A-MDP", dt.date(2000, 1, 1)))
    result = _race(demo_people, ["_op_authenticate"], {"officer": officer})
    assert all(kind == "ok" for pair in result["_op_authenticate"] for kind, _v in pair)
    with demo_people.db.session() as s:
        by_year: dict[int, list[int]] = {}
        for year, number in s.execute(select(AuthenticatedCopy.year, AuthenticatedCopy.number)):
            by_year.setdefault(year, []).append(number)
    assert all(sorted(n) == list(range(1, len(n) + 1)) for n in by_year.values())
    assert sum(len(n) for n in by_year.values()) == 2 * ROUNDS
    _chain_ok(demo_people)


def _op_close_commitment(s, actor, r, index, data):
    from pisac_desktop.management.commitments import DONE, ReportForm, report_progress

    report_progress(s, actor, data[r], ReportForm(DONE, 100, f"Cumplido, informa el puesto "
                                                             f"{index}"))
    return f"cerrado por el puesto {index}"


def test_the_same_compromiso_closed_twice_at_once_is_closed_once(demo_people):
    """Two clerks of the unit mark the same compromiso as done at once: one report stands, the
    other is told it is already done (never two closing reports, never a raw error)."""
    from pisac_desktop.db.engine import Database
    from pisac_desktop.db.models import CommitmentReport, OrgUnit
    from pisac_desktop.instruments.register import issue
    from pisac_desktop.management.commitments import CommitmentForm, create_commitment

    (draft,) = _drafts(demo_people, 1)
    demo_people.db.dispose()
    db = Database.for_data_dir(demo_people.paths)  # the system's clock, as the children's
    with db.session() as s:
        actor = _actor(s)
        act = issue(s, actor, draft).id
        unit = s.scalar(select(OrgUnit.id).where(OrgUnit.code == "ADMINISTRATION"))
        ids = [create_commitment(s, actor, CommitmentForm(act, f"Encargo {r}", unit, True, 10))
               for r in range(ROUNDS)]
    db.dispose()
    rounds = _race(demo_people, ["_op_close_commitment"], ids)["_op_close_commitment"]
    _one_winner(rounds, "ya está cumplido")
    with demo_people.db.session() as s:
        reports = Counter(s.scalars(select(CommitmentReport.commitment_id)))
    assert reports == Counter({cid: 1 for cid in ids})
    assert set(_audit(demo_people, "update", "commitment").values()) == {1}
    _chain_ok(demo_people)
