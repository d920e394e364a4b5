"""pisac-desktop export --all / import --all / template organization / import organization, for
the office's IT person (issue 20)."""

import io
from pathlib import Path

import pytest
from openpyxl import load_workbook

from pisac_desktop import cli
from pisac_desktop.paths import DataPaths
from tests.conftest import _copy_demo


@pytest.fixture
def data(tmp_path, _demo_full) -> DataPaths:
    paths = DataPaths(tmp_path / "datos")
    _copy_demo(_demo_full, paths).db.dispose()
    return paths


def main(folder: DataPaths | Path, *args: str) -> int:
    root = folder.root if isinstance(folder, DataPaths) else folder  # (a Path's .root is "/")
    assert root.is_absolute() and len(root.parts) > 2, root
    return cli.main(["--data-dir", str(root), *args])


def test_everything_out_and_into_a_new_data_folder(data, tmp_path, capsys):
    out = tmp_path / "exportacion"
    assert main(data, "export", "--all", "--to", str(out), "--no-documents") == 0
    said = capsys.readouterr().out
    assert "Exportación completa en" in said and "Lea LEEME.txt" in said
    assert (out / "MANIFIESTO-SHA256.txt").exists() and not (out / "documentos").exists()
    assert main(data, "export", "--all", "--to", str(out)) == 2  # not empty: refused
    assert "no está vacía" in capsys.readouterr().err

    new = tmp_path / "nueva"
    assert main(new, "import", "--all", str(out)) == 0
    said = capsys.readouterr().out
    assert "Registro de auditoría íntegro" in said
    assert main(new, "import", "--all", str(out)) == 2  # now it has data
    assert "no está vacía" in capsys.readouterr().err
    assert main(new, "audit-verify") == 0
    assert main(tmp_path / "otra", "import", "--all", str(tmp_path)) == 2
    assert "no es una exportación completa" in capsys.readouterr().err
    assert not (tmp_path / "otra" / "pisac.sqlite3").exists()  # nothing created for nothing


def test_export_asks_for_a_year_or_everything(data, capsys):
    with pytest.raises(SystemExit):
        main(data, "export", "--to", "x")
    assert "--year" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(data, "export", "--year", "2026", "--all", "--to", "x")


def test_the_organisation_template_and_its_import(data, tmp_path, capsys):
    template = tmp_path / "organizacion"
    assert main(data, "template", "organization", "--to", str(template)) == 0
    saved = tmp_path / "organizacion.xlsx"
    assert saved.exists() and "Plantilla guardada" in capsys.readouterr().out

    assert main(data, "import", "organization", str(saved), "--dry-run") == 0
    said = capsys.readouterr().out
    assert "Unidades orgánicas:" in said and "No se cambió nada" in said

    book = load_workbook(saved)
    sheet = book["Unidades orgánicas"]
    sheet.append(["Oficina de Imagen Institucional", "OII", "Sí"])
    sheet.append(["Oficina de Imagen Institucional", "OII2", "tal vez"])
    buffer = io.BytesIO()
    book.save(buffer)
    saved.write_bytes(buffer.getvalue())
    assert main(data, "import", "organization", str(saved)) == 2
    captured = capsys.readouterr()
    assert "«tal vez» no es Sí ni No" in captured.out and "No se importó nada" in captured.err

    book = load_workbook(saved)
    book["Unidades orgánicas"].delete_rows(book["Unidades orgánicas"].max_row)
    book.save(saved)
    assert main(data, "import", "organization", str(saved), "--dry-run") == 0
    assert "Oficina de Imagen Institucional (OII) — Nueva" in capsys.readouterr().out
    assert main(data, "import", "organization", str(saved)) == 0
    assert "Organización importada" in capsys.readouterr().out
    assert main(data, "import", "organization", str(saved)) == 0
    assert "no hay cambios" in capsys.readouterr().out
