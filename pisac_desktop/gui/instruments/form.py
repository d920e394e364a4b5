"""The drafting form of a normative document, and issuing a draft (shared with the section)."""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from pisac_desktop.core.errors import DomainError, ValidationFailed
from pisac_desktop.core.validators import (
    DOCUMENT_MAX,
    PARAGRAPH_MAX,
    REFERENCES_MAX,
    SUMMARY_MAX,
)
from pisac_desktop.gui.char_counter import CharCounter, TotalCounter
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.field_errors import FieldErrors, save_through_domain
from pisac_desktop.gui.forms.ui_instrument_form import Ui_InstrumentFormDialog
from pisac_desktop.gui.instruments.directive_editor import DirectiveSectionsWidget
from pisac_desktop.gui.instruments.form_data import FormData, read_form
from pisac_desktop.gui.instruments.reading import read_now
from pisac_desktop.gui.operations import CollectionOp, QueryOp, show_failure
from pisac_desktop.gui.qt_dates import qdate
from pisac_desktop.gui.unsaved import UnsavedDialog
from pisac_desktop.instruments.delegation import (
    DELEGATED_KINDS,
    legal_basis_with,
)
from pisac_desktop.instruments.register import (
    DraftForm,
    issue,
    new_draft_form,
    save_draft,
)
from pisac_desktop.spanish.dates import short_date
from pisac_desktop.spanish.ordinals import article_label

FIELDS = {"kind_code": "kindCombo", "doc_date": "docDateEdit", "summary": "summaryEdit",
          "delegation_id": "delegationCombo"}
TABS = {"general": 0, "whereas": 1, "articles": 2, "sections": 3, "units": 4}
# The tab holding each field the core may refuse (the first refused one is shown).
TAB_OF = {"kind_code": "general", "doc_date": "general", "summary": "general", "seen": "general",
          "references": "general", "whereas": "whereas", "legal_basis": "whereas",
          "articles": "articles", "sections": "sections", "approved_by": "sections",
          "delegation_id": "general"}
NO_DELEGATION = "— Ninguna: la base legal no cita una resolución en particular —"
DELEGATION_HINT = ("Resolución de Alcaldía que delegó la facultad (Ley N° 27972, art. 20 num. 20; "
                   "TUO de la Ley N° 27444, art. 78). Al elegirla, la base legal la cita.")
PREVIEW_CHARS = 160

_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def paragraphs(text: str) -> list[str]:
    """Paragraphs separated by a blank line; single line breaks inside one are kept."""
    return [p.strip() for p in _BLANK_LINE.split(text.replace("\r\n", "\n")) if p.strip()]


def join_paragraphs(items: list[str]) -> str:
    return "\n\n".join(items)


# --- issuing (the form and the section both use this) ---------------------------------------
Failure = Callable[[str, BaseException], object]  # failure(message, exc): say why, in Spanish


def issue_check(parent: QWidget, ctx: AppContext, draft_id: int,
                failure: Failure) -> tuple[list[str], str, str] | None:
    """What keeps the draft from being issued (empty: ready), the number it would get and a
    warning to show before issuing (dated before the last one issued of its kind); read in a
    worker and waited for. None when it could not be read (failure said why)."""
    from pisac_desktop.instruments.register import issue_check as check

    op = QueryOp(parent, ctx.db, lambda session: check(session, draft_id)) \
        .failure(failure).run().wait()
    return op.result if op.ok else None


def confirm_issue(parent: QWidget, preview: str, warning: str = "") -> bool:
    text = f"Se emitirá como {preview}. Una vez emitido no se podrá modificar. ¿Emitir?"
    if warning:
        text = f"{warning}\n\n{text}"
    box = QMessageBox(QMessageBox.Warning if warning else QMessageBox.Question,
                      "Emitir documento", text, QMessageBox.Yes | QMessageBox.No, parent)
    box.button(QMessageBox.Yes).setText("Emitir")
    box.button(QMessageBox.No).setText("Todavía no")
    box.setDefaultButton(QMessageBox.No)
    return box.exec() == QMessageBox.Yes


def issue_draft(parent: QWidget, ctx: AppContext, draft_id: int, failure: Failure) -> str | None:
    """Issue now (in a worker, waited for); the number given, or None when the core refused
    (e.g. no permission) or the database failed (failure said why)."""
    actor = ctx.actor
    op = CollectionOp(parent, ctx.db,
                      lambda session: issue(session, actor, draft_id).number_text) \
        .failure(failure).run().wait()
    return op.result if op.ok else None


