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
from pisac_desktop.reports.workbook import workbook_bytes
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


def other_registers(session: Session, actor: Actor, year: int) -> list[tuple[str, rr.TableDoc]]:
    """The year's registers of recursos, of the complaint book, of councillors' requests and of
    the fedatarios, as (file stem, table); each one even when empty (the screen prints it)."""
    from pisac_desktop.requests.appeals import appeals_of_year
    from pisac_desktop.requests.complaints import complaint_figures, complaints_of
    from pisac_desktop.requests.councillors import requests_of
    from pisac_desktop.requests.fedatarios import log_of_year

    now = clock_of(session).now()
    head = letterhead(session, year)
    generated = f"Generado el {now:%d/%m/%Y} a las {now:%H:%M} por {actor.username}."
    appeals = appeals_of_year(session, actor, year)
    complaints = complaints_of(session, actor, year)
    f = complaint_figures(session, actor, year)
    councillors = [v for v in requests_of(session, actor) if v.received_at.year == year]
    copies = log_of_year(session, actor, year)
    return [
        (f"registro-recursos-{year}", rr.TableDoc(
            head, f"Registro de recursos administrativos {year}",
            ("Expediente", "Recurso", "Recurrente", "Acto impugnado", "Notificación",
             "Fuera de plazo", "Resuelve", "Plazo", "Resolución", "Resultado"),
            (27, 22, 30, 0, 28, 13, 20, 17, 38, 26),
            tuple((a.number_text, a.kind, a.filer, a.act, a.notified, "Sí" if a.late else "No",
                   a.decider, a.due_on, a.decision, a.outcome or "En trámite") for a in appeals),
            generated)),
        (f"libro-reclamaciones-{year}", rr.TableDoc(
            head, f"Libro de Reclamaciones {year}",
            ("Hoja", "Expediente", "Recibido", "Reclamante", "Unidad", "Motivo", "Hechos",
             "Plazo", "Respuesta", "Estado"),
            (28, 26, 17, 30, 26, 26, 0, 17, 17, 16),
            tuple((c.number_text, c.case_number, c.received_at, c.complainant, c.unit,
                   c.category, c.facts, c.due_on, c.answered_on, c.state) for c in complaints),
            generated,
            (("Reclamos recibidos", f.received), ("Respondidos en plazo", f.answered_in_time),
             ("Respondidos fuera de plazo", f.answered_late), ("Pendientes", f.pending),
             ("Vencidos sin respuesta", f.overdue)))),
        (f"pedidos-regidores-{year}", rr.TableDoc(
            head, f"Pedidos de regidores {year}",
            ("Expediente", "Recibido", "Regidor(a)", "Pedido", "Asunto", "Sesión", "Unidad",
             "Plazo", "Entrega", "Estado"),
            (27, 17, 30, 22, 0, 26, 26, 17, 28, 16),
            tuple((v.number_text, v.received_at, v.councillor, v.kind, v.subject, v.session,
                   v.unit, v.due_on, v.delivered, v.state) for v in councillors),
            generated)),
        (f"registro-fedatarios-{year}", rr.TableDoc(
            head, f"Registro de copias autenticadas por fedatarios {year}",
            ("N°", "Fecha", "Fedatario", "Registro", "Documento", "Folios", "Solicitante"),
            (20, 26, 40, 28, 0, 14, 50),
            tuple((c.number, c.at, c.officer, c.registration, c.document, c.folios,
                   c.requester) for c in copies),
            generated)),
    ]


def export_requests(session: Session, actor: Actor, year: int, folder: Path,
                    audit: bool = True) -> list[str]:
    """Every register of the requests that had entries in the year, as PDF and Excel, into
    folder: access to information (register and annual report), recursos, the complaint book,
    councillors' requests and the fedatarios' log. Returns the names written."""
    require(actor, Permission.VIEW, session)
    written: list[str] = []
    doc = requests_doc(session, actor, year)
    if doc.lines:
        folder.mkdir(parents=True, exist_ok=True)
        stem = f"solicitudes-acceso-informacion-{year}"
        write_whole(folder / f"registro-{stem}.pdf", rr.render_register(doc))
        write_whole(folder / f"informe-anual-{stem}.pdf", rr.render_annual_report(doc))
        rr.write_xlsx(doc, folder / f"{stem}.xlsx")
        written += [f"registro-{stem}.pdf", f"informe-anual-{stem}.pdf", f"{stem}.xlsx"]
    for stem, table in other_registers(session, actor, year):
        if not table.rows:
            continue
        folder.mkdir(parents=True, exist_ok=True)
        write_whole(folder / f"{stem}.pdf", rr.render_table(table))
        rr.write_table_xlsx(table, folder / f"{stem}.xlsx")
        written += [f"{stem}.pdf", f"{stem}.xlsx"]
    if written and audit:
        record(session, actor, "export", "information_request", "",
               {"año": [None, year], "archivos": [None, len(written)],
                "carpeta": [None, str(folder)]})
    return written


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


