"""The kinds of numbered documents (Tipos de documento): their defaults per DOMAIN.md section 2
(title, number format, signer, issuer, closing, template considerandos and legal basis), the
settings an administrator may change, and which office numbers each."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.audit import diff, record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import (
    PARAGRAPH_MAX,
    length_error,
)
from pisac_desktop.db.models import (
    InstrumentKind,
)
from pisac_desktop.db.write_lock import writes
from pisac_desktop.instruments import directives

MODULE_PERMISSION = {"secretaria": Permission.SECRETARIA_INSTRUMENTS,
                     "gerencia": Permission.GERENCIA_INSTRUMENTS}


STANDARD_CLOSING = "REGÍSTRESE, COMUNÍQUESE Y CÚMPLASE."


PUBLISH_CLOSING = "REGÍSTRESE, COMUNÍQUESE, PUBLÍQUESE Y CÚMPLASE."


LEGAL_BASIS = ("Estando a lo expuesto y en uso de las atribuciones conferidas por el numeral 6 "
               "del artículo 20 de la Ley N° 27972, Ley Orgánica de Municipalidades;")


WHEREAS_194 = ("Que, conforme al artículo 194 de la Constitución Política del Perú, modificado "
               "por la Ley N° 30305, las municipalidades provinciales y distritales son los "
               "órganos de gobierno local que tienen autonomía política, económica y "
               "administrativa en los asuntos de su competencia;")


WHEREAS_LOM = ("Que, el artículo II del Título Preliminar de la Ley N° 27972, Ley Orgánica de "
               "Municipalidades, establece que la autonomía que la Constitución Política del "
               "Perú otorga a las municipalidades radica en la facultad de ejercer actos de "
               "gobierno, administrativos y de administración, con sujeción al ordenamiento "
               "jurídico;")


@dataclass(frozen=True)
class KindDefault:
    code: str
    title: str
    plural: str
    short: str
    number_format: str
    signer_post: str
    issuer: str
    closing: str
    must_publish: bool
    module: str
    style: str
    legal_basis: str = LEGAL_BASIS


# Each kind's legal basis (a template default, editable in Tipos de documento): a resolución de
# concejo rests on the council's powers (LOM arts. 9 and 39-41), not the alcalde's (art. 20);
# a resolución de gerencia on the alcalde's delegation (LOM art. 20 num. 20; TUO Ley 27444
# art. 78), not on "facultades delegadas por el ROF".
COUNCIL_RESOLUTION_BASIS = (
    "Estando a lo acordado por el Concejo Municipal en sesión, con la votación que consta en el "
    "acta, y en uso de las atribuciones conferidas por el artículo 9 y los artículos 39 al 41 de "
    "la Ley N° 27972, Ley Orgánica de Municipalidades;")


MANAGEMENT_RESOLUTION_BASIS = (
    "Estando a lo expuesto y en uso de las facultades delegadas por el Alcalde mediante "
    "resolución de alcaldía, conforme al numeral 20 del artículo 20 de la Ley N° 27972, Ley "
    "Orgánica de Municipalidades, y al artículo 78 del Texto Único Ordenado de la Ley N° 27444, "
    "Ley del Procedimiento Administrativo General;")


# The defaults they replace (a database that still has them gets the new ones: migration 0006).
OLD_MANAGEMENT_RESOLUTION_BASIS = (
    "Estando a lo expuesto y en uso de las facultades delegadas a la Gerencia Municipal por el "
    "Reglamento de Organización y Funciones y la Ley N° 27972, Ley Orgánica de Municipalidades;")


_MAYOR = "{el_cargo} DE LA {institucion}"


_COUNCIL = "EL CONCEJO MUNICIPAL DE LA {institucion}"


# DOMAIN.md section 2. Number formats use {titulo}, {numero}, {anio}, {siglas}.
DEFAULT_KINDS: tuple[KindDefault, ...] = (
    KindDefault("ORDINANCE", "ORDENANZA MUNICIPAL", "Ordenanzas Municipales", "OM",
                "{titulo} N° {numero:03d}-{anio}-{siglas}/CM", "MAYOR", _MAYOR, PUBLISH_CLOSING,
                True, "secretaria", "ordinance",
                "En uso de las facultades conferidas por el numeral 8 del artículo 9 y el "
                "artículo 40 de la Ley N° 27972, Ley Orgánica de Municipalidades, el Concejo "
                "Municipal, con el voto de sus miembros y con dispensa del trámite de lectura y "
                "aprobación del acta;"),
    KindDefault("COUNCIL_AGREEMENT", "ACUERDO DE CONCEJO", "Acuerdos de Concejo", "AC",
                "{titulo} N° {numero:03d}-{anio}-{siglas}/CM", "MAYOR", _COUNCIL,
                STANDARD_CLOSING, False, "secretaria", "agreement",
                "Estando a lo acordado en sesión de concejo y en uso de las atribuciones "
                "conferidas por el artículo 41 de la Ley N° 27972, Ley Orgánica de "
                "Municipalidades;"),
    KindDefault("COUNCIL_RESOLUTION", "RESOLUCIÓN DE CONCEJO", "Resoluciones de Concejo", "RC",
                "{titulo} N° {numero:03d}-{anio}-{siglas}/CM", "MAYOR", _COUNCIL,
                STANDARD_CLOSING, False, "secretaria", "resolution", COUNCIL_RESOLUTION_BASIS),
    KindDefault("MAYOR_DECREE", "DECRETO DE ALCALDÍA", "Decretos de Alcaldía", "DA",
                "{titulo} N° {numero:03d}-{anio}-{siglas}/A", "MAYOR", _MAYOR, PUBLISH_CLOSING,
                True, "secretaria", "decree",
                "Estando a lo expuesto y en uso de las atribuciones conferidas por el numeral 6 "
                "del artículo 20 y el artículo 42 de la Ley N° 27972, Ley Orgánica de "
                "Municipalidades;"),
    KindDefault("MAYOR_RESOLUTION", "RESOLUCIÓN DE ALCALDÍA", "Resoluciones de Alcaldía", "RA",
                "{titulo} N° {numero:03d}-{anio}-{siglas}/A", "MAYOR", _MAYOR, STANDARD_CLOSING,
                False, "secretaria", "resolution"),
    KindDefault("MANAGEMENT_RESOLUTION", "RESOLUCIÓN DE GERENCIA MUNICIPAL",
                "Resoluciones de Gerencia Municipal", "RGM",
                "{titulo} N° {numero:03d}-{anio}-GM-{siglas}", "MUNICIPAL_MANAGER", _MAYOR,
                STANDARD_CLOSING, False, "gerencia", "resolution", MANAGEMENT_RESOLUTION_BASIS),
    KindDefault("DIRECTIVE", "DIRECTIVA", "Directivas", "DIR",
                "{titulo} N° {numero:03d}-{anio}-GM-{siglas}", "MUNICIPAL_MANAGER", _MAYOR, "",
                False, "gerencia", "directive", directives.DEFAULT_LEGAL_BASIS),
)


def ensure_instrument_kinds(session: Session) -> None:
    """Add the default kinds that are missing (new database, or one from an older version)."""
    have = set(session.scalars(select(InstrumentKind.code)))
    for pos, k in enumerate(DEFAULT_KINDS):
        if k.code in have:
            continue
        whereas = [] if k.style == "directive" else [WHEREAS_194, WHEREAS_LOM]
        session.add(InstrumentKind(
            code=k.code, title=k.title, plural=k.plural, short=k.short,
            number_format=k.number_format, signer_post=k.signer_post, issuer=k.issuer,
            closing=k.closing, must_publish=k.must_publish, module=k.module, style=k.style,
            template_whereas=json.dumps(whereas, ensure_ascii=False),
            template_legal_basis=k.legal_basis, position=pos,
        ))
    session.flush()


INSTRUMENT_MODULES = ("secretaria", "gerencia")


def kinds(session: Session, module: str | None = None) -> list[InstrumentKind]:
    """The kinds of normative documents (of one office, or all); the summonses' numbering
    kind (module 'council') is not one of them."""
    query = select(InstrumentKind).order_by(InstrumentKind.position)
    query = query.where(InstrumentKind.module.in_((module,) if module else INSTRUMENT_MODULES))
    return list(session.scalars(query))


def get_kind(session: Session, code: str) -> InstrumentKind:
    kind = session.get(InstrumentKind, code)
    if kind is None:
        raise DomainError(f"No existe el tipo de documento «{code}».")
    return kind


def require_kind(session: Session, actor: Actor, kind: InstrumentKind) -> None:
    require(actor, MODULE_PERMISSION[kind.module], session)


def format_number(kind: InstrumentKind, number: int, year: int, initials: str) -> str:
    return kind.number_format.format(titulo=kind.title, numero=number, anio=year,
                                     siglas=initials)


@dataclass
class KindSettings:
    """A kind's editable settings, as typed."""

    number_format: str = ""
    signer_post: str = "MAYOR"
    closing: str = ""
    must_publish: bool = False
    template_whereas: list[str] = field(default_factory=list)
    template_legal_basis: str = ""


