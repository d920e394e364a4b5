"""Amounts as Peru prints them: «S/ 1 250.50» (a space for thousands, a point for céntimos)."""


def soles(cents: int) -> str:
    sign = "-" if cents < 0 else ""
    cents = abs(cents)
    return f"{sign}S/ {cents // 100:,}.{cents % 100:02d}".replace(",", " ")
