"""The demo's requests with legal clocks: access-to-information requests of the last five weeks
— answered in time, extended, with a cost paid, partly and wholly denied on an exception, one
lapsed without an answer, two in process — made through the use cases, each on its day."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.db.models import OrgUnit
from pisac_desktop.requests import information as info
from pisac_desktop.requests import letters
from pisac_desktop.tramite import cases, documents
from pisac_desktop.tramite.intake import FilingForm

# (business days ago, requester, DNI, sex, e-mail, what is asked, unit that holds it, delivery,
#  what happens: list of (business days after filing, act, argument))
REQUESTS = (
    (23, "Rosa Mamani Ttito", "45098127", "F", "rosa.mamani@example.pe",
     "Copia del presupuesto institucional de apertura 2026 y su ejecución al mes de setiembre",
     "PLANNING_BUDGET", "email", [(6, "delivered", "Se envió por correo con la carta.")]),
    (22, "Teófilo Condori Mamani", "24011873", "M", "",
     "Copia de los contratos de obra del mejoramiento de la trocha carrozable Amaru – Sacaca",
     "URBAN_RURAL_DEVELOPMENT", "copy",
     [(1, "extend", "Los expedientes de obra están en el almacén de Amaru y deben "
                    "digitalizarse."), (1, "letter", "extension"),
      (14, "delivered", "Se entregaron 86 folios en copia simple.")]),
    (20, "Nélida Ccori Sullca", "40562318", "F", "",
     "Copia de las actas de sesión de concejo de los meses de julio y agosto de 2026",
     "GENERAL_SECRETARIAT", "copy",
     [(2, "fee", 430), (2, "letter", "fee"), (5, "pay", "001-004512"),
      (7, "delivered", "Se entregaron las copias previo pago del recibo 001-004512.")]),
    (18, "Gregorio Yupanqui Cusi", "23955461", "M", "gyupanqui@example.pe",
     "Relación de proveedores y órdenes de servicio de octubre de 2026, con sus datos",
     "ADMINISTRATION", "email",
     [(8, "partial", ("17.5", "Se entregó la relación sin el domicilio ni el teléfono de "
                              "los proveedores personas naturales."))]),
    (16, "Faustino Huillca Apaza", "23876590", "M", "",
     "Copia del informe legal previo a la decisión sobre el mercado de abastos",
     "LEGAL_ADVICE", "copy",
     [(6, "denied", ("17.1", "El informe es una opinión previa a la decisión del concejo, "
                             "aún no adoptada."))]),
    (15, "Juana Quispe Huamán", "23984512", "F", "",
     "Relación de licencias de funcionamiento otorgadas en 2026 en la Calle Mariscal Castilla",
     "ECONOMIC_DEVELOPMENT", "view", []),
    (6, "Anne Dupont Quispe", "47125803", "F", "anne.dupont@example.pe",
     "Plan de desarrollo turístico del distrito vigente y su presupuesto",
     "ECONOMIC_DEVELOPMENT", "email", [(1, "receive", None)]),
    (1, "Hilario Ccana Quispe", "24567813", "M", "",
     "Padrón de beneficiarios del programa del vaso de leche del sector Chahuaytire",
     "SOCIAL_DEVELOPMENT", "copy", []),
)


def request_events(session, today: dt.date):
    """The requests and their acts, to be scheduled among the intake's (demo/tramite.py's
    Later): case files and letters take their numbers in the order of their dates."""
    from pisac_desktop.demo import demo_actor

    calendar = BusinessCalendar.load(session)
    units = dict(session.execute(select(OrgUnit.code, OrgUnit.id)
                                 .where(OrgUnit.code.is_not(None))).all())
    desk, secretary = demo_actor(session, "echoque"), demo_actor(session, "mhuillca")

    def schedule(later) -> None:
        for n, (ago, name, dni, sex, email, asked, unit, delivery, acts) in \
                enumerate(REQUESTS):
            filed = _business_days_before(calendar, today, ago)
            made: list[int] = []

            def register(name=name, dni=dni, sex=sex, email=email, asked=asked, unit=unit,
                         delivery=delivery, made=made) -> None:
                made.append(info.register_request(
                    session, desk, FilingForm(filer_document=dni, filer_name=name,
                                              filer_address="Pisac", filer_email=email,
                                              subject=asked, folios=1),
                    info.RequestDetails(units[unit], "desk", delivery, sex)))

            later.at(dt.datetime(filed.year, filed.month, filed.day, 9 + n % 4, 10), register)
            for k, (after, act, arg) in enumerate(acts):
                day = calendar.deadline(filed, after).result
                first = k == 0

                def run(act=act, arg=arg, first=first, made=made) -> None:
                    if first:
                        cases.receive(session, secretary, made[0])
                    _act(session, secretary, made[0], act, arg)

                later.at(dt.datetime(day.year, day.month, day.day, 11, 30 + k), run)

    return schedule


def _business_days_before(calendar: BusinessCalendar, day: dt.date, n: int) -> dt.date:
    while n > 0 or not calendar.is_business_day(day):
        day -= dt.timedelta(days=1)
        n -= calendar.is_business_day(day)
    return day


def _act(session, secretary, case_id: int, act: str, arg) -> None:
    if act == "extend":
        state = info.request_view(session, secretary, case_id).clock
        new_date = BusinessCalendar.load(session).deadline(state.due.result, 8).result
        info.extend(session, secretary, case_id, new_date, arg)
    elif act == "letter":  # drafted with its facts, then issued
        documents.issue_document(session, secretary,
                                 letters.draft_letter(session, secretary, case_id, arg))
    elif act == "fee":
        info.notify_fee(session, secretary, case_id, arg)
    elif act == "pay":
        info.record_payment(session, secretary, case_id, arg)
    elif act == "receive":
        pass  # received above
    elif act in ("delivered", "partial", "denied"):
        code, note = ("", arg) if act == "delivered" else arg
        if act != "delivered":
            letter = "partial" if act == "partial" else "denial"
            documents.issue_document(session, secretary, letters.draft_letter(
                session, secretary, case_id, letter, code,
                "el domicilio y el teléfono de los proveedores" if act == "partial" else ""))
        info.answer_request(session, secretary, case_id, act, note, code)


# ----------------------------------------------------------------------------------------------
# Recursos, complaints, councillors' requests and fedatarios


COMPLAINTS = (  # business days ago, name, DNI, unit, category, facts, request, answered after
    (21, "Rosa Mamani Ttito", "45098127", "CIVIL_REGISTRY", "delay",
     "Esperé más de dos horas para recoger una copia certificada de partida de nacimiento.",
     "Que se atienda por orden de llegada y con más personal.", 9),
    (17, "Teófilo Condori Mamani", "24011873", "RECORDS_OFFICE", "treatment",
     "El personal de la Mesa de Partes no quiso recibir mi solicitud por faltar una copia.",
     "Que se reciban los documentos y se indique lo que falta.", 6),
    (12, "Anne Dupont Quispe", "47125803", "ECONOMIC_DEVELOPMENT", "information",
     "Me dieron información distinta sobre los requisitos de la licencia en dos visitas.",
     "Que se publiquen los requisitos del TUPA en la oficina.", None),
    (7, "Gregorio Yupanqui Cusi", "23955461", "URBAN_RURAL_DEVELOPMENT", "access",
     "La oficina no tiene rampa de acceso y mi madre usa silla de ruedas.",
     "Que se habilite la atención en el primer piso.", None),
    (2, "Juana Quispe Huamán", "23984512", "CIVIL_REGISTRY", "delay",
     "No me entregaron la constancia de matrimonio en la fecha ofrecida.", "", None),
)
COUNCILLOR_REQUESTS = (  # business days ago, councillor's position, kind, subject, unit, in
    # the last session?, answered after
    (22, 1, "information", "Copia del expediente técnico de la obra de agua potable de Amaru",
     "URBAN_RURAL_DEVELOPMENT", True, None),
    (22, 2, "action", "Que se repare el alumbrado público de la Calle Mariscal Castilla",
     "MUNICIPAL_MANAGEMENT", True, 8),
    (9, 3, "information", "Relación de licencias de funcionamiento otorgadas en 2026",
     "GENERAL_SECRETARIAT", False, 4),
    (3, 4, "information", "Ejecución presupuestal del programa del vaso de leche",
     "MUNICIPAL_MANAGEMENT", False, None),
)
COPIES = (  # business days ago, document, folios, requester, DNI
    (23, "Partida de nacimiento de Luz Mamani Ccori", 1, "Luz Mamani Ccori", "42518763"),
    (19, "Título de propiedad del predio Qotataki", 4, "Faustino Huillca Apaza", "23876590"),
    (16, "DNI y recibo de luz de Nélida Ccori Sullca", 2, "Nélida Ccori Sullca", "40562318"),
    (11, "Constancia de posesión del sector Chahuaytire", 3, "Gregorio Yupanqui Cusi",
     "23955461"),
    (8, "Certificado de estudios de Hilario Ccana Quispe", 2, "Hilario Ccana Quispe",
     "24567813"),
    (4, "Contrato de arrendamiento del local en la Calle Grau", 6, "Rosa Mamani Ttito",
     "45098127"),
    (1, "Partida de matrimonio de Juana Quispe Huamán", 1, "Juana Quispe Huamán", "23984512"),
)


def other_events(session, today: dt.date):
    """The complaint book, the recursos, the councillors' requests and the fedatarios' log of
    the last five weeks, scheduled like the requests (request_events)."""
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.requests import councillors, fedatarios

    calendar = BusinessCalendar.load(session)
    units = dict(session.execute(select(OrgUnit.code, OrgUnit.id)
                                 .where(OrgUnit.code.is_not(None))).all())
    desk, secretary = demo_actor(session, "echoque"), demo_actor(session, "mhuillca")
    manager = demo_actor(session, "wccahua")

    def at(later, day: dt.date, hour: int, minute: int, act) -> None:
        later.at(dt.datetime(day.year, day.month, day.day, hour, minute), act)

    def schedule(later) -> None:
        start = _business_days_before(calendar, today, 30)
        officers: list[int] = []

        def designate() -> None:
            for name, dni, number, resolution in (
                    ("Marleny Ccahua Quispe", "41827365", "Fedatario N° 01",
                     "Resolución de Alcaldía N° 014-2026-A-MDP"),
                    ("Efraín Huamán Sullca", "42736518", "Fedatario N° 02",
                     "Resolución de Alcaldía N° 014-2026-A-MDP")):
                officers.append(fedatarios.designate(session, secretary, fedatarios.OfficerForm(
                    name, dni, number, units["RECORDS_OFFICE"], resolution,
                    dt.date(today.year, 1, 15))))

        at(later, start, 8, 0, designate)
        for n, (ago, document, folios, name, dni) in enumerate(COPIES):
            day = _business_days_before(calendar, today, ago)
            at(later, day, 10, 15 + n, lambda document=document, folios=folios, name=name,
               dni=dni, n=n: fedatarios.authenticate(session, desk, fedatarios.CopyForm(
                   officers[n % 2], document, folios, name, "DNI", dni)))
        for n, (ago, name, dni, unit, category, facts, asked, after) in enumerate(COMPLAINTS):
            _complaint(later, at, calendar, today, session, desk, manager, units, n, ago, name,
                       dni, unit, category, facts, asked, after)
        for n, (ago, position, kind, subject, unit, in_session, after) in \
                enumerate(COUNCILLOR_REQUESTS):
            day = _business_days_before(calendar, today, ago)
            made: list[int] = []

            def register(position=position, kind=kind, subject=subject, unit=unit,
                         in_session=in_session, day=day, made=made) -> None:
                members, sessions = councillors.form_choices(session, secretary)
                past = [s for s in sessions if _session_date(session, s.id) <= day]
                made.append(councillors.register_request(session, secretary,
                                                         councillors.CouncillorRequestForm(
                    members[position % len(members)].id, kind, subject, units[unit],
                    past[0].id if in_session and past else None)))

            at(later, day, 15, 10 + n, register)
            if after is not None:
                holder = _holder(session, unit)
                answered = calendar.deadline(day, after).result
                at(later, answered, 16, 0, lambda made=made, holder=holder: (
                    cases.receive(session, holder, made[0]),
                    councillors.deliver_answer(session, holder, made[0],
                                               "Se entregó el informe de la unidad.",
                                               "Asistente del despacho de regidores")))
        _appeals(later, at, calendar, today, session, desk, manager)

    return schedule


def _session_date(session, session_id: int) -> dt.date:
    from pisac_desktop.db.models import CouncilSession

    return session.get(CouncilSession, session_id).session_date


def _holder(session, unit: str):
    from pisac_desktop.demo import demo_actor

    return demo_actor(session, {"GENERAL_SECRETARIAT": "mhuillca",
                                "MUNICIPAL_MANAGEMENT": "wccahua"}.get(unit, "wccahua"))


def _complaint(later, at, calendar, today, session, desk, manager, units, n, ago, name, dni,
               unit, category, facts, asked, after) -> None:
    from pisac_desktop.requests import complaints

    day = _business_days_before(calendar, today, ago)
    made: list[int] = []

    def register() -> None:
        made.append(complaints.register_complaint(
            session, desk, FilingForm(filer_document=dni, filer_name=name,
                                      filer_address="Pisac", folios=1),
            complaints.ComplaintDetails(units[unit], category, day, facts, asked)))

    at(later, day, 11, 40 + n, register)
    if after is None:
        return
    answered = calendar.deadline(day, after).result
    at(later, calendar.deadline(day, 1).result, 9, 5, lambda: (
        cases.receive(session, manager, made[0]),
        complaints.record_measures(session, manager, made[0],
                                   "Se pidió informe a la unidad y se conversó con su personal.")))
    at(later, answered, 15, 30, lambda: complaints.answer_complaint(
        session, manager, made[0], "Se adoptaron las medidas para que no se repita; le "
                                   "pedimos disculpas por lo sucedido."))


def _appeals(later, at, calendar, today, session, desk, manager) -> None:
    """Three recursos against the Gerencia's resolutions: one decided today (its resolution
    issued today, so the register's numbers keep their dates), one pending, one late."""
    from sqlalchemy import select as sql_select

    from pisac_desktop.db.models import Instrument
    from pisac_desktop.instruments.register import issue
    from pisac_desktop.requests import appeals
    from pisac_desktop.requests.appeals import APPEAL, RECONSIDERATION

    def act_before(day: dt.date, n: int) -> int | None:
        return session.scalar(sql_select(Instrument.id).where(
            Instrument.kind_code == "MANAGEMENT_RESOLUTION", Instrument.state == "issued",
            Instrument.doc_date <= day).order_by(Instrument.doc_date.desc()).offset(n).limit(1))

    people = (("María Quispe Mamani", "23456789"), ("Empresa de Transportes Señor de Huanca "
              "S.A.C.", "20100066603"), ("Teófilo Condori Mamani", "24011873"))
    for n, (ago, kind, notice_ago, received, decided) in enumerate(
            ((19, RECONSIDERATION, 24, True, True), (12, APPEAL, 18, True, False),
             (6, RECONSIDERATION, 30, False, False))):
        day = _business_days_before(calendar, today, ago)
        notified = _business_days_before(calendar, today, notice_ago)
        name, document = people[n]
        made: list[int] = []

        def register(kind=kind, notified=notified, name=name, document=document,
                     made=made, n=n) -> None:
            act = act_before(notified - dt.timedelta(days=3), n)
            if act is None:
                return
            made.append(appeals.register_appeal(session, desk, FilingForm(
                filer_is_company=len(document) == 11,
                filer_document_type="RUC" if len(document) == 11 else "DNI",
                filer_document=document, filer_name=name, filer_address="Pisac", folios=5),
                appeals.AppealDetails(kind, act, notified)))

        at(later, day, 12, 20 + n, register)
        if received:
            at(later, calendar.deadline(day, 1).result, 9, 30 + n,
               lambda made=made: made and cases.receive(session, manager, made[0]))
        if decided:
            def decide(made=made) -> None:
                if not made:
                    return
                draft = appeals.draft_decision(session, manager, made[0], "unfounded", [
                    "Que, la recurrente no presenta nueva prueba que desvirtúe los fundamentos "
                    "de la resolución impugnada, como exige el artículo 219 del TUO de la Ley "
                    "N° 27444;"])
                issue(session, manager, draft)
                appeals.record_decision(session, manager, made[0], "unfounded")

            at(later, today, 10, 0, decide)
