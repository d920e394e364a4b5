import datetime as dt
import json

import pytest
from sqlalchemy import select

from pisac_desktop.core.accounts import (
    LOCK_MINUTES,
    MAX_FAILED_ATTEMPTS,
    WRONG_SIGN_IN,
    UserForm,
    change_own_password,
    create_first_admin,
    create_user,
    hash_password,
    record_sign_in,
    reset_password,
    set_active,
    sign_in,
    unlock_user,
    update_user,
    verify_password,
)
from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.institution_settings import load_settings, save_settings
from pisac_desktop.core.permissions import MATRIX, Permission, PermissionDenied, Role
from pisac_desktop.db.models import AuditEntry, Institution, User


class Clock:
    """An injectable clock: tests move time instead of sleeping."""

    def __init__(self, start: dt.datetime):
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs) -> None:
        self.now += dt.timedelta(**kwargs)


@pytest.fixture
def clock():
    return Clock(dt.datetime(2026, 11, 21, 15, 0, tzinfo=dt.UTC))


@pytest.fixture
def admin(opened, clock):
    with opened.db.session() as s:
        return create_first_admin(
            s, UserForm("admin", "Marleny Huillca Sutta", "clave-segura-1", "clave-segura-1"),
            "Municipalidad Distrital de Pisac", "PC-SG", clock=clock,
        )


def _user(opened, admin, username, roles, password="inicial-123"):
    with opened.db.session() as s:
        user = create_user(s, admin, UserForm(username, f"Persona {username}", password, password,
                                              frozenset(roles)))
        return user.id


def test_passwords_are_salted_scrypt_hashes():
    first, second = hash_password("clave-segura-1"), hash_password("clave-segura-1")
    assert first != second and first.startswith("scrypt$16384$8$1$")
    assert verify_password("clave-segura-1", first)
    assert not verify_password("clave-segura-2", first)
    assert not verify_password("x", "texto-que-no-es-un-hash")


def test_first_start_creates_the_administrator_once(opened, admin):
    assert admin.roles == frozenset({Role.ADMIN}) and admin.username == "admin"
    with opened.db.session() as s:
        user = s.scalar(select(User))
        assert user.password_hash != "clave-segura-1"
        assert s.get(Institution, 1).name == "Municipalidad Distrital de Pisac"
        with pytest.raises(DomainError, match="ya tiene usuarios"):
            create_first_admin(s, UserForm("otro", "Otro", "x" * 8, "x" * 8), "X")


def test_first_start_form_is_validated(opened):
    with pytest.raises(ValidationFailed) as refused, opened.db.session() as s:
        create_first_admin(s, UserForm("A b", "", "corta", "corta"), "  ")
    fields = {e.field for e in refused.value.errors}
    assert fields == {"username", "full_name", "password", "institution_name"}
    with pytest.raises(ValidationFailed) as refused, opened.db.session() as s:
        create_first_admin(s, UserForm("admin", "Ana", "clave-segura", "clave-segurA"), "MDP")
    assert [e.field for e in refused.value.errors] == ["password_again"]


def test_sign_in_and_lockout_with_an_injectable_clock(opened, admin, clock):
    def attempt(password):
        with opened.db.session() as s:
            return sign_in(s, "admin", password, "PC-SG", clock=clock)

    for _n in range(1, MAX_FAILED_ATTEMPTS):
        result = attempt("equivocada")
        assert not result.ok and result.message == WRONG_SIGN_IN
    locked = attempt("equivocada")  # the fifth failure locks the account
    assert not locked.ok and locked.message == WRONG_SIGN_IN
    with opened.db.session() as s:
        assert s.scalar(select(User.locked_until)) is not None
    right_but_locked = attempt("clave-segura-1")  # even the right password, while locked
    assert not right_but_locked.ok and right_but_locked.message == WRONG_SIGN_IN
    clock.advance(minutes=LOCK_MINUTES - 1)
    assert not attempt("clave-segura-1").ok
    clock.advance(minutes=1, seconds=1)
    result = attempt("clave-segura-1")
    assert result.ok and result.actor.username == "admin" and result.actor.workstation == "PC-SG"
    with opened.db.session() as s:
        actions = s.scalars(select(AuditEntry.action).order_by(AuditEntry.id)).all()
    assert actions.count("sign_in_failed") == MAX_FAILED_ATTEMPTS - 1 + 2
    assert "account_locked" in actions and actions[-1] == "sign_in"


