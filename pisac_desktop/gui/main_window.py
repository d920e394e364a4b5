from __future__ import annotations

from PySide6.QtWidgets import QLabel, QMainWindow

from pisac_desktop.domain.institution import get_institution
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.forms.ui_main_window import Ui_MainWindow
from pisac_desktop.gui.module_page import ModulePage
from pisac_desktop.gui.registry import MODULES

TITLE_SUFFIX = "Gestión Municipal"


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.pages: dict[str, ModulePage] = {}
        for spec in MODULES:
            page = ModulePage(ctx, spec)
            self.pages[spec.key] = page
            self.ui.moduleTabs.addTab(page, spec.title)
        self.ui.actionSalir.triggered.connect(self.close)
        self.ui.actionInstitucion.triggered.connect(self.open_institution_settings)
        self.ui.actionAcercaDe.triggered.connect(self.open_about)
        self.dataLabel = QLabel(f"Carpeta de datos: {ctx.paths.root}")
        self.dataLabel.setObjectName("dataFolderLabel")
        self.ui.statusBar.addPermanentWidget(self.dataLabel)
        self.refresh_title()

    def refresh_title(self) -> None:
        with self.ctx.db.session() as session:
            name = get_institution(session).name
        self.setWindowTitle(f"{name} — {TITLE_SUFFIX}")

    def refresh_all(self) -> None:
        self.refresh_title()
        for page in self.pages.values():
            page.refresh()

    def open_institution_settings(self) -> None:
        from pisac_desktop.gui.admin.institution_dialog import InstitutionDialog

        dialog = InstitutionDialog(self.ctx, self)
        dialog.load()
        if dialog.exec():
            self.refresh_all()

    def open_about(self) -> None:
        from pisac_desktop.gui.admin.about_dialog import AboutDialog

        AboutDialog(self.ctx, self).exec()
