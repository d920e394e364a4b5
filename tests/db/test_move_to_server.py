"""`pisac-desktop db move-to-server URL`: the demo database (SQLite) moved into an empty database
of the test cluster, all or nothing, and the application then working on the server."""

import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.pool import NullPool

from pisac_desktop.core.audit import verify_chain
from pisac_desktop.db.models import AuditEntry, Instrument, NumberSequence
from pisac_desktop.db.schema import HEAD_REVISION
from pisac_desktop.db.transfer import TargetNotEmptyError, TransferError, count_rows
from pisac_desktop.demo import demo_actor
from pisac_desktop.instruments import register as I
from pisac_desktop.paths import DataPaths
from pisac_desktop.server_move import MOVED_NOTE, MoveError, move_to_server, summary
from pisac_desktop.startup import open_database
from tests.conftest import TODAY, _copy_demo, frozen_clock

KIND = "MAYOR_RESOLUTION"


@pytest.fixture
def local_demo(request, tmp_path) -> DataPaths:
    """A data folder holding a copy of the demo database (SQLite)."""
    paths = DataPaths(tmp_path / "oficina")
    _copy_demo(request.getfixturevalue("_demo_full"), paths).db.dispose()
    return paths


@pytest.fixture
def small_local(tmp_path) -> DataPaths:
    """A data folder holding a copy of the newest schema fixture (small, at head)."""
    import shutil
    from pathlib import Path

    paths = DataPaths(tmp_path / "pequena").ensure()
    shutil.copy(Path(__file__).parents[1] / "fixtures" / f"schema_{HEAD_REVISION}.sqlite3",
                paths.database)
    return paths


@pytest.fixture
def empty_server(pg_cluster):
    """The url of a new, empty database (CREATE DATABASE, nothing else)."""
    name = pg_cluster.new_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return count_rows(conn)
    finally:
        engine.dispose()


def _annulments(url: str) -> list[tuple[int, int]]:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(
                select(Instrument.id, Instrument.annulled_by_instrument_id)
                .where(Instrument.annulled_by_instrument_id.is_not(None)).order_by(Instrument.id))]
    finally:
        engine.dispose()


def _uses_sqlite(paths: DataPaths) -> bool:
    from pisac_desktop.config import load_settings

    return load_settings(paths).database_url.startswith("sqlite")


def _actor():
    from pisac_desktop.core.permissions import Actor

    return Actor.system("línea de órdenes (prueba)", "PC-PRUEBA")


def test_the_demo_moves_with_identical_counts_and_a_sound_chain(local_demo, empty_server):
    local_url = f"sqlite:///{local_demo.database}"
    before = _counts(local_url)
    assert before["instrument"] > 50 and before["audit_entry"] > 100

    annulled = _annulments(local_url)
    # an older document names the newer one annulling it (a forward reference), in batches of 7
    assert any(by > doc for doc, by in annulled)
    result = move_to_server(local_demo, empty_server, _actor(), switch=True,
                            clock=frozen_clock(), batch=7)

    after = _counts(empty_server)
    assert _annulments(empty_server) == annulled
    assert set(after) == set(before)
    moved = {name: rows for name, rows in after.items() if name != "audit_entry"}
    assert moved == {name: rows for name, rows in before.items() if name != "audit_entry"}
    assert after["audit_entry"] == before["audit_entry"] + 1  # the move's own entry
    assert result.copy.revision == HEAD_REVISION
    assert result.copy.rows == {n: r for n, r in before.items() if n != "alembic_version"}
    assert result.chain.ok and result.chain.entries == after["audit_entry"]
    assert result.head.entry == after["audit_entry"]
    text = "\n".join(summary(result))
    assert f"{len(before) - 1} tablas" in text and "íntegro" in text
    assert f"N° {result.head.entry}" in text and "ya usa el servidor" in text

    # The data folder now uses the server; the local file is set aside with a note.
    assert not local_demo.database.exists()
    assert result.old_file.exists() and result.old_file.name == (
        f"pisac-trasladada-al-servidor-{TODAY.isoformat()}.sqlite3")
    assert "se trasladó al servidor" in (local_demo.root / MOVED_NOTE).read_text("utf-8")
    assert _counts(f"sqlite:///{result.old_file}") == before  # kept as it was

    opened = open_database(local_demo)
    try:
        assert not opened.db.is_sqlite and opened.schema.action == "al día"
        opened.db.clock = frozen_clock()
        db = opened.db
        with db.session() as s:
            assert verify_chain(s).ok
            entry = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
            assert entry.action == "move_to_server" and entry.entity == "database"
            last = s.get(NumberSequence, (KIND, TODAY.year)).last_number
            numbers = set(s.scalars(select(Instrument.number).where(
                Instrument.kind_code == KIND, Instrument.year == TODAY.year)))
            actor = demo_actor(s, "mhuillca")
        assert last > 0 and last in numbers
        # A new draft gets a new id (the sequences continue) and issuing numbers the next one.
        with db.session() as s:
            form = I.new_draft_form(s, KIND, TODAY)
            form.summary = "Designar al responsable del archivo central"
            form.articles = ["DESIGNAR al responsable."]
            draft = I.save_draft(s, actor, form).id
        assert draft > before["instrument"]
        with db.session() as s:
            issued = I.issue(s, actor, draft)
            assert issued.number == last + 1 and issued.number not in numbers
        with db.session() as s:
            assert verify_chain(s).ok
    finally:
        opened.db.dispose()


