"""Propuestas de agenda del concejo (ROF art. 56: Secretaría General channels the proposals of the
regidores and the gerencia municipal; ROF art. 32: the gerente proposes to the alcalde topics of
his competence for the agenda).

A proposal is registered (recibida), then Secretaría General includes it in the agenda of a
programmed session (through sessions.add_item), observes it (with the reason; the proposer may
correct it and send it again) or returns it. Every change is audited.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import moment_of
from pisac_desktop.core.actions import Allowed, decide
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import PendingItem, holder_on, post_label
from pisac_desktop.core.permissions import Actor, Permission, PermissionDenied, require
from pisac_desktop.core.validators import (
    REASON_MAX,
    REFERENCES_MAX,
    SUMMARY_MAX,
    check_length,
    length_error,
)
from pisac_desktop.council.actions import Action
from pisac_desktop.council.agenda import ItemForm, add_item
from pisac_desktop.council.members import council_on
from pisac_desktop.council.sessions import session_title
from pisac_desktop.db.models import AgendaProposal, CouncilSession
from pisac_desktop.db.models.council import (
    ORDEN_DEL_DIA,
    PROPOSAL_INCLUDED,
    PROPOSAL_OBSERVED,
    PROPOSAL_RECEIVED,
    PROPOSAL_RETURNED,
    SCHEDULED,
    SIMPLE,
)
from pisac_desktop.db.write_lock import writes
from pisac_desktop.instruments.register import fold
from pisac_desktop.spanish.dates import short_date

COUNCILLOR, MANAGEMENT, MAYOR = "councillor", "management", "mayor"
PROPOSER_LABELS = {COUNCILLOR: "Regidor(a)", MANAGEMENT: "Gerencia Municipal",
                   MAYOR: "Alcaldía"}
STATE_LABELS = {PROPOSAL_RECEIVED: "Recibida", PROPOSAL_INCLUDED: "Incluida en la agenda",
                PROPOSAL_OBSERVED: "Observada", PROPOSAL_RETURNED: "Devuelta"}
REASON_CAPTIONS = {PROPOSAL_OBSERVED: "Observación",
                   PROPOSAL_RETURNED: "Motivo de la devolución"}
MAX_SUBJECT = SUMMARY_MAX
MAX_REFERENCES = REFERENCES_MAX
SHOWN_IN_DETAIL = 3


# ----------------------------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class ProposalRow:
    id: int
    received_on: dt.date
    proposer_kind: str
    member_id: int | None
    proposer_name: str
    subject: str
    references: str
    state: str
    state_reason: str
    session_id: int | None
    session_title: str  # "SESIÓN ORDINARIA N° 05-2026" when included
    session_date: dt.date | None
    created_by: str

    @property
    def proposer_label(self) -> str:
        return PROPOSER_LABELS.get(self.proposer_kind, self.proposer_kind)

    @property
    def state_label(self) -> str:
        """'Incluida en la agenda de la SESIÓN ORDINARIA N° 05-2026 (12/11/2026)'."""
        if self.state == PROPOSAL_INCLUDED and self.session_title:
            when = f" ({short_date(self.session_date)})" if self.session_date else ""
            return f"Incluida en la agenda de la {self.session_title}{when}"
        return STATE_LABELS.get(self.state, self.state)

    @property
    def proposer_short(self) -> str:
        """For a list: the regidor's name, or just the office."""
        return self.proposer_name if self.proposer_kind == COUNCILLOR else self.proposer_label

    @property
    def state_short(self) -> str:
        """For a list: 'En agenda: Ordinaria N° 05-2026'."""
        if self.state == PROPOSAL_INCLUDED and self.session_title.startswith("SESIÓN "):
            kind, _, rest = self.session_title.removeprefix("SESIÓN ").partition(" ")
            return f"En agenda: {kind.capitalize()} {rest}"
        return STATE_LABELS.get(self.state, self.state)

    @property
    def open(self) -> bool:
        """Still waiting for Secretaría General (recibida) or for the proposer (observada)."""
        return self.state in (PROPOSAL_RECEIVED, PROPOSAL_OBSERVED)

    @property
    def observed(self) -> bool:
        """Waiting for the proposer to correct it."""
        return self.state == PROPOSAL_OBSERVED

    @property
    def received(self) -> bool:
        """Waiting for Secretaría General's answer."""
        return self.state == PROPOSAL_RECEIVED

    @property
    def reason_caption(self) -> str:
        """How the detail names state_reason ('' when the state keeps none)."""
        return REASON_CAPTIONS.get(self.state, "")

    def allowed(self, actor: Actor) -> Allowed:
        """What this actor may do with the proposal now, and why not (the use cases' rules)."""
        channel = actor.can(Permission.COUNCIL)
        return decide(actor, {
            Action.EDIT_PROPOSAL: (Permission.PROPOSE_AGENDA,
                                   lambda: check_correctable(self, channel)),
            Action.INCLUDE_PROPOSAL: (Permission.COUNCIL, lambda: check_includable(self)),
            Action.OBSERVE_PROPOSAL: (Permission.COUNCIL,
                                      lambda: check_answerable(self, OBSERVE_FROM, "observa")),
            Action.RETURN_PROPOSAL: (Permission.COUNCIL,
                                     lambda: check_answerable(self, RETURN_FROM, "devuelve")),
        })


