"""The dialogs of the follow-up: a compromiso given (or reprogrammed) from an issued act, and a
unit's report of progress with its evidence."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidgetItem

from pisac_desktop.core.errors import FieldError, ValidationFailed
from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.field_errors import FormDialog
from pisac_desktop.gui.forms.ui_commitment_dialog import Ui_CommitmentDialog
from pisac_desktop.gui.forms.ui_commitment_report_dialog import Ui_CommitmentReportDialog
from pisac_desktop.gui.operations import QueryOp
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.management import commitments as cm
from pisac_desktop.management import views as mv
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.spanish.plural import plural
from pisac_desktop.tramite.attachments import NewAttachment

FILES_FILTER = "PDF o imágenes (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Todos los archivos (*)"


def search_acts_into(dialog, text: str, combo, kinds: tuple[str, ...] = (),
                     none: str = "— Ninguno —") -> None:
    """The issued acts matching the words typed, into a combo (the first one chosen)."""
    actor = dialog.ctx.actor

    def show(acts) -> None:
        combo.clear()
        combo.addItem(none if acts else "— Ningún documento emitido con esas palabras —", None)
        for act in acts:
            combo.addItem(act.label, act.id)
        if acts:
            combo.setCurrentIndex(1)

    QueryOp(dialog, dialog.ctx.db, lambda s: mv.act_choices(s, actor, text, kinds=kinds),
            show).superseding(f"acts-{combo.objectName()}").run()


def choose_scan(dialog, title: str) -> Path | None:
    """A PDF or image chosen in the file dialog (None: cancelled)."""
    chooser = file_dialogs.make_dialog(dialog, title, dialog.ctx.paths.documents, FILES_FILTER,
                                       "open")
    if chooser.exec() and chooser.selectedFiles():
        return Path(chooser.selectedFiles()[0])
    return None


def read_scan(path: Path | None, field: str) -> NewAttachment | None:
    """The chosen file's bytes; a file that cannot be read is said at its field."""
    if path is None:
        return None
    try:
        return NewAttachment(path.name, path.read_bytes())
    except OSError as exc:
        raise ValidationFailed([FieldError(field, f"No se pudo leer «{path.name}»: "
                                                  f"{exc.strerror or exc}.")]) from exc


