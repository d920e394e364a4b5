"""An older database is upgraded at the first start of a new version: on ten years of data
that takes a while (a copy, then the migrations), and the person is told so instead of facing
no window at all."""

import shutil
from pathlib import Path

from pisac_desktop.db.schema import UPGRADE_TEXT
from pisac_desktop.gui.app import open_telling_waits
from pisac_desktop.paths import DataPaths
from pisac_desktop.startup import open_database

FIXTURES = Path(__file__).parents[1] / "fixtures"


def test_an_upgrade_is_announced_on_screen(tmp_path, spanish_qapp):
    paths = DataPaths(tmp_path / "datos").ensure()
    shutil.copy(FIXTURES / "schema_0008.sqlite3", paths.database)
    shown = []

    def opening(paths, waiting):
        def told(text: str) -> None:
            waiting(text)  # the notice on screen
            dialog = spanish_qapp.activeModalWidget()
            shown.append((text, dialog.isVisible() if dialog else False))
        return open_database(paths, waiting=told)

    opened = open_telling_waits(paths, opening)
    opened.db.dispose()
    assert opened.schema.action == "actualizada"
    assert shown == [(UPGRADE_TEXT, True)]
    assert UPGRADE_TEXT.startswith("Actualizando la base de datos para Pisac Desktop")
    assert spanish_qapp.activeModalWidget() is None  # the notice closed


def test_a_database_at_head_opens_without_a_notice(tmp_path, spanish_qapp):
    paths = DataPaths(tmp_path / "datos")
    open_database(paths).db.dispose()  # created now, at head
    shown = []
    opened = open_telling_waits(paths, lambda p, waiting: open_database(
        p, waiting=lambda text: shown.append(text)))
    opened.db.dispose()
    assert opened.schema.action == "al día" and shown == []
