"""Verificación independiente del registro de auditoría de Pisac Desktop.

Uso (con Python 3.8 o posterior; solo la biblioteca estándar):

    python verificar_cadena.py                   # lee ../datos/ desde la carpeta auditoria/
    python verificar_cadena.py CARPETA_DE_DATOS  # la carpeta que tiene audit_entry.csv

Recalcula la huella SHA-256 de cada entrada de datos/audit_entry.csv, comprueba que cada una
continúa la anterior y que la última es la anotada en datos/app_meta.csv (clave audit_head).
Termina con código 0 si la cadena está íntegra y 1 si no (dice la primera entrada que falla).
El algoritmo está explicado en VERIFICAR-LA-CADENA.txt, en esta misma carpeta.
"""

import csv
import hashlib
import json
import sys
from pathlib import Path

GENESIS = "0" * 64


def entry_hash(row):
    """SHA-256 of the JSON array of the entry's fields, as Pisac Desktop computes it."""
    payload = json.dumps(
        [int(row["id"]), row["at"], row["username"], row["workstation"], row["action"],
         row["entity"], row["entity_id"], row["changes"], row["prev_hash"]],
        ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def read_csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def verify(folder):
    """(True, message) when the chain is whole; (False, message) at the first fault."""
    entries = read_csv(folder / "audit_entry.csv")
    entries.sort(key=lambda r: int(r["id"]))
    previous, expected = GENESIS, 1
    for row in entries:
        number = int(row["id"])
        if number != expected:
            return False, f"Falta la entrada N° {expected} (sigue la N° {number})."
        if row["prev_hash"] != previous:
            return False, (f"La entrada N° {number} no continúa la cadena: su huella anterior "
                           f"({row['prev_hash'][:12]}…) no es la de la entrada N° {number - 1}.")
        if entry_hash(row) != row["hash"]:
            return False, f"La entrada N° {number} ({row['at'][:19]}) fue alterada."
        previous, expected = row["hash"], number + 1
    last = f"{expected - 1}:{previous}"
    meta = folder / "app_meta.csv"
    if meta.exists():
        head = {r["key"]: r["value"] for r in read_csv(meta)}.get("audit_head")
        if entries and head is None:
            return False, "Falta la marca de la última entrada (audit_head en app_meta.csv)."
        if head is not None and head != last:
            return False, (f"La última entrada anotada es la N° {head.split(':')[0]} y la "
                           f"cadena termina en la N° {expected - 1}: faltan entradas del final.")
    return True, (f"Registro de auditoría íntegro: {len(entries)} entradas verificadas. Última "
                  f"entrada: N° {expected - 1}, huella {previous}.")


def main(argv):
    folder = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent.parent / "datos"
    if not (folder / "audit_entry.csv").exists():
        print(f"No se encontró audit_entry.csv en {folder}.")
        return 2
    ok, message = verify(folder)
    print(message)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
