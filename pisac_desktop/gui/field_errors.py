"""Show a domain FieldError next to the field it concerns, in a QFormLayout."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from pisac_desktop.core.errors import DomainError, FieldError
from pisac_desktop.gui.unsaved import UnsavedDialog

ERROR_STYLE = "color: #a40000;"
FIELD_ERROR_BORDER = "border: 1px solid #a40000;"


def _holds(layout, widget: QWidget) -> bool:
    """Whether `widget` sits in `layout` or in a layout nested in it."""
    if layout.indexOf(widget) >= 0:
        return True
    return any((inner := layout.itemAt(i).layout()) is not None and _holds(inner, widget)
               for i in range(layout.count()))


class FieldErrors:
    """One hidden red label under each field of a form; show() fills and reveals them."""

    def __init__(self, form: QFormLayout, fields: dict[str, QWidget], parent: QWidget):
        self.fields = fields
        self.labels: dict[str, QLabel] = {}
        for name, widget in fields.items():
            label = QLabel(parent)
            label.setObjectName(f"{name}Error")
            label.setStyleSheet(ERROR_STYLE)
            # No word wrap: a wrapping label in a form row reserves a tall, mostly empty band.
            label.setWordWrap(False)
            label.hide()
            row, _role = form.getWidgetPosition(widget)
            if row < 0:  # the widget sits inside a layout of the form: find that row
                row = next(r for r in range(form.rowCount())
                           if (item := form.itemAt(r, QFormLayout.FieldRole)) is not None
                           and item.layout() is not None
                           and _holds(item.layout(), widget))
            form.insertRow(row + 1, "", label)
            self.labels[name] = label

    def clear(self) -> None:
        for name, label in self.labels.items():
            label.clear()
            label.hide()
            self.fields[name].setStyleSheet("")

    def set(self, name: str, message: str) -> bool:
        label = self.labels.get(name)
        if label is None:
            return False
        label.setText(message)
        label.show()
        self.fields[name].setStyleSheet(FIELD_ERROR_BORDER)
        return True

    def show(self, errors: list[FieldError]) -> list[FieldError]:
        """Show each error at its field; return those that have no field here."""
        self.clear()
        unplaced = [e for e in errors if not self.set(e.field, e.message)]
        first = next((e for e in errors if e.field in self.fields), None)
        if first is not None:
            self.fields[first.field].setFocus()
        return unplaced


def save_through_domain(parent: QWidget, db, work, message_label: QLabel,
                        errors: FieldErrors | None = None, on_invalid=None,
                        disabling: tuple[QWidget, ...] = (), progress=None) -> bool:
    """Run `work(session)` in one unit of work in a worker (operations.CollectionOp) and wait
    for it with the window painting; True when it committed. `work` runs off the UI thread:
    it must not touch a widget (read what it needs before). A refusal never loses what was
    typed: ValidationFailed shows at its fields (the rest in message_label), a DomainError
    (e.g. no permission) in message_label, a database failure (busy, failing) in a box.
    on_invalid(errors) lets a form switch to the tab holding the first error. progress: (title,
    label) of a long save (an import): work(session, progress) then, behind a progress dialog
    whose «Detener» rolls everything back."""
    from pisac_desktop.core.errors import ValidationFailed
    from pisac_desktop.gui.operations import CollectionOp, error_message, show_failure

    message_label.clear()
    if errors is not None:
        errors.clear()

    def refused(message: str, exc: BaseException) -> None:
        if isinstance(exc, ValidationFailed):
            rest = errors.show(exc.errors) if errors is not None else exc.errors
            if on_invalid is not None:
                on_invalid(exc.errors)
            message_label.setText("\n".join(e.message for e in rest))
        elif isinstance(exc, DomainError):
            message_label.setText(message)
        else:
            show_failure(parent, error_message(exc, True)[0], message)

    op = CollectionOp(parent, db, work).failure(refused).disabling(*disabling)
    if progress is not None:
        op.with_progress(*progress).cancelled(lambda: message_label.setText(
            "Se detuvo antes de terminar: no se guardó nada."))
    return op.run().wait().ok


class FormDialog(UnsavedDialog, QDialog):
    """A Designer dialog whose OK saves through the domain. The form (UI) has `form` (the
    QFormLayout), `messageLabel` and `buttonBox`; FIELDS maps domain field names to widget
    names; subclasses write work(session). A refusal leaves the dialog open with what was
    typed; Cancel with something typed asks first (gui/unsaved.py)."""

    UI = None
    FIELDS: dict[str, str] = {}
    OK_TEXT = "Guardar"
    # A long save (an import): (title, label(done, total)); write() then gets a `progress`
    # to call as progress(done, total), which stops (rolling back) when asked to.
    PROGRESS: tuple[str, object] | None = None

    def __init__(self, ctx, parent: QWidget | None = None, ok_text: str | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.ui = self.UI()
        self.ui.setupUi(self)
        self.errors = FieldErrors(self.ui.form, {k: getattr(self.ui, v)
                                                 for k, v in self.FIELDS.items()}, self)
        box = self.ui.buttonBox
        box.button(QDialogButtonBox.Ok).setText(ok_text or self.OK_TEXT)
        box.button(QDialogButtonBox.Cancel).setText("Cancelar")
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)

    def read(self):
        """UI thread: what write() needs, read from the widgets (default: self.form()). May
        raise ValidationFailed for what the form itself can tell is missing."""
        form = getattr(self, "form", None)
        return form() if callable(form) else None

    def write(self, session, values):
        """Worker thread: run the use case with `values` (never touch a widget here); what
        it returns goes to saved()."""
        raise NotImplementedError

    def saved(self, result) -> None:
        """UI thread, after the commit: keep ids, messages."""

    def save(self) -> bool:
        from pisac_desktop.core.errors import ValidationFailed

        try:
            values = self.read()
        except ValidationFailed as failed:
            self.ui.messageLabel.setText("\n".join(
                e.message for e in self.errors.show(failed.errors)))
            return False
        result: list = []
        if self.PROGRESS is None:
            def work(session):
                result.append(self.write(session, values))
        else:
            def work(session, progress):
                def step(done: int, total: int) -> bool:
                    progress.step(done, total)
                    progress.check()  # «Detener»: the unit of work is rolled back
                    return True
                result.append(self.write(session, values, step))
        ok = save_through_domain(self, self.ctx.db, work, self.ui.messageLabel, self.errors,
                                 disabling=(self.ui.buttonBox,), progress=self.PROGRESS)
        if ok:
            self.saved(result[0])
        return ok

    def accept(self) -> None:
        if self.save():
            super().accept()
