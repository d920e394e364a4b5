"""Normas y resoluciones: kinds, drafts, issue with the yearly number, and the later life of an
issued document (annulment, certified copies, publication, distribution, links).

An issued document is immutable: its content, number, date and signer never change again (a
guard on the ORM refuses it); what happens later is recorded in rows of its own, and every step
is permission-checked and audited.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import event, func, inspect, select
from sqlalchemy.orm import Session, object_session

from pisac_desktop.clock import naive_utc_of
from pisac_desktop.core.audit import diff, record
from pisac_desktop.core.content_seal import seal_changes
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import (
    get_institution,
    holder_on,
    post_label,
    signature_name,
    year_name_for,
    year_name_on,
)
from pisac_desktop.core.numbering import next_number, take_number
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import (
    DOCUMENT_MAX,
    LINE_MAX,
    PARAGRAPH_MAX,
    REASON_MAX,
    REFERENCES_MAX,
    SUMMARY_MAX,
    length_error,
    text_length,
    thousands,
)
from pisac_desktop.core.verification import VERIFY_CERTIFICATION, VERIFY_INSTRUMENT, give_code
from pisac_desktop.db.models import (
    Certification,
    DistributionReceipt,
    Instrument,
    InstrumentKind,
    InstrumentLink,
    InstrumentUnit,
    OrgUnit,
    Publication,
)
from pisac_desktop.db.models.instruments import ANNULLED, DRAFT, FROZEN_COLUMNS, ISSUED
from pisac_desktop.db.write_lock import get_for_update, writes
from pisac_desktop.instruments import directives
from pisac_desktop.instruments.delegation import (
    DELEGATED_KINDS,
    DELEGATION,
    delegation_errors,
    delegation_of,
    last_delegation,
    legal_basis_with,
    set_delegation,
)
from pisac_desktop.spanish.dates import long_date, parse_short_date, short_date
from pisac_desktop.spanish.ordinals import article_label

STATE_LABELS = {DRAFT: "Borrador", ISSUED: "Emitido", ANNULLED: "Anulado"}
LINK_LABELS = {"modifies": "modifica", "rectifies": "rectifica", "derogates": "deroga",
               "annuls": "anula"}
LINKED_BY_LABELS = {"modifies": "modificada por", "rectifies": "rectificada por",
                    "derogates": "derogada por", "annuls": "anulada por"}
# Links recorded by the drafting form, not chosen in Enlazar (instruments/delegation.py).
FORM_LINK_LABELS = {DELEGATION: "en uso de las facultades delegadas por"}
FORM_LINKED_BY_LABELS = {DELEGATION: "facultades delegadas invocadas por"}
MEDIUM_LABELS = {"newspaper": "Diario de avisos judiciales", "posters": "Carteles",
                 "website": "Portal web"}
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

# Issued content (FROZEN_COLUMNS) never changes after issue: the ORM guard below refuses it.


@event.listens_for(Instrument, "before_update")
def _issued_content_is_frozen(_mapper, _connection, target: Instrument) -> None:
    state = inspect(target)
    previous_state = state.attrs.state.history.deleted
    was = previous_state[0] if previous_state else target.state
    if was == DRAFT:
        return
    changed = [c for c in FROZEN_COLUMNS if state.attrs[c].history.has_changes()]
    if changed:
        raise DomainError(
            "Un documento emitido no se modifica: para corregirlo, emita otro que lo rectifique "
            f"o modifique. (Campos: {', '.join(changed)})"
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


def _kind(session: Session, code: str) -> InstrumentKind:
    kind = session.get(InstrumentKind, code)
    if kind is None:
        raise DomainError(f"No existe el tipo de documento «{code}».")
    return kind


def require_kind(session: Session, actor: Actor, kind: InstrumentKind) -> None:
    require(actor, MODULE_PERMISSION[kind.module], session)


def format_number(kind: InstrumentKind, number: int, year: int, initials: str) -> str:
    return kind.number_format.format(titulo=kind.title, numero=number, anio=year,
                                     siglas=initials)


def fold(text: str) -> str:
    """Lower case without accents: 'Resolución' and 'resolucion' are the same word."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# ----------------------------------------------------------------------------------------------
