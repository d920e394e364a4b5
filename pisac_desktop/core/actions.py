"""What a record allows now, and why not.

A read model carries an `Allowed`: the actions the core would accept now, decided from the
record's state and the actor's permissions by the same precondition functions the use cases
call (a precondition raises DomainError with the Spanish reason), and for each action refused
the reason. The GUI enables its buttons from it and shows the reason as the tooltip; it never
compares states itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum

from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor, Permission, permission_refusal


@dataclass(frozen=True)
class Allowed:
    """The actions allowed now (`actions`) and, for each one refused, why not (Spanish)."""

    actions: frozenset[StrEnum] = frozenset()
    why_not: Mapping[StrEnum, str] = field(default_factory=dict)

    def __contains__(self, action: object) -> bool:
        return action in self.actions

    def reason(self, action: StrEnum) -> str:
        """Why `action` is refused now ('' when it is allowed)."""
        return "" if action in self.actions else self.why_not.get(action, "")


NOTHING = Allowed()


def refusal(check: Callable[[], object]) -> str | None:
    """The Spanish message of the DomainError a precondition raises; None when it passes."""
    try:
        check()
    except DomainError as exc:
        return str(exc)
    return None


def decide(actor: Actor | None, checks: Mapping[StrEnum, tuple[Permission | None,
                                                                Callable[[], object]]]
           ) -> Allowed:
    """Each action: its permission first (skipped without an actor), then its precondition."""
    allowed, why_not = set(), {}
    for action, (permission, check) in checks.items():
        reason = (permission_refusal(actor, permission)
                  if actor is not None and permission is not None else None)
        reason = reason or refusal(check)
        if reason is None:
            allowed.add(action)
        else:
            why_not[action] = reason
    return Allowed(frozenset(allowed), why_not)


def always() -> None:
    """A precondition that always passes (the action depends on the permission only)."""
