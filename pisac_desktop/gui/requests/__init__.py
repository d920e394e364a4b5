"""Screens of the requests with legal clocks (pisac_desktop/requests)."""
