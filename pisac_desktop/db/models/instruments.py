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
    false,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column, relationship

from pisac_desktop.db.base import Base


class InstrumentState(StrEnum):
    """Stored as its string in instrument.state (a String column: the values never change)."""

    DRAFT = "draft"
    ISSUED = "issued"
    ANNULLED = "annulled"


DRAFT, ISSUED, ANNULLED = InstrumentState

# What an issued document's content is: frozen at issue (instruments.register guards it) and
# sealed by its hash (core.content_seal).
FROZEN_COLUMNS = ("kind_code", "year", "number", "number_text", "doc_date", "summary", "seen",
                  "whereas", "legal_basis", "articles", "references", "signer_name",
                  "signer_post", "issuer_text", "closing", "year_name")


class InstrumentKind(Base):
    """A kind of numbered normative document and its settings (format, signer, closing...)."""

    __tablename__ = "instrument_kind"

    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    title: Mapped[str] = mapped_column(String(100))  # RESOLUCIÓN DE ALCALDÍA
    plural: Mapped[str] = mapped_column(String(100))  # Resoluciones de Alcaldía
    short: Mapped[str] = mapped_column(String(10))  # RA: file names
    number_format: Mapped[str] = mapped_column(String(200))
    signer_post: Mapped[str] = mapped_column(String(40))
    issuer: Mapped[str] = mapped_column(String(300))  # template: {el_cargo}, {institucion}
    closing: Mapped[str] = mapped_column(String(200), default="")
    must_publish: Mapped[bool] = mapped_column(Boolean, default=False)
    module: Mapped[str] = mapped_column(String(20))  # secretaria | gerencia
    style: Mapped[str] = mapped_column(String(20))  # resolution | ordinance | ...
    template_whereas: Mapped[str] = mapped_column(Text, default="")  # JSON list
    template_legal_basis: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)


class NumberSequence(Base):
    """The last number given for a kind in a year: incremented atomically when issuing."""

    __tablename__ = "number_sequence"

    kind_code: Mapped[str] = mapped_column(ForeignKey("instrument_kind.code"), primary_key=True)
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    last_number: Mapped[int] = mapped_column(Integer, default=0)


class Instrument(Base):
    """A normative document: a draft (no number), then issued (number and content frozen)."""

    __tablename__ = "instrument"
    __table_args__ = (
        UniqueConstraint("kind_code", "year", "number"),
        # Pending counts and lists by kind and state read a few rows, not every document.
        Index("ix_instrument_kind_state", "kind_code", "state"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind_code: Mapped[str] = mapped_column(ForeignKey("instrument_kind.code"), index=True)
    state: Mapped[str] = mapped_column(String(20), default=DRAFT, index=True)
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)
    number: Mapped[int | None] = mapped_column(Integer, nullable=True)
    number_text: Mapped[str | None] = mapped_column(String(200), nullable=True)
    doc_date: Mapped[dt.date] = mapped_column(Date, index=True)
    summary: Mapped[str] = mapped_column(Text, default="")
    seen: Mapped[str] = mapped_column(Text, default="")
    whereas: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of paragraphs
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    articles: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of article texts
    references: Mapped[str] = mapped_column(Text, default="")
    # Frozen at issue: who signed (the holder of the post that day) and the year's name.
    signer_officeholder_id: Mapped[int | None] = mapped_column(
        ForeignKey("officeholder.id"), nullable=True
    )
    signer_name: Mapped[str] = mapped_column(String(250), default="")
    signer_post: Mapped[str] = mapped_column(String(120), default="")
    issuer_text: Mapped[str] = mapped_column(String(300), default="")
    closing: Mapped[str] = mapped_column(String(200), default="")
    year_name: Mapped[str] = mapped_column(String(300), default="")
    search_text: Mapped[str] = mapped_column(Text, default="")  # accent-free, lower case
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    issued_by: Mapped[str | None] = mapped_column(String(40), nullable=True)
    issued_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    annulled_by: Mapped[str | None] = mapped_column(String(40), nullable=True)
    annulled_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)
    annul_reason: Mapped[str] = mapped_column(Text, default="")
    annulled_by_text: Mapped[str] = mapped_column(String(250), default="")  # the annulling doc
    annulled_by_instrument_id: Mapped[int | None] = mapped_column(
        ForeignKey("instrument.id"), nullable=True
    )
    # A registro histórico: imported from the office's register (instruments/historic.py) with
    # its number and date as given; never numbered, issued nor printed by the application.
    historic: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())

    kind: Mapped[InstrumentKind] = relationship()
    units: Mapped[list[InstrumentUnit]] = relationship(
        back_populates="instrument", cascade="all, delete-orphan"
    )


