"""Attendance and installation of a session: who was present, late, absent or on leave, the
quorum, installing the session (refused before its date; with pending or late summonses the
reason is asked and recorded) or recording that it was not installed."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import moment_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import (
    REASON_MAX,
    check_length,
)
from pisac_desktop.council.members import CouncilView, council_on
from pisac_desktop.council.sessions import (
    ATTENDANCE_LABELS,
    STATE_LABELS,
    append_line,
    load_session,
)
from pisac_desktop.council.settings import TIME_PATTERN, council_settings, normal_time
from pisac_desktop.council.summons import notice_check, summonses, unresolved_late
from pisac_desktop.db.models import (
    Attendance,
    CouncilSession,
)
from pisac_desktop.db.models.council import (
    ABSENT,
    CANCELLED,
    CONVENED,
    HELD,
    LATE,
    NOT_INSTALLED,
    ON_LEAVE,
    POSTPONED,
    PRESENT,
    SCHEDULED,
    SUSPENDED,
)
from pisac_desktop.db.write_lock import writes
from pisac_desktop.spanish.dates import short_date


@dataclass(frozen=True)
class QuorumView:
    able: int  # members hábiles on the session's date
    quorum: int
    present: int  # present or late

    @property
    def reached(self) -> bool:
        return self.present >= self.quorum and self.able > 0

    def text(self) -> str:
        state = "HAY QUÓRUM" if self.reached else "NO HAY QUÓRUM"
        return (f"{state}: {self.present} presentes de {self.able} miembros hábiles "
                f"(quórum: {self.quorum})")


def attendance_of(session: Session, session_id: int) -> dict[int, Attendance]:
    return {a.member_id: a for a in session.scalars(
        select(Attendance).where(Attendance.session_id == session_id))}


def quorum_of(council: CouncilView, attendance: dict[int, Attendance]) -> QuorumView:
    present = sum(1 for m in council.able
                  if m.id in attendance and attendance[m.id].status in (PRESENT, LATE))
    return QuorumView(council.able_count, council.quorum, present)


def check_attendance_time(s: CouncilSession) -> None:
    """Attendance is recorded (and its sheet printed) once the session is convened."""
    if s.state in (SCHEDULED, CANCELLED, SUSPENDED):
        raise DomainError("Convoque la sesión antes de registrar la asistencia." if
                          s.state == SCHEDULED else
                          f"La sesión está {STATE_LABELS[s.state].lower()}.")


@writes
def record_attendance(session: Session, actor: Actor, session_id: int,
                      marks: dict[int, tuple[str, str]]) -> QuorumView:
    """marks: member id -> (status, arrival hh:mm or ''). Members on leave that day are
    recorded as 'licencia' whatever is marked."""
    require(actor, Permission.COUNCIL, session)
    s = load_session(session, session_id)
    check_attendance_time(s)
    council = council_on(session, s.session_date)
    members = {m.id: m for m in council.members}
    errors = []
    for row, (member_id, (status, arrived)) in enumerate(marks.items()):
        if member_id not in members:
            errors.append(FieldError("member", "No es miembro del concejo en esa fecha.",
                                     "attendance", row))
        if status not in ATTENDANCE_LABELS:
            errors.append(FieldError("status", "Elija la asistencia.", "attendance", row))
        if arrived and not TIME_PATTERN.match(arrived.strip()):
            errors.append(FieldError("arrived_at", "Escriba la hora como hh:mm.", "attendance",
                                     row))
    if errors:
        raise ValidationFailed(errors)
    existing = attendance_of(session, s.id)
    changes = {}
    for member_id, (status, arrived) in marks.items():
        if not members[member_id].able:
            status = ON_LEAVE if members[member_id].status == "leave" else ABSENT
        row = existing.get(member_id)
        if row is None:
            row = Attendance(session_id=s.id, member_id=member_id, status=status)
            session.add(row)
            existing[member_id] = row
        if row.status != status or (row.arrived_at or "") != normal_time(arrived or ""):
            changes[members[member_id].name] = [ATTENDANCE_LABELS.get(row.status),
                                                ATTENDANCE_LABELS[status]]
        row.status = status
        row.arrived_at = normal_time(arrived) if arrived else ""
    session.flush()
    if changes:
        record(session, actor, "attendance", "council_session", s.id, changes)
    return quorum_of(council, existing)


def check_installable(s: CouncilSession) -> None:
    """Installing it, or recording it as not installed: a convened session."""
    if s.state not in (CONVENED, POSTPONED):
        raise DomainError(f"La sesión está {STATE_LABELS[s.state].lower()}: no se instala.")


@writes
def install(session: Session, actor: Actor, session_id: int, opened_at: str,
            reason: str = "", clock=None) -> QuorumView:
    """Open the session: refused before its date and without quorum (record it as not
    installed instead). With summonses pending delivery or delivered late (and no emergency
    noted), the reason to install anyway is asked (NoticeReasonNeeded) and recorded: the acta
    states it instead of "citaciones notificadas conforme a ley"."""
    require(actor, Permission.COUNCIL, session)
    s = load_session(session, session_id)
    check_installable(s)
    today = moment_of(session, clock).date()
    if today < s.session_date:
        raise DomainError(f"La sesión es del {short_date(s.session_date)}: no se instala antes "
                          f"de su fecha (hoy es {short_date(today)}).")
    # A member notified late who attends anyway has waived the notice; one who is absent (or an
    # official, who does not vote) leaves the session open to challenge: reschedule or note it.
    attendance = attendance_of(session, s.id)
    late = [(sm, check) for sm, check in unresolved_late(session, s)
            if sm.member_id is not None
            and getattr(attendance.get(sm.member_id), "status", None) not in (PRESENT, LATE)]
    if late:
        names = "; ".join(f"{sm.number_text} ({sm.addressee_name})" for sm, _check in late)
        raise DomainError(
            f"Citaciones entregadas sin la anticipación de ley a miembros que no asisten: {names}. "
            "Reprograme la sesión a una fecha lícita o registre la nota de emergencia antes de "
            "instalarla.")
    council = council_on(session, s.session_date)
    quorum = quorum_of(council, attendance)
    if not quorum.reached:
        raise DomainError(f"{quorum.text()}. Registre la sesión como «no instalada por falta "
                          "de quórum».")
    if not TIME_PATTERN.match((opened_at or "").strip()):
        raise ValidationFailed([FieldError("opened_at", "Escriba la hora de inicio (hh:mm).")])
    issues = notice_issues(session, s)
    reason = " ".join((reason or "").split())
    if issues and not reason:
        raise NoticeReasonNeeded(issues)
    if issues:
        check_length("reason", reason, REASON_MAX, "El motivo")
    s.opened_at = normal_time(opened_at)
    s.state = HELD
    if issues:
        s.state_note = append_line(s.state_note, f"{INSTALL_WAIVER}{reason}")
    s.version += 1
    session.flush()
    changes = {"estado": [None, STATE_LABELS[HELD]], "inicio": [None, s.opened_at],
               "quórum": [None, quorum.text()]}
    if issues:
        changes["citaciones"] = [None, "; ".join(issues)]
        changes["motivo"] = [None, reason]
    record(session, actor, "state_change", "council_session", s.id, changes)
    return quorum


INSTALL_WAIVER = "Instalada con citaciones pendientes o tardías. Motivo: "


class NoticeReasonNeeded(DomainError):
    """Installing with summonses pending or late: ask the reason, then call again with it."""

    def __init__(self, issues: list[str]):
        self.issues = issues
        super().__init__("Hay citaciones sin entregar o entregadas sin la anticipación de ley: "
                         + "; ".join(issues) + ". Indique el motivo por el que se instala la "
                         "sesión de todos modos (quedará en el acta).")


def notice_issues(session: Session, s: CouncilSession) -> list[str]:
    """The summonses not notified with the legal notice ("N° 003 (Nombre): pendiente"), unless
    an emergency was noted for the session."""
    if s.emergency_note:
        return []
    calendar = BusinessCalendar.load(session)
    settings = council_settings(session)
    out = []
    for summons in summonses(session, s.id):
        check = notice_check(calendar, settings, s, summons)
        if not check.delivered or check.late:
            state = "pendiente de entrega" if not check.delivered else "entregada tarde"
            out.append(f"{summons.number_text} ({summons.addressee_name}): {state}")
    return out


def notice_issues_of(session: Session, session_id: int) -> list[str]:
    """notice_issues() of a session by its id ([] when it no longer exists)."""
    s = session.get(CouncilSession, session_id)
    return notice_issues(session, s) if s is not None else []


def install_waiver(s: CouncilSession) -> str:
    """The reason recorded when the session was installed despite its summonses ('' if none)."""
    for line in reversed((s.state_note or "").splitlines()):
        if line.startswith(INSTALL_WAIVER):
            return line[len(INSTALL_WAIVER):].strip()
    return ""


@writes
def record_not_installed(session: Session, actor: Actor, session_id: int) -> QuorumView:
    require(actor, Permission.COUNCIL, session)
    s = load_session(session, session_id)
    check_installable(s)
    council = council_on(session, s.session_date)
    quorum = quorum_of(council, attendance_of(session, s.id))
    if quorum.reached:
        raise DomainError(f"{quorum.text()}: la sesión puede instalarse.")
    s.state = NOT_INSTALLED
    s.version += 1
    session.flush()
    record(session, actor, "state_change", "council_session", s.id,
           {"estado": [None, STATE_LABELS[NOT_INSTALLED]], "quórum": [None, quorum.text()]})
    return quorum
