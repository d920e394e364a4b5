"""Council sessions (DOMAIN.md section 3, LOM arts. 12-17, Ley 27444 on collegiate bodies):
numbering, agenda (frozen for a convened extraordinaria), month warning, numbered summonses, the
legal notice (DOMAIN.md sections 3 and 4), postponement, attendance and quorum, every majority
and the alcalde's tie-break, and the acuerdo drafted from an approved item."""

import datetime as dt

import pytest
from sqlalchemy import select

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.permissions import PermissionDenied
from pisac_desktop.council.agenda import (
    ItemForm,
    add_item,
    agenda_frozen,
    move_item,
    remove_item,
    update_item,
)
from pisac_desktop.council.attendance import (
    attendance_of,
    install,
    record_attendance,
    record_not_installed,
)
from pisac_desktop.council.members import StatusForm, council_on, record_status
from pisac_desktop.council.outcome import draft_outcome
from pisac_desktop.council.sessions import (
    create_session,
    end_without_holding,
    form_of_session,
    new_session_form,
    postpone,
    session_title,
    update_session,
)
from pisac_desktop.council.settings import save_council_settings, settings_form
from pisac_desktop.council.summons import (
    DeliveryForm,
    convene,
    month_warning,
    note_emergency,
    record_delivery,
    reschedule,
    summonses,
    unresolved_late,
)
from pisac_desktop.council.votes import record_votes, set_closing_time
from pisac_desktop.db.models import AgendaItem, AuditEntry, CouncilMember, Instrument, Summons, Term
from pisac_desktop.db.models.council import (
    ABSENT,
    ABSTAIN,
    AGAINST,
    CANCELLED,
    CONVENED,
    DESPACHO,
    EXTRAORDINARY,
    FOR,
    HELD,
    LATE,
    NOT_INSTALLED,
    ON_LEAVE,
    ORDINARY,
    PEDIDOS,
    POSTPONED,
    PRESENT,
    ROLE_COUNCILLOR,
    ROLE_MAYOR,
    SIMPLE,
    SOLEMN,
    STATUS_LEAVE,
    TWO_THIRDS_COUNCILLORS,
    TWO_THIRDS_LEGAL,
    UNANIMITY,
)
from pisac_desktop.db.models.council import CouncilSession as Sess
from pisac_desktop.demo import demo_actor
from tests.conftest import TODAY, WAIVER, on_day

D = dt.date
T = dt.datetime
DAY = D(2026, 11, 26)  # a Thursday
PDLC = "Aprobar el Plan de Desarrollo Local Concertado 2027-2030"


@pytest.fixture
def db(demo_people):
    return demo_people.db


@pytest.fixture
def sg(db):
    """The secretaria general (council permission)."""
    with db.session() as s:
        return demo_actor(s, "mhuillca")


def _fields(exc: pytest.ExceptionInfo) -> list[str]:
    return [e.field for e in exc.value.errors]


def _create(db, actor, kind, day, items=((PDLC, SIMPLE),), **changes) -> int:
    with db.session() as s:
        form = new_session_form(s, TODAY, kind)
        form.session_date = day
        for key, value in changes.items():
            setattr(form, key, value)
        sid = create_session(s, actor, form)
        for title, majority in items:
            add_item(s, actor, sid, ItemForm(title=title, majority=majority))
        return sid


def _convene(db, actor, sid, on) -> list[int]:
    with db.session() as s:
        return convene(s, actor, sid, on)


def _members(db, day) -> tuple[int, list[int]]:
    """(alcalde, regidores in order) of the council on that day."""
    with db.session() as s:
        c = council_on(s, day)
        return c.mayor.id, [m.id for m in c.members if not m.is_mayor]


def _leave(db, actor, member_id, start, end):
    with db.session() as s:
        record_status(s, actor, StatusForm(member_id, STATUS_LEAVE, start, end,
                                           "Acuerdo de Concejo N° 040-2026-MDP/CM"))


def _items(db, sid) -> list[int]:
    with db.session() as s:
        return [i.id for i in s.get(Sess, sid).items]


def _deliver(db, actor, summons_id, when):
    with db.session() as s:
        return record_delivery(s, actor, summons_id,
                               DeliveryForm(when, "Juan Quispe Mamani", "12345678"))


def _held(db, actor, items, day=DAY, kind=ORDINARY, absent=()) -> int:
    """A session convened, with everyone present but `absent`, installed."""
    sid = _create(db, actor, kind, day, items)
    _convene(db, actor, sid, day - dt.timedelta(days=10))
    with db.session() as s:
        c = council_on(s, day)
        record_attendance(s, actor, sid, {m.id: (ABSENT if m.id in absent else PRESENT, "")
                                          for m in c.members})
        install(s, actor, sid, "10:05", WAIVER, clock=on_day(s, sid))
    return sid


def _vote(db, actor, item_id, choices: dict[int, str], **kw):
    with db.session() as s:
        return record_votes(s, actor, item_id, {m: (c, "") for m, c in choices.items()}, **kw)


def _by(regidores, letters: str) -> dict[int, str]:
    """'FFAB-' -> a favor, a favor, en contra, abstención, no vote (regidores in order)."""
    codes = {"F": FOR, "A": AGAINST, "B": ABSTAIN}
    return {m: codes[c] for m, c in zip(regidores, letters, strict=True) if c != "-"}


# ---- Programming -------------------------------------------------------------------------------

