"""The states of a normative document and their Spanish labels, for the screens (gui/ never
imports the ORM models)."""

from pisac_desktop.db.models.instruments import InstrumentState
from pisac_desktop.instruments.actions import Action
from pisac_desktop.instruments.register import STATE_LABELS

__all__ = ["Action", "InstrumentState", "STATE_LABELS"]