def test_without_switch_the_data_folder_stays_local(local_demo, empty_server):
    result = move_to_server(local_demo, empty_server, _actor(), clock=frozen_clock())
    assert not result.switched and local_demo.database.exists()
    assert "sigue usando la base de datos local" in "\n".join(summary(result))
    opened = open_database(local_demo)
    assert opened.db.is_sqlite
    opened.db.dispose()


def test_refused_into_a_database_that_is_not_empty(local_demo, empty_server):
    move_to_server(local_demo, empty_server, _actor(), clock=frozen_clock())
    before = _counts(empty_server)
    with pytest.raises(TargetNotEmptyError, match="ya contiene una base de datos de Pisac"):
        move_to_server(local_demo, empty_server, _actor(), clock=frozen_clock())
    assert _counts(empty_server) == before


def test_refused_into_a_database_with_other_tables(local_demo, empty_server):
    engine = create_engine(empty_server, poolclass=NullPool)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE clientes (id integer)")
    engine.dispose()
    with pytest.raises(TargetNotEmptyError, match="no está vacía .*clientes"):
        move_to_server(local_demo, empty_server, _actor(), clock=frozen_clock())
    assert list(_counts(empty_server)) == ["clientes"]
    assert local_demo.database.exists()


def test_a_failure_mid_copy_leaves_the_server_empty(local_demo, empty_server):
    def fail_at_instruments(table: str, _rows: int) -> None:
        if table == "instrument":
            raise RuntimeError("la red se cortó")

    with pytest.raises(TransferError, match="instrument: la red se cortó.*quedó como estaba"):
        move_to_server(local_demo, empty_server, _actor(), switch=True, clock=frozen_clock(),
                       batch=10, progress=fail_at_instruments)
    assert _counts(empty_server) == {}  # not even the schema
    assert local_demo.database.exists()
    assert _uses_sqlite(local_demo)
    # The next attempt, with the network back, moves everything.
    result = move_to_server(local_demo, empty_server, _actor(), switch=True,
                            clock=frozen_clock())
    assert result.chain.ok and result.switched


def test_bad_urls_and_folders_are_explained(small_local, tmp_path):
    for url in ("esto no es una url", "sqlite:///otra.sqlite3", "postgresql+psycopg://x@y"):
        with pytest.raises(MoveError, match="no es la dirección de una base de datos PostgreSQL"):
            move_to_server(small_local, url, _actor())
    with pytest.raises(MoveError, match="No hay una base de datos local"):
        move_to_server(DataPaths(tmp_path / "vacia"), "postgresql+psycopg://x@y/z", _actor())


