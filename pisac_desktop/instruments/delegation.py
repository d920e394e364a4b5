"""The delegation a Resolución de Gerencia Municipal rests on (LOM art. 20 num. 20; TUO Ley
27444 art. 78): the Resolución de Alcaldía that delegated the power, chosen from the register.

It is recorded as a link between the two documents (instrument_link, relation "delegation"), so
it needs no column of its own, and the legal basis paragraph names it: '… delegadas por el
Alcalde mediante Resolución de Alcaldía N° 012-2026-MDP/A, de fecha 2 de enero de 2026,
conforme al numeral 20 del artículo 20 …'. The choice is optional: with none chosen, the default
text names no particular resolution. A new draft takes the delegation of the last one of its
kind that chose one (while that resolución de alcaldía still stands).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.errors import FieldError, ValidationFailed
from pisac_desktop.db.models import Instrument, InstrumentLink
from pisac_desktop.db.models.instruments import ISSUED
from pisac_desktop.spanish.dates import long_date, short_date

DELEGATION = "delegation"
DELEGATED_KINDS = ("MANAGEMENT_RESOLUTION",)  # the kinds that cite a delegation
DELEGATING_KIND = "MAYOR_RESOLUTION"
DELEGATE_UNIT = "MUNICIPAL_MANAGEMENT"  # whose register of delegations the choices follow
# The words of the default legal basis (instruments/register.py) that a chosen resolution replaces.
GENERIC_PHRASE = "mediante resolución de alcaldía"
CHOICES_MAX = 200  # the newest issued resoluciones de alcaldía offered (plus the one chosen)
SUMMARY_SHOWN = 90


@dataclass(frozen=True)
class DelegationChoice:
    id: int
    label: str  # "RESOLUCIÓN DE ALCALDÍA N° 012-2026-MDP/A (02/01/2026) — Delegar ..."


def _standing(ra: Instrument | None) -> bool:
    return ra is not None and ra.kind_code == DELEGATING_KIND and ra.state == ISSUED


def _label(ra: Instrument) -> str:
    summary = " ".join(ra.summary.split())
    if len(summary) > SUMMARY_SHOWN:
        summary = summary[:SUMMARY_SHOWN - 1].rstrip() + "…"
    return f"{ra.number_text} ({short_date(ra.doc_date)}) — {summary}"


def delegation_choices(session: Session, keep_id: int | None = None) -> list[DelegationChoice]:
    """The issued, standing resoluciones de alcaldía, newest first (and `keep_id`, the one
    already chosen, even when older)."""
    from pisac_desktop.clock import clock_of
    from pisac_desktop.instruments.delegations import powers_by_instrument

    rows = list(session.scalars(
        select(Instrument).where(Instrument.kind_code == DELEGATING_KIND,
                                 Instrument.state == ISSUED)
        .order_by(Instrument.doc_date.desc(), Instrument.number.desc()).limit(CHOICES_MAX)))
    if keep_id is not None and keep_id not in {r.id for r in rows}:
        kept = session.get(Instrument, keep_id)
        if _standing(kept):
            rows.append(kept)
    # The delegations the register holds for the Gerencia today come first, with their powers.
    registered = powers_by_instrument(session, DELEGATE_UNIT, clock_of(session).today())
    for ra_id in registered:
        if ra_id not in {r.id for r in rows} and _standing(ra := session.get(Instrument, ra_id)):
            rows.append(ra)
    rows.sort(key=lambda r: r.id not in registered)
    return [DelegationChoice(r.id, _registered_label(r, registered[r.id])
                             if r.id in registered else _label(r)) for r in rows]


def _registered_label(ra: Instrument, powers: str) -> str:
    powers = " ".join(powers.split())
    if len(powers) > SUMMARY_SHOWN:
        powers = powers[:SUMMARY_SHOWN - 1].rstrip() + "…"
    return f"{ra.number_text} ({short_date(ra.doc_date)}) — delega: {powers}"


def delegation_phrase(ra: Instrument) -> str:
    """'mediante Resolución de Alcaldía N° 012-2026-MDP/A, de fecha 2 de enero de 2026'."""
    from pisac_desktop.instruments.detail import kind_label

    number = ra.number_text or ""
    title = ra.kind.title
    if number.startswith(title):
        number = kind_label(title) + number[len(title):]
    return f"mediante {number}, de fecha {long_date(ra.doc_date)}"


def _phrase(session: Session, ra_id: int | None) -> str:
    ra = session.get(Instrument, ra_id) if ra_id is not None else None
    return delegation_phrase(ra) if _standing(ra) else GENERIC_PHRASE


def legal_basis_with(session: Session, text: str, old_id: int | None,
                     new_id: int | None) -> str | None:
    """The legal basis naming the delegation `new_id` instead of `old_id` (None: the default
    words, which name no resolution); None when the text no longer holds the words to replace
    (the clerk rewrote it: then it is the clerk's to cite the resolution)."""
    old, new = _phrase(session, old_id), _phrase(session, new_id)
    if old == new:
        return text
    if old not in text:
        return None
    return text.replace(old, new, 1)


def delegation_of(session: Session, instrument_id: int | None) -> int | None:
    if instrument_id is None:
        return None
    return session.scalar(select(InstrumentLink.to_id).where(
        InstrumentLink.from_id == instrument_id, InstrumentLink.relation == DELEGATION))


def last_delegation(session: Session, kind_code: str) -> int | None:
    """The delegation chosen for the latest document of the kind that chose one, while that
    resolución de alcaldía still stands (not annulled)."""
    ra_id = session.scalar(
        select(InstrumentLink.to_id)
        .join(Instrument, Instrument.id == InstrumentLink.from_id)
        .where(InstrumentLink.relation == DELEGATION, Instrument.kind_code == kind_code)
        .order_by(Instrument.id.desc()).limit(1))
    return ra_id if ra_id is not None and _standing(session.get(Instrument, ra_id)) else None


def delegation_errors(session: Session, kind_code: str, delegation_id: int | None,
                      when: dt.date | None) -> list[FieldError]:
    if delegation_id is None:
        return []
    if kind_code not in DELEGATED_KINDS:
        return [FieldError("delegation_id", "Solo una resolución de gerencia municipal cita la "
                                            "resolución de alcaldía que delega facultades.")]
    ra = session.get(Instrument, delegation_id)
    if not _standing(ra):
        return [FieldError("delegation_id", "La resolución de alcaldía elegida ya no está "
                                            "vigente (anulada o inexistente): elija otra.")]
    if when is not None and ra.doc_date > when:
        return [FieldError("delegation_id", f"La {ra.number_text} es del "
                                            f"{short_date(ra.doc_date)}, posterior a la fecha "
                                            "de esta resolución: no pudo delegarle facultades.")]
    if when is not None:
        from pisac_desktop.instruments.delegations import delegation_problem

        if problem := delegation_problem(session, ra.id, DELEGATE_UNIT, when):
            return [FieldError("delegation_id", f"Según el registro de delegaciones, {problem}: "
                                                f"la {ra.number_text} no sirve de base el "
                                                f"{short_date(when)}.")]
    return []


def set_delegation(session: Session, instrument_id: int,
                   delegation_id: int | None) -> tuple[str | None, str | None]:
    """Record the chosen delegation (replacing an earlier one); returns the numbers before and
    after, for the audit trail (equal when nothing changed)."""
    rows = list(session.scalars(select(InstrumentLink).where(
        InstrumentLink.from_id == instrument_id, InstrumentLink.relation == DELEGATION)))
    before = session.get(Instrument, rows[0].to_id).number_text if rows else None
    if [r.to_id for r in rows] == ([delegation_id] if delegation_id is not None else []):
        return before, before
    for row in rows:
        session.delete(row)
    session.flush()
    after = None
    if delegation_id is not None:
        other = session.get(InstrumentLink, (instrument_id, delegation_id))
        if other is not None:  # already linked otherwise (it modifies or rectifies it)
            raise ValidationFailed([FieldError(
                "delegation_id", "Este documento ya está enlazado con esa resolución de "
                                 "alcaldía por otra relación: no puede citarla además como "
                                 "delegación.")])
        session.add(InstrumentLink(from_id=instrument_id, to_id=delegation_id,
                                   relation=DELEGATION))
        session.flush()
        after = session.get(Instrument, delegation_id).number_text
    return before, after
