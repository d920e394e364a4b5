"""Administrative appeals (TUO Ley 27444, DS 004-2019-JUS): recurso de reconsideración and
recurso de apelación against an act of the numbered register, each a case file of the trámite.

The rules, with the article they come from:
- A recurso is filed within 15 business days of the notification of the act (art. 218.2),
  counted on the office's calendar from the business day after it (art. 145). The desk cannot
  refuse a late one (art. 136 and the desk's duty to receive); it is registered and marked, and
  the authority declares it improcedente.
- It is decided within 30 business days (art. 218.2).
- Reconsideración: before the same authority that issued the act (art. 219). Apelación: filed
  before that authority, which elevates it to its superior (art. 220).
- Who hears what is the appeal_rule table (editable): a Resolución de Gerencia Municipal is
  reconsidered by the Gerencia and appealed to the Alcalde; a Resolución de Alcaldía and the
  council's acts end the administrative route (Ley 27972, LOM art. 50) — only reconsideration.
- The decision is a resolution drafted in the numbered register (FUNDADO, FUNDADO EN PARTE,
  INFUNDADO or IMPROCEDENTE, with its grounds), linked to the appeal, and notified.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.calendar import BusinessCalendar, Computation
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.db.models import (
    AppMeta,
    CaseFile,
    Instrument,
    InstrumentKind,
    Notification,
    OrgUnit,
)
from pisac_desktop.db.models.instruments import DRAFT, ISSUED
from pisac_desktop.db.models.requests import (
    APPEAL,
    FOUNDED,
    INADMISSIBLE,
    PARTLY_FOUNDED,
    RECONSIDERATION,
    UNFOUNDED,
    Appeal,
    AppealRule,
)
from pisac_desktop.db.write_lock import writes
from pisac_desktop.instruments.notifications import appeal_deadline, document_text
from pisac_desktop.spanish.dates import long_date, short_date
from pisac_desktop.tramite import cases, intake

DECIDE_DAYS = 30  # art. 218.2
KIND_LABELS = {RECONSIDERATION: "Recurso de reconsideración", APPEAL: "Recurso de apelación"}
OUTCOMES = {FOUNDED: "FUNDADO", PARTLY_FOUNDED: "FUNDADO EN PARTE", UNFOUNDED: "INFUNDADO",
            INADMISSIBLE: "IMPROCEDENTE"}
SEEDED_KEY = "appeal_rules_seeded"

# kind of act: (reconsidered by, kind deciding it, appealed to, kind deciding it, filed in unit)
DEFAULT_RULES: tuple[tuple[str, str, str | None, str, str | None, str], ...] = (
    ("MANAGEMENT_RESOLUTION", "Gerente Municipal", "MANAGEMENT_RESOLUTION", "Alcalde",
     "MAYOR_RESOLUTION", "MUNICIPAL_MANAGEMENT"),
    ("MAYOR_RESOLUTION", "Alcalde", "MAYOR_RESOLUTION", "", None, "MAYORALTY"),
    ("COUNCIL_AGREEMENT", "Concejo Municipal", "COUNCIL_AGREEMENT", "", None,
     "GENERAL_SECRETARIAT"),
    ("COUNCIL_RESOLUTION", "Concejo Municipal", "COUNCIL_RESOLUTION", "", None,
     "GENERAL_SECRETARIAT"),
)


def ensure_appeal_rules(session: Session) -> None:
    """Seed who hears the recursos once (the office may change them afterwards)."""
    if session.get(AppMeta, SEEDED_KEY) is not None:
        return
    kinds = set(session.scalars(select(InstrumentKind.code)))
    for code, by, by_kind, to, to_kind, unit in DEFAULT_RULES:
        if code in kinds and session.get(AppealRule, code) is None:
            session.add(AppealRule(kind_code=code, reconsideration_by=by,
                                   reconsideration_kind=by_kind, appeal_to=to,
                                   appeal_kind=to_kind, unit_code=unit))
    session.add(AppMeta(key=SEEDED_KEY, value="1"))
    session.flush()


# ----------------------------------------------------------------------------------------------
# The act appealed and its notification


@dataclass(frozen=True)
class ActNotice:
    """When the act was notified to this person, and the last day to file against it."""

    notified_on: dt.date | None
    source: str  # "cedula": the app's own cédula; "filer": as the filer says; "": unknown
    last_day: Computation | None


def notice_of_act(session: Session, instrument_id: int, document_type: str, document: str,
                  typed: dt.date | None = None) -> ActNotice:
    """The act's cédula delivered to this filer (by document number) gives the date; else what
    was typed from the filer's copy; else unknown."""
    wanted = document_text(document_type, document.strip().upper())
    notified_at = session.scalar(
        select(Notification.notified_at).where(
            Notification.instrument_id == instrument_id,
            Notification.notified_at.is_not(None),
            Notification.addressee_document == wanted)
        .order_by(Notification.notified_at).limit(1))
    calendar = BusinessCalendar.load(session)
    if notified_at is not None:
        day = notified_at.date()
        return ActNotice(day, "cedula", appeal_deadline(calendar, day))
    if typed is not None:
        return ActNotice(typed, "filer", appeal_deadline(calendar, typed))
    return ActNotice(None, "", None)


