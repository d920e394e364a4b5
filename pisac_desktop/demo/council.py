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
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.permissions import Actor
from pisac_desktop.council import books as B
from pisac_desktop.council import minutes as M
from pisac_desktop.council import proposals as P
from pisac_desktop.council import sessions as S
from pisac_desktop.council.members import StatusForm, council_on, record_status
from pisac_desktop.council.printing import printed_folios
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
    EXTRAORDINARY,
    FOR,
    INFORMES,
    LATE,
    MINUTES_CLOSED,
    ORDEN_DEL_DIA,
    ORDINARY,
    PEDIDOS,
    PRESENT,
    SIMPLE,
    SOLEMN,
    STATUS_LEAVE,
    TWO_THIRDS_LEGAL,
)
from pisac_desktop.instruments.register import issue, publish

AGREEMENT, ORDINANCE = "COUNCIL_AGREEMENT", "ORDINANCE"
OUTCOME_KINDS = (AGREEMENT, ORDINANCE)
# Member positions in DEMO_COUNCIL_2023: 0 the alcalde, 1-5 the regidores (4 and 5 in opposition).
MAYOR, NILDA, ALBERTO, HILARIA, PERCY, TEODORO = range(6)
NOTARY = "Abog. Rina Zúñiga Farfán, Notaria Pública de Calca"
BOOK1_FOLIOS, BOOK2_FOLIOS = 80, 200
PLACEHOLDER_PREVIOUS = "[indique si fue aprobada]."


@dataclass
class Point:
    section: str
    title: str
    outcome: str | None = None  # AGREEMENT | ORDINANCE when approved
    majority: str = SIMPLE
    votes: str = "unanimous"  # unanimous | one_against | two_against | abstain | tie | rejected
    dispensed: bool = False
    detail: str = ""
    # (proposer kind, member position or None, references): channelled as an agenda proposal
    proposal: tuple[str, int | None, str] | None = None
    leave: tuple[int, dt.date, dt.date] | None = None  # leave granted by the acuerdo
    outside_agenda: bool = False  # added during the session (needs everyone, unanimous)


@dataclass
class Plan:
    kind: str
    day: dt.date
    points: list[Point] = field(default_factory=list)
    notice: int = 4  # business days between convening and the session
    convened_on: dt.date | None = None  # None: `notice` business days before
    absent: tuple[int, ...] = ()
    late: dict[int, str] = field(default_factory=dict)  # member position -> arrival hh:mm
    late_member: int | None = None  # whose summons was notified too late
    pending_position: int | None = None  # a summons not delivered yet (session ahead)
    emergency: str = ""  # the session keeps its date although every summons is late
    reschedule: int = 0  # business days later, because of the late summons
    third: tuple[int, ...] = ()  # extraordinaria at the request of these regidores
    start: str = "10:00"
    held: bool = True  # False: not installed (in the past) or still ahead
    convene: bool = True  # False: programmed only


# ----------------------------------------------------------------------------------------------
# What the council deals with (fictional, realistic for a district of Cusco)

