"""The command line the office's IT person uses, run as real separate processes."""

import os
import sqlite3
import struct
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_cli(*args, env=None):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "pisac_desktop", *args],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=full_env, timeout=120,
    )


def png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} no es PNG"
    return struct.unpack(">II", header[16:24])


def test_help_is_in_spanish():
    result = run_cli("--help")
    assert result.returncode == 0
    out = result.stdout
    for words in ("Uso: pisac-desktop", "opciones", "muestra esta ayuda y termina",
                  "--data-dir CARPETA", "demo", "screenshots", "--self-test", "PISAC_DATA_DIR",
                  "muestra la versión y termina"):
        assert words in out
    assert "usage:" not in out and "show this help" not in out and "show program" not in out


def test_version():
    from pisac_desktop import __version__

    result = run_cli("--version")
    assert result.returncode == 0 and result.stdout.strip() == f"Pisac Desktop {__version__}"


def test_unknown_option_is_explained_in_spanish():
    result = run_cli("--colores")
    assert result.returncode == 2
    assert "argumentos no reconocidos: --colores" in result.stderr


DEMO_INTAKE_DAYS = 60  # the last weeks (RECENT) and three busier weeks before them


def test_demo_command(tmp_path):
    """The real `demo` command in a process (~12 s: it builds the whole demo office). The
    demo's intake at the Mesa de Partes spans 60 days here, not the command's year (a minute
    to build): the same code makes each day, the quiet last weeks and the busier months before
    them alike, so the year is checked by its parts (its span and its rates:
    test_demo_intake_is_a_year_by_default). The screenshots command is tried on the same demo
    (built once per run) by test_screenshots_command, so that the two run side by side."""
    import datetime as dt

    from pisac_desktop.demo.tramite import PER_DAY, PER_DAY_BEFORE, RECENT

    today = dt.date(2026, 11, 21)
    data = tmp_path / "x"
    result = run_cli("--data-dir", str(data), "demo", "--today", today.isoformat(),
                     "--dias-de-tramite", str(DEMO_INTAKE_DAYS))
    assert result.returncode == 0, result.stderr
    assert (data / "pisac.sqlite3").exists() and (data / "logs").is_dir()
    with sqlite3.connect(data / "pisac.sqlite3") as db:
        states = dict(db.execute("SELECT state, count(*) FROM case_file GROUP BY state"))
        days = dict(db.execute("SELECT substr(received_at, 1, 10), count(*) FROM case_file "
                               "GROUP BY 1"))
        answers = db.execute("SELECT count(*) FROM unit_document WHERE kind = 'OFICIO' AND "
                             "state = 'issued' AND case_file_id IS NOT NULL").fetchone()[0]
        shelved = db.execute("SELECT count(*) FROM archive_item").fetchone()[0]
    start = today - dt.timedelta(days=DEMO_INTAKE_DAYS)
    received = {dt.date.fromisoformat(d): n for d, n in days.items()}
    assert start <= min(received) <= start + dt.timedelta(days=4), min(received)
    assert max(received) <= today
    assert all(d.weekday() < 5 for d in received)  # working days only
    # Each working day its share: a year (about 250 of them, all but the last weeks busy)
    # makes more than 1.000 case files.
    before = [n for d, n in received.items() if (today - d).days > RECENT]
    recent = [n for d, n in received.items() if (today - d).days <= RECENT]
    assert len(before) >= 10 and sum(before) / len(before) >= PER_DAY_BEFORE[0], before
    assert min(before) >= PER_DAY_BEFORE[0] and min(recent) >= PER_DAY[0], received
    assert states["archived"] > states["in_process"] > 0 and states["answered"] > 0
    assert answers >= states["archived"] and shelved > 50

    refused = run_cli("--data-dir", str(data), "demo", "--today", "2026-11-21")
    assert refused.returncode != 0
    assert "ya contiene una base de datos" in refused.stderr


def test_screenshots_command(request, tmp_path):
    """Every screen and dialog captured by the real `screenshots` command in a process, on a
    copy of the demo (~15 s: it opens and photographs the whole program)."""
    from pisac_desktop.paths import DataPaths
    from tests.conftest import _copy_demo

    data = tmp_path / "x"
    _copy_demo(request.getfixturevalue("_demo_full"), DataPaths(data)).db.dispose()
    shots = tmp_path / "shots"
    result = run_cli("--data-dir", str(data), "screenshots", str(shots))
    assert result.returncode == 0, result.stderr
    files = sorted(shots.glob("*.png"))
    names = [f.name for f in files]
    assert any("gerencia-overview" in n for n in names)
    assert any("secretaria-authorities" in n for n in names)
    assert any("datos-institucion-error" in n for n in names)
    assert any("acerca-de" in n for n in names)
    assert any("buscar-quispe" in n for n in names)  # the search box's results over the window
    for dialog in ("inicio-de-sesion", "usuarios", "primera-puesta-en-marcha",
                   "registro-auditoria"):
        assert any(dialog in n for n in names), dialog
    for f in files:
        width, height = png_size(f)
        assert width >= 200 and height >= 60  # a real window, not an empty grab


