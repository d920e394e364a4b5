"""Trámite documentario (ROF art. 57; TUO Ley 27444 arts. 117-136): the TUPA's procedures, the
case files registered at the Mesa de Partes, their stays in each unit (the hoja de ruta), their
scanned attachments, and which unit each user works in."""

from __future__ import annotations

import datetime as dt

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
from sqlalchemy.orm import Mapped, deferred, mapped_column

from pisac_desktop.db.base import Base

# Silence rules of a TUPA procedure (TUO Ley 27444 arts. 33-38, 199).
SILENCE_POSITIVE, SILENCE_NEGATIVE, AUTOMATIC = "positive", "negative", "automatic"

# States of a case file.
IN_PROCESS, ANSWERED, ARCHIVED, ANNULLED = "in_process", "answered", "archived", "annulled"
CASE_STATE_LABELS = {IN_PROCESS: "En trámite", ANSWERED: "Atendido", ARCHIVED: "Archivado",
                     ANNULLED: "Anulado"}


class Procedure(Base):
    """A procedure of the TUPA: its requirements, fee, deadline and silence rule."""

    __tablename__ = "tupa_procedure"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(300))
    requirements: Mapped[str] = mapped_column(Text, default="")  # one per line
    fee_cents: Mapped[int] = mapped_column(Integer, default=0)  # soles × 100
    deadline_days: Mapped[int] = mapped_column(Integer, default=0)  # business days
    silence: Mapped[str] = mapped_column(String(12), default=SILENCE_NEGATIVE)
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"), nullable=True)
    resolved_by: Mapped[str] = mapped_column(String(200), default="")
    appeal_to: Mapped[str] = mapped_column(String(200), default="")
    example: Mapped[bool] = mapped_column(Boolean, default=False)  # seeded: to be reviewed
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class CaseFile(Base):
    """Expediente: one filing at the Mesa de Partes, numbered once per year and never reused;
    a wrong registration is annulled with its reason and keeps its number."""

    __tablename__ = "case_file"
    __table_args__ = (
        UniqueConstraint("year", "number"),
        Index("ix_case_file_state_unit", "state", "unit_id"),
        # The search's filters (views.find): a procedure, a unit, a period of receipt.
        Index("ix_case_file_procedure_received", "procedure_id", "received_at"),
        Index("ix_case_file_unit_received", "unit_id", "received_at"),
        Index("ix_case_file_received", "received_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    number_text: Mapped[str] = mapped_column(String(40), index=True)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)  # office wall-clock time
    # The filer: a person (DNI or carné de extranjería) or a company (RUC).
    filer_is_company: Mapped[bool] = mapped_column(Boolean, default=False)
    filer_document_type: Mapped[str] = mapped_column(String(3))  # DNI | RUC | CE
    filer_document: Mapped[str] = mapped_column(String(20), index=True)
    filer_name: Mapped[str] = mapped_column(String(250))
    filer_address: Mapped[str] = mapped_column(String(300), default="")
    filer_phone: Mapped[str] = mapped_column(String(40), default="")
    filer_email: Mapped[str] = mapped_column(String(120), default="")
    document_kind: Mapped[str] = mapped_column(String(40))  # solicitud, oficio, carta, ...
    subject: Mapped[str] = mapped_column(Text)
    folios: Mapped[int] = mapped_column(Integer)
    attachments_note: Mapped[str] = mapped_column(Text, default="")  # what came on paper
    procedure_id: Mapped[int | None] = mapped_column(ForeignKey("tupa_procedure.id"),
                                                     nullable=True)
    # Requirements missing at the desk (art. 136): the filer has until `completion_due`.
    missing_requirements: Mapped[str] = mapped_column(Text, default="")
    completion_due: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    completed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # The answer is due on (the procedure's deadline from the filing, or from the completion).
    due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    # Its length in business days (the procedure's, or the desk's or a request's own), kept so
    # that a completion of requirements restarts the same clock (0: no deadline).
    deadline_days: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    state: Mapped[str] = mapped_column(String(12), default=IN_PROCESS)
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))  # where it is now
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    closing_note: Mapped[str] = mapped_column(Text, default="")
    annulled_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # Folded number, filer, document and subject, for the text index (db/text_index.py).
    search_text: Mapped[str] = mapped_column(Text, default="", server_default="")


class CaseStep(Base):
    """One stay of a case file in a unit, a line of the hoja de ruta: sent (by whom, with
    which instruction, folios and deadline), received (explicitly), and closed when the unit
    derives it on, answers or archives it."""

    __tablename__ = "case_step"
    __table_args__ = (
        UniqueConstraint("case_file_id", "position"),
        Index("ix_case_step_unit_open", "to_unit_id", "closed_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    case_file_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)  # 1 = from the desk to the first unit
    from_unit_id: Mapped[int | None] = mapped_column(ForeignKey("org_unit.id"), nullable=True)
    to_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))
    instruction: Mapped[str] = mapped_column(Text, default="")  # the proveído
    folios: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    sent_by: Mapped[str] = mapped_column(String(40))
    sent_at: Mapped[dt.datetime] = mapped_column(DateTime)
    received_by: Mapped[str | None] = mapped_column(String(40), nullable=True)
    received_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    outcome: Mapped[str] = mapped_column(String(12), default="")  # referred | answered | ...


