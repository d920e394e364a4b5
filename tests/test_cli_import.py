"""`pisac-desktop import register|scans`, run as real processes: the preview printed as a table
in Spanish, a blocking problem ending with code 1 and nothing written, then the import."""

from __future__ import annotations

from sqlalchemy import func, select

from pisac_desktop.db.models import Instrument, InstrumentAttachment
from tests import registers as R
from tests.test_cli import run_cli


def test_a_register_is_previewed_refused_then_imported(demo_people, tmp_path):
    data = str(demo_people.paths.root)
    demo_people.db.dispose()
    with_repeat = tmp_path / "registro RA 2021-2025.xlsx"
    with_repeat.write_bytes(R.register_xlsx())
    refused = run_cli("--data-dir", data, "import", "register", str(with_repeat), "--kind",
                      "ra")
    assert refused.returncode == 1, refused.stderr
    out = refused.stdout
    assert "Encabezados en la fila 5." in out
    assert "Columnas: Número = B: Número; Fecha = C: Fecha; Sumilla (asunto) = D: SUMILLA" in out
    assert "Fila  Número" in out and "Problemas" in out
    assert "IMPIDE: Número repetido en el archivo" in out
    assert "falta el 017" in out and "números faltantes: RA 2024: faltan 017" in out
    assert "No se importó nada" in refused.stderr
    fixed = tmp_path / "registro corregido.xlsx"
    fixed.write_bytes(R.register_xlsx(repeated=False))
    preview = run_cli("--data-dir", data, "import", "register", str(fixed), "--kind", "RA",
                      "--dry-run")
    assert preview.returncode == 0, preview.stderr
    assert "319 documentos por importar" in preview.stdout
    assert "Vista previa: no se importó nada" in preview.stdout
    with demo_people.db.session() as s:
        assert s.scalar(select(func.count(Instrument.id))) == 0
    done = run_cli("--data-dir", data, "import", "register", str(fixed), "--kind", "RA")
    assert done.returncode == 0, done.stderr
    assert "Se importaron 319 documentos como registro histórico (1 anulado)." in done.stdout
    assert "RA 2025: el siguiente número es 065" in done.stdout
    with demo_people.db.session() as s:
        assert s.scalar(select(func.count(Instrument.id)).where(Instrument.historic)) == 319
    unknown = run_cli("--data-dir", data, "import", "register", str(fixed), "--kind", "XX")
    assert unknown.returncode == 2 and "Tipo desconocido: XX" in unknown.stderr
    demo_people.db.dispose()

    folder = R.scan_folder(tmp_path / "escaneos", ["RA-045-2023.pdf", "RA 46-2023.pdf",
                                                   "Resolución de Alcaldía 047-2023.pdf",
                                                   "RA-017-2024.pdf"])
    dry = run_cli("--data-dir", data, "import", "scans", str(folder), "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert "RESOLUCIÓN DE ALCALDÍA N° 045-2023-MDP/A" in dry.stdout
    assert "Sin documento" in dry.stdout  # N° 017 of 2024 was never registered
    assert "4 archivos: 3 por adjuntar" in dry.stdout
    attached = run_cli("--data-dir", data, "import", "scans", str(folder))
    assert attached.returncode == 0, attached.stderr
    assert "Archivos escaneados adjuntados: 3" in attached.stdout
    with demo_people.db.session() as s:
        assert s.scalar(select(func.count(InstrumentAttachment.id))) == 3