def test_sessions_are_numbered_per_kind_and_year(db, sg):
    ids = [_create(db, sg, kind, day) for kind, day in (
        (ORDINARY, D(2026, 11, 5)), (EXTRAORDINARY, D(2026, 11, 12)),
        (ORDINARY, D(2026, 11, 19)), (ORDINARY, D(2025, 3, 10)), (SOLEMN, D(2026, 8, 6)))]
    with db.session() as s:
        assert [session_title(s.get(Sess, i)) for i in ids] == [
            "SESIÓN ORDINARIA N° 01-2026", "SESIÓN EXTRAORDINARIA N° 01-2026",
            "SESIÓN ORDINARIA N° 02-2026", "SESIÓN ORDINARIA N° 01-2025",
            "SESIÓN SOLEMNE N° 01-2026"]
        first = s.get(Sess, ids[0])
        assert (first.place, first.start_time) == ("Salón de Sesiones del Palacio Municipal",
                                                    "10:00")
        end_without_holding(s, sg, ids[2], CANCELLED, "Duelo regional")
    # A cancelled session keeps its number: the next one does not reuse it.
    later = _create(db, sg, ORDINARY, D(2026, 11, 26))
    with db.session() as s:
        assert session_title(s.get(Sess, later)) == "SESIÓN ORDINARIA N° 03-2026"


def test_a_convened_session_changes_date_only_by_reschedule_or_postponement(db, sg):
    sid = _create(db, sg, ORDINARY, D(2026, 11, 26))
    with db.session() as s:
        form = form_of_session(s, s.get(Sess, sid))
        form.kind = EXTRAORDINARY  # still programmed: takes the next extraordinaria number
        update_session(s, sg, sid, form)
        assert session_title(s.get(Sess, sid)) == "SESIÓN EXTRAORDINARIA N° 01-2026"
    _convene(db, sg, sid, D(2026, 11, 16))
    with db.session() as s:
        form = form_of_session(s, s.get(Sess, sid))
        form.session_date = D(2026, 11, 27)
        with pytest.raises(DomainError, match="Use «Reprogramar» o «Postergar»"):
            update_session(s, sg, sid, form)


def test_session_form_refusals_name_the_fields(db, sg):
    with db.session() as s:
        form = new_session_form(s, TODAY, ORDINARY)
        form.start_time, form.place = "25:00", "  "
        with pytest.raises(ValidationFailed) as exc:
            create_session(s, sg, form)
        assert _fields(exc) == ["session_date", "start_time", "place"]
        assert "Indique la fecha de la sesión" in str(exc.value)
        form = new_session_form(s, TODAY, ORDINARY)
        form.session_date = D(2027, 1, 8)  # no term registered for 2027
        with pytest.raises(ValidationFailed) as exc:
            create_session(s, sg, form)
        assert _fields(exc) == ["session_date"] and "período municipal" in str(exc.value)
    _mayor, regs = _members(db, D(2026, 12, 1))
    with db.session() as s:
        form = new_session_form(s, TODAY, ORDINARY)
        form.session_date, form.convened_by, form.requesting_members = D(2026, 12, 1), "third", \
            regs[:1]
        with pytest.raises(ValidationFailed) as exc:
            create_session(s, sg, form)
        assert _fields(exc) == ["convened_by", "requesting_members"]
        assert "al menos 2 regidores (un tercio del número legal de 6); se marcaron 1" in str(
            exc.value)
        form.kind, form.requesting_members = EXTRAORDINARY, regs[:2]
        assert create_session(s, sg, form)


def test_month_warning_below_two_and_above_four_ordinarias(db, sg):
    """LOM art. 13 (DOMAIN.md section 3): no fewer than 2, no more than 4 a month; a warning."""
    days = [D(2026, 11, d) for d in (5, 12, 19, 24, 26)]
    ids = [_create(db, sg, ORDINARY, days[0], items=())]
    with db.session() as s:
        assert month_warning(s, s.get(Sess, ids[0])) == (
            "En noviembre de 2026 hay 1 sesión ordinaria: la ley pide al menos 2 al mes "
            "(Ley 27972, art. 13).")
    ids += [_create(db, sg, ORDINARY, d, items=()) for d in days[1:4]]
    extra = _create(db, sg, EXTRAORDINARY, D(2026, 11, 27), items=())
    with db.session() as s:
        assert month_warning(s, s.get(Sess, ids[0])) is None
        assert month_warning(s, s.get(Sess, extra)) is None
    ids.append(_create(db, sg, ORDINARY, days[4], items=()))
    with db.session() as s:
        assert "hay 5 sesiones ordinarias: la ley permite como máximo 4" in month_warning(
            s, s.get(Sess, ids[4]))
        end_without_holding(s, sg, ids[4], CANCELLED, "Se programó por error")
        assert month_warning(s, s.get(Sess, ids[0])) is None


# ---- Agenda ------------------------------------------------------------------------------------

def test_agenda_of_a_convened_extraordinaria_is_frozen(db, sg):
    sid = _create(db, sg, EXTRAORDINARY, D(2026, 12, 1))
    with db.session() as s:
        with pytest.raises(ValidationFailed) as exc:
            add_item(s, sg, sid, ItemForm(section=DESPACHO, title="Oficio de la UGEL"))
        assert _fields(exc) == ["section"]
        assert not agenda_frozen(s.get(Sess, sid))
    item = _items(db, sid)[0]
    _convene(db, sg, sid, D(2026, 11, 23))
    with db.session() as s:
        assert agenda_frozen(s.get(Sess, sid))
        refusals = [
            lambda: add_item(s, sg, sid, ItemForm(title="Otro asunto")),
            lambda: update_item(s, sg, item, ItemForm(title="Aprobar otra cosa")),
            lambda: remove_item(s, sg, item),
            lambda: move_item(s, sg, item, 1),
        ]
        for refused in refusals:
            with pytest.raises(DomainError, match="queda fijada en la citación"):
                refused()
        assert [i.title for i in s.get(Sess, sid).items] == [PDLC]


