"""From a case file in the database to its papers (reports.tramite): the cargo de recepción with
the folder's rótulo, and the hoja de ruta. Printing is audited (record_print)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.institution import get_institution
from pisac_desktop.core.letterhead import letterhead, place_date
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.db.models import CaseFile, User
from pisac_desktop.reports import tramite as rp
from pisac_desktop.spanish.dates import long_date
from pisac_desktop.tramite.deadlines import business_days_text
from pisac_desktop.tramite.procedures import fee_text
from pisac_desktop.tramite.views import CaseDetail, case_detail


def _moment(value) -> str:
    return f"{value:%d/%m/%Y} a las {value:%H:%M}"


def _due_text(detail: CaseDetail) -> str:
    if detail.due_on is None:
        if detail.missing_requirements and detail.completed_on is None:
            return "Se fijará al subsanar los requisitos observados."
        return ""
    days = f" ({business_days_text(detail.deadline_days)})" if detail.deadline_days else ""
    return f"{long_date(detail.due_on)}{days}"


def _detail(session: Session, actor: Actor, case_id: int) -> CaseDetail:
    detail = case_detail(session, actor, case_id)
    if detail is None:
        raise DomainError("El expediente ya no existe.")
    return detail


def _full_name(session: Session, username: str) -> str:
    from sqlalchemy import select

    name = session.scalar(select(User.full_name).where(User.username == username))
    return name or username


def cargo_doc(session: Session, actor: Actor, case_id: int) -> rp.CargoDoc:
    d = _detail(session, actor, case_id)
    institution = get_institution(session)
    day = d.received_at.date()
    missing = set(d.missing_requirements)
    contact = " · ".join(x for x in (d.filer_phone, d.filer_email) if x)
    ask = ("Consulte el estado de su trámite en Mesa de Partes indicando el número de "
           "expediente")
    reach = " · ".join(x for x in (institution.phone and f"teléfono {institution.phone}",
                                   institution.email and f"correo {institution.email}") if x)
    ask += f" ({reach})." if reach else "."
    return rp.CargoDoc(
        letterhead=letterhead(session, day.year, on=day), number_text=d.number_text,
        received_text=_moment(d.received_at), place_date=place_date(session, day),
        filer=d.filer_name, filer_document=d.filer_document, filer_address=d.filer_address,
        filer_contact=contact, document_kind=d.document_kind, subject=d.subject,
        folios=d.folios, attachments_note=d.attachments_note,
        files=tuple(a.file_name for a in d.attachments),
        procedure=f"{d.procedure_code} {d.procedure_name}".strip(),
        requirements=tuple((r, r not in missing) for r in d.procedure_requirements),
        missing=tuple(m for m in d.missing_requirements),
        completion_due=f"{d.completion_due:%d/%m/%Y}" if d.completion_due else "",
        fee=_fee(session, case_id), unit=d.steps[0].to_unit if d.steps else d.unit_name,
        due_text=_due_text(d), silence_text=d.silence_text or d.silence_label,
        how_to_ask=ask, clerk=_full_name(session, d.created_by),
        annulled=d.annulled_reason if d.state == "annulled" else "",
        verification=d.verification_code)


def _fee(session: Session, case_id: int) -> str:
    from pisac_desktop.db.models import Procedure

    case = session.get(CaseFile, case_id)
    procedure = session.get(Procedure, case.procedure_id) if case.procedure_id else None
    return fee_text(procedure.fee_cents) if procedure else ""


def routing_slip_doc(session: Session, actor: Actor, case_id: int) -> rp.RoutingSlipDoc:
    d = _detail(session, actor, case_id)
    now = clock_of(session).now()
    lines = []
    for s in d.steps:
        received = f"{s.received_at:%d/%m/%Y %H:%M} — {s.received_by}" if s.received_at else ""
        if s.closed_at is not None:
            closed = f"{s.outcome_label} el {s.closed_at:%d/%m/%Y %H:%M}"
        else:
            closed = s.outcome_label if s.received_at else ""
        lines.append(rp.RouteLine(
            s.position, s.from_unit, s.to_unit, f"{s.sent_at:%d/%m/%Y %H:%M}", s.sent_by,
            s.instruction, s.folios, f"{s.due_on:%d/%m/%Y}" if s.due_on else "", received,
            closed, "" if s.business_days is None else str(s.business_days)))
    day = d.received_at.date()
    return rp.RoutingSlipDoc(
        letterhead=letterhead(session, day.year, on=day), number_text=d.number_text,
        received_text=_moment(d.received_at), filer=d.filer_name,
        filer_document=d.filer_document, subject=d.subject,
        procedure=f"{d.procedure_code} {d.procedure_name}".strip(), due_text=_due_text(d),
        state=f"{d.state_label}. {d.next_step}", lines=tuple(lines),
        printed_text=f"Impreso el {now:%d/%m/%Y} a las {now:%H:%M} por {actor.username}.",
        verification=d.verification_code)


def file_stem(session: Session, case_id: int) -> str:
    """'EXP-2026-000121'."""
    case = session.get(CaseFile, case_id)
    return f"EXP-{case.year}-{case.number:06d}"


def render_cargo(session: Session, actor: Actor, case_id: int) -> tuple[bytes, str]:
    """The cargo and rótulo, and the file name to save them under."""
    return (rp.render_cargo(cargo_doc(session, actor, case_id)),
            f"{file_stem(session, case_id)}-cargo.pdf")


def render_routing_slip(session: Session, actor: Actor, case_id: int) -> tuple[bytes, str]:
    return (rp.render_routing_slip(routing_slip_doc(session, actor, case_id)),
            f"{file_stem(session, case_id)}-hoja-de-ruta.pdf")


def record_print(session: Session, actor: Actor, case_id: int, what: str) -> None:
    """Printing (or saving) a case file's paper is audited: who, what, when."""
    require(actor, Permission.VIEW, session)
    case = session.get(CaseFile, case_id)
    if case is None:
        raise DomainError("El expediente ya no existe.")
    record(session, actor, "print", "case_file", case_id,
           {"documento": [None, f"{what} del {case.number_text}"]})


