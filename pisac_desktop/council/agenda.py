"""A session's agenda: its points by station (despacho, informes, pedidos, orden del día), with
the majority each needs and its papers (dictamen, informes); fixed for an extraordinaria once
convened; matters outside the agenda in a held session."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError, FieldError, ValidationFailed
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.validators import (
    DETAIL_MAX,
    LINE_MAX,
    SUMMARY_MAX,
    length_error,
)
from pisac_desktop.council.sessions import (
    MAJORITY_LABELS,
    REPORT_LABELS,
    SECTION_LABELS,
    STATE_LABELS,
    load_session,
)
from pisac_desktop.db.models import (
    AgendaItem,
    AgendaProposal,
    CouncilSession,
    Instrument,
)
from pisac_desktop.db.models.council import (
    CANCELLED,
    EXTRAORDINARY,
    HELD,
    NOT_INSTALLED,
    ORDEN_DEL_DIA,
    PROPOSAL_INCLUDED,
    PROPOSAL_RECEIVED,
    SCHEDULED,
    SIMPLE,
    SUSPENDED,
    UNANIMITY,
    session_title,
)
from pisac_desktop.db.write_lock import writes


def agenda_frozen(s: CouncilSession) -> bool:
    """An extraordinaria's agenda is fixed by its summons (DOMAIN.md section 3)."""
    return s.kind == EXTRAORDINARY and s.state != SCHEDULED


def check_agenda_editable(s: CouncilSession) -> None:
    """Precondition of adding or changing a point."""
    if agenda_frozen(s):
        raise DomainError(
            "La agenda de una sesión extraordinaria queda fijada en la citación: una vez "
            "convocada no se agregan, quitan ni cambian puntos.")
    # A held session takes matters outside the agenda (unanimity) until its closing time.
    if s.state in (CANCELLED, NOT_INSTALLED, SUSPENDED) or (s.state == HELD and s.closed_at):
        raise DomainError(f"La sesión está {STATE_LABELS[s.state].lower()}: su agenda ya no "
                          "cambia.")


def check_item_editable(s, document_issued: str = "") -> None:
    """Precondition of opening a point to change it: all of it while the agenda may change;
    afterwards (agenda fixed, session convened or held) only its papers (dictamen, informes),
    until the document born of the point is issued."""
    try:
        check_agenda_editable(s)
    except DomainError:
        if s.state in (CANCELLED, NOT_INSTALLED, SUSPENDED):
            raise
        if document_issued:
            raise DomainError(f"El documento del punto ya fue emitido ({document_issued}): sus "
                              "documentos de sustento ya no cambian.") from None


@dataclass
class ItemForm:
    section: str = ORDEN_DEL_DIA
    title: str = ""
    detail: str = ""
    majority: str = SIMPLE
    proposal_id: int | None = None
    committee_report: str = ""  # "Dictamen N° 003-2026-CPP/MDP de la Comisión de ..."
    technical_report: str = ""  # "Informe N° 120-2026-SGIDU/MDP"
    legal_report: str = ""  # "Informe Legal N° 045-2026-OAJ/MDP"


def item_reports(form_or_item) -> dict[str, str]:
    return {name: " ".join(getattr(form_or_item, name).split()) for name in REPORT_LABELS}


def _validate_item(form: ItemForm) -> None:
    errors = []
    if form.section not in SECTION_LABELS:
        errors.append(FieldError("section", "Elija la estación de la agenda."))
    if not form.title.strip():
        errors.append(FieldError("title", "Escriba el asunto del punto de agenda."))
    elif message := length_error(form.title, SUMMARY_MAX, "El asunto"):
        errors.append(FieldError("title", message))
    if message := length_error(form.detail, DETAIL_MAX, "El detalle"):
        errors.append(FieldError("detail", message))
    if form.majority not in MAJORITY_LABELS:
        errors.append(FieldError("majority", "Elija la mayoría requerida."))
    for name, label in REPORT_LABELS.items():
        if message := length_error(getattr(form, name), LINE_MAX, label):
            errors.append(FieldError(name, message))
    if errors:
        raise ValidationFailed(errors)


