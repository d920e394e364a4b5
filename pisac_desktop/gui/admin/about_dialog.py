"""Ayuda > Acerca de: version, where the data is, licences."""

from __future__ import annotations

import platform
from html import escape

import PySide6
import sqlalchemy
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox

from pisac_desktop import __version__
from pisac_desktop.db.schema import HEAD_REVISION
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_about_dialog import Ui_AboutDialog
from pisac_desktop.paths import resource

LICENCES = (
    ("Qt 6 y PySide6", "LGPL v3", "interfaz gráfica"),
    ("SQLAlchemy y Alembic", "MIT", "base de datos y migraciones"),
    ("ReportLab", "BSD", "documentos PDF"),
    ("appdirs", "MIT", "carpeta de datos"),
    ("holidays", "MIT", "feriados del Perú"),
    ("Liberation Serif y Liberation Sans", "SIL Open Font License 1.1",
     "fuentes de los documentos impresos"),
)


class AboutDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.buttonBox.button(QDialogButtonBox.Close).setText("Cerrar")
        self.ui.iconLabel.setPixmap(QPixmap(str(resource("icons", "pisac-desktop.png"))))
        self.ui.headingLabel.setText(f"Pisac Desktop {__version__}")
        rows = "".join(
            f"<tr><td>{escape(a)}</td><td>{escape(b)}</td><td>{escape(c)}</td></tr>"
            for a, b, c in LICENCES
        )
        self.ui.aboutText.setHtml(
            "<p>Sistema de gestión de la Gerencia Municipal y la Secretaría General de la "
            "Municipalidad Distrital de Pisac (Calca, Cusco). Funciona sin internet.</p>"
            "<table cellpadding='3'>"
            f"<tr><td><b>Versión</b></td><td>{escape(__version__)} "
            f"(esquema de datos {escape(HEAD_REVISION)})</td></tr>"
            f"<tr><td><b>Carpeta de datos</b></td><td>{escape(str(ctx.paths.root))}</td></tr>"
            f"<tr><td><b>Base de datos</b></td><td>{escape(ctx.db.display_location)}</td></tr>"
            f"<tr><td><b>Copias de seguridad</b></td><td>{escape(str(ctx.paths.backups))}</td></tr>"
            f"<tr><td><b>Registro de errores</b></td><td>{escape(str(ctx.paths.logs))}</td></tr>"
            f"<tr><td><b>Componentes</b></td><td>Python {escape(platform.python_version())}, "
            f"PySide6 {escape(PySide6.__version__)}, SQLAlchemy {escape(sqlalchemy.__version__)}"
            "</td></tr></table>"
            "<p><b>Licencias de terceros</b></p>"
            "<table cellpadding='3'><tr><th align='left'>Componente</th>"
            "<th align='left'>Licencia</th><th align='left'>Uso</th></tr>"
            f"{rows}</table>"
            "<p>Los textos completos de las licencias de las fuentes están en la carpeta "
            "<i>resources/fonts</i> de la instalación.</p>"
        )
