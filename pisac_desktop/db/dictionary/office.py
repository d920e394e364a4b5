"""Descriptions of the tables of the core, the normative documents and the council."""

from __future__ import annotations

from pisac_desktop.db.dictionary.words import LIMA, USER, UTC

OFFICE: dict[str, tuple[str, dict[str, str]]] = {
    # --- core: the database itself, the institution, accounts and audit --------------------
    "app_meta": (
        "Datos internos de la base de datos: versión del programa que la actualizó por última "
        "vez, la última entrada del registro de auditoría (audit_head), marcas de datos "
        "iniciales ya cargados",
        {"key": "Nombre del dato", "value": "Valor del dato"}),
    "institution": (
        "Datos de la institución (una sola fila, id = 1): los que se imprimen en el membrete",
        {"name": "Nombre de la institución (p. ej. Municipalidad Distrital de Pisac)",
         "initials": "Siglas que van en los números de documento (p. ej. MDP)",
         "ruc": "RUC de la institución", "address": "Dirección", "city": "Ciudad o distrito",
         "province": "Provincia", "department": "Departamento", "phone": "Teléfono",
         "email": "Correo electrónico", "website": "Página web",
         "crest": "Escudo para el membrete (imagen PNG o JPEG; en el CSV, en base64)",
         "crest_mime": "Tipo de imagen del escudo (image/png o image/jpeg)",
         "updated_at": f"Última modificación de los datos {UTC}"}),
    "year_name": (
        "Denominación oficial de cada año (por decreto supremo), impresa en cada documento",
        {"year": "Año", "name": "Denominación oficial del año",
         "decree": "Decreto que dio la denominación (p. ej. Decreto Supremo N° 001-2026-PCM)",
         "decree_date": "Fecha del decreto: los documentos anteriores llevan la denominación "
                        "del año previo (vacío: rige desde el 1 de enero)"}),
    "org_unit": (
        "Unidades orgánicas de la institución (no se eliminan si algo las cita: se desactivan)",
        {"code": "Código fijo de las unidades que el programa conoce (p. ej. MAYORALTY para la "
                 "Alcaldía); vacío para las agregadas por la oficina",
         "name": "Nombre de la unidad", "abbreviation": "Siglas de la unidad",
         "active": "Activa (true) o desactivada (false)"}),
    "officeholder": (
        "Titulares de los cargos que firman (alcalde, gerente municipal, secretario general, "
        "jefes de oficina) con el periodo en que los ejercieron",
        {"post": "Código del cargo: MAYOR (alcalde), MUNICIPAL_MANAGER (gerente municipal), "
                 "GENERAL_SECRETARY (secretario general), RECORDS_HEAD (jefe de trámite "
                 "documentario y archivo), CIVIL_REGISTRY_HEAD (jefe de registro civil)",
         "org_unit_id": "Unidad orgánica del cargo (org_unit.id)",
         "title": "Título que precede al nombre (Abog., Ing., Lic., Sr., Sra.)",
         "full_name": "Nombres y apellidos", "dni": "DNI (8 dígitos)",
         "start_date": "Desde qué fecha ejerce el cargo",
         "end_date": "Hasta qué fecha lo ejerció (vacío: lo sigue ejerciendo)",
         "designation": "Documento de designación (p. ej. RA N° 001-2023-MDP/A)",
         "feminine": "El cargo se imprime en femenino (Alcaldesa, Secretaria General)"}),
    "app_user": (
        "Cuentas de las personas que usan el programa (no se eliminan: se desactivan)",
        {"username": "Nombre de usuario con el que inicia sesión",
         "full_name": "Nombres y apellidos",
         "password_hash": "Huella de la contraseña (no es la contraseña; no se puede revertir)",
         "active": "Cuenta activa (true) o desactivada (false)",
         "must_change_password": "Debe cambiar su contraseña al iniciar sesión",
         "failed_attempts": "Intentos fallidos de inicio de sesión seguidos",
         "locked_until": f"Bloqueada hasta {UTC} (vacío: no bloqueada)",
         "created_at": f"Cuándo se creó la cuenta {UTC}"}),
    "user_role": (
        "Roles de cada usuario (qué puede hacer)",
        {"user_id": "Usuario (app_user.id)",
         "role": "Rol: admin (administrador), general_secretariat (Secretaría General), "
                 "municipal_management (Gerencia Municipal), intake (Mesa de Partes), "
                 "civil_registry (Registro Civil), unit_staff (unidad orgánica), read_only "
                 "(consulta)"}),
    "user_unit": (
        "Unidades orgánicas en que trabaja cada usuario (su bandeja de expedientes)",
        {"user_id": "Usuario (app_user.id)", "unit_id": "Unidad orgánica (org_unit.id)"}),
    "audit_entry": (
        "Registro de auditoría: cada acción registrada, en orden, encadenada a la anterior por "
        "su huella SHA-256 (ver auditoria/VERIFICAR-LA-CADENA.txt)",
        {"id": "Número de la entrada (1, 2, 3... sin saltos)",
         "at": "Momento de la acción, texto ISO 8601 en UTC (se usa tal cual en la huella)",
         "user_id": "Usuario (app_user.id); vacío para el sistema o la línea de órdenes",
         "username": "Nombre de usuario de quien actuó («sistema» para el programa)",
         "workstation": "Nombre de la computadora desde la que se actuó",
         "action": "Acción (p. ej. issue: emisión, annul: anulación, sign_in: inicio de sesión)",
         "entity": "Tipo de registro afectado (p. ej. instrument, case_file, user)",
         "entity_id": "Identificador del registro afectado (texto; puede estar vacío)",
         "changes": "Detalle de los cambios en JSON canónico: {campo: [antes, después]}",
         "prev_hash": "Huella de la entrada anterior (64 ceros en la primera)",
         "hash": "Huella SHA-256 de esta entrada (ver la verificación)"}),
    "verification_code": (
        "Códigos de verificación impresos al pie de los documentos (con su código QR)",
        {"code": "Código de 8 símbolos (se imprime con el prefijo de la institución: "
                 "MDP-7K3Q-9XW2)",
         "target": "Qué recibió el código: instrument, certification, summons, minutes, "
                   "notification, case_file, unit_document",
         "target_id": "Identificador de lo que recibió el código, en la tabla de su tipo",
         "content_sha256": "Huella SHA-256 del contenido en el momento de darle el código",
         "created_at": f"Cuándo se dio el código {UTC}"}),
    "non_working_day": (
        "Días no laborables además de los feriados nacionales (regionales, por decreto, "
        "locales), para contar los plazos en días hábiles",
        {"day": "Fecha (con every_year, rige desde ese año en adelante)",
         "every_year": "Se repite cada año en el mismo día y mes",
         "kind": "Tipo: regional, decree (por decreto) o local",
         "name": "Nombre o motivo", "source": "Norma que lo declara"}),
    # --- normative documents -------------------------------------------------------------
    "instrument_kind": (
        "Tipos de documento numerado (resolución de alcaldía, ordenanza, acuerdo de concejo...) "
        "y cómo se numeran e imprimen",
        {"code": "Código fijo del tipo", "title": "Título impreso (RESOLUCIÓN DE ALCALDÍA)",
         "plural": "Nombre en plural (Resoluciones de Alcaldía)",
         "short": "Sigla para nombres de archivo (RA)",
         "number_format": "Plantilla del número impreso",
         "signer_post": "Cargo que firma (código de officeholder.post)",
         "issuer": "Plantilla del texto de quien emite",
         "closing": "Fórmula de cierre (Regístrese, comuníquese y cúmplase)",
         "must_publish": "Debe publicarse", "module": "Módulo: secretaria o gerencia",
         "style": "Estilo de impresión (resolución, ordenanza, directiva...)",
         "template_whereas": "Considerandos de plantilla (lista JSON de párrafos)",
         "template_legal_basis": "Base legal de plantilla"}),
    "number_sequence": (
        "Último número dado por tipo de documento y año (la numeración correlativa)",
        {"kind_code": "Tipo de documento (instrument_kind.code)", "year": "Año",
         "last_number": "Último número dado; el siguiente documento recibe este más uno"}),
    "instrument": (
        "Normas y resoluciones: borradores, emitidas (número y contenido congelados) y anuladas",
        {"kind_code": "Tipo de documento (instrument_kind.code)",
         "state": "Estado: draft (borrador), issued (emitido), annulled (anulado)",
         "year": "Año de la numeración (vacío en borradores)",
         "number": "Número correlativo en el año (vacío en borradores)",
         "number_text": "Número impreso (p. ej. RESOLUCIÓN DE ALCALDÍA N° 045-2026-MDP/A)",
         "doc_date": "Fecha del documento", "summary": "Sumilla", "seen": "Visto",
         "whereas": "Considerandos (lista JSON de párrafos)", "legal_basis": "Base legal",
         "articles": "Artículos (lista JSON de textos)", "references": "Referencias",
         "signer_officeholder_id": "Titular que firmó (officeholder.id)",
         "signer_name": "Nombre de quien firmó, como se imprimió",
         "signer_post": "Cargo de quien firmó, como se imprimió",
         "issuer_text": "Texto de quien emite, como se imprimió",
         "closing": "Fórmula de cierre, como se imprimió",
         "year_name": "Denominación del año, como se imprimió",
         "issued_by": f"El {USER} que lo emitió", "issued_at": f"Cuándo se emitió {UTC}",
         "annulled_by": f"El {USER} que lo anuló", "annulled_at": f"Cuándo se anuló {UTC}",
         "annul_reason": "Motivo de la anulación",
         "annulled_by_text": "Documento que lo anuló, como texto",
         "annulled_by_instrument_id": "Documento del registro que lo anuló (instrument.id)",
         "historic": "Registro histórico: importado del registro que la oficina llevaba antes "
                     "del programa, con su número y su fecha tal como estaban (el programa no "
                     "lo numeró, no lo emitió ni lo imprime)"}),
    "register_import": (
        "Archivos de registros anteriores importados (cada uno una sola vez, todo o nada)",
        {"file_name": "Nombre del archivo importado",
         "sha256": "Huella SHA-256 del archivo (el mismo archivo no se importa dos veces)",
         "kind_code": "Tipo de documento del registro (instrument_kind.code)",
         "year": "Año del registro (vacío: de varios años)",
         "documents": "Documentos que trajo",
         "imported_by": f"El {USER} que lo importó",
         "imported_at": f"Cuándo se importó {UTC}"}),
    "historic_source": (
        "De dónde viene cada registro histórico: su importación, su fila y lo que decía",
        {"instrument_id": "Documento (instrument.id)",
         "import_id": "Importación (register_import.id)",
         "row_number": "Fila del archivo importado",
         "number_as_given": "El número tal como estaba escrito",
         "date_as_given": "La fecha tal como estaba escrita",
         "state_as_given": "El estado tal como estaba escrito"}),
    "instrument_attachment": (
        "Archivos escaneados de los documentos (el original firmado), en "
        "archivos/instrument_attachment/",
        {"instrument_id": "Documento (instrument.id)",
         "added_by": f"El {USER} que lo adjuntó", "added_at": f"Cuándo se adjuntó {UTC}"}),
    "instrument_unit": (
        "Unidades orgánicas encargadas de cumplir un documento (a las que se notifica y "
        "distribuye)",
        {"instrument_id": "Documento (instrument.id)",
         "org_unit_id": "Unidad orgánica (org_unit.id)"}),
    "instrument_link": (
        "Relaciones entre documentos: uno posterior modifica, rectifica, deroga o anula otro",
        {"from_id": "Documento posterior (instrument.id)",
         "to_id": "Documento anterior al que se refiere (instrument.id)",
         "relation": "Relación: modifies (modifica), rectifies (rectifica), derogates "
                     "(deroga), annuls (anula), delegation (ejerce la delegación de)"}),
    "certification": (
        "Copias certificadas de documentos emitidos",
        {"instrument_id": "Documento certificado (instrument.id)",
         "requested_by": "Quién pidió la copia", "copies": "Número de copias",
         "certified_on": "Fecha de la certificación", "certifier_name": "Quién certificó",
         "certifier_post": "Cargo de quien certificó"}),
    "publication": (
        "Publicaciones de documentos (diario, carteles, portal web)",
        {"instrument_id": "Documento publicado (instrument.id)",
         "medium": "Medio: newspaper (diario), posters (carteles), website (portal web)",
         "published_on": "Fecha de publicación",
         "reference": "Referencia (p. ej. diario, edición y página)"}),
    "distribution_receipt": (
        "Cargos de distribución: qué unidad recibió el documento, quién y cuándo",
        {"instrument_id": "Documento (instrument.id)",
         "org_unit_id": "Unidad que lo recibió (org_unit.id)",
         "received_by": "Quién firmó el cargo", "received_at": f"Cuándo lo recibió {LIMA}"}),
    "instrument_party": (
        "Interesados de un documento: personas o empresas sobre las que resuelve",
        {"instrument_id": "Documento (instrument.id)", "name": "Nombre o razón social",
         "document_type": "Tipo de documento: DNI, RUC o CE (carné de extranjería)",
         "document_number": "Número del documento", "address": "Domicilio",
         "is_company": "Es una empresa", "representative": "Representante (de una empresa)"}),
    "notification": (
        "Cédulas de notificación numeradas: a un interesado de un documento, o al "
        "administrado de un expediente con la respuesta de una unidad",
        {"party_id": "Interesado notificado (instrument_party.id)",
         "instrument_id": "Documento que se notifica (instrument.id)",
         "unit_document_id": "Oficio o carta que se notifica (unit_document.id)",
         "year": "Año de la numeración", "number": "Número correlativo en el año",
         "number_text": "Número impreso", "issued_on": "Fecha de emisión de la cédula",
         "addressee_name": "Destinatario, como se imprimió",
         "addressee_document": "Documento del destinatario, como se imprimió",
         "address": "Domicilio, como se imprimió",
         "folios": "Folios de la copia del acto que se adjunta",
         "notified_at": f"Cuándo se notificó {LIMA}",
         "how": "Cómo: personal, third_party (a un tercero), refused (se negó a recibir), "
                "under_door (bajo puerta)",
         "received_by": "Quién recibió", "receiver_document": "Documento de quien recibió",
         "relation": "Relación de quien recibió con el destinatario",
         "first_visit_at": f"Primera visita, si se dejó bajo puerta {LIMA}",
         "place_description": "Descripción del lugar (características del inmueble)",
         "notifier_name": "Notificador", "notifier_dni": "DNI del notificador",
         "notes": "Observaciones"}),
    # --- council --------------------------------------------------------------------------
    "term": (
        "Períodos municipales (p. ej. 2023-2026)",
        {"start_year": "Año de inicio", "end_year": "Año de término",
         "councillor_seats": "Número de regidores elegidos"}),
    "council_member": (
        "Miembros del concejo de cada período: alcalde y regidores",
        {"term_id": "Período (term.id)", "role": "Rol: mayor (alcalde) o councillor (regidor)",
         "title": "Título que precede al nombre", "full_name": "Nombres y apellidos",
         "dni": "DNI", "political_party": "Organización política",
         "feminine": "Se imprime en femenino (Alcaldesa, Regidora)",
         "since": "Desde qué fecha integra el concejo (vacío: desde el inicio del período)",
         "until": "Hasta qué fecha lo integró (vacío: hasta el fin del período)"}),
    "member_status": (
        "Periodos en que un miembro del concejo no está hábil (licencia, suspensión, "
        "vacancia) o vuelve a estarlo, con el documento que lo decidió",
        {"member_id": "Miembro (council_member.id)",
         "status": "Situación: active (hábil), leave (licencia), suspended (suspendido), "
                   "vacated (vacado)",
         "start_date": "Desde", "end_date": "Hasta (vacío: sin término)",
         "document": "Documento que lo decidió, como texto",
         "instrument_id": "Documento del registro que lo decidió (instrument.id)"}),
    "council_settings": (
        "Configuración del trabajo del concejo (una sola fila, id = 1)",
        {"ordinary_notice_days": "Anticipación mínima de la citación a sesión ordinaria (días "
                                 "hábiles)",
         "extraordinary_notice_days": "Anticipación mínima a sesión extraordinaria (días "
                                      "hábiles)",
         "summons_signer": "Quién firma las citaciones: mayor (alcalde) o secretary "
                           "(secretario general, por encargo)",
         "default_place": "Lugar habitual de las sesiones",
         "documents_place": "Dónde se ponen a disposición los documentos de la agenda",
         "default_time": "Hora habitual de las sesiones (HH:MM)",
         "folio_warning": "Avisar cuando al libro de actas le queden menos folios que estos"}),
    "agenda_proposal": (
        "Propuestas de puntos de agenda para el concejo",
        {"proposer_kind": "Quién propone: councillor (regidor), management (gerencia "
                          "municipal), mayor (alcaldía)",
         "member_id": "Regidor que propone (council_member.id)",
         "proposer_name": "Nombre de quien propone", "subject": "Asunto",
         "references": "Documentos de referencia", "received_on": "Fecha de recepción",
         "state": "Estado: received (recibida), included (incluida en una agenda), observed "
                  "(observada), returned (devuelta)",
         "state_reason": "Motivo del estado",
         "session_id": "Sesión en cuya agenda se incluyó (council_session.id)"}),
    "council_session": (
        "Sesiones de concejo, numeradas por tipo y año (SESIÓN ORDINARIA N° 05-2026)",
        {"term_id": "Período (term.id)",
         "kind": "Tipo: ordinary (ordinaria), extraordinary (extraordinaria), solemn (solemne)",
         "year": "Año", "number": "Número en el año y tipo", "session_date": "Fecha",
         "start_time": "Hora de citación (HH:MM)", "place": "Lugar",
         "modality": "Modalidad: in_person (presencial) o virtual",
         "convened_by": "Quién convoca: mayor (alcalde) o third (un tercio de los regidores)",
         "requesting_members": "Regidores que pidieron la sesión (lista JSON de "
                               "council_member.id)",
         "documents_place": "Dónde están los documentos de la agenda",
         "state": "Estado: scheduled (programada), convened (convocada), held (realizada), "
                  "suspended (suspendida), postponed (postergada), not_installed (no se "
                  "instaló), cancelled (cancelada)",
         "state_note": "Nota sobre el estado", "convened_on": "Fecha de la convocatoria",
         "original_date": "Fecha original, si se postergó",
         "emergency_note": "Razón aceptada para citar con menos anticipación",
         "opened_at": "Hora en que se inició (HH:MM)",
         "closed_at": "Hora en que se levantó (HH:MM)"}),
    "session_invitee": (
        "Funcionarios invitados a una sesión (reciben citación)",
        {"session_id": "Sesión (council_session.id)",
         "officeholder_id": "Funcionario (officeholder.id)"}),
    "session_official": (
        "Funcionarios que participaron en una sesión con voz y sin voto",
        {"session_id": "Sesión (council_session.id)", "full_name": "Nombres y apellidos",
         "post": "Cargo", "arrived_at": "Hora de llegada (HH:MM)"}),
    "agenda_item": (
        "Puntos de la agenda de cada sesión, con su deliberación, votación y resultado",
        {"session_id": "Sesión (council_session.id)",
         "section": "Estación: despacho, informes, pedidos, orden_del_dia (orden del día)",
         "title": "Título del punto", "detail": "Detalle",
         "proposal_id": "Propuesta de la que proviene (agenda_proposal.id)",
         "outside_agenda": "Se agregó en la sesión, fuera de la agenda de la citación",
         "majority": "Mayoría requerida: simple, two_thirds_legal (dos tercios del número "
                     "legal), two_thirds_councillors (dos tercios de los regidores), "
                     "unanimity (unanimidad)",
         "voted": "Se votó", "mayor_tiebreak": "Voto dirimente del alcalde, si hubo empate",
         "deliberation": "Resumen de la deliberación",
         "dispensed": "Con dispensa del trámite de lectura y aprobación del acta",
         "outcome_kind": "Tipo de documento que resultó del punto",
         "instrument_id": "Documento que resultó (instrument.id)",
         "committee_report": "Dictamen de comisión citado", "technical_report": "Informe técnico",
         "legal_report": "Informe legal"}),
    "summons": (
        "Citaciones a sesión, una por miembro y por funcionario invitado, numeradas",
        {"session_id": "Sesión (council_session.id)", "year": "Año de la numeración",
         "number": "Número en el año", "number_text": "Número impreso",
         "issued_on": "Fecha de la citación", "member_id": "Miembro citado (council_member.id)",
         "officeholder_id": "Funcionario citado (officeholder.id)",
         "addressee_name": "Destinatario, como se imprimió",
         "addressee_post": "Cargo del destinatario, como se imprimió",
         "delivered_at": f"Cuándo se entregó {LIMA}", "received_by": "Quién la recibió",
         "receiver_dni": "DNI de quien la recibió",
         "delivery_method": "Forma de entrega: personal, domicile (en el domicilio), virtual",
         "cargo_image": "Imagen del cargo firmado (en el CSV, en base64; también en archivos/)",
         "cargo_mime": "Tipo de imagen del cargo"}),
    "attendance": (
        "Asistencia de los miembros del concejo a cada sesión",
        {"session_id": "Sesión (council_session.id)", "member_id": "Miembro (council_member.id)",
         "status": "Asistencia: present (presente), absent (ausente), late (tardanza), leave "
                   "(con licencia)",
         "arrived_at": "Hora de llegada (HH:MM)"}),
    "vote": (
        "Votos de cada miembro en cada punto votado",
        {"item_id": "Punto de agenda (agenda_item.id)", "member_id": "Miembro (council_member.id)",
         "choice": "Voto: for (a favor), against (en contra), abstain (abstención)",
         "reasoning": "Fundamento del voto"}),
    "minutes_book": (
        "Libros de actas legalizados",
        {"number": "Número del libro", "notary": "Notario que lo legalizó",
         "legalised_on": "Fecha de legalización", "folio_count": "Número de folios",
         "closed": "Libro cerrado"}),
    "minutes": (
        "Actas de sesión: redactadas, cerradas, aprobadas y asentadas en un libro de actas",
        {"session_id": "Sesión (council_session.id)", "body": "Texto del acta",
         "state": "Estado: draft (borrador), closed (cerrada), approved (aprobada)",
         "closed_at": f"Cuándo se cerró {UTC}",
         "approval_mode": "Cómo se aprobó: same (en la misma sesión) o next (en la siguiente)",
         "approved_in_session_id": "Sesión en que se aprobó (council_session.id)",
         "approved_on": "Fecha de aprobación",
         "extra_signers": "Otros firmantes (lista JSON de council_member.id)",
         "book_id": "Libro de actas (minutes_book.id)", "acta_number": "Número de acta en el libro",
         "first_folio": "Primer folio", "last_folio": "Último folio",
         "registered_at": f"Cuándo se asentó en el libro {UTC}"}),
    "minutes_attachment": (
        "Escaneos de las actas en su libro (los folios firmados), en archivos/minutes_attachment/",
        {"minutes_id": "Acta (minutes.id)",
         "added_by": f"El {USER} que lo adjuntó", "added_at": f"Cuándo se adjuntó {UTC}"}),
}
