"""installer/check, part 3: installer/pisac_desktop.nsi compiled by makensis over the Windows
bundle, then the setup run silently under wine64: install, the installed copy's self-test, an
upgrade in place while the installed program is open, uninstall keeping the user's data folder
byte for byte, reinstall."""

from __future__ import annotations

import hashlib
import re
import subprocess
import threading
import time
from pathlib import Path

from check_bundle import APP, CLI, SIGN_IN_TITLE, check_console, close_windowed, data_folder
from check_report import Report, mb
from virtual_screen import VirtualScreen
from windows_build import BUNDLE, DIST, HERE
from wine_prefix import Wine

NSI = HERE / "pisac_desktop.nsi"
SETUP_BUDGET_MB = 40
SHORTCUT = "Gestión Municipal Pisac"
PUBLISHER = "Municipalidad Distrital de Pisac"
UNINSTALL_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\PisacDesktop"
CUSTOM_DIR = r"C:\Programas municipales\Pisac Desktop"
DEFAULT_DIR = r"C:\Program Files\Pisac Desktop"
# Written by a running program (its lock and its log), not data the setup could have touched.
# What the open program itself writes in the data folder: its log, its lock, and the mark of a
# clean close (db/health_stamp.py: removed at start, written at a clean end).
RUN_FILES = re.compile(r"(^|/)(logs/.*|[^/]*\.lock|\.[^/]*\.verificada)$")


def tree_changes(before: dict[str, str], after: dict[str, str]) -> str:
    """Which files differ between two digests, for the report."""
    changed = sorted(k for k in before.keys() & after.keys() if before[k] != after[k])
    parts = [f"{label}: {', '.join(names)}" for label, names in (
        ("cambiados", changed), ("desaparecidos", sorted(before.keys() - after.keys())),
        ("nuevos", sorted(after.keys() - before.keys()))) if names]
    return "; ".join(parts)


def tree_digest(path: Path, skip: re.Pattern | None = None) -> dict[str, str]:
    digest = {}
    for file in sorted(path.rglob("*")):
        rel = file.relative_to(path).as_posix()
        if file.is_file() and not (skip and skip.search(rel)):
            digest[rel] = hashlib.sha256(file.read_bytes()).hexdigest()
    return digest


# ---------------------------------------------------------------- makensis

def _makensis(out_dir: Path, version: str, log: Path, compressor: str | None = None) -> subprocess.Popen:
    cmd = ["makensis", "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={version}",
           f"-DBUNDLE_DIR={BUNDLE}", f"-DOUT_DIR={out_dir}"]
    if compressor:
        cmd.append(f"-DCOMPRESSOR={compressor}")
    return subprocess.Popen(cmd + [str(NSI)], stdout=log.open("w"), stderr=subprocess.STDOUT)


def previous_version(version: str) -> str:
    major, minor, patch = (int(x) for x in re.findall(r"\d+", version)[:3])
    if patch:
        return f"{major}.{minor}.{patch - 1}"
    return f"{major}.{minor - 1}.0" if minor else f"{major - 1}.0.0" if major else "0.0.0"


class SetupBuild:
    """makensis, started as soon as the bundle is ready (it runs beside the programs' checks):
    the setup, and a stand-in for the previous release (uncompressed: quick) for the upgrade."""

    def __init__(self, report: Report, work: Path, logs: Path) -> None:
        self.report = report
        self.logs = logs
        self.previous = previous_version(report.version)
        self.setup = DIST / f"PisacDesktop-Setup-{report.version}.exe"
        previous_dir = work / "anterior"
        previous_dir.mkdir(exist_ok=True)
        self.previous_setup = previous_dir / f"PisacDesktop-Setup-{self.previous}.exe"
        self.setup.unlink(missing_ok=True)
        self.began = time.monotonic()
        self.ended: list[float] = []
        self.jobs = [_makensis(DIST, report.version, logs / "makensis.log"),
                     _makensis(previous_dir, self.previous, logs / "makensis-anterior.log", "none")]
        self.waiter = threading.Thread(target=self._wait, daemon=True)
        self.waiter.start()

    def _wait(self) -> None:
        for job in self.jobs:
            job.wait()
        self.ended.append(time.monotonic())

    def finish(self) -> tuple[Path, Path, str] | None:
        report = self.report
        self.waiter.join(timeout=1800)
        codes = [job.poll() for job in self.jobs]
        for code, name in zip(codes, ("makensis.log", "makensis-anterior.log"), strict=True):
            if code:
                print((self.logs / name).read_text(encoding="utf-8", errors="replace")[-3000:])
        seconds = (self.ended[0] if self.ended else time.monotonic()) - self.began
        if not report.expect(codes == [0, 0] and self.setup.is_file(),
                             f"makensis compiló installer/pisac_desktop.nsi sobre el paquete de "
                             f"Windows en {seconds:.0f} s: {self.setup.name}", f"códigos {codes}"):
            return None
        size = self.setup.stat().st_size
        report.sizes["instalador"] = mb(size)
        report.expect(size <= SETUP_BUDGET_MB * 1e6,
                      f"tamaño del instalador: {mb(size)} (límite {SETUP_BUDGET_MB} MB)")
        return self.setup, self.previous_setup, self.previous


