"""The demo's trámite: who works in which unit, and a year of intake at the Mesa de Partes (about
2.300 filings) —
case files received, derived, answered with numbered oficios and notified, archived and
transferred to the Archivo Central, some overdue, some waiting for the filer to complete
requirements, a few annulled — made through the use cases, each on its day and hour (so the
audit trail, the numbering and the statistics are the app's own). The tests' demo keeps the
last weeks only (INTAKE_DAYS_SHORT): its behaviours are the same and it builds in seconds."""

from __future__ import annotations

import datetime as dt
import heapq
import random

from sqlalchemy import select

from pisac_desktop.clock import SESSION_KEY, FixedClock, clock_of
from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.db.models import OrgUnit, User
from pisac_desktop.tramite import cases, intake
from pisac_desktop.tramite.cases import ReferralForm
from pisac_desktop.tramite.intake import FilingForm
from pisac_desktop.tramite.procedures import procedures

# (username, unit codes)
DEMO_UNITS = (
    ("echoque", ("RECORDS_OFFICE",)),
    ("mhuillca", ("GENERAL_SECRETARIAT",)),
    ("wccahua", ("MUNICIPAL_MANAGEMENT",)),
    ("yapaza", ("CIVIL_REGISTRY",)),
    ("lsoncco", ("ECONOMIC_DEVELOPMENT", "URBAN_RURAL_DEVELOPMENT")),
)
FILERS = (
    (False, "DNI", "23984512", "Juana Quispe Huamán", "Calle Mariscal Castilla 214, Pisac"),
    (False, "DNI", "24011873", "Teófilo Condori Mamani", "Comunidad Campesina de Amaru"),
    (False, "DNI", "40562318", "Nélida Ccori Sullca", "Av. Amazonas 512, Pisac"),
    (False, "DNI", "23876590", "Faustino Huillca Apaza", "Comunidad Campesina de Sacaca"),
    (False, "DNI", "45098127", "Rosa Mamani Ttito", "Jr. Bolognesi 108, Pisac"),
    (False, "DNI", "23955461", "Gregorio Yupanqui Cusi", "Sector Chawaytiri"),
    (True, "RUC", "20100066603", "Empresa de Transportes Señor de Huanca S.A.C.",
     "Av. Federico Zamalloa 402, Pisac"),
    (True, "RUC", "20490012347", "Asociación de Artesanos Inti Raymi",
     "Mercado de Artesanías, Plaza de Armas, Pisac"),
    (False, "CE", "001234567", "Anne Dupont", "Calle Grau 76, Pisac"),
)
SUBJECTS = {
    "EJ-01": ("Solicita copia del presupuesto institucional de apertura 2026",
              "Solicita información sobre las obras ejecutadas en el sector Chawaytiri"),
    "EJ-02": ("Solicita licencia de funcionamiento para bodega en Calle Grau",
              "Solicita licencia de funcionamiento para restaurante turístico"),
    "EJ-03": ("Solicita autorización para festival de danzas en la Plaza de Armas",),
    "EJ-05": ("Solicita certificado de posesión para instalación de agua potable",),
    "EJ-06": ("Solicita copia certificada de la Resolución de Alcaldía N° 045-2026-A-MDP",),
    None: ("Invita al alcalde a la faena comunal del 30 de noviembre",
           "Denuncia construcción sin licencia en el sector Qoricancha",
           "Remite informe de la Junta Vecinal de Pisac sobre el alumbrado público",
           "Solicita apoyo con maquinaria para el mantenimiento de la trocha carrozable"),
}
INTAKE_DAYS = 365  # calendar days of intake before `today` (`pisac-desktop demo`)
INTAKE_DAYS_SHORT = 35
RECENT = 40  # days: older filings were mostly dealt with
PER_DAY = (3, 7)
PER_DAY_BEFORE = (7, 12)  # the months before the last weeks: a busier year (~2.400 filings)


def add_demo_units(session, admin) -> None:
    units = dict(session.execute(select(OrgUnit.code, OrgUnit.id)
                                 .where(OrgUnit.code.is_not(None))).all())
    for username, codes in DEMO_UNITS:
        user_id = session.scalar(select(User.id).where(User.username == username))
        if user_id is not None:
            cases.set_user_units(session, admin, user_id, [units[c] for c in codes])


class Later:
    """The demo's acts that take a number (an answer's oficio and cédula, a request and its
    letters), run in the order of their moment so that every register's numbers follow its
    dates, as at a real desk: pushed with their moment, run when the day loop reaches it."""

    def __init__(self, session):
        self.session, self.queue, self.count = session, [], 0

    def at(self, moment: dt.datetime, act) -> None:
        heapq.heappush(self.queue, (moment, self.count, act))
        self.count += 1

    def run_until(self, moment: dt.datetime) -> None:
        clock = clock_of(self.session)
        while self.queue and self.queue[0][0] <= moment:
            when, _n, act = heapq.heappop(self.queue)
            clock.set(when)
            act()


