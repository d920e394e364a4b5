"""Actas and libros de actas (DOMAIN.md section 3, "Minutes (acta) and the minute book").

An acta is drafted from the session's data (kind, number, date, place, times, attendance and
quorum, the previous acta, each item, each decision with its votes and who voted how), edited
by the secretary, closed, approved (at the same session, at the next, or the decision taken
"con dispensa del trámite de lectura y aprobación del acta"), and registered in a notarised
minute book: the book gives it its acta number and a range of folios, continuous within the
book and never overlapping another acta's.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import moment_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.institution import get_institution, holder_on, post_label, signature_name
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import DOCUMENT_MAX, REASON_MAX, check_length, length_error
from pisac_desktop.core.verification import VERIFY_MINUTES, give_code
from pisac_desktop.council.members import council_on
from pisac_desktop.council.rules import (
    SIGN_ATTENDEES,
    minutes_signers_rule,
    simple_majority_rule,
)
from pisac_desktop.council.sessions import (
    SECTION_LABELS,
    _get,
    _naive,
    attendance_of,
    council_settings,
    install_waiver,
    item_result,
    notice_check,
    quorum_of,
    session_title,
    summonses,
)
from pisac_desktop.db.models import (
    CouncilSession,
    Instrument,
    Minutes,
    MinutesBook,
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
from pisac_desktop.db.write_lock import get_for_update, writes
from pisac_desktop.spanish.dates import long_date_with_weekday, short_date
from pisac_desktop.spanish.ordinals import ordinal_word

STATE_LABELS = {MINUTES_DRAFT: "Borrador", MINUTES_CLOSED: "Cerrada",
                MINUTES_APPROVED: "Aprobada"}
APPROVAL_LABELS = {"same": "Aprobada al término de la misma sesión",
                   "next": "Aprobada en la sesión siguiente"}
DISPENSA = "con dispensa del trámite de lectura y aprobación del acta"
CONCURRENT_EDIT = ("Mientras usted editaba, otra persona guardó cambios en esta acta. Para no "
                   "borrar sus cambios no se guardó nada: copie su texto, vuelva a abrir el acta "
                   "y repita sus cambios.")


def minutes_of(session: Session, session_id: int) -> Minutes | None:
    return session.scalar(select(Minutes).where(Minutes.session_id == session_id))


def _minutes(session: Session, minutes_id: int) -> Minutes:
    row = session.get(Minutes, minutes_id, populate_existing=True)
    if row is None:
        raise DomainError("El acta ya no existe.")
    return row


def acta_title(s: CouncilSession) -> str:
    """ACTA DE LA SESIÓN ORDINARIA N° 05-2026."""
    return f"ACTA DE LA {session_title(s)}"


# ----------------------------------------------------------------------------------------------
# Drafting from the session's data


def _names(members) -> str:
    names = [m.name for m in members]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " y " + names[-1]


def _member_label(m) -> str:
    return f"{m.role_label} {m.name}"


def draft_text(session: Session, s: CouncilSession) -> str:
    """The acta's text written from what the app knows of the session; the secretary completes
    the deliberations before closing it."""
    inst = get_institution(session)
    council = council_on(session, s.session_date)
    attendance = attendance_of(session, s.id)
    quorum = quorum_of(council, attendance)
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
    paragraphs = [
        f"{where}, siendo las {opened} horas del día {long_date_with_weekday(s.session_date)}, "
        f"en {_with_article(s.place)}, en modalidad {'virtual' if s.modality == 'virtual' else 'presencial'}, "
        f"se reunieron los miembros del Concejo Municipal de la {inst.name} en {title}"
        f"{presiding}, {convened_phrase(session, s)}."
    ]

    def with_status(*states):
        return [m for m in council.members if m.id in attendance
                and attendance[m.id].status in states]

    present = with_status(PRESENT, LATE)
    lines = ["ASISTENCIA:"]
    if present:
        lines.append("Asistieron: " + "; ".join(
            _member_label(m) + (f" (llegó a las {attendance[m.id].arrived_at} horas)"
                                if attendance[m.id].status == LATE and attendance[m.id].arrived_at
                                else " (tardanza)" if attendance[m.id].status == LATE else "")
            for m in present) + ".")
    absent = with_status(ABSENT)
    if absent:
        lines.append("Inasistencia: " + "; ".join(_member_label(m) for m in absent) + ".")
    leave = [m for m in council.members
             if (m.id in attendance and attendance[m.id].status == ON_LEAVE) or not m.able]
    if leave:
        lines.append("Con licencia o no hábiles en la fecha: " + "; ".join(
            f"{_member_label(m)} ({m.status_label.lower()})" for m in leave) + ".")
    paragraphs.append("\n".join(lines))

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
    previous = _previous_acta(session, s)
    if previous is not None and (previous.state != MINUTES_APPROVED
                                 or previous.approved_in_session_id == s.id) \
            and (s.kind == ORDINARY or previous.approved_in_session_id == s.id
                 or _acta_on_agenda(s)):
        prev_session = session.get(CouncilSession, previous.session_id)
        approved_here = previous.approved_in_session_id == s.id
        paragraphs.append(
            "LECTURA Y APROBACIÓN DEL ACTA ANTERIOR: se dio lectura al acta de la "
            f"{session_title(prev_session).capitalize().replace('n° ', 'N° ')}, de fecha "
            f"{short_date(prev_session.session_date)}, "
            + ("la que fue aprobada." if approved_here else "[indique si fue aprobada]."))
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
                votes = votes_by_item.get(item.id, [])
                result = item_result(council, attendance, item, votes,
                                     simple_majority_rule(session))
                names = {m.id: m.name for m in council.members}

                def who(choice, votes=votes, names=names):
                    return _join([names.get(v.member_id, "") for v in votes
                                  if v.choice == choice])

                text += (f" Sometido a votación, se obtuvo: {result.counts()}. "
                         f"{result.explanation} Resultado: {result.label}.")
                parts = [f"a favor: {who(FOR)}" if who(FOR) else "",
                         f"en contra: {who(AGAINST)}" if who(AGAINST) else "",
                         f"abstención: {who(ABSTAIN)}" if who(ABSTAIN) else ""]
                parts = [p for p in parts if p]
                if parts:
                    text += " Votaron " + "; ".join(parts) + "."
                reasons = [f"{names.get(v.member_id, '')}: {v.reasoning.rstrip('.;')}"
                           for v in votes if v.reasoning]
                if reasons:
                    text += " Fundamentaron su voto: " + "; ".join(reasons) + "."
                doc = instruments.get(item.instrument_id)
                if doc is not None and doc.number_text:
                    text += f" Se emitió el {doc.number_text}."
                if item.dispensed:
                    text += f" Acuerdo adoptado {DISPENSA}."
            block.append(text)
        paragraphs.append("\n".join(block))
    closed = s.closed_at or "[hora]"
    paragraphs.append(
        f"No habiendo otro asunto que tratar, siendo las {closed} horas, se levantó la sesión, "
        f"firmando {signing_parties(session, s)} en señal de conformidad.")
    return "\n\n".join(paragraphs)


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


@writes
def draft_minutes(session: Session, actor: Actor, session_id: int) -> int:
    require(actor, Permission.COUNCIL, session)
    s = _get(session, session_id)
    if s.state not in (HELD, NOT_INSTALLED):
        raise DomainError("El acta se redacta de una sesión realizada (o no instalada por "
                          "falta de quórum).")
    if minutes_of(session, s.id) is not None:
        raise DomainError("La sesión ya tiene su acta.")
    row = Minutes(session_id=s.id, body=draft_text(session, s), state=MINUTES_DRAFT)
    session.add(row)
    session.flush()
    record(session, actor, "create", "minutes", row.id, {"acta": [None, acta_title(s)]})
    return row.id


@writes
def redraft(session: Session, actor: Actor, minutes_id: int) -> str:
    """Write the draft again from the session's data (after votes or deliberations changed)."""
    require(actor, Permission.COUNCIL, session)
    row = _minutes(session, minutes_id)
    _require_draft(row)
    row.body = draft_text(session, session.get(CouncilSession, row.session_id))
    row.version += 1
    session.flush()
    record(session, actor, "update", "minutes", row.id, {"texto": [None, "redactado de nuevo"]})
    return row.body