# ----------------------------------------------------------------------------------------------
# Registering


@dataclass
class AppealDetails:
    kind: str = RECONSIDERATION
    instrument_id: int | None = None  # the act, from the numbered register
    notified_on: dt.date | None = None  # as the filer's copy of the cédula says


@writes
def register_appeal(session: Session, actor: Actor, filing: intake.FilingForm,
                    details: AppealDetails, attachments=()) -> int:
    """Register a recurso at the desk: a case file sent to the unit of the authority that issued
    the act, with 30 business days to decide; a late one is received and marked. Returns the
    case file's id. Raises ValidationFailed (nothing written)."""
    require(actor, Permission.INTAKE_DESK, session)
    errors: list[FieldError] = []
    act = session.get(Instrument, details.instrument_id) if details.instrument_id else None
    rule = session.get(AppealRule, act.kind_code) if act is not None else None
    if details.kind not in KIND_LABELS:
        errors.append(FieldError("kind", "Elija reconsideración o apelación."))
    if act is None or act.state != ISSUED:
        errors.append(FieldError("instrument_id", "Elija el acto que se impugna entre los "
                                                  "documentos emitidos."))
    elif rule is None:
        errors.append(FieldError("instrument_id", f"Contra {act.kind.title.lower()} no se "
                                 "registran recursos: es una norma o no tiene instancia "
                                 "configurada (Configuración › Recursos)."))
    elif details.kind == APPEAL and not rule.appeal_to:
        errors.append(FieldError("kind", f"Contra una {act.kind.title.lower()} no cabe "
                                 "apelación: agota la vía administrativa (Ley 27972, art. 50). "
                                 "Solo procede la reconsideración."))
    today = clock_of(session).today()
    if details.notified_on is not None and details.notified_on > today:
        errors.append(FieldError("notified_on", "La fecha de notificación no puede ser "
                                                "posterior a hoy."))
    unit = session.scalar(select(OrgUnit).where(OrgUnit.code == rule.unit_code)) \
        if rule is not None else None
    filing.document_kind = "Recurso"
    filing.procedure_id = None
    filing.deadline_days = DECIDE_DAYS
    filing.unit_id = unit.id if unit is not None else None
    if not filing.subject.strip() and act is not None and details.kind in KIND_LABELS:
        filing.subject = f"{KIND_LABELS[details.kind]} contra la {act.number_text}"
    if errors:
        raise ValidationFailed(errors + intake.filing_errors(session, filing))
    notice = notice_of_act(session, act.id, filing.filer_document_type, filing.filer_document,
                           details.notified_on)
    late = notice.last_day is not None and today > notice.last_day.result
    case_id = intake.register_filing(session, actor, filing, attachments)
    reconsider = details.kind == RECONSIDERATION
    appeal = Appeal(
        case_file_id=case_id, kind=details.kind, instrument_id=act.id, act_text=act.number_text,
        notified_on=notice.notified_on, notice_source=notice.source, filed_on=today, late=late,
        decider=rule.reconsideration_by if reconsider else rule.appeal_to,
        decision_kind=rule.reconsideration_kind if reconsider else rule.appeal_kind,
        ends_route=not reconsider or not rule.appeal_to)
    session.add(appeal)
    session.flush()
    changes = {"recurso": [None, KIND_LABELS[details.kind]], "acto": [None, act.number_text],
               "resuelve": [None, appeal.decider]}
    if notice.notified_on is not None:
        changes["notificado"] = [None, short_date(notice.notified_on)]
    if late:
        changes["fuera de plazo"] = [None, f"vencía el {short_date(notice.last_day.result)}"]
    record(session, actor, "create", "appeal", appeal.id, changes)
    return case_id


