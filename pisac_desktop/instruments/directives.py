"""Directivas: a directive is not a resolution. Its content is eight fixed sections (I. FINALIDAD
... VIII. DISPOSICIONES COMPLEMENTARIAS) and it is approved by a Resolución de Gerencia
Municipal chosen from the register.

Storage, without a schema change: the instrument's `articles` JSON holds [heading, text] pairs
with the fixed headings, in their order (empty sections are not stored). Drafts written before
(a list of "OBJETIVO: text" paragraphs) are still read: each paragraph goes to the section its
heading names, anything else to DISPOSICIONES GENERALES as typed (nothing is lost); an issued
one prints as it was issued. The approving resolution is an InstrumentLink from the directive
(draft or issued) to the resolution, relation APPROVED_BY: set by the directive's drafting form,
frozen with it at issue, recorded in the audit trail.

This module does not import domain.instruments (which imports it).
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.errors import FieldError
from pisac_desktop.core.validators import SECTION_MAX, length_error
from pisac_desktop.db.models import Instrument, InstrumentLink
from pisac_desktop.db.models.instruments import ANNULLED, DRAFT, ISSUED
from pisac_desktop.spanish.dates import long_date, short_date
from pisac_desktop.spanish.ordinals import roman

STYLE = "directive"
APPROVED_BY = "approved_by"  # InstrumentLink.relation: directive -> its approving resolution
APPROVING_KIND = "MANAGEMENT_RESOLUTION"


@dataclass(frozen=True)
class Section:
    heading: str
    required: bool
    hint: str  # what goes in it (the form's placeholder)
    aliases: tuple[str, ...] = ()  # headings of older drafts that mean this section


SECTIONS: tuple[Section, ...] = (
    Section("FINALIDAD", True,
            "Para qué se dicta: p. ej. «Contar con un instrumento que regule el uso adecuado de "
            "los vehículos de la Municipalidad Distrital de Pisac».", ("finalidades",)),
    Section("OBJETIVO", True,
            "Qué establece: p. ej. «Establecer las normas y procedimientos para el uso, control "
            "y mantenimiento de los vehículos…».", ("objetivos", "objeto")),
    Section("ALCANCE", True,
            "A quiénes obliga: p. ej. «Es de cumplimiento obligatorio para todas las unidades "
            "orgánicas de la municipalidad».", ("ambito de aplicacion",)),
    Section("BASE LEGAL", True,
            "Una norma por línea: «Constitución Política del Perú.», «Ley N° 27972, Ley "
            "Orgánica de Municipalidades.», …",
            ("marco legal", "marco normativo", "base normativa")),
    Section("DISPOSICIONES GENERALES", True,
            "Un numeral por línea, con el número que lleva: «5.1 …», «5.2 …», «5.2.1 …».",
            ("disposicion general",)),
    Section("DISPOSICIONES ESPECÍFICAS", True,
            "Un numeral por línea, con el número que lleva: «6.1 …», «6.2 …».",
            ("disposicion especifica", "procedimiento", "procedimientos")),
    Section("RESPONSABILIDADES", True,
            "Quién hace cumplir qué: «7.1 La Gerencia Municipal…», «7.2 Los jefes de las "
            "unidades orgánicas…».", ("responsabilidad",)),
    Section("DISPOSICIONES COMPLEMENTARIAS", False,
            "Opcional: vigencia, casos no previstos, derogación: «8.1 La presente directiva "
            "entra en vigencia…».",
            ("disposiciones complementarias y finales", "disposiciones finales",
             "disposicion complementaria", "disposiciones transitorias")),
)
HEADINGS: tuple[str, ...] = tuple(s.heading for s in SECTIONS)
GENERAL = "DISPOSICIONES GENERALES"  # where an older draft's unrecognised paragraphs go

# The BASE LEGAL of a new directive (the kind's editable template in Tipos de documento).
DEFAULT_LEGAL_BASIS = "\n".join((
    "4.1 Constitución Política del Perú.",
    "4.2 Ley N° 27972, Ley Orgánica de Municipalidades.",
    "4.3 Texto Único Ordenado de la Ley N° 27444, Ley del Procedimiento Administrativo General, "
    "aprobado por Decreto Supremo N° 004-2019-JUS.",
    "4.4 Reglamento de Organización y Funciones (ROF) de la Municipalidad Distrital de Pisac.",
))


def is_directive(kind) -> bool:
    return kind is not None and getattr(kind, "style", None) == STYLE


def numbered(heading: str) -> str:
    """'V. DISPOSICIONES GENERALES': a fixed section keeps its number even if one before it is
    still empty (a draft's proof)."""
    return f"{roman(HEADINGS.index(heading) + 1)}. {heading}"


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c))
                    .casefold().split())


