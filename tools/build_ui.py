"""Regenerate pisac_desktop/gui/forms/ui_*.py from ui/*.ui with pyside6-uic.

python tools/build_ui.py           # regenerate every form
python tools/build_ui.py --check   # exit 1 if a generated module is stale (used by the tests)
python tools/build_ui.py --check --regenerate   # ... comparing with uic's output too (slow)
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
UI_DIR = ROOT / "ui"
FORMS_DIR = ROOT / "pisac_desktop" / "gui" / "forms"
HEADER = (
    "# Generated from ui/{name} by tools/build_ui.py (pyside6-uic). Do not edit: edit the .ui file\n"
    "# in Qt Designer and run `python tools/build_ui.py`.\n"
    "# source-sha256: {digest}\n"
    "# uic: {uic}\n"
    "# output-sha256: {output}\n"
)
_DIGEST = re.compile(r"^# source-sha256: ([0-9a-f]{64})$", re.MULTILINE)
_UIC = re.compile(r"^# uic: (.+)$", re.MULTILINE)
_OUTPUT = re.compile(r"^# output-sha256: ([0-9a-f]{64})\n", re.MULTILINE)


def source_digest(ui_file: Path) -> str:
    return hashlib.sha256(ui_file.read_bytes()).hexdigest()


def uic_executable() -> str:
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else "pyside6-uic"


def generate(ui_file: Path) -> str:
    out = subprocess.run(
        [uic_executable(), "--no-autoconnection", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
        encoding="utf-8",
    ).stdout
    # uic stamps its own version in a comment: drop that line so the output is reproducible.
    body = "\n".join(
        line for line in out.splitlines() if "Created by: Qt User Interface Compiler" not in line
    )
    body = body.rstrip() + "\n"
    header = HEADER.format(name=ui_file.name, digest=source_digest(ui_file), uic=uic_version(),
                           output=_sha256(body))
    return header + body


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _edited(text: str) -> bool:
    """The module's code is not what uic wrote: its recorded digest (of everything below the
    header) does not match."""
    output = _OUTPUT.search(text)
    return output is None or output.group(1) != _sha256(text[output.end():])


@functools.cache
def uic_version() -> str:
    return subprocess.run(
        [uic_executable(), "--version"], check=True, capture_output=True, text=True
    ).stdout.strip()


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def stale_forms(regenerate_all: bool = False) -> list[str]:
    """Generated modules that do not come from the current .ui files.

    The recorded digest of the .ui source is compared with the .ui file, and the recorded digest
    of uic's output with the module's code (a hand edit of a generated module): digests only,
    in milliseconds (running uic on every form took seconds). `--check --regenerate` also
    compares each module with what the installed uic writes, when it is the uic that wrote it.
    """
    problems = []
    current_uic = uic_version() if regenerate_all else None
    regenerate = []  # (ui file, text on disk): compared with uic's output, several at once
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target = target_for(ui_file)
        name = target.relative_to(ROOT)
        if not target.exists():
            problems.append(f"{name} falta")
            continue
        text = target.read_text(encoding="utf-8")
        digest, uic = _DIGEST.search(text), _UIC.search(text)
        if digest is None or digest.group(1) != source_digest(ui_file):
            problems.append(f"{name} está desactualizado respecto de {ui_file.name}")
        elif _edited(text):
            problems.append(f"{name} fue editado a mano; regenérelo")
        elif regenerate_all and uic is not None and uic.group(1) == current_uic:
            regenerate.append((ui_file, text))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
        fresh = list(pool.map(generate, [ui_file for ui_file, _ in regenerate]))
    problems += [f"{target_for(ui_file).relative_to(ROOT)} fue editado a mano; regenérelo"
                 for (ui_file, text), generated in zip(regenerate, fresh, strict=True)
                 if text != generated]
    for target in FORMS_DIR.glob("ui_*.py"):
        if not (UI_DIR / f"{target.stem[3:]}.ui").exists():
            problems.append(f"{target.relative_to(ROOT)} no tiene .ui de origen")
    return problems


def main() -> int:
    if "--check" in sys.argv:
        problems = stale_forms(regenerate_all="--regenerate" in sys.argv)
        for p in problems:
            print(p)
        return 1 if problems else 0
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    (FORMS_DIR / "__init__.py").write_text(
        '"""Modules generated from ui/*.ui by tools/build_ui.py. Do not edit."""\n',
        encoding="utf-8",
    )
    for ui_file in sorted(UI_DIR.glob("*.ui")):
        target_for(ui_file).write_text(generate(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target_for(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
