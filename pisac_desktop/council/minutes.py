"""Actas and libros de actas (DOMAIN.md section 3, "Minutes (acta) and the minute book").

An acta is drafted from the session's data (kind, number, date, place, times, attendance and
quorum, the previous acta, each item, each decision with its votes and who voted how), edited
by the secretary, closed, approved (at the same session, at the next, or the decision taken
"con dispensa del trámite de lectura y aprobación del acta"), and registered in a notarised
minute book: the book gives it its acta number and a range of folios, continuous within the
book and never overlapping another acta's.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import moment_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.conflicts import concurrent_edit
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import get_institution, holder_on, post_label, signature_name
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import DOCUMENT_MAX, check_length
from pisac_desktop.core.verification import VERIFY_MINUTES, give_code
from pisac_desktop.council.attendance import attendance_of, install_waiver, quorum_of
from pisac_desktop.council.members import council_on
from pisac_desktop.council.officials import acta_line, officials_of
from pisac_desktop.council.rules import (
    SIGN_ATTENDEES,
    minutes_signers_rule,
    simple_majority_rule,
)
from pisac_desktop.council.sessions import SECTION_LABELS, load_session, session_title, to_naive_utc
from pisac_desktop.council.settings import council_settings
from pisac_desktop.council.summons import notice_check, summonses
from pisac_desktop.council.votes import item_result
from pisac_desktop.db.models import (
    CouncilSession,
    Instrument,
    Minutes,
    Vote,
)
from pisac_desktop.db.models.council import (
    ABSENT,
    ABSTAIN,
    AGAINST,
    DESPACHO,
    FOR,
    HELD,
    INFORMES,
    LATE,
    MINUTES_APPROVED,
    MINUTES_CLOSED,
    MINUTES_DRAFT,
    NOT_INSTALLED,
    ON_LEAVE,
    ORDEN_DEL_DIA,
    ORDINARY,
    PEDIDOS,
    PRESENT,
)
from pisac_desktop.db.write_lock import writes
from pisac_desktop.spanish.dates import long_date_with_weekday, short_date
from pisac_desktop.spanish.ordinals import ordinal_word

STATE_LABELS = {MINUTES_DRAFT: "Borrador", MINUTES_CLOSED: "Cerrada",
                MINUTES_APPROVED: "Aprobada"}
APPROVAL_LABELS = {"same": "Aprobada al término de la misma sesión",
                   "next": "Aprobada en la sesión siguiente"}
DISPENSA = "con dispensa del trámite de lectura y aprobación del acta"
CONCURRENT_EDIT_THEN = ": copie su texto, vuelva a abrir el acta y repita sus cambios."
CONCURRENT_EDIT = ("Mientras usted editaba, otra persona guardó cambios en esta acta. Para no "
                   "borrar sus cambios no se guardó nada" + CONCURRENT_EDIT_THEN)


def minutes_of(session: Session, session_id: int) -> Minutes | None:
    return session.scalar(select(Minutes).where(Minutes.session_id == session_id))


def minutes_row(session: Session, minutes_id: int) -> Minutes:
    row = session.get(Minutes, minutes_id, populate_existing=True)
    if row is None:
        raise DomainError("El acta ya no existe.")
    return row


def acta_title(s: CouncilSession) -> str:
    """ACTA DE LA SESIÓN ORDINARIA N° 05-2026."""
    return f"ACTA DE LA {session_title(s)}"


# ----------------------------------------------------------------------------------------------
# Drafting from the session's data


def _member_label(m) -> str:
    return f"{m.role_label} {m.name}"


def draft_text(session: Session, s: CouncilSession) -> str:
    """The acta's text written from what the app knows of the session; the secretary completes
    the deliberations before closing it."""
    council = council_on(session, s.session_date)
    attendance = attendance_of(session, s.id)
    quorum = quorum_of(council, attendance)
    paragraphs = [_opening(session, s, council), _attendance_block(
        council, attendance, officials_of(session, s.id))]
    if s.state == NOT_INSTALLED:
        paragraphs.append(
            f"QUÓRUM: {quorum.present} presentes de {council.able_count} miembros hábiles; el "
            f"quórum es de {quorum.quorum}. Por falta de quórum, la sesión no se instaló, de "
            "lo que se deja constancia.")
        paragraphs.append(f"Firman {signing_parties(session, s, installed=False)} en señal de "
                          "conformidad.")
        return "\n\n".join(paragraphs)
    paragraphs.append(
        f"QUÓRUM: verificada la asistencia, se encontraron presentes {quorum.present} de "
        f"{council.able_count} miembros hábiles (quórum: {quorum.quorum}); con el quórum de "
        "ley, se declaró instalada la sesión.")
    reading = _previous_acta_reading(session, s)
    if reading:
        paragraphs.append(reading)
    paragraphs.extend(_agenda_blocks(session, s, council, attendance))
    closed = s.closed_at or "[hora]"
    paragraphs.append(
        f"No habiendo otro asunto que tratar, siendo las {closed} horas, se levantó la sesión, "
        f"firmando {signing_parties(session, s)} en señal de conformidad.")
    return "\n\n".join(paragraphs)


def _opening(session: Session, s: CouncilSession, council) -> str:
    """Where, when, how and under whose presidency the council met, and how it was convened."""
    inst = get_institution(session)
    mayor = council.mayor
    presiding = ""
    if mayor is not None:
        presiding = (f", bajo la presidencia {'de la' if mayor.feminine else 'del'} "
                     f"{_member_label(mayor)}")
    where = f"En el distrito de {inst.city or 'Pisac'}"
    if inst.province:
        where += f", provincia de {inst.province}"
    if inst.department:
        where += f", departamento de {inst.department}"
    title = session_title(s).capitalize().replace("n° ", "N° ")
    opened = s.opened_at or s.start_time
    modality = "virtual" if s.modality == "virtual" else "presencial"
    return (f"{where}, siendo las {opened} horas del día "
            f"{long_date_with_weekday(s.session_date)}, en {_with_article(s.place)}, en modalidad "
            f"{modality}, se reunieron los miembros del Concejo Municipal de la {inst.name} en "
            f"{title}{presiding}, {convened_phrase(session, s)}.")


def _attendance_block(council, attendance, officials=()) -> str:
    """ASISTENCIA: who attended (and who arrived late), who did not, who was on leave; then the
    officials invited, with voice and no vote."""
    def with_status(*states):
        return [m for m in council.members if m.id in attendance
                and attendance[m.id].status in states]

    def present_label(m) -> str:
        row = attendance[m.id]
        if row.status != LATE:
            return _member_label(m)
        late = f" (llegó a las {row.arrived_at} horas)" if row.arrived_at else " (tardanza)"
        return _member_label(m) + late

    lines = ["ASISTENCIA:"]
    present = with_status(PRESENT, LATE)
    if present:
        lines.append("Asistieron: " + "; ".join(present_label(m) for m in present) + ".")
    absent = with_status(ABSENT)
    if absent:
        lines.append("Inasistencia: " + "; ".join(_member_label(m) for m in absent) + ".")
    leave = [m for m in council.members
             if (m.id in attendance and attendance[m.id].status == ON_LEAVE) or not m.able]
    if leave:
        lines.append("Con licencia o no hábiles en la fecha: " + "; ".join(
            f"{_member_label(m)} ({m.status_label.lower()})" for m in leave) + ".")
    if officials:
        lines.append(acta_line(list(officials)))
    return "\n".join(lines)


def _previous_acta_reading(session: Session, s: CouncilSession) -> str:
    """The reading of the previous acta: in an ordinaria, or where this session approved it or
    has it on its agenda (an extraordinaria approves no acta it was not convened for)."""
    previous = _previous_acta(session, s)
    if previous is None:
        return ""
    approved_here = previous.approved_in_session_id == s.id
    if previous.state == MINUTES_APPROVED and not approved_here:
        return ""
    if not (s.kind == ORDINARY or approved_here or _acta_on_agenda(s)):
        return ""
    prev_session = session.get(CouncilSession, previous.session_id)
    return ("LECTURA Y APROBACIÓN DEL ACTA ANTERIOR: se dio lectura al acta de la "
            f"{session_title(prev_session).capitalize().replace('n° ', 'N° ')}, de fecha "
            f"{short_date(prev_session.session_date)}, "
            + ("la que fue aprobada." if approved_here else "[indique si fue aprobada]."))


def _agenda_blocks(session: Session, s: CouncilSession, council, attendance) -> list[str]:
    """One block per station (DESPACHO, INFORMES, PEDIDOS, ORDEN DEL DÍA), items numbered in
    words within it, each with its deliberation and, when voted, the result."""
    votes_by_item: dict[int, list[Vote]] = {}
    item_ids = [i.id for i in s.items]
    if item_ids:
        for v in session.scalars(select(Vote).where(Vote.item_id.in_(item_ids))):
            votes_by_item.setdefault(v.item_id, []).append(v)
    instruments = {}
    outcome_ids = [i.instrument_id for i in s.items if i.instrument_id]
    if outcome_ids:
        instruments = {i.id: i for i in session.scalars(
            select(Instrument).where(Instrument.id.in_(outcome_ids)))}
    rule = simple_majority_rule(session)
    blocks = []
    for section in (DESPACHO, INFORMES, PEDIDOS, ORDEN_DEL_DIA):
        items = [i for i in s.items if i.section == section]
        if not items:
            continue
        block = [f"{SECTION_LABELS[section].upper()}:"]
        for n, item in enumerate(items, start=1):
            text = f"{ordinal_word(n).capitalize()}. {item.title}"
            if item.detail:
                text += f" ({item.detail})"
            text += "."
            if item.outside_agenda:
                text += " Asunto no previsto en la agenda de la citación."
            text += " " + (item.deliberation or "[Deliberación: complete aquí lo tratado.]")
            if item.voted:
                result = item_result(council, attendance, item,
                                     votes_by_item.get(item.id, []), rule)
                text += _vote_text(council, votes_by_item.get(item.id, []), result,
                                   instruments.get(item.instrument_id), item.dispensed)
            block.append(text)
        blocks.append("\n".join(block))
    return blocks


def _vote_text(council, votes: list[Vote], result, doc: Instrument | None,
               dispensed: bool) -> str:
    """' Sometido a votación, se obtuvo: …' with who voted how, their reasons, the document
    issued and the dispensa."""
    names = {m.id: m.name for m in council.members}

    def who(choice):
        return _join([names.get(v.member_id, "") for v in votes if v.choice == choice])

    text = (f" Sometido a votación, se obtuvo: {result.counts()}. "
            f"{result.explanation} Resultado: {result.label}.")
    parts = [f"{label}: {who(choice)}" for label, choice in
             (("a favor", FOR), ("en contra", AGAINST), ("abstención", ABSTAIN)) if who(choice)]
    if parts:
        text += " Votaron " + "; ".join(parts) + "."
    reasons = [f"{names.get(v.member_id, '')}: {v.reasoning.rstrip('.;')}"
               for v in votes if v.reasoning]
    if reasons:
        text += " Fundamentaron su voto: " + "; ".join(reasons) + "."
    if doc is not None and doc.number_text:
        text += f" Se emitió el {doc.number_text}."
    if dispensed:
        text += f" Acuerdo adoptado {DISPENSA}."
    return text


def convened_phrase(session: Session, s: CouncilSession) -> str:
    """How the session was convened, as the acta states it: "conforme a ley" only when every
    summons was notified with the legal notice; otherwise the emergency or the reason recorded
    at its installation (or a gap to fill, which blocks closing the acta)."""
    rows = summonses(session, s.id)
    if not rows:
        return "convocada por el alcalde"
    calendar = BusinessCalendar.load(session)
    settings = council_settings(session)
    checks = [notice_check(calendar, settings, s, r) for r in rows]
    pending = sum(1 for c in checks if not c.delivered)
    late = sum(1 for c in checks if c.late)
    if not pending and not late:
        return "convocada mediante citaciones notificadas conforme a ley"
    parts = []
    if late:
        parts.append(("1 notificada" if late == 1 else f"{late} notificadas")
                     + " con menor anticipación que la prevista")
    if pending:
        parts.append(f"{pending} sin constancia de entrega")
    total = "1 citación" if len(rows) == 1 else f"{len(rows)} citaciones"
    facts = f"convocada mediante {total}, " + " y ".join(parts)
    if s.emergency_note:
        note = s.emergency_note.strip().rstrip(".")
        return f"{facts}, con carácter de urgencia en atención a: {note}"
    waiver = install_waiver(s)
    if waiver:
        return f"{facts}; al instalarse la sesión se dejó constancia de lo siguiente: " \
               f"{waiver.rstrip('.')}"
    return f"{facts} {NOTICE_GAP}"


NOTICE_GAP = "[indique la emergencia o la dispensa del plazo]"


def _acta_on_agenda(s: CouncilSession) -> bool:
    """An extraordinaria approves a previous acta only when that is on its agenda."""
    return any("acta" in f"{i.title} {i.detail}".lower() and "aprob" in i.title.lower()
               for i in s.items)


def _with_article(place: str) -> str:
    """'Salón de Sesiones ...' -> 'el Salón de Sesiones ...' (as read in an acta)."""
    first = place.split(" ", 1)[0].lower()
    if first in ("salón", "auditorio", "local", "palacio", "despacho", "teatro", "coliseo"):
        return f"el {place}"
    if first in ("sala", "plaza", "casa", "plataforma", "oficina", "institución"):
        return f"la {place}"
    return place


def _join(names: list[str]) -> str:
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " y " + names[-1]


def _previous_acta(session: Session, s: CouncilSession) -> Minutes | None:
    return session.scalar(
        select(Minutes).join(CouncilSession, CouncilSession.id == Minutes.session_id)
        .where(CouncilSession.session_date < s.session_date)
        .order_by(CouncilSession.session_date.desc(), CouncilSession.id.desc()).limit(1))


def check_draftable(s: CouncilSession, has_minutes: bool) -> None:
    """Precondition of draft_minutes: a session held (or not installed) without its acta."""
    if s.state not in (HELD, NOT_INSTALLED):
        raise DomainError("El acta se redacta de una sesión realizada (o no instalada por "
                          "falta de quórum).")
    if has_minutes:
        raise DomainError("La sesión ya tiene su acta.")


@writes
def draft_minutes(session: Session, actor: Actor, session_id: int) -> int:
    require(actor, Permission.COUNCIL, session)
    s = load_session(session, session_id)
    check_draftable(s, minutes_of(session, s.id) is not None)
    row = Minutes(session_id=s.id, body=draft_text(session, s), state=MINUTES_DRAFT)
    session.add(row)
    session.flush()
    record(session, actor, "create", "minutes", row.id, {"acta": [None, acta_title(s)]})
    return row.id


@writes
def redraft(session: Session, actor: Actor, minutes_id: int) -> str:
    """Write the draft again from the session's data (after votes or deliberations changed)."""
    require(actor, Permission.COUNCIL, session)
    row = minutes_row(session, minutes_id)
    check_draft(row)
    row.body = draft_text(session, session.get(CouncilSession, row.session_id))
    row.version += 1
    session.flush()
    record(session, actor, "update", "minutes", row.id, {"texto": [None, "redactado de nuevo"]})
    return row.body


