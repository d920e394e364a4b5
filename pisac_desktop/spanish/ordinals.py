"""Article ordinals as Peruvian resolutions write them: PRIMERO ... DÉCIMO PRIMERO ... VIGÉSIMO."""

from __future__ import annotations

import re

# num2words glues 11 and 12 ("décimoprimero"); resolutions write "DÉCIMO PRIMERO".
_GLUED = re.compile(r"(décimo)(?=\S)")


def ordinal_word(n: int) -> str:
    if n < 1:
        raise ValueError("los artículos se numeran desde 1")
    from num2words import num2words  # only when a document is drafted or printed

    return _GLUED.sub(r"\1 ", num2words(n, lang="es", to="ordinal")).upper()


def article_label(n: int) -> str:
    return f"ARTÍCULO {ordinal_word(n)}.-"


_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
          (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))


def roman(number: int) -> str:
    """The sections of a directive: I, II, ... VIII."""
    out = ""
    for value, letters in _ROMAN:
        while number >= value:
            out += letters
            number -= value
    return out
