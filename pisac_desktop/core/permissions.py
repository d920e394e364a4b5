"""Roles and the permission matrix: the one place that says which role may do what.

Domain use cases call require(actor, Permission.X); the GUI only hides what require() would refuse.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from pisac_desktop.core.errors import DomainError


class Role(StrEnum):
    ADMIN = "admin"
    GENERAL_SECRETARIAT = "general_secretariat"
    MUNICIPAL_MANAGEMENT = "municipal_management"
    INTAKE = "intake"  # Mesa de Partes
    CIVIL_REGISTRY = "civil_registry"
    UNIT_STAFF = "unit_staff"  # works the case files of the units they belong to
    READ_ONLY = "read_only"

    @property
    def label(self) -> str:
        return ROLE_LABELS[self]


ROLE_LABELS = {
    Role.ADMIN: "Administrador",
    Role.GENERAL_SECRETARIAT: "Secretaría General",
    Role.MUNICIPAL_MANAGEMENT: "Gerencia Municipal",
    Role.INTAKE: "Mesa de Partes",
    Role.CIVIL_REGISTRY: "Registro Civil",
    Role.UNIT_STAFF: "Unidad orgánica (expedientes)",
    Role.READ_ONLY: "Consulta",
}


class Permission(StrEnum):
    VIEW = "view"
    EDIT_INSTITUTION = "edit_institution"
    MANAGE_USERS = "manage_users"
    VIEW_AUDIT = "view_audit"
    BACKUP = "backup"
    RESTORE = "restore"
    # Normative documents: each kind belongs to one office (its module).
    SECRETARIA_INSTRUMENTS = "secretaria_instruments"
    GERENCIA_INSTRUMENTS = "gerencia_instruments"
    CERTIFY = "certify"
    SET_NEXT_NUMBER = "set_next_number"
    EDIT_INSTRUMENT_KINDS = "edit_instrument_kinds"
    # The council's work (Secretaría General): sessions, summonses, attendance, votes, actas.
    COUNCIL = "council"
    # Send agenda proposals (the Gerencia Municipal proposes; ROF art. 32).
    PROPOSE_AGENDA = "propose_agenda"
    EDIT_CALENDAR = "edit_calendar"
    # Where this workstation's data is: the local file or the office server (administrator).
    CONFIGURE_DATABASE = "configure_database"
    # Trámite documentario: register filings at the desk; work the case files of one's units;
    # see every unit's case files (Secretaría General, Gerencia: ROF art. 32); edit the TUPA.
    INTAKE_DESK = "intake_desk"
    CASE_FILES = "case_files"
    ALL_CASE_FILES = "all_case_files"
    EDIT_TUPA = "edit_tupa"
    # The Gerencia Municipal's follow-up of the acts issued (ROF art. 32): give compromisos to
    # the units, reprogram and evaluate them. Units report on their own with CASE_FILES.
    FOLLOW_UP = "follow_up"
    # Moving in: the registers kept before the application (registros históricos) and the
    # scanned archive, imported by the Secretaría General, which keeps the numbering (ROF
    # art. 56); each kind's own office permission is asked too.
    IMPORT_REGISTERS = "import_registers"


PERMISSION_LABELS = {
    Permission.VIEW: "consultar la información",
    Permission.EDIT_INSTITUTION: "modificar los datos de la institución",
    Permission.MANAGE_USERS: "administrar los usuarios",
    Permission.VIEW_AUDIT: "ver el registro de auditoría",
    Permission.BACKUP: "hacer copias de seguridad",
    Permission.RESTORE: "restaurar una copia de seguridad",
    Permission.SECRETARIA_INSTRUMENTS: "redactar, emitir, anular, publicar y distribuir las "
                                       "normas y resoluciones de la Secretaría General",
    Permission.GERENCIA_INSTRUMENTS: "redactar, emitir, anular y distribuir las resoluciones y "
                                     "directivas de la Gerencia Municipal",
    Permission.CERTIFY: "certificar copias de normas y resoluciones",
    Permission.SET_NEXT_NUMBER: "fijar el siguiente número de una numeración",
    Permission.EDIT_INSTRUMENT_KINDS: "modificar los tipos de documento y sus plantillas",
    Permission.COUNCIL: "programar y convocar sesiones de concejo, registrar asistencia, "
                        "votaciones y actas",
    Permission.PROPOSE_AGENDA: "presentar propuestas de agenda del concejo",
    Permission.EDIT_CALENDAR: "modificar el calendario de días no laborables",
    Permission.CONFIGURE_DATABASE: "elegir la base de datos de la computadora (archivo local o "
                                   "servidor de la oficina)",
    Permission.INTAKE_DESK: "registrar documentos en Mesa de Partes e imprimir sus cargos",
    Permission.CASE_FILES: "recibir, derivar, responder y archivar los expedientes de su unidad",
    Permission.ALL_CASE_FILES: "consultar los expedientes de todas las unidades",
    Permission.EDIT_TUPA: "modificar los procedimientos del TUPA",
    Permission.FOLLOW_UP: "dar compromisos de seguimiento a las unidades, reprogramarlos y "
                          "evaluar su cumplimiento",
    Permission.IMPORT_REGISTERS: "importar los registros anteriores al sistema y adjuntar el "
                                 "archivo escaneado",
}

_EVERYONE = {Permission.VIEW, Permission.BACKUP}

MATRIX: dict[Role, frozenset[Permission]] = {
    Role.ADMIN: frozenset(Permission),
    Role.GENERAL_SECRETARIAT: frozenset(_EVERYONE | {
        Permission.EDIT_INSTITUTION, Permission.VIEW_AUDIT, Permission.SECRETARIA_INSTRUMENTS,
        Permission.CERTIFY, Permission.EDIT_INSTRUMENT_KINDS, Permission.COUNCIL,
        Permission.PROPOSE_AGENDA, Permission.EDIT_CALENDAR, Permission.INTAKE_DESK,
        Permission.CASE_FILES, Permission.ALL_CASE_FILES, Permission.EDIT_TUPA,
        Permission.IMPORT_REGISTERS,
    }),
    Role.MUNICIPAL_MANAGEMENT: frozenset(_EVERYONE | {
        Permission.GERENCIA_INSTRUMENTS, Permission.PROPOSE_AGENDA, Permission.CASE_FILES,
        Permission.ALL_CASE_FILES, Permission.FOLLOW_UP,
    }),
    Role.INTAKE: frozenset(_EVERYONE | {Permission.INTAKE_DESK, Permission.CASE_FILES}),
    Role.CIVIL_REGISTRY: frozenset(_EVERYONE | {Permission.CASE_FILES}),
    Role.UNIT_STAFF: frozenset(_EVERYONE | {Permission.CASE_FILES}),
    Role.READ_ONLY: frozenset({Permission.VIEW}),
}


SYSTEM_USERNAME = "sistema"


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in user, or the system/command line (user_id None)."""

    user_id: int | None
    username: str
    full_name: str
    roles: frozenset[Role] = field(default_factory=frozenset)
    workstation: str = ""

    @property
    def is_system(self) -> bool:
        return self.user_id is None and self.username == SYSTEM_USERNAME

    def can(self, permission: Permission) -> bool:
        return any(permission in MATRIX.get(role, frozenset()) for role in self.roles)

    @classmethod
    def system(cls, description: str, workstation: str = "") -> Actor:
        """The office's IT person at the command line, or the app itself (automatic backups)."""
        return cls(None, SYSTEM_USERNAME, description, frozenset({Role.ADMIN}), workstation)


