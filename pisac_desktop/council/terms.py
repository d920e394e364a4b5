"""Períodos municipales and the members of each council: the alcalde and the regidores.

A member who joins or leaves within the term (an accesitario who replaces a vacated regidor)
has 'since' / 'until' dates. A member already summoned, marked or voting is never deleted: give
the date they left instead.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.references import count_references
from pisac_desktop.core.validators import dni_error
from pisac_desktop.db.models import CouncilMember, Term
from pisac_desktop.db.models.council import ROLE_COUNCILLOR, ROLE_MAYOR
from pisac_desktop.db.write_lock import writes
from pisac_desktop.spanish.dates import parse_short_date, short_date

ROLE_CHOICES = {ROLE_MAYOR: "Alcalde(sa)", ROLE_COUNCILLOR: "Regidor(a)"}
MEMBERS = "members"


@dataclass
class MemberRow:
    id: int | None = None
    role: str = ROLE_COUNCILLOR
    title: str = ""
    full_name: str = ""
    dni: str = ""
    political_party: str = ""
    feminine: bool = False
    since: str = ""  # dd/mm/aaaa, empty: from the start of the term
    until: str = ""  # empty: to the end of the term


@dataclass
class TermForm:
    start_year: int = 2027
    end_year: int = 2030
    councillor_seats: int = 5
    members: list[MemberRow] = field(default_factory=list)


def terms(session: Session) -> list[Term]:
    return list(session.scalars(select(Term).order_by(Term.start_year.desc())))


def term_form(session: Session, term_id: int) -> TermForm:
    term = session.scalars(select(Term).where(Term.id == term_id)
                           .options(selectinload(Term.members))).one()
    return TermForm(term.start_year, term.end_year, term.councillor_seats, [
        MemberRow(m.id, m.role, m.title, m.full_name, m.dni, m.political_party, m.feminine,
                  short_date(m.since), short_date(m.until))
        for m in term.members])


def _dates(row: MemberRow, index: int, errors: list[FieldError]):
    out = []
    for name in ("since", "until"):
        text = getattr(row, name).strip()
        value = None
        if text:
            try:
                value = parse_short_date(text)
            except ValueError as exc:
                errors.append(FieldError(name, str(exc), MEMBERS, index))
        out.append(value)
    return out


def _validate(session: Session, form: TermForm, term_id: int | None):
    errors: list[FieldError] = []
    if not 1990 <= form.start_year <= 2100:
        errors.append(FieldError("start_year", "Indique el año de inicio del período."))
    if form.end_year < form.start_year or form.end_year - form.start_year > 5:
        errors.append(FieldError("end_year", "El período termina entre el año de inicio y "
                                             "cinco años después (normalmente 4 años)."))
    if not 1 <= form.councillor_seats <= 15:
        errors.append(FieldError("councillor_seats", "El número de regidores va de 1 a 15."))
    overlapping = session.scalar(select(Term).where(
        Term.start_year <= form.end_year, Term.end_year >= form.start_year,
        Term.id != (term_id or 0)))
    if overlapping is not None:
        errors.append(FieldError("start_year", f"Se superpone con el período "
                                               f"{overlapping.label}."))
    start = dt.date(min(max(form.start_year, 1990), 2100), 1, 1)
    end = dt.date(min(max(form.end_year, 1990), 2100), 12, 31)
    spans = _member_spans(form, start, end, errors)
    # At no date more than one alcalde, nor more regidores than seats.
    for i, (role, a, _b) in enumerate(spans):
        limit = 1 if role == ROLE_MAYOR else form.councillor_seats
        at_once = sum(1 for r, c, d in spans if r == role and c <= a <= d)
        if at_once > limit:
            what = "un alcalde" if role == ROLE_MAYOR else f"{limit} regidores"
            errors.append(FieldError("role", f"El {short_date(a)} habría más de {what} a la vez: "
                                             "indique las fechas de quien salió y de quien "
                                             "ingresó.", MEMBERS, i))
    if form.members and not any(r == ROLE_MAYOR for r, _a, _b in spans):
        errors.append(FieldError("role", "Falta el alcalde del período.", MEMBERS, 0))
    if errors:
        raise ValidationFailed(errors)


def _member_spans(form: TermForm, start: dt.date, end: dt.date,
                  errors: list[FieldError]) -> list[tuple[str, dt.date, dt.date]]:
    """Each member row checked (role, name, DNI not repeated, dates within the term); returns
    (role, since, until) per row, the term's bounds standing for dates left blank."""
    spans = []
    seen_dni: dict[str, int] = {}
    for i, row in enumerate(form.members):
        if row.role not in ROLE_CHOICES:
            errors.append(FieldError("role", "Elija alcalde o regidor.", MEMBERS, i))
        if not " ".join(row.full_name.split()):
            errors.append(FieldError("full_name", "Escriba el nombre completo.", MEMBERS, i))
        problem = dni_error(row.dni.strip())
        if problem:
            errors.append(FieldError("dni", problem, MEMBERS, i))
        elif row.dni.strip() in seen_dni:
            errors.append(FieldError("dni", f"DNI repetido (fila {seen_dni[row.dni.strip()] + 1}).",
                                     MEMBERS, i))
        else:
            seen_dni[row.dni.strip()] = i
        since, until = _dates(row, i, errors)
        if since and until and until < since:
            errors.append(FieldError("until", "La fecha de término es anterior a la de inicio.",
                                     MEMBERS, i))
        for name, value in (("since", since), ("until", until)):
            if value and not start <= value <= end:
                errors.append(FieldError(name, f"La fecha cae fuera del período "
                                               f"{form.start_year}-{form.end_year}.", MEMBERS, i))
        spans.append((row.role, since or start, until or end))
    return spans


