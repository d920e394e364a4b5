"""The shipped Liberation fonts, registered once, and made ReportLab's defaults.

Liberation Serif is metric-compatible with Times New Roman and Liberation Sans with Arial; both
are embedded (subset) in every PDF. After register_fonts() no style, table cell or canvas falls
back to one of the 14 built-in Type 1 fonts, which would not be embedded.
"""

from __future__ import annotations

import threading
import zlib
from functools import partial

from reportlab import rl_config
from reportlab.lib import styles as rl_styles
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import tables as rl_tables

from pisac_desktop.paths import resource

SERIF = "LiberationSerif"
SANS = "LiberationSans"
_STYLES = {"": "Regular", "-Bold": "Bold", "-Italic": "Italic", "-BoldItalic": "BoldItalic"}

SERIF_BOLD, SERIF_ITALIC, SERIF_BOLD_ITALIC = (f"{SERIF}{s}" for s in list(_STYLES)[1:])
SANS_BOLD, SANS_ITALIC, SANS_BOLD_ITALIC = (f"{SANS}{s}" for s in list(_STYLES)[1:])
ALL_FACES = tuple(f"{family}{s}" for family in (SERIF, SANS) for s in _STYLES)

_lock = threading.Lock()
_registered = False

# Deflate level of every PDF stream (pages, font subsets, the crest): 1 rather than zlib's 6
# saves about a fifth of a resolution's time (~7 ms of ~35) for files ~6 % larger (83 KiB
# instead of 78 KiB); 9 would save 1 %. ReportLab has no setting for it.
DEFLATE_LEVEL = 1


class _Deflate:
    """What ReportLab's PDF writer uses of zlib, at DEFLATE_LEVEL."""

    compress = staticmethod(partial(zlib.compress, level=DEFLATE_LEVEL))
    decompress = staticmethod(zlib.decompress)


def register_fonts() -> None:
    """Register both families (regular, bold, italic, bold italic) once; later calls do nothing."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        for family in (SERIF, SANS):
            for suffix, style in _STYLES.items():
                path = resource("fonts", f"{family}-{style}.ttf")
                pdfmetrics.registerFont(TTFont(f"{family}{suffix}", str(path)))
            pdfmetrics.registerFontFamily(
                family,
                normal=family,
                bold=f"{family}-Bold",
                italic=f"{family}-Italic",
                boldItalic=f"{family}-BoldItalic",
            )
        _make_default(SERIF)
        _registered = True


def _make_default(family: str) -> None:
    """Every place where ReportLab would pick a font by itself now picks ours."""
    rl_config.canvas_basefontname = family  # a new canvas's initial font
    # Binary (deflated) streams rather than ASCII85 text: smaller files, and ReportLab's ASCII85
    # encoder is pure Python here (about 15 ms for the crest of every letterhead).
    rl_config.useA85 = 0
    pdfdoc.zlib = _Deflate  # its only use of zlib: compress, decompress
    rl_config.defaultGraphicsFontName = family  # reportlab.graphics strings
    # Captured at import time by these modules: update them too.
    rl_styles._baseFontName = family
    rl_styles._baseFontNameB = f"{family}-Bold"
    rl_styles._baseFontNameI = f"{family}-Italic"
    rl_styles._baseFontNameBI = f"{family}-BoldItalic"
    rl_styles.ParagraphStyle.defaults["fontName"] = family
    rl_styles.ParagraphStyle.defaults["bulletFontName"] = family
    rl_tables.CellStyle.fontname = family
