"""Screenshot of the audit trail viewer, and a sample of its PDF listing, on demo data.

python tools/audit_viewer_screenshot.py OUT_DIR

Creates a demo data folder in a temporary directory, adds a few weeks of typical entries
(sign-ins, a failed attempt, user and settings changes, exports), opens the viewer offscreen and
writes OUT_DIR/registro-auditoria.png, OUT_DIR/registro-auditoria-busqueda.png and
OUT_DIR/registro-auditoria.pdf. Render the PDF with `pdftoppm -png -r 80 FILE.pdf PREFIX`.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

PISAC = dt.timezone(dt.timedelta(hours=-5))  # Peru: UTC-5 all year


def add_sample_entries(opened) -> None:
    from pisac_desktop.domain.audit import record
    from pisac_desktop.domain.permissions import Actor, Role

    secretary = Actor(None, "mhuillca", "Marleny Huillca Sutta",
                      frozenset({Role.GENERAL_SECRETARIAT}), "PC-SECRETARIA")
    clerk = Actor(None, "jquispe", "José Quispe", frozenset({Role.INTAKE}), "PC-MESA-PARTES")
    start = dt.datetime(2026, 11, 2, 13, 5, tzinfo=dt.UTC)
    with opened.db.session() as s:
        for i in range(320):
            at = start + dt.timedelta(minutes=83 * i)

            def clock(at=at):
                return at

            kind = i % 6
            if kind == 0:
                record(s, secretary, "sign_in", "user", "", clock=clock)
            elif kind == 1:
                record(s, secretary, "update", "user", 3,
                       {"nombre": ["Juan Perez", "Juan Pérez Quispe"],
                        "roles": ["Consulta", "Mesa de Partes; Consulta"]}, clock=clock)
            elif kind == 2:
                record(s, clerk, "sign_in_failed", "user", "",
                       {"motivo": [None, "contraseña incorrecta"]}, clock=clock)
            elif kind == 3:
                record(s, secretary, "settings_change", "institution", 1,
                       {"address": ["Plaza de Armas s/n", "Plaza de Armas N° 101"],
                        "año 2026": [None, "Año de la Esperanza y el Fortalecimiento de la "
                                           "Democracia"]}, clock=clock)
            elif kind == 4:
                record(s, clerk, "sign_in", "user", "", clock=clock)
            else:
                record(s, secretary, "export", "audit", "",
                       {"formato": [None, "xlsx"], "filas": [None, 40 + i]}, clock=clock)


def main(out_dir: Path) -> int:
    from PySide6.QtWidgets import QApplication

    from pisac_desktop.domain.demo import create_demo
    from pisac_desktop.domain.permissions import Actor, Role
    from pisac_desktop.gui.admin.audit_viewer import AuditViewerDialog
    from pisac_desktop.gui.app import install_spanish
    from pisac_desktop.gui.context import AppContext
    from pisac_desktop.paths import DataPaths

    app = QApplication.instance() or QApplication([])
    install_spanish(app)
    out_dir.mkdir(parents=True, exist_ok=True)
    opened = create_demo(DataPaths(Path(tempfile.mkdtemp(prefix="pisac-audit-")) / "demo"))
    try:
        add_sample_entries(opened)
        actor = Actor(None, "admin", "Administrador del sistema", frozenset({Role.ADMIN}),
                      "PC-SISTEMAS")
        ctx = AppContext(opened.db, opened.paths, actor, today=lambda: dt.date(2026, 11, 21))
        dialog = AuditViewerDialog(ctx, tz=PISAC)
        dialog.load()
        dialog.show()

        def save(name: str) -> None:
            for _ in range(5):
                app.processEvents()
            dialog.grab().save(str(out_dir / name))

        save("registro-auditoria.png")
        dialog.ui.searchEdit.setText("perez")
        dialog.apply_filters()
        save("registro-auditoria-busqueda.png")
        dialog.ui.searchEdit.clear()
        dialog.apply_filters()
        result = dialog.export_to(out_dir / "registro-auditoria.pdf", "pdf")
        print(result.message)
        dialog.close()
    finally:
        opened.db.dispose()
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(Path(sys.argv[1])))
