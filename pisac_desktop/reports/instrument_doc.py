"""A numbered document's paper, its data and its type: what the builders take (InstrumentDoc and
its parts), the styles, the paragraphs and headings, and the signature block."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    Table,
    TableStyle,
)

from pisac_desktop.reports.base import ANNULLED_RED
from pisac_desktop.reports.fonts import (
    SANS,
    SANS_BOLD,
    SERIF,
    SERIF_BOLD,
    SERIF_ITALIC,
    register_fonts,
)
from pisac_desktop.reports.letterhead import Letterhead, letterhead_margins
from pisac_desktop.reports.paragraphs import paragraph
from pisac_desktop.reports.text import escape, one_line

InstrumentStyle = Literal["resolution", "ordinance", "agreement", "decree", "directive"]


@dataclass(frozen=True)
class Headings:
    seen: str
    whereas: str
    operative: str
    before_closing: str = ""


HEADINGS: dict[str, Headings] = {
    "resolution": Headings("VISTO:", "CONSIDERANDO:", "SE RESUELVE:"),
    "ordinance": Headings("POR CUANTO:", "CONSIDERANDO:", "HA DADO LA SIGUIENTE:", "POR TANTO:"),
    "agreement": Headings("VISTO:", "CONSIDERANDO:", "ACUERDA:"),
    "decree": Headings("VISTO:", "CONSIDERANDO:", "DECRETA:"),
    "directive": Headings("VISTO:", "CONSIDERANDO:", ""),
}


STYLES = tuple(HEADINGS)


# "HA DADO LA SIGUIENTE:" is followed by the ordinance's name; with no name to print:
ORDINANCE_HEADING_WITHOUT_NAME = "HA DADO LA SIGUIENTE ORDENANZA:"


CERTIFICATION_TEXT = ("Que la presente es copia fiel del original {document}, que obra en el "
                      "archivo de esta Secretaría General, al que me remito en caso necesario. "
                      "La copia consta de {folios}, numerados y sellados.")


DRAFT_GREY = colors.HexColor("#5a5a5a")


SIGNED_COPY = "(Fdo.) {name} — {post}"  # a copy shows who signed the original, not a blank line


FOLIO_STAMP = "Folio {page} de {pages}"


# The first word of a requester or a document decides the article: "a solicitud de la Regidora
# …", "del Sr. …", "copia del original del DECRETO …". Unknown words go without one.
_FEMININE = frozenset("""regidora sra señora srta señorita alcaldesa teniente-alcaldesa jefa
    presidenta directora secretaria abogada ingeniera doctora dra profesora gerencia subgerencia
    oficina unidad secretaría dirección jefatura municipalidad comisión procuraduría asociación
    comunidad junta contraloría fiscalía policía defensoría asesoría empresa organización
    sociedad federación cooperativa parroquia institución resolución ordenanza directiva
    comisaría agencia red beneficencia""".split())


_MASCULINE = frozenset("""regidor sr señor alcalde teniente jefe presidente director secretario
    abogado ingeniero doctor dr profesor concejo comité consejo ministerio gobierno juzgado
    procurador órgano sindicato club programa proyecto frente instituto colegio centro acuerdo
    decreto área puesto mercado""".split())


def of_whom(text: str) -> str:
    """'de la Regidora Nilda Huamán', 'del Sr. Juan Pérez', 'de Juan Pérez' (no known title)."""
    text = one_line(text)
    first, _, rest = text.partition(" ")
    word = first.casefold().rstrip(".,")
    if word in ("el", "del"):
        return f"del {rest}" if rest else f"de {text}"
    if word in ("la", "los", "las"):
        return f"de {text}"
    if word in _FEMININE:
        return f"de la {text}"
    if word in _MASCULINE:
        return f"del {text}"
    return f"de {text}"


def as_tuple(value) -> tuple:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(value)


@dataclass(frozen=True)
class Signer:
    name: str  # with the professional title: "Prof. Julián Quispe Huamán"
    post: str  # "ALCALDE", "SECRETARIA GENERAL"


@dataclass(frozen=True)
class Annulment:
    """Makes render_instrument() print the ANULADO version."""

    reason: str
    annulled_by: str = ""  # "RESOLUCIÓN DE ALCALDÍA N° 050-2026-MDP/A"
    date_text: str = ""  # "30 de noviembre de 2026"


@dataclass(frozen=True)
class Certification:
    """Makes render_instrument() print a certified copy."""

    certifier: Signer  # the Secretario General
    place_date: str  # "Pisac, 22 de noviembre de 2026"
    requested_by: str = ""  # "Gerencia de Desarrollo Social", "Regidora Nilda Huamán Ttito"
    copy_number: int | None = None  # copy 2 ...
    copy_count: int | None = None  # ... of 3
    document_date: str = ""  # the original's date: "2 de enero de 2025"
    # The official name of the year of the certificate's own date, printed atop the pages that
    # hold the certificate alone (None: the original's, on every page).
    year_name: str | None = None


@dataclass(frozen=True)
class InstrumentDoc:
    letterhead: Letterhead
    title: str  # "RESOLUCIÓN DE ALCALDÍA N° 045-2026-MDP/A"
    place_date: str  # "Pisac, 21 de noviembre de 2026"
    style: InstrumentStyle = "resolution"
    summary: str = ""  # sumilla; for an ordinance or a directive, also its name
    issuer: str = ""  # "EL ALCALDE DE LA MUNICIPALIDAD DISTRITAL DE PISAC"
    seen: str = ""  # VISTO (ordinances: POR CUANTO)
    whereas: tuple[str, ...] = ()  # CONSIDERANDO paragraphs, each "Que, ..."
    legal_basis: str = ""  # "Estando a lo expuesto y en uso de las atribuciones ..."
    articles: tuple[tuple[str, str], ...] = ()  # ("ARTÍCULO PRIMERO.-", "Text"); directive:
    # ("I. FINALIDAD", "Text") or ("OBJETIVO", "Text") -> numbered by position (reports/directive.py)
    closing: str = ""  # "REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE."
    signers: tuple[Signer, ...] = ()
    copy_to: tuple[str, ...] = ()  # units for "c.c."
    references: str = ""  # "Expediente N° 2026-001234"
    operative_heading: str | None = None  # overrides "SE RESUELVE:" / "ACUERDA:" / ...
    seen_heading: str | None = None  # overrides "VISTO:" (e.g. "VISTOS:")
    operative_title: str = ""  # ordinance: its name under "HA DADO LA SIGUIENTE:" (default:
    # the summary when it starts with "Ordenanza"; with no name: "HA DADO LA SIGUIENTE ORDENANZA:")
    annulment: Annulment | None = None
    certification: Certification | None = None
    verification: str | None = None  # "MDP-7K3Q-9XW2": printed with its QR in the footer
    draft: bool = False  # a proof: BORRADOR across every page and no signature block
    approval: str = ""  # a directive: "Aprobada por Resolución de Gerencia Municipal N° … de fecha …"

    def __post_init__(self):
        if self.style not in HEADINGS:
            raise ValueError(f"Estilo de documento desconocido: {self.style!r} "
                             f"(uno de {', '.join(STYLES)}).")
        # Lists are welcome; stored as tuples so the document stays immutable.
        object.__setattr__(self, "whereas", as_tuple(self.whereas))
        object.__setattr__(self, "articles", tuple(tuple(a) for a in as_tuple(self.articles)))
        object.__setattr__(self, "signers", as_tuple(self.signers))
        object.__setattr__(self, "copy_to", as_tuple(self.copy_to))


BODY_SIZE = 11.5


BODY_LEADING = 15.2


@lru_cache(maxsize=1)
def document_styles() -> dict[str, ParagraphStyle]:
    """Built once (callers never change them)."""
    register_fonts()
    body = ParagraphStyle("instrument_body", fontName=SERIF, fontSize=BODY_SIZE,
                          leading=BODY_LEADING, alignment=TA_JUSTIFY, spaceAfter=6,
                          splitLongWords=1, allowWidows=0, allowOrphans=0)
    return {
        "body": body,
        "title": ParagraphStyle("instrument_title", parent=body, fontName=SERIF_BOLD,
                                fontSize=13.5, leading=17, alignment=TA_CENTER, spaceAfter=2),
        "place_date": ParagraphStyle("place_date", parent=body, alignment=TA_CENTER,
                                     spaceAfter=10),
        "summary": ParagraphStyle("summary", parent=body, fontName=SERIF_ITALIC, fontSize=10,
                                  leading=13, spaceAfter=0, alignment=TA_LEFT),
        "issuer": ParagraphStyle("issuer", parent=body, fontName=SERIF_BOLD, alignment=TA_LEFT,
                                 spaceBefore=4, spaceAfter=8),
        "heading": ParagraphStyle("heading", parent=body, fontName=SERIF_BOLD, alignment=TA_LEFT,
                                  spaceBefore=4, spaceAfter=4),
        "centred_heading": ParagraphStyle("centred_heading", parent=body, fontName=SERIF_BOLD,
                                          alignment=TA_CENTER, spaceBefore=2, spaceAfter=8),
        "closing": ParagraphStyle("closing", parent=body, fontName=SERIF_BOLD,
                                  alignment=TA_CENTER, spaceBefore=8, spaceAfter=0),
        "signer_name": ParagraphStyle("signer_name", parent=body, fontName=SERIF_BOLD,
                                      fontSize=10.5, leading=13, alignment=TA_CENTER,
                                      spaceAfter=0),
        "signer_post": ParagraphStyle("signer_post", parent=body, fontSize=10, leading=12.5,
                                      alignment=TA_CENTER, spaceAfter=0),
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10, alignment=TA_LEFT,
                                spaceAfter=0),
        "note": ParagraphStyle("note", parent=body, fontSize=10, leading=13,
                               spaceAfter=2, textColor=ANNULLED_RED),
        "cert": ParagraphStyle("cert", parent=body, fontSize=10.5, leading=14, spaceAfter=4),
        "cert_date": ParagraphStyle("cert_date", parent=body, fontSize=10.5, leading=14,
                                    alignment=TA_RIGHT, spaceAfter=0),
        "cell": ParagraphStyle("sheet_cell", fontName=SANS, fontSize=8.5, leading=10.5,
                               splitLongWords=1),
        "cell_header": ParagraphStyle("sheet_cell_header", fontName=SANS_BOLD, fontSize=8.5,
                                      leading=10.5, alignment=TA_CENTER),
        "info": ParagraphStyle("info", parent=body, fontSize=10.5, leading=14, alignment=TA_LEFT,
                               spaceAfter=2),
    }


def split_lines(text: str | None) -> list[str]:
    """The non-empty lines of `text`, each one a paragraph of its own."""
    return [line.strip() for line in re.split(r"\r\n|\r|\n", text or "") if line.strip()]


@lru_cache(maxsize=64)
def _inner(style: ParagraphStyle) -> ParagraphStyle:
    """Lines of one text (items of a list, sub-paragraphs) sit closer than separate texts."""
    return ParagraphStyle(f"{style.name}_inner", parent=style, spaceAfter=min(style.spaceAfter, 2))


def paragraph_blocks(text: str | None, style: ParagraphStyle, lead: str = "") -> list[Flowable]:
    """One paragraph per line (linear in its length however long); `lead` (markup) opens the
    first one."""
    lines = split_lines(text)
    if not lines:
        return [Paragraph(lead.strip(), style)] if lead else []
    inner = _inner(style)
    markup = [f"{lead}{escape(lines[0])}"] + [escape(line) for line in lines[1:]]
    last = len(markup) - 1
    return [paragraph(m, style if n == last else inner) for n, m in enumerate(markup)]


def heading_block(markup: str, style: ParagraphStyle) -> list[Flowable]:
    """A heading that never ends a page: it starts a new one unless it and about three lines
    of what follows fit. (keepWithNext would carry a whole long paragraph to the next page.)"""
    return [CondPageBreak(style.leading + style.spaceBefore + style.spaceAfter
                          + 3 * BODY_LEADING + 6),
            Paragraph(markup, style)]


def frame_size() -> tuple[float, float]:
    margins = letterhead_margins(Letterhead("x", year_name="x"))
    return A4[0] - margins.left - margins.right, A4[1] - margins.top - margins.bottom


def signature_block(signers: Sequence[Signer], st: dict[str, ParagraphStyle] | None = None,
                    space: float = 22 * mm) -> list[Flowable]:
    """Room to sign and seal, a line, the name, the post: one table per row of at most two
    signers (an odd last one centred on its own). Other official documents use it too."""
    st = st or document_styles()
    signers = [s for s in signers if one_line(s.name) or one_line(s.post)]
    tables: list[Flowable] = []
    for start in range(0, len(signers), 2):
        group = signers[start:start + 2]
        width = 78 * mm if len(signers) == 1 else 70 * mm
        gap = 14 * mm
        names, posts, widths = [], [], []
        commands: list[tuple] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 2),
            ("RIGHTPADDING", (0, 0), (-1, -1), 2),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
        for n, signer in enumerate(group):
            if n:
                names.append("")
                posts.append("")
                widths.append(gap)
            col = len(names)
            names.append(Paragraph(escape(one_line(signer.name)), st["signer_name"]))
            posts.append(Paragraph(escape(one_line(signer.post)), st["signer_post"]))
            widths.append(width)
            commands.append(("LINEABOVE", (col, 1), (col, 1), 0.8, colors.black))
            commands.append(("TOPPADDING", (col, 1), (col, 1), 3))
        table = Table([[""] * len(names), names, posts], colWidths=widths,
                      rowHeights=[space if start == 0 else space + 6 * mm, None, None],
                      hAlign="CENTER", splitInRow=1)
        table.setStyle(TableStyle(commands))
        tables.append(table)
    return tables
