"""The actions on a normative document that the screens offer; which of them a document allows
now, and why not, is decided by its read model (detail.InstrumentDetail.allowed) with the use
cases' own preconditions (register.check_*)."""

from __future__ import annotations

from enum import StrEnum


class Action(StrEnum):
    EDIT_DRAFT = "edit_draft"
    ISSUE = "issue"
    DELETE_DRAFT = "delete_draft"
    ANNUL = "annul"
    CERTIFY = "certify"
    PUBLISH = "publish"
    RECORD_RECEIPT = "record_receipt"
    LINK = "link"
