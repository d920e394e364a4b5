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
