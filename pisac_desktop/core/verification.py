"""Verification codes: a short random code (and its QR) in the footer of every issued
document, certified copy, citación and acta, so a paper copy can be checked against the
register in seconds (Secretaría General › Verificar documento; `pisac-desktop verify CODE`).

A code is 7 random symbols from `secrets` plus a check symbol, printed as `MDP-7K3Q-9XW2` (the
institution's initials, then the 8 symbols in two groups). The alphabet has no 0/O, 1/I/L: 31
symbols, a prime, so the weighted check symbol catches every single mistyped symbol and every
swap of two neighbours (a mistyped code is told apart from an unknown one). Nothing in a code
comes from the document's number or date: knowing RA-045 says nothing about RA-046's code.

When a code is given: in the same transaction that issues/registers the thing (issue(),
certify(), convene(), close_minutes()), together with the SHA-256 of its content at that
moment. Not lazily at first print: printing is a read (it never takes the write lock and can
run while another workstation writes), the code exists before the first paper does, and the
stored hash is the content as issued, not as it was on the day someone first printed it.
Things issued before schema 0005 get theirs once, at the start-up after the upgrade
(ensure_verification_codes(), under the write lock, like the content baseline).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import secrets
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import naive_utc_of
from pisac_desktop.core.errors import DomainError
from pisac_desktop.db.models import (
    AppMeta,
    Certification,
    Instrument,
    Minutes,
    Notification,
    Summons,
)
from pisac_desktop.db.models.council import CANCELLED, MINUTES_DRAFT
from pisac_desktop.db.models.instruments import ANNULLED, DRAFT
from pisac_desktop.db.models.tramite import ANNULLED as CASE_ANNULLED
from pisac_desktop.db.models.tramite import CASE_STATE_LABELS, DOC_ANNULLED, CaseFile, UnitDocument
from pisac_desktop.db.models.verification import (
    VERIFY_CASE_FILE,
    VERIFY_CERTIFICATION,
    VERIFY_INSTRUMENT,
    VERIFY_MINUTES,
    VERIFY_NOTIFICATION,
    VERIFY_SUMMONS,
    VERIFY_UNIT_DOCUMENT,
    VerificationCode,
)
from pisac_desktop.db.write_lock import lock_for_write
from pisac_desktop.spanish.dates import long_date

ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0 O 1 I L
RANDOM_SYMBOLS = 7
CODE_SYMBOLS = RANDOM_SYMBOLS + 1


class UnknownCode(DomainError):
    """A well-formed code that was never given."""


class MistypedCode(DomainError):
    """Not a code: wrong length, a symbol codes never use, or a failed check symbol."""


def check_symbol(body: str) -> str:
    """The weighted sum (weights 1..7) of the symbols' values, modulo 31."""
    total = sum((n + 1) * ALPHABET.index(c) for n, c in enumerate(body))
    return ALPHABET[total % len(ALPHABET)]


def new_code() -> str:
    """8 symbols: 7 from secrets.choice() and the check symbol."""
    body = "".join(secrets.choice(ALPHABET) for _ in range(RANDOM_SYMBOLS))
    return body + check_symbol(body)


def prefix_of(initials: str | None) -> str:
    """'MDP' from the institution's initials (letters and digits only, at most 6)."""
    return re.sub(r"[^A-Z0-9]", "", (initials or "").upper())[:6]


def display(code: str, prefix: str = "") -> str:
    """'MDP-7K3Q-9XW2'."""
    groups = f"{code[:4]}-{code[4:]}"
    return f"{prefix}-{groups}" if prefix else groups