def problems_html(problems: list[str]) -> str:
    items = "".join(f"<li>{html.escape(p)}</li>" for p in problems)
    return (f"<b>Todavía no se puede emitir.</b> El borrador quedó guardado; complete lo que "
            f"falta:<ul style='margin-top:2px; margin-bottom:0'>{items}</ul>")


class InstrumentFormDialog(UnsavedDialog, QDialog):
    """Write or correct a draft. Guardar borrador saves and closes; Emitir… saves, then
    either lists what is missing or asks to confirm the number and issues."""

    unsaved_text = "Hay cambios sin guardar en el borrador."

    def __init__(self, ctx: AppContext, module, draft_id: int | None = None,
                 kind_code: str | None = None, parent: QWidget | None = None,
                 data: FormData | None = None):
        """module: a ModuleSpec or its key ("secretaria" / "gerencia"). kind_code: the kind of
        a new draft (default: the module's usual resolution). data: read_form() read before
        (else it is read here, and a refusal is raised)."""
        super().__init__(parent)
        self.ctx = ctx
        self.module_key: str = getattr(module, "key", module)
        self.draft_id = draft_id
        self.issued_number: str | None = None
        self.print_requested = False  # issued by the person with «Imprimir al emitir» checked
        self.problems: list[str] = []
        self.ui = Ui_InstrumentFormDialog()
        self.ui.setupUi(self)
        self.errors = FieldErrors(self.ui.form, {k: getattr(self.ui, v)
                                                 for k, v in FIELDS.items()}, self)
        self.ui.problemsLabel.hide()
        self.ui.articlesSplitter.setSizes([560, 340])
        # A directive's sections and approving resolution (gui/instruments/directive_editor.py).
        self.directive = DirectiveSectionsWidget(self)
        self.ui.tabs.insertTab(TABS["sections"], self.directive, "Secci&ones")
        self._filling = False
        self._kind_code = ""
        self._template: tuple[list[str], str] = ([], "")
        self._baseline = DraftForm()
        self._named: int | None = None  # the delegation the legal basis names

        if data is None:
            module_key, today = self.module_key, ctx.today()
            data = read_now(self, ctx.db, lambda session: read_form(
                session, module_key, draft_id, kind_code, today))
        module_kinds, form = data.module_kinds, data.form
        self._directive_kinds = data.directive_kinds
        self.directive.set_choices(data.approvals)
        if draft_id is None:
            self._template = data.template
            self.directive.template = dict(data.sections_template)
        units, delegations = data.units, data.delegations
        for code, label in module_kinds:
            self.ui.kindCombo.addItem(label, code)
        self.ui.delegationCombo.addItem(NO_DELEGATION, None)
        for choice in delegations:
            self.ui.delegationCombo.addItem(choice.label, choice.id)
        self._named = form.delegation_id
        for unit_id, name in units:
            item = QListWidgetItem(name, self.ui.unitsList)
            item.setData(Qt.UserRole, unit_id)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(Qt.Unchecked)

        self.set_form(form)
        self._baseline = self.form()
        if draft_id is None:
            self.setWindowTitle("Nuevo borrador")
            self.ui.headingLabel.setText(
                "El borrador no tiene número: lo recibe al emitirse, con el correlativo del año "
                "de su fecha. Hasta entonces se puede corregir cuantas veces haga falta.")
        else:
            self.setWindowTitle("Editar borrador")
            self.ui.headingLabel.setText(
                "Borrador sin número. Al emitirlo recibe el correlativo del año de su fecha y ya "
                "no se podrá modificar.")

        self.ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        self.ui.delegationCombo.currentIndexChanged.connect(self._delegation_changed)
        self.ui.whereasEdit.textChanged.connect(self._update_counts)
        self.ui.articlesEdit.textChanged.connect(self._update_articles_preview)
        self.ui.unitsList.itemChanged.connect(self._update_counts)
        self.directive.changed.connect(self._update_counts)
        self.ui.saveButton.clicked.connect(self.accept)
        self.ui.issueButton.clicked.connect(lambda: self.issue_now(confirm=True))
        self.ui.cancelButton.clicked.connect(self.reject)
        ui = self.ui
        self.counters = {
            "summary": CharCounter(ui.summaryEdit, ui.summaryCounter, SUMMARY_MAX),
            "seen": CharCounter(ui.seenEdit, ui.seenCounter, PARAGRAPH_MAX),
            "references": CharCounter(ui.referencesEdit, ui.referencesCounter, REFERENCES_MAX),
            "whereas": CharCounter(ui.whereasEdit, ui.whereasCounter, PARAGRAPH_MAX,
                                   per_paragraph=True),
            "legal_basis": CharCounter(ui.legalBasisEdit, ui.legalBasisCounter, PARAGRAPH_MAX),
            "articles": CharCounter(ui.articlesEdit, ui.articlesCounter, PARAGRAPH_MAX,
                                    per_paragraph=True, noun="Artículo"),
        }
        self.document_counter = TotalCounter(
            [ui.summaryEdit, ui.seenEdit, ui.whereasEdit, ui.legalBasisEdit, ui.articlesEdit,
             ui.referencesEdit, *self.directive.edits.values()], ui.documentCounter, DOCUMENT_MAX,
            paragraph_edits=(ui.whereasEdit, ui.articlesEdit))
        self._update_articles_preview()
        self.resize(940, 680)
        # Kind and date come proposed (the module's usual resolution, today): the sumilla is
        # the first thing to write.
        self.ui.summaryEdit.setFocus()

    # --- form <-> widgets --------------------------------------------------------------------
    def set_form(self, form: DraftForm) -> None:
        self._filling = True
        try:
            position = self.ui.kindCombo.findData(form.kind_code)
            self.ui.kindCombo.setCurrentIndex(max(position, 0))
            self._kind_code = self.ui.kindCombo.currentData() or ""
            try:
                day = dt.datetime.strptime(form.doc_date, "%d/%m/%Y").date()
            except ValueError:
                day = self.ctx.today()
            self.ui.docDateEdit.setDate(qdate(day))
            self.ui.summaryEdit.setPlainText(form.summary)
            self.ui.seenEdit.setPlainText(form.seen)
            self.ui.whereasEdit.setPlainText(join_paragraphs(form.whereas))
            self.ui.legalBasisEdit.setPlainText(form.legal_basis)
            self.ui.articlesEdit.setPlainText(join_paragraphs(form.articles))
            self.ui.referencesEdit.setPlainText(form.references)
            self.directive.set_values(form.sections, form.approved_by_id)
            self._set_delegation(form.delegation_id)
            chosen = set(form.unit_ids)
            for row in range(self.ui.unitsList.count()):
                item = self.ui.unitsList.item(row)
                item.setCheckState(Qt.Checked if item.data(Qt.UserRole) in chosen
                                   else Qt.Unchecked)
        finally:
            self._filling = False
        self._show_parts_of_kind()
        self._update_counts()

    def is_directive(self) -> bool:
        return self.ui.kindCombo.currentData() in self._directive_kinds

    def _show_parts_of_kind(self) -> None:
        """A directive shows its sections instead of VISTO, CONSIDERANDO and SE RESUELVE (and
        the other kinds no sections); a part that holds text stays visible, so that nothing
        typed is hidden."""
        directive, ui = self.is_directive(), self.ui
        seen = not directive or bool(ui.seenEdit.toPlainText().strip())
        for widget in (ui.seenEditLabel, ui.seenEdit, ui.seenCounter):
            widget.setVisible(seen)
        whereas = bool(ui.whereasEdit.toPlainText().strip()
                       or ui.legalBasisEdit.toPlainText().strip())
        ui.tabs.setTabVisible(TABS["whereas"], not directive or whereas)
        ui.tabs.setTabVisible(TABS["articles"], not directive
                              or bool(ui.articlesEdit.toPlainText().strip()))
        ui.tabs.setTabVisible(TABS["sections"], directive or self.directive.filled() > 0)

    def form(self) -> DraftForm:
        """Exactly what the form holds now (sections typed under another kind included: the
        core refuses them rather than drop them)."""
        directive = self.is_directive()
        sections = self.directive.sections()
        return DraftForm(
            kind_code=self.ui.kindCombo.currentData() or "",
            doc_date=short_date(self.ui.docDateEdit.date().toPython()),
            summary=self.ui.summaryEdit.toPlainText(),
            seen=self.ui.seenEdit.toPlainText(),
            whereas=paragraphs(self.ui.whereasEdit.toPlainText()),
            legal_basis=self.ui.legalBasisEdit.toPlainText(),
            articles=paragraphs(self.ui.articlesEdit.toPlainText()),
            references=self.ui.referencesEdit.toPlainText(),
            unit_ids=self.checked_units(),
            sections=sections if directive or any(t.strip() for t in sections.values()) else {},
            approved_by_id=self.directive.approved_by_id() if directive else None,
            delegation_id=self.ui.delegationCombo.currentData()
            if self.ui.kindCombo.currentData() in DELEGATED_KINDS else None,
        )

    def checked_units(self) -> list[int]:
        return [self.ui.unitsList.item(r).data(Qt.UserRole)
                for r in range(self.ui.unitsList.count())
                if self.ui.unitsList.item(r).checkState() == Qt.Checked]

    def has_changes(self) -> bool:
        """Something typed that saving would keep (templates alone do not count)."""
        now = self.form()
        if self.draft_id is not None or now.kind_code == self._baseline.kind_code:
            return _comparable(now) != _comparable(self._baseline)
        # A new draft whose kind changed: only what the person typed counts.
        whereas, legal_basis = self._template
        return bool(now.summary.strip() or now.seen.strip() or now.articles
                    or now.references.strip() or now.unit_ids or self.directive.has_typed()
                    or now.doc_date != self._baseline.doc_date
                    or (now.whereas, now.legal_basis.strip()) != (whereas, legal_basis.strip()))

    # --- kind and live previews --------------------------------------------------------------
    def _kind_changed(self, _position: int) -> None:
        if self._filling:
            return
        code = self.ui.kindCombo.currentData()
        self._show_delegation()
        previous, self._kind_code = self._kind_code, code
        self._show_parts_of_kind()
        if self.draft_id is not None or not code or code == previous:
            return
        today = self.ctx.today()
        op = QueryOp(self, self.ctx.db,
                     lambda session: new_draft_form(session, code, today)).run().wait()
        if not op.ok:  # the refusal was shown; what was typed stays
            return
        template = op.result
        typed = (paragraphs(self.ui.whereasEdit.toPlainText()),
                 self.ui.legalBasisEdit.toPlainText().strip())
        untouched = typed == (self._template[0], self._template[1].strip()) or typed == ([], "")
        new_template = (list(template.whereas), template.legal_basis)
        if untouched or self.ask_use_template(self.ui.kindCombo.currentText()):
            self._filling = True
            try:
                self.ui.whereasEdit.setPlainText(join_paragraphs(template.whereas))
                self.ui.legalBasisEdit.setPlainText(template.legal_basis)
                self._set_delegation(template.delegation_id)
                self._named = template.delegation_id
            finally:
                self._filling = False
            self._update_counts()
        self._template = new_template
        self.directive.fill_template(template.sections)
        self._show_parts_of_kind()

    # --- the delegation of a resolución de gerencia municipal --------------------------------
    def _set_delegation(self, delegation_id: int | None) -> None:
        combo = self.ui.delegationCombo
        combo.setCurrentIndex(max(combo.findData(delegation_id), 0))
        self._show_delegation()

    def _show_delegation(self) -> None:
        shown = self.ui.kindCombo.currentData() in DELEGATED_KINDS
        for widget in (self.ui.delegationComboLabel, self.ui.delegationCombo,
                       self.ui.delegationHintLabel):
            widget.setVisible(shown)
        if shown and not self.ui.delegationHintLabel.text():
            self.ui.delegationHintLabel.setText(DELEGATION_HINT)

    def _delegation_changed(self, _position: int) -> None:
        """Name the chosen resolution in the legal basis (unless the clerk rewrote the words
        it replaces: then say so)."""
        if self._filling:
            return
        chosen = self.ui.delegationCombo.currentData()
        basis, named = self.ui.legalBasisEdit.toPlainText(), self._named
        op = QueryOp(self, self.ctx.db, lambda session: legal_basis_with(
            session, basis, named, chosen)).run().wait()
        if not op.ok:  # the refusal was shown; the legal basis stays as it was
            return
        text = op.result
        if text is None:
            self.ui.delegationHintLabel.setText(
                "La base legal fue modificada a mano y no se cambió: cite en ella la "
                "resolución elegida (pestaña Considerando).")
            return
        self.ui.legalBasisEdit.setPlainText(text)
        self._named = chosen
        self.ui.delegationHintLabel.setText(
            "La base legal cita ahora la resolución elegida (pestaña Considerando)."
            if chosen is not None else
            "La base legal ya no cita una resolución de alcaldía en particular.")

    def ask_use_template(self, kind_text: str) -> bool:
        box = QMessageBox(
            QMessageBox.Question, "Usar la plantilla",
            f"¿Usar la plantilla de {kind_text}? Se reemplazarán el CONSIDERANDO y la base "
            "legal que ya escribió.", QMessageBox.Yes | QMessageBox.No, self)
        box.button(QMessageBox.Yes).setText("Usar la plantilla")
        box.button(QMessageBox.No).setText("Conservar lo escrito")
        box.setDefaultButton(QMessageBox.No)
        return box.exec() == QMessageBox.Yes

    def _update_articles_preview(self) -> None:
        self.ui.articlesPreview.clear()
        for position, text in enumerate(paragraphs(self.ui.articlesEdit.toPlainText()), 1):
            flat = " ".join(text.split())
            if len(flat) > PREVIEW_CHARS:
                flat = flat[:PREVIEW_CHARS - 1].rstrip() + "…"
            item = QListWidgetItem(f"{article_label(position)} {flat}", self.ui.articlesPreview)
            item.setToolTip(text)
        self._update_counts()

    def _update_counts(self, *_args) -> None:
        whereas = len(paragraphs(self.ui.whereasEdit.toPlainText()))
        articles = self.ui.articlesPreview.count()
        units = len(self.checked_units())
        tabs = self.ui.tabs
        tabs.setTabText(TABS["whereas"], f"&Considerando ({whereas})")
        tabs.setTabText(TABS["articles"], f"Se &resuelve ({articles})")
        tabs.setTabText(TABS["units"], f"&Notificar a ({units})")
        tabs.setTabText(TABS["sections"], self.directive.tab_title())

    # --- saving and issuing ------------------------------------------------------------------
    def save(self) -> bool:
        """Save the draft (create it the first time). Refusals appear at their fields; what
        was typed stays."""
        form = self.form()
        actor, draft_id, saved = self.ctx.actor, self.draft_id, []

        def work(session) -> None:  # in a worker: only the values captured above
            saved.append(save_draft(session, actor, form, draft_id).id)

        def to_first_refused_tab(errors) -> None:
            tab = next((TAB_OF[e.field] for e in errors if e.field in TAB_OF), None)
            if tab is not None:
                self.ui.tabs.setCurrentIndex(TABS[tab])

        if not save_through_domain(self, self.ctx.db, work, self.ui.messageLabel, self.errors,
                                   to_first_refused_tab):
            return False
        self.draft_id = saved[0]
        self._baseline = form
        self.setWindowTitle("Editar borrador")
        return True

    def show_problems(self, problems: list[str]) -> None:
        self.problems = list(problems)
        self.ui.problemsLabel.setText(problems_html(problems) if problems else "")
        self.ui.problemsLabel.setVisible(bool(problems))

    def issue_now(self, confirm: bool = True) -> str | None:
        """Save, then issue; returns the number given, or None (problems listed in the form,
        a refusal in messageLabel, or the person did not confirm)."""
        self.show_problems([])
        if not self.save():
            return None
        checked = issue_check(self, self.ctx, self.draft_id,
                              self._refusal("No se puede emitir"))
        if checked is None:
            return None
        problems, preview, warning = checked
        if problems:
            self.show_problems(problems)
            return None
        if confirm and not confirm_issue(self, preview, warning):
            return None
        number = issue_draft(self, self.ctx, self.draft_id, self._refusal("No se pudo emitir"))
        if number is None:
            return None
        self.issued_number = number
        self.print_requested = confirm and self.ui.printOnIssueCheck.isChecked()
        if confirm and number != preview:
            QMessageBox.information(
                self, "Documento emitido",
                f"Se emitió como {number}: mientras confirmaba, otra computadora emitió el "
                f"número previsto ({preview}).")
        self._baseline = self.form()
        super().accept()
        return number

    def _refusal(self, title: str) -> Failure:
        """What the core refused goes to messageLabel (the form stays as typed); a database
        failure to a box under this title."""
        def refused(message: str, exc: BaseException) -> None:
            if isinstance(exc, (DomainError, ValidationFailed)):
                self.ui.messageLabel.setText(message)
            else:
                show_failure(self, title, message)
        return refused

    def accept(self) -> None:
        if self.save():
            super().accept()

    def preset_approval(self, resolution_id: int, on: dt.date) -> None:
        """A new directive approved by this resolution (from its detail): chosen, dated as the
        resolution, and not counted as typed."""
        self.directive.set_approval(resolution_id)
        self.ui.docDateEdit.setDate(qdate(on))
        self._baseline = self.form()
        self.ui.tabs.setCurrentIndex(TABS["sections"])




def _comparable(form: DraftForm) -> DraftForm:
    """Whitespace at the ends does not count as a change (the domain strips it)."""
    return DraftForm(form.kind_code, form.doc_date, form.summary.strip(), form.seen.strip(),
                     form.whereas, form.legal_basis.strip(), form.articles,
                     form.references.strip(), sorted(form.unit_ids),
                     {h: t.strip() for h, t in form.sections.items() if t.strip()},
                     form.approved_by_id, form.delegation_id)
