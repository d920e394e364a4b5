"""From a council session in the database to printed paper: the data the report builders of
pisac_desktop.reports.council need, and the audited printing (the acta's paper is in
minutes_paper.py; the yearly export of the sessions' papers in pisac_desktop/export.py).

For the GUI (each returns the PDF and the file name to save it under, like
instruments.printing.render_for_preview; `session` is the SQLAlchemy session, `session_id` the
CouncilSession's id; DomainError with a Spanish message when there is nothing to print):
- summons_pdf(session, session_id, summons_id=None) -> (bytes, name): "Imprimir todas" (every
  summons of the session, one per page), or the one summons `summons_id` (reprint).
- attendance_pdf(session, session_id) -> (bytes, name): the attendance sheet for signatures
  (also for a session not installed for lack of quorum).
- votes_pdf(session, session_id) -> (bytes, name): per-member votes of each voted item.
- summary_pdf(session, session_id) -> (bytes, name): the session summary.
- minutes_paper.minutes_pdf(session, session_id) -> (bytes, name): the acta (DomainError if
  none yet).
- allowances: see pisac_desktop.council.allowances (allowances_pdf, allowances_xlsx).
- record_print(session, actor, what, destination, session_id=..., summons_id=..., period=...):
  audit one print or save (what: a key of DOCUMENT_LABELS; destination as the preview reports
  it). Every print or save of these papers must call it.
- export.export_sessions(session, actor, year, target): per session of the year a folder
  sesiones/SO-05-2026/ with its papers, written by `pisac-desktop export --year Y --to DIR`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.institution import get_institution, holder_on, post_label, signature_name
from pisac_desktop.core.letterhead import letterhead
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.verification import VERIFY_SUMMONS, code_for
from pisac_desktop.council.attendance import attendance_of, quorum_of
from pisac_desktop.council.books import folios_text
from pisac_desktop.council.members import CouncilView, MemberView, council_on
from pisac_desktop.council.minutes import STATE_LABELS as MINUTES_STATE_LABELS
from pisac_desktop.council.minutes import minutes_of
from pisac_desktop.council.rules import simple_majority_rule
from pisac_desktop.council.sessions import (
    ATTENDANCE_LABELS,
    CONVENED_BY_LABELS,
    MAJORITY_LABELS,
    MODALITY_LABELS,
    OUTCOME_KINDS,
    SECTION_LABELS,
    SECTIONS,
    STATE_LABELS,
    VOTE_LABELS,
    load_session,
    session_title,
)
from pisac_desktop.council.settings import council_settings
from pisac_desktop.council.summons import late_summonses, summonses
from pisac_desktop.council.votes import check_held, item_result
from pisac_desktop.db.models import (
    AgendaItem,
    CouncilMember,
    CouncilSession,
    Instrument,
    Officeholder,
    SessionInvitee,
    Summons,
    Vote,
)
from pisac_desktop.db.models.council import (
    EXTRAORDINARY,
    LATE,
    NOT_INSTALLED,
    ON_LEAVE,
    ORDEN_DEL_DIA,
    ORDINARY,
    PRESENT,
    SCHEDULED,
    SIMPLE,
    SOLEMN,
    Minutes,
    MinutesBook,
)
from pisac_desktop.reports import council as rc
from pisac_desktop.spanish.dates import long_date, long_date_with_weekday
from pisac_desktop.spanish.plural import plural

KIND_CODES = {ORDINARY: "SO", EXTRAORDINARY: "SE", SOLEMN: "SS"}
DOCUMENT_LABELS = {
    "summonses": "Citaciones",
    "summons": "Citación",
    "attendance": "Hoja de asistencia",
    "votes": "Hoja de votación",
    "summary": "Resumen de sesión",
    "minutes": "Acta",
    "allowances": "Dietas de regidores",
}


def session_code(s: CouncilSession) -> str:
    """'SO-05-2026' (SE extraordinaria, SS solemne): folder and file names."""
    return f"{KIND_CODES[s.kind]}-{s.number:02d}-{s.year}"


def _council(session: Session, s: CouncilSession) -> CouncilView:
    council = council_on(session, s.session_date)
    if council is None:
        raise DomainError("No hay un período municipal registrado para la fecha de la sesión.")
    return council


def _ordered(council: CouncilView) -> list[MemberView]:
    """The alcalde first, then the regidores in their order."""
    return sorted(council.members, key=lambda m: not m.is_mayor)


def session_info(session: Session, s: CouncilSession, on: dt.date | None = None) -> rc.SessionInfo:
    """The header every paper of the session shares; `on` dates the letterhead's year name (the
    name in force that day: before the decree that names a year, the previous year's)."""
    day = on or s.session_date
    return rc.SessionInfo(
        letterhead=letterhead(session, day.year, on=day),
        title=session_title(s), date_text=long_date_with_weekday(s.session_date),
        place=s.place, modality=MODALITY_LABELS.get(s.modality, s.modality),
        summoned_time=s.start_time, opened_at=s.opened_at, closed_at=s.closed_at,
        state=STATE_LABELS.get(s.state, s.state))