_BY_NAME = {_fold(name): s.heading for s in SECTIONS for name in (s.heading, *s.aliases)}
# An older draft's paragraph: "OBJETIVO: text", also "II. OBJETIVO: text".
_LEGACY = re.compile(r"^(?:[IVXLC]+\s*[.)-]\s*)?([A-ZÁÉÍÓÚÑ][A-ZÁÉÍÓÚÑ ,]{2,80}):\s*(.*)$",
                     re.DOTALL)


def _is_pairs(data: list) -> bool:
    return bool(data) and all(isinstance(item, list) and len(item) == 2 for item in data)


def _load(articles_json: str) -> list:
    try:
        data = json.loads(articles_json or "[]")
    except ValueError:
        return []
    return data if isinstance(data, list) else []


def legacy_sections(paragraphs: list[str]) -> dict[str, str]:
    """An older draft's paragraphs sorted into the eight sections (see the module doc)."""
    sections = dict.fromkeys(HEADINGS, "")

    def add(heading: str, text: str) -> None:
        text = text.strip()
        if text:
            sections[heading] = f"{sections[heading]}\n{text}" if sections[heading] else text

    for paragraph in paragraphs:
        match = _LEGACY.match(str(paragraph).strip())
        heading = _BY_NAME.get(_fold(match.group(1))) if match else None
        if heading:
            add(heading, match.group(2))
        else:
            add(GENERAL, str(paragraph))
    return sections


def with_legacy(sections: Mapping[str, str], paragraphs: list[str]) -> dict[str, str]:
    """The sections typed, plus what a caller of the older kind passed as articles ("OBJETIVO:
    text" paragraphs) added to the section it names: neither is dropped."""
    merged = legacy_sections(paragraphs) if paragraphs else dict.fromkeys(HEADINGS, "")
    for heading, text in sections.items():
        if text.strip():
            merged[heading] = "\n".join(t for t in (text.strip(), merged.get(heading, "")) if t)
    return merged


def read_sections(articles_json: str) -> dict[str, str]:
    """The eight sections of a stored directive (older format included), each '' if empty."""
    data = _load(articles_json)
    if not _is_pairs(data):
        return legacy_sections([str(item) for item in data])
    sections = dict.fromkeys(HEADINGS, "")
    for heading, text in data:
        if heading in sections:
            sections[heading] = str(text)
        else:  # never written by this version; kept rather than dropped
            sections[GENERAL] = "\n".join(t for t in (sections[GENERAL], f"{heading}: {text}")
                                          if t)
    return sections


def clean_sections(sections: Mapping[str, str]) -> dict[str, str]:
    """The eight fixed headings in order, texts without blank ends (unknown keys are refused
    by section_errors)."""
    return {h: (sections.get(h) or "").strip() for h in HEADINGS}


def encode_sections(sections: Mapping[str, str]) -> str:
    """The `articles` JSON of a directive: [heading, text] pairs, in order, non-empty only."""
    pairs = [[h, t] for h, t in clean_sections(sections).items() if t]
    return json.dumps(pairs, ensure_ascii=False)


