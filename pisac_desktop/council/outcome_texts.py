"""The texts of the acuerdo, resolución de concejo or ordenanza drafted from an approved agenda
item: the VISTO citing the item's dictamen and informes, the ordinance's POR CUANTO naming the
session and the vote, and the legal basis naming the session and the vote.

Each fills a template default (Configuración › Tipos de documento) that the clerk edits in the
draft before issuing it. Plain text in, plain text out: no database here.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Where a kind's legal basis template says "in session" without saying which (the defaults of
# instruments/register.py), the draft names the session and the vote. A template edited so that
# it holds none of these is left as written.
SESSION_PHRASES = ("en sesión, con la votación que consta en el acta,", "en sesión de concejo")
VOTE_PHRASE = "con el voto de sus miembros"
DISPENSED_PHRASES = (" y con dispensa del trámite de lectura y aprobación del acta",
                     ", con dispensa del trámite de lectura y aprobación del acta")

_FEMININE = {"opinion", "carta", "nota", "resolucion", "hoja", "memoria", "constancia", "acta",
             "ordenanza", "directiva"}
_ARTICLES = ("el ", "la ", "los ", "las ")
# A reference typed as a bare number ("003-2026-CPP/MDP", "N° 003-2026-CPP/MDP").
_NUMBER_SIGN = re.compile(r"^(?:N\.?\s*[°º]|Nro\.?\s|No\.\s)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class ItemPapers:
    """The papers behind an agenda item, as typed (free text references)."""

    committee_report: str = ""  # dictamen de la comisión
    technical_report: str = ""  # informe técnico
    legal_report: str = ""  # informe legal


# The noun a bare number is cited with.
NOUNS = (("committee_report", "Dictamen"), ("technical_report", "Informe"),
         ("legal_report", "Informe Legal"))


def _fold(word: str) -> str:
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def cited(reference: str, noun: str) -> str:
    """'Dictamen N° 003-2026-CPP/MDP' -> 'el Dictamen N° 003-2026-CPP/MDP'; a bare number is
    cited with its noun ('003-2026-OAJ/MDP' -> 'el Informe Legal N° 003-2026-OAJ/MDP'); ''
    for nothing typed."""
    text = " ".join(reference.split()).rstrip(" ;,.")
    if not text:
        return ""
    bare = _NUMBER_SIGN.sub("", text)
    if bare != text or text[0].isdigit():
        text = f"{noun} N° {bare}"
    if text.lower().startswith(_ARTICLES):
        return text[0].lower() + text[1:]
    article = "la" if _fold(text.split()[0]) in _FEMININE else "el"
    return f"{article} {text}"


def papers_cited(papers: ItemPapers) -> list[str]:
    return [c for name, noun in NOUNS if (c := cited(getattr(papers, name), noun))]


def join_spanish(parts: list[str]) -> str:
    """'a', 'a y b', 'a, b y c'."""
    if len(parts) < 2:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} y {parts[-1]}"


def _capitalized(text: str) -> str:
    return text[:1].upper() + text[1:]


def seen_text(papers: ItemPapers, position: int, session_name: str, when: str, title: str,
              detail: str = "") -> str:
    """The VISTO of an acuerdo or resolución de concejo: 'El Dictamen N° … de la Comisión …,
    el Informe N° …, el Informe Legal N° …, y el punto 3 de la agenda de la Sesión Ordinaria
    N° 05-2026, de fecha …: «…»;'."""
    point = (f"el punto {position} de la agenda de la {session_name}, de fecha {when}: "
             f"«{title}»" + (f"; {detail}" if detail else ""))
    papers_text = papers_cited(papers)
    text = f"{', '.join(papers_text)}, y {point}" if papers_text else point
    return _capitalized(text) + ";"


def council_of(institution_name: str) -> str:
    """'El Concejo Municipal de la Municipalidad Distrital de Pisac'."""
    name = " ".join(institution_name.split())
    of = "de la" if _fold(name).startswith("municipalidad") else "de"
    return f"El Concejo Municipal {of} {name}" if name else "El Concejo Municipal"


def whereby_text(institution_name: str, session_name: str, when: str, vote: str, position: int,
                 title: str, papers: ItemPapers) -> str:
    """An ordinance's POR CUANTO: 'El Concejo Municipal de la Municipalidad Distrital de Pisac,
    en Sesión Ordinaria N° 05-2026 de fecha …, por UNANIMIDAD, aprobó el punto 3 de su agenda:
    «…», visto el Dictamen N° …, el Informe N° … y el Informe Legal N° …; y,'."""
    text = (f"{council_of(institution_name)}, en {session_name} de fecha {when}, {vote}, "
            f"aprobó el punto {position} de su agenda: «{title}»")
    papers_text = papers_cited(papers)
    if papers_text:
        text += f", visto {join_spanish(papers_text)}"
    return text + "; y,"


def basis_text(template: str, session_name: str, when: str, vote: str,
               dispensed: bool) -> str:
    """The kind's legal basis with the session and the vote where the template leaves them
    open ('en sesión de concejo' -> 'en Sesión Ordinaria N° 05-2026 de fecha …, por
    UNANIMIDAD,'); the dispensa del trámite de lectura y aprobación del acta only when it was
    granted. A template without those words is returned as written."""
    text = template
    for phrase in SESSION_PHRASES:
        if phrase in text:
            text = text.replace(phrase, f"en {session_name} de fecha {when}, {vote},", 1)
            break
    else:
        text = text.replace(VOTE_PHRASE, vote, 1)
    if not dispensed:
        for phrase in DISPENSED_PHRASES:
            text = text.replace(phrase, "")
    return text
