"""Votes on the points of a held session: each member's vote and reasoning, the result under
the majority the point needs (simple, absolute, two thirds, unanimity; the alcalde's casting
vote on a tie), and what the secretary typed of the debate."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import (
    DELIBERATION_MAX,
    REASON_MAX,
    check_length,
    length_error,
)
from pisac_desktop.council.agenda import load_item
from pisac_desktop.council.attendance import attendance_of
from pisac_desktop.council.members import CouncilView, council_on
from pisac_desktop.council.rules import (
    MAJORITY_CAST,
    MAJORITY_PRESENT,
    SIMPLE_MAJORITY_NOTES,
    simple_majority_rule,
)
from pisac_desktop.council.sessions import (
    MAJORITY_LABELS,
    SECTION_LABELS,
    VOTE_LABELS,
    at_least_two_thirds,
    load_session,
)
from pisac_desktop.council.settings import TIME_PATTERN, normal_time
from pisac_desktop.db.models import (
    AgendaItem,
    Attendance,
    CouncilSession,
    Instrument,
    Vote,
)
from pisac_desktop.db.models.council import (
    ABSTAIN,
    AGAINST,
    FOR,
    HELD,
    LATE,
    ORDEN_DEL_DIA,
    PRESENT,
    SIMPLE,
    TWO_THIRDS_COUNCILLORS,
    TWO_THIRDS_LEGAL,
    UNANIMITY,
)
from pisac_desktop.db.models.instruments import DRAFT
from pisac_desktop.db.write_lock import writes

VOTES_WHEN = "Se vota en una sesión instalada (con quórum)."


def check_held(s: CouncilSession, message: str) -> None:
    if s.state != HELD:
        raise DomainError(message)


@writes
def set_closing_time(session: Session, actor: Actor, session_id: int, closed_at: str) -> None:
    require(actor, Permission.COUNCIL, session)
    s = load_session(session, session_id)
    check_held(s, "Solo una sesión realizada tiene hora de término.")
    if not TIME_PATTERN.match((closed_at or "").strip()):
        raise ValidationFailed([FieldError("closed_at", "Escriba la hora de término (hh:mm).")])
    s.closed_at = normal_time(closed_at)
    session.flush()
    record(session, actor, "update", "council_session", s.id, {"término": [None, s.closed_at]})


@dataclass(frozen=True)
class ItemResult:
    votes_for: int
    against: int
    abstain: int
    required: int  # votes for needed
    approved: bool | None  # None: not voted yet
    tie: bool
    explanation: str
    awaiting_tiebreak: bool = False  # a tie the alcalde has not broken yet

    @property
    def label(self) -> str:
        if self.approved is None:
            return "Sin votación"
        if self.awaiting_tiebreak:
            return "EMPATE: falta el voto dirimente"
        return "APROBADO" if self.approved else "DESAPROBADO"


    def counts(self) -> str:
        abstain = "abstención" if self.abstain == 1 else "abstenciones"
        return f"{self.votes_for} a favor, {self.against} en contra, {self.abstain} {abstain}"


def item_result(council: CouncilView, attendance: dict[int, Attendance], item: AgendaItem,
                votes: list[Vote], rule: str = MAJORITY_PRESENT) -> ItemResult:
    """Ley 27444 (collegiate bodies): agreements by the majority of those attending, the
    presiding alcalde breaking a tie; qualified majorities where the law asks (LOM arts. 23,
    66; ROF art. 32), and unanimity with everyone present for a matter outside the agenda.
    rule: how the council's RIC counts a simple majority (council_rules: of those present, the
    default, or of the votes cast); the explanation names the rule applied."""
    mayor = council.mayor
    mayor_id = mayor.id if mayor else None
    present = [m for m in council.able
               if m.id in attendance and attendance[m.id].status in (PRESENT, LATE)]
    by_member = {v.member_id: v.choice for v in votes}
    # The alcalde's own vote counts toward the número legal and unanimity, not toward a simple
    # majority (he only breaks a tie) nor the two thirds of the regidores.
    counted = by_member if item.majority in (TWO_THIRDS_LEGAL, UNANIMITY) else {
        k: v for k, v in by_member.items() if k != mayor_id}
    f = sum(1 for c in counted.values() if c == FOR)
    a = sum(1 for c in counted.values() if c == AGAINST)
    ab = sum(1 for c in counted.values() if c == ABSTAIN)
    if not item.voted:
        return ItemResult(f, a, ab, 0, None, False, "Aún no se votó.")
    tie = False
    if item.majority == SIMPLE and rule == MAJORITY_CAST:
        required = a + 1
        approved = f >= required
        tie = f == a and f > 0
        why = (f"Mayoría simple de los votos emitidos: se requieren más votos a favor que en "
               f"contra ({required} a favor); las abstenciones no se cuentan. Regla aplicada: "
               f"{SIMPLE_MAJORITY_NOTES[MAJORITY_CAST]}.")
    elif item.majority == SIMPLE:
        voters = [m for m in present if m.id != mayor_id]
        required = len(voters) // 2 + 1
        approved = f >= required
        tie = not approved and f == a and f > 0
        why = (f"{MAJORITY_LABELS[SIMPLE]}: se requieren {required} votos a favor de "
               f"{len(voters)} regidores presentes. Regla aplicada: "
               f"{SIMPLE_MAJORITY_NOTES[MAJORITY_PRESENT]}.")
    if item.majority == SIMPLE:
        if tie:
            if item.mayor_tiebreak in (FOR, AGAINST):
                approved = item.mayor_tiebreak == FOR
                why += (" Empate: dirime el voto del alcalde "
                        f"({VOTE_LABELS[item.mayor_tiebreak].lower()}).")
            else:
                why += " Empate: falta el voto dirimente del alcalde."
    elif item.majority == TWO_THIRDS_LEGAL:
        required = at_least_two_thirds(council.legal_number)
        approved = f >= required
        why = (f"{MAJORITY_LABELS[TWO_THIRDS_LEGAL]}: se requieren {required} votos a favor de "
               f"{council.legal_number}.")
    elif item.majority == TWO_THIRDS_COUNCILLORS:
        able_councillors = council.able_councillors
        required = at_least_two_thirds(able_councillors)
        approved = f >= required
        why = (f"{MAJORITY_LABELS[TWO_THIRDS_COUNCILLORS]}: se requieren {required} votos a favor de "
               f"{able_councillors} regidores hábiles.")
    else:  # UNANIMITY
        required = council.able_count
        everyone = len(present) == council.able_count
        approved = everyone and f == len(present) and a == 0 and ab == 0
        why = (f"{MAJORITY_LABELS[UNANIMITY]}: requiere a los {council.able_count} miembros "
               "hábiles presentes y todos a favor.")
        if not everyone:
            why += f" Asistieron {len(present)}."
    awaiting = tie and item.majority == SIMPLE and item.mayor_tiebreak not in (FOR, AGAINST)
    return ItemResult(f, a, ab, required, approved, tie, why, awaiting)


def check_votable(s: CouncilSession, item: AgendaItem, issued: str) -> None:
    """Precondition of record_votes. issued: the number of the item's document once issued."""
    check_held(s, VOTES_WHEN)
    if item.section != ORDEN_DEL_DIA:
        raise DomainError(f"Los puntos de {SECTION_LABELS[item.section]} no se votan: se votan "
                          "los de la Orden del Día.")
    if issued:
        raise DomainError(f"El acuerdo ya fue emitido ({issued}): la votación no cambia.")


