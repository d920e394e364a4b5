"""What is waiting in a module's normative documents, for the overview pages.

Drafts not yet issued; documents that must be published (LOM art. 44) and have no publication
recorded; issued documents whose units to notify have not all signed their receipt (cargo).
Counted in SQL, so the overview stays fast with tens of thousands of documents.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import and_, exists, func, select
from sqlalchemy.orm import Session

from pisac_desktop.core.institution import PendingItem
from pisac_desktop.db.models import (
    DistributionReceipt,
    Instrument,
    InstrumentKind,
    InstrumentUnit,
    Publication,
)
from pisac_desktop.db.models.instruments import DRAFT, ISSUED
from pisac_desktop.instruments.detail import kind_label

SHOWN_NUMBERS = 3  # numbers named in the detail; the rest are counted


def _numbers_detail(session: Session, query, total: int) -> str:
    numbers = list(session.scalars(query.limit(SHOWN_NUMBERS)))
    rest = total - len(numbers)
    text = "; ".join(n for n in numbers if n)
    if rest > 0:
        text += f" y {rest} más" if rest > 1 else " y 1 más"
    return text


def _first_id(session: Session, query) -> int | None:
    """The id of the first document a pending query lists."""
    return session.scalar(query.with_only_columns(Instrument.id).limit(1))


def instrument_pending(session: Session, today: dt.date, module: str) -> list[PendingItem]:
    """Pending items of the documents of `module` ("secretaria" or "gerencia")."""
    items: list[PendingItem] = []
    of_module = InstrumentKind.module == module

    drafts = session.execute(
        select(InstrumentKind.title, func.count(Instrument.id))
        .join(InstrumentKind)
        .where(of_module, Instrument.state == DRAFT)
        .group_by(InstrumentKind.code, InstrumentKind.title, InstrumentKind.position)
        .order_by(InstrumentKind.position)
    ).all()
    total_drafts = sum(n for _title, n in drafts)
    if total_drafts:
        label = "Borrador por emitir" if total_drafts == 1 else "Borradores por emitir"
        first = session.scalar(select(Instrument.id).join(InstrumentKind)
                               .where(of_module, Instrument.state == DRAFT)
                               .order_by(Instrument.id).limit(1))
        items.append(PendingItem(label, total_drafts,
                                 "; ".join(f"{kind_label(t)}: {n}" for t, n in drafts), first))

    published = exists().where(Publication.instrument_id == Instrument.id)
    unpublished = (select(Instrument.number_text).join(InstrumentKind)
                   .where(of_module, Instrument.state == ISSUED,
                          InstrumentKind.must_publish.is_(True), ~published,
                          Instrument.historic.is_(False)))  # published in its day
    count = session.scalar(select(func.count()).select_from(unpublished.subquery())) or 0
    if count:
        label = ("Documento por publicar (Ley N° 27972, art. 44)" if count == 1
                 else "Documentos por publicar (Ley N° 27972, art. 44)")
        query = unpublished.order_by(Instrument.doc_date, Instrument.id)
        items.append(PendingItem(label, count, _numbers_detail(session, query, count),
                                 _first_id(session, query)))

    received = exists().where(and_(DistributionReceipt.instrument_id ==
                                   InstrumentUnit.instrument_id,
                                   DistributionReceipt.org_unit_id ==
                                   InstrumentUnit.org_unit_id))
    missing_unit = exists().where(and_(InstrumentUnit.instrument_id == Instrument.id,
                                       ~received))
    undelivered = (select(Instrument.number_text).join(InstrumentKind)
                   .where(of_module, Instrument.state == ISSUED, missing_unit))
    count = session.scalar(select(func.count()).select_from(undelivered.subquery())) or 0
    if count:
        label = ("Documento con cargos de recepción pendientes" if count == 1
                 else "Documentos con cargos de recepción pendientes")
        query = undelivered.order_by(Instrument.doc_date, Instrument.id)
        items.append(PendingItem(label, count, _numbers_detail(session, query, count),
                                 _first_id(session, query)))
    return items