# ----------------------------------------------------------------------------------------------
# The access-to-information screen's papers


def render_information_register(session: Session, actor: Actor, year: int,
                                annual: bool = False) -> tuple[bytes, str]:
    """The year's register of requests, or its annual report, and the file name."""
    doc = requests_doc(session, actor, year)
    if annual:
        return (rr.render_annual_report(doc),
                f"informe-anual-solicitudes-acceso-informacion-{year}.pdf")
    return rr.render_register(doc), f"registro-solicitudes-acceso-informacion-{year}.pdf"


def information_xlsx(session: Session, actor: Actor, year: int) -> tuple[bytes, str]:
    """The register and the figures as one Excel workbook (bytes), and the file name."""
    doc = requests_doc(session, actor, year)
    return workbook_bytes(lambda path: rr.write_xlsx(doc, path)), \
        f"solicitudes-acceso-informacion-{year}.xlsx"


REGISTER_ENTITIES = {"registro-recursos": "appeal", "libro-reclamaciones": "complaint",
                     "pedidos-regidores": "councillor_request",
                     "registro-fedatarios": "authenticated_copy"}


def record_register_print(session: Session, actor: Actor, year: int, what: str,
                          where: str) -> None:
    """Printing or saving a register is audited: who, which, where. `what`: a stem of
    other_registers or the access-to-information register's title."""
    require(actor, Permission.VIEW, session)
    entity = REGISTER_ENTITIES.get(what.split(" ")[0], "information_request")
    record(session, actor, "print", entity, "",
           {"documento": [None, f"{what} {year}: {where}"]})


def _register_table(session: Session, actor: Actor, year: int, stem: str) -> rr.TableDoc:
    wanted = f"{stem}-{year}"
    return next(table for name, table in other_registers(session, actor, year) if name == wanted)


def render_register_table(session: Session, actor: Actor, year: int,
                          stem: str) -> tuple[bytes, str]:
    """One of the other registers ("registro-recursos", "libro-reclamaciones",
    "pedidos-regidores", "registro-fedatarios") as PDF, and its file name."""
    return rr.render_table(_register_table(session, actor, year, stem)), f"{stem}-{year}.pdf"


def register_table_xlsx(session: Session, actor: Actor, year: int,
                        stem: str) -> tuple[bytes, str]:
    """The same register as an Excel workbook (bytes), and its file name."""
    table = _register_table(session, actor, year, stem)
    return workbook_bytes(lambda path: rr.write_table_xlsx(table, path)), f"{stem}-{year}.xlsx"


def render_pending_list(session: Session, actor: Actor) -> tuple[bytes, str]:
    """The councillors' requests still unanswered, per councillor, for the «Pedidos» station
    of the next session."""
    from pisac_desktop.requests.councillors import pending_by_councillor

    now = clock_of(session).now()
    rows = tuple((name, v.number_text, v.received_at, v.subject, v.unit, v.due_on, v.state)
                 for name, views in pending_by_councillor(session, actor).items()
                 for v in views)
    doc = rr.TableDoc(
        letterhead(session, now.year), "Pedidos de regidores pendientes de respuesta",
        ("Regidor(a)", "Expediente", "Recibido", "Pedido", "Unidad", "Plazo", "Estado"),
        (40, 28, 18, 0, 34, 18, 18), rows,
        f"Al {now:%d/%m/%Y}, para la estación de pedidos de la próxima sesión de concejo. "
        f"Generado a las {now:%H:%M} por {actor.username}.")
    return rr.render_table(doc), f"pedidos-regidores-pendientes-{now:%Y-%m-%d}.pdf"