def test_an_unreachable_server_changes_nothing(small_local, tmp_path):
    url = f"postgresql+psycopg://nadie@/pisac?host={tmp_path}&port=1"
    with pytest.raises(MoveError, match="No se pudo conectar con el servidor"):
        move_to_server(small_local, url, _actor(), switch=True)
    assert small_local.database.exists()
    assert _uses_sqlite(small_local)


def test_the_command_line_moves_then_refuses_a_second_time(tmp_path, empty_server):
    from tests.test_cli import run_cli

    paths = DataPaths(tmp_path / "nueva")
    open_database(paths).db.dispose()  # a new office: reference data and nothing else
    result = run_cli("--data-dir", str(paths.root), "db", "move-to-server", empty_server,
                     "--switch")
    assert result.returncode == 0, result.stderr
    assert "Base de datos trasladada al servidor" in result.stdout
    assert "Registro de auditoría íntegro" in result.stdout and "huella" in result.stdout
    assert not _uses_sqlite(paths) and not paths.database.exists()

    again = run_cli("--data-dir", str(paths.root), "db", "move-to-server", empty_server)
    assert again.returncode == 2
    assert "ya usa la base de datos del servidor" in again.stderr


def test_an_older_local_database_is_upgraded_first_and_the_password_kept_private(
        tmp_path, pg_cluster):
    """The local file of an older version is backed up and upgraded as at any start, then moved;
    with --switch the password typed in the url goes to the private password file only."""
    import shutil
    from pathlib import Path

    from sqlalchemy.engine import make_url

    fixture = Path(__file__).parents[1] / "fixtures" / "schema_0005.sqlite3"
    paths = DataPaths(tmp_path / "antigua").ensure()
    shutil.copy(fixture, paths.database)
    name = pg_cluster.new_database()
    try:
        url = make_url(pg_cluster.url(name)).set(password="cl@ve:secreta")  # trust: unused
        result = move_to_server(paths, url.render_as_string(hide_password=False), _actor(),
                                switch=True, clock=frozen_clock())
        assert result.copy.revision == HEAD_REVISION
        assert [p.name for p in paths.backups.iterdir() if "0005" in p.name]  # backed up first
        assert result.copy.rows["instrument"] == 129 and result.chain.ok
        assert "secreta" not in paths.settings.read_text("utf-8")
        assert "secreta" in paths.password_file.read_text("utf-8")
        assert "secreta" not in result.server and "secreta" not in "\n".join(summary(result))
        opened = open_database(paths)
        assert not opened.db.is_sqlite and opened.schema.action == "al día"
        opened.db.dispose()
    finally:
        pg_cluster.drop_database(name)


def test_a_failed_verification_leaves_the_server_empty(small_local, empty_server, monkeypatch):
    from pisac_desktop import server_move

    real = server_move.count_rows

    def one_row_lost(conn, tables=None):
        counts = real(conn, tables)
        if conn.dialect.name == "postgresql":
            counts["instrument"] -= 1
        return counts

    monkeypatch.setattr(server_move, "count_rows", one_row_lost)
    with pytest.raises(MoveError, match="no coinciden en instrument.*quedó como estaba"):
        move_to_server(small_local, empty_server, _actor(), switch=True, clock=frozen_clock())
    assert _counts(empty_server) == {}
    assert _uses_sqlite(small_local) and small_local.database.exists()


@pytest.mark.parametrize("settings", ["[base_de_datos]\n", "; solo un comentario\n", None])
def test_saving_the_server_url_whatever_the_settings_file_held(tmp_path, settings):
    from pisac_desktop.config import load_settings, save_database_url

    paths = DataPaths(tmp_path / "datos").ensure()
    if settings is not None:
        paths.settings.write_text(settings, encoding="utf-8")
    save_database_url(paths, "postgresql+psycopg://pisac:se%cr:et@servidor/pisac")
    text = paths.settings.read_text("utf-8")
    assert "se%cr" not in text and "servidor/pisac" in text
    assert "se%cr\\:et" in paths.password_file.read_text("utf-8")
    url = load_settings(paths).database_url
    assert url.startswith("postgresql+psycopg://pisac@servidor/pisac") and "passfile" in url
