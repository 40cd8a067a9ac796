"""Writing an output file whole or not at all: the new file is written beside the old one (name.part) and
moved over it only when complete, so a failed export never leaves a half-written file or loses the old one."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from app.errors import AppError, ValidationError


def save_replacing(path: Path | str, write: Callable[[Path], None]) -> Path:
    """Call `write(part)` to make the file at `part`, then replace `path` with it. An OSError becomes a Chinese
    AppError naming the file (a file open in Excel or WPS is the usual cause on Windows)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    try:
        write(part)
        part.replace(path)  # the old file stays whole until the new one is complete
    except PermissionError as exc:
        raise AppError(f"无法写入 {path.name}：文件可能正在 Excel 或 WPS 中打开，请关闭后再试。") from exc
    except OSError as exc:
        raise AppError(f"无法写入 {path}：{exc.strerror or exc}") from exc
    finally:
        part.unlink(missing_ok=True)
    return path


def require_suffix(path: Path | str, suffix: str) -> Path:
    """An output file named on the command line must say what it holds (x.txt that is really a workbook would
    open in the wrong program); the Chinese error names the file."""
    path = Path(path)
    if path.suffix.lower() != suffix:
        raise ValidationError("文件名", f"{path.name} 应以 {suffix} 结尾")
    return path
