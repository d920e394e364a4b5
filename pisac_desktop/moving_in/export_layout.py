"""The names of the export's files and folders, and its two texts for people: LEEME.txt and
auditoria/VERIFICAR-LA-CADENA.txt (export_all.py writes them; import_all.py reads the folder)."""

from __future__ import annotations

FORMAT = 1
README = "LEEME.txt"
INFO = "exportacion.json"
MANIFEST = "MANIFIESTO-SHA256.txt"
DICTIONARY = "diccionario-de-datos.csv"
DATA, DOCUMENTS, FILES, AUDIT = "datos", "documentos", "archivos", "auditoria"
WORKBOOK = "pisac-datos.xlsx"
FILES_LIST = "archivos.csv"
CHAIN_TEXT = "VERIFICAR-LA-CADENA.txt"
CHAIN_SCRIPT = "verificar_cadena.py"
XLSX_CELL_MAX = 32767  # Excel's limit of characters in a cell
XLSX_ROWS_MAX = 1_048_575  # and of rows in a sheet, under the header


def chain_instructions(info: dict) -> str:
    audit = info["auditoria"]
    return f"""CÓMO VERIFICAR EL REGISTRO DE AUDITORÍA
=======================================

El registro de auditoría está en ../{DATA}/audit_entry.csv: una fila por cada acción
registrada por Pisac Desktop, en orden (columna id: 1, 2, 3... sin saltos). Cada entrada lleva
la huella SHA-256 de la anterior (prev_hash) y la suya (hash), de modo que cambiar, quitar o
insertar una entrada rompe la cadena desde ese punto.

Al exportar, el registro tenía {audit['entradas']} entradas; la última, la N° {audit['ultima']},
con la huella:
    {audit['huella']}
Compárela con la que figura en las Constancias de integridad del registro impresas y firmadas.

Verificación automática
-----------------------
Con Python 3 (solo la biblioteca estándar, sin instalar nada), desde esta carpeta:

    python {CHAIN_SCRIPT}

Dice «Registro de auditoría íntegro» y termina con código 0, o dice la primera entrada que no
cuadra y termina con código 1.

El algoritmo, para verificarlo con cualquier otra herramienta
--------------------------------------------------------------
1. Lea audit_entry.csv (UTF-8 con BOM, separado por comas, los textos entre comillas dobles;
   vea ../{README}) y ordene las filas por id.
2. Para cada fila arme esta lista JSON de nueve elementos, en este orden:
       [id, at, username, workstation, action, entity, entity_id, changes, prev_hash]
   - id es un número (sin comillas); los otros ocho son textos, tal cual están en el CSV.
   - changes es un texto (aunque contenga JSON): va entre comillas, con sus comillas internas
     escapadas como \\" , no como un objeto.
   - Escríbala como la escribe json.dumps de Python con ensure_ascii=False y
     separators=(",", ":"): sin espacios después de las comas ni de los dos puntos; las letras
     con tilde y la ñ tal cual (no como \\u00f1); las comillas, la barra invertida y los
     caracteres de control escapados (\\", \\\\, \\n, \\t, \\u001f...).
   Ejemplo: [1,"2026-01-05T14:30:00.000000+00:00","admin","PC-SG","sign_in","user","1","","000…0"]
3. Codifique ese texto en UTF-8 y calcule su SHA-256 en hexadecimal, en minúsculas: debe ser
   igual a la columna hash de la fila.
4. El prev_hash de la entrada N° 1 es 64 ceros; el de cada entrada siguiente es el hash de la
   anterior. Los id van de 1 en 1, sin faltar ninguno.
5. La última entrada debe ser la anotada en ../{DATA}/app_meta.csv, en la fila de clave
   audit_head, con el valor «id:hash» (aquí «{audit['ultima']}:{audit['huella'][:12]}…»): si la cadena
   termina antes, se quitaron entradas del final.

La columna search_text no entra en la huella: es un texto de búsqueda derivado de las demás.
La columna at es el momento en UTC (hora de Lima más 5 horas), como texto ISO 8601.
"""