def test_a_point_added_to_a_convened_ordinaria_is_outside_the_agenda(db, sg):
    sid = _create(db, sg, ORDINARY, D(2026, 11, 26))
    summoned = _items(db, sid)[0]
    _convene(db, sg, sid, D(2026, 11, 20))
    with db.session() as s:
        outside = add_item(s, sg, sid, ItemForm(title="Declarar en emergencia la vía Pisac-Taray",
                                                majority=SIMPLE))
        pedido = add_item(s, sg, sid, ItemForm(section=PEDIDOS, title="Pedido de la regidora"))
        rows = {i.id: i for i in s.get(Sess, sid).items}
        assert (rows[outside].outside_agenda, rows[outside].majority) == (True, UNANIMITY)
        assert (rows[pedido].outside_agenda, rows[summoned].outside_agenda) == (False, False)
        with pytest.raises(DomainError, match="figura en las citaciones"):
            update_item(s, sg, summoned, ItemForm(title="Otro asunto"))
        with pytest.raises(DomainError, match="no se quita"):
            remove_item(s, sg, summoned)


def test_a_matter_outside_the_agenda_may_arise_during_the_session(db, sg):
    sid = _held(db, sg, [(PDLC, SIMPLE)])
    mayor, regs = _members(db, D(2026, 11, 26))
    with db.session() as s:
        item = add_item(s, sg, sid, ItemForm(title="Saludar el aniversario de la I.E. 50129"))
        row = next(i for i in s.get(Sess, sid).items if i.id == item)
        assert (row.outside_agenda, row.majority) == (True, UNANIMITY)
        # Not in any summons: its wording may be corrected, or it may be withdrawn unvoted.
        update_item(s, sg, item, ItemForm(title="Saludar el aniversario de la I.E. 50130"))
        assert row.title.endswith("50130")
        remove_item(s, sg, item)
        voted = add_item(s, sg, sid, ItemForm(title="Declarar huésped ilustre"))
        record_votes(s, sg, voted, {m: (FOR, "") for m in [mayor, *regs]})
        with pytest.raises(DomainError, match="ya se votó"):
            remove_item(s, sg, voted)
        set_closing_time(s, sg, sid, "13:40")
        with pytest.raises(DomainError, match="su agenda ya no cambia"):
            add_item(s, sg, sid, ItemForm(title="Tarde"))


# ---- Summonses ---------------------------------------------------------------------------------

def test_convening_gives_one_numbered_summons_per_member_and_invited_official(db, sg):
    """The regidores and the invited officials only: the alcalde convenes and the secretario
    general attends by office (neither is summoned, even if marked as invited)."""
    with db.session() as s:
        from pisac_desktop.core.institution import holder_on
        secretary = holder_on(s, "GENERAL_SECRETARY", D(2026, 12, 1)).id
        default = new_session_form(s, TODAY, EXTRAORDINARY).invitee_ids
        assert secretary not in default and len(default) == 1  # the gerente municipal
    sid = _create(db, sg, EXTRAORDINARY, D(2026, 12, 1), invitee_ids=[*default, secretary])
    with db.session() as s:
        from pisac_desktop.council.session_view import convene_preview
        preview = convene_preview(s, sid, D(2026, 11, 23))
        assert preview.count == 6 and "el alcalde convoca" in preview.text()
    ids = _convene(db, sg, sid, D(2026, 11, 23))
    with db.session() as s:
        rows = summonses(s, sid)
        assert [r.id for r in rows] == ids
        assert [r.number_text for r in rows] == [
            f"CITACIÓN N° {n:03d}-2026-SG-MDP" for n in range(1, 7)]
        assert [r.addressee_post for r in rows] == [
            "Regidora", "Regidor", "Regidora", "Regidor", "Regidor", "Gerente Municipal"]
        assert council_on(s, D(2026, 12, 1)).mayor.id not in {r.member_id for r in rows}
        assert secretary not in {r.officeholder_id for r in rows}
        assert {r.issued_on for r in rows} == {D(2026, 11, 23)}
        session_row = s.get(Sess, sid)
        assert (session_row.state, session_row.convened_on) == (CONVENED, D(2026, 11, 23))
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "convene")).one()
        assert "CITACIÓN N° 001-2026-SG-MDP a CITACIÓN N° 006-2026-SG-MDP" in audit.changes
        with pytest.raises(DomainError, match="ya convocó esta sesión"):
            convene(s, sg, sid, D(2026, 11, 24))
    empty = _create(db, sg, ORDINARY, D(2026, 12, 3), items=())
    with db.session() as s, pytest.raises(DomainError, match="Agregue la agenda"):
        convene(s, sg, empty, D(2026, 11, 23))
    with db.session() as s:
        add_item(s, sg, empty, ItemForm(title="Informe de la Gerencia Municipal"))
        with pytest.raises(DomainError, match="posterior a la de la sesión"):
            convene(s, sg, empty, D(2026, 12, 4))


def test_a_member_on_leave_is_not_summoned(db, sg):
    _mayor, regs = _members(db, D(2026, 12, 1))
    _leave(db, sg, regs[1], D(2026, 11, 25), D(2026, 12, 5))
    sid = _create(db, sg, EXTRAORDINARY, D(2026, 12, 1))
    _convene(db, sg, sid, D(2026, 11, 23))
    with db.session() as s:
        rows = summonses(s, sid)
        assert len(rows) == 5 and regs[1] not in {r.member_id for r in rows}