def add_demo_tramite(session, today: dt.date, intake_days: int = INTAKE_DAYS,
                     events=None) -> int:
    """Intake of the last `intake_days`, each act on its day and hour; returns how many case
    files. events(later): schedules other acts that take numbers (the requests') in the same
    order of time."""
    from pisac_desktop.demo import demo_actor

    previous = session.info.get(SESSION_KEY)
    clock = session.info[SESSION_KEY] = FixedClock(today, 9)  # each filing on its day
    rng = random.Random(57)  # ROF art. 57: always the same demo
    calendar = BusinessCalendar.load(session)
    units = dict(session.execute(select(OrgUnit.code, OrgUnit.id)
                                 .where(OrgUnit.code.is_not(None))).all())
    by_code = {p.code: p for p in procedures(session) if p.active}
    desk = demo_actor(session, "echoque")
    later = Later(session)
    later.calendar = calendar
    if events is not None:
        events(later)
    made = 0
    day = today - dt.timedelta(days=intake_days)
    try:
        while day <= today:
            if calendar.is_business_day(day):
                busy = PER_DAY if (today - day).days <= RECENT else PER_DAY_BEFORE
                count = rng.randint(*busy)
                step = 480 // count  # minutes: the day's filings within office hours, in order
                for n in range(count):
                    minute = rng.randrange(0, 60, 5)
                    if count <= 8:
                        at = (8 + n) * 60 + minute
                    else:
                        at = 8 * 60 + n * step + minute * step // 60
                    moment = dt.datetime(day.year, day.month, day.day, at // 60, at % 60)
                    later.run_until(moment)
                    clock.set(moment)
                    _one(session, rng, desk, by_code, units, day, today, later)
                    made += 1
            day += dt.timedelta(days=1)
        later.run_until(dt.datetime(today.year, today.month, today.day, 23, 59))
        clock.set(today, 8)
        _transfer(session, units)
        add_demo_attestations(session)
    finally:
        session.info[SESSION_KEY] = previous
    return made


def _transfer(session, units) -> None:
    """The Gerencia's archived case files go to the Archivo Central, which shelves them."""
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.tramite import archive

    manager = demo_actor(session, "wccahua")
    ids = archive.transferable(session, manager, units["MUNICIPAL_MANAGEMENT"])
    if not ids:
        return
    transfer = archive.prepare_transfer(session, manager, archive.TransferForm(
        units["MUNICIPAL_MANAGEMENT"], "Expedientes de solicitudes de los vecinos", ids,
        [1 + i // 10 for i in range(len(ids))]))
    archive.receive_transfer(session, demo_actor(session, "echoque"), transfer, "A-1")


def _one(session, rng, desk, by_code, units, day, today, later: Later) -> None:
    from pisac_desktop.demo import demo_actor

    code = rng.choice([*by_code, None, None])
    procedure = by_code.get(code)
    company, doc_type, document, name, address = rng.choice(FILERS)
    subject = rng.choice(SUBJECTS.get(code) or SUBJECTS[None])
    unit = None if procedure else units[rng.choice(("MUNICIPAL_MANAGEMENT",
                                                    "GENERAL_SECRETARIAT",
                                                    "URBAN_RURAL_DEVELOPMENT"))]
    missing = ""
    if procedure is not None and len(procedure.requirements) > 1 and rng.random() < 0.12:
        missing = procedure.requirements[-1]
    form = FilingForm(filer_is_company=company, filer_document_type=doc_type,
                      filer_document=document, filer_name=name, filer_address=address,
                      filer_phone=f"984 {rng.randint(100, 999)} {rng.randint(100, 999)}",
                      document_kind="Solicitud" if procedure else rng.choice(
                          ("Oficio", "Carta", "Denuncia", "Solicitud")),
                      subject=subject, folios=rng.randint(1, 25), procedure_id=code and
                      procedure.id, unit_id=unit, missing_requirements=missing,
                      deadline_days=0 if procedure else 15)
    case_id = intake.register_filing(session, desk, form)
    age = (today - day).days
    if rng.random() < 0.03:
        intake.annul(session, desk, case_id, "Registrado dos veces: el mismo escrito ingresó "
                                             "con el expediente anterior.")
        return
    if missing and age < 3:
        return  # still within the 2 days to complete
    if missing:
        intake.complete_requirements(session, desk, case_id, "Completó lo observado.")
    step = cases.open_step(session, case_id)
    holder = _staff(session, step.to_unit_id)
    old = age > RECENT  # months ago: most of it done, as in a working office
    if holder is None or rng.random() < (0.01 if old else 0.15) or age < 1:
        return  # waiting to be received
    clock = clock_of(session)
    clock.advance(hours=2)
    cases.receive(session, holder, case_id)
    if age > 4 and rng.random() < 0.5:
        target = units["LEGAL_ADVICE"] if rng.random() < 0.5 and not old \
            else units["MUNICIPAL_MANAGEMENT"]
        if target != step.to_unit_id:
            _working_day_after(clock, later.calendar, 1)
            cases.refer(session, holder, case_id, ReferralForm(
                target, "Para opinión legal" if target == units["LEGAL_ADVICE"]
                else "Para su conocimiento y decisión", 0, 5))
            manager = demo_actor(session, "wccahua")
            if target == units["MUNICIPAL_MANAGEMENT"] and age > 8:
                clock.advance(hours=3)
                cases.receive(session, manager, case_id)
                holder = manager
            else:
                return
    if age > 10 and rng.random() < (0.95 if old else 0.6):
        archive = age > 20 and rng.random() < (0.9 if old else 0.6)
        when = clock.now().replace(tzinfo=None) + dt.timedelta(days=2)
        while not later.calendar.is_business_day(when.date()):  # a unit answers on a working day
            when += dt.timedelta(days=1)
        later.at(when, lambda: _answer(session, holder, case_id, age, archive, later.calendar))


def _working_day_after(clock, calendar, days: int) -> None:
    """Move the demo's clock `days` ahead, then on to a working day (same hour)."""
    clock.advance(days=days)
    while not calendar.is_business_day(clock.now().date()):
        clock.advance(days=1)


def _answer(session, holder, case_id: int, age: int, archive: bool, calendar) -> None:
    number = _answer_with_oficio(session, holder, case_id, age)
    cases.answer(session, holder, case_id, f"Se respondió al administrado con el {number}.")
    if archive:
        _working_day_after(clock_of(session), calendar, 1)
        cases.archive(session, holder, case_id, "Atendido: archivo de gestión.")


ANSWER = ("Tengo el agrado de dirigirme a usted para comunicarle que su pedido ha sido "
          "evaluado por esta unidad, conforme a lo dispuesto en el Texto Único de "
          "Procedimientos Administrativos de la Municipalidad.\n"
          "Sin otro particular, hago propicia la ocasión para expresarle las muestras de mi "
          "especial consideración.")


def _answer_with_oficio(session, holder, case_id: int, age: int) -> str:
    """The unit answers with a numbered oficio (an informe first when it went to legal
    advice); a person's answer is notified with a cédula a day later. Its own random numbers,
    so the rest of the demo stays as it was."""
    from pisac_desktop.db.models import CaseFile
    from pisac_desktop.instruments.notifications import PERSONAL, NoticeForm
    from pisac_desktop.tramite import documents, notices

    rng = random.Random(case_id)
    case = session.get(CaseFile, case_id)
    unit_id = cases.open_step(session, case_id).to_unit_id
    form = documents.new_document_form(session, unit_id, "OFICIO", case_id)
    form.body = ANSWER
    oficio = documents.save_document(session, holder, form)
    number = documents.issue_document(session, holder, oficio)
    if case.filer_document_type == "DNI" and 14 < age <= 100 and rng.random() < 0.7:
        clock = clock_of(session)
        cedula = notices.issue_answer_cedula(session, holder, oficio)
        clock.advance(hours=3)
        notices.record_answer_notification(session, holder, cedula, NoticeForm(
            notified_at=clock.now().replace(tzinfo=None), how=PERSONAL,
            received_by=case.filer_name, receiver_document=case.filer_document,
            notifier_name="Hilario Ccana Quispe", notifier_dni="24567813"))
    return number


ATTESTATIONS = (
    ("CONSTANCIA", "Teófilo Condori Mamani", "Presentación de la solicitud de apoyo con "
     "maquinaria", "Que, revisados los registros a cargo de esta unidad, don Teófilo Condori "
     "Mamani presentó ante la Mesa de Partes de esta Municipalidad su solicitud de apoyo con "
     "maquinaria para el mantenimiento de la trocha carrozable de la Comunidad Campesina de "
     "Amaru, la cual se encuentra en trámite."),
    ("CERTIFICACION", "Asociación de Artesanos Inti Raymi", "Acuerdo de Concejo sobre el uso "
     "de la Plaza de Armas", "Que, en Sesión Ordinaria de Concejo, el Concejo Municipal de "
     "Pisac aprobó por mayoría el acuerdo que autoriza el uso temporal de la Plaza de Armas "
     "para la feria artesanal de fin de año, conforme consta en el libro de actas a cargo de "
     "esta Secretaría General."),
)


def add_demo_attestations(session) -> None:
    """Papers the Secretaría General issues at someone's request: one issued, one in draft."""
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.tramite import documents

    secretary = demo_actor(session, "mhuillca")
    sg = session.scalar(select(OrgUnit.id).where(OrgUnit.code == "GENERAL_SECRETARIAT"))
    for n, (kind, whom, subject, body) in enumerate(ATTESTATIONS):
        form = documents.DocumentForm(sg, kind, None, whom, "", "", subject, "", body)
        doc = documents.save_document(session, secretary, form)
        if n == 0:
            documents.issue_document(session, secretary, doc)


def _staff(session, unit_id: int):
    """The demo's person who works in the unit (read once per demo)."""
    from pisac_desktop.demo import demo_actor

    staff = session.info.get("demo_staff")
    if staff is None:
        staff = session.info["demo_staff"] = {}
        for username, _codes in reversed(DEMO_UNITS):
            actor = demo_actor(session, username)
            if actor is not None:
                staff.update(dict.fromkeys(cases.units_of(session, actor), actor))
    return staff.get(unit_id)