# ----------------------------------------------------------------------------------------------
# Deciding


def _appeal_for_update(session: Session, case_id: int) -> tuple[Appeal, CaseFile]:
    case = cases.case_for_update(session, case_id)
    appeal = session.scalar(select(Appeal).where(Appeal.case_file_id == case_id)
                            .execution_options(populate_existing=True))
    if appeal is None:
        raise DomainError(f"El {case.number_text} no es un recurso administrativo.")
    return appeal, case


def decision_form(session: Session, case_id: int, outcome: str, grounds: list[str]):
    """A draft resolution of the kind that decides this recurso, with its parts written:
    VISTO the recurso, CONSIDERANDO the grounds (and the lateness when it was late), SE
    RESUELVE the outcome, the route ended when it is, and the notification."""
    from pisac_desktop.instruments.register import new_draft_form

    appeal = session.scalar(select(Appeal).where(Appeal.case_file_id == case_id))
    case = session.get(CaseFile, case_id)
    if appeal is None or case is None:
        raise DomainError("El recurso ya no existe.")
    if outcome not in OUTCOMES:
        raise DomainError("Elija cómo se resuelve el recurso.")
    if not appeal.decision_kind:
        raise DomainError("No está configurado qué documento resuelve este recurso "
                          "(Configuración › Recursos).")
    today = clock_of(session).today()
    form = new_draft_form(session, appeal.decision_kind, today)
    what = KIND_LABELS[appeal.kind].lower()
    filer = f"{case.filer_name}, identificado(a) con " \
            f"{document_text(case.filer_document_type, case.filer_document)}"
    form.summary = (f"Declarar {OUTCOMES[outcome]} el {what} interpuesto por {case.filer_name} "
                    f"contra la {appeal.act_text}.")
    form.seen = (f"El {what} interpuesto por {filer}, con {case.number_text} del "
                 f"{long_date(case.received_at.date())}, contra la {appeal.act_text}; y,")
    whereas = list(grounds)
    if appeal.late and appeal.notified_on is not None:
        last = appeal_deadline(BusinessCalendar.load(session), appeal.notified_on).result
        whereas.insert(0, f"Que la {appeal.act_text} fue notificada el "
                          f"{long_date(appeal.notified_on)} y el plazo de quince (15) días "
                          f"hábiles para impugnarla venció el {long_date(last)}, conforme al "
                          "numeral 218.2 del artículo 218 del TUO de la Ley N° 27444; el recurso "
                          f"fue presentado el {long_date(appeal.filed_on)}, fuera de plazo;")
    form.whereas = whereas or form.whereas
    articles = [f"DECLARAR {OUTCOMES[outcome]} el {what} interpuesto por {filer}, contra la "
                f"{appeal.act_text}, por los fundamentos expuestos en la parte considerativa "
                "de la presente resolución."]
    if appeal.ends_route:
        articles.append("DAR POR AGOTADA la vía administrativa, conforme al artículo 50 de la "
                        "Ley N° 27972, Ley Orgánica de Municipalidades, y al artículo 228 del "
                        "TUO de la Ley N° 27444.")
    articles.append(f"NOTIFICAR la presente resolución a {case.filer_name}, en "
                    f"{case.filer_address or 'su domicilio'}, conforme a ley.")
    form.articles = articles
    form.references = f"{case.number_text}; {appeal.act_text}"
    return form