@dataclass(frozen=True)
class ProposalFilter:
    states: tuple[str, ...] = ()
    proposer_kind: str | None = None
    year: int | None = None
    text: str = ""


def search(session: Session, flt: ProposalFilter = ProposalFilter(),  # noqa: B008
           limit: int = 1000) -> list[ProposalRow]:
    """Proposals, newest first. A few dozen a year: the text (accent-free, every word) is matched
    on the rows of the chosen states and year."""
    query = (select(AgendaProposal, CouncilSession)
             .outerjoin(CouncilSession, CouncilSession.id == AgendaProposal.session_id)
             .order_by(AgendaProposal.received_on.desc(), AgendaProposal.id.desc()))
    if flt.states:
        query = query.where(AgendaProposal.state.in_(flt.states))
    if flt.proposer_kind:
        query = query.where(AgendaProposal.proposer_kind == flt.proposer_kind)
    if flt.year is not None:
        query = query.where(AgendaProposal.received_on.between(
            dt.date(flt.year, 1, 1), dt.date(flt.year, 12, 31)))
    words = [w for w in re.split(r"\s+", fold(flt.text)) if w]
    out: list[ProposalRow] = []
    for p, s in session.execute(query):
        if words:
            haystack = fold(" ".join((p.subject, p.references, p.proposer_name, p.state_reason)))
            if not all(w in haystack for w in words):
                continue
        out.append(_row(p, s))
        if len(out) >= limit:
            break
    return out


def get(session: Session, proposal_id: int) -> ProposalRow:
    p = _get(session, proposal_id)
    return _row(p, session.get(CouncilSession, p.session_id) if p.session_id else None)


def _row(p: AgendaProposal, s: CouncilSession | None) -> ProposalRow:
    return ProposalRow(p.id, p.received_on, p.proposer_kind, p.member_id, p.proposer_name,
                       p.subject, p.references, p.state, p.state_reason, p.session_id,
                       session_title(s) if s is not None else "",
                       s.session_date if s is not None else None, p.created_by)


def years(session: Session) -> list[int]:
    dates = session.execute(select(func.min(AgendaProposal.received_on),
                                   func.max(AgendaProposal.received_on))).one()
    if dates[0] is None:
        return []
    return list(range(dates[1].year, dates[0].year - 1, -1))


# ----------------------------------------------------------------------------------------------
# Who proposes


@dataclass(frozen=True)
class ProposerChoice:
    kind: str
    member_id: int | None
    name: str  # as it is stored and shown: "Regidora Nilda Rosa Huamán Ttito"


def councillors_on(session: Session, on: dt.date) -> list[ProposerChoice]:
    """The regidores serving on that date (those on leave too: a licence does not take away the
    right to propose)."""
    council = council_on(session, on)
    if council is None:
        return []
    return [ProposerChoice(COUNCILLOR, m.id, f"{m.role_label} {m.name}")
            for m in council.members if not m.is_mayor]


def proposer_name(session: Session, kind: str, member_id: int | None, on: dt.date) -> str:
    """The name stored with the proposal: the regidor, or the office and who held it that day."""
    if kind == COUNCILLOR:
        choice = next((c for c in councillors_on(session, on) if c.member_id == member_id), None)
        return choice.name if choice else ""
    post = "MUNICIPAL_MANAGER" if kind == MANAGEMENT else "MAYOR"
    holder = holder_on(session, post, on)
    office = PROPOSER_LABELS[kind]
    if holder is None:
        return office
    who = f"{holder.title} {holder.full_name}".strip()
    return f"{office} ({post_label(post, holder.feminine)} {who})"


