"""The demo's follow-up of the council's acts: for each acuerdo and ordenanza of the last twelve
months, what it orders given to its unit two business days after it was issued, and the units'
progress reported on their days — most done in time with a scanned evidence, some late, some
overdue still in process or never begun, one not applicable — through the use cases."""

from __future__ import annotations

import datetime as dt
import io
import random

from sqlalchemy import select

from pisac_desktop.clock import SESSION_KEY, FixedClock
from pisac_desktop.core.calendar import BusinessCalendar
from pisac_desktop.db.models import Instrument, OrgUnit
from pisac_desktop.db.models.instruments import ISSUED
from pisac_desktop.management import commitments as cm
from pisac_desktop.tramite.attachments import NewAttachment

GS, OPP, OA = "GENERAL_SECRETARIAT", "PLANNING_BUDGET", "ADMINISTRATION"
GDUR, GDE, GDS, OAJ = ("URBAN_RURAL_DEVELOPMENT", "ECONOMIC_DEVELOPMENT", "SOCIAL_DEVELOPMENT",
                       "LEGAL_ADVICE")
# The act's summary begins with → (what must be done, unit, business days, evidence expected).
ORDERS = {
    "Autorizar la participación del distrito en la Feria Internacional de Turismo": [
        ("Inscribir al distrito y preparar el stand con los artesanos y productores", GDE, 15,
         "Constancia de inscripción y relación de participantes"),
        ("Rendir cuenta de los gastos de la participación", OA, 30, "Informe de rendición")],
    "Ratificar el Plan Local de Seguridad Ciudadana": [
        ("Remitir el plan ratificado al Comité Provincial de Seguridad Ciudadana", GS, 5,
         "Cargo del oficio de remisión")],
    "Aprobar el Reglamento del Proceso del Presupuesto Participativo": [
        ("Publicar el reglamento y convocar a los agentes participantes", OPP, 10,
         "Aviso de convocatoria publicado")],
    "Declarar en situación de emergencia": [
        ("Evaluar los daños y registrar las fichas EDAN en el SINPAD", GDUR, 5,
         "Fichas EDAN registradas"),
        ("Gestionar ante el Gobierno Regional la rehabilitación de las vías afectadas", GDUR, 20,
         "Oficio de solicitud con su cargo")],
    "Aprobar el otorgamiento de la distinción": [
        ("Organizar la entrega de la distinción en la sesión solemne", GS, 15,
         "Acta de la sesión solemne")],
    "Autorizar el viaje del alcalde": [
        ("Presentar el informe del viaje y la rendición de los viáticos", OA, 10,
         "Informe del viaje y rendición de viáticos")],
    "Aprobar los Estados Financieros": [
        ("Presentar los estados financieros aprobados a la Dirección General de Contabilidad "
         "Pública", OA, 5, "Constancia de presentación")],
    "Aprobar el Plan de Trabajo de la Feria Agropecuaria": [
        ("Certificar el crédito presupuestario de la feria", OPP, 5,
         "Certificación de crédito presupuestario"),
        ("Organizar la feria según el plan de trabajo aprobado", GDE, 40,
         "Informe final de la feria")],
    "Reconocer a la Junta Vecinal": [
        ("Inscribir a la junta vecinal en el registro de organizaciones sociales", GDS, 10,
         "Constancia de inscripción")],
    "Aprobar la Ordenanza que aprueba el Reglamento de uso de la Plaza de Armas": [
        ("Publicar la ordenanza en el diario de los avisos judiciales", GS, 5,
         "Página del diario con la publicación"),
        ("Difundir el reglamento entre los comerciantes y las instituciones", GDE, 15, "")],
    "Aprobar la ejecución del proyecto de mejoramiento de la trocha": [
        ("Elaborar el expediente técnico del proyecto", GDUR, 60,
         "Expediente técnico aprobado por resolución"),
        ("Registrar la fase de ejecución en el Banco de Inversiones", OPP, 10,
         "Formato de registro de la inversión")],
    "Exonerar del pago por el uso de la Plaza de Armas": [
        ("Comunicar la exoneración a las instituciones educativas del distrito", GDE, 5, "")],
    "Aprobar la adhesión de la Municipalidad": [
        ("Remitir el acuerdo a la mancomunidad y a la Secretaría de Descentralización", GS, 5,
         "Cargos de los oficios")],
    "Aprobar la suscripción del convenio": [
        ("Suscribir el convenio y remitir un ejemplar a la Gerencia Municipal", OAJ, 15,
         "Convenio suscrito")],
    "Aprobar el convenio con la Dirección Desconcentrada de Cultura": [
        ("Ejecutar la limpieza y señalización del acceso según el convenio", GDUR, 30,
         "Informe con fotografías")],
    "Aprobar los resultados del Presupuesto Participativo": [
        ("Incorporar los proyectos priorizados en el presupuesto institucional de apertura",
         OPP, 40, "Anexo del PIA con los proyectos")],
    "Aprobar la Ordenanza que regula el comercio ambulatorio": [
        ("Empadronar a los comerciantes de la feria dominical", GDE, 20,
         "Padrón de comerciantes")],
    "Aprobar el Plan Anual de Evaluación y Fiscalización Ambiental": [
        ("Remitir el PLANEFA al OEFA", GDUR, 5, "Cargo de remisión al OEFA")],
    "Aprobar la transferencia financiera": [
        ("Transferir los fondos y pedir la rendición de cuentas a la comunidad", OA, 15,
         "Comprobante de la transferencia")],
    "Aprobar la modificación presupuestal": [
        ("Registrar la modificación en el SIAF y proyectar la resolución de alcaldía", OPP, 5,
         "Resolución de alcaldía de la modificación")],
    "Declarar de interés distrital la conservación de los hornos": [
        ("Elaborar el inventario de los hornos tradicionales de pan", GDE, 30, "Inventario")],
}
NOT_APPLICABLE_REASON = ("El Gobierno Regional asumió la ejecución con sus propios recursos "
                         "(Oficio N° 0412-2026-GR CUSCO/GRI).")


