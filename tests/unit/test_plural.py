"""Spanish counts agree with their number (issue 11, Pantallas 7): no "copia(s)", no
"1 entregadas"."""

import re
from pathlib import Path

from pisac_desktop.spanish.plural import agree, plural

ROOT = Path(__file__).resolve().parents[2] / "pisac_desktop"


def test_plural_and_agree():
    assert plural(1, "copia", "copias") == "1 copia"
    assert plural(0, "copia", "copias") == "0 copias"
    assert plural(8, "citación", "citaciones") == "8 citaciones"
    assert f"{plural(8, 'citación', 'citaciones')}, {plural(1, 'entregada', 'entregadas')}" \
        == "8 citaciones, 1 entregada"
    assert agree(1, "Se registró", "Se registraron") == "Se registró"
    assert agree(2, "Se registró", "Se registraron") == "Se registraron"


def test_no_message_counts_with_a_plural_in_brackets():
    """What a person reads never says 'realizada(s)' or 'comprobación(es)'."""
    found = []
    for path in ROOT.rglob("*.py"):
        if "forms" in path.parts or path.name == "plural.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"(?<![\w.])[a-záéíóúñ]{4,}\((s|es)\)(?= [a-z(])", line) \
                    and "log." not in line:
                found.append(f"{path.relative_to(ROOT)}:{number}: {line.strip()}")
    assert not found, "\n".join(found)
