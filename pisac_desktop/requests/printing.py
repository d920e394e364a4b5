"""From the information requests in the database to their register and annual report
(reports.requests_report), and the export's folder."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from pisac_desktop.clock import clock_of
from pisac_desktop.core.audit import record
from pisac_desktop.core.letterhead import letterhead
from pisac_desktop.core.permissions import Actor, Permission, require
from pisac_desktop.paths import write_whole
from pisac_desktop.reports import requests_report as rr
from pisac_desktop.requests.information import figures_of_year, register_of_year


def requests_doc(session: Session, actor: Actor, year: int) -> rr.RequestsDoc:
    views = register_of_year(session, actor, year)
    f = figures_of_year(session, actor, year)
    now = clock_of(session).now()
    lines = tuple(rr.RequestLine(
        v.number_text, v.received_at, f"{v.requester} ({v.requester_document})", v.subject,
        v.holder_unit, v.delivery_form, v.clock.effective_due, v.clock.extended_to,
        v.answered_on, v.state, v.exception, v.fee) for v in views)
    summary = (("Solicitudes recibidas", f.received),
               ("Atendidas en plazo", f.answered_in_time),
               ("Atendidas fuera de plazo", f.answered_late),
               ("Denegadas total o parcialmente", sum(f.denied.values())),
               ("Desistidas o sin pago del costo", f.withdrawn_or_unpaid),
               ("Pendientes", f.pending),
               ("Sin respuesta vencido el plazo (denegatoria ficta)", f.overdue),
               ("Anuladas (registro equivocado)", f.annulled))
    return rr.RequestsDoc(
        letterhead(session, year), year,
        f"Registro de solicitudes de acceso a la información pública {year}",
        f"Generado el {now:%d/%m/%Y} a las {now:%H:%M} por {actor.username}.", lines, summary,
        tuple(sorted(f.by_unit.items(), key=lambda kv: (-kv[1], kv[0]))),
        tuple(sorted(f.by_sex.items())),
        tuple(sorted(f.denied.items(), key=lambda kv: (-kv[1], kv[0]))))


def export_requests(session: Session, actor: Actor, year: int, folder: Path) -> list[str]:
    """The year's register and annual report of information requests (PDF, and Excel with
    both) into folder; nothing when the year had none. Returns the names written."""
    require(actor, Permission.VIEW, session)
    doc = requests_doc(session, actor, year)
    if not doc.lines:
        return []
    folder.mkdir(parents=True, exist_ok=True)
    stem = f"solicitudes-acceso-informacion-{year}"
    write_whole(folder / f"registro-{stem}.pdf", rr.render_register(doc))
    write_whole(folder / f"informe-anual-{stem}.pdf", rr.render_annual_report(doc))
    rr.write_xlsx(doc, folder / f"{stem}.xlsx")
    record(session, actor, "export", "information_request", "",
           {"año": [None, year], "solicitudes": [None, len(doc.lines)],
            "carpeta": [None, str(folder)]})
    return [f"registro-{stem}.pdf", f"informe-anual-{stem}.pdf", f"{stem}.xlsx"]


def render_complaint_sheet(session: Session, actor: Actor, case_id: int) -> tuple[bytes, str]:
    """The sheet of the complaint book as the book's format prints it."""
    from pisac_desktop.core.errors import DomainError
    from pisac_desktop.requests.complaints import complaint_days, complaint_view
    from pisac_desktop.spanish.dates import short_date

    view = complaint_view(session, actor, case_id)
    if view is None:
        raise DomainError("El reclamo ya no existe.")
    doc = rr.ComplaintSheet(
        letterhead(session, view.received_at.year, on=view.received_at.date()),
        view.number_text, view.case_number, f"{view.received_at:%d/%m/%Y a las %H:%M}",
        (("Nombres y apellidos", view.complainant), ("Documento", view.document),
         ("Domicilio", view.address), ("Teléfono", view.phone), ("Correo", view.email)),
        (("Unidad", view.unit), ("Fecha de la atención", short_date(view.attended_on)
                                 if view.attended_on else ""), ("Motivo", view.category)),
        view.facts, view.request, view.measures, view.answer,
        f"Respondido el {short_date(view.answered_on)}." if view.answered_on else
        "Pendiente de respuesta.",
        f"Plazo de respuesta: {complaint_days(session)} días hábiles"
        + (f", hasta el {short_date(view.due_on)}." if view.due_on else "."))
    record(session, actor, "print", "complaint", case_id, {"hoja": [None, view.number_text]})
    stem = view.number_text.replace("HOJA DE RECLAMACIÓN N° ", "hoja-reclamacion-")
    return rr.render_complaint_sheet(doc), f"{stem}.pdf"


def render_stamps(session: Session, actor: Actor, entry_id: int) -> tuple[bytes, str]:
    """The stickers «ES COPIA FIEL DEL ORIGINAL» of one authenticated copy, one per folio."""
    from pisac_desktop.core.institution import get_institution
    from pisac_desktop.requests.fedatarios import copy_view
    from pisac_desktop.spanish.dates import long_date

    view = copy_view(session, actor, entry_id)
    institution = get_institution(session)
    doc = rr.StampDoc(institution.name, view.officer, view.registration,
                      f"{institution.city or 'Pisac'}, {long_date(view.at.date())}", view.number,
                      view.document, view.folios)
    record(session, actor, "print", "authenticated_copy", entry_id,
           {"sellos": [None, f"registro {view.number}, {view.folios} folios"]})
    return rr.render_stamps(doc), f"sellos-fedatario-{view.number}.pdf"
