"""The audit trail: append-only, each entry chained to the previous one by SHA-256.

record() is the only writer. verify_chain() walks the chain and names the first entry that was
altered, deleted or inserted behind the application's back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import socket
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from pisac_desktop.clock import moment_of
from pisac_desktop.core.audit_text import search_text_of
from pisac_desktop.core.permissions import Actor
from pisac_desktop.db.models import AppMeta, AuditEntry

GENESIS = "0" * 64
HEAD_KEY = "audit_head"  # app_meta row "<id>:<hash>" of the last entry; also the append lock

ACTION_LABELS = {
    "sign_in": "Inicio de sesión",
    "sign_in_failed": "Intento fallido de inicio de sesión",
    "sign_out": "Cierre de sesión",
    "account_locked": "Cuenta bloqueada",
    "unlock": "Desbloqueo de cuenta",
    "password_change": "Cambio de contraseña",
    "password_reset": "Contraseña restablecida",
    "create": "Creación",
    "update": "Modificación",
    "deactivate": "Desactivación",
    "activate": "Reactivación",
    "settings_change": "Cambio de configuración",
    "backup": "Copia de seguridad",
    "restore": "Restauración",
    "move_to_server": "Traslado al servidor",
    "export": "Exportación",
    "import": "Importación",
    "print": "Impresión",
    "issue": "Emisión",
    "annul": "Anulación",
    "certify": "Certificación",
    "notify": "Notificación",
    "publish": "Publicación",
    "distribute": "Distribución",
    "delete": "Eliminación de borrador",
    "convene": "Convocatoria",
    "deliver": "Entrega de citación",
    "attendance": "Registro de asistencia",
    "vote": "Votación",
    "state_change": "Cambio de estado",
    "close": "Cierre",
    "approve": "Aprobación",
    "register": "Registro en libro",
    "seal": "Sellado de contenido",
    "intake": "Registro en Mesa de Partes",
    "receive": "Recepción",
    "refer": "Derivación",
    "answer": "Atención",
    "archive": "Archivo",
    "attach": "Archivo escaneado adjunto",
}

ENTITY_LABELS = {
    "user": "Usuario",
    "institution": "Datos de la institución",
    "database": "Base de datos",
    "audit": "Registro de auditoría",
    "instrument": "Norma o resolución",
    "number_sequence": "Numeración",
    "instrument_kind": "Tipo de documento",
    "council_member": "Miembro del concejo",
    "council_session": "Sesión de concejo",
    "council_settings": "Configuración del concejo",
    "agenda_proposal": "Propuesta de agenda",
    "agenda_item": "Punto de agenda",
    "summons": "Citación",
    "minutes": "Acta",
    "minutes_book": "Libro de actas",
    "non_working_day": "Día no laborable",
    "case_file": "Expediente",
    "tupa_procedure": "Procedimiento del TUPA",
    "unit_document": "Documento de unidad (oficio, carta, informe, constancia…)",
    "archive_transfer": "Transferencia al Archivo Central",
    "information_request": "Solicitud de acceso a la información",
    "information_officer": "Funcionario responsable de la información",
    "appeal": "Recurso administrativo",
    "appeal_rule": "Instancia de los recursos",
    "complaint": "Libro de reclamaciones",
    "councillor_request": "Pedido de regidor",
    "certifying_officer": "Fedatario",
    "authenticated_copy": "Copia autenticada por fedatario",
    "test_page": "Página de prueba de impresión",
    "register_import": "Importación de un registro histórico",
    "scanned_archive": "Archivo escaneado",
}


def workstation_name() -> str:
    return socket.gethostname()[:120] or "desconocida"


def _canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      default=str)


def entry_hash(entry) -> str:
    """SHA-256 over the entry's own content and the previous entry's hash (ORM object or row)."""
    payload = _canonical([entry.id, entry.at, entry.username, entry.workstation, entry.action,
                          entry.entity, entry.entity_id, entry.changes, entry.prev_hash])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def diff(before: dict[str, Any], after: dict[str, Any]) -> dict[str, list[Any]]:
    """{field: [before, after]} for the fields that changed."""
    return {k: [before.get(k), after.get(k)] for k in sorted(set(before) | set(after))
            if before.get(k) != after.get(k)}


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str,
    entity_id: object = "",
    changes: dict[str, Any] | None = None,
    clock: Callable[[], dt.datetime] | None = None,
) -> AuditEntry:
    """Append one entry in the caller's transaction (so it commits or rolls back with the change).
    Its time is the unit of work's clock unless `clock` is given."""
    if actor.is_system and actor.full_name:
        # The system or the command line: keep who that was ("línea de órdenes (juan)").
        changes = {**(changes or {}), "por": [None, actor.full_name]}
    last_id, last_hash, has_head = _predecessor(session)
    entry = AuditEntry(
        id=last_id + 1,
        at=moment_of(session, clock).astimezone(dt.UTC).isoformat(timespec="microseconds"),
        user_id=actor.user_id,
        username=actor.username,
        workstation=(actor.workstation or workstation_name())[:120],
        action=action,
        entity=entity,
        entity_id=str(entity_id or ""),
        changes=_canonical(changes) if changes else "",
        prev_hash=last_hash,
    )
    entry.hash = entry_hash(entry)
    entry.search_text = search_text_of(entry.username, entry.workstation, entry.entity_id,
                                       entry.changes)
    session.add(entry)
    head = f"{entry.id}:{entry.hash}"
    if has_head:
        session.execute(update(AppMeta).where(AppMeta.key == HEAD_KEY).values(value=head)
                        .execution_options(synchronize_session=False))
    else:
        session.add(AppMeta(key=HEAD_KEY, value=head))
    session.flush()
    session.info[_HEAD_OF_TRANSACTION] = (_transaction(session), entry.id, entry.hash)
    return entry


