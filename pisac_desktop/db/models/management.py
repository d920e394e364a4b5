"""The Gerencia Municipal's management desk (ROF art. 32): the follow-up of what the council and
the mayor decide, the powers delegated to it, and the instrumentos de gestión. A compromiso is one thing an issued act orders, given to the unit that must do
it with a due date; the unit reports its progress with evidence, and the gerente sees what is
overdue and prints the compliance of the council's agreements."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    BigInteger,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, deferred, mapped_column

from pisac_desktop.db.base import Base

# States of a compromiso ("vencido" is not stored: an open one past its due date).
PENDING, IN_PROGRESS, DONE, NOT_APPLICABLE = "pending", "in_progress", "done", "not_applicable"


class Commitment(Base):
    """Compromiso de seguimiento: what an issued act orders, the unit responsible, the due date."""

    __tablename__ = "commitment"

    id: Mapped[int] = mapped_column(primary_key=True)
    # The act it comes from; or (instrument_id None) the commission meeting that recommended it.
    instrument_id: Mapped[int | None] = mapped_column(ForeignKey("instrument.id"), index=True,
                                                      nullable=True)
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("commission_meeting.id"),
                                                   index=True, nullable=True)
    description: Mapped[str] = mapped_column(Text)
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), index=True)
    due_on: Mapped[dt.date] = mapped_column(Date, index=True)
    due_days: Mapped[int | None] = mapped_column(Integer, nullable=True)  # given in business days
    evidence_expected: Mapped[str] = mapped_column(Text, default="")
    state: Mapped[str] = mapped_column(String(20), default=PENDING, index=True)
    percent: Mapped[int] = mapped_column(Integer, default=0)
    reason: Mapped[str] = mapped_column(Text, default="")  # why it does not apply
    closed_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CommitmentReport(Base):
    """Reporte de avance: a unit's note on a compromiso, its percentage and state, with the
    evidence (a document of the register, a case file, or a scanned file kept with its hash)."""

    __tablename__ = "commitment_report"

    id: Mapped[int] = mapped_column(primary_key=True)
    commitment_id: Mapped[int] = mapped_column(ForeignKey("commitment.id"), index=True)
    reported_on: Mapped[dt.date] = mapped_column(Date)
    reported_at: Mapped[dt.datetime] = mapped_column(DateTime)
    reported_by: Mapped[str] = mapped_column(String(40))
    note: Mapped[str] = mapped_column(Text)
    percent: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(20))
    evidence_instrument_id: Mapped[int | None] = mapped_column(ForeignKey("instrument.id"),
                                                               nullable=True)
    evidence_case_file_id: Mapped[int | None] = mapped_column(ForeignKey("case_file.id"),
                                                              nullable=True)
    file_name: Mapped[str] = mapped_column(String(255), default="")
    media_type: Mapped[str] = mapped_column(String(80), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, nullable=True))


class Delegation(Base):
    """A power the mayor delegated by Resolución de Alcaldía (Ley 27972 art. 20 num. 20; TUO Ley
    27444 arts. 78-83) to the Gerencia Municipal or another unit: what, since and until when,
    and the resolution that ended it early. The resoluciones de gerencia cite it as their basis."""

    __tablename__ = "delegation"

    id: Mapped[int] = mapped_column(primary_key=True)
    instrument_id: Mapped[int] = mapped_column(ForeignKey("instrument.id"), index=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), index=True)
    powers: Mapped[str] = mapped_column(Text)  # the powers delegated, as the resolution says
    since: Mapped[dt.date] = mapped_column(Date)
    until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    ended_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    ended_by_instrument_id: Mapped[int | None] = mapped_column(ForeignKey("instrument.id"),
                                                               nullable=True)
    end_reason: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class ManagementInstrument(Base):
    """One version of an instrumento de gestión (ROF, MOF, CAP/CPE, TUPA, PEI, POI, PDLC, RIC):
    the norm that approved it (from the register, or as text for one older than the app), its
    validity, and its file kept with its SHA-256."""

    __tablename__ = "management_instrument"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10), index=True)  # ROF, MOF, CAP, ...
    title: Mapped[str] = mapped_column(String(300))
    approved_by_instrument_id: Mapped[int | None] = mapped_column(ForeignKey("instrument.id"),
                                                                  nullable=True)
    approved_by_text: Mapped[str] = mapped_column(String(300), default="")
    approved_on: Mapped[dt.date] = mapped_column(Date)
    valid_from: Mapped[dt.date] = mapped_column(Date)
    valid_until: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    file_name: Mapped[str] = mapped_column(String(255), default="")
    media_type: Mapped[str] = mapped_column(String(80), default="")
    size: Mapped[int] = mapped_column(Integer, default=0)
    sha256: Mapped[str] = mapped_column(String(64), default="")
    content: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, nullable=True))
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PlanActivity(Base):
    """Actividad operativa of the POI (Plan Operativo Institucional): what a unit does in a year,
    its unit of measure and its physical targets month by month (PlanMonth)."""

    __tablename__ = "plan_activity"
    __table_args__ = (UniqueConstraint("year", "code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    code: Mapped[str] = mapped_column(String(40))  # the POI's code (CEPLAN: AOI…)
    name: Mapped[str] = mapped_column(String(500))
    unit_id: Mapped[int] = mapped_column(ForeignKey("org_unit.id"), index=True)
    measure: Mapped[str] = mapped_column(String(80))  # unidad de medida: "Informe", "Obra"...
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class PlanMonth(Base):
    """One month of an activity: its physical target and what the unit reports it achieved."""

    __tablename__ = "plan_month"
    __table_args__ = (UniqueConstraint("activity_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("plan_activity.id"), index=True)
    month: Mapped[int] = mapped_column(Integer)  # 1..12
    target: Mapped[int] = mapped_column(Integer, default=0)
    actual: Mapped[int | None] = mapped_column(Integer, nullable=True)  # None: not reported
    note: Mapped[str] = mapped_column(Text, default="")
    reported_by: Mapped[str] = mapped_column(String(40), default="")
    reported_at: Mapped[dt.datetime | None] = mapped_column(DateTime, nullable=True)


class BudgetFigure(Base):
    """The budget of an activity as the finance office's export from the state's financial
    system (SIAF) said on a date: PIA, PIM, certified and accrued (devengado), in soles, kept per
    import so that a month's report reads the figures of its end."""

    __tablename__ = "budget_figure"
    __table_args__ = (UniqueConstraint("activity_id", "as_of"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("plan_activity.id"), index=True)
    as_of: Mapped[dt.date] = mapped_column(Date)
    # In céntimos (exact on both engines): S/ 1 250,50 is 125050.
    opening: Mapped[int] = mapped_column(BigInteger)  # PIA
    modified: Mapped[int] = mapped_column(BigInteger)  # PIM
    certified: Mapped[int] = mapped_column(BigInteger)
    accrued: Mapped[int] = mapped_column(BigInteger)  # devengado
    imported_by: Mapped[str] = mapped_column(String(40))
    source: Mapped[str] = mapped_column(String(300), default="")  # file name and its SHA-256


class MonthlyReport(Base):
    """What the gerente writes in his monthly report to the alcaldía (month 1-12), or in the
    year's memoria de gestión (month 0); the figures are read from the data when printed."""

    __tablename__ = "monthly_report"
    __table_args__ = (UniqueConstraint("year", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer)
    month: Mapped[int] = mapped_column(Integer)
    summary: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(40))
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)


