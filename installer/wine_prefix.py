"""A wine64 prefix and the Windows programs run in it, for installer/check.

Under Wine 8.0 (Debian 12), a Windows Python >= 3.11 aborts at start when its stdin or stdout is a
regular file or /dev/null ("init_sys_streams: Invalid handle"): every program here runs with
pipes, and its output is read back.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path


def find_wine() -> tuple[str | None, str | None]:
    """The 64-bit wine loader and its wineserver, or None where absent."""
    exe = next((c for c in ("/usr/lib/wine/wine64", shutil.which("wine64"), shutil.which("wine"))
                if c and Path(c).exists()), None)
    server = Path(exe).with_name("wineserver") if exe else None
    return exe, str(server) if server and server.exists() else shutil.which("wineserver")


def winpath(path: Path) -> str:
    """A Linux path as wine sees it (drive Z: is the root of the Linux file system)."""
    return "Z:" + str(Path(path).resolve()).replace("/", "\\")


class Result:
    def __init__(self, code: int, output: str, seconds: float) -> None:
        self.code, self.output, self.seconds = code, output, seconds

    def __bool__(self) -> bool:
        return self.code == 0


class Wine:
    def __init__(self, prefix: Path, logs: Path, name: str = "wine") -> None:
        self.prefix = prefix
        self.logs = logs
        self.name = name
        self.exe, self.server = find_wine()
        self.env = {k: v for k, v in os.environ.items()
                    if k not in ("DISPLAY", "WAYLAND_DISPLAY") and not k.startswith(("PYTHON", "QT_"))}
        # Non-ASCII paths and arguments cross between Linux and Windows as UTF-8.
        self.env.update(WINEPREFIX=str(prefix), WINEARCH="win64", WINEDEBUG="-all",
                        WINEDLLOVERRIDES="mscoree,mshtml=", LANG="C.UTF-8", LC_ALL="C.UTF-8")
        self.count = 0

    @property
    def available(self) -> bool:
        return bool(self.exe and self.server)

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    @property
    def system32(self) -> Path:
        return self.drive_c / "windows" / "system32"

    def open(self) -> None:
        """Create the prefix if needed and start its system processes."""
        self.prefix.parent.mkdir(parents=True, exist_ok=True)
        with (self.logs / f"{self.name}-wineboot.log").open("a") as out:
            subprocess.run([self.exe, "wineboot", "--init"], env=self.env, stdin=subprocess.DEVNULL,
                           stdout=out, stderr=subprocess.STDOUT, check=False, timeout=600)

    def close(self) -> None:
        """End every Windows process of the prefix and its server (the registry is saved)."""
        if self.server:
            subprocess.run([self.server, "-k"], env=self.env, stdin=subprocess.DEVNULL,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=120)
            self.wait()

    def run(self, *args: str, env: dict[str, str] | None = None, timeout: float = 900,
            encoding: str = "cp1252") -> Result:
        """Run a Windows program to its end with piped stdio; its output (console programs write
        in the ANSI code page when piped, as on Windows) goes to a numbered log too."""
        self.count += 1
        log = self.logs / f"{self.name}-{self.count:02d}.log"
        begin = time.monotonic()
        try:
            done = subprocess.run([self.exe, *args], env={**self.env, **(env or {})},
                                  input=b"", stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                  timeout=timeout, check=False)
            code, raw = done.returncode, done.stdout
        except subprocess.TimeoutExpired as exc:
            code, raw = -1, (exc.stdout or b"") + f"\n[más de {timeout:.0f} s: detenido]".encode()
        output = raw.decode(encoding, errors="replace").replace("\r\n", "\n")
        log.write_text(f"$ {' '.join(args)}\n{output}\n[código {code}]\n", encoding="utf-8")
        return Result(code, output, time.monotonic() - begin)

    def start(self, *args: str, env: dict[str, str] | None = None) -> subprocess.Popen:
        """Start a Windows program and return at once; its output goes to a log (through a
        pipe, see the module's docstring)."""
        self.count += 1
        log = self.logs / f"{self.name}-{self.count:02d}.log"
        process = subprocess.Popen([self.exe, *args], env={**self.env, **(env or {})},
                                   stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                   stderr=subprocess.STDOUT)
        process.stdin.close()

        def drain() -> None:
            with log.open("wb") as out:
                out.write(f"$ {' '.join(args)}\n".encode())
                shutil.copyfileobj(process.stdout, out)

        threading.Thread(target=drain, daemon=True).start()
        return process

    def wait(self) -> None:
        """Until every Windows program of the prefix ended and wineserver saved the registry."""
        subprocess.run([self.server, "-w"], env=self.env, stdin=subprocess.DEVNULL,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False, timeout=900)

    def unix(self, windows_path: str) -> Path:
        """A C:\\ path of the prefix on the Linux side (wine keeps the case of new folders)."""
        drive, _, rest = windows_path.partition(":\\")
        assert drive.upper() == "C", windows_path
        path = self.drive_c
        for part in rest.split("\\"):
            match = next((p for p in path.iterdir() if p.name.lower() == part.lower()), None) \
                if path.is_dir() else None
            path = match or path / part
        return path

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
