"""installer/check's body: bundle, self-test, makensis, and a silent install/upgrade/uninstall
under wine64. Run through installer/check, which installs the tools first.

Options: --skip-build reuses installer/dist/PisacDesktop (faster while editing the .nsi).
Exit code 0 only if every check passed; each failure is named in the report.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE_ONLY = ("pisac_desktop.gui.screenshots",)  # as in pisac_desktop.spec
ROOT = HERE.parent
DIST = HERE / "dist"
BUNDLE = DIST / "PisacDesktop"
SPEC = HERE / "pisac_desktop.spec"
NSI = HERE / "pisac_desktop.nsi"

BUNDLE_BUDGET_MB = 160
SETUP_BUDGET_MB = 70
START_BUDGET_S = 3.0
SHORTCUT = "Gestión Municipal Pisac"
PUBLISHER = "Municipalidad Distrital de Pisac"
UNINSTALL_KEY = r"Software\Microsoft\Windows\CurrentVersion\Uninstall\PisacDesktop"
DATA_SUBDIR = ("MunicipalidadPisac", "PisacDesktop")  # appdirs.user_data_dir on Windows
DATA_WINDOWS = "AppData\\Local\\" + "\\".join(DATA_SUBDIR)
# Qt modules the spec excludes: none of their libraries may reach the bundle.
UNUSED_QT = re.compile(r"Qt6?(WebEngine|Quick|Qml|3D|Multimedia|Charts|DataVisualization|Graphs|"
                       r"Designer|Location|Positioning|Sensors|Bluetooth|TextToSpeech|Test)",
                       re.IGNORECASE)

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


class Report:
    def __init__(self) -> None:
        self.failures: list[str] = []
        self.started = time.monotonic()

    def ok(self, text: str) -> None:
        print(f"[ OK ] {text}", flush=True)

    def fail(self, text: str) -> None:
        print(f"[FALLA] {text}", flush=True)
        self.failures.append(text)

    def expect(self, condition: bool, text: str, detail: str = "") -> bool:
        if condition:
            self.ok(text)
        else:
            self.fail(text + (f": {detail}" if detail else ""))
        return condition

    def step(self, title: str) -> None:
        print(f"\n== {title} ({time.monotonic() - self.started:.0f} s)", flush=True)


def run(cmd: list[str], *, log: Path, env: dict | None = None, cwd: Path | None = None,
        timeout: float = 1800) -> int:
    """Run a command with its output in a log file; the log's tail is printed if it fails."""
    with log.open("w", encoding="utf-8") as out:
        code = subprocess.call(cmd, stdout=out, stderr=subprocess.STDOUT, env=env, cwd=cwd,
                               timeout=timeout)
    if code != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-40:]
        print(f"$ {' '.join(cmd)}  -> código {code}\n" + "\n".join(tail), flush=True)
    return code


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def tree_digest(path: Path) -> dict[str, str]:
    return {p.relative_to(path).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(path.rglob("*")) if p.is_file()}


def mb(size: int) -> str:
    return f"{size / 1e6:.1f} MB"


# ---------------------------------------------------------------- 1. bundle

def build_bundle(report: Report, logs: Path) -> bool:
    code = run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                "--distpath", str(DIST), "--workpath", str(HERE / "build"), str(SPEC)],
               log=logs / "pyinstaller.log", cwd=ROOT)
    return report.expect(code == 0, "PyInstaller construyó el paquete con installer/pisac_desktop.spec")


