"""Asistencia: each member presente / ausente / tardanza / licencia with the arrival time, and
the quorum against the members hábiles of that date updated as the clerk marks; installing the
session, or recording it as not installed for lack of quorum; the attendance sheet."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from pisac_desktop.council.attendance import (
    install,
    notice_issues_of,
    record_attendance,
    record_not_installed,
)
from pisac_desktop.council.officials import add_official, officials_of, remove_official, suggestions
from pisac_desktop.council.session_view import live_quorum
from pisac_desktop.council.sessions import ATTENDANCE_LABELS
from pisac_desktop.council.states import Action
from pisac_desktop.council.votes import set_closing_time
from pisac_desktop.gui.council.common import SessionDialog, SessionTab, hhmm, qtime
from pisac_desktop.gui.enabling import enable
from pisac_desktop.gui.forms.ui_council_attendance_tab import Ui_CouncilAttendanceTab
from pisac_desktop.gui.forms.ui_session_official_dialog import Ui_SessionOfficialDialog
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.table_models import ChoiceDelegate, Column, RowsModel

OK_STYLE = "font-size: 12pt; font-weight: bold; padding: 4px; color: #1e6b2f;"
NO_STYLE = "font-size: 12pt; font-weight: bold; padding: 4px; color: #a40000;"
# Where the domain's FieldError(field) of a row shows: the column's key.
CELL_OF = {"status": "status", "arrived_at": "arrived", "member": "name"}


class OfficialDialog(SessionDialog):
    """An official invited to the session: picked from today's officeholders or typed."""

    UI = Ui_SessionOfficialDialog
    FIELDS = {"full_name": "nameCombo", "post": "postEdit", "arrived_at": "arrivedEdit"}
    ok_text = "Añadir"

    def __init__(self, ctx, heading: str, session_id: int, on, parent=None):
        super().__init__(ctx, heading, parent)
        self.session_id = session_id
        self.official_id: int | None = None
        known = self.read_now(lambda s: suggestions(s, on)) or []
        self.known = dict(known)
        combo = self.ui.nameCombo
        combo.addItem("")
        for name, _post in known:
            combo.addItem(name)
        combo.currentTextChanged.connect(self._name_changed)

    def _name_changed(self, name: str) -> None:
        if name in self.known:
            self.ui.postEdit.setText(self.known[name])

    def form(self):
        ui = self.ui
        return ui.nameCombo.currentText(), ui.postEdit.text(), ui.arrivedEdit.text()

    def write(self, session, values):
        return add_official(session, self.ctx.actor, self.session_id, *values)

    def saved(self, official_id) -> None:
        self.official_id = official_id
        self.done_message = "Se añadió el funcionario invitado."


@dataclass
class AttendanceRow:
    member_id: int
    name: str
    role: str
    situation: str
    able: bool
    status: str = ""
    arrived: str = ""


COLUMNS = (
    Column("name", "Miembro", editable=False),
    Column("role", "Cargo", editable=False),
    Column("situation", "Situación", editable=False),
    Column("status", "Asistencia", kind="choice", choices=tuple(ATTENDANCE_LABELS.items()),
           tooltip="Pulse dos veces para elegir: Presente, Ausente, Tardanza o Licencia"),
    Column("arrived", "Llegada", tooltip="Hora de llegada (hh:mm), para una tardanza"),
)


class AttendanceModel(RowsModel):
    """Members not hábiles that day (licencia, suspendido) are shown, not marked."""

    editable = True

    def flags(self, index):
        flags = super().flags(index)
        row = self.rows[index.row()]
        if not row.able or not self.editable:
            return flags & ~Qt.ItemIsEditable
        return flags