@writes
def draft_decision(session: Session, actor: Actor, case_id: int, outcome: str,
                   grounds: list[str]) -> int:
    """Draft the resolution that decides the recurso and link it; returns the draft's id."""
    from pisac_desktop.instruments.register import save_draft

    appeal, case = _appeal_for_update(session, case_id)
    if appeal.outcome:
        raise DomainError(f"El recurso {case.number_text} ya fue resuelto.")
    cases.held_step(session, actor, case)
    if appeal.decision_id is not None:
        current = session.get(Instrument, appeal.decision_id)
        if current is not None and current.state != "annulled":
            raise DomainError(f"Ya hay un proyecto de resolución para el {case.number_text}: "
                              "corríjalo en su registro.")
    from pisac_desktop.db.models import InstrumentLink
    from pisac_desktop.instruments.register import RESOLVES_APPEAL

    draft = save_draft(session, actor, decision_form(session, case_id, outcome, grounds))
    appeal.decision_id = draft.id
    # Linked both ways: the act says which resolution decided the recurso against it.
    session.add(InstrumentLink(from_id=draft.id, to_id=appeal.instrument_id,
                               relation=RESOLVES_APPEAL))
    session.flush()
    record(session, actor, "update", "appeal", appeal.id,
           {"proyecto de resolución": [None, f"{OUTCOMES[outcome]} (borrador {draft.id})"]})
    return draft.id


@writes
def record_decision(session: Session, actor: Actor, case_id: int, outcome: str) -> None:
    """Once the resolution is issued: the recurso is decided and its case file answered (the
    resolution is then notified with its own cédula)."""
    appeal, case = _appeal_for_update(session, case_id)
    if appeal.outcome:
        raise DomainError(f"El recurso {case.number_text} ya fue resuelto.")
    decision = session.get(Instrument, appeal.decision_id) if appeal.decision_id else None
    if decision is None or decision.state != ISSUED:
        raise DomainError("Primero emita la resolución que resuelve el recurso.")
    if outcome not in OUTCOMES:
        raise ValidationFailed([FieldError("outcome", "Elija cómo se resolvió.")])
    appeal.outcome, appeal.decided_on = outcome, decision.doc_date
    session.flush()
    record(session, actor, "update", "appeal", appeal.id,
           {"resuelto": [None, f"{OUTCOMES[outcome]} por la {decision.number_text}"]})
    cases.answer(session, actor, case_id,
                 f"Resuelto {OUTCOMES[outcome]} por la {decision.number_text}")


# ----------------------------------------------------------------------------------------------
# Read models


@dataclass(frozen=True)
class AppealView:
    case_file_id: int
    number_text: str
    kind: str
    filer: str
    act: str
    notified: str  # "notificada el 02/11/2026 (cédula)" / "según el recurrente" / "sin dato"
    last_day: dt.date | None
    late: bool
    decider: str
    due_on: dt.date | None
    decision: str  # the resolution's number, or its draft, or ""
    outcome: str
    ends_route: bool
    decision_issued: bool = False  # issued, the outcome not yet recorded
    to_receive: bool = False  # not yet received by the deciding unit
    filed_on: dt.date | None = None


