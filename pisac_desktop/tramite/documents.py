"""Outgoing and internal documents of a unit (DOMAIN.md section 6): oficios and cartas to people
and other entities, informes and memorándums inside the municipality, numbered per unit, kind
and year (`OFICIO N° 045-2026-SG-MDP`, `INFORME N° 012-2026-GM-MDP`); and the constancias and
certificaciones a unit issues at someone's request (ROF art. 56: the Secretaría General
certifies the council's and the mayor's acts), which attest a fact for whom they name.

- A draft is written by someone of the unit (from a template per kind), linked to a case file
  when it answers or serves one (its reference line names the expediente).
- Issuing gives the number (atomic per unit, kind and year, in the same transaction: two
  workstations get two consecutive numbers) and the date, and freezes the text: an issued
  document is not edited; a wrong one is annulled with its reason and keeps its number.
- The unit's head signs: the officeholder of the unit on the date, or the signer typed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of, naive_utc_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.institution import get_institution, signature_name
from pisac_desktop.core.numbering import take_next
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import LINE_MAX, REASON_MAX, text_errors
from pisac_desktop.core.verification import give_code
from pisac_desktop.db.models import CaseFile, Officeholder, OrgUnit, UnitDocument
from pisac_desktop.db.models.tramite import (
    DOC_ANNULLED,
    DOC_DRAFT,
    DOC_ISSUED,
    UnitNumberSequence,
)
from pisac_desktop.db.models.verification import VERIFY_UNIT_DOCUMENT
from pisac_desktop.db.write_lock import get_for_update, writes
from pisac_desktop.tramite.cases import require_unit

# kind: (title as printed, plural, external: addressed to someone outside with an address)
KINDS = {
    "OFICIO": ("OFICIO", "Oficios", True),
    "CARTA": ("CARTA", "Cartas", True),
    "INFORME": ("INFORME", "Informes", False),
    "MEMORANDUM": ("MEMORÁNDUM", "Memorándums", False),
    "CONSTANCIA": ("CONSTANCIA", "Constancias", False),
    "CERTIFICACION": ("CERTIFICACIÓN", "Certificaciones", False),
}
# Attesting kinds: no addressee block; the unit's head states the fact (the verb printed after
# the signer's post) for the person named, "a solicitud de" whom the document is issued.
ATTESTING = {"CONSTANCIA": "HACE CONSTAR", "CERTIFICACION": "CERTIFICA"}
STATE_LABELS = {DOC_DRAFT: "Borrador", DOC_ISSUED: "Emitido", DOC_ANNULLED: "Anulado"}
BODY_MAX = 20_000
TEMPLATES = {
    "OFICIO": "Tengo el agrado de dirigirme a usted para ",
    "CARTA": "Por medio de la presente me dirijo a usted para ",
    "INFORME": "Tengo el agrado de dirigirme a usted para informarle lo siguiente:\n\n"
               "I. ANTECEDENTES\n\nII. ANÁLISIS\n\nIII. CONCLUSIONES\n\n"
               "IV. RECOMENDACIONES\n",
    "MEMORANDUM": "Por el presente se le comunica ",
    "CONSTANCIA": "Que, revisados los registros a cargo de esta unidad, ",
    "CERTIFICACION": "Que, en la Sesión Ordinaria de Concejo de fecha ..., el Concejo Municipal "
                     "aprobó por ... el Acuerdo de Concejo N° ..., cuya parte resolutiva dice:\n\n"
                     "«...»",
}


def closing_line(kind: str, addressee: str) -> str:
    """The last paragraph of a constancia or certificación."""
    what = "la presente constancia" if kind == "CONSTANCIA" else "la presente certificación"
    return (f"Se expide {what} a solicitud de {' '.join(addressee.split())}, para los fines "
            "que estime conveniente.")


def number_text(kind: str, number: int, year: int, unit_abbreviation: str,
                initials: str) -> str:
    """'OFICIO N° 045-2026-SG-MDP'."""
    title = KINDS[kind][0]
    unit = f"-{unit_abbreviation}" if unit_abbreviation else ""
    return f"{title} N° {number:03d}-{year}{unit}-{initials}"


@dataclass
class DocumentForm:
    unit_id: int | None = None
    kind: str = "OFICIO"
    case_file_id: int | None = None
    addressee: str = ""
    addressee_post: str = ""
    address: str = ""
    subject: str = ""
    reference: str = ""
    body: str = ""
    signer_name: str = ""  # empty: the unit's officeholder on the date it is issued
    signer_post: str = ""


def new_document_form(session: Session, unit_id: int, kind: str,
                      case_file_id: int | None = None) -> DocumentForm:
    """A draft from the kind's template; answering a case file, addressed to its filer."""
    form = DocumentForm(unit_id=unit_id, kind=kind, case_file_id=case_file_id,
                        body=TEMPLATES.get(kind, ""))
    case = session.get(CaseFile, case_file_id) if case_file_id else None
    if case is not None:
        form.reference = f"{case.number_text} ({case.document_kind} del " \
                         f"{case.received_at:%d/%m/%Y})"
        form.subject = case.subject
        if KINDS[kind][2] or kind in ATTESTING:
            form.addressee, form.address = case.filer_name, case.filer_address
    return form


