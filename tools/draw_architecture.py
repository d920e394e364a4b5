"""Draw the layers and areas of pisac_desktop from the code's own imports, as a Mermaid diagram
inside docs/ARCHITECTURE.md (between the two marker lines). tests/test_layers.py fails when the
drawing is out of date.

    python tools/draw_architecture.py          # rewrite the diagram in docs/ARCHITECTURE.md
    python tools/draw_architecture.py --print  # print it only
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "ARCHITECTURE.md"
BEGIN = "<!-- diagram: python tools/draw_architecture.py -->"
END = "<!-- end of diagram -->"
sys.path.insert(0, str(ROOT / "tests"))

from test_layers import LAYERS, imports, module_name, source_files, unit_of  # noqa: E402

LAYER_NAMES = ("base", "paper", "database", "core", "instruments", "council", "tramite",
               "requests", "management", "office", "screens", "faces")


def edges() -> dict[str, set[str]]:
    graph: dict[str, set[str]] = defaultdict(set)
    for path in source_files():
        here = unit_of(module_name(path))
        graph[here] |= {unit_of(t) for t in imports(path)} - {here}
    return graph


def diagram() -> str:
    present_units = {unit_of(module_name(path)) for path in source_files()}
    out = ["```mermaid", "flowchart BT"]
    for number, (units, label) in enumerate(zip(LAYERS, LAYER_NAMES, strict=True)):
        present = [u for u in units if u in present_units]
        if not present:
            continue
        out.append(f'  subgraph L{number}["{number}. {label}"]')
        for unit in present:
            name = unit if unit == "pisac_desktop" else f"{unit}/" if (
                ROOT / "pisac_desktop" / unit).is_dir() else f"{unit}.py"
            out.append(f'    {unit}["{name}"]')
        out.append("  end")
    graph = edges()
    for source in sorted(graph):
        for target in sorted(graph[source]):
            if target != "pisac_desktop":  # everything may read the version: not drawn
                out.append(f"  {source} --> {target}")
    out.append("```")
    return "\n".join(out)


def current_doc_diagram() -> str:
    text = DOC.read_text(encoding="utf-8")
    start = text.index(BEGIN) + len(BEGIN)
    return text[start:text.index(END)].strip()


def main(argv: list[str]) -> int:
    drawn = diagram()
    if "--print" in argv:
        print(drawn)
        return 0
    text = DOC.read_text(encoding="utf-8")
    start = text.index(BEGIN) + len(BEGIN)
    DOC.write_text(text[:start] + "\n" + drawn + "\n" + text[text.index(END):],
                   encoding="utf-8")
    print(f"Diagram redrawn in {DOC.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