class CaseAttachment(Base):
    """A scanned file of a case file, kept in the database (every workstation sees it, every
    backup holds it) with its SHA-256."""

    __tablename__ = "case_attachment"
    __table_args__ = (UniqueConstraint("case_file_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    case_file_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    step_id: Mapped[int | None] = mapped_column(ForeignKey("case_step.id"), nullable=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_by: Mapped[str] = mapped_column(String(40))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)


class UserUnit(Base):
    """The units a user works in: their bandeja."""

    __tablename__ = "user_unit"

    user_id: Mapped[int] = mapped_column(ForeignKey("app_user.id"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), primary_key=True)


# States of an outgoing or internal document.
DOC_DRAFT, DOC_ISSUED, DOC_ANNULLED = "draft", "issued", "annulled"


class UnitNumberSequence(Base):
    """The last number a unit gave to a kind of its documents in a year (OFICIO N° 045-2026-SG-
    MDP): incremented atomically in the transaction that issues."""

    __tablename__ = "unit_number_sequence"

    unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class UnitDocument(Base):
    """An outgoing or internal document of a unit (oficio, carta, informe, memorándum): a draft,
    then issued with its number and date, its text frozen; linked to a case file when it
    answers or serves one. Annulled with its reason, keeping its number."""

    __tablename__ = "unit_document"
    __table_args__ = (UniqueConstraint("unit_id", "kind", "year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # OFICIO | CARTA | INFORME | MEMORANDUM
    case_file_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"), nullable=True,
                                                     index=True)
    state: Mapped[str] = mapped_column(String(10), default=DOC_DRAFT)
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    number_text: Mapped[str] = mapped_column(String(120), default="")
    doc_date: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    addressee: Mapped[str] = mapped_column(String(250))
    addressee_post: Mapped[str] = mapped_column(String(250), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    subject: Mapped[str] = mapped_column(Text)
    reference: Mapped[str] = mapped_column(Text, default="")
    body: Mapped[str] = mapped_column(Text)
    signer_name: Mapped[str] = mapped_column(String(250), default="")
    signer_post: Mapped[str] = mapped_column(String(250), default="")
    annulled_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    issued_by: Mapped[str | None] = mapped_column(String(40), nullable=True)
    issued_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


# States of a transfer to the Archivo Central.
TRANSFER_PREPARED, TRANSFER_RECEIVED = "prepared", "received"


class ArchiveTransfer(Base):
    """A transfer of a unit's closed case files to the Archivo Central (Archivo General de la
    Nación's rules): its inventory printed for signatures, then received by the archive, which
    records the shelf."""

    __tablename__ = "archive_transfer"
    __table_args__ = (UniqueConstraint("year", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    number: Mapped[int] = mapped_column(Integer)
    number_text: Mapped[str] = mapped_column(String(80))
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))
    series: Mapped[str] = mapped_column(String(300))  # serie documental
    state: Mapped[str] = mapped_column(String(10), default=TRANSFER_PREPARED)
    prepared_by: Mapped[str] = mapped_column(String(40))
    prepared_at: Mapped[dt.datetime] = mapped_column(DateTime)
    received_by: Mapped[str | None] = mapped_column(String(40), nullable=True)
    received_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    shelf: Mapped[str] = mapped_column(String(60), default="")
    notes: Mapped[str] = mapped_column(Text, default="")


class ArchiveItem(Base):
    """One case file in a transfer: its order in the inventory and its box."""

    __tablename__ = "archive_item"
    __table_args__ = (UniqueConstraint("transfer_id", "position"),)

    case_file_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), primary_key=True)
    transfer_id: Mapped[int] = mapped_column(ForeignKey("archive_transfer.id"), index=True)
    position: Mapped[int] = mapped_column(Integer)
    box: Mapped[int] = mapped_column(Integer)


class ArchiveLoan(Base):
    """A case file lent out of the Archivo Central and back (who, when, until when)."""

    __tablename__ = "archive_loan"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_file_id: Mapped[int] = mapped_column(ForeignKey("case_file.id"), index=True)
    borrower: Mapped[str] = mapped_column(String(250))  # person and unit
    purpose: Mapped[str] = mapped_column(Text, default="")
    lent_by: Mapped[str] = mapped_column(String(40))
    lent_at: Mapped[dt.datetime] = mapped_column(DateTime)
    due_on: Mapped[dt.date] = mapped_column(Date)
    returned_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    returned_to: Mapped[str | None] = mapped_column(String(40), nullable=True)