_HEAD_OF_TRANSACTION = "pisac_audit_head"


def _transaction(session: Session):
    """The innermost transaction (a savepoint rolled back must not leave its head behind)."""
    return session.get_nested_transaction() or session.get_transaction()


def _predecessor(session: Session) -> tuple[int, str, bool]:
    """(id, hash) of the last entry and whether the head row exists, with the append lock held.

    The first entry of a transaction locks and reads the head row in one statement (UPDATE ...
    RETURNING): that serialises appends from every workstation, so two entries can never claim
    the same predecessor. Later entries of the same transaction already hold the lock and know
    the head they wrote: each costs one INSERT and the head's UPDATE."""
    cached = session.info.get(_HEAD_OF_TRANSACTION)
    if cached is not None and cached[0] is _transaction(session):
        return cached[1], cached[2], True
    value = session.execute(
        update(AppMeta).where(AppMeta.key == HEAD_KEY).values(value=AppMeta.value)
        .returning(AppMeta.value).execution_options(synchronize_session=False)
    ).scalar()
    if value:
        last_id, _, last_hash = value.partition(":")
        return int(last_id), last_hash, True
    # No head row yet (a new trail, or one written before the row existed): the last entry.
    last = session.execute(
        select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)
    ).first()
    return (last.id, last.hash, value is not None) if last else (0, GENESIS, value is not None)


@dataclass(frozen=True)
class ChainReport:
    ok: bool
    entries: int
    message: str  # Spanish
    first_bad_id: int | None = None


def verify_chain(session: Session, batch: int = 5000) -> ChainReport:
    """Walk every entry in order; report the first one that does not fit the chain."""
    prev_hash, expected_id, count = GENESIS, 1, 0
    last_id = 0
    while True:
        table = AuditEntry.__table__
        rows = session.execute(  # plain rows: nothing is loaded into the caller's session
            select(table).where(table.c.id > last_id).order_by(table.c.id).limit(batch)
        ).all()
        if not rows:
            break
        for entry in rows:
            count += 1
            if entry.id != expected_id:
                what = "eliminadas" if entry.id > expected_id else "duplicadas"
                return _bad(count, expected_id,
                            f"faltan o están {what} entradas antes de la N° {entry.id} "
                            f"(se esperaba la N° {expected_id})")
            if entry.prev_hash != prev_hash:
                return _bad(count, entry.id,
                            f"la entrada N° {entry.id} no continúa la cadena: una entrada "
                            "anterior fue eliminada, o esta fue insertada fuera de la aplicación")
            if entry_hash(entry) != entry.hash:
                return _bad(count, entry.id,
                            f"la entrada N° {entry.id} ({entry.at[:19].replace('T', ' ')}) fue "
                            "alterada después de registrarse")
            prev_hash, expected_id = entry.hash, entry.id + 1
            last_id = entry.id
    head = session.scalar(select(AppMeta.value).where(AppMeta.key == HEAD_KEY))
    if head is not None and head != f"{expected_id - 1}:{prev_hash}":
        head_id = head.split(":", 1)[0]
        return _bad(count, int(head_id) if head_id.isdigit() else None,
                    f"la última entrada registrada era la N° {head_id} y ya no está: "
                    "fueron eliminadas entradas del final")
    if head is None and count:
        return _bad(count, None, "falta la marca de la última entrada")
    return ChainReport(True, count, f"Registro de auditoría íntegro: {count} entradas verificadas.")


def _bad(count: int, entry_id: int | None, detail: str) -> ChainReport:
    return ChainReport(False, count, f"El registro de auditoría fue manipulado: {detail}.",
                       entry_id)