def _new_term_2027(db):
    with db.session() as s:
        term = Term(start_year=2027, end_year=2030, councillor_seats=5)
        s.add(term)
        for pos, dni in enumerate(("31000001", "31000002", "31000003", "31000004", "31000005",
                                   "31000006")):
            s.add(CouncilMember(term=term, role=ROLE_MAYOR if pos == 0 else ROLE_COUNCILLOR,
                                full_name=f"Miembro {pos}", dni=dni, position=pos))


def test_summons_numbers_continue_through_the_year_restart_next_year_never_repeat(db, sg):
    _new_term_2027(db)
    plan = [  # (kind, session date, convened on)
        (ORDINARY, D(2026, 11, 5), D(2026, 11, 2)),
        (EXTRAORDINARY, D(2026, 11, 18), D(2026, 11, 9)),
        (ORDINARY, D(2027, 1, 8), D(2026, 12, 28)),  # issued in 2026: numbered in 2026
        (ORDINARY, D(2027, 1, 14), D(2027, 1, 4)),
    ]
    sids = [_create(db, sg, kind, day) for kind, day, _on in plan]
    for sid, (_k, _d, on) in zip(sids, plan, strict=True):
        _convene(db, sg, sid, on)
    with db.session() as s:
        texts = [[r.number_text for r in summonses(s, sid)] for sid in sids]
        assert texts[0][0] == "CITACIÓN N° 001-2026-SG-MDP"
        assert texts[1][0] == "CITACIÓN N° 007-2026-SG-MDP"
        assert texts[2][0] == "CITACIÓN N° 013-2026-SG-MDP"
        assert texts[2][-1] == "CITACIÓN N° 018-2026-SG-MDP"
        assert texts[3][0] == "CITACIÓN N° 001-2027-SG-MDP"
        pairs = s.execute(select(Summons.year, Summons.number)).all()
        assert len(pairs) == len(set(pairs)) == 24
        assert sorted(n for y, n in pairs if y == 2026) == list(range(1, 19))
    # A convening that fails leaves no number behind (its transaction is rolled back).
    late = _create(db, sg, ORDINARY, D(2027, 1, 21))
    with pytest.raises(RuntimeError), db.session() as s:
        convene(s, sg, late, D(2027, 1, 11))
        raise RuntimeError("la impresora se atascó")
    with db.session() as s:
        convene(s, sg, late, D(2027, 1, 11))
        assert summonses(s, late)[0].number_text == "CITACIÓN N° 007-2027-SG-MDP"


def test_late_summons_of_an_extraordinaria_is_flagged_until_rescheduled(db, sg):
    """5 full business days between notification and session (DOMAIN.md section 3)."""
    sid = _create(db, sg, EXTRAORDINARY, D(2026, 12, 1))
    ids = _convene(db, sg, sid, D(2026, 11, 23))
    with db.session() as s:
        assert unresolved_late(s, s.get(Sess, sid)) == []  # not delivered yet
    on_time = _deliver(db, sg, ids[0], T(2026, 11, 23, 16, 30))
    assert (on_time.between, on_time.late) == (5, False)
    assert on_time.text() == "A tiempo (5 días hábiles de anticipación)"
    late = _deliver(db, sg, ids[1], T(2026, 11, 24, 9, 0))
    assert (late.between, late.required, late.late) == (4, 5, True)
    assert late.earliest.result == D(2026, 12, 2)
    assert late.text() == ("Entregada tarde: 4 de 5 días hábiles; fecha lícita más próxima "
                           "02/12/2026")
    with db.session() as s:
        flagged = unresolved_late(s, s.get(Sess, sid))
        assert [x.id for x, _check in flagged] == [ids[1]]
        with pytest.raises(ValidationFailed) as exc:
            reschedule(s, sg, sid, D(2026, 12, 1), "10:00", "")
        assert _fields(exc) == ["session_date", "reason"]
        reschedule(s, sg, sid, D(2026, 12, 2), "10:00", "Citación tardía a un regidor")
        assert unresolved_late(s, s.get(Sess, sid)) == []
        assert "Reprogramada del 01/12/2026 al 02/12/2026" in s.get(Sess, sid).state_note


def test_late_summons_is_resolved_by_a_declared_emergency(db, sg):
    sid = _create(db, sg, EXTRAORDINARY, D(2026, 12, 1))
    ids = _convene(db, sg, sid, D(2026, 11, 23))
    assert _deliver(db, sg, ids[2], T(2026, 11, 26, 9, 0)).earliest.result == D(2026, 12, 4)
    with db.session() as s:
        assert len(unresolved_late(s, s.get(Sess, sid))) == 1
        # Not installed while a member notified late is absent (attending waives the notice).
        late_member = s.get(Summons, ids[2]).member_id
        c = council_on(s, D(2026, 12, 1))
        record_attendance(s, sg, sid, {m.id: (ABSENT if m.id == late_member else PRESENT, "")
                                       for m in c.members})
        with pytest.raises(DomainError, match="sin la anticipación de ley a miembros que no"):
            install(s, sg, sid, "10:00", WAIVER, clock=on_day(s, sid))
        with pytest.raises(ValidationFailed) as exc:
            note_emergency(s, sg, sid, "  ")
        assert _fields(exc) == ["note"]
        note_emergency(s, sg, sid, "Emergencia por lluvias: D.S. N° 120-2026-PCM")
        assert unresolved_late(s, s.get(Sess, sid)) == []
        assert install(s, sg, sid, "10:00", WAIVER, clock=on_day(s, sid)).reached


