"""Where data, logs, settings and backups live: the user's data folder, or beside the program (portable)."""
import sys
from pathlib import Path

import pytest

from app import APP_ID, paths
from app.errors import AppError


@pytest.fixture
def program(tmp_path, monkeypatch):
    """A program folder of our own, as if the program were frozen there; no JZ_DATA_DIR override."""
    folder = tmp_path / "U盘" / "教育整顿"
    folder.mkdir(parents=True)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "jiaozheng.exe"))
    monkeypatch.delenv("JZ_DATA_DIR", raising=False)
    user_folder = tmp_path / "user-data"
    monkeypatch.setattr(paths, "user_data_root", lambda: user_folder)
    return folder


@pytest.mark.parametrize("xdg", [None, "", "  ", "/srv/data"])
def test_the_users_data_folder_is_the_one_platformdirs_names(monkeypatch, xdg):
    import platformdirs

    if xdg is None:
        monkeypatch.delenv("XDG_DATA_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_DATA_HOME", xdg)
    assert paths.user_data_root() / APP_ID == Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def test_on_windows_the_users_data_folder_is_local_app_data(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setenv("LOCALAPPDATA", str(tmp_path / "AppData" / "Local"))
    assert paths.user_data_root() == tmp_path / "AppData" / "Local"


def test_frozen_program_folder_is_the_executables_folder(program):
    assert paths.program_dir() == program.resolve()


def test_without_marker_data_goes_to_the_users_data_folder(program, tmp_path):
    user = tmp_path / "user-data" / APP_ID
    assert not paths.is_portable()
    assert paths.data_dir() == user
    assert paths.default_database_path() == user / "jiaozheng.db"
    assert paths.log_path() == user / "error.log"
    assert paths.backup_dir() == user / "backups" and paths.backup_dir().is_dir()
    assert paths.settings_file() == user / APP_ID / f"{APP_ID}.ini"
    assert not (program / "data").exists()


def test_with_marker_everything_lives_beside_the_program(program):
    (program / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    data = program.resolve() / "data"
    assert paths.is_portable()
    assert paths.data_dir() == data and data.is_dir()
    assert paths.default_database_path() == data / "jiaozheng.db"
    assert paths.log_path() == data / "error.log"
    assert paths.backup_dir() == data / "backups"
    assert paths.settings_file() == data / APP_ID / f"{APP_ID}.ini"


def test_environment_override_wins_over_portable(program, tmp_path, monkeypatch):
    (program / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    monkeypatch.setenv("JZ_DATA_DIR", str(tmp_path / "elsewhere"))
    assert paths.data_dir() == tmp_path / "elsewhere"


def test_portable_folder_that_cannot_be_made_is_explained_in_chinese(program):
    (program / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    (program / "data").write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(AppError, match="便携模式.*portable.txt"):
        paths.data_dir()


def test_source_tree_run_uses_the_source_root(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.program_dir() == Path(paths.__file__).resolve().parent.parent
    assert paths.resource_path("fonts", "OFL.txt").exists()


def test_resources_come_from_the_bundle_when_frozen(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    expected = tmp_path / "_internal" / "resources" / "icons" / "jiaozheng.ico"
    assert paths.resource_path("icons", "jiaozheng.ico") == expected


def test_portable_settings_are_an_ini_file_beside_the_program(program, qtbot):
    """The window settings follow the data: QSettings writes an INI file into data/ (not the registry)."""
    from PySide6.QtCore import QSettings

    from ui.shell.application import create_application

    (program / paths.PORTABLE_MARKER).write_text("", encoding="utf-8")
    create_application()
    settings = QSettings()
    settings.setValue("window/tab", 2)
    settings.sync()
    ini = program.resolve() / "data" / APP_ID / f"{APP_ID}.ini"
    assert settings.fileName() == str(ini)
    assert "tab=2" in ini.read_text(encoding="utf-8")