def kind_settings(kind: InstrumentKind) -> KindSettings:
    return KindSettings(kind.number_format, kind.signer_post, kind.closing, kind.must_publish,
                        json.loads(kind.template_whereas or "[]"), kind.template_legal_basis)


def kind_settings_of(session: Session, code: str) -> KindSettings:
    return kind_settings(get_kind(session, code))


def kind_short(session: Session, code: str) -> str:
    """The kind's short name used in file names (RA)."""
    return get_kind(session, code).short


@writes
def save_kind_settings(session: Session, actor: Actor, code: str, form: KindSettings) -> None:
    """Change a kind's number format, signer, closing, publication rule and template. Already
    issued documents keep what they were issued with."""
    from pisac_desktop.core.institution import POSTS

    require(actor, Permission.EDIT_INSTRUMENT_KINDS, session)
    kind = get_kind(session, code)
    errors = []
    fmt = form.number_format.strip()
    try:
        sample = fmt.format(titulo=kind.title, numero=45, anio=2026, siglas="MDP")
    except (KeyError, IndexError, ValueError) as exc:
        errors.append(FieldError("number_format", f"El formato no es válido ({exc}). Use "
                                 "{titulo}, {numero:03d}, {anio} y {siglas}."))
    else:
        if "{numero" not in fmt or "{anio}" not in fmt:
            errors.append(FieldError("number_format", "El formato debe incluir {numero:03d} y "
                                                      "{anio}: el número se reinicia cada año."))
        elif len(sample) > 200:
            errors.append(FieldError("number_format", "El número resultante es demasiado largo."))
    if form.signer_post not in POSTS:
        errors.append(FieldError("signer_post", "Elija el cargo que firma."))
    if len(form.closing.strip()) > 200:
        errors.append(FieldError("closing", "La fórmula final tiene como máximo 200 caracteres."))
    for number, text in enumerate(clean_list(form.template_whereas), start=1):
        if message := length_error(text, PARAGRAPH_MAX, f"El párrafo {number} de la plantilla"):
            errors.append(FieldError("template_whereas", message))
    if message := length_error(form.template_legal_basis, PARAGRAPH_MAX, "La base legal"):
        errors.append(FieldError("template_legal_basis", message))
    if errors:
        raise ValidationFailed(errors)
    before = _kind_snapshot(kind_settings(kind))
    kind.number_format = fmt
    kind.signer_post = form.signer_post
    kind.closing = form.closing.strip()
    kind.must_publish = bool(form.must_publish)
    kind.template_whereas = json.dumps(clean_list(form.template_whereas), ensure_ascii=False)
    kind.template_legal_basis = form.template_legal_basis.strip()
    changes = diff(before, _kind_snapshot(kind_settings(kind)))
    if changes:
        record(session, actor, "settings_change", "instrument_kind", code, changes)


def _kind_snapshot(k: KindSettings) -> dict:
    return {"formato del número": k.number_format, "firma": k.signer_post,
            "fórmula final": k.closing, "se publica": k.must_publish,
            "plantilla de considerandos": "\n".join(k.template_whereas),
            "plantilla de base legal": k.template_legal_basis}


def clean_list(items: list[str]) -> list[str]:
    return [i.strip() for i in items if i.strip()]