# Drafts


@dataclass
class DraftForm:
    """The drafting form as typed (dates as dd/mm/aaaa text, lists of paragraphs)."""

    kind_code: str = "MAYOR_RESOLUTION"
    doc_date: str = ""
    summary: str = ""
    seen: str = ""
    whereas: list[str] = field(default_factory=list)
    legal_basis: str = ""
    articles: list[str] = field(default_factory=list)
    references: str = ""
    unit_ids: list[int] = field(default_factory=list)
    # A directive (instruments/directives.py): its eight sections by heading, instead of articles
    # (older callers' "OBJETIVO: text" articles are still read), and its approving resolution.
    sections: dict[str, str] = field(default_factory=dict)
    approved_by_id: int | None = None
    # A resolución de gerencia municipal: the resolución de alcaldía that delegated the power.
    delegation_id: int | None = None


def new_draft_form(session: Session, kind_code: str, today: dt.date) -> DraftForm:
    """A form prefilled from the kind's template: a directive with its BASE LEGAL section; a
    resolución de gerencia municipal with the delegation of the last one that chose one, named
    in its legal basis."""
    kind = _kind(session, kind_code)
    if directives.is_directive(kind):
        return DraftForm(kind_code=kind.code, doc_date=short_date(today),
                         sections={"BASE LEGAL": kind.template_legal_basis})
    form = DraftForm(kind_code=kind.code, doc_date=short_date(today),
                     whereas=json.loads(kind.template_whereas or "[]"),
                     legal_basis=kind.template_legal_basis)
    if kind.code in DELEGATED_KINDS:
        form.delegation_id = last_delegation(session, kind.code)
        named = legal_basis_with(session, form.legal_basis, None, form.delegation_id)
        form.legal_basis = form.legal_basis if named is None else named
    return form


def form_of(instrument: Instrument) -> DraftForm:
    session = object_session(instrument)
    if directives.is_directive(instrument.kind):
        approval = directives.approval_of(session, instrument.id)
        articles, sections = [], directives.read_sections(instrument.articles)
    else:
        approval, articles, sections = None, json.loads(instrument.articles), {}
    return DraftForm(
        instrument.kind_code, short_date(instrument.doc_date), instrument.summary,
        instrument.seen, json.loads(instrument.whereas), instrument.legal_basis,
        articles, instrument.references,
        sorted(u.org_unit_id for u in instrument.units),
        sections=sections, approved_by_id=approval.id if approval else None,
        delegation_id=delegation_of(session, instrument.id) if session is not None else None,
    )


def _clean_list(items: list[str]) -> list[str]:
    return [i.strip() for i in items if i.strip()]


def _validate_form(session: Session, form: DraftForm) -> tuple[list[FieldError], dt.date | None]:
    errors: list[FieldError] = []
    when = None
    try:
        when = parse_short_date(form.doc_date)
    except ValueError as exc:
        errors.append(FieldError("doc_date", str(exc)))
    if session.get(InstrumentKind, form.kind_code) is None:
        errors.append(FieldError("kind_code", "Elija el tipo de documento."))
    errors += draft_length_errors(form)
    known = set(session.scalars(select(OrgUnit.id)))
    if any(u not in known for u in form.unit_ids):
        errors.append(FieldError("unit_ids", "Una de las unidades elegidas ya no existe."))
    errors += delegation_errors(session, form.kind_code, form.delegation_id, when)
    return errors, when


def draft_length_errors(form: DraftForm) -> list[FieldError]:
    """Each part within its limit, and the whole document within DOCUMENT_MAX."""
    errors = []

    def check(name: str, value: str, limit: int, what: str) -> None:
        if message := length_error(value, limit, what):
            errors.append(FieldError(name, message))

    check("summary", form.summary, SUMMARY_MAX, "La sumilla")
    check("seen", form.seen, PARAGRAPH_MAX, "El VISTO")
    for number, text in enumerate(_clean_list(form.whereas), start=1):
        check("whereas", text, PARAGRAPH_MAX, f"El párrafo {number} del CONSIDERANDO")
    check("legal_basis", form.legal_basis, PARAGRAPH_MAX, "La base legal")
    for number, text in enumerate(_clean_list(form.articles), start=1):
        check("articles", text, PARAGRAPH_MAX, f"El artículo {number}")
    check("references", form.references, REFERENCES_MAX, "Las referencias")
    errors += directives.section_errors(form.sections)
    parts = [form.summary, form.seen, *form.whereas, form.legal_basis, *form.articles,
             form.references, *form.sections.values()]
    total = sum(text_length(p) for p in parts)
    if total > DOCUMENT_MAX:
        errors.append(FieldError("document", f"El documento completo tiene {thousands(total)} "
                                             f"caracteres y el máximo es {thousands(DOCUMENT_MAX)}"
                                             ": acorte el texto (lo escrito no se pierde)."))
    return errors


def _search_text(form: DraftForm, number_text: str = "") -> str:
    parts = [number_text, form.summary, form.seen, *form.whereas, form.legal_basis,
             *form.articles, *form.sections.values(), form.references]
    return fold("\n".join(p for p in parts if p))


@writes
def save_draft(session: Session, actor: Actor, form: DraftForm, draft_id: int | None = None,
               clock=None) -> Instrument:
    """Create or update a draft. Raises ValidationFailed (typed data is the caller's to keep)."""
    errors, when = _validate_form(session, form)
    if errors:
        raise ValidationFailed(errors)
    kind = _kind(session, form.kind_code)
    require_kind(session, actor, kind)
    approved_by = form.approved_by_id if directives.is_directive(kind) else None
    if refused := directives.form_errors(session, kind, form.sections, approved_by, draft_id):
        raise ValidationFailed(refused)
    if draft_id is None:
        instrument = Instrument(kind_code=kind.code, state=DRAFT, created_by=actor.username,
                                created_at=naive_utc_of(session, clock),
                                doc_date=when)
        session.add(instrument)
        before: dict = {}
    else:
        instrument = get_for_update(session, Instrument, draft_id)
        if instrument is None:
            raise DomainError("El borrador ya no existe.")
        check_draft(instrument, "no se modifica", race=True)
        require_kind(session, actor, instrument.kind)
        before = _snapshot(form_of(instrument))
    instrument.kind_code = kind.code
    instrument.doc_date = when
    instrument.summary = form.summary.strip()
    instrument.seen = form.seen.strip()
    instrument.whereas = json.dumps(_clean_list(form.whereas), ensure_ascii=False)
    instrument.legal_basis = form.legal_basis.strip()
    instrument.articles = json.dumps(_clean_list(form.articles), ensure_ascii=False)
    if directives.is_directive(kind):
        instrument.articles = directives.encode_sections(
            directives.with_legacy(form.sections, _clean_list(form.articles)))
    instrument.references = form.references.strip()
    instrument.search_text = _search_text(form)
    instrument.units = [InstrumentUnit(org_unit_id=u) for u in sorted(set(form.unit_ids))]
    session.flush()
    was, now = set_delegation(session, instrument.id, form.delegation_id)
    changes = diff(before, _snapshot(form_of(instrument)))
    changes.update(directives.set_approval(session, instrument, approved_by))
    if was != now:
        changes["delegación"] = [was, now]
    record(session, actor, "create" if draft_id is None else "update", "instrument",
           instrument.id, changes)
    return instrument


def _snapshot(form: DraftForm) -> dict:
    return {"tipo": form.kind_code, "fecha": form.doc_date, "sumilla": form.summary,
            "visto": form.seen, "considerandos": "\n".join(form.whereas),
            "base legal": form.legal_basis, "artículos": "\n".join(form.articles),
            "referencias": form.references, "unidades": ",".join(map(str, form.unit_ids)),
            "secciones": "\n".join(f"{h}: {t}" for h, t in form.sections.items() if t.strip())}


@writes
def delete_draft(session: Session, actor: Actor, draft_id: int) -> None:
    """Only drafts (they have no number) can be discarded."""
    instrument = get_for_update(session, Instrument, draft_id)
    if instrument is None:
        return
    check_deletable(instrument)
    require_kind(session, actor, instrument.kind)
    record(session, actor, "delete", "instrument", draft_id,
           {"sumilla": [instrument.summary, None]})
    session.execute(InstrumentLink.__table__.delete().where(
        (InstrumentLink.from_id == draft_id) | (InstrumentLink.to_id == draft_id)))
    session.delete(instrument)


# ----------------------------------------------------------------------------------------------
# Issuing


def issue_problems(session: Session, instrument: Instrument) -> list[str]:
    """Everything that keeps a draft from being issued, in Spanish (empty: ready)."""
    kind = instrument.kind
    problems = []
    if not instrument.summary.strip():
        problems.append("Falta la sumilla.")
    if directives.is_directive(kind):
        problems += _directive_problems(session, instrument)
    else:
        if not json.loads(instrument.whereas):
            problems.append("Falta el CONSIDERANDO (al menos un párrafo «Que, ...»).")
        if not instrument.legal_basis.strip():
            problems.append("Falta el párrafo de la base legal («Estando a lo expuesto...»).")
        if not json.loads(instrument.articles):
            problems.append("Falta la parte resolutiva (al menos un artículo).")
    holder = holder_on(session, kind.signer_post, instrument.doc_date)
    if holder is None:
        problems.append(
            f"Nadie ocupaba el cargo de {post_label(kind.signer_post)} el "
            f"{long_date(instrument.doc_date)}: regístrelo en Configuración > Datos de la "
            "institución."
        )
    if year_name_for(session, instrument.doc_date.year).text is None:
        problems.append(f"Falta la denominación oficial del año {instrument.doc_date.year}.")
    return problems


def _directive_problems(session: Session, instrument: Instrument) -> list[str]:
    """A directive: its required sections and its approving resolution; no VISTO nor
    CONSIDERANDO (an older draft may still carry them: they would not print)."""
    problems = directives.missing_sections(directives.read_sections(instrument.articles))
    if (instrument.seen.strip() or json.loads(instrument.whereas)
            or instrument.legal_basis.strip()):
        problems.append("Una directiva no lleva VISTO, CONSIDERANDO ni párrafo «Estando a lo "
                        "expuesto…»: pase ese texto a sus secciones y bórrelo de donde está.")
    return problems + directives.approval_problems(session, instrument)


def out_of_order_warning(session: Session, instrument: Instrument) -> str:
    """A warning when the draft is dated before the last document of its kind issued this year
    (it would get a higher number with an earlier date); '' when in order."""
    year = instrument.doc_date.year
    last = session.scalars(
        select(Instrument).where(Instrument.kind_code == instrument.kind_code,
                                 Instrument.year == year, Instrument.number.is_not(None))
        .order_by(Instrument.number.desc()).limit(1)).first()
    if last is None or last.doc_date <= instrument.doc_date:
        return ""
    return (f"La fecha de este documento ({short_date(instrument.doc_date)}) es anterior a la "
            f"del último emitido de su tipo: {last.number_text}, de fecha "
            f"{short_date(last.doc_date)}. Recibirá un número mayor con una fecha anterior; "
            "verifique la fecha antes de emitir.")


def number_preview(session: Session, instrument: Instrument) -> str:
    """The number the draft would get if issued now (shown in the confirmation)."""
    initials = get_institution(session).initials
    year = instrument.doc_date.year
    return format_number(instrument.kind, next_number(session, instrument.kind_code, year),
                         year, initials)


def issue_check(session: Session, draft_id: int) -> tuple[list[str], str, str]:
    """Before issuing: what keeps the draft from being issued (empty: ready), the number it
    would get and the out-of-order warning (for gui/instruments/form.py's issue_check)."""
    draft = session.get(Instrument, draft_id)
    if draft is None:
        raise DomainError("El borrador ya no existe.")
    check_draft(draft, "no se emite de nuevo")
    problems = issue_problems(session, draft)
    if problems:
        return problems, "", ""
    return problems, number_preview(session, draft), out_of_order_warning(session, draft)


def draft_to_edit(session: Session, draft_id: int) -> tuple[DraftForm, str, str]:
    """A draft's form to edit it, with its kind's code and title; refused once issued."""
    draft = session.get(Instrument, draft_id)
    if draft is None:
        raise DomainError("El borrador ya no existe.")
    check_draft(draft, "no se modifica")
    return form_of(draft), draft.kind_code, draft.kind.title


def issuer_text_for(kind: InstrumentKind, holder, institution_name: str) -> str:
    article = "LA" if holder is not None and holder.feminine else "EL"
    post = post_label(kind.signer_post, bool(holder and holder.feminine)).upper()
    return kind.issuer.format(el_cargo=f"{article} {post}", institucion=institution_name.upper())


@writes
def issue(session: Session, actor: Actor, instrument_id: int, clock=None) -> Instrument:
    """Give the draft its number (atomically, in this transaction) and freeze it."""
    instrument = get_for_update(session, Instrument, instrument_id)
    if instrument is None:
        raise DomainError("El borrador ya no existe.")
    require_kind(session, actor, instrument.kind)
    check_draft(instrument, "no se emitió de nuevo", race=True)
    problems = issue_problems(session, instrument)
    if problems:
        raise DomainError("No se puede emitir todavía:\n• " + "\n• ".join(problems))
    kind = instrument.kind
    inst = get_institution(session)
    year = instrument.doc_date.year
    number = take_number(session, kind.code, year)
    holder = holder_on(session, kind.signer_post, instrument.doc_date)
    instrument.year = year
    instrument.number = number
    instrument.number_text = format_number(kind, number, year, inst.initials)
    instrument.signer_officeholder_id = holder.id
    instrument.signer_name = signature_name(holder)
    instrument.signer_post = post_label(kind.signer_post, holder.feminine).upper()
    instrument.issuer_text = issuer_text_for(kind, holder, inst.name)
    instrument.closing = kind.closing
    # The name in force on the document's date (before the naming decree: the previous one).
    instrument.year_name = year_name_on(session, instrument.doc_date).text or ""
    instrument.search_text = _search_text(form_of(instrument), instrument.number_text)
    instrument.state = ISSUED
    instrument.issued_by = actor.username
    instrument.issued_at = naive_utc_of(session, clock)
    session.flush()
    approval = directives.approval_of(session, instrument.id) if directives.is_directive(
        kind) else None
    record(session, actor, "issue", "instrument", instrument.id,
           {"número": [None, instrument.number_text], "firma": [None, instrument.signer_name],
            **({"aprobada por": [None, approval.number_text]} if approval else {}),
            **seal_changes(instrument)})
    give_code(session, VERIFY_INSTRUMENT, instrument.id)
    return instrument


# ----------------------------------------------------------------------------------------------
# After issue


def check_draft(doc: Instrument, then: str, race: bool = False) -> None:
    """Editing and issuing: a draft. race: the state changed since the clerk read it."""
    if doc.state != DRAFT:
        raise DomainError(f"Otro puesto ya emitió este documento como {doc.number_text}: "
                          f"{then}." if race else
                          f"El documento ya fue emitido ({doc.number_text}): {then}.")


def check_deletable(doc: Instrument) -> None:
    if doc.state != DRAFT:
        raise DomainError("Un documento emitido no se elimina: anúlelo si no debe valer.")


def check_after_issue(doc: Instrument | None) -> None:
    """Publishing, distributing, linking: a document issued (annulled too)."""
    if doc is None or doc.state == DRAFT:
        raise DomainError("Solo un documento emitido admite esta acción.")


def check_annullable(doc: Instrument, race: bool = False) -> None:
    check_after_issue(doc)
    if doc.state == ANNULLED:
        raise DomainError(f"Otro puesto ya anuló este documento ({doc.number_text}): no se "
                          "anuló de nuevo." if race else
                          f"El documento ya está anulado ({doc.number_text}).")


def check_certifiable(doc: Instrument | None) -> None:
    if doc is None or doc.state != ISSUED:
        raise DomainError("Solo se certifican copias de documentos emitidos y vigentes.")


def _issued(session: Session, actor: Actor, instrument_id: int) -> Instrument:
    instrument = get_for_update(session, Instrument, instrument_id)
    check_after_issue(instrument)
    require_kind(session, actor, instrument.kind)
    return instrument


@writes
def annul(session: Session, actor: Actor, instrument_id: int, reason: str,
          annulled_by_text: str = "", annulled_by_id: int | None = None,
          clock=None) -> Instrument:
    """The document stops standing; it keeps its number and is listed as annulled."""
    instrument = _issued(session, actor, instrument_id)
    check_annullable(instrument, race=True)
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", "Escriba el motivo de la anulación.")])
    errors = [FieldError(name, message) for name, message in (
        ("reason", length_error(reason, REASON_MAX, "El motivo")),
        ("annulled_by", length_error(annulled_by_text, 250, "El documento que anula")),
    ) if message]
    if errors:
        raise ValidationFailed(errors)
    if annulled_by_id is not None:
        other = session.get(Instrument, annulled_by_id)
        if other is None or other.state == DRAFT:
            raise ValidationFailed([FieldError("annulled_by", "El documento que anula debe "
                                                              "estar emitido.")])
        annulled_by_text = other.number_text or ""
        _add_link(session, other.id, instrument.id, "annuls")
    instrument.state = ANNULLED
    instrument.annul_reason = reason.strip()
    instrument.annulled_by_text = annulled_by_text.strip()
    instrument.annulled_by_instrument_id = annulled_by_id
    instrument.annulled_by = actor.username
    instrument.annulled_at = naive_utc_of(session, clock)
    record(session, actor, "annul", "instrument", instrument.id,
           {"estado": ["Emitido", "Anulado"], "motivo": [None, instrument.annul_reason],
            "anulado por": [None, instrument.annulled_by_text]})
    return instrument


@writes
def certify(session: Session, actor: Actor, instrument_id: int, requested_by: str,
            copies: int, on: dt.date, clock=None) -> Certification:
    """Certified copies given by the Secretaría General (ROF art. 56)."""
    require(actor, Permission.CERTIFY, session)
    instrument = get_for_update(session, Instrument, instrument_id)
    check_certifiable(instrument)
    errors = []
    if not requested_by.strip():
        errors.append(FieldError("requested_by", "Escriba quién solicita las copias."))
    elif message := length_error(requested_by, 200, "El solicitante"):
        errors.append(FieldError("requested_by", message))
    if not 1 <= copies <= 100:
        errors.append(FieldError("copies", "El número de copias va de 1 a 100."))
    if on < instrument.doc_date:
        errors.append(FieldError("on", "La certificación no puede ser anterior al documento."))
    certifier = holder_on(session, "GENERAL_SECRETARY", on)
    if certifier is None:
        errors.append(FieldError("on", f"Nadie ocupaba el cargo de Secretario General el "
                                       f"{long_date(on)}."))
    if errors:
        raise ValidationFailed(errors)
    row = Certification(
        instrument_id=instrument.id, requested_by=requested_by.strip(), copies=copies,
        certified_on=on, certifier_name=signature_name(certifier),
        certifier_post=post_label("GENERAL_SECRETARY", certifier.feminine).upper(),
        recorded_by=actor.username, recorded_at=naive_utc_of(session, clock),
    )
    session.add(row)
    session.flush()
    record(session, actor, "certify", "instrument", instrument.id,
           {"solicitante": [None, row.requested_by], "copias": [None, copies]})
    give_code(session, VERIFY_CERTIFICATION, row.id)
    return row


@writes
def publish(session: Session, actor: Actor, instrument_id: int, medium: str, on: dt.date,
            reference: str = "", clock=None) -> Publication:
    """LOM art. 44: ordinances and decrees take effect the day after publication."""
    instrument = _issued(session, actor, instrument_id)
    errors = []
    if medium not in MEDIUM_LABELS:
        errors.append(FieldError("medium", "Elija el medio de publicación."))
    if message := length_error(reference, LINE_MAX, "La referencia de la publicación"):
        errors.append(FieldError("reference", message))
    if on < instrument.doc_date:
        errors.append(FieldError("on", "La publicación no puede ser anterior al documento."))
    if errors:
        raise ValidationFailed(errors)
    if session.scalar(select(Publication.id).where(
            Publication.instrument_id == instrument.id, Publication.medium == medium,
            Publication.published_on == on, Publication.reference == reference.strip())):
        raise DomainError(f"Otro puesto ya registró esta publicación ({MEDIUM_LABELS[medium]}, "
                          f"{short_date(on)}).")
    row = Publication(instrument_id=instrument.id, medium=medium, published_on=on,
                      reference=reference.strip(), recorded_by=actor.username,
                      recorded_at=naive_utc_of(session, clock))
    session.add(row)
    session.flush()
    record(session, actor, "publish", "instrument", instrument.id,
           {"medio": [None, MEDIUM_LABELS[medium]], "fecha": [None, short_date(on)]})
    return row


@writes
def record_receipt(session: Session, actor: Actor, instrument_id: int, org_unit_id: int,
                   received_by: str, received_at: dt.datetime, clock=None) -> None:
    """The signed cargo of a unit that received the document (distribution)."""
    instrument = _issued(session, actor, instrument_id)
    errors = []
    if not received_by.strip():
        errors.append(FieldError("received_by", "Escriba quién recibió el documento."))
    elif message := length_error(received_by, 200, "El nombre de quien recibió"):
        errors.append(FieldError("received_by", message))
    if session.get(OrgUnit, org_unit_id) is None:
        errors.append(FieldError("org_unit", "Elija la unidad orgánica."))
    if received_at.date() < instrument.doc_date:
        errors.append(FieldError("received_at", "La recepción no puede ser anterior al "
                                                "documento."))
    if errors:
        raise ValidationFailed(errors)
    existing = session.scalar(select(DistributionReceipt).where(
        DistributionReceipt.instrument_id == instrument.id,
        DistributionReceipt.org_unit_id == org_unit_id))
    if existing is not None:
        raise DomainError("Esa unidad ya tiene registrado su cargo de recepción.")
    session.add(DistributionReceipt(
        instrument_id=instrument.id, org_unit_id=org_unit_id, received_by=received_by.strip(),
        received_at=received_at, recorded_by=actor.username,
        recorded_at=naive_utc_of(session, clock)))
    session.flush()
    unit = session.get(OrgUnit, org_unit_id)
    record(session, actor, "distribute", "instrument", instrument.id,
           {"unidad": [None, unit.name], "recibido por": [None, received_by.strip()]})


def _add_link(session: Session, from_id: int, to_id: int, relation: str) -> None:
    if session.get(InstrumentLink, (from_id, to_id)) is None:
        session.add(InstrumentLink(from_id=from_id, to_id=to_id, relation=relation))
        session.flush()


@writes
def link(session: Session, actor: Actor, from_id: int, to_id: int, relation: str) -> None:
    """Record that one document modifies, rectifies, derogates or annuls an earlier one."""
    if relation not in LINK_LABELS:
        raise DomainError("Relación no válida.")
    if from_id == to_id:
        raise DomainError("Un documento no puede referirse a sí mismo.")
    source, target = session.get(Instrument, from_id), session.get(Instrument, to_id)
    if source is None or target is None:
        raise DomainError("El documento ya no existe.")
    if target.state == DRAFT:
        raise DomainError("Solo se enlaza con documentos emitidos.")
    require_kind(session, actor, source.kind)
    _add_link(session, from_id, to_id, relation)
    record(session, actor, "update", "instrument", from_id,
           {"enlace": [None, f"{LINK_LABELS[relation]} {target.number_text}"]})


# ----------------------------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class InstrumentFlags:
    certified: int
    published: bool
    distributed: int
    units: int


def flags(session: Session, instrument_id: int) -> InstrumentFlags:
    def count(model) -> int:
        return session.scalar(select(func.count()).select_from(model)
                              .where(model.instrument_id == instrument_id)) or 0
    return InstrumentFlags(
        session.scalar(select(func.coalesce(func.sum(Certification.copies), 0))
                       .where(Certification.instrument_id == instrument_id)) or 0,
        count(Publication) > 0, count(DistributionReceipt), count(InstrumentUnit),
    )


def publication_warning(session: Session, instrument: Instrument) -> str | None:
    """Ordinances and decrees must be published (LOM art. 44); say so while they are not."""
    if instrument.state == ISSUED and instrument.kind.must_publish and not flags(
            session, instrument.id).published:
        return (f"{instrument.number_text} debe publicarse (Ley N° 27972, art. 44) y aún no "
                "se registró su publicación: rige desde el día siguiente de publicada.")
    return None


def links_of(session: Session, instrument_id: int) -> list[str]:
    """Both directions, in Spanish: 'modifica RA N° 012-2026' / 'modificada por ...'."""
    lines = []
    labels, linked_by = {**LINK_LABELS, **FORM_LINK_LABELS}, {**LINKED_BY_LABELS,
                                                              **FORM_LINKED_BY_LABELS}
    for row in session.scalars(select(InstrumentLink).where(InstrumentLink.from_id ==
                                                            instrument_id)):
        other = session.get(Instrument, row.to_id)
        if row.relation == directives.APPROVED_BY:
            lines.append(directives.approval_link_line(other, approves=False))
            continue
        lines.append(f"{labels[row.relation].capitalize()} {other.number_text}")
    for row in session.scalars(select(InstrumentLink).where(InstrumentLink.to_id ==
                                                            instrument_id)):
        other = session.get(Instrument, row.from_id)
        if row.relation == directives.APPROVED_BY:
            lines.append(directives.approval_link_line(other, approves=True))
            continue
        label = other.number_text or "un borrador"
        lines.append(f"{linked_by[row.relation].capitalize()} {label}")
    return lines


def article_lines(instrument: Instrument) -> list[tuple[str, str]]:
    return [(article_label(i), text)
            for i, text in enumerate(json.loads(instrument.articles), start=1)]


# ----------------------------------------------------------------------------------------------
# Kind settings (Configuración > Tipos de documento)


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
    return kind_settings(_kind(session, code))


def kind_short(session: Session, code: str) -> str:
    """The kind's short name used in file names (RA)."""
    return _kind(session, code).short


@writes
def save_kind_settings(session: Session, actor: Actor, code: str, form: KindSettings) -> None:
    """Change a kind's number format, signer, closing, publication rule and template. Already
    issued documents keep what they were issued with."""
    from pisac_desktop.core.institution import POSTS

    require(actor, Permission.EDIT_INSTRUMENT_KINDS, session)
    kind = _kind(session, code)
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
    for number, text in enumerate(_clean_list(form.template_whereas), start=1):
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
    kind.template_whereas = json.dumps(_clean_list(form.template_whereas), ensure_ascii=False)
    kind.template_legal_basis = form.template_legal_basis.strip()
    changes = diff(before, _kind_snapshot(kind_settings(kind)))
    if changes:
        record(session, actor, "settings_change", "instrument_kind", code, changes)


def _kind_snapshot(k: KindSettings) -> dict:
    return {"formato del número": k.number_format, "firma": k.signer_post,
            "fórmula final": k.closing, "se publica": k.must_publish,
            "plantilla de considerandos": "\n".join(k.template_whereas),
            "plantilla de base legal": k.template_legal_basis}
