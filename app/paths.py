"""Where things live: resources (source tree or PyInstaller bundle) and the user's data folder.

Normal installation: data, logs, settings and backups in the user's data folder
(Windows `%LOCALAPPDATA%\\JiaoZhengWorkbench`, Linux `~/.local/share/JiaoZhengWorkbench`).
Portable mode (a file `portable.txt` beside the program, e.g. on a USB stick): all of it in `data/` beside the
program, so the stick carries the program and its data together. `JZ_DATA_DIR` overrides both (tests, admins).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from app import APP_ID

PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA_FOLDER = "data"
DATABASE_FILE = "jiaozheng.db"
LOG_FILE = "error.log"
BACKUP_FOLDER = "backups"


def program_dir() -> Path:
    """Folder of the program: the bundle folder when frozen, else the source root."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under resources/, found the same way from source and from a PyInstaller bundle."""
    base = Path(getattr(sys, "_MEIPASS", program_dir()))
    return base.joinpath("resources", *parts)


def is_portable() -> bool:
    return (program_dir() / PORTABLE_MARKER).exists()


def user_data_root() -> Path:
    """The system's folder for each user's program data, the one platformdirs.user_data_dir names, found
    without importing platformdirs (6 ms of the start-up on Linux) where the system's rule is this simple."""
    if sys.platform == "win32":
        local = os.environ.get("LOCALAPPDATA", "").strip()
        if local:
            return Path(local)
        from platformdirs import user_data_dir  # asks Windows for the known folder

        return Path(user_data_dir(appauthor=False))
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support"
    xdg = os.environ.get("XDG_DATA_HOME", "").strip()
    return Path(xdg) if xdg else Path.home() / ".local" / "share"


def data_dir() -> Path:
    """The user's data folder (or the program's own `data/` in portable mode). Created on demand."""
    override = os.environ.get("JZ_DATA_DIR")
    if override:
        path = Path(override)
    elif is_portable():
        path = program_dir() / PORTABLE_DATA_FOLDER
    else:
        path = user_data_root() / APP_ID
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        from app.errors import AppError

        if is_portable() and not override:
            raise AppError(f"便携模式：无法在程序所在的文件夹里建立数据文件夹 {path}（{exc.strerror or exc}）。"
                           f"请把整个程序文件夹放到可以写入的位置（例如U盘或 D 盘），"
                           f"或删除程序旁边的 {PORTABLE_MARKER} 改用普通模式。") from exc
        raise AppError(f"无法建立数据文件夹 {path}（{exc.strerror or exc}）。") from exc
    return path


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILE


def log_path() -> Path:
    return data_dir() / LOG_FILE


def backup_dir() -> Path:
    """Where automatic backups go: beside the data, so a portable stick carries its backups too."""
    path = data_dir() / BACKUP_FOLDER
    path.mkdir(parents=True, exist_ok=True)
    return path


def settings_dir() -> Path:
    """Folder for the window/language settings (QSettings, INI format; see ui.common.i18n.configure_settings).

    Qt puts the file at `<this folder>/JiaoZhengWorkbench/JiaoZhengWorkbench.ini`: an INI file rather than
    the Windows registry, so that copying the data folder to a new PC (or carrying the stick) takes the
    settings along.
    """
    return data_dir()


def settings_file() -> Path:
    return settings_dir() / APP_ID / f"{APP_ID}.ini"
