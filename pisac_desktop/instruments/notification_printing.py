"""From a cédula de notificación in the database to its printed paper (reports.notification),
and the interested parties' rows of the distribution sheet."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.institution import holder_on, post_label, signature_name
from pisac_desktop.core.verification import code_for
from pisac_desktop.db.models import Instrument, InstrumentParty, Notification
from pisac_desktop.db.models.verification import VERIFY_NOTIFICATION
from pisac_desktop.instruments.notifications import APPEAL_DAYS, NOTIFICATION_TITLE, document_text
from pisac_desktop.instruments.printing import letterhead, place_date
from pisac_desktop.reports import notification as rp
from pisac_desktop.reports.instrument_doc import Signer
from pisac_desktop.reports.registers import DistributionRow
from pisac_desktop.spanish.dates import long_date

# The recourses and their term (TUO Ley 27444 arts. 218-220), printed on every cédula.
_TERM = (f"dentro del plazo de quince ({APPEAL_DAYS}) días hábiles, contados a partir del día "
         "hábil siguiente al de la presente notificación (numeral 218.2 del artículo 218 del TUO "
         "de la Ley N° 27444)")
_FIRM = "Vencido el plazo sin interponerlo, el acto quedará firme (artículo 222)."
# A second instance exists only where the act's author has a superior: the Gerencia Municipal
# acts by the alcalde's delegation, so its resolutions can be appealed to him (art. 220).
RECOURSES = (
    f"Contra el acto notificado procede interponer recurso de reconsideración o de apelación "
    f"{_TERM}. El recurso de reconsideración se interpone ante el mismo órgano que dictó el acto "
    "y se sustenta en nueva prueba (artículo 219); el de apelación se dirige a la misma "
    "autoridad que expidió el acto, para que lo eleve a su superior jerárquico (artículo 220). "
    "Vencido el plazo sin interponerlos, el acto quedará firme (artículo 222).")
# The alcalde's decisions and the council's exhaust the administrative route (Ley N° 27972,
# arts. 50 and 51): no appeal lies; reconsideration, without new evidence for a sole instance.
RECOURSES_SOLE_INSTANCE = {
    "mayor": (
        f"Contra el acto notificado procede interponer recurso de reconsideración {_TERM}, ante "
        "el Despacho de Alcaldía, sin necesidad de nueva prueba por tratarse de única instancia "
        "(artículo 219). La decisión del alcalde agota la vía administrativa (artículo 50 de la "
        f"Ley N° 27972, Ley Orgánica de Municipalidades). {_FIRM}"),
    "council": (
        f"Contra el acto notificado procede interponer recurso de reconsideración {_TERM}, ante "
        "el Concejo Municipal, sin necesidad de nueva prueba por tratarse de única instancia "
        "(artículo 219). Las decisiones del concejo municipal agotan la vía administrativa "
        f"(artículos 50 y 51 de la Ley N° 27972, Ley Orgánica de Municipalidades). {_FIRM}"),
}
SOLE_INSTANCE_KINDS = {"MAYOR_RESOLUTION": "mayor", "MAYOR_DECREE": "mayor",
                       "COUNCIL_RESOLUTION": "council", "COUNCIL_AGREEMENT": "council",
                       "ORDINANCE": "council"}


def recourses_for(kind_code: str) -> str:
    """The recourses paragraph of a cédula: appeal only where the act's author has a superior."""
    sole = SOLE_INSTANCE_KINDS.get(kind_code)
    return RECOURSES_SOLE_INSTANCE[sole] if sole else RECOURSES


# What the distribution sheet says when nobody signed for the cédula.
SHORT_HOW = {"refused": "Se negó a recibir (art. 21.3)",
             "under_door": "Bajo puerta, 2.ª visita (art. 21.5)"}


def cedula_doc(session: Session, cedula_id: int) -> rp.CedulaDoc:
    c = session.get(Notification, cedula_id)
    if c is None:
        raise DomainError("La cédula ya no existe.")
    if c.unit_document_id is not None:  # a unit's answer to a case file's filer
        from pisac_desktop.db.models import UnitDocument

        act = session.get(UnitDocument, c.unit_document_id)
        act_title, act_date, summary, kind_code = (act.number_text, act.doc_date, act.subject,
                                                   "")
        party = None
    else:
        act = session.get(Instrument, c.instrument_id)
        act_title, act_date, summary, kind_code = (act.number_text or "", act.doc_date,
                                                   act.summary, act.kind_code)
        party = session.get(InstrumentParty, c.party_id)
    keeper = holder_on(session, "GENERAL_SECRETARY", c.issued_on)
    signer = Signer(signature_name(keeper),
                    post_label("GENERAL_SECRETARY", keeper.feminine).upper()) if keeper else None
    receipt = rp.Receipt()
    if c.notified_at is not None:
        receipt = rp.Receipt(
            received_by=c.received_by, document=c.receiver_document, relation=c.relation,
            date_text=f"{c.notified_at:%d/%m/%Y}", time_text=f"{c.notified_at:%H:%M}",
            how=c.how,
            first_visit=f"{c.first_visit_at:%d/%m/%Y} a las {c.first_visit_at:%H:%M}"
            if c.first_visit_at else "",
            place_description=c.place_description, notifier_name=c.notifier_name,
            notifier_dni=c.notifier_dni, notes=c.notes)
    return rp.CedulaDoc(
        letterhead=letterhead(session, c.issued_on.year, on=c.issued_on),
        number_text=c.number_text, place_date=place_date(session, c.issued_on),
        addressee=c.addressee_name, document=c.addressee_document, address=c.address,
        representative=party.representative if party is not None else "",
        act_title=act_title, act_date=long_date(act_date), act_summary=summary,
        folios=c.folios, recourses=recourses_for(kind_code), signer=signer,
        receipt=receipt, verification=code_for(session, VERIFY_NOTIFICATION, c.id))


def cedula_file_name(c: Notification) -> str:
    """'CN-001-2026.pdf'."""
    return f"CN-{c.number:03d}-{c.year}.pdf"


def render_cedula(session: Session, cedula_id: int) -> tuple[bytes, str]:
    """The cédula as it prints, and the file name to save it under."""
    doc = cedula_doc(session, cedula_id)
    return rp.render_cedula(doc), cedula_file_name(session.get(Notification, cedula_id))


def party_rows(session: Session, instrument_id: int) -> list[DistributionRow]:
    """The distribution sheet's rows for the interested parties: each with its cédula, and the
    receipt printed filled in once the notification was recorded."""
    rows = []
    for party in session.scalars(select(InstrumentParty).where(
            InstrumentParty.instrument_id == instrument_id).order_by(InstrumentParty.position,
                                                                     InstrumentParty.id)):
        c = session.scalar(select(Notification).where(Notification.party_id == party.id)
                           .order_by(Notification.id))
        label = (f"Interesado: {party.name} "
                 f"({document_text(party.document_type, party.document_number)})")
        if c is None:
            rows.append(DistributionRow(f"{label} — cédula por emitir"))
            continue
        label += f" — Cédula {c.number_text.removeprefix(NOTIFICATION_TITLE).strip()}"
        done = c.notified_at
        received = (c.received_by or SHORT_HOW.get(c.how, "")) if done else ""
        rows.append(DistributionRow(
            label, received, c.receiver_document if done else "",
            date_text=f"{done:%d/%m/%Y}" if done else "",
            time_text=f"{done:%H:%M}" if done else ""))
    return rows