def test_a_deferred_sign_in_is_recorded_later_with_its_own_time(opened, admin, clock):
    """At start-up the window does not wait for the integrity check: a successful sign-in with
    nothing to reset writes nothing, and its entry, dated when the password was checked, is
    written afterwards. Counters to reset (earlier failures) are written at once, as always."""
    def entries():
        with opened.db.session() as s:
            return s.execute(select(AuditEntry.action, AuditEntry.at)
                             .order_by(AuditEntry.id)).all()

    before = entries()
    with opened.db.session() as s:
        result = sign_in(s, "admin", "clave-segura-1", "PC-SG", clock=clock, defer_record=True)
    assert result.ok and result.unrecorded_at == clock.now
    assert entries() == before  # nothing written
    clock.advance(seconds=3)
    with opened.db.session() as s:
        record_sign_in(s, result.actor, result.unrecorded_at)
    action, at = entries()[-1]
    assert action == "sign_in" and at.startswith("2026-11-21T15:00:00")  # not 15:00:03

    with opened.db.session() as s:
        assert not sign_in(s, "admin", "equivocada", "PC-SG", clock=clock).ok
    with opened.db.session() as s:
        result = sign_in(s, "admin", "clave-segura-1", "PC-SG", clock=clock, defer_record=True)
    assert result.ok and result.unrecorded_at is None  # the failure count had to be reset
    with opened.db.session() as s:
        assert s.scalar(select(User.failed_attempts)) == 0
    assert entries()[-1][0] == "sign_in"

    with opened.db.session() as s:  # a wrong password is recorded at once, deferred or not
        assert not sign_in(s, "admin", "equivocada", "PC-SG", clock=clock, defer_record=True).ok
    assert entries()[-1][0] == "sign_in_failed"


def test_unknown_and_deactivated_users(opened, admin):
    uid = _user(opened, admin, "echoque", {Role.INTAKE})
    with opened.db.session() as s:
        assert sign_in(s, "nadie", "x").message == WRONG_SIGN_IN
        set_active(s, admin, uid, False)
    with opened.db.session() as s:
        assert "desactivada" in sign_in(s, "echoque", "inicial-123").message
        # Only who knows the password learns that the account exists and is deactivated.
        assert sign_in(s, "echoque", "otra-cosa").message == WRONG_SIGN_IN
        with pytest.raises(DomainError, match="propia cuenta"):
            set_active(s, admin, admin.user_id, False)


def test_reset_forces_a_change_and_users_change_their_own(opened, admin):
    uid = _user(opened, admin, "wccahua", {Role.MUNICIPAL_MANAGEMENT})
    with opened.db.session() as s:
        result = sign_in(s, "wccahua", "inicial-123")
    assert result.ok and result.must_change_password  # set by the administrator
    with opened.db.session() as s:
        change_own_password(s, result.actor, "inicial-123", "mi-clave-propia", "mi-clave-propia")
    with opened.db.session() as s:
        assert not sign_in(s, "wccahua", "mi-clave-propia").must_change_password
        reset_password(s, admin, uid, "provisional-9")
    with opened.db.session() as s:
        result = sign_in(s, "wccahua", "provisional-9")
        assert result.ok and result.must_change_password
        with pytest.raises(ValidationFailed, match="actual no es correcta"):
            change_own_password(s, result.actor, "mal", "otra-clave-1", "otra-clave-1")


def test_forbidden_actions_are_refused_by_the_domain(opened, admin):
    _user(opened, admin, "consulta", {Role.READ_ONLY})
    _user(opened, admin, "gerencia", {Role.MUNICIPAL_MANAGEMENT})
    with opened.db.session() as s:
        reader = sign_in(s, "consulta", "inicial-123").actor
        manager = sign_in(s, "gerencia", "inicial-123").actor
    for actor in (reader, manager):
        with pytest.raises(PermissionDenied, match="no tiene permiso"), opened.db.session() as s:
            create_user(s, actor, UserForm("x123", "X", "inicial-123", "inicial-123",
                                           frozenset({Role.ADMIN})))
        with pytest.raises(PermissionDenied, match="datos de la institución"), \
                opened.db.session() as s:
            save_settings(s, load_settings(s), actor)
    assert not reader.can(Permission.BACKUP) and manager.can(Permission.BACKUP)
    assert all(Permission.VIEW in perms for perms in MATRIX.values())


def test_the_last_administrator_cannot_lose_the_role(opened, admin):
    with pytest.raises(ValidationFailed, match="al menos un administrador"), \
            opened.db.session() as s:
        update_user(s, admin, admin.user_id,
                    UserForm("", "Marleny Huillca Sutta", roles=frozenset({Role.READ_ONLY})))
    uid = _user(opened, admin, "segundo", {Role.ADMIN})
    with opened.db.session() as s:
        update_user(s, admin, admin.user_id,
                    UserForm("", "Marleny Huillca Sutta",
                             roles=frozenset({Role.GENERAL_SECRETARIAT})))
    # The role taken away counts at once, not at the next sign-in.
    with pytest.raises(PermissionDenied, match="administrar los usuarios"), \
            opened.db.session() as s:
        set_active(s, admin, uid, False)


