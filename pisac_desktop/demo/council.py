"""Fictional council sessions for the demo: last year and this year up to today, then what lies
ahead (one session convened, one programmed).

Everything goes through the domain (sessions, minutes, proposals, instruments), so the data obey
the app's rules and every step is audited: ordinary sessions twice a month, a few
extraordinarias (an emergency convened at short notice, one at the request of a third of the
número legal, the budget), the solemn sessions of Fiestas Patrias, agenda proposals, numbered summonses (some
delivered late: one resolved by a noted emergency, one by rescheduling, one still unresolved on
the session ahead), a regidora on leave for a month, tardanzas and absences, a session not
installed for want of quorum, votes (mostly unanimous, some split, a tie broken by the alcalde,
a qualified majority, a matter outside the agenda, a rejected item), the acuerdos and ordenanzas
issued from approved items, and actas closed, approved and registered in two minute books (the
first nearly full); the latest session's acta is still a draft.
"""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.permissions import Actor
from pisac_desktop.council import agenda as Age
from pisac_desktop.council import attendance as Att
from pisac_desktop.council import books as B
from pisac_desktop.council import minutes as M
from pisac_desktop.council import outcome as Out
from pisac_desktop.council import proposals as P
from pisac_desktop.council import sessions as S
from pisac_desktop.council import settings as Set
from pisac_desktop.council import summons as Sum
from pisac_desktop.council import votes as Vot
from pisac_desktop.council.members import StatusForm, council_on, record_status
from pisac_desktop.council.minutes_paper import printed_folios
from pisac_desktop.db.models import (
    CouncilMember,
    CouncilSession,
    CouncilSettings,
    Institution,
    InstrumentKind,
    Minutes,
    Officeholder,
    OrgUnit,
    Term,
    User,
    YearName,
)
from pisac_desktop.db.models.council import (
    ABSENT,
    ABSTAIN,
    AGAINST,
    DESPACHO,
    FOR,
    INFORMES,
    LATE,
    MINUTES_CLOSED,
    ORDEN_DEL_DIA,
    ORDINARY,
    PEDIDOS,
    PRESENT,
    SIMPLE,
    STATUS_LEAVE,
)
from pisac_desktop.demo.council_plan import (
    ORDINANCE,
    PERCY,
    REASONS,
    TEODORO,
    Plan,
    Point,
    business_days_before,
    plan_sessions,
)
from pisac_desktop.instruments.issued import publish
from pisac_desktop.instruments.register import issue

NOTARY = "Abog. Rina Zúñiga Farfán, Notaria Pública de Calca"
BOOK1_FOLIOS, BOOK2_FOLIOS = 80, 200
PLACEHOLDER_PREVIOUS = "[indique si fue aprobada]."


# ----------------------------------------------------------------------------------------------
# Carrying the plan out through the domain


PINNED = (User, Institution, YearName, OrgUnit, Officeholder, Term, CouncilMember, CouncilSettings,
          InstrumentKind)
RELATIVES = (("Juana Quispe Ccori", "41852963"), ("Mario Huamán Sutta", "44120875"),
             ("Elena Chura Apaza", "45236981"), ("Rosa Yupanqui Cusi", "40987123"))


def pin_reference_rows(session: Session) -> list:
    """Rows every domain call reads again (the accounts behind each permission check, the
    settings, the kinds, the council...): while the returned list is held, they stay in the
    session's identity map instead of being loaded once per call (thousands of queries fewer
    while the demo is created)."""
    Set.ensure_council_defaults(session)
    rows = [row for model in PINNED for row in session.scalars(select(model))]
    return rows + [role for row in rows if isinstance(row, User) for role in row.roles]