DESPACHOS = (
    "Oficio N° {n}-{y}-GR CUSCO/GGR del Gobierno Regional del Cusco, que comunica la "
    "programación de la visita técnica a las obras de agua y saneamiento del distrito",
    "Oficio Múltiple N° {n}-{y}-MPC/A de la Municipalidad Provincial de Calca, que convoca a la "
    "reunión de alcaldes de la provincia",
    "Carta de la Comunidad Campesina de Amaru, que solicita apoyo con maquinaria para la faena "
    "comunal de limpieza de canales",
    "Oficio N° {n}-{y}-DDC-CUS/MC de la Dirección Desconcentrada de Cultura de Cusco, sobre las "
    "intervenciones en el centro histórico de Pisac",
    "Solicitud de la Asociación de Artesanos de la Plaza de Pisac sobre el ordenamiento de la "
    "feria dominical",
    "Oficio N° {n}-{y}-OCI-MDP del Órgano de Control Institucional, que comunica el inicio de un "
    "servicio de control simultáneo",
    "Memorial de los vecinos del sector Ampay, que solicitan la ampliación del alumbrado público",
)
INFORMS = (
    "Informe del Gerente Municipal sobre el avance físico y financiero de las obras en ejecución",
    "Informe de la Oficina de Planeamiento y Presupuesto sobre la ejecución presupuestal del "
    "trimestre",
    "Informe de la comisión de regidores de Desarrollo Social sobre el Programa del Vaso de Leche",
    "Informe de la Gerencia de Desarrollo Urbano y Rural sobre el plan de contingencia ante la "
    "temporada de lluvias",
    "Informe de la Gerencia de Desarrollo Económico sobre la afluencia turística al Parque "
    "Arqueológico de Pisac",
    "Informe de la regidora Nilda Rosa Huamán Ttito sobre la reunión con los presidentes de las "
    "comunidades campesinas",
)
REQUESTS = (
    "Pedido del regidor Teodoro Yupanqui Sallo: mantenimiento de la trocha carrozable a Paru Paru",
    "Pedido de la regidora Hilaria Mamani Chura: campaña de salud en la comunidad de Sacaca",
    "Pedido del regidor Percy Gamarra Luna: información sobre la obra del mercado de abastos",
    "Pedido del regidor Alberto Condori Quispe: señalización de las calles del centro histórico",
    "Pedido de la regidora Nilda Rosa Huamán Ttito: limpieza del cauce del río Kitamayo",
)
# Routine matters of the Orden del Día, used in turn where the calendar below has none.
ROUTINE = (
    ("Autorizar el viaje del alcalde a la ciudad de Lima para gestionar ante el Ministerio de "
     "Economía y Finanzas el financiamiento de proyectos del distrito", AGREEMENT, "unanimous"),
    ("Aprobar el Plan de Trabajo de la Feria Agropecuaria, Artesanal y Gastronómica de Pisac",
     AGREEMENT, "unanimous"),
    ("Reconocer a la Junta Vecinal Comunal del sector Ampay", AGREEMENT, "unanimous"),
    ("Aprobar la ejecución del proyecto de mejoramiento de la trocha carrozable Pisac - Paru "
     "Paru, priorizado en el presupuesto participativo", AGREEMENT, "one_against"),
    ("Exonerar del pago por el uso de la Plaza de Armas a las instituciones educativas del "
     "distrito para sus actividades cívicas", AGREEMENT, "unanimous"),
    ("Aprobar la adhesión de la Municipalidad Distrital de Pisac a la Mancomunidad Municipal del "
     "Valle Sagrado de los Incas", AGREEMENT, "abstain"),
    ("Aprobar el convenio con la Dirección Desconcentrada de Cultura de Cusco para la limpieza y "
     "señalización del acceso al Parque Arqueológico de Pisac", AGREEMENT, "unanimous"),
    ("Declarar de interés distrital la conservación de los hornos tradicionales de pan de Pisac",
     AGREEMENT, "unanimous"),
    ("Aprobar el Plan Anual de Evaluación y Fiscalización Ambiental (PLANEFA) del distrito",
     AGREEMENT, "unanimous"),
    ("Aprobar la transferencia financiera a la Comunidad Campesina de Cuyo Chico para el "
     "mantenimiento de su sistema de riego", AGREEMENT, "two_against"),
    ("Aprobar el Reglamento del Proceso del Presupuesto Participativo basado en Resultados",
     ORDINANCE, "unanimous"),
    ("Ratificar el Plan Local de Seguridad Ciudadana del distrito de Pisac", AGREEMENT,
     "unanimous"),
    ("Autorizar la participación del distrito en la Feria Internacional de Turismo del Cusco",
     AGREEMENT, "unanimous"),
    ("Aprobar el otorgamiento de la distinción «Hijo Predilecto de Pisac» al maestro artesano "
     "Fortunato Ccori Huamán", AGREEMENT, "unanimous"),
)
REASONS = {
    AGAINST: ("El expediente no cuenta con el informe técnico de sustento.",
              "No se ha previsto el financiamiento en el presupuesto del año.",
              "Corresponde primero el dictamen de la comisión de regidores."),
    ABSTAIN: ("Requiere mayor información antes de pronunciarse.",),
}