class CommitmentDialog(FormDialog):
    """New (from an act chosen in the list) or, given `view`, reprogrammed (the act fixed)."""

    UI = Ui_CommitmentDialog
    FIELDS = {"instrument_id": "actList", "description": "descriptionEdit", "unit_id": "unitCombo",
              "days": "daysSpin", "due_on": "dueDateEdit",
              "evidence_expected": "evidenceExpectedEdit", "reason": "reasonEdit"}
    OK_TEXT = "Encargar"

    def __init__(self, ctx, units, view: mv.CommitmentView | None = None,
                 act: mv.ActChoice | None = None, parent=None):
        super().__init__(ctx, parent, "Reprogramar" if view else None)
        ui = self.ui
        self.view = view
        self.commitment_id: int | None = None
        ui.unitCombo.addItem("— Elija la unidad —", None)
        for unit_id, name in units:
            ui.unitCombo.addItem(name, unit_id)
        today = ctx.today()
        ui.dueDateEdit.setMinimumDate(qdate(today))
        ui.dueDateEdit.setDate(qdate(today))
        ui.byDaysRadio.toggled.connect(self._due_mode)
        self._due_mode(True)
        if view is None:
            self.setWindowTitle("Nuevo compromiso de seguimiento")
            ui.headingLabel.setText("Elija el documento emitido que lo ordena, escriba qué debe "
                                    "hacerse y encárguelo a la unidad responsable con su plazo.")
            ui.reasonLabel.hide()
            ui.reasonEdit.hide()
            ui.actSearchEdit.returnPressed.connect(self.search_acts)
            ui.councilOnlyCheck.toggled.connect(lambda _on: self.search_acts())
            if act is not None:
                self.show_acts([act], select=act.id)
            else:
                self.search_acts()
        else:
            self.setWindowTitle("Reprogramar compromiso")
            ui.headingLabel.setText(f"<b>{escape(view.act_number)}</b><br>"
                                    f"{escape(view.description)}<br>Vence hoy: "
                                    f"{escape(view.due_text)}")
            for widget in (ui.actLabel, ui.actSearchEdit, ui.councilOnlyCheck, ui.actList):
                widget.hide()
            ui.descriptionEdit.setPlainText(view.description)
            ui.unitCombo.setCurrentIndex(max(0, ui.unitCombo.findData(view.unit_id)))
            ui.evidenceExpectedEdit.setPlainText(view.evidence_expected)
            ui.byDateRadio.setChecked(True)
            if view.due_on >= today:
                ui.dueDateEdit.setDate(qdate(view.due_on))

    def _due_mode(self, by_days: bool) -> None:
        self.ui.daysSpin.setEnabled(by_days)
        self.ui.dueDateEdit.setEnabled(not by_days)

    def search_acts(self) -> None:
        actor, text = self.ctx.actor, self.ui.actSearchEdit.text()
        council = self.ui.councilOnlyCheck.isChecked()
        QueryOp(self, self.ctx.db, lambda s: mv.act_choices(s, actor, text, council),
                self.show_acts).superseding("acts").run()

    def show_acts(self, acts, select: int | None = None) -> None:
        keep = select if select is not None else self.ui.actList.currentItem() and \
            self.ui.actList.currentItem().data(Qt.UserRole)
        self.ui.actList.clear()
        for act in acts:
            label = act.label + (
                f"   [{plural(act.commitments, 'compromiso', 'compromisos')}]"
                if act.commitments else "")
            item = QListWidgetItem(label, self.ui.actList)
            item.setData(Qt.UserRole, act.id)
            item.setToolTip(act.label)
            if act.id == keep:
                self.ui.actList.setCurrentItem(item)
        if not acts:
            empty = QListWidgetItem("Ningún documento emitido con esas palabras.",
                                    self.ui.actList)
            empty.setFlags(empty.flags() & ~Qt.ItemIsSelectable)

    def form(self) -> cm.CommitmentForm:
        ui = self.ui
        item = ui.actList.currentItem()
        return cm.CommitmentForm(
            item.data(Qt.UserRole) if item is not None else (self.view.act_id if self.view else None),
            ui.descriptionEdit.toPlainText(), ui.unitCombo.currentData(),
            ui.byDaysRadio.isChecked(), ui.daysSpin.value(), ui.dueDateEdit.date().toPython(),
            ui.evidenceExpectedEdit.toPlainText())

    def read(self):
        return self.form(), self.ui.reasonEdit.text()

    def write(self, session, values):
        form, reason = values
        if self.view is None:
            return cm.create_commitment(session, self.ctx.actor, form)
        cm.reprogram(session, self.ctx.actor, self.view.id, form, reason)
        return self.view.id

    def saved(self, commitment_id) -> None:
        self.commitment_id = commitment_id