def record_document_print(session: Session, actor: Actor, document_id: int, where: str) -> None:
    """Printing (or saving) a unit's document is audited: who, which, where."""
    from pisac_desktop.db.models import UnitDocument
    from pisac_desktop.tramite.documents import KINDS

    require(actor, Permission.VIEW, session)
    doc = session.get(UnitDocument, document_id)
    if doc is None:
        raise DomainError("El documento ya no existe.")
    label = doc.number_text or f"{KINDS[doc.kind][0]} (borrador)"
    record(session, actor, "print", "unit_document", document_id,
           {"documento": [None, f"{label}: {where}"]})


def unit_document_doc(session: Session, actor: Actor, document_id: int) -> rp.UnitDoc:
    from pisac_desktop.core.verification import code_for
    from pisac_desktop.db.models.tramite import DOC_ANNULLED, DOC_DRAFT
    from pisac_desktop.db.models.verification import VERIFY_UNIT_DOCUMENT
    from pisac_desktop.tramite.documents import ATTESTING, KINDS, closing_line, document, signer_for

    row = document(session, actor, document_id)
    if row is None:
        raise DomainError("El documento ya no existe.")
    from pisac_desktop.db.models import UnitDocument

    on = row.doc_date or clock_of(session).today()
    signer_name, signer_post = row.signer_name, row.signer_post
    if row.state == DOC_DRAFT:  # who would sign if issued today
        signer_name, signer_post = signer_for(session, session.get(UnitDocument, document_id), on)
    sender = ", ".join(x for x in (signer_name, signer_post) if x) or row.unit_name
    head = letterhead(session, on.year, on=on)
    attesting = ATTESTING.get(row.kind, "")
    return rp.UnitDoc(
        letterhead=head,
        title=row.number_text or row.kind_title, internal=not KINDS[row.kind][2],
        place_date=place_date(session, on), addressee=row.addressee,
        addressee_post=row.addressee_post, address=row.address, sender=sender,
        subject=row.subject, reference=row.reference, body=row.body, signer_name=signer_name,
        signer_post=signer_post, unit=row.unit_name, draft=row.state == DOC_DRAFT,
        annulled=row.annulled_reason if row.state == DOC_ANNULLED else "",
        verification=code_for(session, VERIFY_UNIT_DOCUMENT, document_id),
        attesting=attesting,
        issuer=rp.issuer_line(row.unit_name, head.institution_name) if attesting else "",
        closing=closing_line(row.kind, row.addressee) if attesting else "")


def render_unit_document(session: Session, actor: Actor, document_id: int) -> tuple[bytes, str]:
    doc = unit_document_doc(session, actor, document_id)
    from pisac_desktop.db.text_index import fold

    stem = fold(doc.title.replace("N° ", "")).upper().replace(" ", "-")
    if doc.draft:
        stem = f"{stem}-borrador-{document_id}"
    return rp.render_unit_document(doc), f"{stem}.pdf"


def unit_document_pages(session: Session, actor: Actor, document_id: int) -> int:
    """The pages of the document as printed: the folios attached to its cédula."""
    from pisac_desktop.instruments.notifications import pdf_pages

    return pdf_pages(render_unit_document(session, actor, document_id)[0])


def render_answer_cedula(session: Session, cedula_id: int) -> tuple[bytes, str]:
    """The cédula that notifies a unit's answer (the same paper as a resolution's)."""
    from pisac_desktop.instruments.notification_printing import render_cedula

    return render_cedula(session, cedula_id)