def readme_text(info: dict) -> str:
    tables = info["tablas"]
    counts = "\n".join(f"    {name:<28} {rows:>8}" for name, rows in tables.items())
    moment = info["exportado"].replace("T", " ")[:16]
    documents = (f"{info['documentos']} documentos en total." if info.get("con_documentos", True)
                 else "(Esta exportación se hizo sin los PDF: la carpeta no está.)")
    return f"""EXPORTACIÓN COMPLETA DE PISAC DESKTOP
=====================================

Institución: {info['institucion']['nombre']} (RUC {info['institucion']['ruc'] or '—'})
Exportado el {moment} (hora de Lima) por Pisac Desktop {info['version']}, esquema de base de
datos {info['esquema']}.

Esta carpeta contiene TODOS los datos registrados en Pisac Desktop, en formatos abiertos que
se leen sin este programa: las tablas en CSV (y en un libro de Excel), los documentos emitidos
en PDF, los archivos guardados (escaneos, evidencias, cargos, el escudo) y el registro de
auditoría con las instrucciones para verificarlo.

Qué hay en cada lugar
---------------------
{DICTIONARY}
    Descripción en castellano de cada tabla y de cada columna: qué significa, de qué tipo es,
    si puede faltar y a qué otra tabla se refiere. Empiece por aquí.
{DATA}/<tabla>.csv
    Una tabla por archivo, con todas sus filas y columnas ({len(tables)} tablas,
    {sum(tables.values())} filas).
{DATA}/{WORKBOOK}
    Las mismas tablas en un libro de Excel (una hoja por tabla, y el diccionario en la primera)
    para consultarlas. Es solo para leer: los textos de más de 32 767 caracteres se cortan y
    los archivos se nombran; los CSV tienen los valores completos.
{DOCUMENTS}/<año>/
    Cada documento emitido (resoluciones, ordenanzas, acuerdos, decretos, directivas) en PDF con
    el nombre de su número (RA-045-2026.pdf; los anulados con la marca ANULADO), el registro de
    cada tipo en PDF y Excel, los papeles de cada sesión de concejo (sesiones/SO-05-2026/:
    citaciones, asistencia, votaciones, resumen y acta), el registro de expedientes (tramite/) y
    los registros de solicitudes (solicitudes/). {documents} Los registros históricos
    (importados de los registros que la oficina llevaba antes) no tienen PDF: figuran en el
    registro de su tipo, y sus escaneos, si los hay, en {FILES}/instrument_attachment/.
{FILES}/<tabla>/
    Cada archivo guardado en la base de datos, nombrado con el número de su fila
    ({info['archivos']} archivos).
    {FILES}/{FILES_LIST} los lista con su huella SHA-256 y, cuando la tabla la registró al
    guardarlo, la huella de entonces: la columna «coincide» debe decir «sí».
{AUDIT}/
    {CHAIN_TEXT}: cómo se recalcula la cadena de huellas del registro de auditoría.
    {CHAIN_SCRIPT}: un programa corto en Python (solo la biblioteca estándar) que lo hace.
{INFO}
    Los mismos datos de esta portada para un programa: versión, esquema, filas por tabla.
{MANIFEST}
    La huella SHA-256 de cada uno de los demás archivos. Se escribió al final: si falta, la
    exportación no terminó. En Linux se comprueba con
        sha256sum -c {MANIFEST}
    y en Windows, archivo por archivo, con
        certutil -hashfile ARCHIVO SHA256

Formato de los CSV
------------------
- Codificación UTF-8 con BOM (Excel reconoce las tildes), separados por comas, líneas
  terminadas en CRLF, la primera fila con los nombres de las columnas.
- Los textos van entre comillas dobles (una comilla dentro de un texto se escribe dos veces).
- Un campo vacío SIN comillas es un dato que falta (NULL); dos comillas seguidas ("") son un
  texto vacío. PostgreSQL lee la misma convención con COPY ... FROM ... WITH (FORMAT csv,
  HEADER).
- Sí/no: true / false. Números enteros: solo dígitos (los montos en céntimos de sol: 125050
  son S/ 1 250,50). Fechas: AAAA-MM-DD. Fecha y hora: AAAA-MM-DDTHH:MM:SS (ISO 8601); el
  diccionario dice en cada columna si es hora de Lima o UTC (hora de Lima más 5 horas).
- Archivos e imágenes dentro de una tabla: en base64 (y también como archivos en {FILES}/).
- Las referencias entre tablas son por el id de la fila (p. ej. instrument.kind_code remite a
  instrument_kind.code); el diccionario dice a qué tabla remite cada columna.
- Las contraseñas no están: app_user.password_hash es una huella que no se puede revertir.

Volver a cargar estos datos
---------------------------
En una base de datos NUEVA y VACÍA de Pisac Desktop (del mismo esquema {info['esquema']}):
    pisac-desktop --data-dir CARPETA_NUEVA import --all "ESTA_CARPETA"
Se cargan todas las tablas con sus valores exactos, se verifica que las filas y la cadena del
registro de auditoría coincidan, y la importación queda anotada en ese registro.

Filas por tabla
---------------
{counts}
"""