def printed_sections(articles_json: str) -> list[tuple[str, str]]:
    """(numbered heading, text) as the paper shows them. An older directive prints as it was
    issued: its paragraphs in their order, 'OBJETIVO: text' as a section numbered by position."""
    data = _load(articles_json)
    if _is_pairs(data):
        sections = read_sections(articles_json)
        return [(numbered(h), t) for h, t in sections.items() if t.strip()]
    printed = []
    for n, text in enumerate(data, start=1):
        match = _LEGACY.match(str(text))
        printed.append((f"{roman(n)}. {match.group(1)}", match.group(2)) if match
                       else ("", str(text)))
    return printed


def section_errors(sections: Mapping[str, str]) -> list[FieldError]:
    errors = [FieldError("sections", f"Sección desconocida en una directiva: «{key}».")
              for key in sections if key not in HEADINGS]
    for heading, text in clean_sections(sections).items():
        if message := length_error(text, SECTION_MAX, f"La sección {numbered(heading)}"):
            errors.append(FieldError("sections", message))
    return errors


def missing_sections(sections: Mapping[str, str]) -> list[str]:
    """'Falta la sección I. FINALIDAD.' for each required section still empty."""
    cleaned = clean_sections(sections)
    return [f"Falta la sección {numbered(s.heading)}." for s in SECTIONS
            if s.required and not cleaned[s.heading]]


# --- the approving resolution ---------------------------------------------------------------

def approval_of(session: Session, directive_id: int | None) -> Instrument | None:
    """The Resolución de Gerencia Municipal that approves the directive (None: not chosen)."""
    if directive_id is None:
        return None
    target = session.scalar(select(InstrumentLink.to_id).where(
        InstrumentLink.from_id == directive_id, InstrumentLink.relation == APPROVED_BY))
    return session.get(Instrument, target) if target is not None else None


def approval_error(session: Session, resolution_id: int | None,
                   directive_id: int | None) -> FieldError | None:
    """A resolution may be chosen if it is an issued Resolución de Gerencia Municipal; the one
    already recorded may stay even if annulled since (issue_problems says so)."""
    if resolution_id is None:
        return None
    current = approval_of(session, directive_id)
    if current is not None and current.id == resolution_id:
        return None
    chosen = session.get(Instrument, resolution_id)
    if chosen is None:
        return FieldError("approved_by", "La resolución que aprueba la directiva ya no existe.")
    if chosen.kind_code != APPROVING_KIND:
        return FieldError("approved_by", "Una directiva se aprueba por Resolución de Gerencia "
                                         "Municipal: elija una del registro.")
    if chosen.state != ISSUED:
        state = "anulada" if chosen.state == ANNULLED else "aún no emitida"
        return FieldError("approved_by", f"La resolución elegida está {state}: elija una "
                                         "resolución emitida y vigente.")
    return None


def form_errors(session: Session, kind, sections: Mapping[str, str],
                resolution_id: int | None, directive_id: int | None) -> list[FieldError]:
    """Sections typed for a kind that has none are refused, not dropped (the form changed kind
    after they were written); the approving resolution must be one that may approve."""
    if not is_directive(kind) and any(text.strip() for text in sections.values()):
        return [FieldError("sections", "Solo una directiva tiene secciones (FINALIDAD, OBJETIVO…)"
                                       ": vuelva al tipo Directiva, o borre el texto de la "
                                       "pestaña Secciones si no lo necesita.")]
    refused = approval_error(session, resolution_id, directive_id)
    return [refused] if refused else []


def set_approval(session: Session, directive: Instrument,
                 resolution_id: int | None) -> dict[str, list]:
    """Record (or change, or clear) the approving resolution of a draft; returns the audit
    changes ({} when unchanged). Call approval_error() first."""
    current = approval_of(session, directive.id)
    if (current.id if current else None) == resolution_id:
        return {}
    session.execute(InstrumentLink.__table__.delete().where(
        InstrumentLink.from_id == directive.id, InstrumentLink.relation == APPROVED_BY))
    if resolution_id is not None:
        session.add(InstrumentLink(from_id=directive.id, to_id=resolution_id,
                                   relation=APPROVED_BY))
    session.flush()
    chosen = session.get(Instrument, resolution_id) if resolution_id is not None else None
    return {"aprobada por": [current.number_text if current else None,
                             chosen.number_text if chosen else None]}


