"""installer/check's report: each check OK or FALLA, the steps with their seconds, the sizes."""

from __future__ import annotations

import time


def mb(size: float) -> str:
    return f"{size / 1e6:.1f} MB"


class Report:
    def __init__(self, version: str, started: float | None = None) -> None:
        self.version = version
        self.failures: list[str] = []
        # time.time() of installer/check's start (the shell part installs packages first).
        self.started = started or time.time()
        self.steps: list[tuple[str, float]] = []
        self._step: tuple[str, float] | None = None
        self.sizes: dict[str, str] = {}
        self.warm_cache: bool | None = None  # None: the Windows toolchain was not prepared

    def ok(self, text: str) -> None:
        print(f"[ OK ] {text}", flush=True)

    def fail(self, text: str) -> None:
        print(f"[FALLA] {text}", flush=True)
        self.failures.append(text)

    def expect(self, condition: object, text: str, detail: str = "") -> bool:
        if condition:
            self.ok(text)
        else:
            self.fail(text + (f": {detail}" if detail else ""))
        return bool(condition)

    def step(self, title: str) -> None:
        self.end_step()
        print(f"\n== {title} (a los {time.time() - self.started:.0f} s)", flush=True)
        self._step = (title, time.time())

    def end_step(self) -> None:
        if self._step:
            title, begin = self._step
            seconds = time.time() - begin
            self.steps.append((title, seconds))
            print(f"   ({title}: {seconds:.0f} s)", flush=True)
            self._step = None

    def summary(self) -> str:
        self.end_step()
        total = time.time() - self.started
        lines = ["", "Resumen de installer/check:"]
        lines += [f"  {title:<58} {seconds:6.0f} s" for title, seconds in self.steps]
        lines.append(f"  {'total':<58} {total:6.0f} s ({total / 60:.1f} min)")
        lines += [f"  {name}: {value}" for name, value in self.sizes.items()]
        return "\n".join(lines)
