"""What the drafting form (form.py) is built from: read_form() runs in a worker (the section
reads it before opening the form) and returns plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pisac_desktop.instruments.delegation import delegation_choices
from pisac_desktop.instruments.detail import kind_label, notify_units
from pisac_desktop.instruments.directives import ApprovalChoice, approval_choices, is_directive
from pisac_desktop.instruments.kinds import kinds
from pisac_desktop.instruments.register import DraftForm, draft_to_edit, new_draft_form

DEFAULT_KIND = {"secretaria": "MAYOR_RESOLUTION", "gerencia": "MANAGEMENT_RESOLUTION"}


@dataclass
class FormData:
    """What the drafting form is built from (read_form: in a worker, plain data)."""

    module_kinds: list[tuple[str, str]]  # (code, label), the draft's own kind included
    directive_kinds: set[str]
    approvals: list[ApprovalChoice]
    form: DraftForm
    template: tuple[list[str], str]  # a new draft's CONSIDERANDO and legal basis
    sections_template: dict[str, str]  # a new directive's sections
    units: list[tuple[int, str]]
    delegations: list


def read_form(session, module_key: str, draft_id: int | None, kind_code: str | None,
              today: dt.date) -> FormData:
    """A new draft of kind_code (default: the module's usual resolution) or the draft to
    edit, with the choices of the form."""
    module_kinds = [(k.code, kind_label(k.title)) for k in kinds(session, module_key)]
    directive_kinds = {k.code for k in kinds(session) if is_directive(k)}
    approvals = approval_choices(session, draft_id)
    template: tuple[list[str], str] = ([], "")
    sections: dict[str, str] = {}
    if draft_id is None:
        codes = [c for c, _ in module_kinds]
        code = next((c for c in (kind_code, DEFAULT_KIND.get(module_key)) if c in codes),
                    codes[0] if codes else "")
        form = new_draft_form(session, code, today)
        template = (list(form.whereas), form.legal_basis)
        sections = dict(form.sections)
    else:
        form, code, title = draft_to_edit(session, draft_id)
        if code not in [c for c, _ in module_kinds]:
            module_kinds.append((code, kind_label(title)))
    return FormData(module_kinds, directive_kinds, approvals, form, template, sections,
                    notify_units(session, form.unit_ids),
                    delegation_choices(session, form.delegation_id))