def check_bundle(report: Report) -> None:
    internal = BUNDLE / "_internal"
    exe_suffix = ".exe" if sys.platform == "win32" else ""
    names = sorted(p.name for p in BUNDLE.iterdir())
    report.expect(names == sorted(["_internal", f"pisac-desktop{exe_suffix}",
                                   f"pisac-desktop-cli{exe_suffix}"]),
                  "paquete: pisac-desktop, pisac-desktop-cli y _internal (lo que el .nsi espera)",
                  str(names))

    source_versions = sorted(p.name for p in (ROOT / "pisac_desktop/db/migrations/versions").glob("*.py"))
    migrations = internal / "pisac_desktop/db/migrations"
    bundled_versions = sorted(p.name for p in (migrations / "versions").glob("*.py"))
    report.expect(bundled_versions == source_versions and (migrations / "env.py").is_file(),
                  f"migraciones de Alembic como archivos ({len(source_versions)} versiones y env.py)",
                  f"fuente {source_versions}, paquete {bundled_versions}")

    resources = sorted(p.relative_to(ROOT / "resources").as_posix()
                       for p in (ROOT / "resources").rglob("*") if p.is_file())
    missing = [r for r in resources if not (internal / "resources" / r).is_file()]
    report.expect(not missing, f"resources/ completo ({len(resources)} archivos)", str(missing))

    qm = sorted(p.name for p in internal.rglob("*.qm"))
    report.expect("qtbase_es.qm" in qm and all(n.endswith("_es.qm") for n in qm),
                  f"traducciones de Qt: solo español ({', '.join(qm)})", str(qm))

    unused = sorted({p.name for p in internal.rglob("*") if UNUSED_QT.search(p.name)})
    report.expect(not unused, "ningún módulo de Qt excluido (WebEngine, Quick, Qml, 3D...)",
                  ", ".join(unused[:10]))

    # Every module of the package is in the archive: the spec needs no list of modules.
    from PyInstaller.archive.readers import ZlibArchiveReader

    pyz = ZlibArchiveReader(str(HERE / "build" / "pisac_desktop" / "PYZ-00.pyz"))
    bundled = {name for name in pyz.toc if name.startswith("pisac_desktop")}
    source = set()
    for path in (ROOT / "pisac_desktop").rglob("*.py"):
        rel = path.relative_to(ROOT).with_suffix("")
        if "migrations" in rel.parts:
            continue
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        source.add(".".join(parts))
    # The screenshot harness is left out on purpose (the spec's SOURCE_ONLY).
    left_out = {m for m in source if m.startswith(SOURCE_ONLY)}
    missing_modules = sorted(source - left_out - bundled)
    report.expect(not missing_modules,
                  f"los {len(source - left_out)} módulos de pisac_desktop están en el paquete",
                  ", ".join(missing_modules[:10]))
    report.expect(not (left_out & bundled), "el generador de capturas quedó fuera del paquete",
                  ", ".join(sorted(left_out & bundled)))

    size = tree_size(BUNDLE)
    icu = sum(p.stat().st_size for p in internal.rglob("libicu*") if p.is_file() and not p.is_symlink())
    # Qt's Windows wheels use Windows' own ICU: the Linux-only ICU libraries do not count.
    report.expect(size - icu < BUNDLE_BUDGET_MB * 1e6,
                  f"tamaño del paquete: {mb(size)} en Linux, {mb(size - icu)} sin ICU "
                  f"(límite {BUNDLE_BUDGET_MB} MB; en Windows lo mide build.ps1)")


def self_test(report: Report, work: Path, logs: Path) -> None:
    """The bundle, copied away from the checkout, runs its self-test and the admin commands."""
    bundle = work / "paquete"
    shutil.copytree(BUNDLE, bundle, symlinks=True)
    home = work / "home"
    (home / "tmp").mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV", "QT_"))}
    env.update(HOME=str(home), TMPDIR=str(home / "tmp"), QT_QPA_PLATFORM="offscreen",
               PISAC_DATA_DIR=str(home / "datos-no-usar"), PATH="/usr/bin:/bin")
    app = str(bundle / "pisac-desktop")
    cli = str(bundle / "pisac-desktop-cli")

    code = run([app, "--self-test"], log=logs / "self-test.log", env=env, cwd=home)
    out = (logs / "self-test.log").read_text(encoding="utf-8", errors="replace")
    print("\n".join(line for line in out.splitlines() if line.startswith(("[", "Resultado"))))
    report.expect(code == 0 and "la instalación está en orden" in out
                  and f"en {bundle}/_internal/resources" in out,
                  "<paquete>/pisac-desktop --self-test (sin pantalla, fuera del repositorio)",
                  f"código {code}")

    code = run([cli, "--version"], log=logs / "version.log", env=env, cwd=home)
    text = (logs / "version.log").read_text(encoding="utf-8").strip()
    report.expect(code == 0 and text == f"Pisac Desktop {VERSION}", f"pisac-desktop-cli --version: {text}")

    demo = work / "datos-demo"
    code = run([cli, "--data-dir", str(demo), "demo"], log=logs / "demo.log", env=env, cwd=home)
    code2 = run([cli, "--data-dir", str(demo), "check"], log=logs / "check.log", env=env, cwd=home)
    report.expect(code == 0 and code2 == 0, "pisac-desktop-cli demo y check sobre una carpeta de datos")

    # The screenshot harness is left out of the bundle (it serves the README, from a checkout).
    shots = work / "capturas"
    code = run([cli, "--data-dir", str(demo), "screenshots", str(shots)],
               log=logs / "screenshots.log", env=env, cwd=home)
    said = (logs / "screenshots.log").read_text(encoding="utf-8", errors="replace")
    report.expect(code == 2 and "código fuente" in said and not shots.exists(),
                  "el paquete no incluye el generador de capturas (pisac-desktop screenshots)",
                  said[-300:])

    # First start: demo data, sign-in hook, main window shown, event loop idle (bench/run.py's hook).
    start_env = dict(env, PISAC_EXIT_WHEN_IDLE="1", PISAC_BENCH_SIGN_IN="soporte:pisac2026")
    begin = time.monotonic()
    code = run([app, "--data-dir", str(demo)], log=logs / "start.log", env=start_env, cwd=home)
    elapsed = time.monotonic() - begin
    idle = "IDLE elapsed=" in (logs / "start.log").read_text(encoding="utf-8", errors="replace")
    report.expect(code == 0 and idle, f"arranque del paquete hasta la ventana principal: {elapsed:.1f} s "
                  f"(con cierre; meta {START_BUDGET_S:.0f} s en una PC común, solo informativo)")