def _calendar_points(year: int, month: int, slot: int, first_year: int) -> list[Point]:
    """The matters a given ordinary session (slot 0 or 1 of the month) deals with."""
    prev = year == first_year
    y = year
    table: dict[tuple[int, int], list[Point]] = {
        (1, 0): [Point(ORDEN_DEL_DIA, f"Aprobar el cronograma de sesiones ordinarias del Concejo "
                                      f"Municipal para el año {y}", AGREEMENT),
                 Point(ORDEN_DEL_DIA, f"Conformar las comisiones ordinarias de regidores para el "
                                      f"año {y}", AGREEMENT, votes="abstain")],
        (2, 1): [Point(ORDEN_DEL_DIA, "Aprobar la Ordenanza que regula el servicio de limpieza "
                                      "pública y la gestión integral de residuos sólidos en el "
                                      "distrito de Pisac", ORDINANCE, votes="one_against",
                       proposal=("management", None, "Informe N° 018-{y}-GDUR-MDP; Informe "
                                                     "Legal N° 009-{y}-OAJ-MDP"))]
        if prev else [],
        (3, 0): [Point(ORDEN_DEL_DIA, f"Aprobar los Estados Financieros y Presupuestarios del "
                                      f"ejercicio fiscal {y - 1}", AGREEMENT)],
        (4, 0): [Point(ORDEN_DEL_DIA, "Aprobar la Ordenanza que aprueba el Texto Único de "
                                      "Procedimientos Administrativos (TUPA) de la Municipalidad "
                                      "Distrital de Pisac", ORDINANCE)]
        if prev else
        [Point(ORDEN_DEL_DIA, "Aprobar la Ordenanza que aprueba el Reglamento de uso de la "
                              "Plaza de Armas de Pisac", ORDINANCE, votes="one_against",
               proposal=("councillor", ALBERTO, "Dictamen N° 003-{y}-CDU-CM-MDP"))],
        (5, 1): [Point(ORDEN_DEL_DIA, "Aprobar la suscripción del convenio de cooperación "
                                      "interinstitucional con el Gobierno Regional del Cusco "
                                      "para el mejoramiento del servicio de agua potable en la "
                                      "comunidad campesina de Cuyo Grande", AGREEMENT,
                       votes="one_against")],
        (6, 0): [Point(ORDEN_DEL_DIA, f"Aprobar los resultados del Presupuesto Participativo "
                                      f"basado en Resultados del año fiscal {y + 1}", AGREEMENT)],
        (6, 1): [] if prev else
        [Point(ORDEN_DEL_DIA, "Aprobar la Ordenanza que regula el comercio ambulatorio en la "
                              "feria dominical de Pisac", ORDINANCE, votes="two_against")],
        (7, 1): [Point(ORDEN_DEL_DIA, f"Conceder licencia a la regidora Hilaria Mamani Chura del "
                                      f"1 al 31 de agosto de {y}, por motivos de salud",
                       AGREEMENT, leave=(HILARIA, dt.date(y, 8, 1), dt.date(y, 8, 31)))]
        if prev else [],
        (8, 1): [Point(ORDEN_DEL_DIA, "Aprobar la modificación del Cuadro para Asignación de "
                                      "Personal Provisional (CAP-P) de la Municipalidad",
                       AGREEMENT, votes="tie")] if prev else [],
        (9, 0): [Point(ORDEN_DEL_DIA, "Aprobar la modificación presupuestal para incorporar "
                                      "mayores fondos públicos provenientes del canon y "
                                      "sobrecanon", AGREEMENT, votes="one_against")],
        (10, 0): [Point(ORDEN_DEL_DIA, "Aprobar la donación del terreno de propiedad municipal "
                                       "de 1 200 m² ubicado en la comunidad de Amaru a favor del "
                                       "Ministerio de Educación, para la Institución Educativa "
                                       "Inicial de Amaru (Ley 27972, art. 66)", AGREEMENT,
                        majority=TWO_THIRDS_LEGAL, votes="one_against")] if prev else [],
        (11, 0): [Point(ORDEN_DEL_DIA, "Aprobar la Ordenanza que establece beneficios "
                                       "tributarios y no tributarios en el distrito de Pisac",
                        ORDINANCE)] if prev else [],
        (11, 1): [Point(ORDEN_DEL_DIA, "Autorizar la transferencia financiera a la Asociación de "
                                       "Comerciantes del Mercado de Pisac para la feria navideña",
                        AGREEMENT, votes="rejected")],
    }
    return list(table.get((month, slot), []))


