"""The frozen content of each issued document, sealed into the audit trail.

issue() records the SHA-256 of everything frozen at issue (FROZEN_COLUMNS: number, kind, date,
summary, seen, whereas, legal basis, articles, references, signer, issuer, closing, year name)
in its "Emisión" entry as 'contenido_sha256'. Since the trail is chained (and anchored outside
the database), a later edit of the row with plain SQL no longer goes unseen: content_problems()
names the document.

After annulment the issued content stays sealed as it was (annul() does not touch it); the
annulment itself is checked against its "Anulación" entry (reason and annulling document).

Databases from before this seal: ensure_content_baseline() records, once, a "Sellado de
contenido" entry per issued document that has no seal. That baseline vouches for the content as
it was on that day, not on the day of issue: an edit made before the upgrade cannot be seen.
It runs only while the trail has neither a baseline nor a sealed issue, so a document slipped in
with SQL later is reported, never sealed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.audit import record
from pisac_desktop.core.permissions import Actor
from pisac_desktop.db.models import AppMeta, AuditEntry, Instrument, InstrumentKind
from pisac_desktop.db.models.instruments import ANNULLED, DRAFT, FROZEN_COLUMNS, ISSUED
from pisac_desktop.db.write_lock import lock_for_write

HASH_FIELD = "contenido_sha256"
SEAL_ACTION = "seal"
# A registro histórico (instruments/historic.py) is sealed by the entry of its import, which
# also carries its annulment ('motivo') when the register says it was annulled.
HISTORIC_ACTION = "import"
BASELINE_ACTOR = "sellado al actualizar"


def content_hash(instrument: Instrument) -> str:
    """SHA-256 of the frozen content, as stored (text, JSON lists as saved, ISO date)."""
    values = {}
    for column in FROZEN_COLUMNS:
        value = getattr(instrument, column)
        values[column] = value.isoformat() if isinstance(value, dt.date) else value
    payload = json.dumps(values, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def seal_changes(instrument: Instrument) -> dict[str, list]:
    """The 'contenido_sha256' change an issue (or a baseline) entry carries."""
    return {HASH_FIELD: [None, content_hash(instrument)]}


@dataclass
class _Seal:
    number_text: str = ""
    sealed: str | None = None  # the hash recorded at issue (or at the baseline)
    annul_reason: str | None = None  # what the Anulación entry says, when there is one
    annulled_by: str = ""
    entry: int = 0  # the entry that sealed it


def _seals(session: Session) -> dict[int, _Seal]:
    """What the trail says about each instrument: its seal and its annulment."""
    seals: dict[int, _Seal] = defaultdict(_Seal)
    rows = session.execute(
        select(AuditEntry.id, AuditEntry.action, AuditEntry.entity_id, AuditEntry.changes)
        .where(AuditEntry.entity == "instrument",
               AuditEntry.action.in_(("issue", SEAL_ACTION, "annul", HISTORIC_ACTION)))
        .order_by(AuditEntry.id)).all()
    for row in rows:
        if not row.entity_id.isdigit():
            continue
        try:
            changes = json.loads(row.changes) if row.changes else {}
        except ValueError:
            continue
        seal = seals[int(row.entity_id)]
        if row.action == "annul" or (row.action == HISTORIC_ACTION
                                     and _after(changes, "motivo") is not None):
            seal.annul_reason = _after(changes, "motivo") or ""
            seal.annulled_by = _after(changes, "anulado por") or ""
            if row.action == "annul":
                continue
        if _after(changes, HASH_FIELD):
            seal.sealed = _after(changes, HASH_FIELD)
            seal.entry = row.id
        seal.number_text = _after(changes, "número") or seal.number_text
    return seals


def _agree(name: str, feminine: str) -> str:
    """'modificada' for a resolución, 'modificado' for an acuerdo or a decreto."""
    if name.upper().startswith(("ACUERDO", "DECRETO", "EL DOCUMENTO")):
        return feminine[:-1] + "o"
    return feminine


def _after(changes: dict, key: str):
    value = changes.get(key)
    return value[1] if isinstance(value, list) and len(value) == 2 else None


def sealing_started(session: Session) -> bool:
    """Has the trail ever sealed a document (a baseline, or an issue with its hash)?"""
    if session.scalar(select(AuditEntry.id).where(AuditEntry.action == SEAL_ACTION).limit(1)):
        return True
    return session.scalar(select(AuditEntry.id).where(
        AuditEntry.action == "issue", AuditEntry.entity == "instrument",
        AuditEntry.changes.like(f'%"{HASH_FIELD}"%')).limit(1)) is not None


BASELINE_KEY = "content_seal_started"  # app_meta: the baseline question is settled


def ensure_content_baseline(session: Session, actor: Actor | None = None) -> int:
    """Once per database: seal the issued documents of a database from before the seal.
    Returns how many were sealed (0 almost always). Every later start costs one read of a
    marker (no scan of the trail, no write lock); the first one takes the write lock before it
    reads what to seal (two workstations starting at once seal once), in the caller's
    transaction, and writes the marker with the seals."""
    if session.get(AppMeta, BASELINE_KEY) is not None:
        return 0
    lock_for_write(session)
    if session.get(AppMeta, BASELINE_KEY, populate_existing=True) is not None:
        return 0
    sealed = 0 if sealing_started(session) else _seal_issued(session, actor)
    session.add(AppMeta(key=BASELINE_KEY, value="1"))
    return sealed


def _seal_issued(session: Session, actor: Actor | None) -> int:
    issued = list(session.scalars(select(Instrument).where(
        Instrument.state.in_((ISSUED, ANNULLED))).order_by(Instrument.id)))
    actor = actor or Actor.system(BASELINE_ACTOR)
    for instrument in issued:
        record(session, actor, SEAL_ACTION, "instrument", instrument.id,
               {"número": [None, instrument.number_text], **seal_changes(instrument)})
    return len(issued)


@dataclass(frozen=True)
class ContentProblem:
    instrument_id: int
    number_text: str
    message: str  # Spanish, names the document


def content_problems(session: Session) -> list[ContentProblem]:
    """Every issued document whose row no longer matches what the trail sealed."""
    seals = _seals(session)
    started = any(s.sealed for s in seals.values())
    problems: list[ContentProblem] = []
    rows = {i.id: i for i in session.scalars(
        select(Instrument).where(Instrument.state != DRAFT))}

    def add(instrument_id: int, name: str, what: str, rest: str) -> None:
        problems.append(ContentProblem(instrument_id, name,
                                       f"{name} fue {_agree(name, what)} {rest}".strip() + "."))

    for instrument_id, seal in sorted(seals.items()):
        if seal.sealed is None:
            continue
        name = seal.number_text or f"El documento id {instrument_id}"
        row = rows.get(instrument_id) or session.get(Instrument, instrument_id)
        if row is None:
            add(instrument_id, name, "eliminada", "de la base de datos después de emitirse")
        elif row.state == DRAFT:
            add(instrument_id, name, "devuelta", "a borrador fuera de la aplicación")
        elif content_hash(row) != seal.sealed:
            add(instrument_id, name, "modificada", "después de emitirse")
        elif (row.state == ANNULLED) != (seal.annul_reason is not None):
            add(instrument_id, name, "anulada" if row.state == ANNULLED else "desanulada",
                "fuera de la aplicación")
        elif row.state == ANNULLED and (row.annul_reason != seal.annul_reason
                                        or row.annulled_by_text != seal.annulled_by):
            problems.append(ContentProblem(instrument_id, name, f"La anulación de {name} fue "
                                           "modificada después de registrarse."))
    if started:
        for instrument_id, row in sorted(rows.items()):
            if instrument_id not in seals or seals[instrument_id].sealed is None:
                name = row.number_text or f"El documento id {instrument_id}"
                problems.append(ContentProblem(
                    instrument_id, name, f"{name} figura como {_agree(name, 'emitida')} sin "
                    f"registro de emisión ({_agree(name, 'agregada')} fuera de la aplicación)."))
    return problems


@dataclass(frozen=True)
class KindDigest:
    code: str
    plural: str  # "Resoluciones de Alcaldía"
    issued: int  # issued or annulled (both keep their number)
    annulled: int
    digest: str  # SHA-256 over the content hashes of its documents, in number order


def kind_digests(session: Session) -> list[KindDigest]:
    """Per kind, the count of issued documents and one hash of all their frozen content."""
    kinds = {k.code: k for k in session.scalars(select(InstrumentKind))}
    per_kind: dict[str, list[Instrument]] = defaultdict(list)
    for row in session.scalars(select(Instrument).where(Instrument.state != DRAFT)
                               .order_by(Instrument.year, Instrument.number, Instrument.id)):
        per_kind[row.kind_code].append(row)
    result = []
    for code, kind in sorted(kinds.items(), key=lambda kv: (kv[1].position, kv[0])):
        docs = per_kind.get(code, [])
        if not docs and kind.module not in ("secretaria", "gerencia"):
            continue
        digest = hashlib.sha256("\n".join(content_hash(d) for d in docs).encode()).hexdigest()
        result.append(KindDigest(code, kind.plural, len(docs),
                                 sum(1 for d in docs if d.state == ANNULLED), digest))
    return result


def overall_digest(digests: list[KindDigest]) -> str:
    text = "\n".join(f"{d.code}:{d.issued}:{d.digest}" for d in digests)
    return hashlib.sha256(text.encode()).hexdigest()


# ----------------------------------------------------------------------------------------------
# Case files and units' documents (trámite): sealed the same way, in their registration and
# issue entries, with the hash their verification code uses (core/verification.current_hash).

TRAMITE_SEALS = (("case_file", "intake", "case_file", "El expediente {n} fue modificado "
                  "después de registrarse."),
                 ("unit_document", "issue", "unit_document", "El {n} fue modificado después de "
                  "emitirse."))


def tramite_seal(session: Session, target: str, target_id: int) -> dict[str, list]:
    """The 'contenido_sha256' change a case file's registration (target 'case_file') or a unit
    document's issue ('unit_document') carries."""
    from pisac_desktop.core.verification import current_hash

    return {HASH_FIELD: [None, current_hash(session, target, target_id)]}


def tramite_problems(session: Session) -> list[ContentProblem]:
    """Case files and units' documents whose row no longer matches what the trail sealed when
    they were registered or issued (a backdated filing, a subject rewritten, an oficio edited)."""
    from pisac_desktop.core.verification import current_hash

    problems = []
    for entity, action, target, message in TRAMITE_SEALS:
        rows = session.execute(
            select(AuditEntry.entity_id, AuditEntry.changes)
            .where(AuditEntry.entity == entity, AuditEntry.action == action)
            .order_by(AuditEntry.id)).all()
        for entity_id, changes in rows:
            try:
                parsed = json.loads(changes) if changes else {}
            except ValueError:
                continue
            sealed = _after(parsed, HASH_FIELD)
            if not sealed or not entity_id.isdigit():
                continue
            name = _after(parsed, "número") or f"id {entity_id}"
            now = current_hash(session, target, int(entity_id))
            if now is None:
                problems.append(ContentProblem(int(entity_id), name, f"{name} fue eliminado "
                                               "de la base de datos."))
            elif now != sealed:
                problems.append(ContentProblem(int(entity_id), name,
                                               message.format(n=name)))
    return problems
