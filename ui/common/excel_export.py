"""A ledger's 导出 (Excel) as every tab does it: ask where (starting in the folder the last export went to),
make the name end in .xlsx, write the workbook on the worker with progress, and say what was written where.

    export_workbook(self, self.tr("导出任务督导"), self.tr("任务督导-{day}.xlsx"),
                    lambda target, progress: outputs.export_workbook(target),
                    lambda counts, target: self.tr("已导出…到\\n{path}").format(path=target, ...))

A file that cannot be written is the core's Chinese AppError (app.common.files.save_replacing), shown by
the worker; a cancelled save dialog does nothing.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.jobs import Progress
from ui.common.worker import run_job

FOLDER_KEY = "exports/last_folder"


def last_folder() -> Path:
    folder = Path(str(QSettings().value(FOLDER_KEY, "") or Path.home()))
    return folder if folder.is_dir() else Path.home()


def ask_workbook_path(parent: QWidget | None, title: str, name: str) -> Path | None:
    """The file the user picks (".xlsx" added when the name lacks it), or None when they cancel. `name` may
    hold {day}, today's date (2021-06-11)."""
    suggested = last_folder() / name.format(day=f"{dt.date.today():%Y-%m-%d}")
    path, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested),
                                                QCoreApplication.translate("ExcelExport", "Excel 文件 (*.xlsx)"))
    if not path:
        return None
    target = Path(path)
    if target.suffix.lower() != ".xlsx":
        target = target.with_name(target.name + ".xlsx")
    QSettings().setValue(FOLDER_KEY, str(target.parent))
    return target


def export_workbook(parent: QWidget, title: str, name: str, write: Callable[[Path, Progress], Any],
                    describe: Callable[[Any, Path], str]) -> Path | None:
    """Ask for the file, then run `write(target, progress)` on the worker and show `describe(result, target)`.
    Returns the chosen file (the export is still running), or None when the user cancelled."""
    target = ask_workbook_path(parent, title, name)
    if target is None:
        return None
    writing = QCoreApplication.translate("ExcelExport", "正在导出…")

    def job(progress: Progress):
        progress.report(0.05, writing)
        return write(target, progress)

    run_job(parent, title, job, on_done=lambda result: QMessageBox.information(parent, title, describe(result, target)))
    return target