def _vote_errors(council, item: AgendaItem, present: set[int], names: dict[int, str],
                 votes: dict[int, tuple[str, str]], majority: str | None,
                 mayor_tiebreak: str | None) -> list[FieldError]:
    """What is wrong with the votes as typed: each row (choice, reasoning, a member present),
    the alcalde's ordinary vote on a simple-majority point, the casting vote."""
    errors = []
    if majority is not None and majority not in MAJORITY_LABELS:
        errors.append(FieldError("majority", "Elija la mayoría requerida."))
    for row, (member_id, (choice, reasoning)) in enumerate(votes.items()):
        if message := length_error(reasoning or "", REASON_MAX, "La fundamentación del voto"):
            errors.append(FieldError("reasoning", message, "votes", row))
        if choice not in VOTE_LABELS:
            errors.append(FieldError("choice", "Elija a favor, en contra o abstención.",
                                     "votes", row))
        if member_id not in present:
            errors.append(FieldError("member", f"{names.get(member_id, 'El miembro')} no está "
                                               "presente: no vota.", "votes", row))
    mayor = council.mayor
    effective = majority if majority is not None and not item.outside_agenda else item.majority
    if effective == SIMPLE and mayor is not None and mayor.id in votes:
        row = list(votes).index(mayor.id)
        errors.append(FieldError(
            "member", f"{mayor.name} preside y no vota en un asunto de mayoría simple: solo "
                      "dirime un empate. Registre su voto como voto dirimente.", "votes", row))
    if mayor_tiebreak not in (None, FOR, AGAINST):
        errors.append(FieldError("mayor_tiebreak", "El voto dirimente es a favor o en contra."))
    if mayor_tiebreak and (mayor is None or mayor.id not in present):
        errors.append(FieldError("mayor_tiebreak", "El alcalde no está presente."))
    return errors