# ---------------------------------------------------------------- 2. makensis

def makensis(out_dir: Path, version: str, log: Path, compressor: str | None = None) -> subprocess.Popen:
    cmd = ["makensis", "-V2", "-INPUTCHARSET", "UTF8", f"-DVERSION={version}",
           f"-DBUNDLE_DIR={BUNDLE}", f"-DOUT_DIR={out_dir}"]
    if compressor:
        cmd.append(f"-DCOMPRESSOR={compressor}")
    return subprocess.Popen(cmd + [str(NSI)], stdout=log.open("w"), stderr=subprocess.STDOUT)


def previous_version() -> str:
    major, minor, patch = (int(x) for x in re.findall(r"\d+", VERSION)[:3])
    if patch:
        return f"{major}.{minor}.{patch - 1}"
    return f"{major}.{minor - 1}.0" if minor else f"{major - 1}.0.0" if major else "0.0.0"


# ---------------------------------------------------------------- 3. wine

class Wine:
    def __init__(self, prefix: Path, logs: Path) -> None:
        self.prefix = prefix
        self.logs = logs
        self.exe = next((c for c in ("/usr/lib/wine/wine64", shutil.which("wine64"), shutil.which("wine"))
                         if c and Path(c).exists()), None)
        server = Path(self.exe).with_name("wineserver") if self.exe else None
        self.server = str(server) if server and server.exists() else shutil.which("wineserver")
        self.env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
        self.env.update(WINEPREFIX=str(prefix), WINEARCH="win64", WINEDEBUG="-all",
                        WINEDLLOVERRIDES="mscoree,mshtml=")
        self.count = 0

    def __call__(self, *args: str, then: Callable[[], None] | None = None) -> int:
        """Run a Windows program until it exits; `then` runs before waiting for the others."""
        self.count += 1
        code = run([self.exe, *args], log=self.logs / f"wine-{self.count}.log", env=self.env,
                   cwd=self.prefix.parent, timeout=900)
        if then:
            then()
        self.wait()
        return code

    def start(self, *args: str) -> subprocess.Popen:
        return subprocess.Popen([self.exe, *args], env=self.env, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)

    def wait(self) -> None:
        """Until every Windows process ended and wineserver saved the registry."""
        subprocess.call([self.server, "-w"], env=self.env, timeout=900)

    def unix(self, windows_path: str) -> Path:
        drive, _, rest = windows_path.partition(":\\")
        assert drive.upper() == "C", windows_path
        return self.prefix / "drive_c" / Path(*rest.split("\\"))

    def registry(self, key: str) -> dict[str, object] | None:
        """Values of a key of HKLM (64-bit view) from system.reg, or None if it is absent."""
        text = (self.prefix / "system.reg").read_text(encoding="utf-8", errors="replace")
        header = "[" + key.replace("\\", "\\\\") + "]"
        for block in text.split("\n\n"):
            lines = block.strip().splitlines()
            if not lines or not lines[0].startswith(header + " ") and lines[0] != header:
                continue
            values: dict[str, object] = {}
            for line in lines[1:]:
                match = re.match(r'"((?:[^"\\]|\\.)*)"=(.*)$', line)
                if not match:
                    continue
                name, raw = _reg_unescape(match.group(1)), match.group(2)
                if raw.startswith("dword:"):
                    values[name] = int(raw[6:], 16)
                elif raw.startswith('"'):
                    values[name] = _reg_unescape(raw[1:-1])
            return values
        return None


def _reg_unescape(text: str) -> str:
    return re.sub(r"\\x([0-9a-fA-F]{1,4})|\\(.)",
                  lambda m: chr(int(m.group(1), 16)) if m.group(1) else m.group(2), text)


