"""Spanish counts that agree with their number: "1 copia", "8 copias" (never "copia(s)")."""

from __future__ import annotations


def plural(n: int, one: str, many: str) -> str:
    """'1 copia' / '0 copias' / '8 copias' (Spanish: only 1 takes the singular)."""
    return f"{n} {one if n == 1 else many}"


def agree(n: int, one: str, many: str) -> str:
    """The word alone, for a verb or an adjective after a count ('entregada'/'entregadas')."""
    return one if n == 1 else many
