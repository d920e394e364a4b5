"""Buttons enabled from what a read model allows (core/actions.py Allowed): the GUI never
re-decides a rule. A button refused shows the core's Spanish reason as its tooltip; allowed, it
shows its own tooltip again (from Designer)."""

from __future__ import annotations

from enum import StrEnum

from pisac_desktop.core.actions import NOTHING, Allowed

OWN_TIP = "ownToolTip"


def enable(widget, allowed: Allowed | None, action: StrEnum, also: bool = True) -> bool:
    """Enable `widget` when `allowed` has `action` (and `also`, a condition of the screen such
    as a row being selected); else disable it with the reason as its tooltip."""
    allowed = allowed or NOTHING
    own = widget.property(OWN_TIP)
    if own is None:
        own = widget.toolTip()
        widget.setProperty(OWN_TIP, own)
    on = action in allowed and also
    widget.setEnabled(on)
    widget.setToolTip(own if on or action in allowed else allowed.reason(action) or own)
    return on
