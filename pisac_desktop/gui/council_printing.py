"""Printing or saving one of the council's papers is audited (council_documents.record_print);
when the audit trail cannot be written, the paper has already left: say so, keep working."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import SQLAlchemyError

from pisac_desktop.core.errors import DomainError
from pisac_desktop.gui.context import AppContext

log = logging.getLogger(__name__)


def audit_council_print(parent: QWidget, ctx: AppContext, what: str, destination: str,
                        **keys) -> bool:
    """keys: session_id, summons_id or period, as record_print takes them."""
    from pisac_desktop.council.printing import record_print

    try:
        with ctx.db.session() as session:
            record_print(session, ctx.actor, what, destination, **keys)
    except (DomainError, SQLAlchemyError) as exc:
        log.error("Could not audit printing", exc_info=exc)
        QMessageBox.warning(parent, "No se registró la impresión",
                            "El documento salió, pero no se pudo dejar constancia en el "
                            f"registro de auditoría: {exc}")
        return False
    return True