def approval_problems(session: Session, directive: Instrument) -> list[str]:
    """What keeps a directive from being issued as to its approval."""
    chosen = approval_of(session, directive.id)
    if chosen is None:
        return ["Falta la Resolución de Gerencia Municipal que aprueba la directiva (elíjala "
                "del registro en la pestaña Secciones)."]
    if chosen.state == ANNULLED:
        return [f"La {chosen.number_text}, que aprueba la directiva, fue anulada: elija la "
                "resolución vigente que la aprueba."]
    if chosen.state == DRAFT:  # not reachable through the form; a link made otherwise
        return ["La resolución que aprueba la directiva aún no se ha emitido."]
    if directive.doc_date < chosen.doc_date:
        return [f"La directiva tiene fecha {short_date(directive.doc_date)}, anterior a la de "
                f"la {chosen.number_text} que la aprueba ({short_date(chosen.doc_date)})."]
    return []


def running_number(instrument: Instrument) -> str:
    """'Resolución de Gerencia Municipal N° 015-2026-GM-MDP' (the number with its kind as
    running text, not in capitals)."""
    from pisac_desktop.instruments.detail import kind_label

    text, title = instrument.number_text or "", instrument.kind.title
    return kind_label(title) + text[len(title):] if text.startswith(title) else text


def approval_text(session: Session, directive: Instrument) -> str:
    """'Aprobada por Resolución de Gerencia Municipal N° 015-2026-GM-MDP de fecha 10 de marzo
    de 2026', as printed under the directive's name ('' when not chosen yet)."""
    chosen = approval_of(session, directive.id)
    if chosen is None or not chosen.number_text:
        return ""
    return f"Aprobada por {running_number(chosen)} de fecha {long_date(chosen.doc_date)}"


def approval_link_line(other: Instrument, approves: bool) -> str:
    """The line of the detail panel: on the resolution 'Aprueba la Directiva N° …', on the
    directive 'Aprobada por Resolución de Gerencia Municipal N° …, de fecha dd/mm/aaaa'."""
    if approves:
        if not other.number_text:
            return f"Aprueba el borrador de directiva «{' '.join(other.summary.split())}»"
        return f"Aprueba la {running_number(other)}"
    annulled = " (anulada)" if other.state == ANNULLED else ""
    return (f"Aprobada por {running_number(other)}, de fecha {short_date(other.doc_date)}"
            f"{annulled}")


@dataclass(frozen=True)
class ApprovalChoice:
    id: int
    number_text: str
    doc_date: dt.date
    summary: str
    annulled: bool = False

    @property
    def label(self) -> str:
        """'N° 015-2026-GM-MDP — 10/03/2026 — Aprobar la Directiva …' (type-ahead by number)."""
        number = self.number_text.split(" N° ", 1)[-1]
        summary = " ".join(self.summary.split())
        if len(summary) > 90:
            summary = summary[:89].rstrip() + "…"
        mark = " (anulada)" if self.annulled else ""
        return f"N° {number}{mark} — {short_date(self.doc_date)} — {summary}"


def approval_choices(session: Session, directive_id: int | None = None,
                     limit: int = 300) -> list[ApprovalChoice]:
    """Issued Resoluciones de Gerencia Municipal, newest first; the one already chosen is
    always among them (even if annulled since)."""
    rows = list(session.scalars(
        select(Instrument).where(Instrument.kind_code == APPROVING_KIND,
                                 Instrument.state == ISSUED)
        .order_by(Instrument.doc_date.desc(), Instrument.number.desc()).limit(limit)))
    current = approval_of(session, directive_id)
    if current is not None and current not in rows:
        rows.insert(0, current)
    return [ApprovalChoice(r.id, r.number_text or "", r.doc_date, r.summary,
                           r.state == ANNULLED) for r in rows]
