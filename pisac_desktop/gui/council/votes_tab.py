"""Votaciones: per point of the Orden del Día, the majority it needs, each member's vote with
its reasoning, the alcalde's vote when there is a tie, and the result computed as the clerk
types (the same rule the domain applies on saving); then the Acuerdo de Concejo, Resolución de
Concejo or Ordenanza drafted from an approved point."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView

from pisac_desktop.council.outcome import draft_outcome
from pisac_desktop.council.rules import SIMPLE_MAJORITY_NOTES
from pisac_desktop.council.session_view import ItemView, live_result, voters
from pisac_desktop.council.sessions import MAJORITY_LABELS, OUTCOME_KINDS, VOTE_LABELS
from pisac_desktop.council.states import Action, Majority, VoteChoice
from pisac_desktop.council.votes import record_votes, set_deliberation
from pisac_desktop.gui.council.common import SessionTab
from pisac_desktop.gui.enabling import enable
from pisac_desktop.gui.forms.ui_council_votes_tab import Ui_CouncilVotesTab
from pisac_desktop.gui.table_models import ChoiceDelegate, Column, RowsModel

CELL_OF = {"choice": "choice", "member": "name"}


@dataclass
class VoteRow:
    member_id: int
    name: str
    choice: str = ""
    reasoning: str = ""


COLUMNS = (
    Column("name", "Miembro", editable=False),
    Column("choice", "Voto", kind="choice", choices=tuple(VOTE_LABELS.items()),
           tooltip="Pulse dos veces para elegir: A favor, En contra o Abstención"),
    Column("reasoning", "Fundamento (opcional)"),
)


class VotesModel(RowsModel):
    editable = True

    def flags(self, index):
        flags = super().flags(index)
        return flags if self.editable else flags & ~Qt.ItemIsEditable


class VotesTab(SessionTab):
    UI = Ui_CouncilVotesTab
    TITLE = "&Votaciones"

    def __init__(self, ctx, section, parent=None):
        super().__init__(ctx, section, parent)
        ui = self.ui
        self.item: ItemView | None = None
        self._saved_state: tuple | None = None  # what the point shows as saved (dirty tracking)
        self.model = VotesModel(COLUMNS, lambda: None, self)
        view = ui.votesView
        view.setModel(self.model)
        view.setItemDelegateForColumn(1, ChoiceDelegate(COLUMNS[1], view))
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeToContents)
        view.setColumnWidth(1, view.fontMetrics().horizontalAdvance("Abstención") + 60)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
        for code, label in MAJORITY_LABELS.items():
            ui.majorityCombo.addItem(label, code)
        ui.tiebreakCombo.addItem("—", None)
        for choice in (VoteChoice.FOR, VoteChoice.AGAINST):
            ui.tiebreakCombo.addItem(VOTE_LABELS[choice], choice)
        self.model.dataChanged.connect(self.update_result)
        ui.itemCombo.currentIndexChanged.connect(self._combo_changed)
        ui.majorityCombo.currentIndexChanged.connect(self._majority_changed)
        ui.tiebreakCombo.currentIndexChanged.connect(self.update_result)
        ui.saveVotesButton.clicked.connect(self.save)
        ui.agreementButton.clicked.connect(lambda: self.draft("COUNCIL_AGREEMENT"))
        ui.councilResolutionButton.clicked.connect(lambda: self.draft("COUNCIL_RESOLUTION"))
        ui.ordinanceButton.clicked.connect(lambda: self.draft("ORDINANCE"))
        ui.printVotesButton.clicked.connect(self.print_votes)
        ui.printSummaryButton.clicked.connect(self.print_summary)

    # --- filling -----------------------------------------------------------------------------
    def fill(self, select_id: int | None = None) -> None:
        d, ui = self.detail, self.ui
        keep = select_id if select_id is not None else (self.item.id if self.item else None)
        items = d.voting_items if d else []
        ui.itemCombo.blockSignals(True)
        ui.itemCombo.clear()
        for item in items:
            title = " ".join(item.title.split())
            label = f"{item.position}. {title[:90]}{'…' if len(title) > 90 else ''}"
            if item.result.approved is not None:
                label += f" — {item.result.label}"
            ui.itemCombo.addItem(label, item.id)
        position = ui.itemCombo.findData(keep) if keep is not None else -1
        ui.itemCombo.setCurrentIndex(position if position >= 0 else (0 if items else -1))
        ui.itemCombo.blockSignals(False)
        if d is not None and not items:
            ui.itemCombo.setPlaceholderText("La agenda no tiene puntos de Orden del Día")
        self._item_chosen()

    def _select_quietly(self, item_id: int | None) -> None:
        combo = self.ui.itemCombo
        combo.blockSignals(True)
        combo.setCurrentIndex(combo.findData(item_id))
        combo.blockSignals(False)

    def _combo_changed(self, *_args) -> None:
        """Another point chosen: votes typed for this one are saved, discarded or kept (then
        this point stays chosen)."""
        target = self.ui.itemCombo.currentData()
        if self.item is not None and target != self.item.id and self.has_changes():
            self._select_quietly(self.item.id)
            if not self.settle():
                return
            self._select_quietly(target)
        self._item_chosen()

    def _state(self) -> tuple:
        ui = self.ui
        return (self.votes(), ui.majorityCombo.currentData(), ui.tiebreakCombo.currentData(),
                ui.deliberationEdit.toPlainText().strip(), ui.dispensedCheck.isChecked())

    def has_changes(self) -> bool:
        return (self.item is not None and self.model.editable
                and self._saved_state is not None and self._state() != self._saved_state)

    @property
    def unsaved_text(self) -> str:
        where = f" del punto {self.item.position}" if self.item else ""
        return f"Hay votos sin guardar{where} en Votaciones."

    def _item_chosen(self, *_args) -> None:
        d, ui = self.detail, self.ui
        item_id = ui.itemCombo.currentData()
        self.item = next((i for i in d.voting_items if i.id == item_id), None) if d else None
        item = self.item
        ui.votesMessageLabel.clear()
        ui.majorityCombo.blockSignals(True)
        ui.majorityCombo.setCurrentIndex(ui.majorityCombo.findData(item.majority if item
                                                                   else Majority.SIMPLE))
        ui.majorityCombo.blockSignals(False)
        ui.tiebreakCombo.blockSignals(True)
        ui.tiebreakCombo.setCurrentIndex(max(ui.tiebreakCombo.findData(
            item.mayor_tiebreak if item else None), 0))
        ui.tiebreakCombo.blockSignals(False)
        ui.deliberationEdit.setPlainText(item.deliberation if item else "")
        ui.dispensedCheck.setChecked(bool(item and item.dispensed))
        self._set_rows({m: v for m, v in item.votes.items()} if item else {})
        allowed = d.allowed(self.ctx.actor) if d else None
        on_item = d.item_allowed(item, self.ctx.actor) if d else None
        editable = bool(on_item and Action.RECORD_VOTES in on_item)
        self.model.editable = editable
        ui.majorityCombo.setEnabled(editable and not item.outside_agenda)
        ui.deliberationEdit.setReadOnly(not editable)
        ui.dispensedCheck.setEnabled(editable)
        enable(ui.saveVotesButton, on_item, Action.RECORD_VOTES)
        enable(ui.agreementButton, on_item, Action.DRAFT_OUTCOME)
        enable(ui.ordinanceButton, on_item, Action.DRAFT_OUTCOME)
        enable(ui.councilResolutionButton, on_item, Action.DRAFT_OUTCOME)
        enable(ui.printVotesButton, allowed, Action.PRINT_VOTES)
        enable(ui.printSummaryButton, allowed, Action.PRINT_SUMMARY)
        if d is not None and Action.RECORD_VOTES not in d.allowed(None):
            ui.votesMessageLabel.setText("Se vota en una sesión instalada (con quórum): "
                                         "instálela en la pestaña Asistencia.")
        self.update_result()
        self._saved_state = self._state()

    def _set_rows(self, typed: dict[int, tuple[str, str]]) -> None:
        """The members who vote on this point (present; the alcalde only for a qualified
        majority), keeping what was typed for each."""
        d = self.detail
        if d is None or d.council is None or self.item is None:
            self.model.set_rows([])
            return
        majority = self.ui.majorityCombo.currentData() or Majority.SIMPLE
        names = {m.id: m.name for m in d.council.members}
        roles = {m.id: m.role_label for m in d.council.members}
        rows = [VoteRow(m, f"{names[m]} ({roles[m].lower()})", *typed.get(m, ("", "")))
                for m in voters(d.council, d.attendance, majority)]
        self.model.set_rows(rows)

    def _majority_changed(self, *_args) -> None:
        typed = {r.member_id: (r.choice, r.reasoning) for r in self.model.rows}
        self._set_rows(typed)
        self.update_result()

    def votes(self) -> dict[int, tuple[str, str]]:
        return {r.member_id: (r.choice or "", r.reasoning or "") for r in self.model.rows}

    def update_result(self, *_args) -> None:
        d, item, ui = self.detail, self.item, self.ui
        if d is None or item is None or d.council is None:
            ui.resultLabel.setText("")
            ui.tiebreakCombo.setEnabled(False)
            return
        majority = ui.majorityCombo.currentData() or Majority.SIMPLE
        choices = {m: c for m, (c, _r) in self.votes().items()}
        typed = any(choices.values())
        result = live_result(d.council, {m: st for m, (st, _a) in d.attendance.items()},
                             majority, item.outside_agenda, choices,
                             ui.tiebreakCombo.currentData(), d.simple_majority)
        ui.tiebreakCombo.setEnabled(self.model.editable and majority == Majority.SIMPLE and result.tie)
        if not typed:
            text = (f"Sin votación todavía. {MAJORITY_LABELS.get(majority, '')}."
                    if majority != Majority.UNANIMITY or item.outside_agenda else "Sin votación todavía.")
            if majority == Majority.SIMPLE:
                text += (f" Regla del concejo: {SIMPLE_MAJORITY_NOTES[d.simple_majority]} "
                         "(Configuración › Concejo y citaciones).")
            ui.resultLabel.setText(html.escape(text))
            return
        color = "#1e6b2f" if result.approved else "#a40000"
        label = result.label if not (result.tie and result.approved is False
                                     and not ui.tiebreakCombo.currentData()) else "EMPATE"
        saved = "" if item.voted else " <i>(sin guardar)</i>"
        ui.resultLabel.setText(
            f"<span style='font-size:12pt; font-weight:bold; color:{color}'>{label}</span>"
            f" — {html.escape(result.counts())}{saved}<br>{html.escape(result.explanation)}")

    # --- saving ------------------------------------------------------------------------------
    def _show_cell_errors(self, errors) -> None:
        self.model.set_errors({(e.row, CELL_OF.get(e.field, "choice")): e.message
                               for e in errors if e.row is not None})

    def save(self) -> bool:
        item = self.item
        if item is None:
            return False
        votes = self.votes()
        majority = self.ui.majorityCombo.currentData()
        tiebreak = self.ui.tiebreakCombo.currentData() if self.ui.tiebreakCombo.isEnabled() \
            else None
        text = self.ui.deliberationEdit.toPlainText()
        dispensed = self.ui.dispensedCheck.isChecked()
        results = []

        def work(session) -> None:
            results.append(record_votes(session, self.ctx.actor, item.id, votes, majority,
                                        tiebreak))
            if text.strip() != item.deliberation or dispensed != item.dispensed:
                set_deliberation(session, self.ctx.actor, item.id, text, dispensed)

        if not self.run(work, self.ui.votesMessageLabel, on_invalid=self._show_cell_errors):
            return False
        result = results[0]
        self.section.reload(self.detail.id, f"Se guardó la votación del punto {item.position}: "
                                            f"{result.label} ({result.counts()}).")
        self.section.show_tab("votes")
        self.fill(item.id)
        return True

    def draft(self, kind_code: str, offer: bool = True) -> int | None:
        """The draft acuerdo, resolución de concejo or ordenanza of the approved point; offer
        to open it."""
        item = self.item
        if item is None:
            return None
        created: list[int] = []
        if not self.run(lambda s: created.append(draft_outcome(s, self.ctx.actor, item.id,
                                                               kind_code)),
                        self.ui.votesMessageLabel):
            return None
        instrument_id = created[0]
        label = OUTCOME_KINDS[kind_code]
        self.section.reload(self.detail.id, f"Se creó el borrador de {label} del punto "
                                            f"{item.position}.")
        self.section.show_tab("votes")
        self.fill(item.id)
        if offer and self.section.confirm(
                label, f"Se creó el borrador de {label} con la votación en el considerando. "
                       "Se numera al emitirlo en Normas y resoluciones.\n\n¿Abrirlo ahora?",
                "Abrir en Normas y resoluciones", "Más tarde"):
            self.section.open_instrument(instrument_id)
        return instrument_id

    def print_votes(self):
        from pisac_desktop.council.printing import votes_pdf

        d = self.detail
        return self.section.show_pdf(lambda s: votes_pdf(s, d.id), f"Votación — {d.title}",
                                     "votes") if d else None

    def print_summary(self):
        from pisac_desktop.council.printing import summary_pdf

        d = self.detail
        return self.section.show_pdf(lambda s: summary_pdf(s, d.id), f"Resumen — {d.title}",
                                     "summary") if d else None
