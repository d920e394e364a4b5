"""Reading one normative document for the screens: its state and later life in plain Spanish,
and the choices the action dialogs offer (annulling documents, units for a receipt)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import local_from_naive_utc
from pisac_desktop.core.actions import Allowed, decide
from pisac_desktop.core.institution import holder_on, post_label, signature_name
from pisac_desktop.core.permissions import Actor, Permission
from pisac_desktop.db.models import (
    Certification,
    DistributionReceipt,
    Instrument,
    InstrumentKind,
    OrgUnit,
    Publication,
)
from pisac_desktop.db.models.instruments import ANNULLED, DRAFT, ISSUED
from pisac_desktop.instruments.actions import Action
from pisac_desktop.instruments.attachments import ScanView, scans_of
from pisac_desktop.instruments.historic import historic_origin
from pisac_desktop.instruments.issued import (
    check_after_issue,
    check_annullable,
    check_certifiable,
    links_of,
    publication_warning,
)
from pisac_desktop.instruments.kinds import MODULE_PERMISSION
from pisac_desktop.instruments.register import (
    MEDIUM_LABELS,
    check_deletable,
    check_draft,
    state_label,
)
from pisac_desktop.spanish.dates import long_date, short_date

_SMALL_WORDS = {"de", "del", "la", "las", "el", "los", "y", "a", "en"}


def kind_label(title: str) -> str:
    """A kind's upper-case title as running text: 'Resolución de Gerencia Municipal'."""
    words = title.lower().split()
    return " ".join(w if i and w in _SMALL_WORDS else w[:1].upper() + w[1:]
                    for i, w in enumerate(words))


@dataclass(frozen=True)
class UnitReceipt:
    """An organic unit to notify and, once it signed, its receipt."""

    unit_id: int
    unit_name: str
    received_by: str = ""
    received_at: dt.datetime | None = None

    @property
    def text(self) -> str:
        if self.received_at is None:
            return f"{self.unit_name}: pendiente"
        return (f"{self.unit_name}: recibido por {self.received_by} el "
                f"{self.received_at:%d/%m/%Y} a las {self.received_at:%H:%M}")


@dataclass(frozen=True)
class InstrumentDetail:
    id: int
    kind_code: str
    kind_title: str  # "Resolución de Alcaldía"
    module: str
    state: str
    state_label: str
    number_text: str  # "" for a draft
    doc_date: dt.date
    summary: str
    signer: str
    annulment: str  # why, by what, when ("" unless annulled)
    copies_certified: int
    certifications: list[str] = field(default_factory=list)
    must_publish: bool = False
    publications: list[str] = field(default_factory=list)
    warning: str | None = None
    units: list[UnitReceipt] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    historic: bool = False  # a registro histórico: never printed nor certified by the app
    origin: str = ""  # a registro histórico's file and row
    scans: list[ScanView] = field(default_factory=list)

    def allowed(self, actor: Actor | None) -> Allowed:
        """What this actor may do with the document now, and why not: the permission of its
        office (certifying: its own) and the use cases' preconditions."""
        office = MODULE_PERMISSION.get(self.module, Permission.SECRETARIA_INSTRUMENTS)
        return decide(actor, {
            Action.EDIT_DRAFT: (office, lambda: check_draft(self, "no se modifica")),
            Action.ISSUE: (office, lambda: check_draft(self, "no se emite de nuevo")),
            Action.DELETE_DRAFT: (office, lambda: check_deletable(self)),
            Action.ANNUL: (office, lambda: check_annullable(self)),
            Action.CERTIFY: (Permission.CERTIFY, lambda: check_certifiable(self)),
            Action.PUBLISH: (office, lambda: check_after_issue(self)),
            Action.RECORD_RECEIPT: (office, lambda: check_after_issue(self)),
            Action.LINK: (office, lambda: check_after_issue(self)),
        })

    @property
    def is_draft(self) -> bool:
        return self.state == DRAFT

    @property
    def is_issued(self) -> bool:
        return self.state == ISSUED

    @property
    def long_date(self) -> str:
        return long_date(self.doc_date)

    @property
    def received(self) -> int:
        return sum(1 for u in self.units if u.received_at is not None)

    @property
    def heading(self) -> str:
        return self.number_text or f"Borrador de {self.kind_title}"


def certification_choices(session: Session, instrument_id: int) -> list[tuple[int, str]]:
    """The certifications of a document, oldest first: (id, '21/11/2026: 2 copias para ...')."""
    certs = session.scalars(select(Certification)
                            .where(Certification.instrument_id == instrument_id)
                            .order_by(Certification.certified_on, Certification.id))
    return [(c.id, f"{short_date(c.certified_on)}: {c.copies} "
                   f"{'copia' if c.copies == 1 else 'copias'} para {c.requested_by}")
            for c in certs]


