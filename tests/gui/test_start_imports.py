"""What the start imports before the window is ready (bench/run.py times it): the main window,
its first screen and the start's background work, without ReportLab (~0.1 s), which only
printing needs."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_the_window_and_its_home_screen_load_no_reportlab():
    code = ("import sys\n"
            "from pisac_desktop.gui.app import preload_main_window\n"
            "preload_main_window()\n"
            "import pisac_desktop.gui.overview\n"
            "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith('reportlab')}))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                            text=True, env={"QT_QPA_PLATFORM": "offscreen", "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