class InstrumentUnit(Base):
    """An organic unit charged with compliance (to notify and distribute to)."""

    __tablename__ = "instrument_unit"

    instrument_id: Mapped[int] = mapped_column(ForeignKey("instrument.id"), primary_key=True)
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), primary_key=True)

    instrument: Mapped[Instrument] = relationship(back_populates="units")


class InstrumentLink(Base):
    """A later document modifies, rectifies, derogates or annuls an earlier one."""

    __tablename__ = "instrument_link"

    from_id: Mapped[int] = mapped_column(ForeignKey("instrument.id"), primary_key=True)
    to_id: Mapped[int] = mapped_column(ForeignKey("instrument.id"), primary_key=True)
    # modifies|rectifies|derogates|annuls; delegation: the resolución de alcaldía whose
    # delegation a resolución de gerencia municipal exercises (instruments/delegation.py)
    relation: Mapped[str] = mapped_column(String(20))


class Certification(Base):
    __tablename__ = "certification"

    id: Mapped[int] = mapped_column(primary_key=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("instrument.id"), index=True)
    requested_by: Mapped[str] = mapped_column(String(200))
    copies: Mapped[int] = mapped_column(Integer)
    certified_on: Mapped[dt.date] = mapped_column(Date)
    certifier_name: Mapped[str] = mapped_column(String(250))
    certifier_post: Mapped[str] = mapped_column(String(120))
    recorded_by: Mapped[str] = mapped_column(String(40))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Publication(Base):
    __tablename__ = "publication"

    id: Mapped[int] = mapped_column(primary_key=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("instrument.id"), index=True)
    medium: Mapped[str] = mapped_column(String(20))  # newspaper | posters | website
    published_on: Mapped[dt.date] = mapped_column(Date)
    reference: Mapped[str] = mapped_column(String(300), default="")
    recorded_by: Mapped[str] = mapped_column(String(40))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class DistributionReceipt(Base):
    """The signed cargo of one organic unit that received the document."""

    __tablename__ = "distribution_receipt"
    __table_args__ = (UniqueConstraint("instrument_id", "org_unit_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("instrument.id"), index=True)
    org_unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"))
    received_by: Mapped[str] = mapped_column(String(200))
    received_at: Mapped[dt.datetime] = mapped_column(DateTime)
    recorded_by: Mapped[str] = mapped_column(String(40))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)


class RegisterImport(Base):
    """One register file imported (all or nothing): its name, its SHA-256 (a file is imported
    once), who imported it and how many documents it brought."""

    __tablename__ = "register_import"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    kind_code: Mapped[str] = mapped_column(ForeignKey("instrument_kind.code"))
    year: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: several years
    documents: Mapped[int] = mapped_column(Integer)
    imported_by: Mapped[str] = mapped_column(String(40))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime)


class HistoricSource(Base):
    """Where a registro histórico came from: its import, its row and its cells as given."""

    __tablename__ = "historic_source"

    instrument_id: Mapped[int] = mapped_column(ForeignKey("instrument.id"), primary_key=True)
    import_id: Mapped[int] = mapped_column(ForeignKey("register_import.id"), index=True)
    row_number: Mapped[int] = mapped_column(Integer)
    number_as_given: Mapped[str] = mapped_column(String(200), default="")
    date_as_given: Mapped[str] = mapped_column(String(100), default="")
    state_as_given: Mapped[str] = mapped_column(String(100), default="")


class InstrumentAttachment(Base):
    """A scanned file of a normative document (the signed original), kept in the database
    with its SHA-256 like a case file's scans (core/stored_files.py)."""

    __tablename__ = "instrument_attachment"
    __table_args__ = (UniqueConstraint("instrument_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("instrument.id"), index=True)
    file_name: Mapped[str] = mapped_column(String(255))
    media_type: Mapped[str] = mapped_column(String(80))
    size: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary))
    added_by: Mapped[str] = mapped_column(String(40))
    added_at: Mapped[dt.datetime] = mapped_column(DateTime)