def check_term(session: Session, form: TermForm, term_id: int | None = None) -> None:
    """Raise the ValidationFailed that save_term would, writing nothing (the organisation
    import's preview, moving_in/organization.py)."""
    _validate(session, form, term_id)


@writes
def save_term(session: Session, actor: Actor, form: TermForm, term_id: int | None = None) -> int:
    require(actor, Permission.EDIT_INSTITUTION, session)
    _validate(session, form, term_id)
    if term_id is None:
        term = Term(start_year=form.start_year, end_year=form.end_year,
                    councillor_seats=form.councillor_seats)
        session.add(term)
        session.flush()
        before = None
        existing: dict[int, CouncilMember] = {}
    else:
        term = session.get(Term, term_id)
        if term is None:
            raise DomainError("El período ya no existe (otro puesto lo eliminó).")
        before = _snapshot(term_form(session, term.id))
        existing = {m.id: m for m in term.members}
        term.start_year, term.end_year = form.start_year, form.end_year
        term.councillor_seats = form.councillor_seats
    kept = {row.id for row in form.members if row.id}
    for member_id, member in existing.items():
        if member_id not in kept:
            if count_references(session, CouncilMember.__tablename__, member_id):
                raise DomainError(
                    f"{member.full_name} ya figura en sesiones, citaciones o votaciones: no se "
                    "elimina. Vuelva a agregarlo e indique la fecha en que dejó el cargo "
                    "(«Hasta»).")
            session.delete(member)
    for pos, row in enumerate(form.members):
        member = existing.get(row.id) if row.id else None
        if member is None:
            member = CouncilMember(term_id=term.id)
            session.add(member)
        member.role = row.role
        member.title = " ".join(row.title.split())
        member.full_name = " ".join(row.full_name.split())
        member.dni = row.dni.strip()
        member.political_party = " ".join(row.political_party.split())
        member.feminine = row.feminine
        member.since = parse_short_date(row.since) if row.since.strip() else None
        member.until = parse_short_date(row.until) if row.until.strip() else None
        member.position = pos
    session.flush()
    after = _snapshot(term_form(session, term.id))
    record(session, actor, "create" if before is None else "update", "council_member",
           f"período {term.label}", {"antes": before, "después": after} if before else
           {"período": [None, after]})
    return term.id


def _snapshot(form: TermForm) -> str:
    people = "; ".join(f"{ROLE_CHOICES.get(m.role, m.role)} {m.full_name} ({m.dni})"
                       + (f" desde {m.since}" if m.since else "")
                       + (f" hasta {m.until}" if m.until else "") for m in form.members)
    return (f"{form.start_year}-{form.end_year}, {form.councillor_seats} regidores: {people}")
