"""The setup checklist (Puesta en marcha) on each module's overview, for who sets the office up
(administrators, the Secretaría General): each item ✔ Hecho or ✗ Pendiente with what is
missing; a click opens where to do it. Hidden once everything is done, or when the person hides
it («Ocultar lista»: their own preference on this computer, shown again from a link)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QWidget

from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui.table_models import ListTableModel
from pisac_desktop.moving_in.checklist import (
    BACKUP,
    COUNCIL,
    INSTITUTION,
    NUMBERING,
    ORGANIZATION,
    PRINTER,
    REGISTERS,
    USERS,
    ChecklistItem,
    print_check_pdf,
    record_test_page,
)

PREFERENCES = "preferencias.ini"
HIDDEN_KEY = "ocultar_puesta_en_marcha"
DONE, PENDING = QColor("#1a5e1a"), QColor("#a40000")


class ChecklistModel(ListTableModel):
    def __init__(self, parent=None):
        super().__init__(("", "Estado", "Puesta en marcha", "Qué falta o qué hay"), parent=parent)
        self.items: list[ChecklistItem] = []

    def show(self, items: list[ChecklistItem]) -> None:
        self.items = list(items)
        self.set_rows([(i.mark, i.state, i.label, i.detail) for i in items])

    def data(self, index, role=Qt.DisplayRole):
        if role == Qt.ForegroundRole and index.isValid() and index.column() < 2:
            return DONE if self.items[index.row()].done else PENDING
        if role == Qt.TextAlignmentRole and index.isValid() and index.column() == 0:
            return Qt.AlignCenter
        return super().data(index, role)


def may_set_up(actor) -> bool:
    return actor.can(Permission.EDIT_INSTITUTION) or actor.can(Permission.MANAGE_USERS)


class SetupChecklist:
    """Drives the overview's setupGroup (ui/overview.ui)."""

    def __init__(self, overview: QWidget):
        self.overview = overview
        self.ctx = overview.ctx
        ui = self.ui = overview.ui
        self.items: list[ChecklistItem] = []
        self.model = ChecklistModel(overview)
        view = ui.setupView
        view.setModel(self.model)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        # Sized to the items once each time they are shown (ResizeToContents measured every
        # row again at each layout pass of the overview, hundreds of times a session).
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.Interactive)
        header.setStretchLastSection(True)
        view.setWordWrap(False)  # one line per item (the whole text in its tooltip)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 5)
        view.setToolTip("Pulse una fila para ir a donde se hace.")
        view.clicked.connect(lambda index: self.open_item(index.row()))
        view.activated.connect(lambda index: self.open_item(index.row()))
        ui.testPageButton.clicked.connect(self.print_test_page)
        ui.hideSetupButton.clicked.connect(lambda: self.set_hidden(True))
        ui.setupHiddenLabel.linkActivated.connect(lambda _link: self.set_hidden(False))
        ui.setupGroup.setVisible(False)
        ui.setupHiddenLabel.setVisible(False)
        self.last_preview = None

    # --- the person's preference ----------------------------------------------------------
    def _settings(self) -> QSettings:
        return QSettings(str(self.ctx.paths.root / PREFERENCES), QSettings.IniFormat)

    def _key(self) -> str:
        return f"{self.ctx.actor.username or 'sistema'}/{HIDDEN_KEY}"

    @property
    def hidden(self) -> bool:
        return str(self._settings().value(self._key(), "")) == "1"

    def set_hidden(self, hidden: bool) -> None:
        settings = self._settings()
        settings.setValue(self._key(), "1" if hidden else "0")
        settings.sync()
        self.show(self.items)

    # --- showing ----------------------------------------------------------------------------
    def show(self, items: list[ChecklistItem]) -> None:
        self.items = list(items)
        pending = [i for i in items if not i.done]
        shown = bool(pending) and not self.hidden and may_set_up(self.ctx.actor)
        self.ui.setupGroup.setVisible(shown)
        # While the office sets up, the list takes the place of the sections' description
        # (the navigation on the left names them too): the page fits 1366 × 768.
        self.ui.sectionsGroup.setVisible(not shown)
        self.ui.setupHiddenLabel.setVisible(bool(pending) and self.hidden
                                            and may_set_up(self.ctx.actor))
        self.ui.setupHiddenLabel.setText(
            f"Lista de puesta en marcha oculta ({len(pending)} "
            f"{'pendiente' if len(pending) == 1 else 'pendientes'}). "
            "<a href='mostrar'>Mostrarla</a>")
        if not shown:
            return
        self.model.show(items)
        done = len(items) - len(pending)
        self.ui.setupGroup.setTitle(f"Puesta en marcha: {done} de {len(items)} hechos — lo que "
                                    "la oficina prepara en su primera semana (pulse una fila "
                                    "para ir a donde se hace)")
        view = self.ui.setupView
        for column in (0, 1, 2):
            view.resizeColumnToContents(column)
        rows = len(items) * view.verticalHeader().defaultSectionSize()
        view.setFixedHeight(rows + view.horizontalHeader().sizeHint().height()
                            + 2 * view.frameWidth())

    # --- where each item is done ----------------------------------------------------------
    def open_item(self, row: int):
        if not 0 <= row < len(self.items):
            return None
        where = self.items[row].where
        if where == NUMBERING:
            result = self.open_numbering()
        elif where == PRINTER:
            result = self.print_test_page()
        else:
            method = getattr(self.overview.window(), _METHODS[where], None)
            if method is None:
                return None
            result = method(choose_folder=True) if where == BACKUP else method()
        self.overview.load()
        return result

    def open_numbering(self):
        """The register of the module's documents, with its «Fijar el siguiente número»."""
        page = getattr(self.overview.window(), "pages", {}).get(self.overview.module.key)
        section = page.select("instruments") if page is not None else None
        if section is not None and hasattr(section, "set_next_number"):
            section.set_next_number()
        return section

    def print_test_page(self):
        """The test page in the preview: printed (or saved) from there, it is audited."""
        from pisac_desktop.gui.operations import QueryOp
        from pisac_desktop.gui.pdf_preview import PdfPreviewDialog

        actor, today = self.ctx.actor, self.ctx.today()
        op = QueryOp(self.overview, self.ctx.db,
                     lambda s: print_check_pdf(s, actor, today), None).run().wait()
        if not op.ok:
            return None
        dialog = PdfPreviewDialog(op.result, "Página de prueba de impresión",
                                  "pagina-de-prueba-de-impresion", self.ctx.paths.documents,
                                  on_printed=self._test_page_left, parent=self.overview)
        self.last_preview = dialog
        dialog.exec()
        return dialog

    def _test_page_left(self, destination: str) -> None:
        from pisac_desktop.gui.operations import CollectionOp

        actor = self.ctx.actor
        CollectionOp(self.overview, self.ctx.db,
                     lambda s: record_test_page(s, actor, destination), None) \
            .refreshing(self.overview.load).run()


_METHODS = {INSTITUTION: "open_institution_settings", ORGANIZATION: "open_organization_import",
            COUNCIL: "open_council_terms", USERS: "open_users", BACKUP: "backup_now",
            REGISTERS: "open_register_import"}
