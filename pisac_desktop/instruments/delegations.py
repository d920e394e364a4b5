"""The register of delegations (Ley 27972 art. 20 num. 20; TUO Ley 27444 arts. 78-83): which power
the mayor delegated, by which Resolución de Alcaldía, to which unit, since and until when, and
the resolution that ended it. The resoluciones de gerencia municipal pick their legal basis from
it (instruments/delegation.py): a delegation that had not begun or had already ended on the
resolution's date is refused there, so the gerente never signs on a power he no longer holds."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of, naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import PendingItem
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import text_errors
from pisac_desktop.db.models import Instrument, OrgUnit
from pisac_desktop.db.models.instruments import ISSUED
from pisac_desktop.db.models.management import Delegation
from pisac_desktop.db.write_lock import get_for_update, writes
from pisac_desktop.instruments.delegation import DELEGATING_KIND
from pisac_desktop.spanish.dates import short_date

POWERS_MAX = 2_000
ENDING_SOON_DAYS = 10  # business days: the Resumen warns before a delegation ends


def _require_editor(session: Session, actor: Actor) -> None:
    if not (actor.can(Permission.FOLLOW_UP) or actor.can(Permission.SECRETARIA_INSTRUMENTS)):
        require(actor, Permission.FOLLOW_UP, session)  # raises, naming the permission


@dataclass
class DelegationForm:
    instrument_id: int | None = None  # the Resolución de Alcaldía that delegates
    unit_id: int | None = None  # to whom (the Gerencia Municipal, another unit)
    powers: str = ""
    since: dt.date | None = None
    until: dt.date | None = None  # None: until revoked


def _errors(session: Session, form: DelegationForm) -> list[FieldError]:
    errors = []
    ra = session.get(Instrument, form.instrument_id) if form.instrument_id else None
    if ra is None or ra.kind_code != DELEGATING_KIND or ra.state != ISSUED:
        errors.append(FieldError("instrument_id", "Elija la resolución de alcaldía emitida que "
                                                  "delega la facultad."))
    unit = session.get(OrgUnit, form.unit_id) if form.unit_id else None
    if unit is None or not unit.active:
        errors.append(FieldError("unit_id", "Elija la unidad a la que se delega."))
    errors += text_errors("powers", form.powers, POWERS_MAX, "Las facultades",
                          "Escriba las facultades delegadas, como las dice la resolución.")
    if form.since is None:
        errors.append(FieldError("since", "Escriba desde cuándo rige la delegación."))
    elif ra is not None and form.since < ra.doc_date:
        errors.append(FieldError("since", f"La {ra.number_text} es del "
                                          f"{short_date(ra.doc_date)}: la delegación no puede "
                                          "regir antes."))
    if form.until is not None and form.since is not None and form.until < form.since:
        errors.append(FieldError("until", "La fecha final es anterior a la inicial."))
    return errors


@writes
def register_delegation(session: Session, actor: Actor, form: DelegationForm) -> int:
    _require_editor(session, actor)
    if errors := _errors(session, form):
        raise ValidationFailed(errors)
    row = Delegation(instrument_id=form.instrument_id, unit_id=form.unit_id,
                     powers=" ".join(form.powers.split()), since=form.since, until=form.until,
                     created_by=actor.username, created_at=naive_utc_of(session))
    session.add(row)
    session.flush()
    ra = session.get(Instrument, form.instrument_id)
    record(session, actor, "create", "delegation", row.id, {
        "resolución": [None, ra.number_text], "unidad": [None, session.get(
            OrgUnit, form.unit_id).name], "facultades": [None, row.powers],
        "vigencia": [None, _period(row)]})
    return row.id


@writes
def end_delegation(session: Session, actor: Actor, delegation_id: int, ended_on: dt.date,
                   reason: str, ended_by_instrument_id: int | None = None) -> None:
    """A delegation revoked (or its delegate's post ended) before its term."""
    _require_editor(session, actor)
    row = get_for_update(session, Delegation, delegation_id)
    if row is None:
        raise DomainError("La delegación ya no existe.")
    if row.ended_on is not None:
        raise DomainError(f"La delegación ya terminó el {short_date(row.ended_on)}.")
    errors = text_errors("reason", reason, POWERS_MAX, "El motivo",
                         "Escriba por qué termina (por ejemplo, revocada por otra resolución).")
    if ended_on < row.since:
        errors.append(FieldError("ended_on", f"La delegación rige desde el "
                                             f"{short_date(row.since)}."))
    if ended_by_instrument_id is not None:
        ender = session.get(Instrument, ended_by_instrument_id)
        if ender is None or ender.state != ISSUED:
            errors.append(FieldError("ended_by_instrument_id",
                                     "El documento que la revoca no está emitido."))
    if errors:
        raise ValidationFailed(errors)
    row.ended_on, row.end_reason = ended_on, " ".join(reason.split())
    row.ended_by_instrument_id = ended_by_instrument_id
    session.flush()
    record(session, actor, "update", "delegation", row.id,
           {"terminó": [None, short_date(ended_on)], "motivo": [None, row.end_reason]})


def _period(row: Delegation) -> str:
    end = row.ended_on or row.until
    return f"del {short_date(row.since)} " + (f"al {short_date(end)}" if end else
                                             "hasta que se revoque")


def standing_on(row: Delegation, day: dt.date) -> bool:
    end = min(d for d in (row.until, row.ended_on) if d is not None) \
        if (row.until or row.ended_on) else None
    return row.since <= day and (end is None or day <= end)


@dataclass(frozen=True)
class DelegationView:
    id: int
    instrument_id: int
    number_text: str
    doc_date: dt.date
    unit_id: int
    unit: str
    powers: str
    since: dt.date
    until: dt.date | None
    ended_on: dt.date | None
    end_reason: str
    ended_by: str
    state: str  # "Vigente", "Por regir", "Vencida", "Revocada"
    period: str


def _state(row: Delegation, today: dt.date) -> str:
    if row.ended_on is not None and row.ended_on <= today:
        return "Revocada"
    if row.since > today:
        return "Por regir"
    if row.until is not None and row.until < today:
        return "Vencida"
    return "Vigente"


def delegations_of(session: Session, actor: Actor, unit_id: int | None = None,
                   standing_only: bool = False) -> list[DelegationView]:
    require(actor, Permission.VIEW, session)
    today = clock_of(session).today()
    query = select(Delegation, Instrument).join(Instrument,
                                                Instrument.id == Delegation.instrument_id)
    if unit_id is not None:
        query = query.where(Delegation.unit_id == unit_id)
    rows = session.execute(query.order_by(Delegation.since.desc(), Delegation.id.desc())).all()
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    ender_ids = {d.ended_by_instrument_id for d, _r in rows if d.ended_by_instrument_id}
    enders = dict(session.execute(select(Instrument.id, Instrument.number_text)
                                  .where(Instrument.id.in_(ender_ids))).all()) \
        if ender_ids else {}
    views = [DelegationView(
        d.id, ra.id, ra.number_text or "", ra.doc_date, d.unit_id, units.get(d.unit_id, "—"),
        d.powers, d.since, d.until, d.ended_on, d.end_reason,
        enders.get(d.ended_by_instrument_id, ""), _state(d, today), _period(d))
        for d, ra in rows]
    return [v for v in views if v.state == "Vigente"] if standing_only else views


# ----------------------------------------------------------------------------------------------
# What the resoluciones de gerencia ask of the register


def delegation_problem(session: Session, instrument_id: int, unit_code: str,
                       when: dt.date) -> str | None:
    """Why the resolución de alcaldía cannot be the unit's basis on `when`, by the register
    (None: it can, or the register holds no delegation of it to the unit)."""
    rows = session.scalars(select(Delegation).join(OrgUnit, OrgUnit.id == Delegation.unit_id)
                           .where(Delegation.instrument_id == instrument_id,
                                  OrgUnit.code == unit_code)
                           .order_by(Delegation.since)).all()
    if not rows or any(standing_on(d, when) for d in rows):
        return None
    d = rows[0] if rows[0].since > when else rows[-1]
    if d.since > when:
        return f"la delegación rige desde el {short_date(d.since)}"
    if d.ended_on is not None and d.ended_on < when:
        return f"la delegación fue revocada el {short_date(d.ended_on)}"
    return f"la delegación venció el {short_date(d.until)}"


def powers_by_instrument(session: Session, unit_code: str, when: dt.date) -> dict[int, str]:
    """The powers the register says each resolución de alcaldía delegated to the unit and that
    stand on `when`: {instrument id: powers}."""
    rows = session.execute(select(Delegation).join(OrgUnit, OrgUnit.id == Delegation.unit_id)
                           .where(OrgUnit.code == unit_code, Delegation.since <= when,
                                  or_(Delegation.until.is_(None), Delegation.until >= when),
                                  or_(Delegation.ended_on.is_(None),
                                      Delegation.ended_on >= when))).scalars()
    return {d.instrument_id: d.powers for d in rows}


def delegation_pending(session: Session, today: dt.date) -> list[PendingItem]:
    """Delegations that end within ENDING_SOON_DAYS business days: renew them or stop using
    them."""
    soon = BusinessCalendar.load(session).deadline(today, ENDING_SOON_DAYS).result
    rows = session.scalars(select(Delegation).where(
        Delegation.ended_on.is_(None), Delegation.until.is_not(None),
        Delegation.until >= today, Delegation.until <= soon).order_by(Delegation.until)).all()
    if not rows:
        return []
    first = rows[0]
    return [PendingItem("Delegación que vence pronto" if len(rows) == 1 else
                        "Delegaciones que vencen pronto", len(rows),
                        f"La primera vence el {short_date(first.until)}: renuévela con otra "
                        "resolución de alcaldía o deje de invocarla.", first.id)]
