"""Files attached to make-up study and reflections: where they are stored."""
from __future__ import annotations

import shutil
from pathlib import Path

from app.store.db import current_path
from app.errors import ValidationError


# ---------------------------------------------------------------- attachments

def attachments_root() -> Path:
    """Files the user attaches are copied next to the database, so the two travel together."""
    db_path = current_path()
    if db_path is None:
        from app.paths import data_dir

        return data_dir() / "附件"
    return db_path.parent / f"{db_path.stem}-附件"


def store_attachment(source: str | Path, folder: str) -> str:
    """Copy `source` under the attachments folder; returns the path relative to the database's folder."""
    source = Path(source)
    if not source.is_file():
        raise ValidationError("附件", f"找不到文件 {source}")
    target_dir = attachments_root() / "学习教育" / folder
    target_dir.mkdir(parents=True, exist_ok=True)
    target = target_dir / source.name
    counter = 1
    while target.exists():
        target = target_dir / f"{source.stem}({counter}){source.suffix}"
        counter += 1
    shutil.copy2(source, target)
    base = attachments_root().parent
    return str(target.relative_to(base))


def attachment_path(stored: str) -> Path | None:
    if not stored:
        return None
    path = Path(stored)
    if not path.is_absolute():
        path = attachments_root().parent / path
    return path