def normalize(text: str, prefix: str = "") -> str:
    """The 8 symbols of what was typed or scanned: any case, with or without the prefix, with
    dashes, spaces or whatever a scanner on another keyboard layout typed for the dash.
    Raises MistypedCode with a Spanish message."""
    raw = re.sub(r"[^0-9A-Za-z]", "", text or "").upper()
    if not raw:
        raise MistypedCode("Escriba o escanee el código de verificación (p. ej. "
                           f"{display('7K3Q9XW2', prefix or 'MDP')}).")
    if prefix and raw.startswith(prefix) and len(raw) == len(prefix) + CODE_SYMBOLS:
        raw = raw[len(prefix):]
    elif len(raw) > CODE_SYMBOLS and raw[-CODE_SYMBOLS - 1:].isalnum():
        # Another institution's prefix, or none we know: the code is the last 8 symbols.
        head = raw[:-CODE_SYMBOLS]
        if head.isalpha() and len(head) <= 6:
            raw = raw[-CODE_SYMBOLS:]
    if len(raw) != CODE_SYMBOLS:
        raise MistypedCode(f"El código tiene {len(raw)} caracteres y debe tener "
                           f"{CODE_SYMBOLS} (sin contar las siglas): revíselo.")
    wrong = sorted({c for c in raw if c not in ALPHABET})
    if wrong:
        raise MistypedCode("Los códigos no usan " + ", ".join(f"«{c}»" for c in wrong)
                           + " (ni 0, O, 1, I o L): revise lo escrito.")
    if check_symbol(raw[:-1]) != raw[-1]:
        raise MistypedCode(f"El código {display(raw, prefix)} está mal escrito (su carácter "
                           "de control no coincide): revíselo en el papel.")
    return raw


# --- the content each code vouches for ---------------------------------------------------------

def _sha(values: dict) -> str:
    payload = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                         default=lambda v: v.isoformat())
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _instrument_hash(_session: Session, row: Instrument) -> str:
    from pisac_desktop.core.content_seal import content_hash

    return content_hash(row)


def _certification_hash(session: Session, row: Certification) -> str:
    instrument = session.get(Instrument, row.instrument_id)
    return _sha({"documento": _instrument_hash(session, instrument) if instrument else None,
                 "solicitante": row.requested_by, "copias": row.copies,
                 "fecha": row.certified_on, "certifica": row.certifier_name,
                 "cargo": row.certifier_post})


def _summons_hash(_session: Session, row: Summons) -> str:
    return _sha({"número": row.number_text, "fecha": row.issued_on, "sesión": row.session_id,
                 "destinatario": row.addressee_name, "cargo": row.addressee_post})


def _minutes_hash(_session: Session, row: Minutes) -> str:
    return _sha({"sesión": row.session_id, "texto": row.body})


def _notification_hash(_session: Session, row: Notification) -> str:
    act = row.instrument_id if row.unit_document_id is None else f"doc-{row.unit_document_id}"
    return _sha({"número": row.number_text, "fecha": row.issued_on, "acto": act,
                 "destinatario": row.addressee_name, "documento": row.addressee_document,
                 "domicilio": row.address, "folios": row.folios})


def _case_file_hash(_session: Session, row: CaseFile) -> str:
    return _sha({"número": row.number_text, "recibido": row.received_at.isoformat(),
                 "administrado": row.filer_name, "documento": row.filer_document,
                 "asunto": row.subject, "folios": row.folios})


def _unit_document_hash(_session: Session, row: UnitDocument) -> str:
    return _sha({"número": row.number_text, "fecha": row.doc_date, "destinatario": row.addressee,
                 "asunto": row.subject, "referencia": row.reference, "texto": row.body,
                 "firmante": row.signer_name})


_MODELS = {VERIFY_INSTRUMENT: (Instrument, _instrument_hash),
           VERIFY_CERTIFICATION: (Certification, _certification_hash),
           VERIFY_SUMMONS: (Summons, _summons_hash),
           VERIFY_MINUTES: (Minutes, _minutes_hash),
           VERIFY_NOTIFICATION: (Notification, _notification_hash),
           VERIFY_CASE_FILE: (CaseFile, _case_file_hash),
           VERIFY_UNIT_DOCUMENT: (UnitDocument, _unit_document_hash)}


def current_hash(session: Session, target: str, target_id: int) -> str | None:
    model, hasher = _MODELS[target]
    row = session.get(model, target_id)
    return hasher(session, row) if row is not None else None


# --- giving codes -------------------------------------------------------------------------------

def give_code(session: Session, target: str, target_id: int) -> str:
    """The code of one printed thing, created now if it has none. Called inside the use case
    that issues/registers it (which holds the write lock), so it is part of that transaction."""
    existing = session.scalar(select(VerificationCode.code).where(
        VerificationCode.target == target, VerificationCode.target_id == target_id))
    if existing:
        return existing
    content = current_hash(session, target, target_id)
    if content is None:
        raise DomainError("No se puede dar un código de verificación a algo que no existe.")
    code = new_code()
    while session.scalar(select(VerificationCode.id).where(VerificationCode.code == code)):
        code = new_code()  # 31**7 codes: practically never
    session.add(VerificationCode(code=code, target=target, target_id=target_id,
                                 content_sha256=content, created_at=naive_utc_of(session)))
    session.flush()
    return code