@writes
def add_item(session: Session, actor: Actor, session_id: int, form: ItemForm) -> int:
    """Add a point. In an ordinaria already convened, a point of the Orden del Día that was not
    in the summons is outside the agenda: it needs everyone present and unanimity."""
    require(actor, Permission.COUNCIL, session)
    s = load_session(session, session_id)
    check_agenda_editable(s)
    _validate_item(form)
    if s.kind == EXTRAORDINARY and form.section != ORDEN_DEL_DIA:
        raise ValidationFailed([FieldError(
            "section", "Una sesión extraordinaria solo trata los puntos de su citación (Orden "
                       "del Día).")])
    outside = s.state != SCHEDULED and form.section == ORDEN_DEL_DIA
    position = (session.scalar(select(func.max(AgendaItem.position))
                               .where(AgendaItem.session_id == s.id)) or 0) + 1
    item = AgendaItem(position=position, section=form.section,
                      title=form.title.strip(), detail=form.detail.strip(),
                      majority=UNANIMITY if outside else form.majority,
                      outside_agenda=outside, proposal_id=form.proposal_id, **item_reports(form))
    s.items.append(item)  # also in the session's loaded list (an acta drafted next sees it)
    session.flush()
    if form.proposal_id:
        proposal = session.get(AgendaProposal, form.proposal_id)
        if proposal is not None:
            proposal.state = PROPOSAL_INCLUDED
            proposal.session_id = s.id
    record(session, actor, "create", "agenda_item", item.id,
           {"sesión": [None, session_title(s)], "asunto": [None, item.title],
            "fuera de agenda": [None, outside] if outside else None,
            **{_REPORT_AUDIT[k]: [None, v] for k, v in item_reports(item).items() if v}})
    return item.id


@writes
def update_item(session: Session, actor: Actor, item_id: int, form: ItemForm) -> None:
    """Change a point. Its papers (dictamen, informes) may still be recorded once the agenda is
    fixed or the session held, until the document born of the point is issued."""
    require(actor, Permission.COUNCIL, session)
    item = load_item(session, item_id)
    majority = UNANIMITY if item.outside_agenda else form.majority
    agenda_changed = (form.section, form.title.strip(), form.detail.strip(), majority) != (
        item.section, item.title, item.detail, item.majority)
    if agenda_changed:
        check_agenda_editable(item.session)
    _validate_item(form)
    if item.session.state != SCHEDULED and not item.outside_agenda and (
            form.title.strip() != item.title or form.section != item.section):
        raise DomainError("El asunto de un punto que figura en las citaciones ya no se cambia.")
    if item_reports(form) != item_reports(item) and item.instrument_id is not None:
        instrument = session.get(Instrument, item.instrument_id)
        if instrument is not None and instrument.state != "draft":
            raise DomainError(f"El documento del punto ya fue emitido ({instrument.number_text})"
                              ": su dictamen e informes ya no cambian.")
    before = {"asunto": item.title, "detalle": item.detail, "mayoría": item.majority,
              **{_REPORT_AUDIT[k]: v for k, v in item_reports(item).items()}}
    item.section = form.section
    item.title = form.title.strip()
    item.detail = form.detail.strip()
    item.majority = majority
    for name, value in item_reports(form).items():
        setattr(item, name, value)
    session.flush()
    after = {"asunto": item.title, "detalle": item.detail, "mayoría": item.majority,
             **{_REPORT_AUDIT[k]: v for k, v in item_reports(item).items()}}
    record(session, actor, "update", "agenda_item", item.id,
           {k: [before[k], after[k]] for k in after if before[k] != after[k]})


@writes
def remove_item(session: Session, actor: Actor, item_id: int) -> None:
    require(actor, Permission.COUNCIL, session)
    item = load_item(session, item_id)
    check_item_removable(item.session, item)
    if item.proposal_id:
        proposal = session.get(AgendaProposal, item.proposal_id)
        if proposal is not None:
            proposal.state, proposal.session_id = PROPOSAL_RECEIVED, None
    record(session, actor, "delete", "agenda_item", item.id, {"asunto": [item.title, None]})
    owner = item.session
    owner.items.remove(item)  # delete-orphan: gone from the database and the loaded list
    for pos, it in enumerate(owner.items, start=1):
        it.position = pos
    session.flush()


@writes
def move_item(session: Session, actor: Actor, item_id: int, delta: int) -> None:
    require(actor, Permission.COUNCIL, session)
    item = load_item(session, item_id)
    check_agenda_order(item.session)
    items = list(item.session.items)
    i = items.index(item)
    j = max(0, min(len(items) - 1, i + delta))
    items.insert(j, items.pop(i))
    for pos, it in enumerate(items, start=1):
        it.position = pos
    session.flush()


_REPORT_AUDIT = {"committee_report": "dictamen", "technical_report": "informe técnico",
                 "legal_report": "informe legal"}


def check_item_removable(s: CouncilSession, item: AgendaItem) -> None:
    check_agenda_editable(s)
    if s.state != SCHEDULED and not (item.outside_agenda and not item.voted):
        raise DomainError("El punto figura en las citaciones: no se quita. Si no se trata, "
                          "déjelo constar en el acta." if not item.outside_agenda else
                          "El punto ya se votó: no se quita.")


def check_agenda_order(s: CouncilSession) -> None:
    check_agenda_editable(s)
    if s.state != SCHEDULED:
        raise DomainError("El orden de la agenda figura en las citaciones: ya no cambia.")


def load_item(session: Session, item_id: int) -> AgendaItem:
    item = session.get(AgendaItem, item_id, populate_existing=True)
    if item is None:
        raise DomainError("El punto de agenda ya no existe.")
    return item