def may_channel(session: Session, actor: Actor) -> bool:
    """Secretaría General (and the administrator) channel proposals of anyone; others only send
    their own office's (the gerencia municipal's)."""
    try:
        require(actor, Permission.COUNCIL, session)
    except PermissionDenied:
        return False
    return True


# ----------------------------------------------------------------------------------------------
# Registering and correcting


@dataclass
class ProposalForm:
    proposer_kind: str = MANAGEMENT
    member_id: int | None = None
    subject: str = ""
    references: str = ""
    received_on: dt.date | None = None


def _validate(session: Session, actor: Actor, form: ProposalForm,
              today: dt.date | None) -> str:
    """Check the form; return the proposer's name as it will be stored."""
    errors = []
    if form.proposer_kind not in PROPOSER_LABELS:
        errors.append(FieldError("proposer_kind", "Indique quién propone."))
    elif form.proposer_kind != MANAGEMENT and not may_channel(session, actor):
        errors.append(FieldError(
            "proposer_kind", "Desde la Gerencia Municipal solo se envían propuestas de la "
                             "gerencia municipal (ROF art. 32); las de los regidores y de la "
                             "alcaldía las registra la Secretaría General."))
    if form.received_on is None:
        errors.append(FieldError("received_on", "Indique la fecha de recepción (dd/mm/aaaa)."))
    elif today is not None and form.received_on > today:
        errors.append(FieldError("received_on", "La fecha de recepción no puede ser posterior "
                                                "a hoy."))
    subject = form.subject.strip()
    if not subject:
        errors.append(FieldError("subject", "Escriba el asunto que se propone para la agenda."))
    elif message := length_error(subject, MAX_SUBJECT, "El asunto"):
        errors.append(FieldError("subject", message))
    if message := length_error(form.references, MAX_REFERENCES, "El sustento"):
        errors.append(FieldError("references", message))
    name = ""
    if form.proposer_kind == COUNCILLOR and form.received_on is not None:
        if form.member_id is None:
            errors.append(FieldError("member_id", "Elija al regidor o regidora que propone."))
        else:
            name = proposer_name(session, COUNCILLOR, form.member_id, form.received_on)
            if not name:
                errors.append(FieldError(
                    "member_id", f"Esa persona no era regidor(a) el "
                                 f"{short_date(form.received_on)}: elija a un miembro del "
                                 "concejo en funciones en la fecha de recepción."))
    elif form.proposer_kind in (MANAGEMENT, MAYOR) and form.received_on is not None:
        name = proposer_name(session, form.proposer_kind, None, form.received_on)
    if errors:
        raise ValidationFailed(errors)
    return name


def _snapshot(p: AgendaProposal) -> dict:
    return {"propone": p.proposer_name, "asunto": p.subject, "sustento": p.references,
            "recibida": p.received_on.isoformat()}


@writes
def register(session: Session, actor: Actor, form: ProposalForm, today: dt.date | None = None,
             clock=None) -> int:
    """Register a proposal as recibida."""
    require(actor, Permission.PROPOSE_AGENDA, session)
    name = _validate(session, actor, form, today)
    now = moment_of(session, clock)
    p = AgendaProposal(
        proposer_kind=form.proposer_kind,
        member_id=form.member_id if form.proposer_kind == COUNCILLOR else None,
        proposer_name=name, subject=form.subject.strip(), references=form.references.strip(),
        received_on=form.received_on, state=PROPOSAL_RECEIVED, state_reason="",
        created_by=actor.username,
        created_at=now.astimezone(dt.UTC).replace(tzinfo=None) if now.tzinfo else now)
    session.add(p)
    session.flush()
    record(session, actor, "create", "agenda_proposal", p.id,
           {k: [None, v] for k, v in _snapshot(p).items()}, clock=clock)
    return p.id


def form_of(session: Session, proposal_id: int) -> ProposalForm:
    p = _get(session, proposal_id)
    return ProposalForm(p.proposer_kind, p.member_id, p.subject, p.references, p.received_on)


