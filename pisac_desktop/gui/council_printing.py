"""Printing or saving one of the council's papers is audited (council_documents.record_print);
when the audit trail cannot be written, the paper has already left: say so, keep working."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pisac_desktop.gui import operations
from pisac_desktop.gui.context import AppContext
from pisac_desktop.gui.operations import CollectionOp


def audit_council_print(parent: QWidget, ctx: AppContext, what: str, destination: str,
                        **keys) -> None:
    """keys: session_id, summons_id or period, as record_print takes them. Recorded in a
    worker; a failure is explained (the paper has left already)."""
    from pisac_desktop.council.printing import record_print

    actor = ctx.actor

    def failed(message: str, _exc: BaseException) -> None:
        operations.show_failure(parent, "No se registró la impresión",
                                "El documento salió, pero no se pudo dejar constancia en el "
                                f"registro de auditoría: {message}")

    CollectionOp(parent, ctx.db,
                 lambda s: record_print(s, actor, what, destination, **keys)) \
        .failure(failed).run()
