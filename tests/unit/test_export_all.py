"""Everything out and back in (issue 20): the demo exported whole, every table as CSV and xlsx
with its dictionary, every document and stored file, the audit trail with a standalone check;
then imported into an EMPTY database: the same rows, the same register, a whole chain."""

import csv
import hashlib
import json
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from pisac_desktop.core.audit import verify_chain
from pisac_desktop.core.errors import DomainError
from pisac_desktop.core.permissions import Actor
from pisac_desktop.db.base import Base
from pisac_desktop.db.engine import Database
from pisac_desktop.db.models import AuditEntry, Instrument, NumberSequence
from pisac_desktop.demo import demo_actor
from pisac_desktop.moving_in.export_all import ExportStopped, export_everything
from pisac_desktop.moving_in.import_all import (
    ImportRefused,
    import_everything,
    prepare_empty,
)
from pisac_desktop.paths import DataPaths
from tests.conftest import frozen_clock


def _rows(db, table):
    keys = list(table.primary_key.columns) or list(table.columns)
    with db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(table).order_by(*keys))]


def _export(opened, target, **options):
    with opened.db.session() as s:
        return export_everything(s, demo_actor(s, "soporte"), target, workers=1, **options)


def _empty_database(request, db_engine, tmp_path, name="importada") -> Database:
    """A new data folder's database (SQLite), or a new server database (PostgreSQL): the schema
    at head, no reference data."""
    paths = DataPaths(tmp_path / name).ensure()
    if db_engine == "postgresql":
        from tests.engines import point_at

        cluster = request.getfixturevalue("pg_cluster")
        database = cluster.new_database()
        request.addfinalizer(lambda: cluster.drop_database(database))
        point_at(paths, cluster.url(database))
    db = Database.for_data_dir(paths)
    db.clock = frozen_clock()
    request.addfinalizer(db.dispose)
    prepare_empty(db, paths.backups)
    return db


def _moved_in(opened) -> None:
    """The demo with what an office brings (issue 20): a year of its old register imported as
    registros históricos, and one of them with its signed original scanned."""
    from pisac_desktop.core.stored_files import NewAttachment
    from pisac_desktop.instruments import historic
    from pisac_desktop.instruments.attachments import add_scan
    from tests import registers

    with opened.db.session() as s:
        actor = demo_actor(s, "soporte")
        historic.import_register(s, actor, "registro-RA-2021.xlsx",
                                 registers.register_xlsx(False, (2021,)), "MAYOR_RESOLUTION")
        old = s.scalar(select(Instrument.id).where(Instrument.historic.is_(True)).limit(1))
        add_scan(s, actor, old, NewAttachment("RA-001-2021.pdf",
                                              registers.tiny_pdf("RA 001-2021")))


def test_the_demo_goes_out_and_back_in_value_for_value(request, demo, db_engine, tmp_path):
    _moved_in(demo)
    exported = {t.name: _rows(demo.db, t) for t in Base.metadata.sorted_tables}
    assert exported["historic_source"] and exported["instrument_attachment"]
    target = tmp_path / "exportacion"
    result = _export(demo, target, documents=False)
    assert result.folder == target and not (tmp_path / ".exportacion.incompleta").exists()
    assert result.tables["instrument"] > 100 and result.files >= 2
    assert any(p.name.endswith("-RA-001-2021.pdf") for p in
               (target / "archivos" / "instrument_attachment").iterdir())

    db = _empty_database(request, db_engine, tmp_path)
    imported = import_everything(db, target, Actor.system("prueba de importación", "PC-PRUEBA"))
    assert imported.chain.ok, imported.chain.message

    for table in Base.metadata.sorted_tables:
        before, after = exported[table.name], _rows(db, table)
        if table.name == "audit_entry":  # the import's own entry comes last
            assert after[:-1] == before and len(after) == len(before) + 1
            assert after[-1][5] == "import"
        elif table.name == "app_meta":  # the head moved on by that entry
            assert {r for r in after if r[0] != "audit_head"} == \
                {r for r in before if r[0] != "audit_head"}
        else:
            assert after == before, table.name
    with db.session() as s:
        assert verify_chain(s).ok
        register = s.execute(select(Instrument.kind_code, Instrument.year, func.max(
            Instrument.number)).group_by(Instrument.kind_code, Instrument.year)).all()
        counters = s.execute(select(NumberSequence.kind_code, NumberSequence.year,
                                    NumberSequence.last_number)).all()
    with demo.db.session() as s:
        assert sorted(register, key=repr) == sorted(s.execute(select(  # GROUP BY: no order
            Instrument.kind_code, Instrument.year, func.max(Instrument.number))
            .group_by(Instrument.kind_code, Instrument.year)).all(), key=repr)
        assert sorted(counters) == sorted(s.execute(select(
            NumberSequence.kind_code, NumberSequence.year, NumberSequence.last_number)).all())