def _require_draft(row: Minutes) -> None:
    if row.state != MINUTES_DRAFT:
        raise DomainError(f"El acta está {STATE_LABELS[row.state].lower()}: su texto ya no se "
                          "modifica.")


@writes
def save_body(session: Session, actor: Actor, minutes_id: int, body: str,
              version: int | None = None) -> None:
    require(actor, Permission.COUNCIL, session)
    row = _minutes(session, minutes_id)
    _require_draft(row)
    if version is not None and version != row.version:
        raise DomainError(CONCURRENT_EDIT)
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
    row = _minutes(session, minutes_id)
    _require_draft(row)
    if "[Deliberación: complete aquí" in row.body or "[hora]" in row.body or \
            "[indique si fue aprobada]" in row.body or NOTICE_GAP in row.body:
        raise DomainError("El acta tiene partes por completar (entre corchetes): complételas "
                          "antes de cerrarla.")
    row.state = MINUTES_CLOSED
    row.closed_at = _naive(moment_of(session, clock))
    row.version += 1
    session.flush()
    record(session, actor, "close", "minutes", row.id, {"estado": ["Borrador", "Cerrada"]})
    give_code(session, VERIFY_MINUTES, row.id)


@writes
def approve_minutes(session: Session, actor: Actor, minutes_id: int, mode: str,
                    in_session_id: int | None = None) -> None:
    """mode 'same': approved at the end of the same session; 'next': at the start of a later
    session (in_session_id)."""
    require(actor, Permission.COUNCIL, session)
    row = _minutes(session, minutes_id)
    if row.state != MINUTES_CLOSED:
        raise DomainError("Cierre el acta antes de registrar su aprobación." if
                          row.state == MINUTES_DRAFT else "El acta ya fue aprobada.")
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
    row = _minutes(session, minutes_id)
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