def check_correctable(p: AgendaProposal | ProposalRow, channel: bool) -> None:
    """Precondition of resubmit. channel: the actor is Secretaría General (may_channel)."""
    if not channel and p.proposer_kind != MANAGEMENT:
        raise DomainError("Solo la Secretaría General modifica las propuestas de los regidores "
                          "y de la alcaldía.")
    if p.state not in (PROPOSAL_RECEIVED, PROPOSAL_OBSERVED):
        raise DomainError(f"La propuesta está {STATE_LABELS[p.state].lower()}: ya no se "
                          "modifica.")


@writes
def resubmit(session: Session, actor: Actor, proposal_id: int, form: ProposalForm,
             today: dt.date | None = None, clock=None) -> None:
    """Correct a recibida or observada proposal; an observada one goes back to recibida (it is
    sent again to Secretaría General). The gerencia corrects only its own proposals."""
    require(actor, Permission.PROPOSE_AGENDA, session)
    p = _get(session, proposal_id)
    check_correctable(p, may_channel(session, actor))
    name = _validate(session, actor, form, today)
    before = _snapshot(p)
    was = p.state
    p.proposer_kind = form.proposer_kind
    p.member_id = form.member_id if form.proposer_kind == COUNCILLOR else None
    p.proposer_name = name
    p.subject = form.subject.strip()
    p.references = form.references.strip()
    p.received_on = form.received_on
    if was == PROPOSAL_OBSERVED:
        p.state = PROPOSAL_RECEIVED
    session.flush()
    after = _snapshot(p)
    changes = {k: [before[k], after[k]] for k in after if before[k] != after[k]}
    if was != p.state:
        changes["estado"] = [STATE_LABELS[was], STATE_LABELS[p.state]]
        changes["observación atendida"] = [p.state_reason, None]
    record(session, actor, "update", "agenda_proposal", p.id, changes, clock=clock)


def _get(session: Session, proposal_id: int) -> AgendaProposal:
    p = session.get(AgendaProposal, proposal_id, populate_existing=True)
    if p is None:
        raise DomainError("La propuesta ya no existe (otro puesto la eliminó).")
    return p


# ----------------------------------------------------------------------------------------------
# Secretaría General's answer: include, observe, return


def check_answerable(p: AgendaProposal | ProposalRow, from_states: tuple[str, ...],
                     verb: str) -> None:
    if p.state not in from_states:
        allowed = " u ".join(STATE_LABELS[x].lower() for x in from_states)
        raise DomainError(f"Solo se {verb} una propuesta {allowed}; esta está "
                          f"{STATE_LABELS[p.state].lower()}.")


OBSERVE_FROM = (PROPOSAL_RECEIVED,)
RETURN_FROM = (PROPOSAL_RECEIVED, PROPOSAL_OBSERVED)


def _answer(session: Session, actor: Actor, proposal_id: int, state: str, reason: str,
            clock, from_states: tuple[str, ...], verb: str, missing: str) -> None:
    """Observe or return: from the allowed states, with the reason kept and audited."""
    require(actor, Permission.COUNCIL, session)
    p = _get(session, proposal_id)
    check_answerable(p, from_states, verb)
    text = " ".join(reason.split())
    if not text:
        raise ValidationFailed([FieldError("reason", missing)])
    check_length("reason", text, REASON_MAX, "El motivo")
    was = p.state
    p.state, p.state_reason = state, text
    session.flush()
    record(session, actor, "state_change", "agenda_proposal", p.id,
           {"estado": [STATE_LABELS[was], STATE_LABELS[state]], "motivo": [None, text]},
           clock=clock)


@writes
def observe(session: Session, actor: Actor, proposal_id: int, reason: str,
            clock=None) -> None:
    """Observada: the proposer must correct something (the reason says what)."""
    _answer(session, actor, proposal_id, PROPOSAL_OBSERVED, reason, clock, OBSERVE_FROM,
            "observa", "Escriba la observación: qué debe corregir o completar quien propone.")


@writes
def return_proposal(session: Session, actor: Actor, proposal_id: int, reason: str,
                    clock=None) -> None:
    """Devuelta: not taken to the council (e.g. not of its competence); the reason is kept."""
    _answer(session, actor, proposal_id, PROPOSAL_RETURNED, reason, clock, RETURN_FROM,
            "devuelve",
            "Escriba el motivo de la devolución.")


