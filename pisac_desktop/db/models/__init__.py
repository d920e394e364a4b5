"""All ORM models; importing this package registers every table on Base.metadata."""

from pisac_desktop.db.base import Base
from pisac_desktop.db.models.council import (
    AgendaItem,
    AgendaProposal,
    Attendance,
    CouncilMember,
    CouncilSession,
    CouncilSettings,
    MemberStatus,
    Minutes,
    MinutesBook,
    NonWorkingDay,
    SessionInvitee,
    Summons,
    Term,
    Vote,
)
from pisac_desktop.db.models.institution import (
    AppMeta,
    Institution,
    Officeholder,
    OrgUnit,
    YearName,
)
from pisac_desktop.db.models.instruments import (
    Certification,
    DistributionReceipt,
    Instrument,
    InstrumentKind,
    InstrumentLink,
    InstrumentUnit,
    NumberSequence,
    Publication,
)
from pisac_desktop.db.models.notifications import InstrumentParty, Notification
from pisac_desktop.db.models.security import AuditEntry, User, UserRole
from pisac_desktop.db.models.tramite import (
    CaseAttachment,
    CaseFile,
    CaseStep,
    Procedure,
    UserUnit,
)
from pisac_desktop.db.models.verification import VerificationCode

__all__ = [
    "AgendaItem",
    "AgendaProposal",
    "Attendance",
    "CouncilSession",
    "CouncilSettings",
    "MemberStatus",
    "Minutes",
    "MinutesBook",
    "NonWorkingDay",
    "SessionInvitee",
    "Summons",
    "Vote",
    "AppMeta",
    "AuditEntry",
    "CaseAttachment",
    "CaseFile",
    "CaseStep",
    "Certification",
    "DistributionReceipt",
    "Instrument",
    "InstrumentKind",
    "InstrumentLink",
    "InstrumentParty",
    "InstrumentUnit",
    "Notification",
    "NumberSequence",
    "Publication",
    "Base",
    "CouncilMember",
    "Institution",
    "Officeholder",
    "OrgUnit",
    "Procedure",
    "Term",
    "User",
    "UserRole",
    "UserUnit",
    "VerificationCode",
    "YearName",
]
