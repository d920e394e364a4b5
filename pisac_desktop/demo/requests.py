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
