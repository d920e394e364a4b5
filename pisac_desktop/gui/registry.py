"""The one place where modules (tabs) and their sections are registered.

Adding a section = one .ui form + one controller class + one SectionSpec line below. Controllers
are QWidget subclasses taking (ctx, module) with load(); editing sections also have save().
Factories are import paths so start-up only imports the sections actually opened.
"""

from __future__ import annotations

import datetime as dt
import importlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from sqlalchemy.orm import Session

from pisac_desktop.core.institution import PendingItem
from pisac_desktop.core.permissions import Actor, Permission
from pisac_desktop.instruments.pending import instrument_pending

GERENCIA = "gerencia"
SECRETARIA = "secretaria"


@dataclass(frozen=True)
class ModuleSpec:
    key: str
    title: str
    description: str


@dataclass(frozen=True)
class SectionSpec:
    module: str
    key: str
    title: str
    description: str
    factory: str  # "package.module:ClassName"
    pending: Callable[[Session, dt.date], list[PendingItem]] | None = None
    permission: Permission | None = None  # shown only to who has it

    def shown_to(self, actor: Actor) -> bool:
        return self.permission is None or actor.can(self.permission)

    def controller_class(self):
        module_name, _, class_name = self.factory.partition(":")
        return getattr(importlib.import_module(module_name), class_name)


MODULES: tuple[ModuleSpec, ...] = (
    ModuleSpec(
        GERENCIA,
        "Gerencia Municipal",
        "Dirección de la administración municipal: resoluciones y directivas, seguimiento de "
        "acuerdos y ordenanzas, reclamos y recursos (ROF art. 32).",
    ),
    ModuleSpec(
        SECRETARIA,
        "Secretaría General",
        "Apoyo al concejo y a la alcaldía: numeración de normas, citaciones, actas, "
        "certificaciones, acceso a la información y trámite documentario (ROF arts. 56-57).",
    ),
)

OVERVIEW = "overview"


def _pending(target: str, session: Session, today: dt.date) -> list[PendingItem]:
    """A domain pending function imported when the overview first asks for it."""
    module_name, _, function = target.partition(":")
    return getattr(importlib.import_module(module_name),
                   function)(session, today)


def _overview(module_key: str) -> SectionSpec:
    """Every module opens on its Resumen: what is pending in it."""
    return SectionSpec(module_key, OVERVIEW, "Resumen", "Lo pendiente del módulo y sus secciones.",
                       "pisac_desktop.gui.overview:OverviewSection")


def _case_files(module_key: str) -> SectionSpec:
    """A unit's bandeja of case files (the same section in every module)."""
    pending = "pisac_desktop.tramite.pending:case_pending"
    return SectionSpec(
        module_key, "case_files", "Expedientes",
        "La bandeja de cada unidad: por recibir, en proceso, vencidos, atendidos y archivo de "
        "gestión; búsqueda por número, DNI o RUC y palabras; recibir, derivar, atender, "
        "archivar y anular.",
        "pisac_desktop.gui.tramite.cases:CasesSection", partial(_pending, pending))


def _unit_documents(module_key: str) -> SectionSpec:
    """The unit's own numbered papers (the same section in every module)."""
    return SectionSpec(
        module_key, "unit_documents", "Documentos de la unidad",
        "Oficios, cartas, informes, memorándums, constancias y certificaciones de la unidad: "
        "borrador, emisión con su número del año, impresión para la firma, cédula de "
        "notificación y anulación.",
        "pisac_desktop.gui.tramite.documents:DocumentsSection")


def _instruments(module_key: str, title: str, description: str) -> SectionSpec:
    """The numbered documents a module issues (one section class for every module)."""
    return SectionSpec(module_key, "instruments", title, description,
                       "pisac_desktop.gui.instruments.section:InstrumentsSection",
                       partial(instrument_pending, module=module_key))