# ----------------------------------------------------------------------------------------------
# Minute books


@dataclass
class BookForm:
    number: int | None = None
    notary: str = ""
    legalised_on: dt.date | None = None
    folio_count: int | None = None


@dataclass(frozen=True)
class BookView:
    id: int
    number: int
    notary: str
    legalised_on: dt.date
    folio_count: int
    closed: bool
    acta_count: int
    last_folio: int  # 0 when empty

    @property
    def remaining(self) -> int:
        return self.folio_count - self.last_folio

    @property
    def label(self) -> str:
        return f"Libro de Actas N° {self.number}"

    def usage_text(self) -> str:
        actas = "1 acta" if self.acta_count == 1 else f"{self.acta_count} actas"
        return (f"{self.label}: {actas}, folios usados {self.last_folio} de "
                f"{self.folio_count} (quedan {self.remaining})")


def books(session: Session) -> list[BookView]:
    usage = {
        book_id: (count, last or 0)
        for book_id, count, last in session.execute(
            select(Minutes.book_id, func.count(Minutes.id), func.max(Minutes.last_folio))
            .where(Minutes.book_id.is_not(None)).group_by(Minutes.book_id))
    }
    return [BookView(b.id, b.number, b.notary, b.legalised_on, b.folio_count, b.closed,
                     *usage.get(b.id, (0, 0)))
            for b in session.scalars(select(MinutesBook).order_by(MinutesBook.number))]


def book_view(session: Session, book_id: int) -> BookView:
    view = next((b for b in books(session) if b.id == book_id), None)
    if view is None:
        raise DomainError("El libro de actas ya no existe.")
    return view


@writes
def save_book(session: Session, actor: Actor, form: BookForm, book_id: int | None = None) -> int:
    require(actor, Permission.COUNCIL, session)
    errors = []
    if form.number is None or form.number < 1:
        errors.append(FieldError("number", "Indique el número del libro (1, 2, ...)."))
    if not form.notary.strip():
        errors.append(FieldError("notary", "Indique el notario que legalizó el libro."))
    elif message := length_error(form.notary, 250, "El nombre del notario"):
        errors.append(FieldError("notary", message))
    if form.legalised_on is None:
        errors.append(FieldError("legalised_on", "Indique la fecha de legalización "
                                                 "(dd/mm/aaaa)."))
    if form.folio_count is None or not 1 <= form.folio_count <= 2000:
        errors.append(FieldError("folio_count", "Indique el número de folios (1 a 2000)."))
    if form.number and session.scalar(select(MinutesBook.id).where(
            MinutesBook.number == form.number, MinutesBook.id != (book_id or 0))):
        errors.append(FieldError("number", f"Ya existe el Libro de Actas N° {form.number}."))
    if book_id is not None and form.folio_count:
        used = book_view(session, book_id).last_folio
        if form.folio_count < used:
            errors.append(FieldError("folio_count", f"El libro ya tiene usados {used} folios."))
    if errors:
        raise ValidationFailed(errors)
    if book_id is None:
        book = MinutesBook(number=form.number, notary=form.notary.strip(),
                           legalised_on=form.legalised_on, folio_count=form.folio_count)
        session.add(book)
        session.flush()
        record(session, actor, "create", "minutes_book", book.id,
               {"libro": [None, f"N° {book.number}"], "notario": [None, book.notary],
                "folios": [None, book.folio_count]})
        return book.id
    book = get_for_update(session, MinutesBook, book_id)
    before = (book.number, book.notary, book.legalised_on, book.folio_count)
    book.number, book.notary = form.number, form.notary.strip()
    book.legalised_on, book.folio_count = form.legalised_on, form.folio_count
    session.flush()
    record(session, actor, "update", "minutes_book", book.id,
           {"antes": [None, str(before)], "después": [None, str(
               (book.number, book.notary, book.legalised_on, book.folio_count))]})
    return book.id