def test_the_imported_database_opens_and_issues_the_next_number(request, demo, db_engine,
                                                                   tmp_path):
    from pisac_desktop.core.numbering import next_number
    from pisac_desktop.startup import open_database

    target = tmp_path / "exportacion"
    _export(demo, target, documents=False)
    db = _empty_database(request, db_engine, tmp_path)
    import_everything(db, target, Actor.system("prueba", "PC-PRUEBA"))
    db.dispose()
    reopened = open_database(DataPaths(tmp_path / "importada"))  # as the program opens it
    request.addfinalizer(reopened.db.dispose)
    with demo.db.session() as s:
        expected = next_number(s, "MAYOR_RESOLUTION", 2026)
        assert expected > 1  # the demo issued resoluciones de alcaldía in 2026
        last_entry = s.scalar(select(func.max(AuditEntry.id)))
    with reopened.db.session() as s:
        assert next_number(s, "MAYOR_RESOLUTION", 2026) == expected
        # the exported entries and the import's; the demo has the export's own instead
        assert s.scalar(select(func.max(AuditEntry.id))) == last_entry
        # new rows take ids after the imported ones (PostgreSQL's sequences were reset)
        from pisac_desktop.db.models import NonWorkingDay

        row = NonWorkingDay(day=frozen_clock().today(), kind="local", name="Prueba")
        s.add(row)
        s.flush()
        assert row.id > max(r[0] for r in _rows(demo.db, NonWorkingDay.__table__))


