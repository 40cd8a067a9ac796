"""Where things live: resources (source tree or PyInstaller bundle) and the user's data folder."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from . import APP_ID

PORTABLE_MARKER = "portable.txt"


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


def data_dir() -> Path:
    """The user's data folder (or the program's own `data/` in portable mode). Created on demand."""
    override = os.environ.get("JZ_DATA_DIR")
    if override:
        path = Path(override)
    elif is_portable():
        path = program_dir() / "data"
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_ID, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_database_path() -> Path:
    return data_dir() / "jiaozheng.db"


def log_path() -> Path:
    return data_dir() / "error.log"