@writes
def close_book(session: Session, actor: Actor, book_id: int, reason: str) -> None:
    """Close a minute book (all its folios used, or ended by the secretary with the closing
    record): no acta is registered in it any more. Its actas stay as they are."""
    require(actor, Permission.COUNCIL, session)
    book = get_for_update(session, MinutesBook, book_id)
    if book is None:
        raise DomainError("El libro de actas ya no existe.")
    if book.closed:
        raise DomainError(f"El Libro de Actas N° {book.number} ya está cerrado.")
    if not reason.strip():
        raise ValidationFailed([FieldError("reason", "Indique el motivo del cierre (p. ej. "
                                                     "«folios completos», «acta de cierre del "
                                                     "período»).")])
    check_length("reason", reason, REASON_MAX, "El motivo del cierre")
    book.closed = True
    session.flush()
    view = book_view(session, book.id)
    record(session, actor, "close", "minutes_book", book.id,
           {"libro": [None, f"N° {book.number}"], "motivo": [None, reason.strip()],
            "folios usados": [None, f"{view.last_folio} de {view.folio_count}"]})


@dataclass(frozen=True)
class Registration:
    acta_number: int
    first_folio: int
    last_folio: int
    warning: str | None


@writes
def register_in_book(session: Session, actor: Actor, minutes_id: int, book_id: int,
                     folio_count: int | None, first_folio: int | None = None) -> Registration:
    """Give the acta its number in the book and its folios (by default right after the last
    acta's): as many as the printed acta has pages (folio_count None: that number; another
    number is refused). Refuses a range that overlaps another acta's, naming it."""
    require(actor, Permission.COUNCIL, session)
    row = _minutes(session, minutes_id)
    if row.state == MINUTES_DRAFT:
        raise DomainError("Cierre el acta antes de registrarla en el libro.")
    if row.book_id is not None:
        raise DomainError(f"Otro puesto ya registró esta acta: Acta N° {row.acta_number}, "
                          f"folios {row.first_folio} al {row.last_folio}.")
    book = get_for_update(session, MinutesBook, book_id)
    if book is None:
        raise ValidationFailed([FieldError("book_id", "Elija el libro de actas.")])
    if book.closed:
        raise ValidationFailed([FieldError("book_id", f"El Libro de Actas N° {book.number} "
                                                      "está cerrado.")])
    # The range registered is the pages of the printed acta, each printing its folio number.
    from pisac_desktop.council.printing import printed_folios

    printed = printed_folios(session, row)
    if folio_count is None:
        folio_count = printed
    elif folio_count != printed:
        pages = "1 página" if printed == 1 else f"{printed} páginas"
        raise ValidationFailed([FieldError(
            "folio_count", f"El acta impresa ocupa {pages}: se registra en "
                           f"{'1 folio' if printed == 1 else f'{printed} folios'}, uno por "
                           "página (cada página lleva impreso su número de folio).")])
    view = book_view(session, book.id)
    first = first_folio if first_folio is not None else view.last_folio + 1
    last = first + folio_count - 1
    if first < 1:
        raise ValidationFailed([FieldError("first_folio", "El primer folio es 1 o mayor.")])
    if last > book.folio_count:
        raise ValidationFailed([FieldError(
            "folio_count", f"El Libro de Actas N° {book.number} tiene {book.folio_count} "
                           f"folios y quedan {max(0, book.folio_count - view.last_folio)}: "
                           "registre el acta en un libro nuevo.")])
    clash = session.scalar(select(Minutes).where(
        Minutes.book_id == book.id, Minutes.first_folio <= last, Minutes.last_folio >= first))
    if clash is not None:
        other = session.get(CouncilSession, clash.session_id)
        raise ValidationFailed([FieldError(
            "first_folio", f"Los folios {first} al {last} se superponen con el Acta N° "
                           f"{clash.acta_number} ({session_title(other).capitalize()}"
                           .replace("n° ", "N° ") + f"), que ocupa los folios "
                           f"{clash.first_folio} al {clash.last_folio}.")])
    number = (session.scalar(select(func.max(Minutes.acta_number))
                             .where(Minutes.book_id == book.id)) or 0) + 1
    row.book_id, row.acta_number = book.id, number
    row.first_folio, row.last_folio = first, last
    row.registered_at = _naive(moment_of(session))
    row.version += 1
    session.flush()
    remaining = book.folio_count - max(last, view.last_folio)
    warning = None
    limit = council_settings(session).folio_warning
    if remaining <= limit:
        warning = (f"Al Libro de Actas N° {book.number} le quedan {remaining} folios: prepare "
                   "y legalice el siguiente libro.")
    gap = first - view.last_folio - 1
    if gap > 0:
        gap_note = (f"Quedan {gap} folios en blanco antes de esta acta (del "
                    f"{view.last_folio + 1} al {first - 1}).")
        warning = f"{gap_note} {warning}" if warning else gap_note
    record(session, actor, "register", "minutes", row.id,
           {"libro": [None, f"N° {book.number}"], "acta": [None, f"N° {number}"],
            "folios": [None, f"{first} al {last}"]})
    return Registration(number, first, last, warning)
