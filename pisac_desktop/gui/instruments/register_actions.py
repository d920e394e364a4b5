"""Under the list of documents: the register book of a kind and year (PDF or Excel), the
export of the year for the archive, and (administrators) the next number of a kind."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton, QWidget

from pisac_desktop.core.permissions import Permission
from pisac_desktop.gui import file_dialogs
from pisac_desktop.gui.instruments.reading import reading
from pisac_desktop.gui.instruments.tools import KindYearDialog, NextNumberDialog, RegisterDialog
from pisac_desktop.gui.operations import QueryOp


class RegisterActions:
    """Mixin of InstrumentsSection: the register book, the yearly export, the next number."""

    def _add_section_buttons(self) -> None:
        """Under the list: the register book and the yearly export."""
        self.registerButton = QPushButton("Registro y exportación…", self.ui.listPane)
        self.registerButton.setObjectName("registerButton")
        self.registerButton.setAutoDefault(False)
        self.registerButton.setToolTip("Registro de un tipo y año (PDF o Excel) y exportación "
                                       "del año para el archivo")
        self.registerButton.clicked.connect(self.open_register_dialog)
        self.ui.listButtonsLayout.addWidget(self.registerButton)
        self.nextNumberButton = QPushButton("Fijar el siguiente número…", self.ui.listPane)
        self.nextNumberButton.setObjectName("nextNumberButton")
        self.nextNumberButton.setAutoDefault(False)
        self.nextNumberButton.setToolTip("Administración: el número que recibirá el próximo "
                                         "documento de un tipo este año")
        self.nextNumberButton.clicked.connect(self.set_next_number)
        self.nextNumberButton.setVisible(self.ctx.actor.can(Permission.SET_NEXT_NUMBER))
        self.ui.listButtonsLayout.addWidget(self.nextNumberButton)

    def open_register_dialog(self) -> QDialog | None:
        module = self.module_key
        op = reading(self, lambda session: KindYearDialog.read_data(session, module),
                     "No se puede continuar")
        if not op.ok:
            return None
        dialog = RegisterDialog(self.ctx, module, self, self, data=op.result)
        self.exec_dialog(dialog)
        return dialog

    def _register_book(self, kind_code: str, year: int, pdf: bool = False):
        """The register book of a kind and year, its file name (no extension) and, if pdf, the
        PDF; made in a worker and waited for. None if refused (shown)."""
        from pisac_desktop.instruments.kinds import kind_short
        from pisac_desktop.instruments.printing import register_book
        from pisac_desktop.reports.registers import render_register_book_pdf

        username = self.ctx.actor.username

        def make(session):
            short = kind_short(session, kind_code)
            book = register_book(session, kind_code, year, username)
            return (book, f"registro-{short}-{year}",
                    render_register_book_pdf(book) if pdf else None)

        op = QueryOp(self, self.ctx.db, make).busy("Preparando el registro…") \
            .failure(self.refusing("No se pudo preparar el registro")).run().wait()
        return op.result if op.ok else None

    def preview_register(self, kind_code: str, year: int) -> QDialog | None:
        made = self._register_book(kind_code, year, pdf=True)
        if made is None:
            return None
        book, name, pdf = made
        return self.preview_paper_bytes(pdf, f"{name}.pdf", f"Registro de {book.kind_label} {year}",
                                        None)

    def save_register_xlsx(self, kind_code: str, year: int) -> str | None:
        from pisac_desktop.reports.registers import write_register_book_xlsx

        made = self._register_book(kind_code, year)
        if made is None:
            return None
        book, name, _pdf = made
        suggested = str(self.ctx.paths.documents / f"{name}.xlsx")
        filename = file_dialogs.save_file(self, "Guardar registro en Excel", suggested,
                                          "Libro de Excel (*.xlsx)")
        if not filename:
            return None
        if not filename.lower().endswith(".xlsx"):
            filename += ".xlsx"
        try:
            write_register_book_xlsx(book, filename)
        except OSError as exc:
            QMessageBox.warning(self, "No se pudo guardar el registro",
                                f"No se pudo escribir {filename}: {exc.strerror or exc}")
            return None
        self.ui.statusLabel.setText(f"Registro guardado en {filename}.")
        return filename

    def export_year_to(self, year: int, kind_codes: tuple[str, ...],
                       button: QWidget | None = None):
        """Every issued document of the year (of these kinds) and the register books into a
        folder the person chooses, in a worker (operations.QueryOp: the window keeps working),
        with a progress dialog whose "Detener" stops it between documents. Returns the
        operation (its .result is the ExportResult once done), None if no folder was chosen."""
        from pathlib import Path

        from pisac_desktop.export import export_year

        folder = file_dialogs.choose_folder(
            self, f"Carpeta para exportar {year}", str(self.ctx.paths.documents))
        if not folder:
            return None
        target = Path(folder) / f"normas-{self.module_key}-{year}"
        actor = self.ctx.actor

        def label(done: int, total: int) -> str:
            if not total:
                return f"Exportando los documentos de {year}…"
            return f"Exportando los documentos de {year}: {done} de {total}…"

        def exported(result) -> None:
            documents = ("1 documento" if result.documents == 1
                         else f"{result.documents} documentos")
            books = "1 registro" if result.books == 1 else f"{result.books} registros"
            if result.sessions:
                books += (", 1 sesión de concejo" if result.sessions == 1 else
                          f", {result.sessions} sesiones de concejo")
            if op.progress.cancelled:
                text = (f"Exportación detenida: se guardaron {op.progress.reached[0]} de "
                        f"{documents} de {year} y {books} (PDF y Excel) en:\n{result.folder}")
            else:
                text = (f"Se exportaron {documents} de {year} y {books} (PDF y Excel) en:\n"
                        f"{result.folder}")
            QMessageBox.information(self, "Exportar el año para el archivo", text)
            self.ui.statusLabel.setText(text.replace("\n", " "))

        op = QueryOp(self, self.ctx.db,
                     lambda session, progress: export_year(session, actor, year, target,
                                                           kind_codes, progress), exported) \
            .with_progress("Exportar el año para el archivo", label) \
            .busy(f"Exportando los documentos de {year}…") \
            .failure(lambda message, _exc: QMessageBox.warning(self, "No se pudo exportar",
                                                              message)) \
            .disabling(button)
        self.export_op = op
        return op.run()

    def set_next_number(self) -> bool:
        """Administrators: the next number of a kind for the current year."""
        module = self.module_key
        op = reading(self, lambda session: KindYearDialog.read_data(session, module),
                     "No se puede continuar")
        if not op.ok:
            return False
        dialog = NextNumberDialog(self.ctx, module, self, data=op.result)
        if not self.exec_dialog(dialog):
            return False
        self.ui.statusLabel.setText(dialog.done_message)
        return True
