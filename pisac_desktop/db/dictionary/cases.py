"""Descriptions of the tables of the trámite, the requests and the Gerencia's desk."""

from __future__ import annotations

from pisac_desktop.db.dictionary.words import LIMA, USER, UTC

CASES: dict[str, tuple[str, dict[str, str]]] = {
    # --- trámite documentario --------------------------------------------------------------
    "tupa_procedure": (
        "Procedimientos del TUPA: requisitos, derecho de trámite, plazo y silencio",
        {"code": "Código del procedimiento", "name": "Nombre",
         "requirements": "Requisitos (uno por línea)",
         "fee_cents": "Derecho de trámite en céntimos de sol (S/ 12,50 es 1250)",
         "deadline_days": "Plazo en días hábiles",
         "silence": "Silencio: positive (positivo), negative (negativo), automatic "
                    "(aprobación automática)",
         "unit_id": "Unidad que lo atiende (org_unit.id)",
         "resolved_by": "Autoridad que resuelve", "appeal_to": "Autoridad que resuelve la "
                                                              "apelación",
         "example": "Es un ejemplo cargado por el programa, por revisar",
         "active": "Vigente"}),
    "case_file": (
        "Expedientes: cada documento registrado en Mesa de Partes, numerado por año",
        {"year": "Año", "number": "Número en el año", "number_text": "Número impreso",
         "received_at": f"Cuándo se recibió {LIMA}",
         "filer_is_company": "El administrado es una empresa",
         "filer_document_type": "Tipo de documento del administrado: DNI, RUC o CE",
         "filer_document": "Número del documento del administrado",
         "filer_name": "Nombre o razón social del administrado",
         "filer_address": "Domicilio", "filer_phone": "Teléfono",
         "filer_email": "Correo electrónico",
         "document_kind": "Clase de documento presentado (solicitud, oficio, carta...)",
         "subject": "Asunto", "folios": "Folios",
         "attachments_note": "Anexos presentados en papel",
         "procedure_id": "Procedimiento del TUPA (tupa_procedure.id)",
         "missing_requirements": "Requisitos faltantes observados en Mesa de Partes",
         "completion_due": "Fecha límite para completar los requisitos",
         "completed_on": "Fecha en que se completaron",
         "due_on": "Fecha en que vence la atención",
         "deadline_days": "Plazo en días hábiles (0: sin plazo)",
         "state": "Estado: in_process (en trámite), answered (atendido), archived "
                  "(archivado), annulled (anulado)",
         "unit_id": "Unidad donde está ahora (org_unit.id)",
         "closed_at": f"Cuándo se atendió o archivó {LIMA}",
         "closing_note": "Nota de atención o archivo",
         "annulled_reason": "Motivo de la anulación del registro"}),
    "case_step": (
        "Hoja de ruta: cada paso de un expediente por una unidad",
        {"case_file_id": "Expediente (case_file.id)",
         "position": "Número del paso (1: de Mesa de Partes a la primera unidad)",
         "from_unit_id": "Unidad que lo envió (org_unit.id)",
         "to_unit_id": "Unidad a la que se envió (org_unit.id)",
         "instruction": "Proveído (instrucción)", "folios": "Folios",
         "due_on": "Plazo de la unidad", "sent_by": f"El {USER} que lo envió",
         "sent_at": f"Cuándo se envió {LIMA}", "received_by": f"El {USER} que lo recibió",
         "received_at": f"Cuándo se recibió {LIMA}",
         "closed_at": f"Cuándo terminó este paso {LIMA}",
         "outcome": "Cómo terminó: referred (derivado), answered (atendido), archived "
                    "(archivado)..."}),
    "case_attachment": (
        "Archivos escaneados de los expedientes (en archivos/case_attachment/)",
        {"case_file_id": "Expediente (case_file.id)",
         "step_id": "Paso de la hoja de ruta en que se agregó (case_step.id)",
         "added_by": f"El {USER} que lo agregó", "added_at": f"Cuándo se agregó {UTC}"}),
    "unit_number_sequence": (
        "Último número dado por unidad, clase de documento y año (oficios, cartas, informes)",
        {"unit_id": "Unidad (org_unit.id)", "kind": "Clase: OFICIO, CARTA, INFORME, MEMORANDUM",
         "year": "Año", "last_number": "Último número dado"}),
    "unit_document": (
        "Documentos de las unidades (oficios, cartas, informes, memorandos): borradores y "
        "emitidos",
        {"unit_id": "Unidad que lo emite (org_unit.id)",
         "kind": "Clase: OFICIO, CARTA, INFORME, MEMORANDUM",
         "case_file_id": "Expediente al que responde o sirve (case_file.id)",
         "state": "Estado: draft (borrador), issued (emitido), annulled (anulado)",
         "year": "Año de la numeración", "number": "Número", "number_text": "Número impreso",
         "doc_date": "Fecha del documento", "addressee": "Destinatario",
         "addressee_post": "Cargo del destinatario", "address": "Dirección del destinatario",
         "subject": "Asunto", "reference": "Referencia", "body": "Texto",
         "signer_name": "Quién firma", "signer_post": "Cargo de quien firma",
         "annulled_reason": "Motivo de la anulación",
         "issued_by": f"El {USER} que lo emitió", "issued_at": f"Cuándo se emitió {UTC}"}),
    "archive_transfer": (
        "Transferencias de expedientes de una unidad al Archivo Central",
        {"year": "Año", "number": "Número en el año", "number_text": "Número impreso",
         "unit_id": "Unidad que transfiere (org_unit.id)", "series": "Serie documental",
         "state": "Estado: prepared (preparada) o received (recibida por el archivo)",
         "prepared_by": f"El {USER} que la preparó", "prepared_at": f"Cuándo {LIMA}",
         "received_by": f"El {USER} del archivo que la recibió",
         "received_at": f"Cuándo la recibió {LIMA}", "shelf": "Ubicación en el archivo",
         "notes": "Observaciones"}),
    "archive_item": (
        "Expedientes de cada transferencia al Archivo Central",
        {"case_file_id": "Expediente (case_file.id)",
         "transfer_id": "Transferencia (archive_transfer.id)",
         "position": "Orden en el inventario", "box": "Número de caja"}),
    "archive_loan": (
        "Préstamos de expedientes del Archivo Central",
        {"case_file_id": "Expediente (case_file.id)", "borrower": "Quién lo pidió (persona y "
                                                                 "unidad)",
         "purpose": "Para qué", "lent_by": f"El {USER} que lo prestó",
         "lent_at": f"Cuándo se prestó {LIMA}", "due_on": "Fecha de devolución",
         "returned_at": f"Cuándo se devolvió {LIMA}",
         "returned_to": f"El {USER} que lo recibió de vuelta"}),
    # --- requests with legal clocks -----------------------------------------------------
    "information_officer": (
        "Funcionarios responsables de entregar la información pública (Ley 27806)",
        {"full_name": "Nombres y apellidos", "post": "Cargo", "unit_id": "Unidad (org_unit.id)",
         "instrument_id": "Resolución de designación (instrument.id)",
         "designation": "Designación, como texto", "since": "Desde",
         "until": "Hasta (vacío: vigente)"}),
    "information_request": (
        "Solicitudes de acceso a la información pública (cada una es un expediente)",
        {"case_file_id": "Expediente (case_file.id)",
         "channel": "Medio: desk (Mesa de Partes), email (correo), web (portal)",
         "requester_sex": "Sexo del solicitante, para el informe anual: F, M o vacío",
         "delivery_form": "Forma de entrega: copy (copia), email (correo), usb, view "
                          "(consulta directa)",
         "holder_unit_id": "Unidad que posee la información (org_unit.id)",
         "officer_id": "Funcionario responsable (information_officer.id)",
         "officer_name": "Funcionario responsable el día de la solicitud",
         "filed_on": "Fecha de presentación", "extended_to": "Nuevo plazo, si se prorrogó",
         "extension_on": "Fecha de la prórroga", "extension_reason": "Motivo de la prórroga",
         "fee_cents": "Costo de reproducción en céntimos de sol",
         "fee_notified_on": "Fecha en que se comunicó el costo",
         "paid_on": "Fecha de pago", "receipt": "Número del recibo",
         "outcome": "Resultado: delivered (entregada), partial (parcial), denied (denegada), "
                    "withdrawn (desistida), unpaid (no pagó); vacío: pendiente",
         "exception_code": "Excepción de la ley que justifica la denegatoria (p. ej. 17.5)",
         "outcome_reason": "Motivo del resultado", "answered_on": "Fecha de respuesta",
         "answered_by": f"El {USER} que registró la respuesta",
         "answered_at": f"Cuándo se registró la respuesta {UTC}"}),
    "appeal_rule": (
        "Quién resuelve los recursos contra cada tipo de documento",
        {"kind_code": "Tipo de documento impugnado (instrument_kind.code)",
         "reconsideration_by": "Autoridad que resuelve la reconsideración",
         "reconsideration_kind": "Tipo de documento con que la resuelve (instrument_kind.code)",
         "appeal_to": "Autoridad que resuelve la apelación (vacío: no cabe apelación)",
         "appeal_kind": "Tipo de documento con que la resuelve (instrument_kind.code)",
         "unit_code": "Unidad donde se presenta el recurso (org_unit.code)"}),
    "appeal": (
        "Recursos de reconsideración y apelación (cada uno es un expediente)",
        {"case_file_id": "Expediente (case_file.id)",
         "kind": "Clase: reconsideration (reconsideración) o appeal (apelación)",
         "instrument_id": "Acto impugnado, si está en el registro (instrument.id)",
         "act_text": "Acto impugnado, como texto", "notified_on": "Fecha en que se notificó el "
                                                                 "acto",
         "notice_source": "De dónde sale esa fecha: cedula (la cédula del registro), filer "
                          "(lo dice el recurrente)",
         "filed_on": "Fecha de presentación del recurso",
         "late": "Presentado fuera de plazo", "decider": "Autoridad que resuelve",
         "decision_kind": "Tipo de documento que lo resuelve",
         "ends_route": "La decisión agota la vía administrativa",
         "decision_id": "Resolución que lo resolvió (instrument.id)",
         "outcome": "Resultado: founded (fundado), partly_founded (fundado en parte), "
                    "unfounded (infundado), inadmissible (improcedente)",
         "decided_on": "Fecha de la decisión"}),
    "complaint": (
        "Hojas del Libro de Reclamaciones (cada una es un expediente)",
        {"case_file_id": "Expediente (case_file.id)", "year": "Año", "number": "Número en el "
                                                                              "libro",
         "number_text": "Número impreso", "unit_id": "Unidad reclamada (org_unit.id)",
         "category": "Motivo del reclamo (código)", "attended_on": "Fecha de la atención "
                                                                  "reclamada",
         "facts": "Hechos", "request": "Pedido", "measures": "Medidas adoptadas",
         "answer": "Respuesta", "answered_on": "Fecha de la respuesta"}),
    "councillor_request": (
        "Pedidos de los regidores (cada uno es un expediente)",
        {"case_file_id": "Expediente (case_file.id)", "member_id": "Regidor (council_member.id)",
         "session_id": "Sesión en que se hizo el pedido (council_session.id)",
         "kind": "Clase: information (información) o action (acción)",
         "delivered_on": "Fecha de entrega de la respuesta",
         "received_by": "Quién firmó el cargo de la respuesta"}),
    "certifying_officer": (
        "Fedatarios designados",
        {"full_name": "Nombres y apellidos", "dni": "DNI",
         "registration": "Número de fedatario (p. ej. Fedatario N° 03)",
         "unit_id": "Unidad (org_unit.id)",
         "instrument_id": "Resolución de designación (instrument.id)",
         "designation": "Designación, como texto", "since": "Desde",
         "until": "Hasta (vacío: vigente)"}),
    "authenticated_copy": (
        "Registro de copias autenticadas por los fedatarios",
        {"year": "Año", "number": "Número en el año",
         "officer_id": "Fedatario (certifying_officer.id)",
         "authenticated_at": f"Cuándo se autenticó {LIMA}", "document": "Qué se copió",
         "folios": "Folios", "requester_name": "Solicitante",
         "requester_document": "Documento del solicitante",
         "case_file_id": "Expediente relacionado (case_file.id)"}),
    # --- the Gerencia Municipal's desk -------------------------------------------------
    "commitment": (
        "Compromisos de seguimiento: lo que ordena un acto emitido (o recomienda una comisión), "
        "la unidad responsable y el plazo",
        {"instrument_id": "Acto del que proviene (instrument.id)",
         "meeting_id": "Reunión de comisión que lo recomendó (commission_meeting.id)",
         "description": "Qué debe hacerse", "unit_id": "Unidad responsable (org_unit.id)",
         "due_on": "Fecha límite", "due_days": "Plazo dado en días hábiles",
         "evidence_expected": "Evidencia esperada",
         "state": "Estado: pending (pendiente), in_progress (en proceso), done (cumplido), "
                  "not_applicable (no corresponde)",
         "percent": "Porcentaje de avance", "reason": "Por qué no corresponde",
         "closed_on": "Fecha de cierre"}),
    "commitment_report": (
        "Reportes de avance de los compromisos, con su evidencia",
        {"commitment_id": "Compromiso (commitment.id)", "reported_on": "Fecha del reporte",
         "reported_at": f"Cuándo se registró {UTC}",
         "reported_by": f"El {USER} que reportó", "note": "Nota", "percent": "Avance (%)",
         "state": "Estado del compromiso según el reporte",
         "evidence_instrument_id": "Documento de evidencia (instrument.id)",
         "evidence_case_file_id": "Expediente de evidencia (case_file.id)"}),
    "delegation": (
        "Facultades delegadas por el alcalde mediante resolución de alcaldía",
        {"instrument_id": "Resolución que delega (instrument.id)",
         "unit_id": "Unidad que recibe la delegación (org_unit.id)",
         "powers": "Facultades delegadas", "since": "Desde", "until": "Hasta",
         "ended_on": "Fecha en que terminó antes de tiempo",
         "ended_by_instrument_id": "Resolución que la terminó (instrument.id)",
         "end_reason": "Motivo del término"}),
    "management_instrument": (
        "Instrumentos de gestión (ROF, MOF, CAP, TUPA, PEI, POI...), cada versión con su "
        "archivo (en archivos/management_instrument/)",
        {"kind": "Sigla del instrumento (ROF, MOF, CAP...)", "title": "Título",
         "approved_by_instrument_id": "Norma que lo aprobó (instrument.id)",
         "approved_by_text": "Norma que lo aprobó, como texto",
         "approved_on": "Fecha de aprobación", "valid_from": "Vigente desde",
         "valid_until": "Vigente hasta", "notes": "Observaciones"}),
    "plan_activity": (
        "Actividades operativas del Plan Operativo Institucional (POI)",
        {"year": "Año", "code": "Código de la actividad en el POI", "name": "Actividad",
         "unit_id": "Unidad responsable (org_unit.id)", "measure": "Unidad de medida"}),
    "plan_month": (
        "Meta física mensual de cada actividad del POI y lo reportado",
        {"activity_id": "Actividad (plan_activity.id)", "month": "Mes (1 a 12)",
         "target": "Meta física", "actual": "Ejecutado (vacío: no reportado)",
         "note": "Comentario", "reported_by": f"El {USER} que reportó",
         "reported_at": f"Cuándo se reportó {UTC}"}),
    "budget_figure": (
        "Presupuesto de cada actividad según el reporte del SIAF importado en una fecha",
        {"activity_id": "Actividad (plan_activity.id)", "as_of": "Fecha del reporte",
         "opening": "PIA en céntimos de sol (S/ 1 250,50 es 125050)",
         "modified": "PIM en céntimos de sol", "certified": "Certificado en céntimos de sol",
         "accrued": "Devengado en céntimos de sol",
         "imported_by": f"El {USER} que lo importó",
         "source": "Archivo importado y su huella SHA-256"}),
    "monthly_report": (
        "Texto del informe mensual del gerente (mes 1 a 12) o de la memoria anual (mes 0)",
        {"year": "Año", "month": "Mes (0: memoria del año)", "summary": "Texto",
         "updated_by": f"El {USER} que lo modificó por última vez",
         "updated_at": f"Última modificación {UTC}"}),
    "work_commission": (
        "Comisiones de trabajo",
        {"name": "Nombre", "purpose": "Finalidad",
         "instrument_id": "Resolución que la conformó (instrument.id)",
         "formed_on": "Fecha de conformación", "ended_on": "Fecha de conclusión"}),
    "commission_member": (
        "Integrantes de cada comisión de trabajo",
        {"commission_id": "Comisión (work_commission.id)", "full_name": "Nombres y apellidos",
         "post": "Cargo", "role": "Rol: president (presidencia), secretary (secretaría), "
                                 "member (integrante)"}),
    "commission_meeting": (
        "Reuniones de las comisiones de trabajo",
        {"commission_id": "Comisión (work_commission.id)", "held_on": "Fecha",
         "place": "Lugar", "attendees": "Asistentes", "record": "Lo acordado"}),
}
