"""Checks for what clerks type. Each returns None when the value is fine, else a Spanish message."""

from __future__ import annotations

import re

RUC_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2)
RUC_PREFIXES = ("10", "15", "16", "17", "20")

_DIGITS = re.compile(r"[0-9]+")  # ASCII only: str.isdigit() also accepts '²' or '２'
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")
_PHONE = re.compile(r"^[0-9 +()\-]{6,20}$", re.ASCII)


def ruc_check_digit(first_ten: str) -> int:
    """SUNAT's modulo-11 check digit for the first ten digits of a RUC."""
    total = sum(int(d) * w for d, w in zip(first_ten, RUC_WEIGHTS, strict=True))
    digit = 11 - total % 11
    return {10: 0, 11: 1}.get(digit, digit)


def ruc_error(value: str) -> str | None:
    value = value.strip()
    if not _DIGITS.fullmatch(value) or len(value) != 11:
        return "El RUC debe tener exactamente 11 dígitos, sin espacios ni guiones."
    if not value.startswith(RUC_PREFIXES):
        return "El RUC debe empezar por 10, 15, 16, 17 o 20 (una municipalidad empieza por 20)."
    if ruc_check_digit(value[:10]) != int(value[10]):
        return "El RUC no es válido: su dígito verificador no corresponde. Revise los números."
    return None


def dni_error(value: str) -> str | None:
    value = value.strip()
    if not value:
        return "Escriba el DNI (8 dígitos)."
    if not _DIGITS.fullmatch(value) or len(value) != 8:
        return "El DNI debe tener exactamente 8 dígitos."
    return None


def email_error(value: str) -> str | None:
    value = value.strip()
    if value and not _EMAIL.match(value):
        return "El correo electrónico no es válido (ejemplo: mesadepartes@munipisac.gob.pe)."
    return None


def phone_error(value: str) -> str | None:
    value = value.strip()
    if value and (not _PHONE.match(value) or sum(c.isdigit() for c in value) < 6):
        return ("El teléfono solo puede tener números, espacios, +, - y paréntesis "
                "(al menos 6 dígitos).")
    return None


def required_error(value: str, label: str) -> str | None:
    return None if value.strip() else f"Escriba {label}."