def check_draft(row: Minutes) -> None:
    """Its text is edited, drafted again or closed while it is a draft."""
    if row.state != MINUTES_DRAFT:
        raise DomainError(f"El acta está {STATE_LABELS[row.state].lower()}: su texto ya no se "
                          "modifica.")


@writes
def save_body(session: Session, actor: Actor, minutes_id: int, body: str,
              version: int | None = None) -> None:
    require(actor, Permission.COUNCIL, session)
    row = minutes_row(session, minutes_id)
    check_draft(row)
    if version is not None and version != row.version:
        raise DomainError(concurrent_edit(session, "minutes", row.id, "esta acta",
                                          CONCURRENT_EDIT_THEN))
    if not body.strip():
        raise ValidationFailed([FieldError("body", "El acta no puede quedar vacía.")])
    check_length("body", body, DOCUMENT_MAX, "El acta")
    before = len(row.body)
    row.body = body.strip()
    row.version += 1
    session.flush()
    record(session, actor, "update", "minutes", row.id,
           {"texto": [f"{before} caracteres", f"{len(row.body)} caracteres"]})


@writes
def close_minutes(session: Session, actor: Actor, minutes_id: int, clock=None) -> None:
    """Close the text: it is ready to be read, approved and signed."""
    require(actor, Permission.COUNCIL, session)
    row = minutes_row(session, minutes_id)
    check_draft(row)
    if "[Deliberación: complete aquí" in row.body or "[hora]" in row.body or \
            "[indique si fue aprobada]" in row.body or NOTICE_GAP in row.body:
        raise DomainError("El acta tiene partes por completar (entre corchetes): complételas "
                          "antes de cerrarla.")
    row.state = MINUTES_CLOSED
    row.closed_at = to_naive_utc(moment_of(session, clock))
    row.version += 1
    session.flush()
    record(session, actor, "close", "minutes", row.id, {"estado": ["Borrador", "Cerrada"]})
    give_code(session, VERIFY_MINUTES, row.id)


