"""Interested parties of a normative document and the cédulas de notificación (TUO Ley 27444
arts. 20-21, 24): who is notified, the numbered cédula, and how and when it was delivered. A
cédula notifies a party of a normative document, or a unit's answer to a case file's filer."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from pisac_desktop.db.base import Base

# How a cédula was delivered (art. 21.3-21.5).
PERSONAL, THIRD_PARTY, REFUSED, UNDER_DOOR = "personal", "third_party", "refused", "under_door"


class InstrumentParty(Base):
    """An interested party ('interesado'): a person or company the document resolves about."""

    __tablename__ = "instrument_party"

    id: Mapped[int] = mapped_column(primary_key=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("instrument.id"), index=True)
    name: Mapped[str] = mapped_column(String(250))
    document_type: Mapped[str] = mapped_column(String(3))  # DNI | RUC | CE
    document_number: Mapped[str] = mapped_column(String(20))
    address: Mapped[str] = mapped_column(String(300))
    is_company: Mapped[bool] = mapped_column(Boolean, default=False)
    representative: Mapped[str] = mapped_column(String(250), default="")  # a company's
    position: Mapped[int] = mapped_column(Integer, default=0)
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Notification(Base):
    """A cédula de notificación: numbered once through the register (never reused), with the
    addressee's data as printed, and, once delivered, the facts of the delivery."""

    __tablename__ = "notification"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    # What it notifies: a normative document to one of its parties, or a unit's answer (an
    # oficio or carta) to the filer of a case file.
    party_id: Mapped[int | None] = mapped_column(ForeignKey("instrument_party.id"), index=True,
                                                 nullable=True)
    instrument_id: Mapped[int | None] = mapped_column(ForeignKey("instrument.id"), index=True,
                                                      nullable=True)
    unit_document_id: Mapped[int | None] = mapped_column(ForeignKey("unit_document.id"),
                                                         index=True, nullable=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    number_text: Mapped[str] = mapped_column(String(200))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    # As printed on the cédula (the party's data on the day it was issued).
    addressee_name: Mapped[str] = mapped_column(String(250))
    addressee_document: Mapped[str] = mapped_column(String(40))
    address: Mapped[str] = mapped_column(String(300))
    folios: Mapped[int] = mapped_column(Integer, default=1)  # of the attached copy of the act
    # The delivery, as the notifier wrote it (office's wall-clock time, naive).
    notified_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    how: Mapped[str] = mapped_column(String(20), default="")
    received_by: Mapped[str] = mapped_column(String(250), default="")
    receiver_document: Mapped[str] = mapped_column(String(20), default="")
    relation: Mapped[str] = mapped_column(String(100), default="")
    first_visit_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    place_description: Mapped[str] = mapped_column(Text, default="")
    notifier_name: Mapped[str] = mapped_column(String(250), default="")
    notifier_dni: Mapped[str] = mapped_column(String(20), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str | None] = mapped_column(String(40), nullable=True)
    recorded_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
