import contextlib
import datetime as dt
import os
import shutil

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything imports Qt

import pytest  # noqa: E402

from pisac_desktop.paths import ENV_DATA_DIR, DataPaths  # noqa: E402

TODAY = dt.date(2026, 11, 21)

# db_engine, the PostgreSQL cluster and its template databases: every database test on both engines.
pytest_plugins = ["tests.engines"]


def frozen_clock():
    """The tests' one clock: 21 November 2026, 10:00 in Pisac (America/Lima)."""
    from pisac_desktop.clock import FixedClock

    return FixedClock(TODAY)


def needs_tool(name: str):
    """Skip where a developer's machine lacks a Debian tool; never under CI (CI=true), where
    scripts/test.sh has installed it, so a test that matters cannot skip there unseen."""
    return pytest.mark.skipif(shutil.which(name) is None and not os.environ.get("CI"),
                              reason=f"{name} no está instalado (bash scripts/test.sh lo instala)")


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test ever touches the real user data folder."""
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "datos-por-defecto"))


@pytest.fixture(autouse=True)
def _garbage_collected_on_this_thread():
    """Once a screen test installed the app's collector (gui/ui_thread_gc.py), automatic
    collection is off in this process: what each test leaves is collected after it, on this
    thread, as Python would have."""
    yield
    import gc

    if not gc.isenabled():
        from pisac_desktop.gui.ui_thread_gc import collect_due

        collect_due()


@pytest.fixture
def paths(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "datos").ensure()


def built_once(tmp_path_factory, name: str, build) -> DataPaths:
    """A data folder built once per run, for every worker of pytest-xdist: the first worker to
    ask builds it in the run's shared temporary folder, under a lock, and the others wait and
    use it (the full demo takes seconds; each worker built its own). Read-only afterwards:
    tests copy it."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        paths = DataPaths(tmp_path_factory.mktemp(name) / "datos")
        build(paths)
        return paths
    shared = tmp_path_factory.getbasetemp().parent / "compartido"
    shared.mkdir(exist_ok=True)
    paths, done = DataPaths(shared / name / "datos"), shared / f"{name}.listo"
    with _file_lock(shared / f"{name}.lock"):
        if not done.exists():
            shutil.rmtree(shared / name, ignore_errors=True)  # a build cut short
            build(paths)
            done.touch()
    return paths