def render_inventory(session: Session, actor: Actor, transfer_id: int) -> tuple[bytes, str]:
    """The inventario de transferencia, and the file name to save it under."""
    from pisac_desktop.tramite.archive import inventory

    inv = inventory(session, actor, transfer_id)
    dates = inv.extreme_dates
    totals = (f"{len(inv.lines)} expediente{'s' if len(inv.lines) != 1 else ''} en "
              f"{inv.boxes} caja{'s' if inv.boxes != 1 else ''}, {inv.folios} folios")
    if dates:
        totals += f"; fechas extremas del {dates[0]:%d/%m/%Y} al {dates[1]:%d/%m/%Y}"
    received = ""
    if inv.received_at is not None:
        received = f"{_moment(inv.received_at)} por {inv.received_by}; estante {inv.shelf}"
    doc = rp.InventoryDoc(
        letterhead=letterhead(session, inv.prepared_at.year, on=inv.prepared_at.date()),
        number_text=inv.number_text, unit=inv.unit, series=inv.series,
        prepared_text=f"{_moment(inv.prepared_at)} por {inv.prepared_by}",
        received_text=received, totals=totals, notes=inv.notes,
        rows=tuple(rp.InventoryRow(line.position, line.box, line.number_text, line.subject,
                                   f"{line.first_date:%d/%m/%Y} – {line.last_date:%d/%m/%Y}",
                                   line.folios) for line in inv.lines))
    stem = inv.number_text.replace("TRANSFERENCIA N° ", "transferencia-")
    return rp.render_inventory(doc), f"{stem}.pdf"


def report_doc(session: Session, actor: Actor, year: int, month: int | None = None):
    """The monthly (or yearly) report of the trámite, as reports.tramite_report draws it."""
    from pisac_desktop.reports import tramite_report as rr
    from pisac_desktop.tramite.statistics import AGE_BUCKETS, figures

    f = figures(session, actor, year, month)
    now = clock_of(session).now()

    def avg(value):
        return "—" if value is None else f"{value:.1f}".replace(".", ",")

    summary = (("Expedientes recibidos", str(f.received)), ("Anulados", str(f.annulled)),
               ("Atendidos", str(f.answered)), ("Atendidos en plazo", str(f.in_time)),
               ("Atendidos fuera de plazo", str(f.late)),
               ("Porcentaje atendido en plazo", f.in_time_share),
               ("Pendientes", str(f.pending)), ("Pendientes con plazo vencido", str(f.overdue)))
    return rr.ReportDoc(
        letterhead=letterhead(session, year, on=f.as_of),
        title=f"Informe de trámite documentario — {f.title}",
        period=f"Del {long_date(f.start)} al {long_date(f.end)}",
        as_of=f"pendientes al {long_date(f.as_of)}", summary=summary,
        procedures=tuple((p.label, p.received, p.answered, p.in_time, p.late,
                          avg(p.average_days)) for p in f.procedures),
        units=tuple((u.unit, u.received, u.pending, u.overdue, u.ages) for u in f.units),
        age_labels=tuple(label for _lo, _hi, label in AGE_BUCKETS),
        generated=f"Generado el {now:%d/%m/%Y} a las {now:%H:%M} por {actor.username}.")


def register_doc(session: Session, actor: Actor, year: int):
    """The register of the year's case files (every one, annulled included, in order)."""
    from sqlalchemy import select

    from pisac_desktop.db.models import OrgUnit, Procedure
    from pisac_desktop.db.models.tramite import CASE_STATE_LABELS
    from pisac_desktop.instruments.notifications import document_text
    from pisac_desktop.reports import tramite_report as rr

    require(actor, Permission.VIEW, session)
    units = dict(session.execute(select(OrgUnit.id, OrgUnit.name)).all())
    procedures = dict(session.execute(select(Procedure.id, Procedure.code)).all())
    now = clock_of(session).now()
    lines = tuple(rr.RegisterLine(
        c.number_text, c.received_at, c.filer_name,
        document_text(c.filer_document_type, c.filer_document), c.subject,
        procedures.get(c.procedure_id, ""), units.get(c.unit_id, ""),
        CASE_STATE_LABELS.get(c.state, c.state), c.due_on, c.closed_at)
        for c in session.scalars(select(CaseFile).where(CaseFile.year == year)
                                 .order_by(CaseFile.number)))
    return rr.RegisterDoc(letterhead(session, year), f"Registro de expedientes {year}",
                          f"Generado el {now:%d/%m/%Y} a las {now:%H:%M} por "
                          f"{actor.username}.", lines)


def record_inventory_print(session: Session, actor: Actor, transfer_id: int, where: str) -> None:
    """Printing (or saving) a transfer's inventory is audited."""
    from pisac_desktop.db.models import ArchiveTransfer

    require(actor, Permission.VIEW, session)
    transfer = session.get(ArchiveTransfer, transfer_id)
    if transfer is None:
        raise DomainError("La transferencia ya no existe.")
    record(session, actor, "print", "archive_transfer", transfer_id,
           {"documento": [None, f"Inventario de la {transfer.number_text}"],
            "salida": [None, where]})