def _errors(session: Session, form: DocumentForm) -> list:
    errors = []
    if form.kind not in KINDS:
        errors += text_errors("kind", "", 1, "", "Elija la clase de documento.")
    if form.kind in ATTESTING:
        errors += text_errors("addressee", form.addressee, LINE_MAX, "El interesado",
                              "Escriba a solicitud de quién se expide.")
    else:
        errors += text_errors("addressee", form.addressee, LINE_MAX, "El destinatario",
                              "Escriba a quién va dirigido.")
    errors += text_errors("addressee_post", form.addressee_post, LINE_MAX, "El cargo")
    errors += text_errors("address", form.address, LINE_MAX, "La dirección")
    errors += text_errors("subject", form.subject, REASON_MAX, "El asunto",
                          "Escriba el asunto.")
    errors += text_errors("reference", form.reference, REASON_MAX, "La referencia")
    errors += text_errors("body", form.body, BODY_MAX, "El texto", "Escriba el texto.")
    errors += text_errors("signer_name", form.signer_name, LINE_MAX, "El firmante")
    errors += text_errors("signer_post", form.signer_post, LINE_MAX, "El cargo del firmante")
    if form.case_file_id is not None and session.get(CaseFile, form.case_file_id) is None:
        errors += text_errors("case_file_id", "", 1, "", "El expediente ya no existe.")
    return errors


def _snapshot(d: UnitDocument) -> dict:
    return {"destinatario": d.addressee, "cargo": d.addressee_post, "dirección": d.address,
            "asunto": d.subject, "referencia": d.reference, "texto": d.body,
            "firmante": d.signer_name, "expediente": d.case_file_id}