def _missing(session: Session, target: str, ids) -> list[int]:
    have = set(session.scalars(select(VerificationCode.target_id)
                               .where(VerificationCode.target == target)))
    return [i for i in ids if i not in have]


BACKFILL_KEY = "verification_codes_backfilled"  # app_meta: the codes of older papers were given


def ensure_verification_codes(session: Session) -> int:
    """Codes for what was issued before schema 0005 (checked at every start: one read once done;
    the codes and the marker commit together, so a crash half-way is completed next time).
    Their hash is the content as of today: the content seal of the audit trail still vouches
    for the instruments' content at issue. Returns how many codes were given."""
    if session.get(AppMeta, BACKFILL_KEY) is not None:
        return 0
    lock_for_write(session)
    if session.get(AppMeta, BACKFILL_KEY, populate_existing=True) is not None:
        return 0  # another workstation did it meanwhile
    session.add(AppMeta(key=BACKFILL_KEY, value="1"))
    wanted = {
        VERIFY_INSTRUMENT: session.scalars(select(Instrument.id).where(
            Instrument.state != DRAFT).order_by(Instrument.id)),
        VERIFY_CERTIFICATION: session.scalars(select(Certification.id).order_by(
            Certification.id)),
        VERIFY_SUMMONS: session.scalars(select(Summons.id).order_by(Summons.id)),
        VERIFY_MINUTES: session.scalars(select(Minutes.id).where(
            Minutes.state != MINUTES_DRAFT).order_by(Minutes.id)),
    }
    given = 0
    for target, ids in wanted.items():
        for target_id in _missing(session, target, list(ids)):
            give_code(session, target, target_id)
            given += 1
    return given


def code_for(session: Session, target: str, target_id: int | None) -> str | None:
    """The printed form ('MDP-7K3Q-9XW2') of a thing's code, or None (drafts have none)."""
    if target_id is None:
        return None
    code = session.scalar(select(VerificationCode.code).where(
        VerificationCode.target == target, VerificationCode.target_id == target_id))
    return display(code, institution_prefix(session)) if code else None


def institution_prefix(session: Session) -> str:
    from pisac_desktop.core.institution import get_institution

    return prefix_of(get_institution(session).initials)


# --- verifying ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class VerifiedDocument:
    """What the register holds under a code (read model for the screen and the CLI)."""

    code: str  # 'MDP-7K3Q-9XW2'
    kind: str  # 'Resolución de Alcaldía', 'Copia certificada', 'Citación', 'Acta'
    number: str
    date_text: str
    summary: str
    state: str  # 'Vigente', 'ANULADO', ...
    annulled: bool
    sealed_hash: str  # the hash stored with the code
    current_hash: str | None  # the content's hash now (None: the row is gone)
    matches: bool
    verdict: str  # one Spanish sentence

    def lines(self) -> list[tuple[str, str]]:
        return [("Código", self.code), ("Tipo", self.kind), ("Número", self.number),
                ("Fecha", self.date_text), ("Asunto", self.summary), ("Estado", self.state),
                ("Huella SHA-256", self.sealed_hash), ("Contenido", self.verdict)]


