"""Requests with legal clocks (ROF art. 56): access to public information (TUO Ley 27806,
DS 021-2019-JUS). Each request is a case file of the trámite (its number, filer, routing,
notification and archive come from there) with its own clock, outcome and register."""

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

# Outcomes of an information request (empty while pending).
DELIVERED, PARTIAL, DENIED, WITHDRAWN, UNPAID = (
    "delivered", "partial", "denied", "withdrawn", "unpaid")


class InformationOfficer(Base):
    """Funcionario responsable de entregar la información (art. 8 TUO Ley 27806), designated
    by Resolución de Alcaldía; without one, the Secretario General answers for it."""

    __tablename__ = "information_officer"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(250))
    post: Mapped[str] = mapped_column(String(250))
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))
    instrument_id: Mapped[int | None] = mapped_column(ForeignKey("instrument.id"), nullable=True)
    designation: Mapped[str] = mapped_column(String(200), default="")  # e.g. "RA N° 012-2026-MDP"
    since: Mapped[dt.date] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class InformationRequest(Base):
    """Solicitud de acceso a la información pública: the case file it is, the unit that holds
    the information, the officer who answers, its clock (due, the one extension), the cost of
    reproduction and its payment, and the outcome with the exception that justifies a denial."""

    __tablename__ = "information_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_file_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), unique=True)
    channel: Mapped[str] = mapped_column(String(12))  # desk | email | web
    requester_sex: Mapped[str] = mapped_column(String(1), default="")  # F | M | "" (annual report)
    delivery_form: Mapped[str] = mapped_column(String(12))  # copy | email | usb | view
    holder_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), index=True)
    officer_id: Mapped[int | None] = mapped_column(ForeignKey("information_officer.id"),
                                                   nullable=True)
    officer_name: Mapped[str] = mapped_column(String(250))  # as it was on the day of filing
    filed_on: Mapped[dt.date] = mapped_column(Date, index=True)
    # The legal due date is the case file's (10 business days from the filing or from the
    # completion of requirements); an extension moves the case file's due date to extended_to.
    extended_to: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    extension_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    extension_reason: Mapped[str] = mapped_column(Text, default="")
    fee_cents: Mapped[int] = mapped_column(Integer, default=0)
    fee_notified_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    paid_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    receipt: Mapped[str] = mapped_column(String(60), default="")  # the cash receipt's number
    outcome: Mapped[str] = mapped_column(String(12), default="")
    exception_code: Mapped[str] = mapped_column(String(8), default="")  # "17.5", ...
    outcome_reason: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    answered_by: Mapped[str] = mapped_column(String(40), default="")
    answered_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


# Kinds and outcomes of an administrative appeal (TUO Ley 27444 arts. 218-220).
RECONSIDERATION, APPEAL = "reconsideration", "appeal"
FOUNDED, PARTLY_FOUNDED, UNFOUNDED, INADMISSIBLE = (
    "founded", "partly_founded", "unfounded", "inadmissible")


class AppealRule(Base):
    """Who hears a recurso against an act of a kind (editable): reconsideration before the same
    authority, appeal before its superior, and whether that decision ends the administrative
    route (LOM art. 50)."""

    __tablename__ = "appeal_rule"

    kind_code: Mapped[str] = mapped_column(ForeignKey("instrument_kind.code"), primary_key=True)
    reconsideration_by: Mapped[str] = mapped_column(String(200))
    reconsideration_kind: Mapped[str | None] = mapped_column(
        ForeignKey("instrument_kind.code"), nullable=True)  # the kind that decides it
    appeal_to: Mapped[str] = mapped_column(String(200), default="")  # "": no appeal
    appeal_kind: Mapped[str | None] = mapped_column(ForeignKey("instrument_kind.code"),
                                                    nullable=True)
    unit_code: Mapped[str] = mapped_column(String(40))  # where the recurso is filed


class Appeal(Base):
    """Recurso de reconsideración o de apelación: the case file it is, the act appealed (from
    the numbered register, or described when it is not there), the date the act was notified
    (from its cédula when the app notified it), and the resolution that decides it."""

    __tablename__ = "appeal"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_file_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), unique=True)
    kind: Mapped[str] = mapped_column(String(16))
    instrument_id: Mapped[int | None] = mapped_column(ForeignKey("instrument.id"),
                                                      nullable=True, index=True)
    act_text: Mapped[str] = mapped_column(String(300))
    notified_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notice_source: Mapped[str] = mapped_column(String(12), default="")  # cedula | filer | ""
    filed_on: Mapped[dt.date] = mapped_column(Date)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    decider: Mapped[str] = mapped_column(String(200))
    decision_kind: Mapped[str | None] = mapped_column(String(40), nullable=True)
    ends_route: Mapped[bool] = mapped_column(Boolean, default=False)
    decision_id: Mapped[int | None] = mapped_column(ForeignKey("instrument.id"), nullable=True)
    outcome: Mapped[str] = mapped_column(String(16), default="")
    decided_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class Complaint(Base):
    """Hoja de reclamación del Libro de Reclamaciones (DS 007-2020-PCM): its own number in the
    book, the unit concerned, the facts and what the person asks, the measures taken and the
    answer; the case file carries the filer, the deadline and the notification."""

    __tablename__ = "complaint"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_file_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    number_text: Mapped[str] = mapped_column(String(60))
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), index=True)
    category: Mapped[str] = mapped_column(String(20))
    attended_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # the service
    facts: Mapped[str] = mapped_column(Text)
    request: Mapped[str] = mapped_column(Text, default="")
    measures: Mapped[str] = mapped_column(Text, default="")
    answer: Mapped[str] = mapped_column(Text, default="")
    answered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class CouncillorRequest(Base):
    """Pedido de un regidor: information or action asked in writing or in the session's
    «Pedidos» station, routed by the Secretaría General, answered with a cargo."""

    __tablename__ = "councillor_request"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_file_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), unique=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("council_member.id"), index=True)
    session_id: Mapped[int | None] = mapped_column(ForeignKey("council_session.id"),
                                                   nullable=True)
    kind: Mapped[str] = mapped_column(String(12))  # information | action
    delivered_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    received_by: Mapped[str] = mapped_column(String(250), default="")  # who signed the cargo


class CertifyingOfficer(Base):
    """Fedatario designated by resolution: who, their registration number, since and until."""

    __tablename__ = "certifying_officer"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(250))
    dni: Mapped[str] = mapped_column(String(8))
    registration: Mapped[str] = mapped_column(String(40))  # "Fedatario N° 03"
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"), nullable=True)
    instrument_id: Mapped[int | None] = mapped_column(ForeignKey("instrument.id"), nullable=True)
    designation: Mapped[str] = mapped_column(String(200))
    since: Mapped[dt.date] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)


class AuthenticatedCopy(Base):
    """One entry of the fedatarios' log: a copy authenticated against its original."""

    __tablename__ = "authenticated_copy"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    officer_id: Mapped[int] = mapped_column(ForeignKey("certifying_officer.id"), index=True)
    authenticated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    document: Mapped[str] = mapped_column(Text)  # what was copied
    folios: Mapped[int] = mapped_column(Integer)
    requester_name: Mapped[str] = mapped_column(String(250))
    requester_document: Mapped[str] = mapped_column(String(40))
    case_file_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"), nullable=True)
    created_by: Mapped[str] = mapped_column(String(40))
