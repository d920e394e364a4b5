"""The actions on the council's records that the screens offer. Which of them a record allows
now, and why not, is decided by the read models (session_view, proposals) with the use cases'
own preconditions; see core/actions.py."""

from __future__ import annotations

from enum import StrEnum


class Action(StrEnum):
    # A session
    EDIT_SESSION = "edit_session"
    CHANGE_SUMMONED_DATA = "change_summoned_data"  # kind, date, time, place, modality
    ADD_ITEM = "add_item"
    MOVE_ITEMS = "move_items"
    CONVENE = "convene"
    RECORD_DELIVERY = "record_delivery"
    RESCHEDULE = "reschedule"
    NOTE_EMERGENCY = "note_emergency"
    POSTPONE = "postpone"
    SUSPEND = "suspend"
    CANCEL = "cancel"
    RECORD_ATTENDANCE = "record_attendance"
    INSTALL = "install"
    RECORD_NOT_INSTALLED = "record_not_installed"
    SET_CLOSING_TIME = "set_closing_time"
    PRINT_ATTENDANCE = "print_attendance"
    PRINT_SUMMARY = "print_summary"
    PRINT_VOTES = "print_votes"
    DRAFT_MINUTES = "draft_minutes"
    # One agenda item
    EDIT_ITEM = "edit_item"
    REMOVE_ITEM = "remove_item"
    RECORD_VOTES = "record_votes"
    DRAFT_OUTCOME = "draft_outcome"
    # The acta
    EDIT_MINUTES = "edit_minutes"  # its text: save, draft again, close
    APPROVE_MINUTES = "approve_minutes"
    REGISTER_MINUTES = "register_minutes"
    # An agenda proposal
    EDIT_PROPOSAL = "edit_proposal"
    INCLUDE_PROPOSAL = "include_proposal"
    OBSERVE_PROPOSAL = "observe_proposal"
    RETURN_PROPOSAL = "return_proposal"
