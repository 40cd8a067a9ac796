"""Python's cyclic garbage collector runs on the GUI thread only, as Anki does (aqt/main.py).

With automatic collection on, a collection can start in whatever thread happens to allocate, e.g. a worker
laying out a PDF in reportlab, and free Python wrappers of Qt objects that belong to the GUI thread while
the GUI thread is using them: the suite segfaulted that way once in five runs. So `install()` turns the
automatic collector off and collects on the GUI thread instead: on a timer, after every dialog closes
(`collect_after(dialog)`; the shared FormDialog and the job runner do it themselves) and when the program quits.
Reference counting still frees everything that is not in a cycle at once; only cycles wait for the timer.
"""
from __future__ import annotations

import gc
import logging
import time

from PySide6.QtCore import QCoreApplication, QThread, QTimer
from PySide6.QtWidgets import QDialog

log = logging.getLogger(__name__)

INTERVAL_MS = 5 * 60 * 1000  # Anki collects every 5 minutes; dialogs closing add collections in between

_timer: QTimer | None = None
_pending = False
collections = 0  # how many collections ran (tests and the bench read it)


def on_gui_thread() -> bool:
    app = QCoreApplication.instance()
    return app is not None and QThread.currentThread() is app.thread()


def collect() -> None:
    """Collect now. Must be called on the GUI thread; from elsewhere it only schedules one."""
    global _pending, collections
    if not on_gui_thread():
        raise RuntimeError("garbage collection must run on the GUI thread")
    _pending = False
    started = time.perf_counter()
    found = gc.collect()
    collections += 1
    elapsed = (time.perf_counter() - started) * 1000
    if elapsed > 100:
        log.info("garbage collection took %.0f ms (%d objects)", elapsed, found)


def collect_later() -> None:
    """Collect on the GUI thread once the current event is handled (after a dialog closes, a job ends)."""
    global _pending
    if _pending or QCoreApplication.instance() is None:
        return
    _pending = True
    QTimer.singleShot(0, QCoreApplication.instance(), _collect_if_pending)


def _collect_if_pending() -> None:
    if _pending:
        collect()


def collect_after(dialog: QDialog) -> None:
    """Collect once `dialog` is finished (accepted or rejected): it leaves wrappers behind."""
    dialog.finished.connect(lambda _result: collect_later())


def install(app: QCoreApplication | None = None) -> None:
    """Turn automatic collection off and collect on the GUI thread instead. Call once, on the GUI thread."""
    global _timer
    app = app or QCoreApplication.instance()
    gc.disable()
    gc.collect()
    if _timer is None:
        _timer = QTimer(app)
        _timer.setInterval(INTERVAL_MS)
        _timer.timeout.connect(collect)
        _timer.start()
        app.aboutToQuit.connect(collect)  # once, with the timer: install() may be called again


def installed() -> bool:
    return _timer is not None and not gc.isenabled()