@contextlib.contextmanager
def _file_lock(path):
    import fcntl  # the suite runs on Linux (scripts/test.sh)

    with open(path, "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory) -> DataPaths:
    """A new database, created (migrated, reference data) once per run: creating one takes
    half a second, copying it a few milliseconds, and `opened` is asked for by most tests."""
    from pisac_desktop.startup import open_database

    def build(paths: DataPaths) -> None:
        open_database(paths.ensure()).db.dispose()

    return built_once(tmp_path_factory, "vacia", build)


@pytest.fixture
def opened(request, paths, db_engine):
    """A new, empty database (a copy of one created once per run), opened as the app does."""
    from pisac_desktop.startup import open_database

    if db_engine == "postgresql":
        from tests.engines import server_copy

        server_copy(request, paths, "pg_empty_template")
        result = open_database(paths)
        result.db.clock = frozen_clock()
    else:
        result = _copy_demo(request.getfixturevalue("_empty_template"), paths)
    yield result
    result.db.dispose()


def _demo_template(tmp_path_factory, name: str, documents: bool):
    from pisac_desktop.demo import create_demo
    from pisac_desktop.demo.tramite import INTAKE_DAYS_SHORT

    def build(paths: DataPaths) -> None:
        # The tests' demo has the last weeks of intake (a year takes a minute to build).
        create_demo(paths, TODAY, documents, intake_days=INTAKE_DAYS_SHORT).db.dispose()

    return built_once(tmp_path_factory, name, build)


@pytest.fixture(scope="session")
def _demo_full(tmp_path_factory):
    return _demo_template(tmp_path_factory, "demo-completo", True)


@pytest.fixture(scope="session")
def _demo_people(tmp_path_factory):
    return _demo_template(tmp_path_factory, "demo-personas", False)


def _copy_demo(template: DataPaths, target: DataPaths):
    """A fresh copy of a data folder built once per test run (building it takes seconds),
    opened."""
    from pisac_desktop.db.backup import sqlite_copy
    from pisac_desktop.startup import open_database

    target.ensure()
    wal = template.database.with_name(template.database.name + "-wal")
    if wal.exists() and wal.stat().st_size:
        sqlite_copy(template.database, target.database)
    else:
        # Built, closed and never written again: the file alone is the whole database. A file
        # copy of the demo takes 3 ms, the online backup the app needs for a live database
        # (which syncs the copy at every step) 18-34 ms; and no reader's lock on the template
        # that both workers share.
        shutil.copyfile(template.database, target.database)
        target.database.chmod(0o600)  # as the app creates its databases
    if template.settings.exists():
        target.settings.write_text(template.settings.read_text(encoding="utf-8"),
                                   encoding="utf-8")
    opened = open_database(target)
    opened.db.clock = frozen_clock()
    return opened


def _demo_copy(request, tmp_path, db_engine: str, sqlite_template: str, server_template: str):
    target = DataPaths(tmp_path / "demo")
    if db_engine == "sqlite":
        return _copy_demo(request.getfixturevalue(sqlite_template), target)
    from pisac_desktop.startup import open_database
    from tests.engines import server_copy

    opened = open_database(server_copy(request, target, server_template))
    opened.db.clock = frozen_clock()
    return opened


@pytest.fixture
def demo(request, tmp_path, db_engine):
    """The demo dataset (people, council and documents of 2025 and 2026 up to TODAY)."""
    result = _demo_copy(request, tmp_path, db_engine, "_demo_full", "pg_demo_full_template")
    yield result
    result.db.dispose()


@pytest.fixture
def demo_people(request, tmp_path, db_engine):
    """The demo dataset without documents: numbering starts from 1."""
    result = _demo_copy(request, tmp_path, db_engine, "_demo_people", "pg_demo_people_template")
    yield result
    result.db.dispose()


@pytest.fixture
def session(opened):
    with opened.db.session() as s:
        yield s


def allow_tampering(conn) -> None:
    """Drop the append-only triggers, as a determined intruder with SQL access would, so that
    a test can alter the audit trail and show that the hash chain still catches it."""
    if conn.dialect.name == "postgresql":
        for name in ("audit_entry_append_only", "audit_entry_no_truncate"):
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name} ON audit_entry")
        return
    for event in ("update", "delete"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS audit_entry_no_{event}")


@pytest.fixture
def spanish_qapp(qapp):
    from pisac_desktop.gui import ui_thread_gc
    from pisac_desktop.gui.app import install_spanish
    from pisac_desktop.gui.look import apply_look
    from pisac_desktop.gui.operations import wait_idle

    install_spanish(qapp)
    apply_look(qapp)  # the screens are tested with the look they are used with
    ui_thread_gc.install(qapp)  # as in the app: never in a worker thread
    yield qapp
    assert wait_idle(), "database work still running after the test"  # before the db closes


def make_ctx(opened, roles=("admin",)):
    from pisac_desktop.core.permissions import Actor, Role
    from pisac_desktop.gui.context import AppContext

    actor = Actor(None, "prueba", "Persona de prueba", frozenset(Role(r) for r in roles),
                  "PC-PRUEBA")
    return AppContext(opened.db, opened.paths, actor, clock=frozen_clock())


@pytest.fixture
def ctx(opened, spanish_qapp):
    return make_ctx(opened)


@pytest.fixture
def demo_ctx(demo, spanish_qapp):
    return make_ctx(demo)


WAIVER = "Los regidores notificados fuera de plazo asistieron y lo dispensaron (prueba)."


def on_day(session, session_id: int):
    """A clock standing on a council session's own date (a session installs on its day)."""
    from pisac_desktop.clock import FixedClock
    from pisac_desktop.db.models import CouncilSession

    return FixedClock(session.get(CouncilSession, session_id).session_date).now