@writes
def save_document(session: Session, actor: Actor, form: DocumentForm,
                  document_id: int | None = None) -> int:
    """Create or correct a draft of the unit. Raises ValidationFailed (nothing written)."""
    if document_id is None:
        unit = session.get(OrgUnit, form.unit_id) if form.unit_id else None
        if unit is None:
            raise DomainError("Elija la unidad que emite el documento.")
        require_unit(session, actor, unit.id)
        doc, before = UnitDocument(unit_id=unit.id, kind=form.kind, state=DOC_DRAFT,
                                   created_by=actor.username,
                                   created_at=naive_utc_of(session)), {}
    else:
        doc = get_for_update(session, UnitDocument, document_id)
        if doc is None:
            raise DomainError("El documento ya no existe.")
        require_unit(session, actor, doc.unit_id)
        if doc.state != DOC_DRAFT:
            raise DomainError(f"El {doc.number_text} ya fue emitido: no se modifica.")
        before = _snapshot(doc)
        form.kind = doc.kind
    if errors := _errors(session, form):
        raise ValidationFailed(errors)
    doc.case_file_id = form.case_file_id
    doc.addressee = " ".join(form.addressee.split())
    doc.addressee_post = " ".join(form.addressee_post.split())
    doc.address = " ".join(form.address.split())
    doc.subject = " ".join(form.subject.split())
    doc.reference = " ".join(form.reference.split())
    doc.body = form.body.strip()
    doc.signer_name = " ".join(form.signer_name.split())
    doc.signer_post = " ".join(form.signer_post.split())
    if document_id is None:
        session.add(doc)
    session.flush()
    from pisac_desktop.core.audit import diff

    record(session, actor, "create" if document_id is None else "update", "unit_document",
           doc.id, diff(before, _snapshot(doc)))
    return doc.id


def signer_for(session: Session, doc: UnitDocument, on) -> tuple[str, str]:
    if doc.signer_name:
        return doc.signer_name, doc.signer_post
    holder = session.scalar(
        select(Officeholder).where(Officeholder.org_unit_id == doc.unit_id,
                                   Officeholder.start_date <= on)
        .where((Officeholder.end_date.is_(None)) | (Officeholder.end_date >= on))
        .order_by(Officeholder.start_date.desc()).limit(1))
    if holder is None:
        unit = session.get(OrgUnit, doc.unit_id)
        return "", f"Responsable de {unit.name}"
    from pisac_desktop.core.institution import post_label

    return signature_name(holder), post_label(holder.post, holder.feminine)


@writes
def issue_document(session: Session, actor: Actor, document_id: int) -> str:
    """Number and date the draft now; its text is frozen. Returns its number text."""
    doc = get_for_update(session, UnitDocument, document_id)
    if doc is None:
        raise DomainError("El documento ya no existe.")
    require_unit(session, actor, doc.unit_id)
    if doc.state != DOC_DRAFT:
        raise DomainError(f"El {doc.number_text} ya fue emitido por {doc.issued_by}.")
    today = clock_of(session).today()
    unit = session.get(OrgUnit, doc.unit_id)
    number = take_next(session, UnitNumberSequence,
                       {"unit_id": doc.unit_id, "kind": doc.kind, "year": today.year})
    doc.year, doc.number, doc.doc_date = today.year, number, today
    doc.number_text = number_text(doc.kind, number, today.year, unit.abbreviation,
                                  get_institution(session).initials)
    doc.signer_name, doc.signer_post = signer_for(session, doc, today)
    doc.state, doc.issued_by, doc.issued_at = DOC_ISSUED, actor.username, naive_utc_of(session)
    session.flush()
    give_code(session, VERIFY_UNIT_DOCUMENT, doc.id)
    changes = {"número": [None, doc.number_text], "fecha": [None, f"{today:%d/%m/%Y}"]}
    if doc.case_file_id:
        changes["expediente"] = [None, session.get(CaseFile, doc.case_file_id).number_text]
    from pisac_desktop.core.content_seal import tramite_seal

    changes |= tramite_seal(session, VERIFY_UNIT_DOCUMENT, doc.id)
    record(session, actor, "issue", "unit_document", doc.id, changes)
    return doc.number_text


@writes
def annul_document(session: Session, actor: Actor, document_id: int, reason: str) -> None:
    doc = get_for_update(session, UnitDocument, document_id)
    if doc is None:
        raise DomainError("El documento ya no existe.")
    require_unit(session, actor, doc.unit_id)
    if doc.state != DOC_ISSUED:
        raise DomainError("Solo se anula un documento emitido (un borrador se corrige).")
    if errors := text_errors("reason", reason, REASON_MAX, "El motivo",
                             "Escriba el motivo de la anulación."):
        raise ValidationFailed(errors)
    doc.state, doc.annulled_reason = DOC_ANNULLED, reason.strip()
    session.flush()
    record(session, actor, "annul", "unit_document", doc.id,
           {"estado": [DOC_ISSUED, DOC_ANNULLED], "motivo": [None, reason.strip()]})


