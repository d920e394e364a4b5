"""Checks for what clerks type. Each returns None when the value is fine, else a Spanish message."""

from __future__ import annotations

import re

from pisac_desktop.core.errors import FieldError, ValidationFailed

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


# --- how long free text may be ------------------------------------------------------------------
# Limits that fit the documents and keep printing them quick (a CONSIDERANDO paragraph of 5,000
# characters already fills more than a page). Counted without the spaces at both ends, which
# are not kept. The forms show a counter against the same numbers.
SUMMARY_MAX = 2_000  # sumilla; the subject of a proposal or an agenda item
PARAGRAPH_MAX = 5_000  # VISTO, one CONSIDERANDO paragraph, the legal basis, one article
REFERENCES_MAX = 2_000  # references, supporting documents
SECTION_MAX = 30_000  # one section of a directive, with its numbered sub-paragraphs (5.1, 5.2…)
DOCUMENT_MAX = 100_000  # a whole normative document, all its parts together; an acta
DETAIL_MAX = 2_000  # the detail of an agenda item (its VISTO, with the subject, fits a paragraph)
DELIBERATION_MAX = 30_000  # what was debated on an agenda item
REASON_MAX = 2_000  # reasons, notes, observations, a vote's reasoning
LINE_MAX = 300  # one line: a place, a name, a reference in the register


def thousands(number: int) -> str:
    """'1.234', '100.000': the digits grouped by a point, as the forms show them."""
    return f"{number:,}".replace(",", ".")


def text_length(value: str) -> int:
    """The length that counts against a limit: without the spaces at both ends."""
    return len(value.strip())


def length_error(value: str, limit: int, what: str) -> str | None:
    """None when `value` fits in `limit` characters, else the message: 'La sumilla tiene
    2.345 caracteres y el máximo es 2.000: acorte el texto (lo escrito no se pierde).'"""
    size = text_length(value)
    if size <= limit:
        return None
    return (f"{what} tiene {thousands(size)} caracteres y el máximo es {thousands(limit)}: "
            "acorte el texto (lo escrito no se pierde).")


def check_length(field: str, value: str, limit: int, what: str) -> None:
    """Raise ValidationFailed (at `field`) when `value` does not fit in `limit` characters."""
    if message := length_error(value, limit, what):
        raise ValidationFailed([FieldError(field, message)])


def text_errors(field: str, value: str, limit: int, what: str,
                missing: str | None = None) -> list[FieldError]:
    """The error of one text field, if any: empty when `missing` says it is required (that
    message), or longer than `limit` characters."""
    if missing is not None and not " ".join((value or "").split()):
        return [FieldError(field, missing)]
    message = length_error(value or "", limit, what)
    return [FieldError(field, message)] if message else []