def lnk_targets(lnk: Path, target: str) -> bool:
    data = lnk.read_bytes()
    return target.encode("utf-16-le") in data or target.encode("latin-1", "replace") in data


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

    target = install_dir + "\\pisac-desktop.exe"
    drive_c = wine.prefix / "drive_c"
    shortcuts = [drive_c / "ProgramData/Microsoft/Windows/Start Menu/Programs" / f"{SHORTCUT}.lnk",
                 drive_c / "users/Public/Desktop" / f"{SHORTCUT}.lnk"]
    report.expect(all(s.is_file() and lnk_targets(s, target) for s in shortcuts),
                  f"{label}: accesos directos «{SHORTCUT}» en el menú Inicio y el escritorio "
                  f"(todos los usuarios) hacia {target}", str([s.is_file() for s in shortcuts]))

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
    drive_c = wine.prefix / "drive_c"
    leftovers = [p for p in (wine.unix(install_dir),
                             drive_c / "ProgramData/Microsoft/Windows/Start Menu/Programs" / f"{SHORTCUT}.lnk",
                             drive_c / "users/Public/Desktop" / f"{SHORTCUT}.lnk") if p.exists()]
    report.expect(not leftovers and wine.registry(UNINSTALL_KEY) is None,
                  f"{label}: programa, accesos directos y entrada de desinstalación eliminados",
                  f"quedan {leftovers}, registro {wine.registry(UNINSTALL_KEY)}")


def wine_checks(report: Report, setup: Path, previous_setup: Path, previous: str,
                work: Path, logs: Path) -> None:
    wine = Wine(work / "wine", logs)
    if not wine.exe or not wine.server:
        report.fail("wine64 no está instalado")
        return
    wine("wineboot", "--init")
    local_appdata = wine.prefix / "drive_c/users" / os.environ.get("USER", "root") / "AppData/Local"
    users = sorted((wine.prefix / "drive_c/users").glob("*/AppData/Local"))
    if not local_appdata.is_dir() and users:
        local_appdata = next((u for u in users if "Public" not in u.parts), users[0])
    if not report.expect(local_appdata.is_dir(), f"prefijo de wine de 64 bits ({wine.exe})"):
        return

    # Fresh install of the previous version into a folder of the IT person's choosing (/D=).
    custom = r"C:\Programas municipales\Pisac Desktop"
    # NSIS takes /D= unquoted, as the rest of the command line: wine would quote one argument
    # with spaces, so the path goes in pieces that wine joins with single spaces.
    code = wine(str(previous_setup), "/S", *f"/D={custom}".split(" "))
    report.expect(code == 0, f"instalación silenciosa de la versión {previous}: /S /D={custom}")
    check_installed(report, wine, custom, previous, f"versión {previous}")

    # The user's data (a real demo database made by the bundle) and a file of the old version.
    data = local_appdata.joinpath(*DATA_SUBDIR)
    shutil.copytree(work / "datos-demo", data)
    (data / "notas del usuario.txt").write_text("no borrar", encoding="utf-8")
    digest = tree_digest(data)
    stale = wine.unix(custom) / "_internal" / "obsoleto-version-anterior.pyd"
    stale.write_bytes(b"old")

    # The program is open (a stand-in: wine's ping.exe named pisac-desktop.exe, running from the
    # install folder), so the setup has to find it and close it first.
    running = wine.unix(custom) / "pisac-desktop.exe"
    shutil.copy(wine.prefix / "drive_c/windows/system32/ping.exe", running)
    app = wine.start(f"{custom}\\pisac-desktop.exe", "-n", "90", "127.0.0.1")
    time.sleep(3)
    report.expect(app.poll() is None, "programa «abierto» antes de actualizar (proceso simulado)")
    closed: list[bool] = []

    # Upgrade in place: no /D, the setup finds the installed folder in the registry.
    code = wine(str(setup), "/S", then=lambda: closed.append(app.poll() is not None))
    app.wait(timeout=120)
    report.expect(code == 0, f"actualización silenciosa a {VERSION} sobre {previous} (/S, sin /D)")
    report.expect(closed == [True], "actualización: el programa abierto se cerró antes de instalar")
    check_installed(report, wine, custom, VERSION, f"actualización a {VERSION}")
    report.expect(not stale.exists(), "actualización: no quedan archivos de la versión anterior")
    report.expect(not wine.unix(r"C:\Program Files\Pisac Desktop").exists(),
                  "actualización: en la carpeta instalada, no en una segunda copia")
    report.expect(tree_digest(data) == digest,
                  f"actualización: carpeta de datos intacta ({len(digest)} archivos en {DATA_WINDOWS})")

    # Silent uninstall with the command registered for IT (QuietUninstallString).
    code = wine(f"{custom}\\desinstalar.exe", "/S")
    report.expect(code == 0, "desinstalación silenciosa (desinstalar.exe /S)")
    check_uninstalled(report, wine, custom, "desinstalación")
    report.expect(tree_digest(data) == digest, "desinstalación: la carpeta de datos sobrevive intacta")

    # Fresh install with the defaults: 64-bit Program Files; then uninstall again.
    default = r"C:\Program Files\Pisac Desktop"
    code = wine(str(setup), "/S")
    report.expect(code == 0, f"instalación silenciosa de {VERSION} con la carpeta por omisión")
    check_installed(report, wine, default, VERSION, "instalación nueva")
    report.expect(not wine.unix(r"C:\Program Files (x86)\Pisac Desktop").exists(),
                  "instalación nueva: en Program Files de 64 bits")
    code = wine(f"{default}\\desinstalar.exe", "/S")
    check_uninstalled(report, wine, default, "segunda desinstalación")
    report.expect(code == 0 and tree_digest(data) == digest,
                  "segunda desinstalación: la carpeta de datos sobrevive intacta")


