"""The demo council's two years, planned before anything is recorded: the ordinary sessions on
their calendar slots, the extraordinary ones, the points each session deals with and the
reasons given. demo/council.py then records the plan through the council's use cases."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.db.models.council import (
    ABSTAIN,
    AGAINST,
    DESPACHO,
    EXTRAORDINARY,
    INFORMES,
    ORDEN_DEL_DIA,
    ORDINARY,
    PEDIDOS,
    SIMPLE,
    SOLEMN,
    TWO_THIRDS_LEGAL,
)

AGREEMENT, ORDINANCE = "COUNCIL_AGREEMENT", "ORDINANCE"
OUTCOME_KINDS = (AGREEMENT, ORDINANCE)
# Member positions in DEMO_COUNCIL_2023: 0 the alcalde, 1-5 the regidores (4 and 5 in opposition).
MAYOR, NILDA, ALBERTO, HILARIA, PERCY, TEODORO = range(6)


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


def plan_sessions(cal: BusinessCalendar, today: dt.date, rng: random.Random) -> list[Plan]:
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