def check_approvable(row: Minutes) -> None:
    if row.state != MINUTES_CLOSED:
        raise DomainError("Cierre el acta antes de registrar su aprobación." if
                          row.state == MINUTES_DRAFT else "El acta ya fue aprobada.")


@writes
def approve_minutes(session: Session, actor: Actor, minutes_id: int, mode: str,
                    in_session_id: int | None = None) -> None:
    """mode 'same': approved at the end of the same session; 'next': at the start of a later
    session (in_session_id)."""
    require(actor, Permission.COUNCIL, session)
    row = minutes_row(session, minutes_id)
    check_approvable(row)
    own = session.get(CouncilSession, row.session_id)
    if mode == "same":
        on, where = own.session_date, own.id
    elif mode == "next":
        later = session.get(CouncilSession, in_session_id) if in_session_id else None
        if later is None or later.session_date <= own.session_date or later.state != HELD:
            raise ValidationFailed([FieldError(
                "in_session_id", "Elija la sesión realizada, posterior, en que se aprobó.")])
        on, where = later.session_date, later.id
    else:
        raise ValidationFailed([FieldError("mode", "Indique cuándo se aprobó el acta.")])
    row.state = MINUTES_APPROVED
    row.approval_mode = mode
    row.approved_in_session_id = where
    row.approved_on = on
    row.version += 1
    session.flush()
    record(session, actor, "approve", "minutes", row.id,
           {"aprobación": [None, f"{APPROVAL_LABELS[mode]} ({short_date(on)})"]})


