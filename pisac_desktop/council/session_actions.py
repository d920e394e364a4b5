"""What a session, one of its agenda items and its acta allow now, and why not: the use cases'
own preconditions (sessions, minutes, books, printing) asked about the read model, plus the
actor's permission. The screens enable their buttons from this and never compare states."""

from __future__ import annotations

from typing import TYPE_CHECKING

from pisac_desktop.core.actions import Allowed, decide
from pisac_desktop.core.permissions import Actor, Permission
from pisac_desktop.council.actions import Action
from pisac_desktop.council.agenda import (
    check_agenda_editable,
    check_agenda_order,
    check_item_editable,
    check_item_removable,
)
from pisac_desktop.council.attendance import check_attendance_time, check_installable
from pisac_desktop.council.books import check_registrable
from pisac_desktop.council.minutes import check_approvable, check_draft, check_draftable
from pisac_desktop.council.outcome import check_outcome_draftable
from pisac_desktop.council.printing import (
    ATTENDANCE_PAPER,
    SUMMARY_PAPER,
    check_convened_paper,
    check_votes_printable,
)
from pisac_desktop.council.sessions import (
    check_endable,
    check_postponable,
    check_session_editable,
    check_summoned_data_editable,
)
from pisac_desktop.council.summons import check_convenable, check_summons_time
from pisac_desktop.council.votes import VOTES_WHEN, check_held, check_votable
from pisac_desktop.db.models.council import CANCELLED, SUSPENDED

if TYPE_CHECKING:
    from pisac_desktop.council.minutes_view import MinutesView
    from pisac_desktop.council.session_view import ItemView, SessionDetail

COUNCIL = Permission.COUNCIL
CLOSING_WHEN = "Solo una sesión realizada tiene hora de término."


def session_allowed(d: SessionDetail, actor: Actor | None) -> Allowed:
    voted = sum(1 for i in d.voting_items if i.voted)
    return decide(actor, {
        Action.EDIT_SESSION: (COUNCIL, lambda: check_session_editable(d)),
        Action.CHANGE_SUMMONED_DATA: (COUNCIL, lambda: (check_session_editable(d),
                                                        check_summoned_data_editable(d))),
        Action.ADD_ITEM: (COUNCIL, lambda: check_agenda_editable(d)),
        Action.MOVE_ITEMS: (COUNCIL, lambda: check_agenda_order(d)),
        Action.CONVENE: (COUNCIL, lambda: check_convenable(d, len(d.items))),
        Action.RECORD_DELIVERY: (COUNCIL, lambda: check_summons_time(d)),
        Action.RESCHEDULE: (COUNCIL, lambda: check_summons_time(d)),
        Action.NOTE_EMERGENCY: (COUNCIL, lambda: check_summons_time(d)),
        Action.POSTPONE: (COUNCIL, lambda: check_postponable(d)),
        Action.SUSPEND: (COUNCIL, lambda: check_endable(d, SUSPENDED)),
        Action.CANCEL: (COUNCIL, lambda: check_endable(d, CANCELLED)),
        Action.RECORD_ATTENDANCE: (COUNCIL, lambda: check_attendance_time(d)),
        Action.INSTALL: (COUNCIL, lambda: check_installable(d)),
        Action.RECORD_NOT_INSTALLED: (COUNCIL, lambda: check_installable(d)),
        Action.SET_CLOSING_TIME: (COUNCIL, lambda: check_held(d, CLOSING_WHEN)),
        Action.RECORD_VOTES: (COUNCIL, lambda: check_held(d, VOTES_WHEN)),  # some item
        Action.PRINT_ATTENDANCE: (None, lambda: check_convened_paper(d, ATTENDANCE_PAPER)),
        Action.PRINT_SUMMARY: (None, lambda: check_convened_paper(d, SUMMARY_PAPER)),
        Action.PRINT_VOTES: (None, lambda: check_votes_printable(d, voted)),
        Action.DRAFT_MINUTES: (COUNCIL, lambda: check_draftable(d, d.minutes_id is not None)),
    })


def item_allowed(d: SessionDetail, item: ItemView, actor: Actor | None) -> Allowed:
    return decide(actor, {
        Action.EDIT_ITEM: (COUNCIL, lambda: check_item_editable(d, item.instrument_issued)),
        Action.REMOVE_ITEM: (COUNCIL, lambda: check_item_removable(d, item)),
        Action.RECORD_VOTES: (COUNCIL, lambda: check_votable(d, item, item.instrument_issued)),
        Action.DRAFT_OUTCOME: (COUNCIL, lambda: check_outcome_draftable(
            item, item.result.approved)),
    })


def minutes_allowed(m: MinutesView, actor: Actor | None) -> Allowed:
    registered = f"El acta ya está registrada: {m.registration}." if m.registered else ""
    return decide(actor, {
        Action.EDIT_MINUTES: (COUNCIL, lambda: check_draft(m)),
        Action.APPROVE_MINUTES: (COUNCIL, lambda: check_approvable(m)),
        Action.REGISTER_MINUTES: (COUNCIL, lambda: check_registrable(m.state, registered)),
    })