def _signer(session: Session, post: str, on: dt.date) -> rc.Signer:
    holder = holder_on(session, post, on)
    if holder is None:
        return rc.Signer("(cargo vacante)", post_label(post).upper())
    return rc.Signer(signature_name(holder), post_label(post, holder.feminine).upper())


def secretary_signer(session: Session, on: dt.date) -> rc.Signer:
    """The secretario general of that date, who certifies the council's papers."""
    return _signer(session, "GENERAL_SECRETARY", on)


def _document_text(session: Session, item: AgendaItem, short: bool = False) -> str:
    """The acuerdo/ordenanza born of the item: its number, or that it is still a draft."""
    if item.instrument_id is None:
        return ""
    instrument = session.get(Instrument, item.instrument_id)
    if instrument is None:
        return ""
    if instrument.number_text and instrument.state != "draft":
        return instrument.number_text
    if short:
        return "borrador"
    return f"Borrador de {OUTCOME_KINDS.get(item.outcome_kind or '', 'documento')}"


# --- summonses -------------------------------------------------------------------------------

def _agenda(s: CouncilSession) -> tuple[rc.AgendaSection, ...]:
    """The agenda as convened (items added later, outside the agenda, are not on it). An
    ordinaria shows its four stations, even when one has no items yet. Items are numbered
    from 1 within each station, in the order shown (not by their place in the whole agenda)."""
    items = sorted((i for i in s.items if not i.outside_agenda), key=lambda i: i.position)
    entries = {section: tuple(rc.AgendaEntry(n, i.title, i.detail) for n, i in enumerate(
        (i for i in items if i.section == section), start=1)) for section in SECTIONS}
    if s.kind == ORDINARY:
        return tuple(rc.AgendaSection(SECTION_LABELS[section], entries[section])
                     for section in SECTIONS)
    flat = tuple(rc.AgendaEntry(n, i.title, i.detail) for n, i in enumerate(items, start=1))
    return (rc.AgendaSection("", flat),) if flat else ()


def _feminine(session: Session, summons: Summons) -> bool:
    if summons.member_id is not None:
        member = session.get(CouncilMember, summons.member_id)
        return bool(member and member.feminine)
    if summons.officeholder_id is not None:
        holder = session.get(Officeholder, summons.officeholder_id)
        return bool(holder and holder.feminine)
    return False


def summons_batch(session: Session, session_id: int,
                  summons_id: int | None = None) -> rc.SummonsBatch:
    s = load_session(session, session_id)
    rows = summonses(session, s.id)
    if summons_id is not None:
        rows = [r for r in rows if r.id == summons_id]
        if not rows:
            raise DomainError("La citación ya no existe.")
    if not rows:
        raise DomainError("La sesión aún no fue convocada: no tiene citaciones que imprimir.")
    issued = rows[0].issued_on
    settings = council_settings(session)
    institution = get_institution(session)
    city = institution.city or "Pisac"
    by_order = ""
    if settings.summons_signer == "secretary":
        signer = _signer(session, "GENERAL_SECRETARY", issued)
        mayor = holder_on(session, "MAYOR", issued)
        by_order = ("Por orden de la señora alcaldesa" if mayor is not None and mayor.feminine
                    else "Por orden del señor alcalde")
    else:
        signer = _signer(session, "MAYOR", issued)
    docs = tuple(
        rc.SummonsDoc(
            number_text=r.number_text, place_date=f"{city}, {long_date(r.issued_on)}",
            addressee_name=r.addressee_name,
            addressee_post=f"{r.addressee_post} de la {institution.name}",
            salutation="Señora" if _feminine(session, r) else "Señor",
            verification=code_for(session, VERIFY_SUMMONS, r.id))
        for r in rows)
    info = session_info(session, s, issued)
    if s.original_date is not None:  # postponed without a new summons: as it was convened
        info = rc.SessionInfo(**{**info.__dict__,
                                 "date_text": long_date_with_weekday(s.original_date)})
    note = ""
    if s.convened_by == "third":
        note = "a pedido de un tercio del número legal de miembros del concejo"
    return rc.SummonsBatch(
        info=info, summonses=docs, agenda=_agenda(s),
        documents_place=s.documents_place or settings.documents_place, signer=signer,
        by_order=by_order, convened_note=note, institution_short=institution.name,
        exception=_summons_exception(s, settings))