class ReportDialog(FormDialog):
    UI = Ui_CommitmentReportDialog
    FIELDS = {"state": "stateCombo", "percent": "percentSpin", "note": "noteEdit",
              "reason": "reasonEdit", "evidence_instrument_id": "evidenceCombo",
              "evidence_case_number": "caseEdit", "evidence_file": "fileEdit"}
    OK_TEXT = "Informar"

    def __init__(self, ctx, view: mv.CommitmentView, parent=None):
        super().__init__(ctx, parent)
        ui = self.ui
        self.view = view
        self.path: Path | None = None
        self.report_id: int | None = None
        ui.headingLabel.setText(
            f"<b>{escape(view.description)}</b><br>{escape(view.act_number)} — "
            f"{escape(view.unit)}<br>Plazo: {escape(view.due_text)}"
            + (f"<br>Evidencia esperada: {escape(view.evidence_expected)}"
               if view.evidence_expected else ""))
        for code in (cm.IN_PROGRESS, cm.DONE, cm.PENDING, cm.NOT_APPLICABLE):
            ui.stateCombo.addItem(cm.STATE_LABELS[code], code)
        ui.percentSpin.setValue(min(max(view.percent, 10), 90))
        ui.stateCombo.currentIndexChanged.connect(lambda _i: self._state_changed())
        ui.evidenceCombo.addItem("— Ninguno —", None)
        ui.evidenceSearchEdit.returnPressed.connect(self.search_documents)
        ui.fileButton.clicked.connect(self.choose_file)
        ui.fileClearButton.clicked.connect(lambda: self.set_file(None))
        self._state_changed()

    def _state_changed(self) -> None:
        ui, state = self.ui, self.ui.stateCombo.currentData()
        ui.reasonLabel.setVisible(state == cm.NOT_APPLICABLE)
        ui.reasonEdit.setVisible(state == cm.NOT_APPLICABLE)
        ui.percentSpin.setEnabled(state == cm.IN_PROGRESS)
        if state == cm.DONE:
            ui.percentSpin.setValue(100)
        elif state in (cm.PENDING, cm.NOT_APPLICABLE):
            ui.percentSpin.setValue(0)
        elif ui.percentSpin.value() in (0, 100):
            ui.percentSpin.setValue(min(max(self.view.percent, 10), 90))

    def search_documents(self) -> None:
        search_acts_into(self, self.ui.evidenceSearchEdit.text(), self.ui.evidenceCombo)

    def choose_file(self) -> None:
        if path := choose_scan(self, "Elegir la evidencia escaneada"):
            self.set_file(path)

    def set_file(self, path: Path | None) -> None:
        self.path = path
        self.ui.fileEdit.setText(path.name if path else "")
        self.ui.fileEdit.setToolTip(str(path) if path else "")

    def read(self) -> cm.ReportForm:
        ui = self.ui
        attachment = read_scan(self.path, "evidence_file")
        return cm.ReportForm(ui.stateCombo.currentData(), ui.percentSpin.value(),
                             ui.noteEdit.toPlainText(), ui.reasonEdit.text(),
                             ui.evidenceCombo.currentData(), ui.caseEdit.text(), attachment)

    def write(self, session, values):
        return cm.report_progress(session, self.ctx.actor, self.view.id, values)

    def saved(self, report_id) -> None:
        self.report_id = report_id


def detail_html(v: mv.CommitmentView, history: list[mv.ReportView]) -> str:
    def line(caption: str, value: str) -> str:
        return f"<b>{caption}:</b> {escape(value) if value else '—'}<br>"

    colour = "#a40000" if v.overdue else "#1d6b2c" if v.state == cm.DONE else "#333"
    out = [f"<h3>{escape(v.description)}</h3>",
           f"<p style='color:{colour}'><b>{escape(v.state_label)}</b> — avance {v.percent} %"
           + (f" (cerrado el {short_date(v.closed_on)})" if v.closed_on else "") + "</p>",
           line("Documento", f"{v.act_number} ({short_date(v.act_date)})"),
           line("Sumilla", " ".join(v.act_summary.split())),
           line("Sesión", v.council_session) if v.council_session else "",
           line("Unidad responsable", v.unit), line("Plazo", v.due_text),
           line("Evidencia esperada", v.evidence_expected),
           line("No aplica porque", v.reason) if v.reason else ""]
    out.append("<h4>Historial de avances</h4>")
    if not history:
        out.append("<p><i>Sin avances informados.</i></p>")
    for r in reversed(history):
        out.append(f"<p><b>{short_date(r.reported_on)}</b> — {escape(r.reported_by)} — "
                   f"{escape(r.state_label)} {r.percent} %<br>{escape(r.note)}"
                   + (f"<br><i>Evidencia: {escape(r.evidence)}</i>" if r.evidence else "")
                   + "</p>")
    return "".join(out)