class WorkCommission(Base):
    """Comisión de trabajo (ROF art. 32: the gerente presides or takes part): its purpose, the
    resolution that formed it, its members and meetings; its recommendations are followed up as
    compromisos (Commitment.meeting_id)."""

    __tablename__ = "work_commission"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(Text)
    instrument_id: Mapped[int | None] = mapped_column(ForeignKey("instrument.id"), nullable=True)
    formed_on: Mapped[dt.date] = mapped_column(Date)
    ended_on: Mapped[dt.date | None] = mapped_column(Date, nullable=True)
    created_by: Mapped[str] = mapped_column(String(40))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class CommissionMember(Base):
    __tablename__ = "commission_member"

    id: Mapped[int] = mapped_column(primary_key=True)
    commission_id: Mapped[int] = mapped_column(ForeignKey("work_commission.id"), index=True)
    full_name: Mapped[str] = mapped_column(String(250))
    post: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # president | secretary | member


class CommissionMeeting(Base):
    """A meeting of a commission with its short record (who attended, what was agreed)."""

    __tablename__ = "commission_meeting"

    id: Mapped[int] = mapped_column(primary_key=True)
    commission_id: Mapped[int] = mapped_column(ForeignKey("work_commission.id"), index=True)
    held_on: Mapped[dt.date] = mapped_column(Date)
    place: Mapped[str] = mapped_column(String(200))
    attendees: Mapped[str] = mapped_column(Text)
    record: Mapped[str] = mapped_column(Text)
    recorded_by: Mapped[str] = mapped_column(String(40))
    recorded_at: Mapped[dt.datetime] = mapped_column(DateTime)
