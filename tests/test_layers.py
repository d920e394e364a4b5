"""DESIGN.md 'must': no import circle between layers or areas. Every import of the package,
at the top of a module or inside a function, goes down the layers (or stays in its own)."""

import ast
import functools
import sys
from collections import defaultdict
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "pisac_desktop"

# From the ground up. A module may import its own layer and those below, never one above.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("pisac_desktop", "clock", "paths", "config", "logsetup", "spanish"),  # foundation
    ("reports",),  # PDF builders: plain data in, PDF out
    ("db",),  # engine, schema and migrations, ORM models, the write lock
    ("core",),  # errors, permissions, audit, accounts, institution, calendar, numbering, backups
    ("instruments",),  # numbered normative documents
    ("council",),  # the municipal council (its acuerdos and ordenanzas are instruments)
    ("tramite",),  # trámite documentario: the desk, case files and their routing
    ("requests",),  # requests with legal clocks, each a kind of case file
    ("management",),  # the Gerencia's desk: follow-up of the acts, over all of the above
    ("startup", "reference_data", "restore", "export", "server_move", "demo",
     "moving_in"),  # the whole office
    ("gui",),  # everything Qt
    ("selftest", "admin_cli", "server_cli", "import_cli", "moving_in_cli", "cli",
     "__main__"),  # the faces of the program
)
LAYER_OF = {unit: i for i, units in enumerate(LAYERS) for unit in units}


def unit_of(module: str) -> str:
    """pisac_desktop.council.sessions -> council; pisac_desktop -> pisac_desktop."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    return ".".join(rel.parts).removesuffix(".__init__")


def imports(path: Path) -> set[str]:
    """Every pisac_desktop module this file imports, wherever the import stands."""
    return set(_imports(str(path), path.stat().st_mtime_ns))


@functools.cache
def _imports(path: str, _mtime_ns: int) -> frozenset[str]:
    """Parsed once per run: four checks read every file's imports (the time is the parsing)."""
    tree = ast.parse(Path(path).read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
    return frozenset(m for m in found if m == "pisac_desktop" or m.startswith("pisac_desktop."))


def source_files() -> list[Path]:
    return [p for p in PACKAGE.rglob("*.py")
            if "forms" not in p.relative_to(PACKAGE).parts[:2]
            and "versions" not in p.parts]


def upward_imports() -> list[str]:
    bad = []
    for path in source_files():
        here = unit_of(module_name(path))
        for target in imports(path):
            there = unit_of(target)
            if LAYER_OF[there] > LAYER_OF[here]:
                bad.append(f"{path.relative_to(PACKAGE)} ({here}) importa {target} ({there})")
    return sorted(bad)


def test_every_unit_has_a_layer():
    units = {unit_of(module_name(p)) for p in source_files()}
    assert units <= set(LAYER_OF), f"sin capa: {sorted(units - set(LAYER_OF))}"


def test_imports_never_go_up_the_layers():
    assert upward_imports() == []


def test_no_circle_between_areas():
    """Within one layer too: the graph of units (areas, top-level modules) has no cycle."""
    graph = defaultdict(set)
    for path in source_files():
        here = unit_of(module_name(path))
        graph[here] |= {unit_of(t) for t in imports(path)} - {here}
    seen, on_path, cycles = set(), [], []

    def visit(node):
        if node in on_path:
            cycles.append(on_path[on_path.index(node):] + [node])
            return
        if node in seen:
            return
        seen.add(node)
        on_path.append(node)
        for nxt in sorted(graph[node]):
            visit(nxt)
        on_path.pop()

    for node in sorted(graph):
        visit(node)
    assert cycles == []


def test_the_check_sees_imports_inside_functions_and_ranks_them(tmp_path):
    late = tmp_path / "late.py"
    late.write_text("def f():\n    from pisac_desktop.gui.app import run\n"
                    "import pisac_desktop.council.sessions\nimport os\n", encoding="utf-8")
    found = imports(late)
    assert found == {"pisac_desktop.gui.app", "pisac_desktop.council.sessions"}
    assert LAYER_OF[unit_of("pisac_desktop.gui.app")] > LAYER_OF["council"] > LAYER_OF["core"]


# Demo data and the screenshot harness are not on the application's run-time path: only the
# commands that exist for them load them (lazily), and the Windows bundle leaves the harness out.
SOURCE_ONLY_USERS = {
    "pisac_desktop.demo": {"cli", "selftest", "demo", "gui"},  # gui: only gui/screenshots
    "pisac_desktop.gui.screenshots": {"cli"},
}


def test_demo_and_screenshots_are_loaded_only_by_their_commands():
    bad = []
    for path in source_files():
        name = module_name(path)
        for target in imports(path):
            for only, users in SOURCE_ONLY_USERS.items():
                inside = name == only or name.startswith(only + ".")
                if (target == only or target.startswith(only + ".")) and not inside:
                    if unit_of(name) not in users or (
                            unit_of(name) == "gui" and not name.startswith(
                                "pisac_desktop.gui.screenshots")):
                        bad.append(f"{name} importa {target}")
    assert bad == []


def test_the_architecture_diagram_is_drawn_from_todays_code():
    """docs/ARCHITECTURE.md carries the diagram tools/draw_architecture.py draws."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "draw_architecture", PACKAGE.parent / "tools" / "draw_architecture.py")
    draw = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(draw)
    assert draw.current_doc_diagram() == draw.diagram(), (
        "El diagrama de docs/ARCHITECTURE.md no corresponde al código: ejecute "
        "python tools/draw_architecture.py")


# The shape of the code (issue 12): functions small enough to read (ruff's C90, max-complexity
# in pyproject.toml) and hand-written files that stay about 500 lines.
FILE_CEILING = 550


def test_no_function_is_too_complex():
    import shutil
    import subprocess

    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    result = subprocess.run([ruff, "check", "--select", "C90", "--output-format", "concise",
                             str(PACKAGE)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_hand_written_file_is_too_long():
    long = {str(p.relative_to(PACKAGE)): n for p in source_files()
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > FILE_CEILING}
    assert long == {}, f"archivos de más de {FILE_CEILING} líneas: {long}"


def test_no_module_imports_another_modules_private_names():
    """A name with a leading underscore belongs to its module: what another module needs is
    made public (named for what it is), so that the private ones can change freely."""
    private = []
    for path in sorted(PACKAGE.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module \
                    and node.module.startswith("pisac_desktop"):
                private += [f"{module_name(path)}: from {node.module} import {alias.name}"
                            for alias in node.names
                            if alias.name.startswith("_") and not alias.name.startswith("__")]
    assert private == []