# ----------------------------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class DocumentRow:
    id: int
    kind: str
    kind_title: str
    unit_id: int
    unit_name: str
    state: str
    number_text: str
    doc_date: object
    addressee: str
    addressee_post: str
    address: str
    subject: str
    reference: str
    body: str
    signer_name: str
    signer_post: str
    case_file_id: int | None
    annulled_reason: str
    case_number_text: str = ""  # filled by documents_of_units

    @property
    def attesting(self) -> bool:
        return self.kind in ATTESTING

    @property
    def notifiable(self) -> bool:
        """An issued oficio or carta answering a case file: notified with a cédula."""
        return self.state == DOC_ISSUED and KINDS[self.kind][2] and self.case_file_id is not None

    @property
    def state_label(self) -> str:
        return STATE_LABELS.get(self.state, self.state)

    @property
    def label(self) -> str:
        return self.number_text or f"{self.kind_title} (borrador)"


def _row(d: UnitDocument, units: dict[int, str]) -> DocumentRow:
    return DocumentRow(d.id, d.kind, KINDS[d.kind][0], d.unit_id, units.get(d.unit_id, ""),
                       d.state, d.number_text, d.doc_date, d.addressee, d.addressee_post,
                       d.address, d.subject, d.reference, d.body, d.signer_name, d.signer_post,
                       d.case_file_id, d.annulled_reason)


def document(session: Session, actor: Actor, document_id: int) -> DocumentRow | None:
    require(actor, Permission.VIEW, session)
    d = session.get(UnitDocument, document_id)
    if d is None:
        return None
    return _row(d, dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all()))


def documents_of_case(session: Session, actor: Actor, case_id: int) -> list[DocumentRow]:
    require(actor, Permission.VIEW, session)
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    return [_row(d, units) for d in session.scalars(
        select(UnitDocument).where(UnitDocument.case_file_id == case_id)
        .order_by(UnitDocument.id))]


def documents_of_units(session: Session, actor: Actor, unit_ids: list[int], year: int,
                       kind: str | None = None, text: str = "",
                       limit: int = 500) -> list[DocumentRow]:
    """The units' documents of a year, newest first: the ones issued that year (by number) and
    the drafts started that year or still open. `text` matches number, addressee and subject,
    case- and accent-insensitively."""
    from sqlalchemy import and_, or_

    from pisac_desktop.db.text_index import fold

    require(actor, Permission.VIEW, session)
    if not unit_ids:
        return []
    query = select(UnitDocument).where(UnitDocument.unit_id.in_(unit_ids)).where(or_(
        UnitDocument.year == year,
        and_(UnitDocument.state == DOC_DRAFT, UnitDocument.year.is_(None))))
    if kind:
        query = query.where(UnitDocument.kind == kind)
    query = query.order_by(UnitDocument.state != DOC_DRAFT, UnitDocument.doc_date.desc(),
                           UnitDocument.number.desc(), UnitDocument.id.desc())
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    words = fold(text).split()
    rows = []
    for d in session.scalars(query):
        if words:
            hay = fold(" ".join((d.number_text, d.addressee, d.subject, d.reference)))
            if not all(w in hay for w in words):
                continue
        rows.append(_row(d, units))
        if len(rows) >= limit:
            break
    case_ids = {r.case_file_id for r in rows if r.case_file_id}
    if case_ids:
        numbers = dict(session.execute(select(CaseFile.id, CaseFile.number_text)
                                       .where(CaseFile.id.in_(case_ids))).all())
        rows = [replace(r, case_number_text=numbers.get(r.case_file_id, "")) for r in rows]
    return rows
