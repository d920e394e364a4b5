"""Reading, in a worker, the data a dialog of this area builds itself from (gui/operations.py).

The section reads it first, with its own refusal (`reading`), and hands the plain data to the
dialog's constructor; a dialog built without it (the screenshot harness, the self-test, some
tests) reads it itself (`read_now`), and a failure reaches its caller as before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from pisac_desktop.gui.operations import QueryOp


def reading(widget, fn: Callable[[Any], Any], refusal: str) -> QueryOp:
    """Run fn(session) in a worker and wait for it with the window painting; a failure is
    shown under the title `refusal`. The caller checks `.ok` and takes `.result`."""
    return QueryOp(widget, widget.ctx.db, fn).failure(widget.refusing(refusal)).run().wait()


def read_now(parent, db, fn: Callable[[Any], Any]) -> Any:
    """fn(session) in a worker, waited for with the window painting; its result. A failure is
    raised again as it came (a DomainError, a database error): nothing was shown."""
    op = QueryOp(parent, db, fn).failure(lambda _message, _exc: None).run().wait()
    if op.error is not None:
        raise op.error
    return op.result