@writes
def set_extra_signers(session: Session, actor: Actor, minutes_id: int,
                      member_ids: list[int]) -> None:
    """Members who asked to sign (besides the alcalde, the secretary and the dissenters)."""
    require(actor, Permission.COUNCIL, session)
    row = minutes_row(session, minutes_id)
    row.extra_signers = json.dumps(sorted(set(member_ids)))
    session.flush()
    record(session, actor, "update", "minutes", row.id,
           {"firmantes adicionales": [None, row.extra_signers]})


@dataclass(frozen=True)
class Signer:
    name: str
    post: str
    reason: str = ""  # "voto en contra", "a su pedido"


def signers(session: Session, minutes: Minutes) -> list[Signer]:
    """Who signs, per the council's setting (council_rules): every attendee (the alcalde, the
    regidores present, then the secretario general), or the alcalde and the secretario general
    followed by those who voted against any decision and those who asked to sign (Ley 27444,
    collegiate bodies). The acta's closing says the same (signing_parties)."""
    s = session.get(CouncilSession, minutes.session_id)
    council = council_on(session, s.session_date)
    item_ids = [i.id for i in s.items]
    dissent = set()
    if item_ids:
        dissent = set(session.scalars(select(Vote.member_id).where(
            Vote.item_id.in_(item_ids), Vote.choice == AGAINST)))
    extra = set(json.loads(minutes.extra_signers or "[]"))
    secretary = holder_on(session, "GENERAL_SECRETARY", s.session_date)
    secretary_line = ([Signer(signature_name(secretary),
                              post_label("GENERAL_SECRETARY", secretary.feminine))]
                      if secretary is not None else [])
    if minutes_signers_rule(session) == SIGN_ATTENDEES:
        attendance = attendance_of(session, s.id)
        present = [m for m in council.members if m.id in attendance
                   and attendance[m.id].status in (PRESENT, LATE)]
        out = [Signer(m.name, m.role_label, "voto en contra" if m.id in dissent else "")
               for m in present]
        return out + secretary_line
    out = []
    mayor = council.mayor
    if mayor is not None:
        out.append(Signer(mayor.name, mayor.role_label))
    out += secretary_line
    for m in council.members:
        if m.is_mayor:
            continue
        if m.id in dissent:
            out.append(Signer(m.name, m.role_label, "voto en contra"))
        elif m.id in extra:
            out.append(Signer(m.name, m.role_label, "a su pedido"))
    return out


def signing_parties(session: Session, s: CouncilSession, installed: bool = True) -> str:
    """Who signs, in the acta's closing words, matching signers(): "los asistentes", or "el
    señor alcalde y el secretario general, y los regidores que votaron en contra ..."."""
    if minutes_signers_rule(session) == SIGN_ATTENDEES:
        return "los asistentes" if installed else "los presentes"
    mayor = council_on(session, s.session_date).mayor
    secretary = holder_on(session, "GENERAL_SECRETARY", s.session_date)
    who = ("la señora alcaldesa" if mayor is not None and mayor.feminine else "el señor alcalde")
    who += (" y la secretaria general" if secretary is not None and secretary.feminine
            else " y el secretario general")
    return f"{who}, y los regidores que votaron en contra o pidieron firmar," if installed \
        else who
