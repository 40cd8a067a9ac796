"""The UI half of batch documents (app.documents.batch): ask one PDF or one file per person, run the
core function in a worker with progress and cancel, then preview the PDF or offer to open the folder.

    mode = ask_batch_mode(self, len(ids), "承诺书")           # "one" / "each" / None
    if mode == "one":
        run_batch_job(self, "生成承诺书", lambda p: pledges.print_batch(ids, document_path("承诺书"), p))
    elif mode == "each" and (folder := ask_folder(self)):
        run_batch_job(self, "生成承诺书", lambda p: pledges.print_each(ids, folder, p))
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QCoreApplication, QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from app.jobs import Progress

from ui.common.worker import run_job

if TYPE_CHECKING:  # app.documents.batch loads reportlab: only for the annotations
    from app.documents.batch import BatchResult

ONE_PDF, ONE_FILE_EACH = "one", "each"


def ask_batch_mode(parent: QWidget, count: int, what: str) -> str | None:
    """One PDF (to preview and print at once) or one file per person (to send or file separately)."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("BatchOutput", "生成{what}").format(what=what))
    box.setIcon(QMessageBox.Question)
    box.setText(QCoreApplication.translate("BatchOutput", "共 {count} 份{what}。请选择生成方式：").format(count=count, what=what))
    box.setInformativeText(QCoreApplication.translate("BatchOutput", "合并为一个 PDF：每份从新的一页开始，可直接预览、打印。\n"
                             "每人一个文件：按“单位-姓名”命名，保存到所选文件夹。"))
    one = box.addButton(QCoreApplication.translate("BatchOutput", "合并为一个 PDF"), QMessageBox.AcceptRole)
    each = box.addButton(QCoreApplication.translate("BatchOutput", "每人一个文件…"), QMessageBox.AcceptRole)
    box.addButton(QCoreApplication.translate("BatchOutput", "取消"), QMessageBox.RejectRole)
    box.setDefaultButton(one)
    box.exec()
    clicked = box.clickedButton()
    return ONE_PDF if clicked is one else ONE_FILE_EACH if clicked is each else None


def ask_folder(parent: QWidget, caption: str | None = None) -> Path | None:
    caption = caption or QCoreApplication.translate("BatchOutput", "选择保存文件夹")
    settings = QSettings()
    start = str(settings.value("documents/last_folder", "") or Path.home())
    chosen = QFileDialog.getExistingDirectory(parent, caption, start)
    if not chosen:
        return None
    settings.setValue("documents/last_folder", chosen)
    return Path(chosen)


def run_batch_job(parent: QWidget, title: str, fn: Callable[[Progress], BatchResult], *,
                  preview_title: str | None = None,
                  on_done: Callable[[BatchResult], None] | None = None,
                  on_printed: Callable[[], None] | None = None):
    """Run `fn(progress)` in a worker. One file: preview it (`on_printed` runs each time its 打印 sent the job
    to a printer). Several: say where they are, offer the folder."""

    def finished(result: BatchResult) -> None:
        if on_done is not None:
            on_done(result)
        if len(result.paths) == 1:
            from ui.common.pdf_preview import preview

            dialog = preview(parent, result.paths[0], preview_title or title)
            if on_printed is not None and dialog is not None:
                dialog.printed.connect(on_printed)
        elif result.paths:
            show_folder_result(parent, title, result)

    return run_job(parent, title, fn, on_done=finished)


def show_folder_result(parent: QWidget, title: str, result: BatchResult) -> None:
    folder = result.paths[0].parent
    box = QMessageBox(QMessageBox.Information, title,
                      QCoreApplication.translate("BatchOutput", "已生成 {count} 个 PDF 文件（共 {pages} 页），保存在：\n{folder}").format(
                          count=len(result.paths), pages=result.pages, folder=folder), parent=parent)
    open_button = box.addButton(QCoreApplication.translate("BatchOutput", "打开文件夹"), QMessageBox.ActionRole)
    box.addButton(QCoreApplication.translate("BatchOutput", "关闭"), QMessageBox.RejectRole)
    box.exec()
    if box.clickedButton() is open_button:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