# ----------------------------------------------------------------------------------------------
# The plan: what happens on which date


def business_day_after(cal: BusinessCalendar, day: dt.date) -> dt.date:
    """`day` itself if it is a business day, else the next one."""
    while not cal.is_business_day(day):
        day += dt.timedelta(days=1)
    return day


def business_days_before(cal: BusinessCalendar, day: dt.date, n: int) -> dt.date:
    """The n-th business day before `day`."""
    while n > 0:
        day -= dt.timedelta(days=1)
        if cal.is_business_day(day):
            n -= 1
    return day


def _ordinary_slots(cal: BusinessCalendar, years) -> list[tuple[dt.date, int, int]]:
    """Ordinary sessions twice a month (LOM art. 13: 2 to 4): the first business day from the
    5th and from the 19th. (date, month, slot 0 or 1)."""
    return [(business_day_after(cal, dt.date(year, month, anchor)), month, slot)
            for year in years for month in range(1, 13)
            for slot, anchor in enumerate((5, 19))]


def _plan(cal: BusinessCalendar, today: dt.date, rng: random.Random) -> list[Plan]:
    first_year, this_year = today.year - 1, today.year
    plans: list[Plan] = []
    routine = despacho = informe = pedido = 0
    past = [s for s in _ordinary_slots(cal, (first_year, this_year)) if s[0] < today]
    for n, (day, month, slot) in enumerate(past):
        y = day.year
        points = []
        if n % 2 == 0:
            points.append(Point(DESPACHO, DESPACHOS[despacho % len(DESPACHOS)].format(
                n=f"{rng.randint(20, 480):03d}", y=y)))
            despacho += 1
        if n % 3 == 1:
            points.append(Point(INFORMES, INFORMS[informe % len(INFORMS)]))
            informe += 1
        if n % 4 == 3:
            points.append(Point(PEDIDOS, REQUESTS[pedido % len(REQUESTS)]))
            pedido += 1
        special = _calendar_points(y, month, slot, first_year)
        points += special
        for _ in range(max(0, 1 + n % 2 - len(special))):  # one or two decisions
            title, outcome, votes = ROUTINE[routine % len(ROUTINE)]
            routine += 1
            points.append(Point(ORDEN_DEL_DIA, title, outcome, votes=votes))
        plan = Plan(ORDINARY, day, points)
        delicate = any(p.majority != SIMPLE or p.votes == "tie" for p in special)
        if n % 5 == 2:
            plan.late = {rng.choice((ALBERTO, PERCY, TEODORO)): rng.choice(("10:20", "10:35"))}
        if n % 6 == 4 and not delicate:
            plan.absent = (rng.choice((NILDA, PERCY, TEODORO)),)
        plans.append(plan)
    _adjust_ordinaries(plans, first_year, this_year)
    plans += [p for p in _extraordinaries(cal, first_year, this_year) if p.day < today]
    plans.sort(key=lambda p: p.day)
    plans += _ahead(cal, today)
    return plans


def _adjust_ordinaries(plans: list[Plan], first_year: int, this_year: int) -> None:
    by_month: dict[tuple[int, int], list[Plan]] = {}
    for p in plans:
        by_month.setdefault((p.day.year, p.day.month), []).append(p)

    def ordinary(year: int, month: int, slot: int) -> Plan | None:
        found = by_month.get((year, month), [])
        return found[slot] if len(found) > slot else None

    # Late summonses (delivered the day before): one left as it was, one rescheduled.
    p = ordinary(first_year, 3, 1)
    if p is not None:
        p.late_member = TEODORO
    p = ordinary(first_year, 10, 1)
    if p is not None:
        p.late_member, p.reschedule = PERCY, 2
    # A session not installed for want of quorum; its matters go to the next one.
    p = ordinary(this_year, 1, 1)
    if p is not None:
        p.held, p.absent, p.late = False, (HILARIA, PERCY, TEODORO), {}
        following = ordinary(this_year, 2, 0)
        if following is not None:
            following.points += [Point(ORDEN_DEL_DIA, x.title, x.outcome, x.majority, x.votes)
                                 for x in p.points if x.section == ORDEN_DEL_DIA]
    # A matter outside the agenda: everyone present, unanimous.
    p = ordinary(this_year, 3, 1)
    if p is not None:
        p.absent, p.late = (), {}
        p.points.append(Point(
            ORDEN_DEL_DIA, "Felicitar a la delegación escolar del distrito de Pisac por su "
                           "clasificación a la etapa nacional de los Juegos Escolares Deportivos",
            AGREEMENT, outside_agenda=True))