# ---------------------------------------------------------------- installed state

def _lnk_targets(lnk: Path, target: str) -> bool:
    data = lnk.read_bytes()
    return target.encode("utf-16-le") in data or target.encode("latin-1", "replace") in data


def _shortcuts(wine: Wine) -> list[Path]:
    return [wine.drive_c / "ProgramData/Microsoft/Windows/Start Menu/Programs" / f"{SHORTCUT}.lnk",
            wine.drive_c / "users/Public/Desktop" / f"{SHORTCUT}.lnk"]


def check_installed(report: Report, wine: Wine, install_dir: str, version: str, label: str) -> None:
    unix_dir = wine.unix(install_dir)
    expected = {p.relative_to(BUNDLE).as_posix(): p.stat().st_size
                for p in BUNDLE.rglob("*") if p.is_file()}
    installed = {p.relative_to(unix_dir).as_posix(): p.stat().st_size
                 for p in unix_dir.rglob("*") if p.is_file()} if unix_dir.is_dir() else {}
    uninstaller = installed.pop("desinstalar.exe", None)
    report.expect(installed == expected and uninstaller,
                  f"{label}: los {len(expected)} archivos del paquete y desinstalar.exe en {install_dir}",
                  f"faltan {sorted(set(expected) - set(installed))[:5]}, "
                  f"sobran {sorted(set(installed) - set(expected))[:5]}")

    target = install_dir + "\\" + APP
    report.expect(all(s.is_file() and _lnk_targets(s, target) for s in _shortcuts(wine)),
                  f"{label}: accesos directos «{SHORTCUT}» en el menú Inicio y el escritorio "
                  f"(todos los usuarios) hacia {target}", str([s.is_file() for s in _shortcuts(wine)]))

    values = wine.registry(UNINSTALL_KEY) or {}
    size_kb = sum(expected.values()) / 1024
    want = {
        "DisplayVersion": version,
        "Publisher": PUBLISHER,
        "DisplayIcon": target + ",0",
        "InstallLocation": install_dir,
        "UninstallString": f'"{install_dir}\\desinstalar.exe"',
        "QuietUninstallString": f'"{install_dir}\\desinstalar.exe" /S',
    }
    wrong = {k: values.get(k) for k, v in want.items() if values.get(k) != v}
    estimated = values.get("EstimatedSize")
    if not isinstance(estimated, int) or not 0.9 * size_kb < estimated < 1.2 * size_kb:
        wrong["EstimatedSize"] = estimated
    if "Pisac Desktop" not in str(values.get("DisplayName", "")):
        wrong["DisplayName"] = values.get("DisplayName")
    wow = wine.registry(UNINSTALL_KEY.replace("Software\\", "Software\\Wow6432Node\\", 1))
    report.expect(not wrong and wow is None,
                  f"{label}: HKLM\\{UNINSTALL_KEY} (vista de 64 bits): {values.get('DisplayName')}, "
                  f"{values.get('DisplayVersion')}, {values.get('Publisher')}, icono, "
                  f"{estimated} KB, desinstalador", f"{wrong}, Wow6432Node: {wow}")


def check_uninstalled(report: Report, wine: Wine, install_dir: str, label: str) -> None:
    leftovers = [p for p in (wine.unix(install_dir), *_shortcuts(wine)) if p.exists()]
    report.expect(not leftovers and wine.registry(UNINSTALL_KEY) is None,
                  f"{label}: programa, accesos directos y entrada de desinstalación eliminados",
                  f"quedan {leftovers}, registro {wine.registry(UNINSTALL_KEY)}")


def _setup(wine: Wine, *args: str) -> int:
    code = wine.run(*args, timeout=900).code
    wine.wait()  # the registry is saved when the prefix's programs ended
    return code