def scanned(title: str, lines: list[str]) -> NewAttachment:
    """A one-page PDF standing for a scanned evidence of the demo."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from pisac_desktop.reports.fonts import SERIF, SERIF_BOLD, register_fonts

    register_fonts()
    out = io.BytesIO()
    page = Canvas(out, pagesize=A4, invariant=1)
    page.setFont(SERIF_BOLD, 13)
    page.drawString(72, 760, title[:80])
    page.setFont(SERIF, 11)
    for n, line in enumerate(lines):
        page.drawString(72, 730 - 16 * n, line[:95])
    page.drawString(72, 120, "Copia escaneada de demostración (datos ficticios).")
    page.save()
    name = "".join(c if c.isalnum() else "-" for c in title.lower())[:50].strip("-")
    return NewAttachment(f"{name}.pdf", out.getvalue())


def add_demo_commitments(session, today: dt.date) -> int:
    """The compromisos of the council's acts of the last twelve months; returns how many."""
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.tramite.cases import units_of

    calendar = BusinessCalendar.load(session)
    rng = random.Random(32)  # ROF art. 32: always the same demo
    manager = demo_actor(session, "wccahua")
    staff = [demo_actor(session, u) for u in ("mhuillca", "lsoncco")]
    units = dict(session.execute(select(OrgUnit.code, OrgUnit.id)).all())
    reporter_of = {}
    for actor in staff:
        for unit_id in units_of(session, actor):
            reporter_of[unit_id] = actor
    start = today - dt.timedelta(days=365)
    acts = session.scalars(select(Instrument).where(
        Instrument.kind_code.in_(cm.COUNCIL_KINDS), Instrument.state == ISSUED,
        Instrument.doc_date >= start, Instrument.doc_date < today)
        .order_by(Instrument.doc_date, Instrument.id)).all()
    events: list[tuple[dt.datetime, int, object]] = []

    def at(day: dt.date, hour: int, act) -> None:
        events.append((dt.datetime.combine(day, dt.time(hour, rng.randrange(0, 60))),
                       len(events), act))

    for act in acts:
        orders = next((o for prefix, o in ORDERS.items() if act.summary.startswith(prefix)), [])
        given = calendar.add_business_days(act.doc_date, 2).result
        if given >= today:
            continue
        for description, unit_code, days, evidence in orders:
            form = cm.CommitmentForm(act.id, description, units[unit_code], True, days, None,
                                     evidence)
            due = calendar.deadline(given, days).result
            reporter = reporter_of.get(units[unit_code], manager)
            _plan(session, rng, calendar, today, at, given, due, form, manager, reporter, act)
    events.sort(key=lambda e: (e[0], e[1]))
    previous = session.info.get(SESSION_KEY)
    clock = session.info[SESSION_KEY] = FixedClock(today, 9)
    try:
        for moment, _n, act in events:
            clock.set(moment.date(), moment.hour, moment.minute)
            act()
    finally:
        session.info[SESSION_KEY] = previous
    return sum(1 for e in events if getattr(e[2], "creates", False))


