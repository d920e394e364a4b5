"""Every database test on both engines: SQLite (a file in the test's data folder) and PostgreSQL
(a database of its own in a throwaway cluster, tests/pg_cluster.py).

A test that asks for `opened`, `session`, `demo` or `demo_people` (or `db_engine` itself) runs
once per engine, with ids [sqlite] and [postgresql]; the screens' tests (tests/gui/) and tests
marked `sqlite_only` stay on SQLite. `--db-engine=sqlite` (or PISAC_TEST_ENGINES=sqlite) runs
the parametrised tests only on SQLite, `--db-engine=postgresql` only on PostgreSQL.

The cluster starts at the first PostgreSQL test (never on a SQLite-only run) and stops at the end.
Each PostgreSQL test gets `CREATE DATABASE ... TEMPLATE` of a database migrated (or filled with
the demo) once per run, a fraction of a second; it is dropped after the test. Where PostgreSQL's
server programs are missing the PostgreSQL tests skip, except under CI (CI=true), where
scripts/test.sh has installed them and a skip would hide a failure.

Registered as a plugin by tests/conftest.py.
"""

from __future__ import annotations

import os

import pytest

from pisac_desktop.paths import DataPaths, write_private_text

ENGINES = ("sqlite", "postgresql")

# A test about SQLite backup files themselves (pages, WAL, data_version, damaged-file recovery);
# a server database's copies (pg_dump) are tested in tests/db/test_server_backup.py.
SQLITE_BACKUPS = pytest.mark.sqlite_only(reason="copias de seguridad de SQLite (archivos)")


def pytest_addoption(parser):
    parser.addoption(
        "--db-engine", choices=("both", *ENGINES),
        default=os.environ.get("PISAC_TEST_ENGINES", "both"),
        help="motor de base de datos de las pruebas: both (defecto), sqlite o postgresql")


def _share_compiled_statements() -> None:
    """The app's engines (make_engine), made alike, share one dialect and one compiled-statement
    cache per test process. SQLAlchemy keys a compiled statement by its dialect object and
    keeps the cache in the engine, and every test opens its own engine: each test compiled
    again every statement it ran (about a quarter of the executions, an eighth of the CPU of
    tests/unit). The app makes one engine per run, so it compiles once as it is. Engines made
    with other arguments (the superuser's, the migrations') keep their own."""
    import sqlalchemy
    from sqlalchemy.util import LRUCache

    from pisac_desktop.db import engine as app_engine

    made: dict[tuple, tuple] = {}

    def create_engine(url, **kwargs):
        engine = sqlalchemy.create_engine(url, **kwargs)
        alike = (engine.url.drivername, repr(sorted(
            (k, v) for k, v in kwargs.items() if k != "connect_args")))
        shared = made.get(alike)
        # the whole suite's statements, not one run's 500 (SQLAlchemy's default)
        cache = shared[1] if shared else LRUCache(20000)
        # Only a dialect that has met its server is shared (initialize() reads the server's
        # version and settings at an engine's first connection): an engine whose server was
        # not there yet (tests/gui/test_server_unreachable.py) leaves its own as the next one.
        if shared is None or shared[0].server_version_info is None:
            made[alike] = (engine.dialect, cache)
        else:
            engine.dialect = engine.pool._dialect = shared[0]
        engine._compiled_cache = cache
        return engine

    app_engine.create_engine = create_engine


def pytest_configure(config):
    _share_compiled_statements()
    config.addinivalue_line(
        "markers", "sqlite_only(reason): the test is about SQLite itself (files, pragmas)")


def pytest_generate_tests(metafunc):
    if "db_engine" not in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):
        return  # db_engine stays "sqlite", whatever --db-engine says
    if "gui" in metafunc.definition.path.relative_to(metafunc.config.rootpath).parts[:2]:
        return  # the screens' tests: SQLite only, for now
    chosen = metafunc.config.getoption("--db-engine")
    metafunc.parametrize("db_engine", list(ENGINES) if chosen == "both" else [chosen],
                         indirect=True)


@pytest.fixture
def db_engine(request) -> str:
    """"sqlite" or "postgresql": the engine this run of the test uses."""
    return getattr(request, "param", "sqlite")


@pytest.fixture(scope="session")
def pg_cluster(request):
    from tests.pg_cluster import Cluster, ClusterUnavailable, stop_abandoned_clusters

    if request.config.getoption("--db-engine") == "sqlite":
        pytest.skip("solo SQLite en esta corrida (--db-engine=sqlite)")

    stop_abandoned_clusters()
    try:
        cluster = Cluster()
    except ClusterUnavailable as exc:
        if os.environ.get("CI"):
            raise
        pytest.skip(str(exc))
    try:
        cluster.start()
    except BaseException:
        cluster.stop()
        raise
    yield cluster
    cluster.stop()


