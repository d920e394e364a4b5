"""From documents in the database to printed paper: the data the report builders need, and the
audited printing/export use cases. The PDFs themselves are made by pisac_desktop.reports."""

from __future__ import annotations

import datetime as dt
import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.institution import (
    get_institution,
    holder_on,
    post_label,
    signature_name,
    year_name_on,
)
from pisac_desktop.core.letterhead import letterhead, place_date
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.core.verification import (
    VERIFY_CERTIFICATION,
    VERIFY_INSTRUMENT,
    code_for,
)
from pisac_desktop.db.models import (
    Certification,
    DistributionReceipt,
    Instrument,
    InstrumentKind,
    OrgUnit,
    Publication,
)
from pisac_desktop.db.models.instruments import ANNULLED, DRAFT
from pisac_desktop.instruments import directives
from pisac_desktop.instruments.register import (
    article_lines,
    check_not_historic,
    issuer_text_for,
    state_label,
)
from pisac_desktop.reports import instrument as rp
from pisac_desktop.reports import registers as rr
from pisac_desktop.spanish.dates import long_date


def file_name(instrument: Instrument, suffix: str = "") -> str:
    """'RA-045-2026.pdf' for the archive and the transparency portal; drafts 'RA-borrador-7'."""
    short = instrument.kind.short
    if instrument.number is None:
        return f"{short}-borrador-{instrument.id}{suffix}.pdf"
    return f"{short}-{instrument.number:03d}-{instrument.year}{suffix}.pdf"


def instrument_doc(session: Session, instrument: Instrument,
                   certification: Certification | None = None) -> rp.InstrumentDoc:
    """The printed document: issued (frozen data), annulled (with the ANULADO mark), certified
    copy, or a draft's proof ("PROYECTO DE ...", signer as of its date). Never a registro
    histórico (DomainError): the application did not issue it."""
    check_not_historic(instrument)
    kind: InstrumentKind = instrument.kind
    directive = directives.is_directive(kind)
    units = [session.get(OrgUnit, u.org_unit_id).name for u in instrument.units]
    if instrument.state == DRAFT:
        holder = holder_on(session, kind.signer_post, instrument.doc_date)
        title = f"PROYECTO DE {kind.title}"
        signer = rp.Signer(signature_name(holder) if holder else "(cargo vacante)",
                           post_label(kind.signer_post, bool(holder and holder.feminine)).upper())
        issuer = issuer_text_for(kind, holder, get_institution(session).name)
        closing, year_name = kind.closing, None
    else:
        title = instrument.number_text
        signer = rp.Signer(instrument.signer_name, instrument.signer_post)
        issuer, closing, year_name = (instrument.issuer_text, instrument.closing,
                                      instrument.year_name)
    annulment = None
    if instrument.state == ANNULLED:
        annulment = rp.Annulment(
            reason=instrument.annul_reason, annulled_by=instrument.annulled_by_text,
            date_text=long_date(instrument.annulled_at.date()) if instrument.annulled_at else "",
        )
    cert = None
    if certification is not None:
        cert = rp.Certification(
            certifier=rp.Signer(certification.certifier_name, certification.certifier_post),
            place_date=place_date(session, certification.certified_on),
            requested_by=certification.requested_by, copy_count=certification.copies,
            document_date=long_date(instrument.doc_date),
            year_name=year_name_on(session, certification.certified_on).text or "",
        )
    return rp.InstrumentDoc(
        letterhead=letterhead(session, instrument.doc_date.year, year_name,
                              on=instrument.doc_date),
        title=title, place_date=place_date(session, instrument.doc_date), style=kind.style,
        summary=instrument.summary, issuer=issuer, seen=instrument.seen,
        whereas=tuple(json.loads(instrument.whereas)), legal_basis=instrument.legal_basis,
        articles=tuple(directives.printed_sections(instrument.articles) if directive
                       else article_lines(instrument)),
        approval=directives.approval_text(session, instrument) if directive else "",
        closing=closing, signers=(signer,),
        copy_to=tuple(units), references=instrument.references, annulment=annulment,
        certification=cert, draft=instrument.state == DRAFT,
        verification=(code_for(session, VERIFY_CERTIFICATION, certification.id)
                      if certification is not None
                      else code_for(session, VERIFY_INSTRUMENT, instrument.id)),
    )


def render_for_preview(session: Session, instrument_id: int) -> tuple[bytes, str]:
    """The document as it prints (or its draft proof), and the file name to save it under."""
    instrument = session.get(Instrument, instrument_id)
    return rp.render_instrument(instrument_doc(session, instrument)), file_name(instrument)


def render_certified_copy(session: Session, certification_id: int) -> tuple[bytes, str]:
    cert = session.get(Certification, certification_id)
    instrument = session.get(Instrument, cert.instrument_id)
    return (rp.render_instrument(instrument_doc(session, instrument, cert)),
            file_name(instrument, "-copia-certificada"))