def _describe(session: Session, target: str, target_id: int) -> dict:
    if target in (VERIFY_INSTRUMENT, VERIFY_CERTIFICATION):
        cert = session.get(Certification, target_id) if target == VERIFY_CERTIFICATION else None
        doc = session.get(Instrument, cert.instrument_id if cert else target_id)
        if doc is None:
            return {}
        annulled = doc.state == ANNULLED
        state = (f"ANULADO — {doc.annul_reason}" if annulled else "Vigente")
        if cert is not None:
            return {"kind": "Copia certificada", "number": f"{doc.number_text} "
                    f"({cert.copies} {'copia' if cert.copies == 1 else 'copias'}, a solicitud "
                    f"de {cert.requested_by})", "date": cert.certified_on,
                    "summary": doc.summary, "state": state, "annulled": annulled}
        return {"kind": doc.kind.title if doc.kind else "Documento", "number": doc.number_text,
                "date": doc.doc_date, "summary": doc.summary, "state": state,
                "annulled": annulled}
    if target == VERIFY_NOTIFICATION:
        c = session.get(Notification, target_id)
        if c is None:
            return {}
        act = (session.get(Instrument, c.instrument_id) if c.instrument_id else
               session.get(UnitDocument, c.unit_document_id) if c.unit_document_id else None)
        state = (f"Notificada el {long_date(c.notified_at.date())}" if c.notified_at
                 else "Pendiente de notificar")
        return {"kind": "Cédula de notificación", "number": c.number_text, "date": c.issued_on,
                "summary": f"A {c.addressee_name} ({c.addressee_document}): notifica "
                           f"{act.number_text if act else '—'}",
                "state": state, "annulled": False}
    if target == VERIFY_CASE_FILE:
        row = session.get(CaseFile, target_id)
        if row is None:
            return {}
        annulled = row.state == CASE_ANNULLED
        return {"kind": "Cargo de recepción de expediente", "number": row.number_text,
                "date": row.received_at.date(),
                "summary": f"{row.document_kind} de {row.filer_name}: {row.subject}",
                "state": (f"ANULADO — {row.annulled_reason}" if annulled
                          else CASE_STATE_LABELS.get(row.state, row.state)),
                "annulled": annulled}
    if target == VERIFY_UNIT_DOCUMENT:
        row = session.get(UnitDocument, target_id)
        if row is None:
            return {}
        annulled = row.state == DOC_ANNULLED
        return {"kind": row.kind.capitalize().replace("Memorandum", "Memorándum"),
                "number": row.number_text, "date": row.doc_date,
                "summary": f"A {row.addressee}: {row.subject}",
                "state": f"ANULADO — {row.annulled_reason}" if annulled else "Vigente",
                "annulled": annulled}
    from pisac_desktop.db.models import CouncilSession
    from pisac_desktop.db.models.council import session_title

    if target == VERIFY_SUMMONS:
        row = session.get(Summons, target_id)
        if row is None:
            return {}
        s = session.get(CouncilSession, row.session_id)
        cancelled = s is not None and s.state == CANCELLED
        return {"kind": "Citación", "number": row.number_text, "date": row.issued_on,
                "summary": f"A {row.addressee_name} ({row.addressee_post}) para la "
                           f"{session_title(s).lower().replace('n° ', 'N° ')}",
                "state": "SESIÓN CANCELADA" if cancelled else "Vigente",
                "annulled": cancelled}
    row = session.get(Minutes, target_id)
    if row is None:
        return {}
    s = session.get(CouncilSession, row.session_id)
    number = f"Acta N° {row.acta_number}" if row.acta_number else "Acta (sin registrar en libro)"
    if row.first_folio:
        number += f", folios {row.first_folio} al {row.last_folio}"
    return {"kind": "Acta de sesión de concejo", "number": number,
            "date": s.session_date if s else None,
            "summary": f"Acta de la {session_title(s).lower().replace('n° ', 'N° ')}" if s
            else "", "state": {"closed": "Cerrada", "approved": "Aprobada"}.get(row.state,
                                                                              row.state),
            "annulled": False}


def verify(session: Session, text: str) -> VerifiedDocument:
    """What was issued under a code. Raises MistypedCode or UnknownCode (Spanish)."""
    prefix = institution_prefix(session)
    code = normalize(text, prefix)
    row = session.scalar(select(VerificationCode).where(VerificationCode.code == code))
    if row is None:
        raise UnknownCode(f"No hay ningún documento registrado con el código "
                          f"{display(code, prefix)}: el papel no fue emitido por esta "
                          "municipalidad o el código fue alterado.")
    facts = _describe(session, row.target, row.target_id)
    now = current_hash(session, row.target, row.target_id) if facts else None
    matches = now == row.content_sha256
    if not facts:
        verdict = "El documento registrado con este código ya no existe en la base de datos."
    elif matches:
        verdict = "El contenido registrado no ha cambiado desde que se dio el código."
    else:
        verdict = ("EL CONTENIDO REGISTRADO CAMBIÓ después de darse el código: avise al "
                   "administrador (Verificar integridad).")
    date = facts.get("date")
    return VerifiedDocument(
        code=display(code, prefix), kind=facts.get("kind", "—"),
        number=facts.get("number", "—"),
        date_text=long_date(date) if isinstance(date, dt.date) else "—",
        summary=facts.get("summary", ""), state=facts.get("state", "—"),
        annulled=bool(facts.get("annulled")), sealed_hash=row.content_sha256,
        current_hash=now, matches=matches, verdict=verdict)
