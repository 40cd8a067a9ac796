"""The program's icon (drawn by tools/make_icon.py) for windows and the task bar."""
from __future__ import annotations

from PySide6.QtGui import QIcon

from app.paths import resource_path

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def application_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"jiaozheng-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon
