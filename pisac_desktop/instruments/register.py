"""Normas y resoluciones: kinds, drafts, issue with the yearly number, and the later life of an
issued document (annulment, certified copies, publication, distribution, links).

An issued document is immutable: its content, number, date and signer never change again (a
guard on the ORM refuses it); what happens later is recorded in rows of its own, and every step
is permission-checked and audited.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

from sqlalchemy import event, inspect, select
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
from pisac_desktop.core.permissions import Actor
from pisac_desktop.core.validators import (
    DOCUMENT_MAX,
    PARAGRAPH_MAX,
    REFERENCES_MAX,
    SUMMARY_MAX,
    length_error,
    text_length,
    thousands,
)
from pisac_desktop.core.verification import VERIFY_INSTRUMENT, give_code
from pisac_desktop.db.models import (
    Instrument,
    InstrumentKind,
    InstrumentLink,
    InstrumentUnit,
    OrgUnit,
)
from pisac_desktop.db.models.instruments import ANNULLED, DRAFT, FROZEN_COLUMNS, ISSUED
from pisac_desktop.db.text_index import fold  # noqa: F401 - re-exported: instruments use it
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
from pisac_desktop.instruments.kinds import clean_list, format_number, get_kind, require_kind
from pisac_desktop.spanish.dates import long_date, parse_short_date, short_date
from pisac_desktop.spanish.ordinals import article_label

STATE_LABELS = {DRAFT: "Borrador", ISSUED: "Emitido", ANNULLED: "Anulado"}
HISTORIC_LABEL = "Registro histórico"  # imported from a register kept before the app


def state_label(state: str, historic: bool = False) -> str:
    """'Emitido', 'Anulado'; a registro histórico says so ('Registro histórico', 'Anulado
    (registro histórico)')."""
    if not historic:
        return STATE_LABELS[state]
    return HISTORIC_LABEL if state == ISSUED else f"{STATE_LABELS[state]} (registro histórico)"


def check_not_historic(doc: Instrument) -> None:
    """Printing and certified copies: never of a registro histórico, which the application did
    not issue (its paper is the office's original, or its scan)."""
    if getattr(doc, "historic", False):
        raise DomainError(
            f"{doc.number_text} es un registro histórico (importado del registro que la oficina "
            "llevaba antes del sistema): el sistema no lo emitió y no lo imprime ni certifica "
            "como si lo hubiera emitido. Use el original en papel o su archivo escaneado.")
LINK_LABELS = {"modifies": "modifica", "rectifies": "rectifica", "derogates": "deroga",
               "annuls": "anula"}
LINKED_BY_LABELS = {"modifies": "modificada por", "rectifies": "rectificada por",
                    "derogates": "derogada por", "annuls": "anulada por"}
# Links recorded by the drafting form, not chosen in Enlazar (instruments/delegation.py).
RESOLVES_APPEAL = "resolves_appeal"  # the resolution that decides a recurso (requests/appeals.py)
FORM_LINK_LABELS = {DELEGATION: "en uso de las facultades delegadas por",
                    RESOLVES_APPEAL: "resuelve el recurso interpuesto contra"}
FORM_LINKED_BY_LABELS = {DELEGATION: "facultades delegadas invocadas por",
                         RESOLVES_APPEAL: "recurso resuelto por"}
MEDIUM_LABELS = {"newspaper": "Diario de avisos judiciales", "posters": "Carteles",
                 "website": "Portal web"}


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
    kind = get_kind(session, kind_code)
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
    for number, text in enumerate(clean_list(form.whereas), start=1):
        check("whereas", text, PARAGRAPH_MAX, f"El párrafo {number} del CONSIDERANDO")
    check("legal_basis", form.legal_basis, PARAGRAPH_MAX, "La base legal")
    for number, text in enumerate(clean_list(form.articles), start=1):
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
    kind = get_kind(session, form.kind_code)
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
    instrument.whereas = json.dumps(clean_list(form.whereas), ensure_ascii=False)
    instrument.legal_basis = form.legal_basis.strip()
    instrument.articles = json.dumps(clean_list(form.articles), ensure_ascii=False)
    if directives.is_directive(kind):
        instrument.articles = directives.encode_sections(
            directives.with_legacy(form.sections, clean_list(form.articles)))
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
    # A recurso's deciding draft, discarded: the recurso waits for another one.
    from pisac_desktop.db.models.requests import Appeal

    session.execute(Appeal.__table__.update().where(Appeal.decision_id == draft_id)
                    .values(decision_id=None))
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


# ----------------------------------------------------------------------------------------------
# Reading


def article_lines(instrument: Instrument) -> list[tuple[str, str]]:
    return [(article_label(i), text)
            for i, text in enumerate(json.loads(instrument.articles), start=1)]