def instrument_detail(session: Session, instrument_id: int) -> InstrumentDetail | None:
    """Everything the detail panel shows, or None when the document no longer exists."""
    doc = session.get(Instrument, instrument_id)
    if doc is None:
        return None
    kind = doc.kind
    if doc.state == DRAFT:
        holder = holder_on(session, kind.signer_post, doc.doc_date)
        post = post_label(kind.signer_post, bool(holder and holder.feminine))
        signer = (f"{signature_name(holder)}, {post} (se fija al emitir)" if holder is not None
                  else f"Nadie ocupa el cargo de {post} en esa fecha")
    elif doc.historic:
        signer = doc.signer_name or "no consta en el registro"
    else:
        signer = f"{doc.signer_name}, {kind_label(doc.signer_post)}"
    annulment = ""
    if doc.state == ANNULLED:
        when = ""
        if doc.annulled_at:  # stored in UTC: shown on the computer's calendar
            local = local_from_naive_utc(doc.annulled_at)
            when = f" el {local:%d/%m/%Y}"
        by = f" Lo anula: {doc.annulled_by_text}." if doc.annulled_by_text else ""
        annulment = (f"{doc.annul_reason.rstrip('.')}.{by} Registrado por {doc.annulled_by}"
                     f"{when}.")
    found = historic_origin(session, doc.id) if doc.historic else None
    origin = found.text() if found else ""
    certs = list(session.scalars(select(Certification)
                                 .where(Certification.instrument_id == doc.id)
                                 .order_by(Certification.certified_on, Certification.id)))
    pubs = list(session.scalars(select(Publication).where(Publication.instrument_id == doc.id)
                                .order_by(Publication.published_on, Publication.id)))
    receipts = {r.org_unit_id: r for r in session.scalars(
        select(DistributionReceipt).where(DistributionReceipt.instrument_id == doc.id))}
    listed = [u.org_unit_id for u in doc.units]
    names = {r.id: r.name for r in session.execute(select(OrgUnit.id, OrgUnit.name))}
    units = []
    for unit_id in listed + sorted(set(receipts) - set(listed)):
        receipt = receipts.get(unit_id)
        units.append(UnitReceipt(unit_id, names.get(unit_id, "?"),
                                 receipt.received_by if receipt else "",
                                 receipt.received_at if receipt else None))
    return InstrumentDetail(
        id=doc.id, kind_code=kind.code, kind_title=kind_label(kind.title), module=kind.module,
        state=doc.state, state_label=state_label(doc.state, doc.historic),
        number_text=doc.number_text or "",
        doc_date=doc.doc_date, summary=doc.summary, signer=signer, annulment=annulment,
        copies_certified=sum(c.copies for c in certs),
        certifications=[
            f"{short_date(c.certified_on)}: {c.copies} "
            f"{'copia' if c.copies == 1 else 'copias'} para {c.requested_by}" for c in certs],
        must_publish=kind.must_publish,
        publications=[
            f"{MEDIUM_LABELS.get(p.medium, p.medium)}, {short_date(p.published_on)}"
            + (f" ({p.reference})" if p.reference else "") for p in pubs],
        warning=publication_warning(session, doc),
        units=units,
        links=links_of(session, doc.id),
        historic=bool(doc.historic), origin=origin, scans=scans_of(session, doc.id),
    )


def annulling_candidates(session: Session, instrument_id: int,
                         limit: int = 500) -> list[tuple[int, str]]:
    """Issued documents of the same module that could annul this one: dated on or after it,
    newest first, as (id, 'number — summary')."""
    doc = session.get(Instrument, instrument_id)
    if doc is None:
        return []
    rows = session.execute(
        select(Instrument.id, Instrument.number_text, Instrument.summary)
        .join(InstrumentKind)
        .where(InstrumentKind.module == doc.kind.module, Instrument.state == ISSUED,
               Instrument.id != doc.id, Instrument.doc_date >= doc.doc_date)
        .order_by(Instrument.doc_date.desc(), Instrument.id.desc())
        .limit(limit)
    )
    return [(r.id, f"{r.number_text} — {_short(r.summary)}" if r.summary else r.number_text)
            for r in rows]


@dataclass(frozen=True)
class UnitChoice:
    id: int
    name: str
    to_notify: bool  # listed among the document's units
    received: bool  # already has its receipt


def receipt_units(session: Session, instrument_id: int) -> list[UnitChoice]:
    """The document's units first (in their order), then the other active units."""
    doc = session.get(Instrument, instrument_id)
    if doc is None:
        return []
    listed = {u.org_unit_id for u in doc.units}
    received = set(session.scalars(select(DistributionReceipt.org_unit_id)
                                   .where(DistributionReceipt.instrument_id == doc.id)))
    all_units = list(session.scalars(select(OrgUnit).order_by(OrgUnit.position, OrgUnit.id)))
    first = [u for u in all_units if u.id in listed]
    rest = [u for u in all_units if u.id not in listed and u.active]
    return [UnitChoice(u.id, u.name, u.id in listed, u.id in received) for u in first + rest]


def notify_units(session: Session, selected: Sequence[int] = ()) -> list[tuple[int, str]]:
    """Units offered in the drafting form: the active ones, plus any already chosen."""
    chosen = set(selected)
    return [(u.id, u.name if u.active else f"{u.name} (desactivada)")
            for u in session.scalars(select(OrgUnit).order_by(OrgUnit.position, OrgUnit.id))
            if u.active or u.id in chosen]


def _short(text: str, width: int = 90) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[:width - 1].rstrip() + "…"

