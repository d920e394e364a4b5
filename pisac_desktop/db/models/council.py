from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from pisac_desktop.db.base import Base

# The states and kinds of the council's records. StrEnum members are the strings stored in the
# String columns (SQLAlchemy and the drivers bind them as text; a value read back is a plain str
# that compares equal), so the database values never change; the old constants stay as aliases.


class MemberRole(StrEnum):
    MAYOR = "mayor"
    COUNCILLOR = "councillor"


ROLE_MAYOR, ROLE_COUNCILLOR = MemberRole.MAYOR, MemberRole.COUNCILLOR


class Term(Base):
    """Período municipal, e.g. 2023-2026."""

    __tablename__ = "term"

    id: Mapped[int] = mapped_column(primary_key=True)
    start_year: Mapped[int] = mapped_column(Integer, unique=True)
    end_year: Mapped[int] = mapped_column(Integer)
    # Regidores elected (LOM / Ley de Elecciones Municipales: 5 in districts under 25,000).
    councillor_seats: Mapped[int] = mapped_column(Integer, default=5)

    members: Mapped[list[CouncilMember]] = relationship(
        back_populates="term", order_by="CouncilMember.position"
    )

    @property
    def label(self) -> str:
        return f"{self.start_year}-{self.end_year}"


class CouncilMember(Base):
    """Alcalde (role 'mayor') or regidor (role 'councillor') of one term."""

    __tablename__ = "council_member"
    __table_args__ = (UniqueConstraint("term_id", "dni"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("term.id"))
    role: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(40), default="")
    full_name: Mapped[str] = mapped_column(String(200))
    dni: Mapped[str] = mapped_column(String(8))
    political_party: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    feminine: Mapped[bool] = mapped_column(Boolean, default=False)  # Regidora, Alcaldesa
    # A member who joined or left within the term (accesitario replacing a vacated regidor).
    since: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)

    term: Mapped[Term] = relationship(back_populates="members")


# Member status over time -----------------------------------------------------------------------
class MemberStanding(StrEnum):
    """A member's status over a period (hábil, con licencia, suspendido, vacado)."""

    ACTIVE = "active"
    LEAVE = "leave"
    SUSPENDED = "suspended"
    VACATED = "vacated"


STATUS_ACTIVE, STATUS_LEAVE, STATUS_SUSPENDED, STATUS_VACATED = MemberStanding


class MemberStatus(Base):
    """A period in which a member is not hábil (licencia, suspendido, vacado), or hábil again,
    with the document that decided it. No row covering a date means hábil that day."""

    __tablename__ = "member_status"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("council_member.id"), index=True)
    status: Mapped[str] = mapped_column(String(20))
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # None: open-ended
    document: Mapped[str] = mapped_column(String(300), default="")  # e.g. "Acuerdo de Concejo N° ..."
    instrument_id: Mapped[int | None] = mapped_column(ForeignKey("instrument.id"), nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(40), default="")
    recorded_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