def test_ordinaria_notice_is_the_ric_setting_default_two_business_days(db, sg):
    sid = _create(db, sg, ORDINARY, D(2026, 11, 26))  # Thursday
    ids = _convene(db, sg, sid, D(2026, 11, 20))
    assert not _deliver(db, sg, ids[0], T(2026, 11, 23, 9, 0)).late  # 24 and 25 between
    check = _deliver(db, sg, ids[1], T(2026, 11, 24, 9, 0))
    assert (check.between, check.required, check.late) == (1, 2, True)
    assert check.earliest.result == D(2026, 11, 27)
    with db.session() as s:
        form = settings_form(s)
        form.ordinary_notice_days = 3
        save_council_settings(s, sg, form)
    with db.session() as s:
        late = unresolved_late(s, s.get(Sess, sid))
        assert sorted(x.id for x, _c in late) == [ids[0], ids[1]]
        form.ordinary_notice_days = 0
        with pytest.raises(ValidationFailed) as exc:
            save_council_settings(s, sg, form)
        assert _fields(exc) == ["ordinary_notice_days"]


def test_delivery_input_is_validated(db, sg):
    sid = _create(db, sg, ORDINARY, D(2026, 11, 26))
    ids = _convene(db, sg, sid, D(2026, 11, 20))
    with db.session() as s:
        with pytest.raises(ValidationFailed) as exc:
            record_delivery(s, sg, ids[0], DeliveryForm(T(2026, 11, 19, 9, 0), " ", "123"))
        assert _fields(exc) == ["delivered_at", "received_by", "receiver_dni"]
        with pytest.raises(ValidationFailed) as exc:
            record_delivery(s, sg, ids[0], DeliveryForm(None, method="fax"))
        assert _fields(exc) == ["delivered_at", "method", "received_by"]


# ---- Postponement ------------------------------------------------------------------------------

def test_postponement_once_three_to_five_business_days_by_two_thirds_of_regidores(db, sg):
    """DOMAIN.md section 3. Tuesday 1 December 2026 + 3..5 business days, with 8 and 9 December
    (Inmaculada Concepción, Batalla de Ayacucho) skipped: 4 to 10 December."""
    sid = _create(db, sg, ORDINARY, D(2026, 12, 1))
    _mayor, regs = _members(db, D(2026, 12, 1))
    with db.session() as s, pytest.raises(DomainError, match="convocada"):
        postpone(s, sg, sid, D(2026, 12, 4), regs)
    _convene(db, sg, sid, D(2026, 11, 25))
    with db.session() as s:
        with pytest.raises(ValidationFailed) as exc:
            postpone(s, sg, sid, D(2026, 12, 3), regs[:3])
        assert _fields(exc) == ["requesting", "session_date"]
        assert "al menos 4 de 5; se marcaron 3" in str(exc.value)
        assert "del 04/12/2026 al 10/12/2026" in str(exc.value)
        with pytest.raises(ValidationFailed):
            postpone(s, sg, sid, D(2026, 12, 11), regs[:4])
        postpone(s, sg, sid, D(2026, 12, 10), regs[:4])
        row = s.get(Sess, sid)
        assert (row.state, row.original_date, row.session_date) == (
            POSTPONED, D(2026, 12, 1), D(2026, 12, 10))
        with pytest.raises(DomainError, match="ya fue postergada una vez"):
            postpone(s, sg, sid, D(2026, 12, 15), regs)
    with db.session() as s:
        record_attendance(s, sg, sid, {m: (PRESENT, "") for m in regs})
        assert install(s, sg, sid, "10:00", WAIVER, clock=on_day(s, sid)).reached


# ---- Attendance and quorum ---------------------------------------------------------------------

def test_quorum_with_a_member_on_leave_and_not_installed_without_it(db, sg):
    """Quorum of the members hábiles that day: 5 hábiles, quorum 3 (DOMAIN.md section 3)."""
    day = D(2026, 11, 26)
    mayor, regs = _members(db, day)
    _leave(db, sg, regs[0], D(2026, 11, 16), D(2026, 11, 30))
    sid = _create(db, sg, ORDINARY, day)
    with db.session() as s, pytest.raises(DomainError, match="Convoque la sesión"):
        record_attendance(s, sg, sid, {mayor: (PRESENT, "")})
    _convene(db, sg, sid, D(2026, 11, 20))
    with db.session() as s:
        quorum = record_attendance(s, sg, sid, {
            regs[0]: (PRESENT, ""), regs[1]: (PRESENT, ""), regs[2]: (LATE, "10:20"),
            regs[3]: (ABSENT, ""), regs[4]: (ABSENT, ""), mayor: (ABSENT, "")})
        assert (quorum.able, quorum.quorum, quorum.present, quorum.reached) == (5, 3, 2, False)
        assert quorum.text() == "NO HAY QUÓRUM: 2 presentes de 5 miembros hábiles (quórum: 3)"
        with pytest.raises(DomainError, match="no instalada por falta de quórum"):
            install(s, sg, sid, "10:30", WAIVER, clock=on_day(s, sid))
        with pytest.raises(ValidationFailed) as exc:
            record_attendance(s, sg, sid, {99999: ("present", "10:61")})
        assert _fields(exc) == ["member", "arrived_at"]
    with db.session() as s:
        # The regidor on leave was marked present: recorded as on leave, not counted.
        marks = attendance_of(s, sid)
        assert marks[regs[0]].status == ON_LEAVE and marks[regs[2]].arrived_at == "10:20"
        assert record_not_installed(s, sg, sid).present == 2
        assert s.get(Sess, sid).state == NOT_INSTALLED
        with pytest.raises(DomainError, match="no se instala"):
            install(s, sg, sid, "10:30", WAIVER, clock=on_day(s, sid))


