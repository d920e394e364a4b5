"""The one escaping helper for user text on its way into a ReportLab Paragraph.

escape() = printable() + XML escaping. printable() alone is for text drawn straight onto the
canvas (letterhead, footer), where there is no markup to escape. plain_text() is the part that
every output shares, the Excel registers too: it removes what has no glyph and what could make
a reader see something else than what is stored.

What plain_text() does to user text:
- Unicode NFC normalisation (a decomposed "a" + combining acute becomes the one glyph "á").
- Line breaks normalised to "\\n" (U+2028 and U+2029 too); C0 and C1 control characters other
  than tab and line break, which have no glyph, are removed.
- Invisible format characters are removed: bidirectional embeddings, overrides and isolates
  (U+202A-202E, U+2066-2069: a right-to-left override shows "fdp.odalaS" as "Salado.pdf"),
  direction marks (U+200E, U+200F, U+061C), zero-width spaces and joiners (U+200B-200D,
  U+2060, U+FEFF) and the other characters of Unicode category Cf. The soft hyphen (U+00AD)
  stays: it only marks where a word may break.

What printable() adds, so that what was typed is what prints:
- A tab becomes one space (a tab stop means nothing inside a justified paragraph).
- Every character the shipped Liberation fonts cannot draw (emoji, CJK, private-use
  characters...) is replaced by MISSING_GLYPH, "□" (U+25A1), so the reader sees that something
  was there. Emoji presentation selectors (U+FE00-FE0F, U+E0100-E01EF), which only ask for a
  coloured rendering of the character before them, are removed.
- "N° 045" keeps "N°" and its number on one line: the space after N°/Nº/N.°/Nro. becomes a
  non-breaking space (U+00A0).
"""

from __future__ import annotations

import re
import unicodedata

from reportlab.pdfbase import pdfmetrics

from pisac_desktop.reports import fonts

MISSING_GLYPH = "\u25a1"  # □, present in every shipped font
NBSP = "\u00a0"

# C0 controls other than tab and newline, DEL and C1 controls have no glyph and can upset the
# parser.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Unicode category Cf (format characters, Unicode 15.1) except the soft hyphen U+00AD.
_INVISIBLE = re.compile(
    "[\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001"
    "\U000e0020-\U000e007f]")
_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_NUMBER_SIGN = re.compile(r"(?<!\w)(N\.?[°º]|Nro\.|Núm\.)[ ]+(?=\S)", re.IGNORECASE)
_unsupported: re.Pattern[str] | None = None


def _unsupported_pattern() -> re.Pattern[str]:
    """A character class of everything that not all eight shipped faces can draw."""
    global _unsupported
    if _unsupported is None:
        fonts.register_fonts()
        covered: set[int] | None = None
        for name in fonts.ALL_FACES:
            cmap = set(pdfmetrics.getFont(name).face.charToGlyph)
            covered = cmap if covered is None else covered & cmap
        codes = sorted(c for c in (covered or set()) if c >= 0x20 and c not in range(0xD800, 0xE000))
        codes += [0x09, 0x0A]  # whitespace handled by the paragraph, never a glyph
        codes.sort()
        ranges: list[tuple[int, int]] = []
        for code in codes:
            if ranges and code == ranges[-1][1] + 1:
                ranges[-1] = (ranges[-1][0], code)
            else:
                ranges.append((code, code))
        parts = "".join(
            re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
            for a, b in ranges
        )
        _unsupported = re.compile(f"[^{parts}]")
    return _unsupported


def plain_text(value: object) -> str:
    """`value` without controls and invisible format characters, line breaks as "\\n" (see
    the module docstring); None -> ''. For every output: PDF (through printable()) and Excel."""
    if value is None:
        return ""
    text = str(value)
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
        text = _INVISIBLE.sub("", text).replace("\u2028", "\n").replace("\u2029", "\n")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text)


def printable(value: object) -> str:
    """`value` as text every shipped font can draw (see the module docstring); None -> ''."""
    text = plain_text(value).replace("\t", " ")
    if not text.isascii():
        text = _SELECTORS.sub("", text)
    text = _unsupported_pattern().sub(MISSING_GLYPH, text)
    return _NUMBER_SIGN.sub(lambda m: m.group(1) + NBSP, text)


def escape(value: object) -> str:
    """Paragraph markup that prints `value` literally: '<', '>' and '&' as themselves,
    each line break as a line break. None prints as nothing."""
    text = printable(value)
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("\n", "<br/>")


def one_line(value: object) -> str:
    """printable() text with every run of whitespace (line breaks too) as one space."""
    return " ".join(printable(value).replace(NBSP, "\x00").split()).replace("\x00", NBSP)