def appeal_view(session: Session, actor: Actor, case_id: int) -> AppealView | None:
    require(actor, Permission.VIEW, session)
    row = session.execute(select(Appeal, CaseFile).join(
        CaseFile, CaseFile.id == Appeal.case_file_id).where(CaseFile.id == case_id)).first()
    if row is None:
        return None
    appeal, case = row
    calendar = BusinessCalendar.load(session)
    last = appeal_deadline(calendar, appeal.notified_on).result if appeal.notified_on else None
    source = {"cedula": " (según su cédula)", "filer": " (según el recurrente)"}.get(
        appeal.notice_source, "")
    notified = f"notificado el {short_date(appeal.notified_on)}{source}" \
        if appeal.notified_on else "sin fecha de notificación conocida"
    # The deciding resolution: issued, or a draft; annulled or deleted, a new one is drafted.
    decision, issued = "", False
    doc = session.get(Instrument, appeal.decision_id) if appeal.decision_id else None
    if doc is not None and doc.state == ISSUED:
        decision, issued = doc.number_text, not appeal.outcome
    elif doc is not None and doc.state == DRAFT:
        decision = f"proyecto ({doc.summary})"
    step = cases.open_step(session, case.id)
    return AppealView(case.id, case.number_text, KIND_LABELS[appeal.kind], case.filer_name,
                      appeal.act_text, notified, last, appeal.late, appeal.decider, case.due_on,
                      decision, OUTCOMES.get(appeal.outcome, ""), appeal.ends_route, issued,
                      step is not None and step.received_at is None, appeal.filed_on)


def appeals_against(session: Session, instrument_id: int) -> list[str]:
    """'Recurso de apelación, EXP. N° 2026-000120 (FUNDADO)', for the act's own detail."""
    rows = session.execute(select(Appeal, CaseFile.number_text).join(
        CaseFile, CaseFile.id == Appeal.case_file_id).where(
        Appeal.instrument_id == instrument_id).order_by(CaseFile.id)).all()
    return [f"{KIND_LABELS[a.kind]}, {number}" + (f" ({OUTCOMES[a.outcome]})" if a.outcome
                                                   else " (en trámite)")
            for a, number in rows]



def appeals_of_year(session: Session, actor: Actor, year: int) -> list[AppealView]:
    """The recursos filed in a year, in order (the register)."""
    require(actor, Permission.VIEW, session)
    ids = session.scalars(select(CaseFile.id).join(Appeal, Appeal.case_file_id == CaseFile.id)
                          .where(CaseFile.year == year).order_by(CaseFile.number))
    return [appeal_view(session, actor, case_id) for case_id in ids]


@dataclass(frozen=True)
class ActChoice:
    id: int
    number_text: str
    summary: str
    doc_date: dt.date | None


def appealable_acts(session: Session, actor: Actor, limit: int = 400) -> list[ActChoice]:
    """The issued acts a recurso may be filed against (kinds with an appeal rule), newest
    first."""
    require(actor, Permission.VIEW, session)
    kinds = select(AppealRule.kind_code)
    rows = session.execute(select(Instrument.id, Instrument.number_text, Instrument.summary,
                                  Instrument.doc_date)
                           .where(Instrument.state == ISSUED, Instrument.kind_code.in_(kinds))
                           .order_by(Instrument.doc_date.desc(), Instrument.id.desc())
                           .limit(limit)).all()
    return [ActChoice(*row) for row in rows]


# ----------------------------------------------------------------------------------------------
# The ladder, editable (Configuración › Recursos y plazos)


@dataclass
class RuleRow:
    """Who hears a recurso against one kind of act; reconsideration_by empty: no recursos are
    registered against that kind (a norm, for instance)."""

    kind_code: str
    kind_title: str = ""
    reconsideration_by: str = ""
    reconsideration_kind: str | None = None
    appeal_to: str = ""  # empty: the decision ends the administrative route
    appeal_kind: str | None = None
    unit_code: str = ""


@dataclass(frozen=True)
class LadderChoices:
    kinds: list[tuple[str, str]]  # (code, title) of the document kinds
    units: list[tuple[str, str]]  # (code, name) of the units with a code