SECTIONS: tuple[SectionSpec, ...] = (
    _overview(GERENCIA),
    SectionSpec(
        GERENCIA, "dashboard", "Tablero de gestión",
        "Las cifras de cada unidad y de toda la municipalidad en un mes o en el año: "
        "expedientes recibidos, atendidos en plazo y fuera de plazo, pendientes por antigüedad "
        "y días promedio; compromisos del periodo y vencidos; documentos en borrador. Cada "
        "cifra abre su lista; gráficos e impresión en PDF.",
        "pisac_desktop.gui.management.dashboard:DashboardSection",
    ),
    _instruments(
        GERENCIA, "Resoluciones y directivas",
        "Resoluciones de Gerencia Municipal y directivas: redacción, emisión con su número del "
        "año, anulación, publicación, cargos de recepción e impresión."),
    SectionSpec(
        GERENCIA, "commitments", "Seguimiento de acuerdos",
        "Los compromisos que ordenan los acuerdos, ordenanzas, decretos y resoluciones "
        "emitidos, encargados a cada unidad con su plazo; el avance que informan con "
        "evidencia, los vencidos y el reporte de cumplimiento para el concejo.",
        "pisac_desktop.gui.management.commitments:CommitmentsSection",
        partial(_pending, "pisac_desktop.management.pending:commitment_pending"),
    ),
    SectionSpec(
        GERENCIA, "plan", "Plan operativo y presupuesto",
        "Las actividades del POI de cada unidad con sus metas físicas mensuales, el avance que "
        "cada unidad informa y el presupuesto de cada actividad importado de SIAF.",
        "pisac_desktop.gui.management.plan:PlanSection",
        partial(_pending, "pisac_desktop.management.plan:plan_pending"),
    ),
    SectionSpec(
        GERENCIA, "monthly_report", "Informe mensual",
        "El informe de gestión de cada mes a la alcaldía, armado con los datos del sistema y el "
        "resumen del gerente, y la memoria de gestión del año, en PDF y Excel.",
        "pisac_desktop.gui.management.monthly:MonthlyReportSection",
    ),
    _case_files(GERENCIA),
    _unit_documents(GERENCIA),
    SectionSpec(
        GERENCIA, "appeals", "Recursos y reclamos",
        "Recursos de reconsideración y apelación contra los actos del registro, con su plazo "
        "para presentarlos y para resolverlos, la resolución que los resuelve; y el libro de "
        "reclamaciones con sus medidas, respuestas y cifras por unidad.",
        "pisac_desktop.gui.requests.appeals:AppealsSection",
        partial(_pending, "pisac_desktop.requests.pending:appeal_pending"),
    ),
    SectionSpec(
        GERENCIA, "org_units", "Unidades orgánicas",
        "Las unidades que la Gerencia dirige y supervisa, con su responsable de hoy.",
        "pisac_desktop.gui.gerencia.org_units:OrgUnitsSection",
    ),
    SectionSpec(
        GERENCIA, "delegations", "Delegaciones",
        "Las facultades que el alcalde delegó por resolución en la Gerencia Municipal u otras "
        "unidades, con su vigencia; la base legal que citan las resoluciones de gerencia.",
        "pisac_desktop.gui.management.delegations:DelegationsSection",
        partial(_pending, "pisac_desktop.instruments.delegations:delegation_pending"),
    ),
    SectionSpec(
        GERENCIA, "commissions", "Comisiones de trabajo",
        "Las comisiones que la Gerencia preside o integra: miembros, reuniones con lo tratado "
        "y sus recomendaciones seguidas como compromisos.",
        "pisac_desktop.gui.management.commissions:CommissionsSection",
    ),
    SectionSpec(
        GERENCIA, "governance", "Instrumentos de gestión",
        "ROF, MOF, CAP o CPE, TUPA, PEI, POI, PDLC y Reglamento Interno del Concejo: cada "
        "versión con la norma que la aprobó, su vigencia y su archivo; cuáles están vencidos.",
        "pisac_desktop.gui.management.governance:GovernanceSection",
        partial(_pending, "pisac_desktop.management.governance:governance_pending"),
    ),
    SectionSpec(
        GERENCIA, "proposals", "Propuestas al concejo",
        "Temas de la gerencia propuestos para la agenda del concejo (ROF art. 32) y lo que la "
        "Secretaría General hizo con ellos; las observadas se corrigen y se reenvían.",
        "pisac_desktop.gui.gerencia.proposals:ManagementProposalsSection",
        partial(_pending, "pisac_desktop.council.proposals:gerencia_pending"),
    ),
    _overview(SECRETARIA),
    _instruments(
        SECRETARIA, "Normas y resoluciones",
        "Ordenanzas, acuerdos, decretos y resoluciones: redacción, numeración al emitir, "
        "anulación, copias certificadas, publicación, distribución e impresión."),
    SectionSpec(
        SECRETARIA, "intake", "Mesa de Partes",
        "Registro de todo documento que ingresa: quien lo presenta, clase, asunto, folios, "
        "procedimiento del TUPA y requisitos, unidad de destino y escaneados; su número de "
        "expediente al registrar.",
        "pisac_desktop.gui.tramite.intake:IntakeSection", permission=Permission.INTAKE_DESK,
    ),
    _case_files(SECRETARIA),
    _unit_documents(SECRETARIA),
    SectionSpec(
        SECRETARIA, "information", "Acceso a la información",
        "Solicitudes de acceso a la información pública (Ley 27806): su plazo de 10 días "
        "hábiles y cómo se calculó, prórroga, costo de reproducción y pago, cartas, respuesta "
        "o denegatoria por excepción; registro y reporte anual en PDF y Excel.",
        "pisac_desktop.gui.requests.information:InformationSection",
        partial(_pending, "pisac_desktop.requests.pending:request_pending"),
    ),
    SectionSpec(
        SECRETARIA, "councillor_requests", "Pedidos de regidores",
        "Pedidos de información o de gestión de los regidores: derivados a la unidad con el "
        "plazo del reglamento interno, respuesta entregada con cargo y lista de pendientes por "
        "regidor para la próxima sesión.",
        "pisac_desktop.gui.requests.councillors:CouncillorRequestsSection",
        partial(_pending, "pisac_desktop.requests.pending:councillor_pending"),
    ),
    SectionSpec(
        SECRETARIA, "fedatarios", "Fedatarios",
        "Designaciones de fedatarios y el registro anual de copias autenticadas, con los sellos "
        "«ES COPIA FIEL DEL ORIGINAL» para imprimir.",
        "pisac_desktop.gui.requests.fedatarios:FedatariosSection",
    ),
    SectionSpec(
        SECRETARIA, "archive", "Archivo Central",
        "Transferencias de los expedientes archivados de cada unidad con su inventario, su "
        "recepción en un estante, préstamos y devoluciones, y dónde está cada expediente.",
        "pisac_desktop.gui.tramite.archive:ArchiveSection",
    ),
    SectionSpec(
        SECRETARIA, "authorities", "Autoridades y concejo",
        "Quién ocupa cada cargo en una fecha dada y la composición del Concejo Municipal.",
        "pisac_desktop.gui.secretaria.authorities:AuthoritiesSection",
    ),
    SectionSpec(
        SECRETARIA, "council_sessions", "Sesiones de concejo",
        "Programación, agenda, citaciones numeradas y su entrega, asistencia y quórum, "
        "votaciones, acuerdos y actas.",
        "pisac_desktop.gui.council.section:CouncilSessionsSection",
        partial(_pending, "pisac_desktop.council.pending:session_pending"),
    ),
    SectionSpec(
        SECRETARIA, "minute_books", "Libros de actas",
        "Libros de actas legalizados: folios usados y libres, y las actas de cada libro en "
        "orden de folios.",
        "pisac_desktop.gui.secretaria.minute_books:MinuteBooksSection",
        partial(_pending, "pisac_desktop.council.books:minute_book_pending"),
    ),
    SectionSpec(
        SECRETARIA, "allowances", "Dietas de regidores",
        "Sesiones asistidas y pagables de cada regidor en el mes (hasta cuatro, Ley 27972, "
        "art. 12): reporte en PDF y Excel.",
        "pisac_desktop.gui.secretaria.allowances:AllowancesSection",
    ),
    SectionSpec(
        SECRETARIA, "proposals", "Propuestas de agenda",
        "Propuestas de los regidores, la gerencia municipal y la alcaldía para la agenda del "
        "concejo (ROF art. 56): incluir en una sesión, observar o devolver.",
        "pisac_desktop.gui.secretaria.proposals:ProposalsSection",
        partial(_pending, "pisac_desktop.council.proposals:secretaria_pending"),
    ),
    SectionSpec(
        SECRETARIA, "verify", "Verificar documento",
        "El código de verificación impreso al pie de un documento, copia certificada, citación "
        "o acta (escrito o leído con el lector): qué se emitió con él y si sigue intacto.",
        "pisac_desktop.gui.secretaria.verify:VerifySection",
    ),
)


def pending_by_section(session: Session, today: dt.date,
                       specs: list[SectionSpec]) -> dict[str, list[PendingItem]]:
    """What waits in each of these sections (those with a pending function)."""
    return {spec.key: spec.pending(session, today) for spec in specs if spec.pending}


def module(key: str) -> ModuleSpec:
    return next(m for m in MODULES if m.key == key)


def sections_of(module_key: str) -> list[SectionSpec]:
    return [s for s in SECTIONS if s.module == module_key]