def _extraordinaries(cal: BusinessCalendar, first_year: int, this_year: int) -> list[Plan]:
    out = [
        Plan(EXTRAORDINARY, business_day_after(cal, dt.date(first_year, 9, 25)), [
            Point(ORDEN_DEL_DIA, "Informe del Gerente Municipal sobre el estado de la obra de "
                                 "mejoramiento del mercado de abastos de Pisac"),
            Point(ORDEN_DEL_DIA, "Solicitar a la Contraloría General de la República un servicio "
                                 "de control a la obra de mejoramiento del mercado de abastos de "
                                 "Pisac", AGREEMENT, votes="rejected")],
            notice=6, third=(PERCY, TEODORO)),
        Plan(EXTRAORDINARY, business_day_after(cal, dt.date(first_year, 12, 12)), [
            Point(ORDEN_DEL_DIA, f"Aprobar el Presupuesto Institucional de Apertura (PIA) del "
                                 f"año fiscal {first_year + 1} de la Municipalidad Distrital de "
                                 "Pisac", AGREEMENT, votes="one_against")], notice=6),
    ]
    day = business_day_after(cal, dt.date(this_year, 2, 11))
    flood = day - dt.timedelta(days=2)
    out.append(Plan(EXTRAORDINARY, day, [
        Point(ORDEN_DEL_DIA, "Declarar en situación de emergencia el distrito de Pisac por los "
                             "daños causados por las intensas precipitaciones pluviales y el "
                             "desborde del río Kitamayo", AGREEMENT, dispensed=True)],
        notice=1, emergency=(
            f"Emergencia por el desborde del río Kitamayo del {flood:%d/%m/%Y} (Informe Técnico "
            f"N° 004-{this_year}-GDUR-MDP): se mantiene la fecha, citada con menos de cinco días "
            "hábiles, para atender sin demora a la población damnificada.")))
    for year in (first_year, this_year):  # Fiestas Patrias, every year
        day = dt.date(year, 7, 27)
        while not cal.is_business_day(day):
            day -= dt.timedelta(days=1)
        out.append(Plan(SOLEMN, day, [
            Point(ORDEN_DEL_DIA, "Izamiento del Pabellón Nacional y entonación del Himno "
                                 "Nacional del Perú"),
            Point(ORDEN_DEL_DIA, f"Discurso de orden del alcalde en el {year - 1821}.° "
                                 "aniversario de la Proclamación de la Independencia del Perú"),
            Point(ORDEN_DEL_DIA, "Reconocimiento a las instituciones educativas y organizaciones "
                                 "sociales del distrito")], start="09:00"))
    return out