class _Demo:
    def __init__(self, session: Session, secretary: Actor, manager: Actor, today: dt.date,
                 rng: random.Random):
        self.s, self.actor, self.manager = session, secretary, manager
        self.today, self.rng = today, rng
        self.cal = BusinessCalendar.load(session)
        self._pinned = pin_reference_rows(session)
        self.books: list[int] = []
        self.last: Plan | None = None  # its acta stays a draft: the secretary is completing it

    # -- a session from programming to its acta ------------------------------------------------

    def run(self, plan: Plan) -> None:
        s, actor = self.s, self.actor
        council = council_on(s, plan.day)
        if council is None:  # outside the demo's term
            return
        members = council.members
        convened_on = plan.convened_on or business_days_before(self.cal, plan.day, plan.notice)
        form = S.new_session_form(s, convened_on, plan.kind)
        form.session_date, form.start_time = plan.day, plan.start
        if plan.third:
            form.convened_by = "third"
            form.requesting_members = [members[i].id for i in plan.third]
        sid = S.create_session(s, actor, form)
        self._current = s.get(CouncilSession, sid)  # held while the session is dealt with
        items = []  # (item id, point)
        agenda_day = min(convened_on, business_days_before(self.cal, self.today, 1))
        for point in plan.points:
            if not point.outside_agenda:
                items.append((self._add_point(sid, point, agenda_day, members), point))
        if not plan.convene:
            return
        summons_ids = Sum.convene(s, actor, sid, convened_on)
        self._deliver(plan, summons_ids, convened_on, members)
        if plan.emergency:
            Sum.note_emergency(s, actor, sid, plan.emergency)
        day = plan.day
        if plan.reschedule:
            day = self.cal.add_business_days(plan.day, plan.reschedule).result
            who = members[plan.late_member].name
            Sum.reschedule(s, actor, sid, day, plan.start,
                         f"La citación de {who} se notificó fuera del plazo del Reglamento "
                         "Interno del Concejo.")
        if day >= self.today:
            return  # still ahead
        for point in plan.points:
            if point.outside_agenda:
                items.append((Age.add_item(s, actor, sid, Age.ItemForm(
                    ORDEN_DEL_DIA, point.title)), point))
        if day != plan.day:
            council = council_on(s, day)
        marks = {m.id: (ABSENT, "") if i in plan.absent else
                 (LATE, plan.late[i]) if i in plan.late else (PRESENT, "")
                 for i, m in enumerate(council.members)}
        Att.record_attendance(s, actor, sid, marks)
        present = {m.id for i, m in enumerate(council.members)
                   if m.able and i not in plan.absent}
        if not plan.held:
            Att.record_not_installed(s, actor, sid)
            self._minutes(sid, plan, day, close=True)
            return
        waiver = ("Los miembros notificados fuera del plazo asistieron y dispensaron el plazo de "
                  "la citación." if Att.notice_issues(s, self._current) else "")
        Att.install(s, actor, sid, plan.start[:3] + "0" + str(self.rng.randint(2, 9)), waiver)
        if plan.kind == ORDINARY:
            self._approve_previous(sid, day)
        for item_id, point in items:
            self._deal_with(item_id, point, council, present, day)
        Vot.set_closing_time(s, actor, sid, self.rng.choice(("12:10", "12:40", "13:15")))
        self._minutes(sid, plan, day, close=plan is not self.last)

    def _add_point(self, sid: int, point: Point, received: dt.date, members) -> int:
        if point.proposal is None:
            return Age.add_item(self.s, self.actor, sid, Age.ItemForm(
                point.section, point.title, point.detail, point.majority))
        kind, who, references = point.proposal
        on = business_days_before(self.cal, received, 5)
        proposer = self.manager if kind == "management" else self.actor
        proposal_id = P.register(self.s, proposer, P.ProposalForm(
            kind, members[who].id if who is not None else None, point.title,
            references.replace("{y}", str(on.year)), on), today=self.today)
        return P.include(self.s, self.actor, proposal_id, P.IncludeForm(
            sid, point.section, point.title, point.majority))

    def _deliver(self, plan: Plan, summons_ids: list[int], convened_on: dt.date,
                 members) -> None:
        s = self.s
        late_id = members[plan.late_member].id if plan.late_member is not None else None
        held = {x.id: x for x in Sum.summonses(s, self._current.id)}  # one query, not one each
        for pos, summons_id in enumerate(summons_ids, start=1):
            summons = held[summons_id]
            if pos == plan.pending_position:
                continue
            when = dt.datetime.combine(convened_on, dt.time(9 + pos // 2, 15 * (pos % 4)))
            method, receiver, dni = "personal", summons.addressee_name, ""
            if summons.member_id is not None:
                member = next(m for m in members if m.id == summons.member_id)
                dni = member.dni
                if summons.member_id == late_id:
                    when = dt.datetime.combine(business_days_before(self.cal, plan.day, 1), dt.time(17, 10))
                    method, (receiver, dni) = "domicile", RELATIVES[pos % len(RELATIVES)]
                elif self.rng.random() < 0.15:
                    method, (receiver, dni) = "domicile", RELATIVES[pos % len(RELATIVES)]
            else:
                holder = s.get(Officeholder, summons.officeholder_id)
                dni = holder.dni
                if self.rng.random() < 0.3:
                    method, receiver, dni = "virtual", "", ""
            Sum.record_delivery(s, self.actor, summons_id, Sum.DeliveryForm(
                when, receiver, dni, method))

    def _deal_with(self, item_id: int, point: Point, council, present: set[int],
                   day: dt.date) -> None:
        s, actor = self.s, self.actor
        text = _deliberation(point, council, present, self.rng)
        if point.section == ORDEN_DEL_DIA and point.outcome is not None:
            votes, tiebreak = _votes(point, council, present)
            result = Vot.record_votes(s, actor, item_id, votes, mayor_tiebreak=tiebreak)
            if result.approved:
                instrument_id = Out.draft_outcome(s, actor, item_id, point.outcome)
                doc = issue(s, actor, instrument_id)
                if point.outcome == ORDINANCE and day + dt.timedelta(days=3) < self.today:
                    publish(s, actor, instrument_id, "posters", day + dt.timedelta(days=3),
                            "Carteles en el local municipal y en la Plaza de Armas, con "
                            "constancia del Juez de Paz de Pisac")
                if point.leave is not None:
                    who, start, end = point.leave
                    record_status(s, actor, StatusForm(
                        council.members[who].id, STATUS_LEAVE, start, end, doc.number_text))
        Vot.set_deliberation(s, actor, item_id, text, point.dispensed)

    # -- actas and the minute books -------------------------------------------------------------

    def _minutes(self, sid: int, plan: Plan, day: dt.date, close: bool) -> None:
        s, actor = self.s, self.actor
        minutes_id = M.draft_minutes(s, actor, sid)
        row = s.get(Minutes, minutes_id)
        if PLACEHOLDER_PREVIOUS in row.body:
            previous = _previous_minutes(s, day)
            said = ("aprobada al término de dicha sesión." if previous is not None
                    and previous.approved_in_session_id == previous.session_id
                    else "cuya aprobación quedó para la próxima sesión ordinaria.")
            M.save_body(s, actor, minutes_id, row.body.replace(PLACEHOLDER_PREVIOUS, said))
        if not close:
            return
        M.close_minutes(s, actor, minutes_id)
        if plan.emergency:  # decided with dispensa: approved at the end of the same session
            M.approve_minutes(s, actor, minutes_id, "same")

    def _approve_previous(self, sid: int, day: dt.date) -> None:
        """At the start of an ordinaria: the actas still to approve, then into the book."""
        s, actor = self.s, self.actor
        for row in _minutes_where(s, Minutes.state == MINUTES_CLOSED):
            M.approve_minutes(s, actor, row.id, "next", sid)
        for row in _minutes_where(s, Minutes.approved_on.is_not(None), Minutes.book_id.is_(None)):
            if "no se instaló" not in row.body:
                self.rng.randint(2, 4)  # the demo's random sequence stays as it was
            # As many folios as the printed acta has pages (register_in_book refuses others).
            folios = printed_folios(s, row)
            B.register_in_book(s, actor, row.id, self._book(folios, day), folios)

    def _book(self, folios: int, day: dt.date) -> int:
        s, actor = self.s, self.actor
        if not self.books:
            self.books.append(B.save_book(s, actor, B.BookForm(
                1, NOTARY, dt.date(day.year - 1, 12, 16), BOOK1_FOLIOS)))
        view = B.book_view(s, self.books[-1])
        if view.remaining - folios < 2:  # the acta and its signatures would not fit
            self.books.append(B.save_book(s, actor, B.BookForm(
                view.number + 1, NOTARY, business_days_before(self.cal, day, 3), BOOK2_FOLIOS)))
        return self.books[-1]


def _minutes_where(session: Session, *where) -> list[Minutes]:
    return list(session.scalars(
        select(Minutes).join(CouncilSession, CouncilSession.id == Minutes.session_id)
        .where(*where).order_by(CouncilSession.session_date, CouncilSession.id)))


def _previous_minutes(session: Session, day: dt.date) -> Minutes | None:
    return session.scalar(
        select(Minutes).join(CouncilSession, CouncilSession.id == Minutes.session_id)
        .where(CouncilSession.session_date < day)
        .order_by(CouncilSession.session_date.desc(), CouncilSession.id.desc()).limit(1))


def _votes(point: Point, council, present: set[int]):
    """member id -> (choice, reasoning) of the regidores present (and of the alcalde where a
    qualified majority or unanimity counts his vote), and the alcalde's tie-breaking vote."""
    opposition = {council.members[PERCY].id, council.members[TEODORO].id}
    regidores = sorted((m for m in council.able if not m.is_mayor and m.id in present),
                       key=lambda m: m.id in opposition)  # the opposition last
    opp = [m for m in regidores if m.id in opposition]
    choice = {m.id: FOR for m in regidores}
    if point.votes == "one_against" and opp:
        choice[opp[-1].id] = AGAINST
    elif point.votes == "two_against":
        choice.update({m.id: AGAINST for m in opp})
    elif point.votes == "abstain" and opp:
        choice[opp[0].id] = ABSTAIN
    elif point.votes == "rejected":
        choice = {m.id: FOR if m.id in opposition else AGAINST for m in regidores}
    elif point.votes == "tie":
        half = len(regidores) // 2
        for i, m in enumerate(regidores):
            choice[m.id] = FOR if i < half else AGAINST if i < 2 * half else ABSTAIN
    votes = {k: (c, REASONS[c][i % len(REASONS[c])] if c != FOR else "")
             for i, (k, c) in enumerate(choice.items())}
    mayor = council.mayor
    if (point.majority != SIMPLE or point.outside_agenda) and mayor and mayor.id in present:
        votes = {mayor.id: (FOR, ""), **votes}
    return votes, FOR if point.votes == "tie" else None


def _who(m) -> str:
    return f"{'la' if m.feminine else 'el'} {m.role_label.lower()} {m.name}"


def _deliberation(point: Point, council, present: set[int], rng: random.Random) -> str:
    speakers = [m for m in council.members if m.id in present and not m.is_mayor]
    a, b = rng.sample(speakers, 2) if len(speakers) >= 2 else (speakers * 2)[:2]
    if point.section == DESPACHO:
        return ("Se dio cuenta del documento; el Concejo tomó conocimiento y dispuso su "
                "derivación a la Gerencia Municipal para su atención.")
    if point.section == INFORMES:
        return (f"Se expuso el informe. Formularon preguntas {_who(a)} y {_who(b)}, que fueron "
                "absueltas; el Concejo tomó conocimiento.")
    if point.section == PEDIDOS:
        return ("El pedido fue sustentado por su autor; el alcalde dispuso que la Gerencia "
                "Municipal lo atienda e informe en la próxima sesión.")
    if point.outcome is None:
        if point.title.startswith("Informe"):
            return (f"El Gerente Municipal expuso el informe. Intervinieron {_who(a)} y "
                    f"{_who(b)}, quienes pidieron precisiones sobre los plazos y el "
                    "presupuesto; el Concejo tomó conocimiento.")
        return "Se cumplió con el acto protocolar previsto, con la asistencia de autoridades " \
               "e invitados."
    if point.outside_agenda:
        return (f"A propuesta de {_who(a)}, con la presencia de todos los miembros del Concejo, "
                "se acordó tratar el asunto, no previsto en la agenda de la citación.")
    return (f"El Gerente Municipal sustentó el punto con los informes técnico y legal que obran "
            f"en el expediente. Intervinieron {_who(a)} y {_who(b)}.")


def add_demo_council(session: Session, secretary: Actor, manager: Actor, today: dt.date,
                     seed: int = 2026) -> None:
    """The council's sessions, in date order, and the agenda proposals still open."""
    rng = random.Random(seed)
    demo = _Demo(session, secretary, manager, today, rng)
    plans = plan_sessions(demo.cal, today, rng)
    held = [p for p in plans if p.held and p.day < today]
    demo.last = held[-1] if held else None
    for plan in plans:
        demo.run(plan)
    _open_proposals(session, secretary, manager, today, demo.cal)


def _open_proposals(session: Session, secretary: Actor, manager: Actor, today: dt.date,
                    cal: BusinessCalendar) -> None:
    """Proposals received and not yet on an agenda: one observed, one returned, two waiting."""
    council = council_on(session, today)
    if council is None:
        return
    y = today.year

    def register(actor, kind, who, subject, references, days_ago):
        return P.register(session, actor, P.ProposalForm(
            kind, council.members[who].id if who is not None else None, subject, references,
            business_days_before(cal, today, days_ago)), today=today)

    observed = register(manager, "management", None, "Aprobar el Reglamento de Organización y "
                        "Funciones (ROF) de la Municipalidad Distrital de Pisac",
                        f"Informe N° 101-{y}-OPP-MDP", 25)
    P.observe(session, secretary, observed, "Falta el informe legal de la Oficina de Asesoría "
                                            "Jurídica y el proyecto de organigrama.")
    returned = register(secretary, "councillor", PERCY, "Otorgar una bonificación extraordinaria "
                        "a los trabajadores municipales por fin de año", "", 15)
    P.return_proposal(session, secretary, returned, "No es materia del Concejo: las "
                      "remuneraciones del personal se rigen por las leyes de presupuesto del "
                      "sector público.")
    register(secretary, "councillor", TEODORO, "Declarar de interés distrital la Feria del Maíz "
             "Blanco Gigante del Valle Sagrado en Pisac", "Carta de la Asociación de Productores "
             "Agropecuarios de Pisac", 2)
    register(manager, "management", None, f"Aprobar el Plan de Desarrollo de las Personas "
             f"(PDP) del año {y + 1}", f"Informe N° 145-{y}-OA-MDP", 1)
