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


def test_stale_check_detects_an_edited_form(tmp_path, monkeypatch):
    build_ui = _build_ui()
    ui_dir, forms_dir = tmp_path / "ui", tmp_path / "forms"
    shutil.copytree(build_ui.UI_DIR, ui_dir)
    shutil.copytree(build_ui.FORMS_DIR, forms_dir)
    monkeypatch.setattr(build_ui, "UI_DIR", ui_dir)
    monkeypatch.setattr(build_ui, "FORMS_DIR", forms_dir)
    monkeypatch.setattr(build_ui, "ROOT", tmp_path)
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
    forms_dir = tmp_path / "forms"
    shutil.copytree(build_ui.FORMS_DIR, forms_dir)
    monkeypatch.setattr(build_ui, "FORMS_DIR", forms_dir)
    monkeypatch.setattr(build_ui, "ROOT", tmp_path.parent)
    module = forms_dir / "ui_overview.py"
    module.write_text(module.read_text(encoding="utf-8").replace("Pendientes", "Pending items"),
                      encoding="utf-8")
    assert any("editado a mano" in p for p in build_ui.stale_forms())