# Business-day calendar ------------------------------------------------------------------------
class NonWorkingDay(Base):
    """A day the office does not count, beyond the national holidays of the `holidays` package:
    regional holidays (24 June in Cusco, every year), days declared non-working by decree, and
    local days the office closes."""

    __tablename__ = "non_working_day"
    __table_args__ = (UniqueConstraint("day", "every_year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date)  # with every_year: applies from that year on
    every_year: Mapped[bool] = mapped_column(Boolean, default=False)
    kind: Mapped[str] = mapped_column(String(20))  # regional | decree | local
    name: Mapped[str] = mapped_column(String(200))
    source: Mapped[str] = mapped_column(String(300), default="")  # e.g. "D.S. N° 0xx-2025-PCM"


# Settings of the council's work (one row, id = 1) ---------------------------------------------
class CouncilSettings(Base):
    __tablename__ = "council_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    # RIC minimum notice for an ordinaria, in business days (practice: 2).
    ordinary_notice_days: Mapped[int] = mapped_column(Integer, default=2)
    extraordinary_notice_days: Mapped[int] = mapped_column(Integer, default=5)
    # Who signs the summonses: "mayor", or "secretary" (the secretario general, by his order).
    summons_signer: Mapped[str] = mapped_column(String(20), default="mayor")
    default_place: Mapped[str] = mapped_column(
        String(300), default="Salón de Sesiones del Palacio Municipal")
    documents_place: Mapped[str] = mapped_column(
        String(300), default="la Oficina de Secretaría General, en horario de oficina")
    default_time: Mapped[str] = mapped_column(String(5), default="10:00")
    # Minute books: warn when fewer folios than this remain.
    folio_warning: Mapped[int] = mapped_column(Integer, default=20)
    version: Mapped[int] = mapped_column(Integer, default=1)


# Agenda proposals -----------------------------------------------------------------------------
class ProposalState(StrEnum):
    RECEIVED = "received"
    INCLUDED = "included"
    OBSERVED = "observed"
    RETURNED = "returned"


PROPOSAL_RECEIVED, PROPOSAL_INCLUDED, PROPOSAL_OBSERVED, PROPOSAL_RETURNED = ProposalState


class AgendaProposal(Base):
    """A topic proposed for a session's agenda (ROF art. 56): by a regidor, the gerencia
    municipal or the alcaldía, channelled by Secretaría General."""

    __tablename__ = "agenda_proposal"

    id: Mapped[int] = mapped_column(primary_key=True)
    proposer_kind: Mapped[str] = mapped_column(String(20))  # councillor | management | mayor
    member_id: Mapped[int | None] = mapped_column(ForeignKey("council_member.id"), nullable=True)
    proposer_name: Mapped[str] = mapped_column(String(250))
    subject: Mapped[str] = mapped_column(Text)
    references: Mapped[str] = mapped_column(Text, default="")
    received_on: Mapped[dt.date] = mapped_column(Date, index=True)
    state: Mapped[str] = mapped_column(String(20), default=PROPOSAL_RECEIVED, index=True)
    state_reason: Mapped[str] = mapped_column(Text, default="")
    session_id: Mapped[int | None] = mapped_column(ForeignKey("council_session.id"), nullable=True)
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


# Sessions -------------------------------------------------------------------------------------
class SessionKind(StrEnum):
    ORDINARY = "ordinary"
    EXTRAORDINARY = "extraordinary"
    SOLEMN = "solemn"


ORDINARY, EXTRAORDINARY, SOLEMN = SessionKind
KIND_LABELS = {ORDINARY: "Ordinaria", EXTRAORDINARY: "Extraordinaria", SOLEMN: "Solemne"}


class SessionState(StrEnum):
    SCHEDULED = "scheduled"
    CONVENED = "convened"
    HELD = "held"
    SUSPENDED = "suspended"
    POSTPONED = "postponed"
    NOT_INSTALLED = "not_installed"
    CANCELLED = "cancelled"


(SCHEDULED, CONVENED, HELD, SUSPENDED, POSTPONED, NOT_INSTALLED, CANCELLED) = SessionState


class CouncilSession(Base):
    """Sesión de concejo: numbered per kind and year (SESIÓN ORDINARIA N° 05-2026)."""

    __tablename__ = "council_session"
    __table_args__ = (
        UniqueConstraint("kind", "year", "number"),
        Index("ix_council_session_date", "session_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    term_id: Mapped[int] = mapped_column(ForeignKey("term.id"))
    kind: Mapped[str] = mapped_column(String(20))
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    session_date: Mapped[dt.date] = mapped_column(Date)
    start_time: Mapped[str] = mapped_column(String(5))  # HH:MM
    place: Mapped[str] = mapped_column(String(300))
    modality: Mapped[str] = mapped_column(String(20), default="in_person")  # | virtual
    convened_by: Mapped[str] = mapped_column(String(20), default="mayor")  # | third
    requesting_members: Mapped[str] = mapped_column(Text, default="[]")  # JSON member ids
    documents_place: Mapped[str] = mapped_column(String(300), default="")
    state: Mapped[str] = mapped_column(String(20), default=SCHEDULED, index=True)
    state_note: Mapped[str] = mapped_column(Text, default="")
    convened_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    original_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)  # if postponed
    emergency_note: Mapped[str] = mapped_column(Text, default="")  # late summons accepted
    opened_at: Mapped[str] = mapped_column(String(5), default="")  # HH:MM actual start
    closed_at: Mapped[str] = mapped_column(String(5), default="")
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, default=1)

    term: Mapped[Term] = relationship()
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="session", order_by="AgendaItem.position", cascade="all, delete-orphan")


class SessionInvitee(Base):
    """An official invited to a session (gerente municipal, ...): gets a summons too."""

    __tablename__ = "session_invitee"

    session_id: Mapped[int] = mapped_column(ForeignKey("council_session.id"), primary_key=True)
    officeholder_id: Mapped[int] = mapped_column(ForeignKey("officeholder.id"), primary_key=True)


class AgendaSection(StrEnum):
    """The stations of a session's agenda."""

    DESPACHO = "despacho"
    INFORMES = "informes"
    PEDIDOS = "pedidos"
    ORDEN_DEL_DIA = "orden_del_dia"


DESPACHO, INFORMES, PEDIDOS, ORDEN_DEL_DIA = AgendaSection


class Majority(StrEnum):
    """The majority an agenda item needs."""

    SIMPLE = "simple"
    TWO_THIRDS_LEGAL = "two_thirds_legal"
    TWO_THIRDS_COUNCILLORS = "two_thirds_councillors"
    UNANIMITY = "unanimity"


SIMPLE, TWO_THIRDS_LEGAL, TWO_THIRDS_COUNCILLORS, UNANIMITY = Majority


class AgendaItem(Base):
    __tablename__ = "agenda_item"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("council_session.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    section: Mapped[str] = mapped_column(String(20), default=ORDEN_DEL_DIA)
    title: Mapped[str] = mapped_column(Text)
    detail: Mapped[str] = mapped_column(Text, default="")
    proposal_id: Mapped[int | None] = mapped_column(
        ForeignKey("agenda_proposal.id"), nullable=True)
    # Added during the session, outside the summons' agenda: needs everyone, unanimous.
    outside_agenda: Mapped[bool] = mapped_column(Boolean, default=False)
    majority: Mapped[str] = mapped_column(String(30), default=SIMPLE)
    voted: Mapped[bool] = mapped_column(Boolean, default=False)
    mayor_tiebreak: Mapped[str | None] = mapped_column(String(10), nullable=True)
    deliberation: Mapped[str] = mapped_column(Text, default="")
    # With dispensa del trámite de lectura y aprobación del acta: takes effect at once.
    dispensed: Mapped[bool] = mapped_column(Boolean, default=False)
    outcome_kind: Mapped[str | None] = mapped_column(String(30), nullable=True)
    instrument_id: Mapped[int | None] = mapped_column(ForeignKey("instrument.id"), nullable=True)
    # The papers behind the item, cited in the VISTO of the document born of it (free text
    # references: "Dictamen N° 003-2026-CPP/MDP", "Informe Legal N° 045-2026-OAJ/MDP").
    committee_report: Mapped[str] = mapped_column(String(300), default="", server_default="")
    technical_report: Mapped[str] = mapped_column(String(300), default="", server_default="")
    legal_report: Mapped[str] = mapped_column(String(300), default="", server_default="")

    session: Mapped[CouncilSession] = relationship(back_populates="items")


# Summonses ------------------------------------------------------------------------------------
class Summons(Base):
    """Citación: one per member and per invited official, numbered through the register."""

    __tablename__ = "summons"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("council_session.id"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    number_text: Mapped[str] = mapped_column(String(200))
    issued_on: Mapped[dt.date] = mapped_column(Date)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("council_member.id"), nullable=True)
    officeholder_id: Mapped[int | None] = mapped_column(
        ForeignKey("officeholder.id"), nullable=True)
    addressee_name: Mapped[str] = mapped_column(String(250))
    addressee_post: Mapped[str] = mapped_column(String(120))
    position: Mapped[int] = mapped_column(Integer, default=0)
    delivered_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    received_by: Mapped[str] = mapped_column(String(200), default="")
    receiver_dni: Mapped[str] = mapped_column(String(8), default="")
    delivery_method: Mapped[str] = mapped_column(String(20), default="")  # personal|domicile|virtual
    cargo_image: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    cargo_mime: Mapped[str | None] = mapped_column(String(40), nullable=True)
    recorded_by: Mapped[str] = mapped_column(String(40), default="")
    recorded_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


# The session itself ---------------------------------------------------------------------------
class AttendanceStatus(StrEnum):
    PRESENT = "present"
    ABSENT = "absent"
    LATE = "late"
    ON_LEAVE = "leave"


PRESENT, ABSENT, LATE, ON_LEAVE = AttendanceStatus


class VoteChoice(StrEnum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


FOR, AGAINST, ABSTAIN = VoteChoice


class Attendance(Base):
    __tablename__ = "attendance"

    session_id: Mapped[int] = mapped_column(ForeignKey("council_session.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("council_member.id"), primary_key=True)
    status: Mapped[str] = mapped_column(String(20))
    arrived_at: Mapped[str] = mapped_column(String(5), default="")


class SessionOfficial(Base):
    """A municipal official invited to a council session (the gerente municipal, a head of
    office): present with voice and no vote (Ley 27972 art. 13; the council's RIC), named in the
    acta's attendance."""

    __tablename__ = "session_official"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("council_session.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(250))
    post: Mapped[str] = mapped_column(String(200))
    arrived_at: Mapped[str] = mapped_column(String(5), default="")
    recorded_by: Mapped[str] = mapped_column(String(40))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Vote(Base):
    __tablename__ = "vote"

    item_id: Mapped[int] = mapped_column(ForeignKey("agenda_item.id"), primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("council_member.id"), primary_key=True)
    choice: Mapped[str] = mapped_column(String(10))
    reasoning: Mapped[str] = mapped_column(Text, default="")


# Minutes and minute books ---------------------------------------------------------------------
class MinutesBook(Base):
    """Libro de actas legalised by a notary, with numbered folios."""

    __tablename__ = "minutes_book"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int] = mapped_column(Integer, unique=True)
    notary: Mapped[str] = mapped_column(String(250))
    legalised_on: Mapped[dt.date] = mapped_column(Date)
    folio_count: Mapped[int] = mapped_column(Integer)
    closed: Mapped[bool] = mapped_column(Boolean, default=False)


class MinutesState(StrEnum):
    DRAFT = "draft"
    CLOSED = "closed"
    APPROVED = "approved"


MINUTES_DRAFT, MINUTES_CLOSED, MINUTES_APPROVED = MinutesState


class Minutes(Base):
    """Acta of one session: drafted from its data, edited, closed, approved, registered in a
    minute book with its acta number and folio range."""

    __tablename__ = "minutes"
    __table_args__ = (UniqueConstraint("book_id", "acta_number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("council_session.id"), unique=True)
    body: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default=MINUTES_DRAFT)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    approval_mode: Mapped[str] = mapped_column(String(20), default="")  # same | next
    approved_in_session_id: Mapped[int | None] = mapped_column(
        ForeignKey("council_session.id"), nullable=True)
    approved_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    extra_signers: Mapped[str] = mapped_column(Text, default="[]")  # JSON member ids
    book_id: Mapped[int | None] = mapped_column(ForeignKey("minutes_book.id"), nullable=True)
    acta_number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    first_folio: Mapped[int | None] = mapped_column(Integer, nullable=True)
    last_folio: Mapped[int | None] = mapped_column(Integer, nullable=True)
    registered_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)


class MinutesAttachment(Base):
    """A scanned page range of a minute book holding an acta (the signed original), kept in the
    database with its SHA-256 like a case file's scans (core/stored_files.py)."""

    __tablename__ = "minutes_attachment"
    __table_args__ = (UniqueConstraint("minutes_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    minutes_id: Mapped[int] = mapped_column(ForeignKey("minutes.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_by: Mapped[str] = mapped_column(String(40))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)


def session_title(s: CouncilSession) -> str:
    """SESIÓN ORDINARIA N° 05-2026: how every paper and register names a session."""
    return f"SESIÓN {KIND_LABELS[s.kind].upper()} N° {s.number:02d}-{s.year}"