def _summons_exception(s: CouncilSession, settings) -> str:
    """An extraordinaria kept on its date with less notice than the law asks states why."""
    if s.kind != EXTRAORDINARY or not s.emergency_note.strip():
        return ""
    days = settings.extraordinary_notice_days
    return (f"sesión extraordinaria convocada con carácter de urgencia, por excepción al plazo "
            f"de {days} días hábiles de anticipación, en atención a: "
            f"{s.emergency_note.strip().rstrip('.')}.")


def summons_pdf(session: Session, session_id: int, summons_id: int | None = None,
                progress: Callable[[int, int], object] | None = None) -> tuple[bytes, str]:
    """Every summons of the session in one PDF (one per page), or only `summons_id`;
    progress(done, total) as each is laid out (it may raise to stop)."""
    batch = summons_batch(session, session_id, summons_id)
    s = load_session(session, session_id)
    if summons_id is not None:
        row = session.get(Summons, summons_id)
        name = f"citacion-{row.number:03d}-{row.year}.pdf"
    else:
        name = f"citaciones-{session_code(s)}.pdf"
    return rc.render_summonses(batch, progress), name


# --- attendance ------------------------------------------------------------------------------

def _status_text(member: MemberView, status: str | None) -> str:
    if status:
        return ATTENDANCE_LABELS.get(status, status)
    if member.status == "leave":
        return ATTENDANCE_LABELS[ON_LEAVE]
    return "" if member.able else member.status_label


def attendance_sheet(session: Session, session_id: int) -> rc.AttendanceSheet:
    s = load_session(session, session_id)
    council = _council(session, s)
    attendance = attendance_of(session, s.id)
    members = tuple(
        rc.AttendanceRow(m.name, m.role_label,
                         _status_text(m, attendance[m.id].status if m.id in attendance else None),
                         attendance[m.id].arrived_at if m.id in attendance else "")
        for m in _ordered(council))
    invitee_ids = list(session.scalars(select(SessionInvitee.officeholder_id)
                                       .where(SessionInvitee.session_id == s.id)))
    holders = list(session.scalars(select(Officeholder).where(Officeholder.id.in_(invitee_ids))
                                   .order_by(Officeholder.id))) if invitee_ids else []
    invitees = tuple(rc.AttendanceRow(signature_name(h), post_label(h.post, h.feminine))
                     for h in holders)
    return rc.AttendanceSheet(
        info=session_info(session, s), members=members, invitees=invitees,
        quorum_text=quorum_line(council, attendance), not_installed=s.state == NOT_INSTALLED,
        certifier=secretary_signer(session, s.session_date))


def quorum_line(council: CouncilView, attendance: dict) -> str:
    """'Miembros hábiles: 6 — Quórum: 4 — Presentes: 5' (without the present before any
    attendance is recorded)."""
    text = f"Miembros hábiles: {council.able_count} — Quórum: {council.quorum}"
    if attendance:
        text += f" — Presentes: {quorum_of(council, attendance).present}"
    return text


def check_convened_paper(s: CouncilSession, paper: str) -> None:
    """The attendance sheet and the summary are printed once the session is convened."""
    if s.state == SCHEDULED:
        raise DomainError(f"La sesión aún no se convoca: {paper} se imprime una vez convocada.")


ATTENDANCE_PAPER, SUMMARY_PAPER = "la hoja de asistencia", "su resumen"


def attendance_pdf(session: Session, session_id: int) -> tuple[bytes, str]:
    s = load_session(session, session_id)
    check_convened_paper(s, ATTENDANCE_PAPER)
    return (rc.render_attendance_sheet(attendance_sheet(session, session_id)),
            f"asistencia-{session_code(s)}.pdf")


# --- votes -----------------------------------------------------------------------------------

def _votes_by_item(session: Session, items: list[AgendaItem]) -> dict[int, list[Vote]]:
    out: dict[int, list[Vote]] = {i.id: [] for i in items}
    if items:
        for v in session.scalars(select(Vote).where(Vote.item_id.in_(list(out)))):
            out[v.item_id].append(v)
    return out


def voted_items(s: CouncilSession) -> list[AgendaItem]:
    return [i for i in s.items if i.section == ORDEN_DEL_DIA and i.voted]