def point_at(paths: DataPaths, url: str) -> DataPaths:
    """The data folder's settings name the server database (written before it is opened)."""
    paths.ensure()
    write_private_text(paths.settings, f"[base_de_datos]\nurl = {url.replace('%', '%%')}\n")
    return paths


class ServerDatabases:
    """The test's PostgreSQL databases, dropped after it."""

    def __init__(self, cluster) -> None:
        self.cluster = cluster
        self.names: list[str] = []

    def new(self, paths: DataPaths, template: str) -> DataPaths:
        name = self.cluster.copy_of(template)
        self.names.append(name)
        return point_at(paths, self.cluster.url(name))

    def drop_all(self) -> None:
        for name in self.names:
            self.cluster.drop_database(name)


@pytest.fixture
def server_databases(pg_cluster):
    made = ServerDatabases(pg_cluster)
    yield made
    made.drop_all()


def _server_template(cluster, tmp_path_factory, name: str, fill) -> str:
    """A database made once per run, to copy: opened (migrated, reference data) and filled."""
    from pisac_desktop.startup import open_database

    cluster.new_database(name=name)
    paths = point_at(DataPaths(tmp_path_factory.mktemp(name) / "datos"), cluster.url(name))
    opened = open_database(paths)
    try:
        fill(opened)
    finally:
        opened.db.dispose()  # nobody may be connected to a template database
    return name


@pytest.fixture(scope="session")
def pg_empty_template(pg_cluster, tmp_path_factory) -> str:
    return _server_template(pg_cluster, tmp_path_factory, "pisac_vacia", lambda _opened: None)


def _demo_filler(documents: bool):
    def fill(opened) -> None:
        from pisac_desktop.demo import fill_demo
        from pisac_desktop.demo.tramite import INTAKE_DAYS_SHORT
        from tests.conftest import TODAY

        fill_demo(opened, TODAY, documents, intake_days=INTAKE_DAYS_SHORT)
    return fill


def _server_template_copied(cluster, tmp_path_factory, name: str, sqlite: DataPaths) -> str:
    """A database made once per run, to copy: the SQLite template's rows moved in by the
    copier of `db move-to-server` (a second or two; filling the demo again through the use
    cases on the server took twenty). tests/db/test_server_roles.py fills it there once, as
    the login role, and compares."""
    from sqlalchemy import create_engine

    from pisac_desktop.config import sqlite_url
    from pisac_desktop.db.engine import make_engine
    from pisac_desktop.db.transfer import copy_database
    from pisac_desktop.startup import open_database

    cluster.new_database(name=name)
    source, target = create_engine(sqlite_url(sqlite)), make_engine(cluster.url(name))
    try:
        with source.connect() as src, target.begin() as dst:
            copy_database(src, dst)
    finally:
        source.dispose()
        target.dispose()
    paths = point_at(DataPaths(tmp_path_factory.mktemp(name) / "datos"), cluster.url(name))
    open_database(paths).db.dispose()  # as the demo's own start would leave it
    return name


@pytest.fixture(scope="session")
def pg_demo_full_template(pg_cluster, tmp_path_factory, _demo_full) -> str:
    return _server_template_copied(pg_cluster, tmp_path_factory, "pisac_demo_completo",
                                   _demo_full)


@pytest.fixture(scope="session")
def pg_demo_people_template(pg_cluster, tmp_path_factory, _demo_people) -> str:
    return _server_template_copied(pg_cluster, tmp_path_factory, "pisac_demo_personas",
                                   _demo_people)


def server_copy(request, paths: DataPaths, template_fixture: str) -> DataPaths:
    """paths pointed at a fresh copy of a template database (PostgreSQL runs only)."""
    template = request.getfixturevalue(template_fixture)
    return request.getfixturevalue("server_databases").new(paths, template)


@pytest.fixture
def pg_opened(request, tmp_path):
    """A new database at head on the PostgreSQL cluster, for the tests about PostgreSQL itself
    (not parametrised)."""
    from pisac_desktop.startup import open_database
    from tests.conftest import frozen_clock

    opened = open_database(server_copy(request, DataPaths(tmp_path / "servidor"),
                                       "pg_empty_template"))
    opened.db.clock = frozen_clock()
    yield opened
    opened.db.dispose()