class _Give:
    """Give the compromiso; its id is kept for the reports that follow."""

    creates = True

    def __init__(self, session, manager, form):
        self.session, self.manager, self.form, self.id = session, manager, form, None

    def __call__(self) -> None:
        self.id = cm.create_commitment(self.session, self.manager, self.form)


def _plan(session, rng, calendar, today, at, given, due, form, manager, reporter, act) -> None:
    """Schedule the compromiso and its reports by `fate` (the same for the same seed)."""
    give = _Give(session, manager, form)
    at(given, 10, give)

    def working(day: dt.date) -> dt.date:
        while not calendar.is_business_day(day):  # the offices report on working days
            day += dt.timedelta(days=1)
        return day

    def report(day: dt.date, state: str, percent: int, note: str, file=None, reason="") -> None:
        """The first report at 11, the last one at 16 (and never before the first)."""
        first = state == cm.IN_PROGRESS and percent <= 60
        day = working(day if first else max(day, middle))
        if day >= today or day <= given:
            return
        at(day, 11 if first else 16, lambda: cm.report_progress(
            session, reporter, give.id, cm.ReportForm(
                state, percent, note, reason, evidence_file=file)))

    span = max(1, (due - given).days)
    middle = working(given + dt.timedelta(days=max(1, span // 2)))
    fate = rng.random()
    if due >= today:  # still within its term
        if fate < 0.55:
            report(middle, cm.IN_PROGRESS, rng.choice((20, 30, 50)),
                   "Se inició el trabajo; se informará al concluir.")
        return
    report(middle, cm.IN_PROGRESS, rng.choice((30, 40, 60)),
           "Avance según lo previsto; se coordina con las áreas involucradas.")
    evidence = scanned(form.evidence_expected or form.description,
                       [act.number_text, form.description])
    if fate < 0.62:  # done in time
        done_on = due - dt.timedelta(days=rng.randrange(0, 4))
        report(done_on, cm.DONE, 100,
               "Cumplido; se adjunta la evidencia.", evidence)
    elif fate < 0.77:  # done late
        done_on = calendar.add_business_days(due, rng.randrange(3, 12)).result
        report(done_on, cm.DONE, 100, "Cumplido fuera de plazo; se adjunta la evidencia.",
               evidence)
    elif fate < 0.9:  # overdue, still in process
        report(due + dt.timedelta(days=3), cm.IN_PROGRESS, rng.choice((70, 80)),
               "Falta la conformidad del área usuaria; se pide ampliación del plazo.")
    elif fate < 0.95:  # not applicable
        report(due - dt.timedelta(days=1), cm.NOT_APPLICABLE, 0, "Se revisó el encargo.",
               reason=NOT_APPLICABLE_REASON)
    # else: overdue, its only report the first one


# ----------------------------------------------------------------------------------------------
# The operating plan, its budget and the gerente's monthly reports

# (code, unit, activity, measure, monthly targets, PIM in soles)
ACTIVITIES = (
    ("AOI-SG-01", GS, "Sesiones de concejo convocadas y sus actas", "Sesión",
     (2, 2, 3, 2, 2, 3, 2, 2, 3, 2, 2, 3), 38_000),
    ("AOI-SG-02", GS, "Atención de solicitudes de acceso a la información", "Solicitud",
     (3, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3), 12_000),
    ("AOI-OPP-01", OPP, "Proceso del presupuesto participativo", "Taller",
     (0, 1, 2, 2, 1, 1, 0, 0, 0, 0, 0, 0), 25_000),
    ("AOI-OA-01", OA, "Mantenimiento del local institucional", "Informe",
     (1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1), 64_000),
    ("AOI-GDUR-01", GDUR, "Mantenimiento rutinario de trochas carrozables", "Kilómetro",
     (0, 0, 0, 4, 6, 6, 6, 6, 4, 2, 0, 0), 180_000),
    ("AOI-GDUR-02", GDUR, "Licencias de edificación evaluadas", "Licencia",
     (2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 2), 15_000),
    ("AOI-GDE-01", GDE, "Feria agropecuaria, artesanal y gastronómica", "Feria",
     (0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0), 45_000),
    ("AOI-GDE-02", GDE, "Capacitación a productores y artesanos", "Persona capacitada",
     (0, 0, 20, 20, 20, 0, 0, 20, 20, 20, 0, 0), 30_000),
    ("AOI-GDS-01", GDS, "Programa del vaso de leche", "Beneficiario atendido",
     (650,) * 12, 210_000),
    ("AOI-GDS-02", GDS, "Atención de la DEMUNA", "Caso atendido",
     (8, 8, 10, 10, 10, 10, 10, 10, 10, 10, 10, 8), 28_000),
)
SUMMARIES = {
    9: "Se realizó la Feria Agropecuaria, Artesanal y Gastronómica con 84 expositores. Se "
       "inició la temporada de mantenimiento de trochas con dos frentes de trabajo.",
    10: "Se culminó el mantenimiento de la trocha Pisac – Paru Paru. El devengado acumulado "
        "alcanzó el 78 % del PIM; se pidió a las unidades acelerar la ejecución de noviembre.",
    11: "Se aprobó la adhesión a la mancomunidad del Valle Sagrado. Quedan pendientes de "
        "informe las actividades de capacitación de la Gerencia de Desarrollo Económico.",
}


def _siaf_export(year: int, as_of: dt.date, rows) -> bytes:
    """The workbook the finance office exports from SIAF (title rows, then the table)."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(["MUNICIPALIDAD DISTRITAL DE PISAC"])
    sheet.append([f"Ejecución del gasto por actividad operativa — {year}"])
    sheet.append([f"Al {as_of:%d/%m/%Y}"])
    sheet.append([])
    sheet.append(["Código de actividad", "Actividad operativa", "PIA", "PIM", "Certificación",
                  "Devengado"])
    for row in rows:
        sheet.append(list(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def add_demo_plan(session, today: dt.date) -> int:
    """This year's POI with its actuals up to last month (two left unreported), the budget
    imported at the end of each month and the gerente's summaries of the last months."""
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.management import monthly
    from pisac_desktop.management import plan as pl

    manager = demo_actor(session, "wccahua")
    units = dict(session.execute(select(OrgUnit.code, OrgUnit.id)).all())
    year = today.year
    rng = random.Random(3232)
    previous = session.info.get(SESSION_KEY)
    clock = session.info[SESSION_KEY] = FixedClock(dt.date(year, 1, 8), 9)
    try:
        ids = {}
        paces = {a[0]: rng.uniform(0.55, 1.0) for a in ACTIVITIES}
        for code, unit, name, measure, targets, _pim in ACTIVITIES:
            ids[code] = pl.save_activity(session, manager, pl.ActivityForm(
                year, units[unit], code, name, measure, list(targets)))
        for month in range(1, today.month):
            reported = dt.date(year, month + 1, 5)
            clock.set(reported, 10)
            for code, _unit, _name, _measure, targets, _pim in ACTIVITIES:
                if month == today.month - 1 and code in ("AOI-GDE-02", "AOI-OA-01"):
                    continue  # late in reporting: the Resumen and the report say so
                target = targets[month - 1]
                if target:
                    actual = max(0, round(target * rng.uniform(0.6, 1.1)))
                    pl.report_month(session, manager, ids[code], month, actual, "")
            month_end = reported.replace(day=1) - dt.timedelta(days=1)
            rows = []
            for code, _unit, name, _measure, _targets, pim in ACTIVITIES:
                share = month / 12 * paces[code]  # each activity at its own pace
                rows.append((code, name, round(pim * 0.9), pim,
                             round(pim * min(1, share + 0.15)), round(pim * share, 2)))
            pl.import_budget(session, manager, year, month_end,
                             f"siaf-{month_end:%Y-%m}.xlsx", _siaf_export(year, month_end, rows))
            if month in SUMMARIES:
                monthly.save_summary(session, manager, year, month, SUMMARIES[month])
    finally:
        session.info[SESSION_KEY] = previous
    return len(ids)


# (kind, version, norm in the register (its number) or as text, approved on, from, until)
VERSIONS = (
    ("ROF", "ROF 2023", "Ordenanza Municipal N° 004-2023-MDP/CM", dt.date(2023, 3, 15),
     dt.date(2023, 3, 20), None),
    ("MOF", "MOF 2019", "Resolución de Alcaldía N° 118-2019-MDP/A", dt.date(2019, 7, 1),
     dt.date(2019, 7, 1), None),
    ("CAP", "CAP provisional 2023", "Ordenanza Municipal N° 007-2023-MDP/CM",
     dt.date(2023, 5, 10), dt.date(2023, 5, 15), None),
    ("TUPA", "TUPA 2024", "Ordenanza Municipal N° 002-2024-MDP/CM, ratificada por Acuerdo de "
     "Concejo Provincial N° 045-2024-MPC", dt.date(2024, 4, 10), dt.date(2024, 5, 2), None),
    ("PEI", "PEI 2024-2027", "Resolución de Alcaldía N° 190-2023-MDP/A", dt.date(2023, 11, 20),
     dt.date(2024, 1, 1), dt.date(2027, 12, 31)),
    ("POI", "POI 2026", "RESOLUCIÓN DE ALCALDÍA N° 016-2025-MDP/A", dt.date(2025, 12, 2),
     dt.date(2026, 1, 1), None),
    ("PDLC", "PDLC 2016-2021", "Ordenanza Municipal N° 012-2015-MDP/CM", dt.date(2015, 11, 30),
     dt.date(2016, 1, 1), dt.date(2021, 12, 31)),
    ("RIC", "Reglamento Interno del Concejo 2019", "Ordenanza Municipal N° 003-2019-MDP/CM",
     dt.date(2019, 2, 28), dt.date(2019, 3, 1), None),
)


def add_demo_governance(session, today: dt.date) -> int:
    """The instrumentos de gestión of the demo: most in force, the PDLC expired, no CPE yet;
    the POI approved by a resolución of the register, the ROF with its scanned file."""
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.management import governance as gv

    manager = demo_actor(session, "wccahua")
    count = 0
    for kind, title, norm, approved, since, until in VERSIONS:
        if since > today:
            continue
        norm_id = session.scalar(select(Instrument.id).where(Instrument.number_text == norm,
                                                             Instrument.state == ISSUED))
        gv.register_version(session, manager, gv.VersionForm(
            kind, title, norm_id, "" if norm_id else norm, approved, since, until,
            file=scanned(title, [norm, f"Aprobado el {approved:%d/%m/%Y}"])
            if kind == "ROF" else None))
        count += 1
    return count


def add_demo_commissions(session, today: dt.date) -> int:
    """Two commissions the gerente presides: one still meeting, one concluded; their
    recommendations followed up as compromisos."""
    from pisac_desktop.demo import demo_actor
    from pisac_desktop.management import commissions as co

    manager = demo_actor(session, "wccahua")
    units = dict(session.execute(select(OrgUnit.code, OrgUnit.id)).all())
    members = [co.MemberLine("CPC Wilber Ccahua Yupanqui", "Gerente Municipal", "president"),
               co.MemberLine("Abg. Rosa Quispe Cusi", "Jefa de la Oficina de Asesoría Jurídica",
                             "secretary"),
               co.MemberLine("Ing. Mario Huamán Ttito", "Gerente de Desarrollo Urbano y Rural",
                             "member"),
               co.MemberLine("Lic. Lucía Soncco Quispe", "Gerencia de Desarrollo Económico",
                             "member")]
    plan = (
        ("Comisión de reordenamiento del mercado de abastos",
         "Proponer el reordenamiento de los puestos y la mejora de los servicios del mercado.",
         today - dt.timedelta(days=70), False,
         [(56, "Mercado de abastos", "Se recorrió el mercado con los dirigentes; se acordó "
           "empadronar los puestos y revisar las instalaciones eléctricas.",
           [("Empadronar los puestos del mercado de abastos", GDE, 10),
            ("Inspeccionar las instalaciones eléctricas del mercado", GDUR, 15)]),
          (20, "Sala de reuniones de la Gerencia", "Se revisó el padrón de puestos; se acordó "
           "proponer la ordenanza de reordenamiento.",
           [("Proyectar la ordenanza de reordenamiento del mercado", OAJ, 20)])]),
        ("Comisión de la Feria Agropecuaria 2026",
         "Organizar la Feria Agropecuaria, Artesanal y Gastronómica de Pisac.",
         today - dt.timedelta(days=150), True,
         [(140, "Sala de reuniones de la Gerencia", "Se aprobó el cronograma de la feria.",
           [("Convocar a los expositores de la feria", GDE, 10)])]),
    )
    previous = session.info.get(SESSION_KEY)
    clock = session.info[SESSION_KEY] = FixedClock(today, 9)
    count = 0
    try:
        for name, purpose, formed, concluded, meetings in plan:
            clock.set(formed, 9)
            cid = co.create_commission(session, manager, co.CommissionForm(
                name, purpose, formed, None, members))
            for days_ago, place, record, recommendations in meetings:
                held = today - dt.timedelta(days=days_ago)
                while held.weekday() > 4:
                    held -= dt.timedelta(days=1)
                clock.set(held, 16)
                co.record_meeting(session, manager, cid, co.MeetingForm(
                    held, place, "\n".join(m.full_name for m in members), record,
                    [co.Recommendation(text, units[unit], days)
                     for text, unit, days in recommendations]))
            if concluded:
                clock.set(today - dt.timedelta(days=60), 12)
                co.end_commission(session, manager, cid, "Presentó su informe final.")
            count += 1
    finally:
        session.info[SESSION_KEY] = previous
    return count