@pytest.mark.sqlite_only(reason="la carpeta exportada es la misma en ambos motores")
def test_the_folder_explains_itself_and_its_files(demo, tmp_path):
    """Slow on purpose (~12 s): the one export here with every document's PDF (the demo's
    issued documents, registers and council papers, hundreds of PDFs); the other tests leave
    the PDFs out (documents=False)."""
    target = tmp_path / "exportacion"
    result = _export(demo, target)
    names = {p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file()}
    for name in ("LEEME.txt", "exportacion.json", "MANIFIESTO-SHA256.txt",
                 "diccionario-de-datos.csv", "datos/pisac-datos.xlsx", "datos/instrument.csv",
                 "archivos/archivos.csv", "auditoria/VERIFICAR-LA-CADENA.txt",
                 "auditoria/verificar_cadena.py", "archivos/institution/1-crest.png"):
        assert name in names, name
    assert {f"datos/{t.name}.csv" for t in Base.metadata.sorted_tables} <= names
    # every issued document of 2026 as its PDF, the registers and the council's papers
    with demo.db.session() as s:
        issued = s.scalar(select(func.count()).select_from(Instrument)
                          .where(Instrument.state != "draft", Instrument.historic.is_(False)))
    assert result.documents == issued
    pdfs = [n for n in names if n.startswith("documentos/2026/") and n.endswith(".pdf")]
    assert any(n.startswith("documentos/2026/RA-") for n in pdfs)
    assert any("/sesiones/" in n for n in pdfs) and any(n.endswith(".xlsx") for n in names)

    # the manifest: the SHA-256 of every other file
    listed = dict(reversed(line.split("  ", 1)) for line in
                  (target / "MANIFIESTO-SHA256.txt").read_text(encoding="utf-8").splitlines())
    assert set(listed) == names - {"MANIFIESTO-SHA256.txt"}
    crest = target / "archivos/institution/1-crest.png"
    assert listed["archivos/institution/1-crest.png"] == hashlib.sha256(
        crest.read_bytes()).hexdigest()

    # the CSV open in Excel (BOM) and read by anyone (csv module)
    raw = (target / "datos/org_unit.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(target / "datos/org_unit.csv", encoding="utf-8-sig", newline="") as handle:
        units = list(csv.DictReader(handle))
    assert any(u["name"] == "Secretaría General" for u in units)
    with open(target / "archivos/archivos.csv", encoding="utf-8-sig", newline="") as handle:
        files = list(csv.DictReader(handle))
    assert len(files) == result.files and all(f["coincide"] in ("sí", "—") for f in files)
    with open(target / "diccionario-de-datos.csv", encoding="utf-8-sig", newline="") as handle:
        dictionary = list(csv.DictReader(handle))
    assert all(d["descripcion"] for d in dictionary)
    assert {"instrument", "number_text"} <= {d["tabla"] for d in dictionary} | {
        d["columna"] for d in dictionary}

    from openpyxl import load_workbook

    book = load_workbook(target / "datos/pisac-datos.xlsx", read_only=True)
    assert book.sheetnames[0] == "Diccionario" and "instrument" in book.sheetnames
    info = json.loads((target / "exportacion.json").read_text(encoding="utf-8"))
    assert info["tablas"] == result.tables and info["esquema"]
    readme = (target / "LEEME.txt").read_text(encoding="utf-8")
    assert "Un campo vacío SIN comillas es un dato que falta (NULL)" in readme
    assert "Municipalidad Distrital de Pisac" in readme


@pytest.mark.sqlite_only(reason="el programa de verificación lee los CSV, no la base de datos")
def test_the_standalone_script_checks_the_chain_and_finds_a_tampered_entry(demo, tmp_path):
    target = tmp_path / "exportacion"
    _export(demo, target, documents=False)
    script = target / "auditoria" / "verificar_cadena.py"
    done = subprocess.run([sys.executable, "-I", str(script)], capture_output=True, text=True,
                          encoding="utf-8")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Registro de auditoría íntegro" in done.stdout

    data = target / "datos" / "audit_entry.csv"
    text = data.read_text(encoding="utf-8-sig")
    assert '"demostración"' in text  # the workstation of the demo's entries
    data.write_text("\ufeff" + text.replace('"demostración"', '"otra-pc"', 1), encoding="utf-8",
                    newline="")
    done = subprocess.run([sys.executable, "-I", str(script), str(target / "datos")],
                          capture_output=True, text=True, encoding="utf-8")
    assert done.returncode == 1 and "fue alterada" in done.stdout


@pytest.mark.sqlite_only(reason="sobre la carpeta y los archivos")
def test_nothing_half_written_is_left_when_stopped_or_failed(demo, tmp_path):
    outside = tmp_path / "memoria-usb"
    outside.mkdir()
    target = outside / "exportacion"
    with demo.db.session() as s, pytest.raises(ExportStopped):
        export_everything(s, demo_actor(s, "soporte"), target, workers=1,
                          progress=lambda done, total: done < 20)
    assert list(outside.iterdir()) == []
    (target / "algo.txt").parent.mkdir()
    (target / "algo.txt").write_text("de otro")
    with demo.db.session() as s, pytest.raises(DomainError, match="no está vacía"):
        export_everything(s, demo_actor(s, "soporte"), target, workers=1, documents=False)
    assert [p.name for p in target.iterdir()] == ["algo.txt"]


@pytest.mark.sqlite_only(reason="sobre el registro de auditoría")
def test_the_export_is_audited_with_its_manifest(demo, tmp_path):
    result = _export(demo, tmp_path / "exportacion", documents=False)
    with demo.db.session() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
    assert (last.action, last.entity) == ("export", "database")
    assert result.manifest_sha256 in last.changes


def test_an_import_into_a_database_with_data_is_refused(demo, opened, tmp_path):
    target = tmp_path / "exportacion"
    _export(demo, target, documents=False)
    before = {t.name: len(_rows(opened.db, t)) for t in Base.metadata.sorted_tables}
    with pytest.raises(ImportRefused, match="no está vacía"):
        import_everything(opened.db, target, Actor.system("prueba", "PC"))
    assert before == {t.name: len(_rows(opened.db, t)) for t in Base.metadata.sorted_tables}


@pytest.mark.sqlite_only(reason="sobre la carpeta exportada")
def test_an_altered_or_unfinished_export_is_refused(request, demo, tmp_path):
    target = tmp_path / "exportacion"
    _export(demo, target, documents=False)
    db = _empty_database(request, "sqlite", tmp_path)
    actor = Actor.system("prueba", "PC")
    units = target / "datos" / "org_unit.csv"
    units.write_bytes(units.read_bytes().replace("Alcaldía".encode(), b"Alcaldia"))
    with pytest.raises(ImportRefused, match="org_unit.csv cambió"):
        import_everything(db, target, actor)
    (target / "MANIFIESTO-SHA256.txt").unlink()
    with pytest.raises(ImportRefused, match="no terminó"):
        import_everything(db, target, actor)
    with db.engine.connect() as conn:
        from pisac_desktop.moving_in.import_all import what_is_in

        assert what_is_in(conn) == []