class PermissionDenied(DomainError):
    pass


def require(actor: Actor, permission: Permission, session=None) -> None:
    """Refuse unless the actor may do it. With a session, a signed-in person's account is read
    again, so a deactivation or a role taken away counts at once, not at the next sign-in."""
    roles = actor.roles
    if session is not None and actor.user_id is not None:
        from pisac_desktop.db.models import User

        user = session.get(User, actor.user_id)
        if user is None or not user.active:
            raise PermissionDenied(
                "Su cuenta fue desactivada por el administrador; no puede seguir trabajando. "
                "Cierre la sesión."
            )
        roles = frozenset(Role(r) for r in user.role_codes if r in Role._value2member_map_)
    if not any(permission in MATRIX.get(role, frozenset()) for role in roles):
        raise PermissionDenied(_denied(actor, permission))


def _denied(actor: Actor, permission: Permission) -> str:
    return (f"{actor.full_name or actor.username} no tiene permiso para "
            f"{PERMISSION_LABELS[permission]}. Pídalo al administrador del sistema.")


def permission_refusal(actor: Actor, permission: Permission) -> str | None:
    """What require() would say to this actor (as signed in), or None when it may."""
    return None if actor.can(permission) else _denied(actor, permission)


def require_in(db, actor: Actor, permission: Permission) -> None:
    """require() in a short unit of work of its own (for use cases that take a Database)."""
    with db.session() as session:
        require(actor, permission, session)
