"""A virtual screen (Xvfb) for the windowed program under wine, and screenshots of it."""

from __future__ import annotations

import os
import re
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import ImageGrab


@dataclass
class Shot:
    path: Path
    seconds: float


class VirtualScreen:
    SIZE = "1366x768x24"  # a common office laptop

    def __init__(self, work: Path) -> None:
        self.work = work
        self.display = ""
        self.process: subprocess.Popen | None = None
        self.count = 0

    def __enter__(self) -> VirtualScreen:
        read, write = os.pipe()
        self.process = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", self.SIZE, "-nolisten", "tcp"],
            pass_fds=(write,), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(write)
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number.isdigit():
            self.process.kill()
            raise RuntimeError("Xvfb no arrancó")
        self.display = f":{number}"
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process:
            self.process.terminate()
            self.process.wait(timeout=30)

    @property
    def env(self) -> dict[str, str]:
        """For a windowed program under wine: this screen, and Qt's Windows platform."""
        return {"DISPLAY": self.display, "QT_QPA_PLATFORM": "windows"}

    def window_names(self) -> list[str]:
        listing = subprocess.run(["xwininfo", "-root", "-tree", "-display", self.display],
                                 capture_output=True, check=False, timeout=60)
        return re.findall(r'^\s+0x[0-9a-f]+ "(.*)":', listing.stdout.decode("utf-8", "replace"),
                          re.MULTILINE)

    def wait_for_window(self, title: str, timeout: float, alive: Callable[[], bool]) -> Shot | None:
        """Once a window whose title has `title` is on the screen and painted: a screenshot of
        the screen. None if none came within `timeout` seconds or the program ended first."""
        begin = time.monotonic()
        while time.monotonic() - begin < timeout and alive():
            if any(title in name for name in self.window_names()):
                time.sleep(3)  # painted
                image = ImageGrab.grab(xdisplay=self.display)
                colors = image.getcolors(maxcolors=4096)
                if colors is None or len(colors) > 16:
                    self.count += 1
                    path = self.work / f"pantalla-{self.count}.png"
                    image.save(path)
                    return Shot(path, time.monotonic() - begin)
            time.sleep(2)
        return None