def appeal_rules(session: Session, actor: Actor) -> tuple[list[RuleRow], LadderChoices]:
    """One row per document kind (the kinds without a rule come empty), and the choices."""
    require(actor, Permission.VIEW, session)
    rules = {r.kind_code: r for r in session.scalars(select(AppealRule))}
    kinds = list(session.execute(select(InstrumentKind.code, InstrumentKind.title)
                                 .order_by(InstrumentKind.title)).all())
    rows = []
    for code, title in kinds:
        r = rules.get(code)
        rows.append(RuleRow(code, title) if r is None else RuleRow(
            code, title, r.reconsideration_by, r.reconsideration_kind, r.appeal_to,
            r.appeal_kind, r.unit_code))
    units = list(session.execute(select(OrgUnit.code, OrgUnit.name)
                                 .where(OrgUnit.code.is_not(None), OrgUnit.active.is_(True))
                                 .order_by(OrgUnit.position, OrgUnit.name)).all())
    return rows, LadderChoices([(c, t) for c, t in kinds], [(c, n) for c, n in units])


@writes
def save_appeal_rules(session: Session, actor: Actor, rows: list[RuleRow]) -> int:
    """Replace the ladder with what the table says (audited per kind changed). Returns how
    many kinds changed. Raises ValidationFailed naming the row (nothing written)."""
    require(actor, Permission.ALL_CASE_FILES, session)
    kinds = set(session.scalars(select(InstrumentKind.code)))
    units = set(session.scalars(select(OrgUnit.code).where(OrgUnit.code.is_not(None))))
    problems = []  # one message for the table: every row that is wrong, and why
    for i, r in enumerate(rows):
        wrong = []
        if r.kind_code not in kinds:
            wrong.append("el tipo de documento ya no existe")
        elif not r.reconsideration_by.strip():
            if r.appeal_to.strip():
                wrong.append("escriba quién resuelve la reconsideración")
        else:
            if r.reconsideration_kind not in kinds:
                wrong.append("elija el documento que resuelve la reconsideración")
            if r.appeal_to.strip() and r.appeal_kind not in kinds:
                wrong.append("elija el documento que resuelve la apelación")
            if r.unit_code not in units:
                wrong.append("elija la unidad donde se presenta")
        if wrong:
            problems.append(f"Fila {i + 1} ({r.kind_title or r.kind_code}): "
                            + "; ".join(wrong) + ".")
    if problems:
        raise ValidationFailed([FieldError("rules", " ".join(problems))])
    current = {r.kind_code: r for r in session.scalars(select(AppealRule))}
    changed = 0
    for r in rows:
        rule = current.get(r.kind_code)
        before = _rule_text(rule) if rule is not None else ""
        if not r.reconsideration_by.strip():
            if rule is not None:
                session.delete(rule)
                record(session, actor, "delete", "appeal_rule", r.kind_code,
                       {"instancias": [before, None]})
                changed += 1
            continue
        if rule is None:
            rule = AppealRule(kind_code=r.kind_code)
            session.add(rule)
        rule.reconsideration_by = " ".join(r.reconsideration_by.split())
        rule.reconsideration_kind = r.reconsideration_kind
        rule.appeal_to = " ".join(r.appeal_to.split())
        rule.appeal_kind = r.appeal_kind if rule.appeal_to else None
        rule.unit_code = r.unit_code
        after = _rule_text(rule)
        if after != before:
            session.flush()
            record(session, actor, "update" if before else "create", "appeal_rule",
                   r.kind_code, {"instancias": [before or None, after]})
            changed += 1
    session.flush()
    return changed


def _rule_text(rule: AppealRule) -> str:
    appeal = f"apelación ante {rule.appeal_to}" if rule.appeal_to else "sin apelación"
    return (f"reconsideración ante {rule.reconsideration_by}; {appeal}; se presenta en "
            f"{rule.unit_code}")