# ---------------------------------------------------------------- main

def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true",
                        help="reuse installer/dist/PisacDesktop instead of running PyInstaller")
    args = parser.parse_args(argv)
    report = Report()
    work = Path(tempfile.mkdtemp(prefix="pisac-installer-check-"))
    logs = work / "registros"
    logs.mkdir()
    print(f"Comprobación del instalador de Pisac Desktop {VERSION} (registros en {logs})")
    run_checks(report, work, logs, skip_build=args.skip_build)
    return finish(report, work)


def check_workflow(report: Report) -> None:
    """The Windows workflow cannot run here; at least it must parse and call the scripts that do."""
    import yaml

    path = ROOT / ".github/workflows/windows-installer.yml"
    try:
        workflow = yaml.safe_load(path.read_text(encoding="utf-8"))
        job = workflow["jobs"]["installer"]
        runs = "\n".join(step.get("run", "") for step in job["steps"])
        ok = (job["runs-on"].startswith("windows") and "./installer/build.ps1" in runs
              and "./installer/test-install.ps1" in runs)
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        ok, runs = False, str(exc)
    report.expect(ok, f"{path.relative_to(ROOT)}: YAML válido, Windows, build.ps1 y test-install.ps1",
                  runs[:200])


def run_checks(report: Report, work: Path, logs: Path, skip_build: bool) -> None:
    check_workflow(report)
    report.step("1. Paquete de PyInstaller")
    if skip_build and BUNDLE.is_dir():
        report.ok("paquete existente reutilizado (--skip-build)")
    elif not build_bundle(report, logs):
        return
    check_bundle(report)
    self_test(report, work, logs)

    report.step("2. makensis")
    previous = previous_version()
    setup = DIST / f"PisacDesktop-Setup-{VERSION}.exe"
    previous_dir = work / "anterior"
    previous_dir.mkdir()
    previous_setup = previous_dir / f"PisacDesktop-Setup-{previous}.exe"
    setup.unlink(missing_ok=True)
    jobs = [makensis(DIST, VERSION, logs / "makensis.log"),
            # A stand-in for the previous release, only for the upgrade check (zlib: faster).
            makensis(previous_dir, previous, logs / "makensis-anterior.log", "zlib")]
    codes = [job.wait(timeout=1800) for job in jobs]
    for code, name in zip(codes, ("makensis.log", "makensis-anterior.log"), strict=True):
        if code:
            print((logs / name).read_text(encoding="utf-8", errors="replace")[-3000:])
    if not report.expect(codes == [0, 0] and setup.is_file(),
                         f"makensis compiló installer/pisac_desktop.nsi: {setup.name}",
                         f"códigos {codes}"):
        return
    size = setup.stat().st_size
    report.expect(size < SETUP_BUDGET_MB * 1e6,
                  f"tamaño del instalador: {mb(size)} (límite {SETUP_BUDGET_MB} MB)")

    report.step("3. Instalación, actualización y desinstalación silenciosas con wine64")
    wine_checks(report, setup, previous_setup, previous, work, logs)


def finish(report: Report, work: Path) -> int:
    elapsed = time.monotonic() - report.started
    if report.failures:
        print(f"\ninstaller/check: {len(report.failures)} comprobación(es) fallaron en {elapsed:.0f} s "
              f"(registros en {work / 'registros'}):")
        for failure in report.failures:
            print(f"  - {failure}")
        return 1
    shutil.rmtree(work, ignore_errors=True)
    print(f"\ninstaller/check: todo en orden en {elapsed:.0f} s.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