def _ahead(cal: BusinessCalendar, today: dt.date) -> list[Plan]:
    """An extraordinaria convened (one summons notified too late, one not delivered yet) and
    the next ordinaria, programmed with its agenda."""
    y = today.year
    notified = business_days_before(cal, today, 1)
    convened = business_days_before(cal, notified, 2)
    ahead = business_day_after(cal, cal.earliest_after_notice(convened, 5).result)
    out = [Plan(EXTRAORDINARY, ahead, [
        Point(ORDEN_DEL_DIA, f"Aprobar el Plan de Desarrollo Local Concertado (PDLC) del "
                             f"distrito de Pisac al {y + 4}", AGREEMENT,
              proposal=("management", None, f"Informe N° 087-{y}-OPP-MDP; acta del taller de "
                                            "validación con las comunidades campesinas"))],
        convened_on=convened, late_member=TEODORO, pending_position=6, held=False)]
    later = [d for d, _m, _s in _ordinary_slots(cal, (y, y + 1)) if d > ahead]
    out.append(Plan(ORDINARY, later[0], [
        Point(DESPACHO, f"Oficio Múltiple N° 112-{y}-MPC/A de la Municipalidad Provincial de "
                        "Calca, sobre el cierre del año fiscal"),
        Point(INFORMES, INFORMS[0]),
        Point(ORDEN_DEL_DIA, f"Aprobar el Plan Anual de Contrataciones del año fiscal {y + 1}",
              AGREEMENT),
        Point(ORDEN_DEL_DIA, "Aprobar la Ordenanza que regula la tenencia responsable de "
                             "animales de compañía en el distrito de Pisac", ORDINANCE,
              proposal=("councillor", NILDA, f"Dictamen N° 006-{y}-CDS-CM-MDP"))],
        held=False, convene=False))
    return out


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
    S.ensure_council_defaults(session)
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
        summons_ids = S.convene(s, actor, sid, convened_on)
        self._deliver(plan, summons_ids, convened_on, members)
        if plan.emergency:
            S.note_emergency(s, actor, sid, plan.emergency)
        day = plan.day
        if plan.reschedule:
            day = self.cal.add_business_days(plan.day, plan.reschedule).result
            who = members[plan.late_member].name
            S.reschedule(s, actor, sid, day, plan.start,
                         f"La citación de {who} se notificó fuera del plazo del Reglamento "
                         "Interno del Concejo.")
        if day >= self.today:
            return  # still ahead
        for point in plan.points:
            if point.outside_agenda:
                items.append((S.add_item(s, actor, sid, S.ItemForm(
                    ORDEN_DEL_DIA, point.title)), point))
        if day != plan.day:
            council = council_on(s, day)
        marks = {m.id: (ABSENT, "") if i in plan.absent else
                 (LATE, plan.late[i]) if i in plan.late else (PRESENT, "")
                 for i, m in enumerate(council.members)}
        S.record_attendance(s, actor, sid, marks)
        present = {m.id for i, m in enumerate(council.members)
                   if m.able and i not in plan.absent}
        if not plan.held:
            S.record_not_installed(s, actor, sid)
            self._minutes(sid, plan, day, close=True)
            return
        waiver = ("Los miembros notificados fuera del plazo asistieron y dispensaron el plazo de "
                  "la citación." if S.notice_issues(s, self._current) else "")
        S.install(s, actor, sid, plan.start[:3] + "0" + str(self.rng.randint(2, 9)), waiver)
        if plan.kind == ORDINARY:
            self._approve_previous(sid, day)
        for item_id, point in items:
            self._deal_with(item_id, point, council, present, day)
        S.set_closing_time(s, actor, sid, self.rng.choice(("12:10", "12:40", "13:15")))
        self._minutes(sid, plan, day, close=plan is not self.last)

    def _add_point(self, sid: int, point: Point, received: dt.date, members) -> int:
        if point.proposal is None:
            return S.add_item(self.s, self.actor, sid, S.ItemForm(
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
        held = {x.id: x for x in S.summonses(s, self._current.id)}  # one query, not one each
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
            S.record_delivery(s, self.actor, summons_id, S.DeliveryForm(
                when, receiver, dni, method))

    def _deal_with(self, item_id: int, point: Point, council, present: set[int],
                   day: dt.date) -> None:
        s, actor = self.s, self.actor
        text = _deliberation(point, council, present, self.rng)
        if point.section == ORDEN_DEL_DIA and point.outcome is not None:
            votes, tiebreak = _votes(point, council, present)
            result = S.record_votes(s, actor, item_id, votes, mayor_tiebreak=tiebreak)
            if result.approved:
                instrument_id = S.draft_outcome(s, actor, item_id, point.outcome)
                doc = issue(s, actor, instrument_id)
                if point.outcome == ORDINANCE and day + dt.timedelta(days=3) < self.today:
                    publish(s, actor, instrument_id, "posters", day + dt.timedelta(days=3),
                            "Carteles en el local municipal y en la Plaza de Armas, con "
                            "constancia del Juez de Paz de Pisac")
                if point.leave is not None:
                    who, start, end = point.leave
                    record_status(s, actor, StatusForm(
                        council.members[who].id, STATUS_LEAVE, start, end, doc.number_text))
        S.set_deliberation(s, actor, item_id, text, point.dispensed)

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
    plans = _plan(demo.cal, today, rng)
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