def test_a_deactivated_user_signed_in_can_no_longer_act(opened, admin):
    uid = _user(opened, admin, "bob", {Role.ADMIN})
    with opened.db.session() as s:
        bob = sign_in(s, "bob", "inicial-123").actor
    with opened.db.session() as s:
        set_active(s, admin, uid, False)
    with pytest.raises(PermissionDenied, match="desactivada"), opened.db.session() as s:
        create_user(s, bob, UserForm("mallory", "M", "inicial-123", "inicial-123",
                                     frozenset({Role.ADMIN})))
    with pytest.raises(PermissionDenied), opened.db.session() as s:
        reset_password(s, bob, admin.user_id, "tomada-1234")


def test_parallel_wrong_passwords_all_count(opened, admin):
    """Each failure is an atomic increment: concurrent attempts cannot lose a count."""
    from concurrent.futures import ThreadPoolExecutor

    def attempt(_n):
        with opened.db.session() as s:
            return sign_in(s, "admin", "equivocada").message

    with ThreadPoolExecutor(4) as pool:
        messages = list(pool.map(attempt, range(MAX_FAILED_ATTEMPTS)))
    assert set(messages) == {WRONG_SIGN_IN}
    with opened.db.session() as s:
        assert s.scalar(select(User.locked_until)) is not None


def test_unknown_and_known_users_cannot_be_told_apart(opened, admin, monkeypatch):
    """Structural, not timed: every refusal runs scrypt once with the same cost parameters and
    reads the same, whether the user exists, is locked, or not."""
    import hashlib

    real_scrypt = hashlib.scrypt
    calls: list[tuple] = []

    def counting_scrypt(password, *, salt, n, r, p, dklen, **kwargs):
        calls.append((n, r, p, dklen, len(salt)))
        return real_scrypt(password, salt=salt, n=n, r=r, p=p, dklen=dklen, **kwargs)

    monkeypatch.setattr(hashlib, "scrypt", counting_scrypt)

    def attempt(username, password="equivocada"):
        calls.clear()
        with opened.db.session() as s:
            message = sign_in(s, username, password, "PC-X").message
        return message, tuple(calls)

    unknown = attempt("nadie")
    known = attempt("admin")
    assert unknown[0] == known[0] == WRONG_SIGN_IN
    assert len(known[1]) == 1 and unknown[1] == known[1]
    answers = {attempt("admin") for _ in range(MAX_FAILED_ATTEMPTS)}  # locks it, then locked
    answers |= {attempt("admin", "clave-segura-1"), attempt("nadie"), attempt("")}
    assert answers == {unknown}
    assert "Le quedan" not in WRONG_SIGN_IN and "intento(s)" not in WRONG_SIGN_IN


def test_the_it_person_unlocks_a_locked_administrator(opened, admin, clock):
    from pisac_desktop.core.permissions import Actor

    with opened.db.session() as s:
        for _n in range(MAX_FAILED_ATTEMPTS):
            sign_in(s, "admin", "equivocada", "PC-OTRA", clock=clock)
    with opened.db.session() as s:
        assert not sign_in(s, "admin", "clave-segura-1", "PC-SG", clock=clock).ok
    it_person = Actor.system("línea de órdenes (usuario del sistema «soporte»)", "PC-SG")
    with opened.db.session() as s:
        assert unlock_user(s, it_person, " Admin ", clock=clock) is True
    with opened.db.session() as s:
        assert sign_in(s, "admin", "clave-segura-1", "PC-SG", clock=clock).ok
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "unlock")).one()
        assert entry.workstation == "PC-SG" and "soporte" in json.loads(entry.changes)["por"][1]
        assert unlock_user(s, it_person, "admin", clock=clock) is False  # not locked: still ok
        with pytest.raises(DomainError, match="No existe el usuario «nadie»"):
            unlock_user(s, it_person, "nadie", clock=clock)
    bob = Actor(None, "bob", "Bob", frozenset({Role.READ_ONLY}))
    with pytest.raises(PermissionDenied), opened.db.session() as s:
        unlock_user(s, bob, "admin", clock=clock)


def test_typed_unknown_user_names_are_not_kept(opened, admin):
    with opened.db.session() as s:
        sign_in(s, "miclavesecreta2024", "x")
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert entry.username == "(usuario inexistente)"
    assert "miclavesecreta" not in entry.changes


def test_user_changes_are_audited_with_before_and_after(opened, admin):
    uid = _user(opened, admin, "ycusi", {Role.CIVIL_REGISTRY})
    with opened.db.session() as s:
        update_user(s, admin, uid, UserForm("", "Yeny Apaza Cusi",
                                            roles=frozenset({Role.CIVIL_REGISTRY, Role.INTAKE})))
        entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert (entry.action, entry.entity, entry.entity_id, entry.username) == (
        "update", "user", str(uid), "admin")
    changes = json.loads(entry.changes)
    assert changes["roles"] == ["Registro Civil", "Mesa de Partes, Registro Civil"]
    assert changes["nombre"] == ["Persona ycusi", "Yeny Apaza Cusi"]
