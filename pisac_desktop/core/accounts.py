"""Accounts: passwords, sign-in with lockout, and user administration. Every step is audited."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import hmac
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from pisac_desktop.clock import local_from_naive_utc, moment_of
from pisac_desktop.core.audit import diff, record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import ROLE_LABELS, Actor, Permission, Role, require
from pisac_desktop.db.models import User, UserRole
from pisac_desktop.db.write_lock import writes

MIN_PASSWORD_LENGTH = 8
MAX_FAILED_ATTEMPTS = 5
LOCK_MINUTES = 15
# scrypt: memory-hard (16 MiB with these parameters), per-user random salt.
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1
_USERNAME = re.compile(r"[a-z0-9._-]{3,40}")

Clock = Callable[[], dt.datetime]


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R,
                            p=SCRYPT_P, dklen=32)
    b64 = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${b64(salt).decode()}${b64(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n),
                                r=int(r), p=int(p), dklen=len(expected))
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC).replace(tzinfo=None)


def local_time_text(naive_utc: dt.datetime) -> str:
    local = local_from_naive_utc(naive_utc)
    return local.strftime("%H:%M del %d/%m/%Y")


def password_error(password: str) -> str | None:
    if len(password) < MIN_PASSWORD_LENGTH:
        return f"La contraseña debe tener al menos {MIN_PASSWORD_LENGTH} caracteres."
    if password.strip() != password:
        return "La contraseña no puede empezar ni terminar con espacios."
    return None


def actor_for(user: User, workstation: str = "") -> Actor:
    roles = frozenset(Role(code) for code in user.role_codes if code in Role._value2member_map_)
    return Actor(user.id, user.username, user.full_name, roles, workstation)


def has_users(session: Session) -> bool:
    return session.scalar(select(func.count()).select_from(User)) > 0


# ----------------------------------------------------------------------------------------------
# Creating and editing accounts


@dataclass
class UserForm:
    """What the user form holds (typed text kept as is)."""

    username: str = ""
    full_name: str = ""
    password: str = ""
    password_again: str = ""
    roles: frozenset[Role] = frozenset()


def _validate_user(session: Session, form: UserForm, user: User | None) -> list[FieldError]:
    errors: list[FieldError] = []
    username = form.username.strip().lower()
    if not _USERNAME.fullmatch(username):
        errors.append(FieldError("username", "El usuario debe tener de 3 a 40 caracteres: letras "
                                             "minúsculas sin tildes, números, punto, guion."))
    elif user is None and session.scalar(select(User.id).where(User.username == username)):
        errors.append(FieldError("username", f"Ya existe el usuario «{username}»."))
    if not form.full_name.strip():
        errors.append(FieldError("full_name", "Escriba los nombres y apellidos."))
    elif len(form.full_name.strip()) > 200:
        errors.append(FieldError("full_name", "El nombre tiene como máximo 200 caracteres."))
    if user is None or form.password:
        if message := password_error(form.password):
            errors.append(FieldError("password", message))
        elif form.password != form.password_again:
            errors.append(FieldError("password_again", "Las dos contraseñas no coinciden."))
    if not form.roles:
        errors.append(FieldError("roles", "Asigne al menos un rol."))
    return errors


def create_first_admin(session: Session, form: UserForm, institution_name: str,
                       workstation: str = "", clock: Clock | None = None) -> Actor:
    """The wizard of a brand-new database: the administrator account and the institution name."""
    from pisac_desktop.core.institution import get_institution

    if has_users(session):
        raise DomainError("La base de datos ya tiene usuarios; inicie sesión.")
    form.roles = frozenset({Role.ADMIN})
    errors = _validate_user(session, form, None)
    if not institution_name.strip():
        errors.append(FieldError("institution_name", "Escriba el nombre de la institución."))
    if errors:
        raise ValidationFailed(errors)
    user = _insert_user(session, form, clock)
    actor = actor_for(user, workstation)
    record(session, actor, "create", "user", user.id,
           {"usuario": [None, user.username], "roles": [None, "Administrador"]}, clock=clock)
    inst = get_institution(session)
    if inst.name != institution_name.strip():
        record(session, actor, "settings_change", "institution", inst.id,
               {"name": [inst.name, institution_name.strip()]}, clock=clock)
        inst.name = institution_name.strip()
    return actor


def _insert_user(session: Session, form: UserForm, clock: Clock) -> User:
    user = User(
        username=form.username.strip().lower(),
        full_name=form.full_name.strip(),
        password_hash=hash_password(form.password),
        active=True,
        must_change_password=False,
        failed_attempts=0,
        created_at=_naive_utc(moment_of(session, clock)),
        roles=[UserRole(role=str(r)) for r in sorted(form.roles)],
    )
    session.add(user)
    session.flush()
    return user


@writes
def create_user(session: Session, actor: Actor, form: UserForm, clock: Clock | None = None) -> User:
    require(actor, Permission.MANAGE_USERS, session)
    errors = _validate_user(session, form, None)
    if errors:
        raise ValidationFailed(errors)
    user = _insert_user(session, form, clock)
    user.must_change_password = True  # the administrator chose it; the person picks their own
    record(session, actor, "create", "user", user.id, {
        "usuario": [None, user.username], "nombre": [None, user.full_name],
        "roles": [None, roles_text(form.roles)],
    }, clock=clock)
    return user


def roles_text(roles) -> str:
    return ", ".join(ROLE_LABELS[Role(r)] for r in sorted(roles, key=list(Role).index))


def _active_admins(session: Session) -> int:
    return session.scalar(
        select(func.count()).select_from(User).join(UserRole)
        .where(User.active.is_(True), UserRole.role == Role.ADMIN)
    )


@writes
def update_user(session: Session, actor: Actor, user_id: int, form: UserForm,
                clock: Clock | None = None) -> None:
    """Change name and roles (and the password, when one is typed: that is a reset)."""
    require(actor, Permission.MANAGE_USERS, session)
    user = _get_user(session, user_id)
    form.username = user.username
    errors = _validate_user(session, form, user)
    if errors:
        raise ValidationFailed(errors)
    before = {"nombre": user.full_name, "roles": roles_text(user.role_codes)}
    user.full_name = form.full_name.strip()
    if set(user.role_codes) != {str(r) for r in form.roles}:
        user.roles = [UserRole(role=str(r)) for r in sorted(form.roles)]
    session.flush()
    if _active_admins(session) == 0:
        raise ValidationFailed([FieldError("roles", "Debe quedar al menos un administrador activo.")])
    changes = diff(before, {"nombre": user.full_name, "roles": roles_text(form.roles)})
    if changes:
        record(session, actor, "update", "user", user.id, changes, clock=clock)
    if form.password:
        reset_password(session, actor, user_id, form.password, clock=clock)


@writes
def reset_password(session: Session, actor: Actor, user_id: int, new_password: str,
                   clock: Clock | None = None) -> None:
    require(actor, Permission.MANAGE_USERS, session)
    if message := password_error(new_password):
        raise ValidationFailed([FieldError("password", message)])
    user = _get_user(session, user_id)
    user.password_hash = hash_password(new_password)
    user.must_change_password = True
    user.failed_attempts = 0
    user.locked_until = None
    record(session, actor, "password_reset", "user", user.id, {"usuario": [user.username] * 2},
           clock=clock)


@writes
def set_active(session: Session, actor: Actor, user_id: int, active: bool,
               clock: Clock | None = None) -> None:
    """Deactivate (never delete) or reactivate an account."""
    require(actor, Permission.MANAGE_USERS, session)
    user = _get_user(session, user_id)
    if user.active == active:
        return
    if not active and user.id == actor.user_id:
        raise DomainError("No puede desactivar su propia cuenta.")
    user.active = active
    session.flush()
    if not active and _active_admins(session) == 0:
        raise DomainError("No se puede desactivar al último administrador activo.")
    record(session, actor, "activate" if active else "deactivate", "user", user.id,
           {"activo": [not active, active]}, clock=clock)


def _get_user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    if user is None:
        raise DomainError("El usuario ya no existe.")
    return user


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    active: bool
    locked_until: dt.datetime | None
    must_change_password: bool

    @property
    def roles_text(self) -> str:
        return roles_text(self.roles)


def list_users(session: Session) -> list[UserView]:
    users = session.scalars(select(User).options(selectinload(User.roles)).order_by(User.username))
    return [
        UserView(u.id, u.username, u.full_name, actor_for(u).roles, u.active, u.locked_until,
                 u.must_change_password)
        for u in users
    ]


# ----------------------------------------------------------------------------------------------
# Signing in


@dataclass(frozen=True)
class SignInResult:
    actor: Actor | None
    message: str = ""  # Spanish, when refused
    must_change_password: bool = False
    # Asked with defer_record and nothing to reset: the sign-in's audit entry is still to be
    # written, with record_sign_in(session, actor, at=this).
    unrecorded_at: dt.datetime | None = None

    @property
    def ok(self) -> bool:
        return self.actor is not None


# One answer for every refusal by password: an unknown user, a wrong password and a locked
# account read the same, so the sign-in window does not tell which user names exist.
WRONG_SIGN_IN = (
    "Usuario o contraseña incorrectos, o la cuenta está bloqueada temporalmente. Después de "
    f"{MAX_FAILED_ATTEMPTS} intentos fallidos seguidos la cuenta se bloquea por {LOCK_MINUTES} "
    "minutos; si no puede entrar, pida ayuda al administrador o al encargado de informática."
)
# Checked against when the user does not exist, so that answer costs the same scrypt as a real
# check (same parameters as hash_password; the salt and digest match no password).
_DUMMY_HASH = (f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}$"
               f"{base64.b64encode(bytes(16)).decode()}${base64.b64encode(bytes(32)).decode()}")


def sign_in(session: Session, username: str, password: str, workstation: str = "",
            clock: Clock | None = None, defer_record: bool = False) -> SignInResult:
    """Check the password. Failures are recorded (and counted) in the caller's transaction, which
    must be committed even when the result is a refusal.

    Every path runs the password hash exactly once and every refusal reads WRONG_SIGN_IN (the
    audit trail keeps the real reason), except a deactivated account given its right password.

    defer_record: a success that has no counter to reset writes nothing; its entry is written
    by record_sign_in() with the moment returned. At start-up a write waits for the background
    integrity check's verdict (db/health_gate.py; seconds on a large file): the window opens
    first, and the entry, dated when the password was checked, follows the verdict."""
    moment = moment_of(session, clock)
    now = _naive_utc(moment)
    name = username.strip().lower()
    user = session.scalar(select(User).where(User.username == name))
    password_ok = verify_password(password, user.password_hash if user else _DUMMY_HASH)
    # What was typed is not kept: people type their password in the user field by mistake.
    anonymous = Actor(None, "(usuario inexistente)", "", frozenset(), workstation)
    if user is None:
        record(session, anonymous, "sign_in_failed", "user", "", {"motivo": [None, "no existe"]},
               clock=clock)
        return SignInResult(None, WRONG_SIGN_IN)
    actor = actor_for(user, workstation)
    if not user.active:
        record(session, actor, "sign_in_failed", "user", user.id,
               {"motivo": [None, "cuenta desactivada"]}, clock=clock)
        if password_ok:  # only who knows the password learns why
            return SignInResult(None, "Esta cuenta está desactivada. Consulte al administrador.")
        return SignInResult(None, WRONG_SIGN_IN)
    if user.locked_until and user.locked_until > now:
        record(session, actor, "sign_in_failed", "user", user.id,
               {"motivo": [None, "cuenta bloqueada"]}, clock=clock)
        return SignInResult(None, WRONG_SIGN_IN)
    if not password_ok:
        # Atomic increment (the UPDATE takes the write lock): parallel attempts all count.
        session.execute(update(User).where(User.id == user.id)
                        .values(failed_attempts=User.failed_attempts + 1))
        session.refresh(user)
        if user.failed_attempts >= MAX_FAILED_ATTEMPTS:
            user.locked_until = now + dt.timedelta(minutes=LOCK_MINUTES)
            user.failed_attempts = 0
            record(session, actor, "account_locked", "user", user.id,
                   {"bloqueada_hasta": [None, local_time_text(user.locked_until)]}, clock=clock)
            return SignInResult(None, WRONG_SIGN_IN)
        record(session, actor, "sign_in_failed", "user", user.id,
               {"motivo": [None, "contraseña incorrecta"]}, clock=clock)
        return SignInResult(None, WRONG_SIGN_IN)
    if defer_record and not user.failed_attempts and user.locked_until is None:
        return SignInResult(actor, "", user.must_change_password, unrecorded_at=moment)
    user.failed_attempts = 0
    user.locked_until = None
    record(session, actor, "sign_in", "user", user.id, clock=clock)
    return SignInResult(actor, "", user.must_change_password)


@writes
def record_sign_in(session: Session, actor: Actor, at: dt.datetime) -> None:
    """The audit entry of a sign-in checked with defer_record, dated when it was checked."""
    record(session, actor, "sign_in", "user", actor.user_id, clock=lambda: at)


def record_sign_in_apart(db, actor: Actor, at: dt.datetime) -> None:
    """record_sign_in in a unit of work of its own (db: a Database), for the start-up's
    integrity-check thread (gui/background_start.py)."""
    with db.session() as session:
        record_sign_in(session, actor, at)


@writes
def unlock_user(session: Session, actor: Actor, username: str, clock: Clock | None = None) -> bool:
    """Lift the lock left by failed attempts (the IT person's way in: «pisac-desktop unlock»).
    Returns whether the account was locked; audited either way."""
    require(actor, Permission.MANAGE_USERS, session)
    user = session.scalar(select(User).where(User.username == username.strip().lower()))
    if user is None:
        raise DomainError(f"No existe el usuario «{username.strip()}».")
    now = _naive_utc(moment_of(session, clock))
    was_locked = bool(user.locked_until and user.locked_until > now)
    until = local_time_text(user.locked_until) if was_locked else "no estaba bloqueada"
    user.locked_until = None
    user.failed_attempts = 0
    record(session, actor, "unlock", "user", user.id,
           {"usuario": [user.username] * 2, "bloqueada_hasta": [until, None]}, clock=clock)
    return was_locked


def sign_out(session: Session, actor: Actor, clock: Clock | None = None) -> None:
    if actor.user_id is not None:
        record(session, actor, "sign_out", "user", actor.user_id, clock=clock)


@writes
def change_own_password(session: Session, actor: Actor, current: str, new: str, again: str,
                        clock: Clock | None = None) -> None:
    user = _get_user(session, actor.user_id) if actor.user_id else None
    if user is None:
        raise DomainError("Solo una persona con sesión iniciada puede cambiar su contraseña.")
    errors = []
    if not verify_password(current, user.password_hash):
        errors.append(FieldError("current", "La contraseña actual no es correcta."))
    if message := password_error(new):
        errors.append(FieldError("password", message))
    elif new != again:
        errors.append(FieldError("password_again", "Las dos contraseñas no coinciden."))
    elif new == current:
        errors.append(FieldError("password", "La contraseña nueva debe ser distinta de la actual."))
    if errors:
        raise ValidationFailed(errors)
    user.password_hash = hash_password(new)
    user.must_change_password = False
    record(session, actor, "password_change", "user", user.id, clock=clock)
