"""Saving the choice of database for a data folder (Configuración › Conexión a la base de
datos): the url in configuracion.ini, the password only in the private password file; back to
the local file removes that file. The rest of the settings file is kept."""

import os

import pytest
from sqlalchemy.engine import make_url

from pisac_desktop.config import SettingsError, load_settings, save_database_settings
from pisac_desktop.paths import DataPaths

SERVER = "postgresql+psycopg://pisac_app@192.168.1.10:5432/pisac"


@pytest.fixture
def folder(tmp_path) -> DataPaths:
    return DataPaths(tmp_path / "datos").ensure()


def test_a_server_is_saved_without_its_password(folder):
    save_database_settings(folder, SERVER, "pisac_app", "s3cr:ta")
    ini = folder.settings.read_text(encoding="utf-8")
    assert f"url = {SERVER}" in ini and "s3cr" not in ini
    assert "; Configuración de Pisac Desktop" in ini  # the commented template is kept
    assert folder.password_file.read_text(encoding="utf-8") == "*:*:*:pisac_app:s3cr\\:ta\n"
    if os.name == "posix":
        assert folder.password_file.stat().st_mode & 0o777 == 0o600
        assert folder.settings.stat().st_mode & 0o777 == 0o600
    url = make_url(load_settings(folder).database_url)
    assert url.password is None and url.query["passfile"] == str(folder.password_file)
    assert (url.host, url.database, url.username) == ("192.168.1.10", "pisac", "pisac_app")


def test_without_a_new_password_the_saved_one_stays(folder):
    save_database_settings(folder, SERVER, "pisac_app", "primera")
    save_database_settings(folder, SERVER.replace("5432", "5433"), "pisac_app", None)
    assert "primera" in folder.password_file.read_text(encoding="utf-8")
    assert make_url(load_settings(folder).database_url).port == 5433


def test_back_to_the_local_file_forgets_the_password(folder):
    save_database_settings(folder, SERVER, "pisac_app", "clave")
    save_database_settings(folder, "")
    assert not folder.password_file.exists()
    assert load_settings(folder).database_url.startswith("sqlite")
    lines = folder.settings.read_text(encoding="utf-8").splitlines()
    assert [line for line in lines if line.startswith("url")] == ["url ="]


def test_a_percent_sign_and_a_hand_made_file_survive(folder):
    folder.settings.write_text("[otra]\nclave = 1\n", encoding="utf-8")
    url = "postgresql+psycopg://pisac_app@servidor/pisac%25"
    save_database_settings(folder, url, "pisac_app", None)
    assert make_url(load_settings(folder).database_url).database == "pisac%"
    assert "[otra]\nclave = 1" in folder.settings.read_text(encoding="utf-8")
    folder.settings.write_text("[base_de_datos]\n", encoding="utf-8")
    save_database_settings(folder, url, "pisac_app", None)
    assert make_url(load_settings(folder).database_url).database == "pisac%"


def test_a_password_with_a_line_break_is_refused_and_nothing_is_written(folder):
    with pytest.raises(SettingsError, match="saltos de línea"):
        save_database_settings(folder, SERVER, "pisac_app", "a\nb")
    assert not folder.password_file.exists()
    assert not folder.settings.exists()
