"""The screens' tests drive them step by step: each database operation a screen starts
(gui/operations.py) still runs in a worker and reports through the queued signal, and `run()`
then waits for it, so the next line of a test sees its effect. The tests of the waiting itself
(test_operations.py, test_database_stall.py) turn this off with `unsettled_operations`.

(Set and restored by hand, not with monkeypatch: an autouse fixture asking for monkeypatch
would set it up first and so undo its patches last, after pytest-qt closed the widgets.)"""

import pytest


@pytest.fixture(autouse=True)
def settled_operations():
    from pisac_desktop.gui import operations

    operations.settle_in_run = True
    yield
    operations.settle_in_run = False


@pytest.fixture
def unsettled_operations(settled_operations):
    from pisac_desktop.gui import operations

    operations.settle_in_run = False