class AttendanceTab(SessionTab):
    UI = Ui_CouncilAttendanceTab
    TITLE = "A&sistencia"

    def __init__(self, ctx, section, parent=None):
        super().__init__(ctx, section, parent)
        self.model = AttendanceModel(COLUMNS, lambda: None, self)
        view = self.ui.attendanceView
        view.setModel(self.model)
        view.setItemDelegateForColumn(3, ChoiceDelegate(COLUMNS[3], view))
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        header.setStretchLastSection(False)
        view.setColumnWidth(4, view.fontMetrics().horizontalAdvance("Llegada") + 24)
        view.setColumnWidth(3, view.fontMetrics().horizontalAdvance("Tardanza") + 60)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        self.model.dataChanged.connect(self.update_quorum)
        self.model.modelReset.connect(self.update_quorum)
        ui = self.ui
        ui.saveAttendanceButton.clicked.connect(self.save)
        ui.installButton.clicked.connect(self.install)
        ui.notInstalledButton.clicked.connect(lambda: self.not_installed())
        ui.closeTimeButton.clicked.connect(self.set_closing)
        ui.printAttendanceButton.clicked.connect(self.print_sheet)
        ui.addOfficialButton.clicked.connect(self.add_official)
        ui.removeOfficialButton.clicked.connect(self.remove_official)
        ui.officialsList.currentRowChanged.connect(lambda _r: self._official_selected())
        self.officials = []

    def fill(self) -> None:
        d, ui = self.detail, self.ui
        ui.attendanceMessageLabel.clear()
        rows = []
        if d is not None and d.council is not None:
            for m in d.council.members:
                status, arrived = d.attendance.get(m.id, ("", ""))
                if not m.able:
                    status = status or m.attendance_when_unable
                rows.append(AttendanceRow(m.id, m.name, m.role_label, m.status_label, m.able,
                                          status, arrived))
        allowed = d.allowed(self.ctx.actor) if d else None
        self.model.editable = bool(allowed and Action.RECORD_ATTENDANCE in allowed)
        self.model.set_rows(rows)
        ui.openedAtEdit.setTime(qtime(d.opened_at or d.start_time) if d else qtime(""))
        ui.closedAtEdit.setTime(qtime(d.closed_at) if d and d.closed_at else qtime("12:00"))
        enable(ui.saveAttendanceButton, allowed, Action.RECORD_ATTENDANCE)
        enable(ui.installButton, allowed, Action.INSTALL)
        enable(ui.notInstalledButton, allowed, Action.RECORD_NOT_INSTALLED)
        enable(ui.openedAtEdit, allowed, Action.INSTALL)
        enable(ui.closeTimeButton, allowed, Action.SET_CLOSING_TIME)
        enable(ui.closedAtEdit, allowed, Action.SET_CLOSING_TIME)
        enable(ui.printAttendanceButton, allowed, Action.PRINT_ATTENDANCE)
        enable(ui.addOfficialButton, allowed, Action.RECORD_ATTENDANCE)
        self.load_officials()
        if allowed is not None and Action.PRINT_ATTENDANCE not in allowed:
            ui.attendanceMessageLabel.setText(allowed.reason(Action.RECORD_ATTENDANCE))
        self.update_quorum()
        self._saved_state = self._state()

    unsaved_text = "Hay cambios sin guardar en la asistencia."
    _saved_state: tuple | None = None

    def _state(self) -> tuple:
        return (self.marks(),)  # what «Guardar» keeps (the hours go with their own buttons)

    def has_changes(self) -> bool:
        return self.model.editable and self._saved_state not in (None, self._state())

    def marks(self) -> dict[int, tuple[str, str]]:
        return {r.member_id: (r.status or "", r.arrived or "") for r in self.model.rows}

    def update_quorum(self, *_args) -> None:
        d = self.detail
        if d is None or d.council is None:
            self.ui.quorumLabel.setText("")
            return
        quorum = live_quorum(d.council, {m: st for m, (st, _a) in self.marks().items()})
        self.ui.quorumLabel.setText(quorum.text())
        self.ui.quorumLabel.setStyleSheet(OK_STYLE if quorum.reached else NO_STYLE)

    # --- saving ------------------------------------------------------------------------------
    def _show_cell_errors(self, errors) -> None:
        self.model.set_errors({(e.row, CELL_OF.get(e.field, "status")): e.message
                               for e in errors if e.row is not None})

    def _save_then(self, then=None, message: str = "") -> bool:
        d = self.detail
        marks = self.marks()

        def work(session) -> None:
            record_attendance(session, self.ctx.actor, d.id, marks)
            if then is not None:
                then(session)

        if not self.run(work, self.ui.attendanceMessageLabel,
                        on_invalid=self._show_cell_errors):
            return False
        self.section.reload(d.id, message)
        self.section.show_tab("attendance")
        return True

    def save(self) -> bool:
        if self.detail is None:
            return False
        return self._save_then(None, "Se guardó la asistencia.")

    def install(self) -> bool:
        if self.detail is None:
            return False
        d = self.detail
        opened = hhmm(self.ui.openedAtEdit)
        session_id = d.id
        op = QueryOp(self, self.ctx.db, lambda s: notice_issues_of(s, session_id)) \
            .failure(self.section.refusing("No se puede instalar la sesión")) \
            .disabling(self.ui.installButton).run().wait()
        if not op.ok:
            return False
        issues = op.result
        reason = ""
        if issues:
            shown = "\n".join(f"• {issue}" for issue in issues[:8])
            if len(issues) > 8:
                shown += f"\n… y {len(issues) - 8} más"
            reason = self.section.ask_reason(
                "Instalar con citaciones pendientes o tardías",
                f"Estas citaciones no se notificaron con la anticipación de ley:\n{shown}\n\n"
                "Si la sesión se instala de todos modos, indique el motivo (p. ej. «los "
                "regidores asistieron y dispensaron el plazo»). Quedará en el acta.")
            if reason is None:
                self.ui.attendanceMessageLabel.setText("No se instaló la sesión.")
                return False
        return self._save_then(
            lambda s: install(s, self.ctx.actor, d.id, opened, reason),
            f"Se instaló la sesión a las {opened}.")

    def not_installed(self, confirm: bool = True) -> bool:
        d = self.detail
        if d is None:
            return False
        if confirm and not self.section.confirm(
                "Sesión no instalada",
                f"¿Registrar la {d.title} como no instalada por falta de quórum? La hoja de "
                "asistencia se sigue imprimiendo.", "Registrar"):
            return False
        return self._save_then(lambda s: record_not_installed(s, self.ctx.actor, d.id),
                               "Se registró la sesión como no instalada por falta de quórum.")

    def set_closing(self) -> bool:
        d = self.detail
        if d is None:
            return False
        closed = hhmm(self.ui.closedAtEdit)
        if not self.run(lambda s: set_closing_time(s, self.ctx.actor, d.id, closed),
                        self.ui.attendanceMessageLabel):
            return False
        self.section.reload(d.id, f"Se registró el término de la sesión a las {closed}.")
        self.section.show_tab("attendance")
        return True

    # --- officials invited (voice, no vote) ----------------------------------------------------
    def load_officials(self) -> None:
        d = self.detail
        if d is None:
            self._show_officials([])
            return
        session_id = d.id
        QueryOp(self, self.ctx.db, lambda s: officials_of(s, session_id),
                self._show_officials).superseding("officials").run()

    def _show_officials(self, officials) -> None:
        self.officials = officials
        box = self.ui.officialsList
        box.clear()
        for official in officials:
            box.addItem(official.label)
        self._official_selected()

    def _official_selected(self) -> None:
        allowed = self.detail.allowed(self.ctx.actor) if self.detail else None
        self.ui.removeOfficialButton.setEnabled(
            self.ui.officialsList.currentRow() >= 0 and bool(
                allowed and Action.RECORD_ATTENDANCE in allowed))

    def add_official(self) -> OfficialDialog | None:
        d = self.detail
        if d is None:
            return None
        dialog = OfficialDialog(self.ctx, d.title, d.id, d.session_date, self)
        self.last_dialog = dialog
        if not dialog.unreadable and self.section.exec_dialog(dialog):
            self.load_officials()
            self.ui.attendanceMessageLabel.setText(dialog.done_message)
        return dialog

    def remove_official(self) -> bool:
        row = self.ui.officialsList.currentRow()
        if not 0 <= row < len(self.officials):
            return False
        official = self.officials[row]
        if not self.run(lambda s: remove_official(s, self.ctx.actor, official.id),
                        self.ui.attendanceMessageLabel):
            return False
        self.load_officials()
        return True

    def print_sheet(self):
        from pisac_desktop.council.printing import attendance_pdf

        d = self.detail
        if d is None:
            return None
        return self.section.show_pdf(lambda s: attendance_pdf(s, d.id),
                                     f"Hoja de asistencia — {d.title}", "attendance")
