"""Ten years of trámite for the benchmark, written with bulk inserts: about 20,000 filings a
year at the Mesa de Partes (200,000 case files), each with its stays in the units (about
450,000 steps), the older ones answered and archived, the recent ones in every state; twenty
case files with a 40-step hoja de ruta. Numbered per year like the app numbers them, with the
same searchable text (tramite.intake.search_text_of) kept in the text index by its triggers.
Nothing here is audited: it is fixture data, not office work (as dataset_council.py)."""

from __future__ import annotations

import datetime as dt
import random
from types import SimpleNamespace

from sqlalchemy import func, insert, select

from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.institution import get_institution
from pisac_desktop.db.models import CaseFile, CaseStep, NumberSequence, OrgUnit, Procedure
from pisac_desktop.db.models.tramite import ANSWERED, ARCHIVED, IN_PROCESS
from pisac_desktop.tramite.cases import CASE_FORMAT, CASE_KIND, DESK_UNIT_CODE, ensure_case_kind
from pisac_desktop.tramite.intake import search_text_of

FILINGS_PER_YEAR = 20_000
LONG_ROUTES, LONG_STEPS = 20, 40
BATCH = 5_000
UNIT_CODES = ("MUNICIPAL_MANAGEMENT", "GENERAL_SECRETARIAT", "URBAN_RURAL_DEVELOPMENT",
              "ECONOMIC_DEVELOPMENT", "SOCIAL_DEVELOPMENT", "LEGAL_ADVICE", "ADMINISTRATION",
              "PLANNING_BUDGET", "CIVIL_REGISTRY")
SUBJECTS = (
    "Solicita licencia de funcionamiento para {what}", "Solicita certificado de posesión del "
    "predio ubicado en {place}", "Solicita copia certificada de la Resolución de Alcaldía N° "
    "{n}-{y}", "Solicita autorización para {what} en {place}", "Denuncia construcción sin "
    "licencia en {place}", "Solicita apoyo con maquinaria para la trocha de {place}",
    "Remite informe de la junta vecinal de {place}", "Solicita información sobre las obras de "
    "{place}", "Invita al alcalde a la faena comunal de {place}", "Solicita constancia de "
    "posesión para instalación de agua potable en {place}", "Presenta recurso de apelación "
    "contra la Resolución de Gerencia N° {n}-{y}", "Solicita inscripción en el padrón del vaso "
    "de leche de {place}")
WHAT = ("bodega", "restaurante turístico", "hospedaje", "venta de artesanías", "farmacia",
        "feria de productores", "festival de danzas", "ferretería")
PLACES = ("Pisac", "Amaru", "Cuyo Grande", "Cuyo Chico", "Paru Paru", "Sacaca", "Chahuaytire",
          "Qotataki", "Viacha", "Mascani", "Ampay", "Patabamba")
KINDS = ("Solicitud", "Solicitud", "Solicitud", "Oficio", "Carta", "Recurso", "Denuncia")