def test_three_of_five_habiles_install_the_session(db, sg):
    day = D(2026, 11, 26)
    mayor, regs = _members(db, day)
    _leave(db, sg, regs[0], D(2026, 11, 16), D(2026, 11, 30))
    sid = _create(db, sg, ORDINARY, day)
    _convene(db, sg, sid, D(2026, 11, 20))
    with db.session() as s:
        record_attendance(s, sg, sid, {regs[1]: (PRESENT, ""), regs[2]: (PRESENT, ""),
                                       mayor: (PRESENT, "")})
        with pytest.raises(DomainError, match="puede instalarse"):
            record_not_installed(s, sg, sid)
        with pytest.raises(ValidationFailed):
            install(s, sg, sid, "diez", WAIVER, clock=on_day(s, sid))
        quorum = install(s, sg, sid, "10:05", WAIVER, clock=on_day(s, sid))
        assert quorum.text() == "HAY QUÓRUM: 3 presentes de 5 miembros hábiles (quórum: 3)"
        assert (s.get(Sess, sid).state, s.get(Sess, sid).opened_at) == (HELD, "10:05")


# ---- Votes -------------------------------------------------------------------------------------

def test_simple_majority_of_those_present_and_the_alcaldes_tie_break(db, sg):
    """Simple majority of those present; the alcalde votes only to break a tie (DOMAIN.md 3)."""
    day = D(2026, 11, 26)
    mayor, regs = _members(db, day)
    sid = _held(db, sg, [(f"Punto {n}", SIMPLE) for n in range(1, 6)], day)
    p1, p2, p3, p4, p5 = _items(db, sid)
    # The alcalde's ordinary vote is refused with a message, never silently dropped (issue 11).
    with pytest.raises(ValidationFailed, match="no vota en un asunto de mayoría simple") as no:
        _vote(db, sg, p1, _by(regs, "FFFAA") | {mayor: AGAINST})
    assert no.value.errors[0].row == 5 and no.value.errors[0].field == "member"
    result = _vote(db, sg, p1, _by(regs, "FFFAA"))
    assert (result.label, result.votes_for, result.required) == ("APROBADO", 3, 3)
    assert result.counts() == "3 a favor, 2 en contra, 0 abstenciones"
    assert "Regla aplicada: mayoría de los asistentes" in result.explanation
    assert _vote(db, sg, p2, _by(regs, "FFAAA")).label == "DESAPROBADO"
    tie = _vote(db, sg, p3, _by(regs, "FFAAB"))
    assert (tie.tie, tie.awaiting_tiebreak) == (True, True)
    assert tie.label == "EMPATE: falta el voto dirimente"  # pending, not refused
    assert "falta el voto dirimente del alcalde" in tie.explanation
    broke_for = _vote(db, sg, p3, _by(regs, "FFAAB"), mayor_tiebreak=FOR)
    assert (broke_for.label, broke_for.tie) == ("APROBADO", True)
    assert "dirime el voto del alcalde (a favor)" in broke_for.explanation
    assert _vote(db, sg, p4, _by(regs, "FFAA-"), mayor_tiebreak=AGAINST).label == "DESAPROBADO"
    # No tie: the tie-break given is not kept.
    _vote(db, sg, p5, _by(regs, "FFFFA"), mayor_tiebreak=AGAINST)
    with db.session() as s:
        assert s.get(AgendaItem, p5).mayor_tiebreak is None
        assert s.get(AgendaItem, p3).mayor_tiebreak == FOR


def test_tie_break_needs_the_alcalde_present_and_only_present_members_vote(db, sg):
    day = D(2026, 11, 26)
    mayor, regs = _members(db, day)
    sid = _held(db, sg, [(PDLC, SIMPLE), ("Saludo", SIMPLE)], day, absent={mayor, regs[4]})
    item = _items(db, sid)[0]
    with db.session() as s:
        with pytest.raises(ValidationFailed) as exc:
            record_votes(s, sg, item, {regs[0]: (FOR, ""), regs[1]: (FOR, ""),
                                       regs[2]: (AGAINST, ""), regs[3]: (AGAINST, "")},
                         mayor_tiebreak=FOR)
        assert _fields(exc) == ["mayor_tiebreak"] and "El alcalde no está presente" in str(
            exc.value)
        with pytest.raises(ValidationFailed) as exc:
            record_votes(s, sg, item, {regs[4]: (FOR, ""), regs[0]: ("si", "")},
                         majority=TWO_THIRDS_LEGAL)
        assert _fields(exc) == ["member", "choice"]
        assert "Teodoro Yupanqui Sallo no está presente: no vota." in str(exc.value)
        # A refused vote writes nothing, not even the majority asked.
        assert (s.get(AgendaItem, item).majority, s.get(AgendaItem, item).voted) == (
            SIMPLE, False)
    # 4 regidores present: 3 needed.
    assert _vote(db, sg, item, _by(regs[:4], "FFAB")).label == "DESAPROBADO"
    assert _vote(db, sg, item, _by(regs[:4], "FFFA")).label == "APROBADO"


