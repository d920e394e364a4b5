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


ROLE, PASSWORD = "pisac_oficina", "Clave-Oficina-7"  # an office server's login role


@pytest.fixture
def office_db(pg_cluster):
    """An empty database owned by a role that must give its password."""
    pg_cluster.password_role(ROLE, PASSWORD)
    name = pg_cluster.new_database()
    pg_cluster._admin(f"ALTER DATABASE {name} OWNER TO {ROLE}")
    pg_cluster._admin(f"GRANT ALL ON SCHEMA public TO {ROLE}")
    yield name
    pg_cluster.drop_database(name)
