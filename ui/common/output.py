"""Where generated files go before the user sees them.

`print_path` is a fresh file each time in the temp folder: a preview may still hold the previous one open
(Windows locks open files). `document_path` is under the user's data folder (文书), kept for 另存为 later."""
from __future__ import annotations

import datetime as dt
import tempfile
import time
from pathlib import Path

from app.paths import data_dir


def print_folder() -> Path:
    folder = Path(tempfile.gettempdir()) / "jiaozheng-print"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def print_path(stem: str) -> Path:
    return print_folder() / f"{stem}-{time.strftime('%Y%m%d-%H%M%S')}-{time.monotonic_ns() % 1000:03d}.pdf"


def document_path(name: str) -> Path:
    folder = data_dir() / "文书"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    from app.documents.batch import safe_file_name  # reportlab loads with the first document, not at start-up

    return folder / f"{safe_file_name(name)}-{stamp}.pdf"