def test_demo_intake_is_a_year_by_default(tmp_path, monkeypatch):
    """`pisac-desktop demo` builds a year of intake (create_demo's default, INTAKE_DAYS) unless
    told otherwise; what each day of it holds is checked by test_demo_command on
    fewer days, through the same code."""
    from pisac_desktop import cli, demo
    from pisac_desktop.demo import tramite

    asked = []

    class Made:
        class db:  # noqa: N801 - stands for OpenedDatabase.db
            @staticmethod
            def dispose():
                pass

    def create_demo(paths, today=None, documents=True, users=True, intake_days=None):
        asked.append((today.isoformat(), intake_days))
        return Made

    monkeypatch.setattr(demo, "create_demo", create_demo)
    assert cli.main(["--data-dir", str(tmp_path / "d"), "demo", "--today", "2026-11-21"]) == 0
    assert cli.main(["--data-dir", str(tmp_path / "e"), "demo", "--today", "2026-11-21",
                     "--dias-de-tramite", "60"]) == 0
    assert asked == [("2026-11-21", None), ("2026-11-21", 60)]
    assert tramite.INTAKE_DAYS == 365


def test_data_dir_from_environment(tmp_path):
    """PISAC_DATA_DIR chooses the folder (a command that only looks there: quick)."""
    data = tmp_path / "desde-variable"
    result = run_cli("backup", env={"PISAC_DATA_DIR": str(data)})
    assert result.returncode == 1
    assert f"No hay ninguna base de datos en {data / 'pisac.sqlite3'}" in result.stderr


def test_self_test_passes():
    result = run_cli("--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Resultado: la instalación está en orden." in result.stdout
    assert "[FALLA]" not in result.stdout
    # every Designer form is built, by the screens or on its own (ui/*.ui, one form each)
    forms = len(list((ROOT / "ui").glob("*.ui")))
    assert f"; {forms} formularios de Designer)" in result.stdout, result.stdout


def test_damaged_settings_file_is_explained_not_a_traceback(tmp_path):
    data = tmp_path / "dañada"
    data.mkdir()
    (data / "configuracion.ini").write_text("url = x\n", encoding="utf-8")
    result = run_cli("--data-dir", str(data), "demo", "--today", "2026-11-21")
    assert result.returncode == 1
    assert "está dañado" in result.stderr and "Traceback" not in result.stderr


def test_gui_without_a_display_says_what_to_do(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "pisac_desktop", "--data-dir", str(tmp_path / "d")],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=env, timeout=60,
    )
    assert result.returncode == 1
    assert "No hay pantalla" in result.stderr and "--self-test" in result.stderr


def test_export_a_year_for_the_archive(request, tmp_path, db_engine):
    data = tmp_path / "x"
    if db_engine == "sqlite":  # the demo built once per run (test_demo_command runs
        from pisac_desktop.paths import DataPaths  # the `demo` command itself)
        from tests.conftest import _copy_demo

        _copy_demo(request.getfixturevalue("_demo_full"), DataPaths(data)).db.dispose()
    else:  # the demo on a server database
        from pisac_desktop.paths import DataPaths
        from tests.engines import server_copy

        server_copy(request, DataPaths(data), "pg_demo_full_template")
    out = tmp_path / "archivo"
    result = run_cli("--data-dir", str(data), "export", "--year", "2025", "--kind", "ra",
                     "--to", str(out))
    assert result.returncode == 0, result.stderr
    names = sorted(p.name for p in out.iterdir())
    assert "RA-001-2025.pdf" in names and "registro-RA-2025.xlsx" in names
    assert not any(n.startswith("OM-") for n in names)
    refused = run_cli("--data-dir", str(data), "export", "--year", "2025", "--kind", "XX",
                      "--to", str(out))
    assert refused.returncode == 2 and "Tipo desconocido" in refused.stderr


def test_screenshots_without_the_harness_say_so_in_spanish(tmp_path, monkeypatch, capsys):
    """The Windows bundle leaves gui/screenshots out: the command explains, exit code 2."""
    import builtins

    from pisac_desktop import cli
    from pisac_desktop.paths import DataPaths

    real_import = builtins.__import__

    def without_harness(name, *args, **kwargs):
        if name.startswith("pisac_desktop.gui.screenshots"):
            raise ModuleNotFoundError(f"No module named {name!r}", name=name)
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without_harness)
    assert cli._screenshots(DataPaths(tmp_path / "datos"), tmp_path / "capturas") == 2
    assert "código fuente" in capsys.readouterr().err
    assert not (tmp_path / "capturas").exists()
