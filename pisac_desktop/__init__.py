"""Pisac Desktop: Gerencia Municipal and Secretaría General of the MD de Pisac."""

__version__ = "0.1.0"
APP_NAME = "Pisac Desktop"
