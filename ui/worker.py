"""Run a long core function off the GUI thread, with a progress dialog (shown after 600 ms) and cancel.

The function receives a `Progress`; it must not touch Qt. peewee opens a separate connection for the
worker thread, and closes it when the job ends.
"""
from __future__ import annotations

import logging
import traceback
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.db import database
from app.errors import AppError
from app.jobs import Cancelled, Progress

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class _Signals(QObject):
    progress = Signal(float, str)
    finished = Signal(object)
    failed = Signal(object)  # an exception


class _QtProgress(Progress):
    def __init__(self, signals: _Signals):
        super().__init__()
        self._signals = signals

    def report(self, fraction: float, message: str = "") -> None:
        self.check()
        self._signals.progress.emit(fraction, message)


class Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.progress = _QtProgress(self.signals)
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn(self.progress)
        except BaseException as exc:  # reported to the GUI thread, shown there
            if not isinstance(exc, AppError):
                log.error("job failed:\n%s", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)
        finally:
            if database.obj is not None and not database.is_closed():
                database.close()  # this thread's connection only


_running: set[Job] = set()


def run_job(parent: QWidget | None, title: str, fn: Callable[[Progress], Any], *,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            cancellable: bool = True) -> Job:
    """Start `fn(progress)` in the thread pool. `on_done(result)` runs on the GUI thread."""
    job = Job(fn)
    dialog = QProgressDialog(title, translate("Worker", "取消") if cancellable else "", 0, 1000, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModal)
    dialog.setMinimumDuration(600)  # short jobs never flash a window
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setValue(0)
    dialog.canceled.connect(job.progress.cancel)

    def on_progress(fraction: float, message: str) -> None:
        dialog.setValue(int(max(0.0, min(1.0, fraction)) * 1000))
        if message:
            dialog.setLabelText(message)

    def finish() -> None:
        _running.discard(job)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()

    def on_finished(result: Any) -> None:
        finish()
        if on_done is not None:
            on_done(result)

    def on_failed(exc: BaseException) -> None:
        finish()
        if on_error is not None:
            on_error(exc)
        elif isinstance(exc, Cancelled):
            return
        else:
            show_error(parent, title, exc)

    job.signals.progress.connect(on_progress)
    job.signals.finished.connect(on_finished)
    job.signals.failed.connect(on_failed)
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if isinstance(exc, AppError):
        QMessageBox.warning(parent, title, str(exc))
    else:
        QMessageBox.critical(parent, title,
                             translate("Worker", "发生了意外错误：{error}\n\n详细信息已记录在错误日志中。").format(error=exc))
