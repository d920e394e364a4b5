from pathlib import Path

from pisac_desktop.paths import ENV_DATA_DIR, resolve_data_dir, resource, resources_dir


def test_data_dir_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "env"))
    assert resolve_data_dir(None) == (tmp_path / "env").resolve()
    assert resolve_data_dir(tmp_path / "cli") == (tmp_path / "cli").resolve()
    monkeypatch.delenv(ENV_DATA_DIR)
    default = resolve_data_dir(None)
    assert "PisacDesktop" in str(default)


def test_resources_are_found_with_fonts_and_licences():
    root = resources_dir()
    assert (root / "fonts" / "LiberationSerif-Regular.ttf").exists()
    assert "SIL OPEN FONT LICENSE" in (root / "fonts" / "LICENSE-Liberation-OFL.txt").read_text()
    assert resource("icons", "pisac-desktop.ico").stat().st_size > 0


def test_frozen_bundle_lookup(tmp_path, monkeypatch):
    import sys

    bundle = tmp_path / "bundle"
    (bundle / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    assert resources_dir() == Path(bundle / "resources")