def distribution_sheet(session: Session, instrument_id: int) -> tuple[bytes, str]:
    """The cargo sheet: one row per unit to notify, then one per interested party (with its
    cédula); receipts already recorded print filled in."""
    instrument = session.get(Instrument, instrument_id)
    receipts = {r.org_unit_id: r for r in session.scalars(
        select(DistributionReceipt).where(DistributionReceipt.instrument_id == instrument_id))}
    rows = []
    for unit in instrument.units:
        name = session.get(OrgUnit, unit.org_unit_id).name
        got = receipts.get(unit.org_unit_id)
        rows.append(rr.DistributionRow(
            name, got.received_by if got else "",
            date_text=got.received_at.strftime("%d/%m/%Y") if got else "",
            time_text=got.received_at.strftime("%H:%M") if got else ""))
    from pisac_desktop.instruments.notification_printing import party_rows

    parties = party_rows(session, instrument_id)  # each with its cédula de notificación
    rows += parties
    sheet = rr.DistributionSheet(
        letterhead=letterhead(session, instrument.doc_date.year, instrument.year_name or None),
        document_title=instrument.number_text or f"PROYECTO DE {instrument.kind.title}",
        rows=tuple(rows), document_date=long_date(instrument.doc_date),
        summary=instrument.summary, delivered_by="Secretaría General",
        unit_header="Unidad orgánica o interesado" if parties else "Unidad orgánica",
    )
    return rr.render_distribution_sheet(sheet), file_name(instrument, "-cargo")


def register_book(session: Session, kind_code: str, year: int,
                  generated_by: str = "") -> rr.RegisterBook:
    """The register of a kind and year: every number given, annulled ones included; ordinances
    and decrees with the date of their first publication, agreements with their session. Dated
    and signed by the Secretario General in office on the clock's date (`generated_by` is no
    longer printed: the audit trail records who printed it)."""
    kind = session.get(InstrumentKind, kind_code)
    of_year = (Instrument.kind_code == kind_code, Instrument.year == year)
    first_published = dict(session.execute(  # one query, not one per row
        select(Publication.instrument_id, func.min(Publication.published_on))
        .join(Instrument).where(*of_year).group_by(Publication.instrument_id)).all())
    extra_header = ""
    sessions: dict[int, str] = {}
    if kind.style in ("ordinance", "decree") or kind.must_publish:
        extra_header = "Publicación"
    elif kind.style == "agreement":
        extra_header = "Sesión"
        sessions = _sessions_of_agreements(session, of_year)
    rows = []
    for doc in session.scalars(select(Instrument).where(*of_year).order_by(Instrument.number)):
        state = state_label(doc.state, doc.historic)
        published = first_published.get(doc.id)
        if doc.state != ANNULLED and published is not None and not doc.historic:
            state = "Publicado"
        extra: dt.date | str = ""
        if extra_header == "Publicación":
            extra = published or ("Pendiente" if doc.state != ANNULLED and not doc.historic
                                  else "")
        elif extra_header == "Sesión":
            extra = sessions.get(doc.id, "")
        rows.append(rr.RegisterRow(doc.number_text.split("N° ", 1)[-1], doc.doc_date,
                                   doc.summary, state, extra))
    today = clock_of(session).today()
    keeper = holder_on(session, "GENERAL_SECRETARY", today)
    signer = rp.Signer(signature_name(keeper),
                       post_label("GENERAL_SECRETARY", keeper.feminine).upper()) if keeper else None
    return rr.RegisterBook(letterhead(session, year), kind.plural, year, tuple(rows),
                           extra_header=extra_header, place_date=place_date(session, today),
                           signer=signer)


def _sessions_of_agreements(session: Session, of_year) -> dict[int, str]:
    """{instrument id: 'S.O. N° 05-2026 (12/11/2026)'} for the agreements of a year."""
    from pisac_desktop.db.models import AgendaItem, CouncilSession
    from pisac_desktop.db.models.council import KIND_LABELS

    rows = session.execute(
        select(AgendaItem.instrument_id, CouncilSession.kind, CouncilSession.number,
               CouncilSession.year, CouncilSession.session_date)
        .join(CouncilSession, AgendaItem.session_id == CouncilSession.id)
        .join(Instrument, AgendaItem.instrument_id == Instrument.id).where(*of_year)).all()
    return {r.instrument_id: f"S.{KIND_LABELS[r.kind][0]}. N° {r.number:02d}-{r.year} "
                             f"({r.session_date:%d/%m/%Y})" for r in rows}


def record_print(session: Session, actor: Actor, instrument_id: int, what: str) -> None:
    """Printing (or saving) a legal document is audited: who, what, when."""
    require(actor, Permission.VIEW, session)
    instrument = session.get(Instrument, instrument_id)
    record(session, actor, "print", "instrument", instrument_id,
           {"documento": [None, instrument.number_text or f"borrador {instrument_id}"],
            "salida": [None, what]})
