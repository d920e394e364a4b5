"""Write the user manual (PDF) from the help pages in docs/ayuda and docs/screenshots.

python tools/build_manual.py                      # docs/manual-de-usuario.pdf (not committed)
python tools/build_manual.py --to manual.pdf

The program builds the same manual when asked (Ayuda › Manual de usuario), from the pages it
ships; tests/unit/test_help_pages.py builds it too and checks its headings.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    from pisac_desktop import __version__
    from pisac_desktop.paths import write_whole
    from pisac_desktop.reports.manual import build_manual

    parser = argparse.ArgumentParser(description="Escribe el manual de usuario en PDF.")
    parser.add_argument("--to", type=Path, default=ROOT / "docs" / "manual-de-usuario.pdf",
                        help="archivo PDF de salida")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    pdf = build_manual(__version__, folder=ROOT / "docs" / "ayuda")
    args.to.parent.mkdir(parents=True, exist_ok=True)
    write_whole(args.to, pdf)
    print(f"{args.to}: {len(pdf) / 1e6:.1f} MB en {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
