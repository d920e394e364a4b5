"""Gerencia Municipal > Propuestas al concejo: the gerencia's own agenda proposals and what
Secretaría General did with them; send a new one, or correct an observed one and send it again
(ROF art. 32: proposes to the alcalde topics of its competence for the council's agenda)."""

from __future__ import annotations

from pisac_desktop.gui.secretaria.proposals import ProposalsSection


class ManagementProposalsSection(ProposalsSection):
    MANAGEMENT_ONLY = True
    TITLE = "Propuestas al concejo"
    HINT = ("Los temas de competencia de la Gerencia Municipal que se proponen al alcalde para "
            "la agenda de las sesiones del concejo (ROF art. 32). La Secretaría General los "
            "recibe y los incluye en la agenda de una sesión, los observa (corríjalos y "
            "reenvíelos) o los devuelve.")
    REGISTER_TEXT = "&Enviar una propuesta…"
    OBSERVED_EDIT_TEXT = "&Subsanar y reenviar…"