@dataclass(frozen=True)
class SessionChoice:
    id: int
    label: str  # "SESIÓN ORDINARIA N° 05-2026 — 12/11/2026"
    kind: str
    session_date: dt.date


def programmed_sessions(session: Session, today: dt.date) -> list[SessionChoice]:
    """Sessions still programmed (agenda open) from today on, soonest first."""
    rows = session.scalars(
        select(CouncilSession)
        .where(CouncilSession.state == SCHEDULED, CouncilSession.session_date >= today)
        .order_by(CouncilSession.session_date, CouncilSession.id))
    return [SessionChoice(s.id, f"{session_title(s)} — {short_date(s.session_date)}", s.kind,
                          s.session_date) for s in rows]


@dataclass
class IncludeForm:
    session_id: int | None = None
    section: str = ORDEN_DEL_DIA
    title: str = ""  # the agenda item's wording; the proposal's subject if empty
    majority: str = SIMPLE


def check_includable(p: AgendaProposal | ProposalRow) -> None:
    if p.state != PROPOSAL_RECEIVED:
        raise DomainError(f"Solo se incluye en la agenda una propuesta recibida; esta está "
                          f"{STATE_LABELS[p.state].lower()}.")


@writes
def include(session: Session, actor: Actor, proposal_id: int, form: IncludeForm,
            clock=None) -> int:
    """Put a recibida proposal on the agenda of a programmed session; returns the item id."""
    require(actor, Permission.COUNCIL, session)
    p = _get(session, proposal_id)
    check_includable(p)
    if form.session_id is None:
        raise ValidationFailed([FieldError("session_id", "Elija la sesión programada en cuya "
                                                         "agenda se incluye.")])
    s = session.get(CouncilSession, form.session_id, populate_existing=True)
    if s is None:
        raise ValidationFailed([FieldError("session_id", "La sesión ya no existe.")])
    if s.state != SCHEDULED:
        raise ValidationFailed([FieldError(
            "session_id", "La sesión ya fue convocada o realizada: elija una sesión "
                          "programada, cuya agenda aún está abierta.")])
    detail = f"Propuesta de {p.proposer_name}, recibida el {short_date(p.received_on)}."
    if p.references:
        detail += f" Sustento: {p.references}"
    item_id = add_item(session, actor, s.id, ItemForm(
        section=form.section, title=form.title.strip() or p.subject, detail=detail,
        majority=form.majority, proposal_id=p.id))
    p.state_reason = ""
    session.flush()
    record(session, actor, "state_change", "agenda_proposal", p.id,
           {"estado": [STATE_LABELS[PROPOSAL_RECEIVED], STATE_LABELS[PROPOSAL_INCLUDED]],
            "sesión": [None, session_title(s)]}, clock=clock)
    return item_id


# ----------------------------------------------------------------------------------------------
# Pending items for the overview pages


def _pending(session: Session, state: str, kind: str | None, label: tuple[str, str]
             ) -> list[PendingItem]:
    query = select(AgendaProposal.received_on, AgendaProposal.proposer_name).where(
        AgendaProposal.state == state)
    if kind:
        query = query.where(AgendaProposal.proposer_kind == kind)
    count = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    if not count:
        return []
    oldest = session.execute(query.order_by(AgendaProposal.received_on, AgendaProposal.id)
                             .limit(SHOWN_IN_DETAIL)).all()
    detail = "; ".join(f"{short_date(day)} {name}" for day, name in oldest)
    if count > len(oldest):
        detail += f" y {count - len(oldest)} más"
    return [PendingItem(label[0] if count == 1 else label[1], count, detail)]


def secretaria_pending(session: Session, today: dt.date) -> list[PendingItem]:
    """Proposals recibidas that Secretaría General has not answered yet."""
    return _pending(session, PROPOSAL_RECEIVED, None,
                    ("Propuesta de agenda por atender", "Propuestas de agenda por atender"))


def gerencia_pending(session: Session, today: dt.date) -> list[PendingItem]:
    """The gerencia's proposals observed by Secretaría General, waiting to be corrected."""
    return _pending(session, PROPOSAL_OBSERVED, MANAGEMENT,
                    ("Propuesta al concejo observada por corregir",
                     "Propuestas al concejo observadas por corregir"))