@writes
def record_votes(session: Session, actor: Actor, item_id: int,
                 votes: dict[int, tuple[str, str]], majority: str | None = None,
                 mayor_tiebreak: str | None = None) -> ItemResult:
    """votes: member id -> (choice, reasoning). Only members present may vote; the alcalde
    votes in a simple majority only to break a tie (mayor_tiebreak): an ordinary vote of his on
    such an item is refused, never silently dropped."""
    require(actor, Permission.COUNCIL, session)
    item = load_item(session, item_id)
    s = item.session
    instrument = session.get(Instrument, item.instrument_id) if item.instrument_id else None
    check_votable(s, item, instrument.number_text if instrument is not None
                  and instrument.state != DRAFT else "")
    council = council_on(session, s.session_date)
    attendance = attendance_of(session, s.id)
    present = {m.id for m in council.able
               if m.id in attendance and attendance[m.id].status in (PRESENT, LATE)}
    names = {m.id: m.name for m in council.members}
    errors = _vote_errors(council, item, present, names, votes, majority, mayor_tiebreak)
    if errors:
        raise ValidationFailed(errors)
    if majority is not None and not item.outside_agenda:
        item.majority = majority
    existing = {v.member_id: v for v in session.scalars(select(Vote)
                                                         .where(Vote.item_id == item.id))}
    for member_id, v in existing.items():
        if member_id not in votes:
            session.delete(v)
    for member_id, (choice, reasoning) in votes.items():
        v = existing.get(member_id)
        if v is None:
            v = Vote(item_id=item.id, member_id=member_id, choice=choice)
            session.add(v)
        v.choice = choice
        v.reasoning = (reasoning or "").strip()
    item.voted = True
    item.mayor_tiebreak = mayor_tiebreak
    session.flush()
    result = item_result(council, attendance, item,
                         list(session.scalars(select(Vote).where(Vote.item_id == item.id))),
                         simple_majority_rule(session))
    if item.majority == SIMPLE and not result.tie:
        item.mayor_tiebreak = None
    session.flush()
    record(session, actor, "vote", "agenda_item", item.id, {
        "punto": [None, item.title[:200]], "resultado": [None, result.label],
        "votos": [None, result.counts()],
        "detalle": [None, "; ".join(f"{names.get(k, k)}: {VOTE_LABELS[c]}"
                                    for k, (c, _r) in votes.items())]})
    return result


@writes
def set_deliberation(session: Session, actor: Actor, item_id: int, text: str,
                     dispensed: bool) -> None:
    """What the secretary typed of the debate, and whether the decision was taken with
    dispensa del trámite de lectura y aprobación del acta."""
    require(actor, Permission.COUNCIL, session)
    item = load_item(session, item_id)
    check_length("deliberation", text, DELIBERATION_MAX, "La deliberación")
    item.deliberation = text.strip()
    item.dispensed = bool(dispensed)
    session.flush()
    record(session, actor, "update", "agenda_item", item.id,
           {"deliberación": [None, f"{len(item.deliberation)} caracteres"],
            "dispensa": [None, item.dispensed]})
