"""Agenda: the points grouped by station (Despacho, Informes, Pedidos, Orden del Día), each with
the majority it needs; frozen once an extraordinaria is convened."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from pisac_desktop.council.agenda import move_item, remove_item
from pisac_desktop.council.session_view import ItemView
from pisac_desktop.council.sessions import MAJORITY_LABELS, SECTION_LABELS, SECTIONS
from pisac_desktop.council.states import Action, AgendaSection, SessionKind
from pisac_desktop.gui.column_fit import fit_columns
from pisac_desktop.gui.council.common import SessionTab, show_box
from pisac_desktop.gui.enabling import enable
from pisac_desktop.gui.forms.ui_council_agenda_tab import Ui_CouncilAgendaTab

HEADERS = ("N°", "Asunto", "Mayoría", "Resultado / documento")
GROUP_BACKGROUND = QColor("#e9ecef")
SHORT_MAJORITY = {"simple": "Simple", "two_thirds_legal": "2/3 del número legal",
                  "two_thirds_councillors": "2/3 de regidores hábiles",
                  "unanimity": "Unanimidad"}


class AgendaModel(QAbstractTableModel):
    """Rows: a heading per station, then its points (a few dozen at most)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[str | ItemView] = []

    def set_items(self, items: list[ItemView], grouped: bool) -> None:
        self.beginResetModel()
        self.rows = []
        for section in SECTIONS:
            group = [i for i in items if i.section == section]
            if group and grouped:
                self.rows.append(SECTION_LABELS[section].upper())
            self.rows.extend(group)
        self.endResetModel()

    def item_at(self, row: int) -> ItemView | None:
        value = self.rows[row] if 0 <= row < len(self.rows) else None
        return value if isinstance(value, ItemView) else None

    def row_of(self, item_id: int | None) -> int:
        return next((r for r, v in enumerate(self.rows)
                     if isinstance(v, ItemView) and v.id == item_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return HEADERS[section]
        return None

    def flags(self, index):
        if isinstance(self.rows[index.row()], str):
            return Qt.ItemIsEnabled
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        value = self.rows[index.row()]
        column = index.column()
        if isinstance(value, str):
            if role == Qt.DisplayRole and column == 0:
                return value
            if role == Qt.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.BackgroundRole:
                return QBrush(GROUP_BACKGROUND)
            return None
        if role == Qt.DisplayRole:
            if column == 0:
                return str(value.position)
            if column == 1:
                title = " ".join(value.title.split())
                return f"{title} (fuera de agenda)" if value.outside_agenda else title
            if column == 2:
                return SHORT_MAJORITY.get(value.majority, "") \
                    if value.section == AgendaSection.ORDEN_DEL_DIA else "—"
            if column == 3:
                parts = [value.result.label] if value.result.approved is not None else []
                if value.instrument_text:
                    parts.append(value.instrument_text)
                return " · ".join(parts)
        if role == Qt.ToolTipRole:
            if column == 2 and value.section == AgendaSection.ORDEN_DEL_DIA:
                return MAJORITY_LABELS.get(value.majority)
            text = value.title + (f"\n\n{value.detail}" if value.detail else "")
            return text
        return None


class AgendaTab(SessionTab):
    UI = Ui_CouncilAgendaTab
    TITLE = "A&genda"

    def __init__(self, ctx, section, parent=None):
        super().__init__(ctx, section, parent)
        self.model = AgendaModel(self)
        view = self.ui.agendaView
        view.setModel(self.model)
        self.columns = fit_columns(view, "agenda", ctx, stretch=1)  # Asunto takes the rest
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.selectionModel().currentRowChanged.connect(self._update_buttons)
        view.doubleClicked.connect(lambda _i: self.edit_item())
        ui = self.ui
        ui.addItemButton.clicked.connect(self.add_item)
        ui.editItemButton.clicked.connect(self.edit_item)
        ui.removeItemButton.clicked.connect(self.remove_item)
        ui.moveUpButton.clicked.connect(lambda: self.move(-1))
        ui.moveDownButton.clicked.connect(lambda: self.move(1))

    def fill(self, select_id: int | None = None) -> None:
        d = self.detail
        self.ui.agendaMessageLabel.clear()
        keep = select_id if select_id is not None else self.selected_id()
        self.model.set_items(d.items if d else [],
                             grouped=bool(d and d.kind != SessionKind.EXTRAORDINARY))
        self.ui.agendaView.clearSpans()
        for row, value in enumerate(self.model.rows):
            if isinstance(value, str):
                self.ui.agendaView.setSpan(row, 0, 1, len(HEADERS))
        note = d.agenda_note if d is not None else ""
        show_box(self.ui.frozenLabel, note)
        row = self.model.row_of(keep)
        if row >= 0:
            self.ui.agendaView.selectRow(row)
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.selected_item()
        return item.id if item else None

    def selected_item(self) -> ItemView | None:
        index = self.ui.agendaView.currentIndex()
        return self.model.item_at(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        d, ui = self.detail, self.ui
        allowed = d.allowed(self.ctx.actor) if d else None
        item = self.selected_item()
        on_item = d.item_allowed(item, self.ctx.actor) if d else None
        enable(ui.addItemButton, allowed, Action.ADD_ITEM)
        enable(ui.editItemButton, on_item, Action.EDIT_ITEM)
        enable(ui.removeItemButton, on_item, Action.REMOVE_ITEM)
        enable(ui.moveUpButton, allowed, Action.MOVE_ITEMS, item is not None)
        enable(ui.moveDownButton, allowed, Action.MOVE_ITEMS, item is not None)

    # --- actions -----------------------------------------------------------------------------
    def add_item(self) -> bool:
        from pisac_desktop.gui.council.dialogs import ItemDialog

        current = self.selected_item()
        return self._run_dialog(lambda d: ItemDialog(
            self.ctx, d, None, current.section if current else None, self))

    def edit_item(self) -> bool:
        from pisac_desktop.gui.council.dialogs import ItemDialog

        item = self.selected_item()
        if item is None or not self.ui.editItemButton.isEnabled():
            return False
        return self._run_dialog(lambda d: ItemDialog(self.ctx, d, item, parent=self))

    def _run_dialog(self, make) -> bool:
        if not self.section.run_dialog(make):
            return False
        dialog = self.section.last_dialog
        self.section.show_tab("agenda")
        self.fill(dialog.item_id)
        return True

    def remove_item(self) -> bool:
        item = self.selected_item()
        if item is None:
            return False
        if not self.section.confirm("Quitar punto de agenda",
                                    f"¿Quitar de la agenda el punto {item.position}, "
                                    f"«{' '.join(item.title.split())[:160]}»?", "Quitar"):
            return False
        if not self.run(lambda s: remove_item(s, self.ctx.actor, item.id),
                        self.ui.agendaMessageLabel):
            return False
        self.section.reload(self.detail.id, "Se quitó el punto de la agenda.")
        return True

    def move(self, step: int) -> bool:
        """Up or down within its station: to the place of its neighbour there."""
        item = self.selected_item()
        if item is None or self.detail is None:
            return False
        items = self.detail.items
        same = [i for i in items if i.section == item.section]
        k = same.index(item) + step
        if not 0 <= k < len(same):
            return False
        delta = items.index(same[k]) - items.index(item)
        if not self.run(lambda s: move_item(s, self.ctx.actor, item.id, delta),
                        self.ui.agendaMessageLabel):
            return False
        self.section.reload(self.detail.id)
        self.section.show_tab("agenda")
        self.fill(item.id)
        return True