def test_two_thirds_of_the_numero_legal(db, sg):
    """Vacancy (LOM art. 23), disposal of property (art. 66): 4 of 6, even with a member on
    leave, the alcalde voting (DOMAIN.md section 3, rounded up)."""
    day = D(2026, 11, 26)
    mayor, regs = _members(db, day)
    _leave(db, sg, regs[4], D(2026, 11, 16), D(2026, 11, 30))
    sid = _held(db, sg, [("Donar el terreno de Amparaes", TWO_THIRDS_LEGAL),
                         ("Declarar la vacancia", TWO_THIRDS_LEGAL)], day)
    p1, p2 = _items(db, sid)
    result = _vote(db, sg, p1, _by(regs[:4], "FFFA") | {mayor: FOR})
    assert (result.label, result.votes_for, result.required) == ("APROBADO", 4, 4)
    assert "4 votos a favor de 6" in result.explanation
    result = _vote(db, sg, p2, _by(regs[:4], "FFFA") | {mayor: AGAINST})
    assert (result.label, result.votes_for) == ("DESAPROBADO", 3)


def test_two_thirds_of_the_regidores_habiles(db, sg):
    """Removing the gerente municipal (ROF art. 32): two thirds of the regidores hábiles; the
    alcalde's vote does not count. 5 hábiles: 4; one on leave, 4 hábiles: 3."""
    day = D(2026, 11, 26)
    mayor, regs = _members(db, day)
    sid = _held(db, sg, [("Remover al gerente municipal", TWO_THIRDS_COUNCILLORS)] * 2, day)
    p1, p2 = _items(db, sid)
    result = _vote(db, sg, p1, _by(regs, "FFFAA") | {mayor: FOR})
    assert (result.label, result.votes_for, result.required) == ("DESAPROBADO", 3, 4)
    result = _vote(db, sg, p2, _by(regs, "FFFFB") | {mayor: AGAINST})
    assert (result.label, result.required) == ("APROBADO", 4)
    assert result.counts() == "4 a favor, 0 en contra, 1 abstención"
    day = D(2026, 11, 27)
    _leave(db, sg, regs[0], day, day)
    sid = _held(db, sg, [("Remover al gerente municipal", TWO_THIRDS_COUNCILLORS)], day)
    result = _vote(db, sg, _items(db, sid)[0], _by(regs[1:], "FFFA"))
    assert (result.label, result.required) == ("APROBADO", 3)
    assert "3 votos a favor de 4 regidores hábiles" in result.explanation


def test_unanimity_for_a_matter_outside_the_agenda_needs_everyone_habil_present(db, sg):
    """Nothing outside the agenda is decided unless all are present and agree (DOMAIN.md 3)."""
    day = D(2026, 11, 26)
    mayor, regs = _members(db, day)
    everyone = [mayor, *regs]
    sid = _held(db, sg, [(PDLC, SIMPLE)], day)
    with db.session() as s:
        outside = [add_item(s, sg, sid, ItemForm(title=f"Asunto no previsto {n}"))
                   for n in (1, 2)]
    result = _vote(db, sg, outside[0], dict.fromkeys(everyone, FOR), majority=SIMPLE)
    assert (result.label, result.required) == ("APROBADO", 6)
    one_abstains = dict.fromkeys(everyone, FOR) | {regs[2]: ABSTAIN}
    assert _vote(db, sg, outside[1], one_abstains).label == "DESAPROBADO"
    # One member absent: no unanimity possible, even if all those present agree.
    sid = _held(db, sg, [(PDLC, SIMPLE)], D(2026, 11, 27), absent={regs[3]})
    with db.session() as s:
        item = add_item(s, sg, sid, ItemForm(title="Asunto no previsto"))
    present = [m for m in everyone if m != regs[3]]
    result = _vote(db, sg, item, dict.fromkeys(present, FOR))
    assert result.label == "DESAPROBADO" and "Asistieron 5." in result.explanation
    # A member on leave is not hábil: the 5 hábiles present suffice.
    day = D(2026, 12, 2)
    _leave(db, sg, regs[3], day, day)
    sid = _held(db, sg, [(PDLC, SIMPLE)], day)
    with db.session() as s:
        item = add_item(s, sg, sid, ItemForm(title="Asunto no previsto"))
    assert _vote(db, sg, item, dict.fromkeys(present, FOR)).label == "APROBADO"


def test_votes_only_in_an_installed_session_and_on_the_orden_del_dia(db, sg):
    day = D(2026, 11, 26)
    mayor, regs = _members(db, day)
    sid = _create(db, sg, ORDINARY, day, [(PDLC, SIMPLE)])
    item = _items(db, sid)[0]
    _convene(db, sg, sid, D(2026, 11, 20))
    with db.session() as s:
        with pytest.raises(DomainError, match="sesión instalada"):
            record_votes(s, sg, item, {})
        despacho = add_item(s, sg, sid, ItemForm(section=DESPACHO, title="Oficio del GORE"))
        record_attendance(s, sg, sid, {m: (PRESENT, "") for m in [mayor, *regs]})
        install(s, sg, sid, "10:00", WAIVER, clock=on_day(s, sid))
        with pytest.raises(DomainError, match="Despacho no se votan"):
            record_votes(s, sg, despacho, {})


# ---- The acuerdo drafted from an approved item -------------------------------------------------

