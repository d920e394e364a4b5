"""The document born of an approved point: the draft Acuerdo de Concejo, Resolución de Concejo or
Ordenanza Municipal, prefilled from the point's papers, the session and the vote, and linked to
the point; it is then issued in the numbering register like any other document."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.institution import get_institution
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.council.agenda import item_reports, load_item
from pisac_desktop.council.attendance import attendance_of
from pisac_desktop.council.members import council_on
from pisac_desktop.council.outcome_texts import ItemPapers, basis_text, seen_text, whereby_text
from pisac_desktop.council.rules import (
    simple_majority_rule,
)
from pisac_desktop.council.sessions import OUTCOME_KINDS
from pisac_desktop.council.votes import item_result
from pisac_desktop.db.models import (
    AgendaItem,
    CouncilSession,
    Vote,
)
from pisac_desktop.db.models.council import (
    KIND_LABELS,
    session_title,
)
from pisac_desktop.db.write_lock import writes
from pisac_desktop.spanish.dates import long_date


def check_outcome_draftable(item: AgendaItem, approved: bool) -> None:
    """Precondition of draft_outcome: an approved item without its document yet."""
    if item.instrument_id is not None:
        raise DomainError("Ese punto ya tiene su documento.")
    if not approved:
        raise DomainError("Solo un punto aprobado genera un acuerdo, una resolución o una "
                          "ordenanza.")


@writes
def draft_outcome(session: Session, actor: Actor, item_id: int, kind_code: str,
                  clock=None) -> int:
    """Create the draft Acuerdo de Concejo, Resolución de Concejo or Ordenanza Municipal of an
    approved item, linked to it and prefilled from the kind's template: the VISTO (an
    ordinance's POR CUANTO) citing the item's dictamen and informes, the session and the vote;
    the considerando with the vote; the legal basis naming the session and the vote; the
    articles. It is issued in the numbering register like any other document."""
    from pisac_desktop.instruments.register import new_draft_form, save_draft

    require(actor, Permission.COUNCIL, session)
    if kind_code not in OUTCOME_KINDS:
        raise DomainError("Elija Acuerdo de Concejo, Resolución de Concejo u Ordenanza "
                          "Municipal.")
    item = load_item(session, item_id)
    s = item.session
    check_outcome_draftable(item, True)
    council = council_on(session, s.session_date)
    attendance = attendance_of(session, s.id)
    votes = list(session.scalars(select(Vote).where(Vote.item_id == item.id)))
    result = item_result(council, attendance, item, votes, simple_majority_rule(session))
    check_outcome_draftable(item, result.approved)
    form = new_draft_form(session, kind_code, s.session_date)
    name = session_name(s)  # Sesión Ordinaria N° 05-2026
    when = long_date(s.session_date)
    papers = ItemPapers(**item_reports(item))
    form.summary = item.title
    by = "por UNANIMIDAD" if result.against == 0 and result.abstain == 0 else "por MAYORÍA"
    if result.tie:
        by += ", con el voto dirimente del alcalde"
    if kind_code == "ORDINANCE":  # printed under POR CUANTO
        form.seen = whereby_text(get_institution(session).name, name, when, by, item.position,
                                 item.title, papers)
    else:
        form.seen = seen_text(papers, item.position, name, when, item.title, item.detail)
    form.whereas = [*form.whereas,
                    f"Que, en la {name}, de fecha {when}, sometido a votación el punto "
                    f"«{item.title}», el Concejo Municipal lo aprobó {by} "
                    f"({result.counts()});"]
    form.legal_basis = basis_text(form.legal_basis, name, when, by, item.dispensed)
    form.articles = [_operative(item.title), OUTCOME_LAST_ARTICLE[kind_code]]
    form.references = f"{session_title(s)}, punto {item.position}"
    instrument = save_draft(session, actor, form, clock=clock)
    item.instrument_id = instrument.id
    item.outcome_kind = kind_code
    session.flush()
    record(session, actor, "update", "agenda_item", item.id,
           {"documento": [None, f"borrador de {OUTCOME_KINDS[kind_code]} ({instrument.id})"]})
    return instrument.id


OUTCOME_LAST_ARTICLE = {
    "COUNCIL_AGREEMENT": "ENCARGAR a la Gerencia Municipal y a las unidades orgánicas "
                         "competentes el cumplimiento del presente acuerdo.",
    "COUNCIL_RESOLUTION": "ENCARGAR a la Gerencia Municipal y a las unidades orgánicas "
                          "competentes el cumplimiento de la presente resolución.",
    "ORDINANCE": "La presente ordenanza entra en vigencia al día siguiente de su publicación.",
}


def session_name(s: CouncilSession) -> str:
    """Sesión Ordinaria N° 05-2026 (as a document names it in running text)."""
    return f"Sesión {KIND_LABELS[s.kind]} N° {s.number:02d}-{s.year}"


def _operative(title: str) -> str:
    """'Aprobar el plan ...' -> 'APROBAR el plan ...'; any other subject -> 'APROBAR ...'."""
    text = title.strip().rstrip(".")
    first, _, rest = text.partition(" ")
    if first[-2:].lower() in ("ar", "er", "ir") and first[:1].isupper():
        return f"{first.upper()} {rest}.".strip()
    return f"APROBAR {text[:1].lower() + text[1:]}."
