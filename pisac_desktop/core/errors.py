from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """One problem with what the user typed.

    field: the attribute name ("ruc", "dni", ...); section and row locate it inside a list
    (e.g. section="officeholders", row=2). message: Spanish, ready to show next to the field.
    """

    field: str
    message: str
    section: str | None = None
    row: int | None = None


class ValidationFailed(Exception):
    """Raised by a use case that refuses input; nothing was written."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("\n".join(e.message for e in self.errors))


class DomainError(Exception):
    """A rule refused an action; the message is in Spanish and meant for the user."""