def test_an_approved_item_becomes_a_draft_acuerdo_linked_to_it(db, sg):
    day = D(2026, 11, 26)
    mayor, regs = _members(db, day)
    sid = _held(db, sg, [(PDLC, SIMPLE), ("Aprobar la Ordenanza de ornato", SIMPLE),
                         ("Rechazado", SIMPLE)], day)
    p1, p2, p3 = _items(db, sid)
    _vote(db, sg, p1, _by(regs, "FFAAB"), mayor_tiebreak=FOR)
    _vote(db, sg, p2, _by(regs, "FFFFF"))
    _vote(db, sg, p3, _by(regs, "AAAAF"))
    with db.session() as s:
        with pytest.raises(DomainError, match="Elija Acuerdo de Concejo, Resolución de Concejo u Ordenanza"):
            draft_outcome(s, sg, p1, "MAYOR_RESOLUTION")
        acuerdo = s.get(Instrument, draft_outcome(s, sg, p1, "COUNCIL_AGREEMENT"))
        assert (acuerdo.kind_code, acuerdo.state, acuerdo.summary) == (
            "COUNCIL_AGREEMENT", "draft", PDLC)
        assert acuerdo.doc_date == day
        assert acuerdo.references == "SESIÓN ORDINARIA N° 01-2026, punto 1"
        assert "por MAYORÍA, con el voto dirimente del alcalde (2 a favor, 2 en contra, " \
               "1 abstención)" in acuerdo.whereas
        assert "APROBAR el Plan de Desarrollo Local Concertado 2027-2030." in acuerdo.articles
        ordenanza = s.get(Instrument, draft_outcome(s, sg, p2, "ORDINANCE"))
        assert ordenanza.kind_code == "ORDINANCE" and "por UNANIMIDAD" in ordenanza.whereas
        linked = s.get(AgendaItem, p1)
        assert (linked.instrument_id, linked.outcome_kind) == (acuerdo.id, "COUNCIL_AGREEMENT")
        with pytest.raises(DomainError, match="ya tiene su documento"):
            draft_outcome(s, sg, p1, "COUNCIL_AGREEMENT")
        with pytest.raises(DomainError, match="Solo un punto aprobado"):
            draft_outcome(s, sg, p3, "COUNCIL_AGREEMENT")


# ---- Permissions -------------------------------------------------------------------------------

def test_a_read_only_account_is_refused_everything(db, sg):
    day = D(2026, 11, 26)
    sid = _held(db, sg, [(PDLC, SIMPLE)], day)
    item = _items(db, sid)[0]
    with db.session() as s:
        reader = demo_actor(s, "consulta")
        form = new_session_form(s, TODAY, ORDINARY)
        form.session_date = day
        attempts = [
            lambda: create_session(s, reader, form),
            lambda: add_item(s, reader, sid, ItemForm(title="Algo")),
            lambda: convene(s, reader, sid, D(2026, 11, 20)),
            lambda: record_attendance(s, reader, sid, {}),
            lambda: record_votes(s, reader, item, {}),
            lambda: draft_outcome(s, reader, item, "COUNCIL_AGREEMENT"),
            lambda: note_emergency(s, reader, sid, "x"),
        ]
        for attempt in attempts:
            with pytest.raises(PermissionDenied):
                attempt()


def test_install_is_refused_before_the_date_and_asks_the_reason_for_late_summonses(db, sg):
    """Issue 11: a session a week ahead with undelivered summonses was installed silently."""
    from pisac_desktop.council.attendance import NoticeReasonNeeded, install_waiver

    sid = _create(db, sg, ORDINARY, D(2026, 11, 26))
    ids = _convene(db, sg, sid, D(2026, 11, 23))
    for summons_id in ids[1:]:
        _deliver(db, sg, summons_id, T(2026, 11, 23, 10, 0))
    with db.session() as s:
        c = council_on(s, D(2026, 11, 26))
        record_attendance(s, sg, sid, {m.id: (PRESENT, "") for m in c.members})
        with pytest.raises(DomainError, match="no se instala antes de su fecha"):
            install(s, sg, sid, "10:05")  # the tests' today: 21/11/2026
        with pytest.raises(NoticeReasonNeeded, match="pendiente de entrega") as asked:
            install(s, sg, sid, "10:05", clock=on_day(s, sid))
        assert len(asked.value.issues) == 1 and "CITACIÓN N° 001-2026" in asked.value.issues[0]
        with pytest.raises(ValidationFailed):
            install(s, sg, sid, "10:05", "x" * 5000, clock=on_day(s, sid))
        install(s, sg, sid, "10:05", "  La regidora asistió y dispensó el plazo. ",
                clock=on_day(s, sid))
        row = s.get(Sess, sid)
        assert row.state == HELD
        assert install_waiver(row) == "La regidora asistió y dispensó el plazo."
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "state_change")
                          .order_by(AuditEntry.id.desc())).first()
        assert "dispensó el plazo" in audit.changes and "pendiente de entrega" in audit.changes


def test_simple_majority_of_the_votes_cast_is_a_council_setting(db, sg):
    """Issue 11: many RICs count the votes cast (abstentions left out); the default stays the
    majority of those present (abstentions count against)."""
    day = D(2026, 11, 26)
    _mayor, regs = _members(db, day)
    sid = _held(db, sg, [("Punto 1", SIMPLE), ("Punto 2", SIMPLE)], day)
    p1, p2 = _items(db, sid)
    present = _vote(db, sg, p1, _by(regs, "FFABB"))
    assert (present.label, present.required) == ("DESAPROBADO", 3)  # 2 of 5 present
    with db.session() as s:
        form = settings_form(s)
        form.simple_majority = "cast"
        save_council_settings(s, sg, form)
    cast = _vote(db, sg, p2, _by(regs, "FFABB"))
    assert (cast.label, cast.required) == ("APROBADO", 2)  # 2 for, 1 against
    assert "las abstenciones no se cuentan" in cast.explanation
    assert "Regla aplicada: mayoría de los votos emitidos" in cast.explanation
    tie = _vote(db, sg, p2, _by(regs, "FABBB"))
    assert (tie.tie, tie.awaiting_tiebreak) == (True, True)
    with db.session() as s:
        form = settings_form(s)
        form.simple_majority = "otra"
        with pytest.raises(ValidationFailed, match="cómo se cuenta la mayoría simple"):
            save_council_settings(s, sg, form)