def _vote_rows(council: CouncilView, attendance: dict, item: AgendaItem, votes: list[Vote],
               tie: bool) -> tuple[rc.VoteRow, ...]:
    by_member = {v.member_id: v for v in votes}
    rows = []
    for m in _ordered(council):
        vote = by_member.get(m.id)
        present = m.able and m.id in attendance and attendance[m.id].status in (PRESENT, LATE)
        if m.is_mayor and item.majority == SIMPLE:
            if tie and item.mayor_tiebreak:
                rows.append(rc.VoteRow(m.name, m.role_label, item.mayor_tiebreak,
                                       tiebreak=True))
            elif vote is not None:
                rows.append(rc.VoteRow(m.name, m.role_label, vote.choice,
                                       "No se computa: el alcalde vota solo para dirimir un "
                                       "empate."))
            else:
                rows.append(rc.VoteRow(m.name, m.role_label, "",
                                       "Preside; vota solo en caso de empate." if present
                                       else _absent_note(m, attendance)))
        elif vote is not None:
            rows.append(rc.VoteRow(m.name, m.role_label, vote.choice, vote.reasoning))
        else:
            rows.append(rc.VoteRow(m.name, m.role_label, "",
                                   "No votó." if present else _absent_note(m, attendance)))
    return tuple(rows)


def _absent_note(member: MemberView, attendance: dict) -> str:
    status = _status_text(member, attendance[member.id].status if member.id in attendance
                          else None)
    return f"No asistió ({status.lower()})." if status else "No asistió."


def vote_sheet(session: Session, session_id: int) -> rc.VoteSheet:
    s = load_session(session, session_id)
    council = _council(session, s)
    attendance = attendance_of(session, s.id)
    items = voted_items(s)
    votes = _votes_by_item(session, items)
    rule = simple_majority_rule(session)
    out = []
    for item in items:
        result = item_result(council, attendance, item, votes[item.id], rule)
        tiebreak = VOTE_LABELS[item.mayor_tiebreak] if result.tie and item.mayor_tiebreak \
            else ""
        out.append(rc.VotedItem(
            number=item.position, title=item.title,
            majority=MAJORITY_LABELS.get(item.majority, item.majority),
            rows=_vote_rows(council, attendance, item, votes[item.id], result.tie),
            votes_for=result.votes_for, against=result.against, abstain=result.abstain,
            result=result.label, explanation=result.explanation, tiebreak=tiebreak,
            document=_document_text(session, item), outside_agenda=item.outside_agenda))
    return rc.VoteSheet(info=session_info(session, s), items=tuple(out),
                        certifier=secretary_signer(session, s.session_date))


def check_votes_printable(s: CouncilSession, voted: int) -> None:
    """The vote sheet: of a session held, once a point was voted (voted: how many)."""
    check_held(s, "La hoja de votación se imprime de una sesión realizada.")
    if not voted:
        raise DomainError("Aún no se registró ninguna votación.")


def votes_pdf(session: Session, session_id: int) -> tuple[bytes, str]:
    s = load_session(session, session_id)
    check_votes_printable(s, len(voted_items(s)))
    return (rc.render_vote_sheet(vote_sheet(session, session_id)),
            f"votaciones-{session_code(s)}.pdf")


# --- summary ---------------------------------------------------------------------------------

def _summons_fact(rows: list[Summons]) -> str:
    if not rows:
        return ""
    numbers = sorted(rows, key=lambda r: (r.year, r.number))
    first, last = numbers[0], numbers[-1]
    span = (f"N° {first.number:03d}-{first.year}" if len(rows) == 1 else
            f"N° {first.number:03d} al {last.number:03d}-{last.year}")
    delivered = sum(1 for r in rows if r.delivered_at is not None)
    return f"{len(rows)} ({span}); {plural(delivered, 'entregada', 'entregadas')}"


def _minutes_fact(session: Session, minutes: Minutes | None) -> str:
    if minutes is None:
        return ""
    text = MINUTES_STATE_LABELS.get(minutes.state, minutes.state)
    registration = registration_text(session, minutes)
    return f"{text}; {registration}" if registration else text


def registration_text(session: Session, minutes: Minutes) -> str:
    """'Acta N° 12 — Libro de Actas N° 2 — Folios 45 al 48' ('' until registered)."""
    if minutes.book_id is None or minutes.acta_number is None:
        return ""
    book = session.get(MinutesBook, minutes.book_id)
    text = f"Acta N° {minutes.acta_number} — Libro de Actas N° {book.number}"
    if minutes.first_folio is not None:
        last = minutes.last_folio or minutes.first_folio
        word = "Folio" if last == minutes.first_folio else "Folios"
        text += f" — {word} {folios_text(minutes.first_folio, last)}"
    return text


