"""The states and kinds of the council's records, with their Spanish labels, for the screens
(gui/ never imports the ORM models: it reads these and the read models)."""

from pisac_desktop.council.actions import Action
from pisac_desktop.council.members import STATUS_LABELS as STANDING_LABELS
from pisac_desktop.council.minutes import STATE_LABELS as MINUTES_STATE_LABELS
from pisac_desktop.council.proposals import PROPOSER_LABELS
from pisac_desktop.council.proposals import STATE_LABELS as PROPOSAL_STATE_LABELS
from pisac_desktop.council.sessions import (
    ATTENDANCE_LABELS,
    MAJORITY_LABELS,
    SECTION_LABELS,
    SECTIONS,
    VOTE_LABELS,
)
from pisac_desktop.council.sessions import STATE_LABELS as SESSION_STATE_LABELS
from pisac_desktop.db.models.council import KIND_LABELS as SESSION_KIND_LABELS
from pisac_desktop.db.models.council import (
    AgendaSection,
    AttendanceStatus,
    Majority,
    MemberRole,
    MemberStanding,
    MinutesState,
    ProposalState,
    SessionKind,
    SessionState,
    VoteChoice,
)

__all__ = [
    "ATTENDANCE_LABELS", "Action", "AgendaSection", "AttendanceStatus", "MAJORITY_LABELS",
    "MINUTES_STATE_LABELS", "Majority", "MemberRole", "MemberStanding", "MinutesState",
    "PROPOSAL_STATE_LABELS", "PROPOSER_LABELS", "ProposalState", "SECTIONS", "SECTION_LABELS",
    "SESSION_KIND_LABELS", "SESSION_STATE_LABELS", "STANDING_LABELS", "SessionKind",
    "SessionState", "VOTE_LABELS", "VoteChoice",
]
