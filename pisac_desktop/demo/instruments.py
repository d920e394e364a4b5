"""Fictional normative documents for the demo: every kind, last year and this year up to today,
including annulled, linked, certified, published and distributed ones."""

from __future__ import annotations

import datetime as dt
import random

from sqlalchemy import select
from sqlalchemy.orm import Session

from pisac_desktop.core.permissions import Actor
from pisac_desktop.db.models import OrgUnit
from pisac_desktop.instruments.issued import annul, certify, link, publish, record_receipt
from pisac_desktop.instruments.register import issue, new_draft_form, save_draft

# kind -> list of (sumilla, VISTO, extra considerando, articles)
SUBJECTS: dict[str, list[tuple[str, str, str, list[str]]]] = {
    "MAYOR_RESOLUTION": [
        ("Designar al responsable de la Oficina de Registro Civil",
         "El Informe N° {n}-{y}-OA-MDP de la Oficina de Administración, y;",
         "Que, es necesario designar al servidor que asumirá la conducción de la Oficina de "
         "Registro Civil para garantizar la continuidad de los servicios de estado civil;",
         ["DESIGNAR, a partir de la fecha, al responsable de la Oficina de Registro Civil de la "
          "Municipalidad Distrital de Pisac.",
          "ENCARGAR a la Gerencia Municipal y a la Oficina de Administración el cumplimiento de "
          "la presente resolución.",
          "NOTIFICAR la presente resolución al interesado y a las unidades orgánicas "
          "correspondientes."]),
        ("Aprobar el expediente técnico del mejoramiento del mercado de abastos de Pisac",
         "El Informe N° {n}-{y}-GDUR-MDP de la Gerencia de Desarrollo Urbano y Rural, y;",
         "Que, el expediente técnico cuenta con la opinión favorable de la Oficina de "
         "Planeamiento y Presupuesto y de la Oficina de Asesoría Jurídica;",
         ["APROBAR el expediente técnico del proyecto «Mejoramiento del mercado de abastos de "
          "Pisac», con un presupuesto de S/ 1 245 300,00.",
          "ENCARGAR a la Gerencia de Desarrollo Urbano y Rural la ejecución del proyecto."]),
        ("Conformar la comisión de festividades de la Virgen del Carmen de Pisac",
         "El Memorando N° {n}-{y}-GM-MDP de la Gerencia Municipal, y;",
         "Que, la festividad de la Virgen del Carmen es patrimonio cultural del distrito y "
         "requiere una comisión que coordine las actividades;",
         ["CONFORMAR la comisión de festividades de la Virgen del Carmen de Pisac.",
          "ENCARGAR a la Gerencia de Desarrollo Social el apoyo a la comisión."]),
        ("Aprobar el Plan Operativo Institucional del ejercicio",
         "El Informe N° {n}-{y}-OPP-MDP de la Oficina de Planeamiento y Presupuesto, y;",
         "Que, el Plan Operativo Institucional articula las actividades de las unidades "
         "orgánicas con el Plan Estratégico Institucional;",
         ["APROBAR el Plan Operativo Institucional de la Municipalidad Distrital de Pisac.",
          "DISPONER su publicación en el portal institucional."]),
    ],
    "MAYOR_DECREE": [
        ("Aprobar el horario de atención al público durante la temporada de lluvias",
         "El Informe N° {n}-{y}-GM-MDP, y;",
         "Que, es necesario adecuar el horario de atención para garantizar la seguridad de los "
         "vecinos durante la temporada de lluvias;",
         ["APROBAR el horario de atención al público de 8:00 a 15:30 horas, de lunes a "
          "viernes, desde el 1 de enero hasta el 31 de marzo.",
          "ENCARGAR a la Oficina de Administración la difusión del presente decreto."]),
    ],
    "ORDINANCE": [
        ("Ordenanza que aprueba el Reglamento de uso de la Plaza de Armas de Pisac",
         "El Dictamen N° {n}-{y}-CDU-CM-MDP de la Comisión de Desarrollo Urbano, y;",
         "Que, la Plaza de Armas forma parte del Parque Arqueológico de Pisac y su uso debe "
         "regularse para preservar su valor patrimonial;",
         ["APROBAR el Reglamento de uso de la Plaza de Armas de Pisac, que consta de cinco "
          "capítulos y veinte artículos.",
          "DEROGAR toda disposición municipal que se oponga a la presente ordenanza.",
          "La presente ordenanza entra en vigencia al día siguiente de su publicación."]),
    ],
    "COUNCIL_AGREEMENT": [
        ("Autorizar el viaje del alcalde a la ciudad de Lima",
         "El pedido del despacho de alcaldía en la sesión ordinaria, y;",
         "Que, el alcalde ha sido convocado por el Ministerio de Economía y Finanzas para "
         "gestionar el financiamiento de proyectos del distrito;",
         ["AUTORIZAR el viaje del alcalde a la ciudad de Lima del 10 al 12 del mes en curso.",
          "ENCARGAR el despacho de alcaldía al primer regidor durante su ausencia."]),
        ("Aprobar la donación de un terreno para la institución educativa de Amaru",
         "El Informe Legal N° {n}-{y}-OAJ-MDP, y;",
         "Que, la comunidad de Amaru requiere un terreno para ampliar su institución educativa "
         "de nivel inicial;",
         ["APROBAR la donación del terreno de 1 200 m² ubicado en la comunidad de Amaru.",
          "ENCARGAR a la Gerencia Municipal los trámites de formalización."]),
    ],
    "COUNCIL_RESOLUTION": [
        ("Declarar improcedente el pedido de vacancia presentado contra un regidor",
         "El expediente N° {n}-{y} presentado por un vecino del distrito, y;",
         "Que, el pedido no acredita causal de vacancia prevista en el artículo 22 de la Ley "
         "N° 27972;",
         ["DECLARAR IMPROCEDENTE el pedido de vacancia.",
          "NOTIFICAR la presente resolución a las partes."]),
    ],
    "MANAGEMENT_RESOLUTION": [
        ("Aprobar la liquidación técnica y financiera de la obra de la trocha a Cuyo Grande",
         "El Informe N° {n}-{y}-GDUR-MDP, y;",
         "Que, la comisión de recepción verificó la ejecución de la obra conforme al "
         "expediente técnico;",
         ["APROBAR la liquidación técnica y financiera de la obra.",
          "ENCARGAR a la Oficina de Administración el registro contable."]),
        ("Declarar fundado el reclamo presentado por un contribuyente",
         "El expediente N° {n}-{y} y el Informe N° {n}-{y}-OAJ-MDP, y;",
         "Que, de la revisión del expediente se advierte un error en la determinación del "
         "impuesto predial;",
         ["DECLARAR FUNDADO el reclamo presentado.",
          "DISPONER la corrección de la cuenta corriente del contribuyente."]),
    ],
    "DIRECTIVE": [
        ("Normas para el uso de vehículos de la municipalidad",
         "", "",
         ["FINALIDAD: Contar con un instrumento que regule el uso adecuado de los vehículos "
          "de la Municipalidad Distrital de Pisac.",
          "OBJETIVO: Establecer las normas para el uso, control y mantenimiento de los "
          "vehículos de la Municipalidad Distrital de Pisac.",
          "ALCANCE: Todas las unidades orgánicas que usan vehículos municipales.",
          "DISPOSICIONES GENERALES: 5.1 Los vehículos se usan solo en comisiones de servicio.\n"
          "5.2 Todo desplazamiento requiere una orden de salida firmada por el jefe de la "
          "unidad usuaria.",
          "DISPOSICIONES ESPECÍFICAS: 6.1 La Oficina de Administración lleva la bitácora de "
          "cada vehículo.\n6.2 El conductor registra el kilometraje al salir y al volver.",
          "RESPONSABILIDADES: 7.1 La Gerencia Municipal supervisa el cumplimiento de la "
          "presente directiva.\n7.2 Los jefes de las unidades usuarias responden por el uso "
          "de los vehículos asignados."]),
    ],
}