def session_summary(session: Session, session_id: int) -> rc.SessionSummary:
    s = load_session(session, session_id)
    council = _council(session, s)
    attendance = attendance_of(session, s.id)
    rows = summonses(session, s.id)
    minutes = minutes_of(session, s.id)
    facts = [("Convocada por", CONVENED_BY_LABELS.get(s.convened_by, "")),
             ("Convocada el", long_date(s.convened_on) if s.convened_on else ""),
             ("Citaciones", _summons_fact(rows)),
             ("Acta", _minutes_fact(session, minutes))]
    if s.original_date is not None:
        facts.insert(2, ("Fecha original", long_date(s.original_date)))
    present, absent = [], []
    for m in _ordered(council):
        row = attendance.get(m.id)
        if row is not None and row.status in (PRESENT, LATE) and m.able:
            late = f", tardanza {row.arrived_at}" if row.status == LATE and row.arrived_at \
                else (", tardanza" if row.status == LATE else "")
            present.append(f"{m.name} ({m.role_label}{late})")
        elif row is not None or not m.able:
            absent.append(f"{m.name} ({m.role_label}): "
                          f"{_status_text(m, row.status if row else None)}")
    votes = _votes_by_item(session, voted_items(s))
    items = []
    for item in s.items:
        result, counts = "", ""
        if item.section == ORDEN_DEL_DIA:
            outcome = item_result(council, attendance, item, votes.get(item.id, []),
                                  simple_majority_rule(session))
            result = outcome.label
            counts = outcome.counts() if item.voted else ""
            if outcome.tie and item.mayor_tiebreak:
                counts += f"; dirime el alcalde ({VOTE_LABELS[item.mayor_tiebreak].lower()})"
        section = SECTION_LABELS.get(item.section, item.section)
        if item.outside_agenda:
            section += " (fuera de agenda)"
        items.append(rc.SummaryItem(item.position, section, item.title, result, counts,
                                    _document_text(session, item, short=True)))
    notes = [line for line in (s.state_note or "").splitlines() if line.strip()]
    if s.emergency_note:
        notes.append(f"Emergencia declarada: {s.emergency_note}")
    for summons, check in late_summonses(session, s):
        notes.append(f"{summons.number_text} ({summons.addressee_name}): {check.text()}.")
    now = clock_of(session).now()
    return rc.SessionSummary(
        info=session_info(session, s), facts=tuple(facts),
        quorum_text=quorum_line(council, attendance) if attendance else "",
        present=tuple(present), absent=tuple(absent), items=tuple(items), notes=tuple(notes),
        generated_text=f"Generado el {long_date(now.date())}, {now:%H:%M}")


def summary_pdf(session: Session, session_id: int) -> tuple[bytes, str]:
    s = load_session(session, session_id)
    check_convened_paper(s, SUMMARY_PAPER)
    return (rc.render_session_summary(session_summary(session, session_id)),
            f"resumen-{session_code(s)}.pdf")


# --- audit and export ------------------------------------------------------------------------

def record_print(session: Session, actor: Actor, what: str, destination: str, *,
                 session_id: int | None = None, summons_id: int | None = None,
                 period: tuple[int, int] | None = None) -> None:
    """Printing (or saving) one of the council's papers is audited: who, what, when.
    what: a key of DOCUMENT_LABELS; period: (year, month) of the allowances."""
    require(actor, Permission.VIEW, session)
    label = DOCUMENT_LABELS.get(what, what)
    changes: dict[str, list] = {"documento": [None, label], "salida": [None, destination]}
    if summons_id is not None:
        summons = session.get(Summons, summons_id)
        changes["documento"] = [None, summons.number_text if summons else label]
        record(session, actor, "print", "summons", summons_id, changes)
        return
    if session_id is not None:
        s = load_session(session, session_id)
        changes["sesión"] = [None, session_title(s)]
    if period is not None:
        changes["periodo"] = [None, f"{period[1]:02d}/{period[0]}"]
    record(session, actor, "print", "council_session", session_id or "", changes)


__all__ = [
    "DOCUMENT_LABELS",
    "attendance_pdf",
    "attendance_sheet",
    "record_print",
    "registration_text",
    "session_code",
    "session_info",
    "session_summary",
    "summary_pdf",
    "summons_batch",
    "summons_pdf",
    "vote_sheet",
    "votes_pdf",
]
