"""What happens to a document once issued: annulment (by another document that says so),
certified copies, publication, receipts of its distribution, links to the documents it
modifies, rectifies or derogates, and the flags and lines the screens show of it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import (
    holder_on,
    post_label,
    signature_name,
)
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import (
    LINE_MAX,
    REASON_MAX,
    length_error,
)
from pisac_desktop.core.verification import VERIFY_CERTIFICATION, give_code
from pisac_desktop.db.models import (
    Certification,
    DistributionReceipt,
    Instrument,
    InstrumentLink,
    InstrumentUnit,
    OrgUnit,
    Publication,
)
from pisac_desktop.db.models.instruments import ANNULLED, DRAFT, ISSUED
from pisac_desktop.db.write_lock import get_for_update, writes
from pisac_desktop.instruments import directives
from pisac_desktop.instruments.kinds import require_kind
from pisac_desktop.instruments.register import (
    FORM_LINK_LABELS,
    FORM_LINKED_BY_LABELS,
    LINK_LABELS,
    LINKED_BY_LABELS,
    MEDIUM_LABELS,
    check_not_historic,
)
from pisac_desktop.spanish.dates import long_date, short_date


def check_after_issue(doc: Instrument | None) -> None:
    """Publishing, distributing, linking: a document issued (annulled too)."""
    if doc is None or doc.state == DRAFT:
        raise DomainError("Solo un documento emitido admite esta acción.")


def check_annullable(doc: Instrument, race: bool = False) -> None:
    check_after_issue(doc)
    if doc.state == ANNULLED:
        raise DomainError(f"Otro puesto ya anuló este documento ({doc.number_text}): no se "
                          "anuló de nuevo." if race else
                          f"El documento ya está anulado ({doc.number_text}).")


def check_certifiable(doc: Instrument | None) -> None:
    if doc is None or doc.state != ISSUED:
        raise DomainError("Solo se certifican copias de documentos emitidos y vigentes.")
    check_not_historic(doc)


def _issued(session: Session, actor: Actor, instrument_id: int) -> Instrument:
    instrument = get_for_update(session, Instrument, instrument_id)
    check_after_issue(instrument)
    require_kind(session, actor, instrument.kind)
    return instrument


@writes
def annul(session: Session, actor: Actor, instrument_id: int, reason: str,
          annulled_by_text: str = "", annulled_by_id: int | None = None,
          clock=None) -> Instrument:
    """The document stops standing; it keeps its number and is listed as annulled."""
    instrument = _issued(session, actor, instrument_id)
    check_annullable(instrument, race=True)
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", "Escriba el motivo de la anulación.")])
    errors = [FieldError(name, message) for name, message in (
        ("reason", length_error(reason, REASON_MAX, "El motivo")),
        ("annulled_by", length_error(annulled_by_text, 250, "El documento que anula")),
    ) if message]
    if errors:
        raise ValidationFailed(errors)
    if annulled_by_id is not None:
        other = session.get(Instrument, annulled_by_id)
        if other is None or other.state == DRAFT:
            raise ValidationFailed([FieldError("annulled_by", "El documento que anula debe "
                                                              "estar emitido.")])
        annulled_by_text = other.number_text or ""
        _add_link(session, other.id, instrument.id, "annuls")
    instrument.state = ANNULLED
    instrument.annul_reason = reason.strip()
    instrument.annulled_by_text = annulled_by_text.strip()
    instrument.annulled_by_instrument_id = annulled_by_id
    instrument.annulled_by = actor.username
    instrument.annulled_at = naive_utc_of(session, clock)
    record(session, actor, "annul", "instrument", instrument.id,
           {"estado": ["Emitido", "Anulado"], "motivo": [None, instrument.annul_reason],
            "anulado por": [None, instrument.annulled_by_text]})
    return instrument


@writes
def certify(session: Session, actor: Actor, instrument_id: int, requested_by: str,
            copies: int, on: dt.date, clock=None) -> Certification:
    """Certified copies given by the Secretaría General (ROF art. 56)."""
    require(actor, Permission.CERTIFY, session)
    instrument = get_for_update(session, Instrument, instrument_id)
    check_certifiable(instrument)
    errors = []
    if not requested_by.strip():
        errors.append(FieldError("requested_by", "Escriba quién solicita las copias."))
    elif message := length_error(requested_by, 200, "El solicitante"):
        errors.append(FieldError("requested_by", message))
    if not 1 <= copies <= 100:
        errors.append(FieldError("copies", "El número de copias va de 1 a 100."))
    if on < instrument.doc_date:
        errors.append(FieldError("on", "La certificación no puede ser anterior al documento."))
    certifier = holder_on(session, "GENERAL_SECRETARY", on)
    if certifier is None:
        errors.append(FieldError("on", f"Nadie ocupaba el cargo de Secretario General el "
                                       f"{long_date(on)}."))
    if errors:
        raise ValidationFailed(errors)
    row = Certification(
        instrument_id=instrument.id, requested_by=requested_by.strip(), copies=copies,
        certified_on=on, certifier_name=signature_name(certifier),
        certifier_post=post_label("GENERAL_SECRETARY", certifier.feminine).upper(),
        recorded_by=actor.username, recorded_at=naive_utc_of(session, clock),
    )
    session.add(row)
    session.flush()
    record(session, actor, "certify", "instrument", instrument.id,
           {"solicitante": [None, row.requested_by], "copias": [None, copies]})
    give_code(session, VERIFY_CERTIFICATION, row.id)
    return row


@writes
def publish(session: Session, actor: Actor, instrument_id: int, medium: str, on: dt.date,
            reference: str = "", clock=None) -> Publication:
    """LOM art. 44: ordinances and decrees take effect the day after publication."""
    instrument = _issued(session, actor, instrument_id)
    errors = []
    if medium not in MEDIUM_LABELS:
        errors.append(FieldError("medium", "Elija el medio de publicación."))
    if message := length_error(reference, LINE_MAX, "La referencia de la publicación"):
        errors.append(FieldError("reference", message))
    if on < instrument.doc_date:
        errors.append(FieldError("on", "La publicación no puede ser anterior al documento."))
    if errors:
        raise ValidationFailed(errors)
    if session.scalar(select(Publication.id).where(
            Publication.instrument_id == instrument.id, Publication.medium == medium,
            Publication.published_on == on, Publication.reference == reference.strip())):
        raise DomainError(f"Otro puesto ya registró esta publicación ({MEDIUM_LABELS[medium]}, "
                          f"{short_date(on)}).")
    row = Publication(instrument_id=instrument.id, medium=medium, published_on=on,
                      reference=reference.strip(), recorded_by=actor.username,
                      recorded_at=naive_utc_of(session, clock))
    session.add(row)
    session.flush()
    record(session, actor, "publish", "instrument", instrument.id,
           {"medio": [None, MEDIUM_LABELS[medium]], "fecha": [None, short_date(on)]})
    return row


@writes
def record_receipt(session: Session, actor: Actor, instrument_id: int, org_unit_id: int,
                   received_by: str, received_at: dt.datetime, clock=None) -> None:
    """The signed cargo of a unit that received the document (distribution)."""
    instrument = _issued(session, actor, instrument_id)
    errors = []
    if not received_by.strip():
        errors.append(FieldError("received_by", "Escriba quién recibió el documento."))
    elif message := length_error(received_by, 200, "El nombre de quien recibió"):
        errors.append(FieldError("received_by", message))
    if session.get(OrgUnit, org_unit_id) is None:
        errors.append(FieldError("org_unit", "Elija la unidad orgánica."))
    if received_at.date() < instrument.doc_date:
        errors.append(FieldError("received_at", "La recepción no puede ser anterior al "
                                                "documento."))
    if errors:
        raise ValidationFailed(errors)
    existing = session.scalar(select(DistributionReceipt).where(
        DistributionReceipt.instrument_id == instrument.id,
        DistributionReceipt.org_unit_id == org_unit_id))
    if existing is not None:
        raise DomainError("Esa unidad ya tiene registrado su cargo de recepción.")
    session.add(DistributionReceipt(
        instrument_id=instrument.id, org_unit_id=org_unit_id, received_by=received_by.strip(),
        received_at=received_at, recorded_by=actor.username,
        recorded_at=naive_utc_of(session, clock)))
    session.flush()
    unit = session.get(OrgUnit, org_unit_id)
    record(session, actor, "distribute", "instrument", instrument.id,
           {"unidad": [None, unit.name], "recibido por": [None, received_by.strip()]})


def _add_link(session: Session, from_id: int, to_id: int, relation: str) -> None:
    if session.get(InstrumentLink, (from_id, to_id)) is None:
        session.add(InstrumentLink(from_id=from_id, to_id=to_id, relation=relation))
        session.flush()


@writes
def link(session: Session, actor: Actor, from_id: int, to_id: int, relation: str) -> None:
    """Record that one document modifies, rectifies, derogates or annuls an earlier one."""
    if relation not in LINK_LABELS:
        raise DomainError("Relación no válida.")
    if from_id == to_id:
        raise DomainError("Un documento no puede referirse a sí mismo.")
    source, target = session.get(Instrument, from_id), session.get(Instrument, to_id)
    if source is None or target is None:
        raise DomainError("El documento ya no existe.")
    if target.state == DRAFT:
        raise DomainError("Solo se enlaza con documentos emitidos.")
    require_kind(session, actor, source.kind)
    _add_link(session, from_id, to_id, relation)
    record(session, actor, "update", "instrument", from_id,
           {"enlace": [None, f"{LINK_LABELS[relation]} {target.number_text}"]})


@dataclass(frozen=True)
class InstrumentFlags:
    certified: int
    published: bool
    distributed: int
    units: int


def flags(session: Session, instrument_id: int) -> InstrumentFlags:
    def count(model) -> int:
        return session.scalar(select(func.count()).select_from(model)
                              .where(model.instrument_id == instrument_id)) or 0
    return InstrumentFlags(
        session.scalar(select(func.coalesce(func.sum(Certification.copies), 0))
                       .where(Certification.instrument_id == instrument_id)) or 0,
        count(Publication) > 0, count(DistributionReceipt), count(InstrumentUnit),
    )


def publication_warning(session: Session, instrument: Instrument) -> str | None:
    """Ordinances and decrees must be published (LOM art. 44); say so while they are not."""
    if instrument.state == ISSUED and instrument.kind.must_publish \
            and not instrument.historic and not flags(session, instrument.id).published:
        return (f"{instrument.number_text} debe publicarse (Ley N° 27972, art. 44) y aún no "
                "se registró su publicación: rige desde el día siguiente de publicada.")
    return None


def links_of(session: Session, instrument_id: int) -> list[str]:
    """Both directions, in Spanish: 'modifica RA N° 012-2026' / 'modificada por ...'."""
    lines = []
    labels, linked_by = {**LINK_LABELS, **FORM_LINK_LABELS}, {**LINKED_BY_LABELS,
                                                              **FORM_LINKED_BY_LABELS}
    for row in session.scalars(select(InstrumentLink).where(InstrumentLink.from_id ==
                                                            instrument_id)):
        other = session.get(Instrument, row.to_id)
        if row.relation == directives.APPROVED_BY:
            lines.append(directives.approval_link_line(other, approves=False))
            continue
        lines.append(f"{labels[row.relation].capitalize()} {other.number_text}")
    for row in session.scalars(select(InstrumentLink).where(InstrumentLink.to_id ==
                                                            instrument_id)):
        other = session.get(Instrument, row.from_id)
        if row.relation == directives.APPROVED_BY:
            lines.append(directives.approval_link_line(other, approves=True))
            continue
        label = other.number_text or "un borrador"
        lines.append(f"{linked_by[row.relation].capitalize()} {label}")
    return lines