def add_case_files(opened, rng: random.Random, first_year: int, last_year: int,
                   as_of: dt.date, scale: float = 1.0) -> int:
    """The case files of the years, returns how many; the last year ends at `as_of`."""
    from bench.dataset import FEMALE_NAMES, MALE_NAMES, SURNAMES

    db = opened.db
    with db.session() as s:
        ensure_case_kind(s)
        units = dict(s.execute(select(OrgUnit.code, OrgUnit.id)
                               .where(OrgUnit.code.is_not(None))).all())
        procedures = [(p.id, p.unit_id, p.deadline_days) for p in s.scalars(select(Procedure))]
        calendar = BusinessCalendar.load(s)
        initials = get_institution(s).initials
        next_id = (s.scalar(select(func.max(CaseFile.id))) or 0) + 1
    desk = units[DESK_UNIT_CODE]
    targets = [units[c] for c in UNIT_CODES if c in units]
    people = [(f"{rng.choice(MALE_NAMES + FEMALE_NAMES)} {rng.choice(SURNAMES)} "
               f"{rng.choice(SURNAMES)}", f"{rng.randint(10_000_000, 79_999_999)}")
              for _ in range(6000)]
    per_year = max(1, round(FILINGS_PER_YEAR * scale))
    made = long_made = 0
    for year in range(first_year, last_year + 1):
        first = dt.date(year, 1, 2)
        last = min(dt.date(year, 12, 30), as_of)
        days = [first + dt.timedelta(d) for d in range((last - first).days + 1)]
        workdays = [d for d in days if calendar.is_business_day(d)]
        dates = sorted(rng.choice(workdays) for _ in range(per_year))
        cases, steps = [], []
        for number, day in enumerate(dates, start=1):
            case_id = next_id
            next_id += 1
            received = dt.datetime.combine(day, dt.time(8 + rng.randint(0, 7),
                                                        rng.randrange(0, 60, 5)))
            procedure = rng.choice(procedures) if rng.random() < 0.7 else None
            unit = (procedure[1] if procedure and procedure[1] else rng.choice(targets))
            days_allowed = procedure[2] if procedure else 15
            due = calendar.deadline(day, days_allowed).result if days_allowed else None
            name, dni = rng.choice(people)
            subject = rng.choice(SUBJECTS).format(
                what=rng.choice(WHAT), place=rng.choice(PLACES), n=f"{rng.randint(1, 999):03d}",
                y=year)
            age = (as_of - day).days
            roll = rng.random()
            state = (ARCHIVED if roll < 0.7 else ANSWERED if roll < 0.95 else IN_PROCESS) \
                if age > 60 else (ARCHIVED if roll < 0.3 else ANSWERED if roll < 0.6
                                  else IN_PROCESS)
            route = [unit]
            if rng.random() < 0.4:
                route.append(rng.choice([u for u in targets if u != unit]))
            if len(route) > 1 and rng.random() < 0.5:
                route.append(unit)
            if long_made < LONG_ROUTES and year == last_year:
                long_made += 1
                other = rng.choice([u for u in targets if u != unit])
                route = [unit if i % 2 == 0 else other for i in range(LONG_STEPS)]
                state = IN_PROCESS
            moment = received
            for position, to_unit in enumerate(route, start=1):
                sent = moment
                got = sent + dt.timedelta(hours=rng.randint(1, 30))
                closes = position < len(route) or state != IN_PROCESS
                moment = got + dt.timedelta(hours=rng.randint(2, 60))
                steps.append({
                    "case_file_id": case_id, "position": position,
                    "from_unit_id": desk if position == 1 else route[position - 2],
                    "to_unit_id": to_unit, "instruction": "Para su atención y trámite"
                    if position == 1 else rng.choice(("Para informe técnico", "Para opinión "
                                                      "legal", "Para su conocimiento y fines")),
                    "folios": rng.randint(1, 40), "due_on": due if position == 1 else None,
                    "sent_by": "echoque", "sent_at": sent, "received_by": "wccahua",
                    "received_at": got, "closed_at": moment if closes else None,
                    "outcome": ("referred" if position < len(route) else
                                "answered" if state != IN_PROCESS else "")})
            case = SimpleNamespace(
                number_text=CASE_FORMAT.format(anio=year, numero=number, siglas=initials),
                year=year, number=number, filer_name=name, filer_document=dni,
                document_kind=rng.choice(KINDS), subject=subject)
            cases.append({
                "id": case_id, "year": year, "number": number,
                "number_text": case.number_text, "received_at": received,
                "filer_is_company": False, "filer_document_type": "DNI",
                "filer_document": dni, "filer_name": name,
                "filer_address": f"{rng.choice(PLACES)}", "filer_phone": "",
                "filer_email": "", "document_kind": case.document_kind, "subject": subject,
                "folios": rng.randint(1, 40), "attachments_note": "",
                "procedure_id": procedure[0] if procedure else None,
                "missing_requirements": "", "completion_due": None, "completed_on": None,
                "due_on": due, "state": state, "unit_id": route[-1],
                "closed_at": moment if state != IN_PROCESS else None,
                "closing_note": "Atendido." if state != IN_PROCESS else "",
                "annulled_reason": "", "created_by": "echoque", "created_at": received,
                "search_text": search_text_of(case)})
            made += 1
        with db.session() as s:
            for start in range(0, len(cases), BATCH):
                s.execute(insert(CaseFile), cases[start:start + BATCH])
            for start in range(0, len(steps), BATCH):
                s.execute(insert(CaseStep), steps[start:start + BATCH])
            s.merge(NumberSequence(kind_code=CASE_KIND, year=year, last_number=len(dates)))
    return made
