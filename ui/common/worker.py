"""Run a long core function off the GUI thread, with a progress dialog (shown after 600 ms) and cancel.

The function receives a `Progress`; it must not touch Qt. Jobs run one at a time on one database worker
thread (as Anki's taskman does); peewee gives that thread its own connection, closed when a job ends.
Results come back to the GUI thread by job number, never as a Python object in a signal.
"""
from __future__ import annotations

import itertools
import logging
import threading
import traceback
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from app.store.db import database
from app.errors import AppError
from app.jobs import Cancelled, Progress

from ui.common import gc_policy

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


class _Signals(QObject):
    # Only plain values cross threads: a Python object as a payload is wrapped on the worker thread and may
    # be freed there. The job's result or exception stays in `_outcomes` until the GUI thread takes it.
    progress = Signal(float, str)
    ended = Signal(int)  # the job's number


class _QtProgress(Progress):
    def __init__(self, signals: _Signals):
        super().__init__()
        self._signals = signals

    def report(self, fraction: float, message: str = "") -> None:
        self.check()
        self._signals.progress.emit(float(fraction), str(message))


_outcomes: dict[int, tuple[bool, Any]] = {}  # job number → (succeeded, result or exception)
_outcomes_lock = threading.Lock()
_numbers = itertools.count(1)
_pool: QThreadPool | None = None


def database_worker() -> QThreadPool:
    """The one worker thread. Jobs queue there, one at a time, so the program never has more than two
    connections to the file (the GUI thread's and this one's) and jobs never race each other's writes."""
    global _pool
    if _pool is None:
        _pool = QThreadPool(QCoreApplication.instance())
        _pool.setMaxThreadCount(1)
        _pool.setExpiryTimeout(-1)  # keep the thread (and its connection) between jobs
    return _pool


class Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any]):
        super().__init__()
        self.fn = fn
        self.number = next(_numbers)
        self.signals = _Signals()
        self.progress = _QtProgress(self.signals)
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            outcome = (True, self.fn(self.progress))
        except BaseException as exc:  # reported to the GUI thread, shown there
            if not isinstance(exc, AppError):
                log.error("job failed:\n%s", traceback.format_exc())
            outcome = (False, exc)
        finally:
            if database.obj is not None and not database.is_closed():
                database.close()  # this thread's connection: the file may be switched before the next job
        with _outcomes_lock:
            _outcomes[self.number] = outcome
        del outcome
        self.signals.ended.emit(self.number)


def take_outcome(number: int) -> tuple[bool, Any]:
    with _outcomes_lock:
        return _outcomes.pop(number)


_running: set[Job] = set()


def run_job(parent: QWidget | None, title: str, fn: Callable[[Progress], Any], *,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            cancellable: bool = True) -> Job:
    """Start `fn(progress)` on the database worker. `on_done(result)` / `on_error(exc)` run on the GUI thread."""
    from PySide6.QtCore import Qt  # not at import: `Qt` makes ~90 Python enums (~40 ms) the start-up need not wait for

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

    def on_ended(number: int) -> None:
        _running.discard(job)
        dialog.reset()
        dialog.hide()
        dialog.deleteLater()
        succeeded, value = take_outcome(number)
        try:
            if succeeded:
                if on_done is not None:
                    on_done(value)
            elif on_error is not None:
                on_error(value)
            elif not isinstance(value, Cancelled):
                show_error(parent, title, value)
        finally:
            del value
            gc_policy.collect_later()  # whatever the job left in cycles is freed here, on the GUI thread

    job.signals.progress.connect(on_progress)
    job.signals.ended.connect(on_ended)
    _running.add(job)
    database_worker().start(job)
    return job


def wait_for_jobs(timeout_ms: int = 30000) -> bool:
    """Wait until the worker is idle (closing the program, switching the file, tests)."""
    return _pool is None or _pool.waitForDone(timeout_ms)


def show_error(parent: QWidget | None, title: str, exc: BaseException) -> None:
    if isinstance(exc, AppError):
        QMessageBox.warning(parent, title, str(exc))
    else:
        QMessageBox.critical(parent, title,
                             translate("Worker", "发生了意外错误：{error}\n\n详细信息已记录在错误日志中。").format(error=exc))
