"""Generated forms are up to date with ui/*.ui, and controllers find their widgets."""

import importlib.util
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _build_ui():
    spec = importlib.util.spec_from_file_location("build_ui", ROOT / "tools" / "build_ui.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_ui"] = module
    spec.loader.exec_module(module)
    return module


def test_generated_forms_are_not_stale():
    problems = _build_ui().stale_forms()
    assert not problems, "Ejecute `python tools/build_ui.py`: " + "; ".join(problems)


SAMPLE = ("overview", "about_dialog")  # the detection tests regenerate only these


def _sample_copy(build_ui, tmp_path, monkeypatch) -> tuple[Path, Path]:
    """ui/ and gui/forms/ holding only the SAMPLE forms (regenerating all 58 takes a minute),
    and build_ui pointed at them."""
    ui_dir, forms_dir = tmp_path / "ui", tmp_path / "forms"
    ui_dir.mkdir()
    forms_dir.mkdir()
    for name in SAMPLE:
        shutil.copy(build_ui.UI_DIR / f"{name}.ui", ui_dir)
        shutil.copy(build_ui.FORMS_DIR / f"ui_{name}.py", forms_dir)
    monkeypatch.setattr(build_ui, "UI_DIR", ui_dir)
    monkeypatch.setattr(build_ui, "FORMS_DIR", forms_dir)
    monkeypatch.setattr(build_ui, "ROOT", tmp_path)
    return ui_dir, forms_dir


def test_stale_check_detects_an_edited_form(tmp_path, monkeypatch):
    build_ui = _build_ui()
    ui_dir, _forms_dir = _sample_copy(build_ui, tmp_path, monkeypatch)
    assert build_ui.stale_forms() == []
    overview = ui_dir / "overview.ui"
    overview.write_text(overview.read_text(encoding="utf-8").replace("Pendientes", "Por hacer"),
                        encoding="utf-8")
    assert any("overview" in p for p in build_ui.stale_forms())


def test_every_ui_file_has_a_generated_module():
    for ui_file in (ROOT / "ui").glob("*.ui"):
        assert (ROOT / "pisac_desktop" / "gui" / "forms" / f"ui_{ui_file.stem}.py").exists()


def test_hand_edited_generated_module_is_detected(tmp_path, monkeypatch):
    build_ui = _build_ui()
    _ui_dir, forms_dir = _sample_copy(build_ui, tmp_path, monkeypatch)
    assert build_ui.stale_forms() == []
    module = forms_dir / "ui_overview.py"
    module.write_text(module.read_text(encoding="utf-8").replace("Pendientes", "Pending items"),
                      encoding="utf-8")
    assert any("editado a mano" in p for p in build_ui.stale_forms())


def test_regenerating_compares_with_what_uic_writes(tmp_path, monkeypatch):
    """`build_ui.py --check --regenerate` runs uic again and compares the whole text: a module
    whose code and digest were both changed by hand is caught there."""
    build_ui = _build_ui()
    _ui_dir, forms_dir = _sample_copy(build_ui, tmp_path, monkeypatch)
    assert build_ui.stale_forms(regenerate_all=True) == []
    module = forms_dir / "ui_overview.py"
    text = module.read_text(encoding="utf-8").replace("Pendientes", "Pending items")
    header, body = text.split("# output-sha256: ", 1)
    body = body.split("\n", 1)[1]
    module.write_text(f"{header}# output-sha256: {build_ui._sha256(body)}\n{body}",
                      encoding="utf-8")
    assert build_ui.stale_forms() == []  # the digests alone agree
    assert any("editado a mano" in p for p in build_ui.stale_forms(regenerate_all=True))
