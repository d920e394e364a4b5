"""Is the record trustworthy? One check for `check`, `audit-verify` and the audit viewer, the
typed-back head of a printed constancia, and the Constancia de integridad del registro itself.

What is checked: the hash chain (core/audit.py), the append-only triggers, every anchor
outside the database (core/audit_anchor.py: copies, the anchors file, a USB copy) and the
sealed content of every issued document (core/content_seal.py).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.audit import ChainReport, record, verify_chain
from pisac_desktop.core.audit_anchor import (
    Anchor,
    AnchorReport,
    Head,
    anchors_from,
    anchors_in,
    check_anchors,
    entry_difference,
    group_hash,
    live_hash,
    live_head,
)
from pisac_desktop.core.audit_text import text_mismatches
from pisac_desktop.core.content_seal import (
    ContentProblem,
    content_problems,
    kind_digests,
    overall_digest,
    tramite_problems,
)
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.db.audit_guard import missing_triggers
from pisac_desktop.db.backup import sqlite_uri
from pisac_desktop.db.text_index import index_problems
from pisac_desktop.spanish.plural import plural


@dataclass(frozen=True)
class IntegrityReport:
    ok: bool
    lines: tuple[str, ...]  # Spanish, one finding a line, for a terminal or a message box
    chain: ChainReport
    anchors: AnchorReport | None
    content: tuple[ContentProblem, ...] = ()
    missing_triggers: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def verify_file_chain(path: Path) -> ChainReport:
    """verify_chain() on a copy, read-only."""
    engine = create_engine(f"sqlite:///{sqlite_uri(path)}&uri=true")
    try:
        with Session(engine) as session:
            return verify_chain(session)
    finally:
        engine.dispose()


def gather_anchors(backups: Path | None, against: Sequence[Path] = ()) -> list[Anchor]:
    """Every head found: the backups folder (copies and anchors file) and the paths given.
    Raises DomainError for a path given that does not exist."""
    found = anchors_in(backups) if backups is not None else []
    for target in against:
        if not Path(target).exists():
            raise DomainError(f"No existe {target}: indique una copia de seguridad (.sqlite3), "
                              "un archivo de anclas o una carpeta que los contenga.")
        found.extend(anchors_from(Path(target)))
    return found


def check_trail(session: Session, backups: Path | None,
                against: Sequence[Path] = ()) -> IntegrityReport:
    """The chain, its triggers, the external anchors and the sealed content, in Spanish."""
    chain = verify_chain(session)
    lines = [chain.message]
    ok = chain.ok
    missing = tuple(missing_triggers(session.connection()))
    if missing:
        ok = False
        lines.append("Protecciones del registro: faltan los disparadores que impiden modificar o "
                     f"borrar entradas ({', '.join(missing)}); alguien los eliminó. Se reponen al "
                     "restaurar una copia de seguridad.")
    for copy in (Path(p) for p in against if Path(p).is_file()):
        own = _own_chain(copy)
        if own is not None:
            ok = False
            lines.append(own)
    anchors = check_anchors(session, gather_anchors(backups, against))
    lines.append(anchors.message)
    if not anchors.ok:
        ok = False
        lines.extend(f"  {d}" for d in anchors.details)
        copy = _copy_for(anchors, gather_anchors(backups, against), session)
        if copy is not None and anchors.first_divergent is not None:
            lines.append("  " + entry_difference(session, copy, anchors.first_divergent))
    searchable = _search_findings(session)
    if searchable:
        ok = False
        lines.extend(searchable)
    problems = tuple(content_problems(session))
    if problems:
        ok = False
        lines.append(f"Documentos emitidos: {len(problems)} no coinciden con lo sellado en su "
                     "emisión:")
        lines.extend(f"  {p.message}" for p in problems)
    else:
        lines.append("Documentos emitidos: su contenido coincide con lo sellado en su emisión.")
    tramite = tuple(tramite_problems(session))
    if tramite:
        ok = False
        lines.append(f"Trámite documentario: {len(tramite)} expedientes o documentos no "
                     "coinciden con lo sellado al registrarse o emitirse:")
        lines.extend(f"  {p.message}" for p in tramite)
        problems += tramite
    return IntegrityReport(ok, tuple(lines), chain, anchors, problems, missing)


def _search_findings(session: Session) -> list[str]:
    """The text search over the trail and the documents answers from their own rows: entries
    whose search text was edited, or an index that differs from the rows, could hide something
    from a search (the entries themselves are proven by the chain above)."""
    found = []
    edited = text_mismatches(session)
    if edited:
        shown = ", ".join(f"N° {n}" for n in edited[:5]) + (" …" if len(edited) > 5 else "")
        how_many = plural(len(edited), "entrada tiene", "entradas tienen")
        found.append(f"Búsqueda del registro: {how_many} un texto de búsqueda que no corresponde "
                     f"a su contenido ({shown}); alguien lo modificó por fuera del programa y "
                     "podría ocultarlas al buscar.")
    differing = index_problems(session.connection())
    if differing:
        found.append("Índices de búsqueda: no coinciden con los datos "
                     f"({', '.join(differing)}); alguien los modificó por fuera del programa y "
                     "una búsqueda podría no mostrar todo. Avise al encargado de informática.")
    return found


def _own_chain(copy: Path) -> str | None:
    if copy.name.endswith(".pgdump"):  # a server's copy: only its head (sidecar) is compared
        return None
    try:
        from pisac_desktop.core.compressed_backups import plain_copy

        with plain_copy(copy) as plain:  # a compressed copy: its content
            own = verify_file_chain(plain)
    except Exception as exc:  # not a database we can read: said, not fatal
        return f"La copia {copy.name} no se pudo leer como base de datos ({exc})."
    if own.ok:
        return None
    return f"La copia {copy.name} tiene su propio registro alterado: {own.message}"


def _copy_for(report: AnchorReport, anchors: list[Anchor], session: Session) -> Path | None:
    """A copy that holds the diverging entry (to show what it said there)."""
    for anchor in anchors:
        if (anchor.path is not None and report.first_divergent is not None
                and anchor.head.entry >= report.first_divergent
                and live_hash(session, anchor.head.entry) != anchor.head.hash):
            return anchor.path
    return None


# --- a head typed back from paper --------------------------------------------------------------
def parse_head(entry_text: str, hash_text: str) -> Head:
    """'1 234' and '3F2A 9B0C …' (spaces, dashes, groups, capitals accepted) as a Head.
    Raises ValidationFailed with a Spanish message per field."""
    errors = []
    digits = re.sub(r"[\s.N°º#:]", "", entry_text or "")
    entry = int(digits) if digits.isdigit() and len(digits) <= 12 else None
    if entry is None or entry < 1:
        errors.append(FieldError("entry", "Escriba el número de la última entrada que figura "
                                          "en la constancia (solo cifras)."))
    value = re.sub(r"[\s\-:·.]", "", hash_text or "").lower()
    if not re.fullmatch(r"[0-9a-f]{64}", value):
        count = len(value)
        bad = sorted({c for c in value if c not in "0123456789abcdef"})
        detail = (f"tiene caracteres que no son cifras ni letras de la «a» a la «f» "
                  f"({' '.join(bad[:5])})" if bad else f"tiene {count} caracteres")
        errors.append(FieldError("hash", f"La huella tiene 64 caracteres (16 grupos de 4); la "
                                         f"escrita {detail}."))
    if errors:
        raise ValidationFailed(errors)
    return Head(entry, value)


@dataclass(frozen=True)
class HeadCheck:
    ok: bool
    message: str  # Spanish


def check_typed_head(session: Session, head: Head) -> HeadCheck:
    """Does the live chain still hold, at entry N, the hash printed on a constancia?"""
    chain = verify_chain(session)
    live = live_head(session)
    found = live_hash(session, head.entry)
    if found is None:
        return HeadCheck(False, f"La constancia menciona la entrada N° {head.entry}, pero el "
                                f"registro tiene hoy solo {live.entry} entradas: se eliminaron "
                                "entradas registradas. Avise de inmediato a la Secretaría "
                                "General.")
    if found != head.hash:
        return HeadCheck(False, f"La entrada N° {head.entry} tiene hoy otra huella "
                                f"({group_hash(found)[:19]}…): el registro fue reescrito hasta "
                                "esa entrada o antes. Avise de inmediato a la Secretaría "
                                "General y conserve las copias de seguridad.")
    if not chain.ok:
        return HeadCheck(False, "La huella coincide con la entrada N° "
                                f"{head.entry}, pero {chain.message[0].lower()}"
                                f"{chain.message[1:]}")
    later = live.entry - head.entry
    after = ("" if not later else
             f" Después de ella se registraron {later} entradas más, también encadenadas.")
    return HeadCheck(True, f"Coincide: la entrada N° {head.entry} tiene esa huella, así que el "
                           "registro contiene sin cambios toda la historia certificada en la "
                           f"constancia.{after}")


# --- the constancia ------------------------------------------------------------------------------
def certificate_data(session: Session, now: dt.datetime):
    """The Constancia de integridad del registro as plain data for reports/integrity.py."""
    from pisac_desktop.core.institution import (
        get_institution,
        holder_on,
        post_label,
        signature_name,
    )
    from pisac_desktop.core.letterhead import letterhead
    from pisac_desktop.reports import integrity as rp

    chain = verify_chain(session)
    head = live_head(session)
    digests = kind_digests(session)
    problems = content_problems(session)
    holder = holder_on(session, "GENERAL_SECRETARY", now.date())
    post = post_label("GENERAL_SECRETARY", bool(holder and holder.feminine)).upper()
    inst = get_institution(session)
    return rp.IntegrityCertificate(
        letterhead=letterhead(session, now.date().year),
        place_date=f"{inst.city or 'Pisac'}, {_long(now.date())}",
        moment=now, entries=head.entry, head_hash=head.hash,
        kinds=tuple(rp.KindLine(d.plural, d.issued, d.annulled, d.digest) for d in digests),
        content_hash=overall_digest(digests),
        chain_ok=chain.ok and not problems,
        chain_text=chain.message if not problems else
        plural(len(problems), "documento emitido no coincide", "documentos emitidos no coinciden")
        + " con lo sellado en su emisión.",
        signer=rp.Signer(signature_name(holder) if holder else "", post),
        institution_name=inst.name,
    )


def _long(day: dt.date) -> str:
    from pisac_desktop.spanish.dates import long_date

    return long_date(day)


def certificate_pdf(session: Session, actor: Actor,
                    now: Callable[[], dt.datetime] | None = None) -> tuple[bytes, str, Head]:
    """The constancia as PDF bytes, its file name and the head it certifies; the print is
    audited (its own entry comes after the certified head)."""
    from pisac_desktop.reports.integrity import render_integrity_certificate

    require(actor, Permission.VIEW_AUDIT, session)
    moment = (now or clock_of(session).now)()
    data = certificate_data(session, moment)
    pdf = render_integrity_certificate(data)
    head = Head(data.entries, data.head_hash)
    record(session, actor, "print", "audit", head.entry,
           {"constancia de integridad": [None, f"entrada N° {head.entry}, "
                                               f"{group_hash(head.hash)}"]})
    name = f"constancia-integridad-{moment:%Y%m%d-%H%M}.pdf"
    return pdf, name, head


# --- a copy about to be restored ---------------------------------------------------------------
@dataclass(frozen=True)
class CopyTrust:
    chain: ChainReport | None  # None: the copy has no audit trail (an older schema)
    missing_triggers: tuple[str, ...]
    foreign: str | None  # Spanish: whose copy it is, when not this institution's


def copy_trust(copy: Path, current: Path | None) -> CopyTrust:
    """The copy's own chain, its append-only triggers, and whether it belongs to the same
    institution (RUC; the name when a RUC is missing) as the current database file."""
    import sqlite3
    from contextlib import closing

    from pisac_desktop.core.audit_anchor import file_head, file_ruc
    from pisac_desktop.db.audit_guard import missing_triggers_in_file
    from pisac_desktop.db.backup import connect_read_only

    chain = verify_file_chain(copy) if file_head(copy) is not None else None
    try:
        with closing(connect_read_only(copy)) as conn:
            missing = tuple(missing_triggers_in_file(conn))
    except sqlite3.Error:
        missing = ()
    foreign = None
    theirs = file_ruc(copy)
    ours = file_ruc(current) if current is not None and current.exists() else None
    if theirs and ours:
        (their_ruc, their_name), (our_ruc, our_name) = theirs, ours
        differ = (their_ruc != our_ruc if their_ruc and our_ruc
                  else their_name.casefold().strip() != our_name.casefold().strip())
        if differ:
            foreign = (f"La copia {copy.name} es de otra institución: "
                       f"{their_name or 'sin nombre'} (RUC {their_ruc or 'sin registrar'}), y la "
                       f"base de datos actual es de {our_name or 'sin nombre'} (RUC "
                       f"{our_ruc or 'sin registrar'}).")
    return CopyTrust(chain, missing, foreign)
