"""Retake the README's and the help's screenshots of screens (docs/screenshots/) from the demo,
so they always show the application as it looks now.

    python tools/readme_screenshots.py [--data-dir DIR]

Without --data-dir a demo is built in a temporary folder (about a minute). Each docs image is
taken from the capture of `pisac-desktop screenshots` whose name (after its number) is listed
below; printed paper (PDF pages) is not a screen capture and is left as it is.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs" / "screenshots"
TODAY = "2026-12-04"

# docs/screenshots/NAME.png <- the capture NN-CAPTURE.png
CAPTURES = {
    "resumen-secretaria": "secretaria-overview",
    "resumen-gerencia": "gerencia-overview",
    "autoridades": "secretaria-authorities",
    "datos-institucion": "datos-institucion-error",
    "inicio-de-sesion": "inicio-de-sesion",
    "registro-auditoria": "registro-auditoria",
    "normas-y-resoluciones": "secretaria-instruments",
    "vista-previa": "norma-vista-previa",
    "citacion-tardia": "sesion-citacion-tardia",
    "votaciones": "sesion-votaciones",
    "punto-de-agenda": "sesion-punto-de-agenda",
    "verificar-documento": "secretaria-verify",
    "calendario": "calendario-dias-habiles",
    "libros-de-actas": "secretaria-libros-de-actas-acta-elegida",
    "restaurar-copia": "restaurar-copia",
    "mesa-de-partes": "secretaria-intake",
    "expedientes": "secretaria-case_files",
    "documentos-unidad": "secretaria-unit_documents",
    "archivo-central": "secretaria-archive",
    "acceso-informacion": "secretaria-information",
    "recursos": "gerencia-appeals",
    "pedidos-regidores": "secretaria-councillor_requests",
    "fedatarios": "secretaria-fedatarios",
    "tablero-gestion": "gerencia-dashboard",
    "seguimiento-acuerdos": "gerencia-commitments",
    "plan-operativo": "gerencia-plan",
    "informe-mensual": "gerencia-monthly_report",
    "instrumentos-gestion": "gerencia-governance",
    "comisiones-trabajo": "gerencia-commissions",
    "delegaciones": "gerencia-delegations",
    "unidades-organicas": "gerencia-org_units",
    "propuestas-al-concejo": "gerencia-propuestas-elegida",
    "dietas-regidores": "secretaria-dietas-mes",
    "propuestas-agenda": "secretaria-propuestas-elegida",
    "usuarios": "usuarios",
    "concejo-periodos": "concejo-periodos-y-miembros",
    "concejo-y-citaciones": "concejo-y-citaciones",
    "tipos-de-documento": "tipos-de-documento",
    "procedimientos-tupa": "procedimientos-tupa",
    "recursos-y-plazos": "recursos-y-plazos",
    "conexion-base-de-datos": "conexion-base-de-datos",
    "buscar-en-todo": "buscar-resolucion",
    "ayuda-f1": "ayuda-f1",
}


def save_small(source: Path, target: Path) -> None:
    """A screen capture as a 256-colour PNG: a third of the size, the same to the eye (screens
    are flat colours); the help and its images travel in the Windows bundle."""
    from PIL import Image

    with Image.open(source) as image:
        small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE,
                                              dither=Image.Dither.NONE)
        small.save(target, "PNG", optimize=True)


def _python() -> str:
    venv = ROOT / ".venv" / "bin" / "python"
    return str(venv) if venv.exists() else sys.executable


def _run(*args: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    subprocess.run([_python(), "-m", "pisac_desktop", *args], check=True, env=env, cwd=ROOT)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data-dir", help="a demo data folder (else one is built)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="pisac-readme-") as tmp:
        data = Path(args.data_dir) if args.data_dir else Path(tmp) / "demo"
        if not args.data_dir:
            _run("--data-dir", str(data), "demo", "--today", TODAY, "--dias-de-tramite", "35")
        shots = Path(tmp) / "capturas"
        _run("--data-dir", str(data), "screenshots", str(shots))
        by_name = {p.stem.split("-", 1)[1]: p for p in shots.glob("*.png")}
        missing = []
        for doc, capture in CAPTURES.items():
            source = by_name.get(capture)
            if source is None:
                missing.append(capture)
                continue
            save_small(source, DOCS / f"{doc}.png")
        print(f"{len(CAPTURES) - len(missing)} capturas copiadas a {DOCS.relative_to(ROOT)}")
        if missing:
            print("Capturas que ya no existen: " + ", ".join(missing), file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