# Documents per kind and year (this year only up to today).
PER_YEAR = {"MAYOR_RESOLUTION": 16, "MAYOR_DECREE": 2, "ORDINANCE": 3, "COUNCIL_AGREEMENT": 6,
            "COUNCIL_RESOLUTION": 2, "MANAGEMENT_RESOLUTION": 8, "DIRECTIVE": 2}


def add_demo_instruments(session: Session, secretary: Actor, manager: Actor,
                         today: dt.date, seed: int = 2026, skip_kinds: tuple[str, ...] = ()) -> int:
    """Issue the demo documents in date order; returns how many were issued. `skip_kinds`:
    kinds issued elsewhere (the council's acuerdos and ordenanzas come from its sessions)."""
    rng = random.Random(seed)
    units = list(session.scalars(select(OrgUnit.id).where(OrgUnit.active.is_(True))))
    plan: list[tuple[dt.date, str]] = []
    for year in (today.year - 1, today.year):
        last = today if year == today.year else dt.date(year, 12, 31)
        first = dt.date(year, 1, 5)
        span = max((last - first).days, 1)
        for kind, count in PER_YEAR.items():
            if kind in skip_kinds:
                continue
            n = count if year < today.year else max(1, count * span // 360)
            plan += [(first + dt.timedelta(days=rng.randrange(span)), kind) for _ in range(n)]
    plan.sort()
    issued = []
    for when, kind in plan:
        if when.weekday() >= 5:
            when -= dt.timedelta(days=when.weekday() - 4)  # documents are dated on workdays
        actor = manager if kind in ("MANAGEMENT_RESOLUTION", "DIRECTIVE") else secretary
        summary, seen, extra, articles = rng.choice(SUBJECTS[kind])
        form = new_draft_form(session, kind, when)
        form.summary = summary
        form.seen = seen.format(n=rng.randint(10, 300), y=when.year)
        if extra:
            form.whereas = [*form.whereas, extra]
        form.articles = articles
        form.unit_ids = rng.sample(units, k=min(2, len(units)))
        if kind == "DIRECTIVE":  # approved by a resolución de gerencia municipal of its date
            form.approved_by_id = _approving_resolution(session, actor, when, summary)
        draft = save_draft(session, actor, form)
        issue(session, actor, draft.id)
        issued.append((draft, actor))
    # Later life: publication of what must be published, some certified copies and receipts.
    for draft, actor in issued:
        kind = draft.kind
        if kind.must_publish and draft.doc_date < today - dt.timedelta(days=3):
            publish(session, actor, draft.id, rng.choice(["posters", "newspaper"]),
                    draft.doc_date + dt.timedelta(days=2), "Carteles en el local municipal")
        if rng.random() < 0.5 and draft.doc_date < today:
            for unit in draft.units:
                record_receipt(session, actor, draft.id, unit.org_unit_id, "Personal de la unidad",
                               dt.datetime.combine(draft.doc_date, dt.time(11, 15)))
        if actor is secretary and rng.random() < 0.2:
            certify(session, secretary, draft.id, "Regidora Nilda Rosa Huamán Ttito", 2,
                    max(draft.doc_date, today - dt.timedelta(days=1)))
    # One annulled resolution, annulled by a later one that says so.
    resolutions = [d for d, _a in issued if d.kind_code == "MAYOR_RESOLUTION"]
    if len(resolutions) >= 2:
        wrong, later = resolutions[0], resolutions[-1]
        form = new_draft_form(session, "MAYOR_RESOLUTION", later.doc_date)
        form.summary = f"Declarar la nulidad de oficio de la {wrong.number_text}"
        form.seen = "El Informe Legal N° 045-2026-OAJ-MDP, y;"
        form.whereas = [*form.whereas, "Que, la resolución fue emitida sin contar con el informe "
                                       "técnico previo exigido por la directiva vigente;"]
        form.articles = [f"DECLARAR LA NULIDAD DE OFICIO de la {wrong.number_text}.",
                         "NOTIFICAR la presente resolución a las unidades orgánicas."]
        annulling = save_draft(session, secretary, form)
        issue(session, secretary, annulling.id)
        annul(session, secretary, wrong.id, "Emitida sin el informe técnico previo",
              annulled_by_id=annulling.id)
        # And one that rectifies an earlier one.
        link(session, secretary, resolutions[-1].id, resolutions[1].id, "rectifies")
    # Two drafts waiting.
    for kind, actor in (("MAYOR_RESOLUTION", secretary), ("MANAGEMENT_RESOLUTION", manager)):
        form = new_draft_form(session, kind, today)
        form.summary = "Borrador en preparación"
        save_draft(session, actor, form)
    return len(issued)


def _approving_resolution(session: Session, actor: Actor, when: dt.date, name: str) -> int:
    """The resolución de gerencia municipal that approves a demo directive, issued first."""
    form = new_draft_form(session, "MANAGEMENT_RESOLUTION", when)
    form.summary = f"Aprobar la Directiva «{name}»"
    form.seen = (f"El Informe N° 012-{when.year}-OPP-MDP de la Oficina de Planeamiento y "
                 "Presupuesto, y;")
    form.whereas = [*form.whereas, "Que, es necesario aprobar la directiva que regula la "
                                   "materia, propuesta por la unidad orgánica competente;"]
    form.articles = [f"APROBAR la Directiva «{name}», que forma parte de la presente "
                     "resolución.", "ENCARGAR a la Gerencia Municipal su difusión y "
                     "cumplimiento."]
    resolution = save_draft(session, actor, form)
    issue(session, actor, resolution.id)
    return resolution.id