# ---------------------------------------------------------------- the cycle

def install_cycle(report: Report, wine: Wine, screen: VirtualScreen, setups: tuple[Path, Path, str]) -> None:
    setup, previous_setup, previous = setups
    version = report.version
    # The previous version into a folder of the IT person's choosing (/D=). NSIS takes /D=
    # unquoted, as the rest of the command line: wine would quote one argument with spaces,
    # so the path goes in pieces that wine joins with single spaces.
    code = _setup(wine, str(previous_setup), "/S", *f"/D={CUSTOM_DIR}".split(" "))
    report.expect(code == 0, f"instalación silenciosa de la versión {previous}: /S /D={CUSTOM_DIR}")
    check_installed(report, wine, CUSTOM_DIR, previous, f"versión {previous}")

    # The user's data (the demo made by the bundle), a file of theirs, a file of the old version.
    data = data_folder(wine)
    (data / "notas del usuario.txt").write_text("no borrar", encoding="utf-8")
    before = tree_digest(data, RUN_FILES)
    stale = wine.unix(CUSTOM_DIR) / "_internal" / "obsoleto-version-anterior.pyd"
    stale.write_bytes(b"old")

    # The installed program is open (its sign-in window), so the setup must close it first.
    app = wine.start(f"{CUSTOM_DIR}\\{APP}", env=screen.env)
    shown = screen.wait_for_window(SIGN_IN_TITLE, timeout=180, alive=lambda: app.poll() is None)
    report.expect(shown is not None, f"versión {previous} abierta antes de actualizar "
                  f"(su ventana en pantalla a los {shown.seconds if shown else 0:.0f} s)")
    code = wine.run(str(setup), "/S", env=screen.env, timeout=900).code
    closed = app.poll() is not None
    if not closed:
        close_windowed(wine, app, screen)
    wine.wait()
    report.expect(code == 0, f"actualización silenciosa a {version} sobre {previous} (/S, sin /D)")
    report.expect(closed, "actualización: el programa abierto se cerró antes de instalar")
    check_installed(report, wine, CUSTOM_DIR, version, f"actualización a {version}")
    report.expect(not stale.exists(), "actualización: no quedan archivos de la versión anterior")
    report.expect(not wine.unix(DEFAULT_DIR).exists(),
                  "actualización: en la carpeta instalada, no en una segunda copia")
    after = tree_digest(data, RUN_FILES)
    report.expect(after == before,
                  f"actualización: carpeta de datos intacta ({len(before)} archivos, sin contar "
                  "el registro, el bloqueo y la marca de cierre del programa abierto)",
                  tree_changes(before, after))

    # The installed copy checks itself (the gate of CI): the programs as the clerks get them.
    check_console(report, wine, CUSTOM_DIR, "copia instalada")

    # Silent uninstall with the command registered for IT (QuietUninstallString).
    digest = tree_digest(data)
    code = _setup(wine, f"{CUSTOM_DIR}\\desinstalar.exe", "/S")
    report.expect(code == 0, "desinstalación silenciosa (desinstalar.exe /S)")
    check_uninstalled(report, wine, CUSTOM_DIR, "desinstalación")
    after = tree_digest(data)
    report.expect(after == digest,
                  f"desinstalación: la carpeta de datos sobrevive byte a byte ({len(digest)} archivos)",
                  tree_changes(digest, after))

    # Reinstall with the defaults (64-bit Program Files): the program finds the data again.
    code = _setup(wine, str(setup), "/S")
    report.expect(code == 0, f"reinstalación silenciosa de {version} con la carpeta por omisión")
    check_installed(report, wine, DEFAULT_DIR, version, "reinstalación")
    report.expect(not wine.unix(r"C:\Program Files (x86)\Pisac Desktop").exists(),
                  "reinstalación: en Program Files de 64 bits")
    result = wine.run(f"{DEFAULT_DIR}\\{CLI}", "check", timeout=600)
    report.expect(result.code == 0, f"reinstalación: {CLI} check sobre los datos conservados "
                  f"({result.seconds:.0f} s)", result.output[-500:])
    digest = tree_digest(data)
    code = _setup(wine, f"{DEFAULT_DIR}\\desinstalar.exe", "/S")
    check_uninstalled(report, wine, DEFAULT_DIR, "segunda desinstalación")
    report.expect(code == 0 and tree_digest(data) == digest,
                  "segunda desinstalación: la carpeta de datos sobrevive byte a byte")
