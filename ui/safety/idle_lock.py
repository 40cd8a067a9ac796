"""The idle screen lock: made with the main window, so it imports neither the accounts dialogs nor the table
models (and with them Qt's `Qt` namespace, whose Python enums cost tens of ms) before the window is painted."""
from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from app.safety import access
from app.safety import accounts


class IdleLock(QObject):
    """Counts idle time from keyboard and mouse events; locks when it passes the configured minutes."""

    ACTIVITY = {QEvent.KeyPress, QEvent.MouseButtonPress, QEvent.MouseMove, QEvent.Wheel, QEvent.TouchBegin}

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.window = window
        self.last_activity = time.monotonic()
        self.locked = False
        self.watching = False
        self.watch()
        self.timer = QTimer(self)
        self.timer.setInterval(15_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def watch(self) -> None:
        """Watch the keyboard and mouse only while accounts are on (nobody to lock out otherwise; the owner
        calls this again when they are switched). An application-wide filter costs a Python call for every
        event, and the window's first paint made PySide6 create ~140 Python enums (~30 ms) for the classes of
        the objects the events passed."""
        wanted = access.accounts_enabled()
        app = QApplication.instance()
        if wanted == self.watching or app is None:
            return
        if wanted:
            app.installEventFilter(self)
            self.last_activity = time.monotonic()
        else:
            app.removeEventFilter(self)
        self.watching = wanted

    def eventFilter(self, obj, event):
        if event.type() in self.ACTIVITY:
            self.last_activity = time.monotonic()
        return False

    def check(self) -> None:
        if self.locked or not access.accounts_enabled() or access.current_user() is None:
            return
        minutes = accounts.idle_lock_minutes()
        if minutes and time.monotonic() - self.last_activity >= minutes * 60:
            self.lock()

    def lock(self) -> None:
        if self.locked or access.current_user() is None:
            return
        self.locked = True
        try:
            from ui.safety.accounts import LockDialog

            LockDialog(self.window).exec()
        finally:
            self.locked = False
            self.last_activity = time.monotonic()

    def detach(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None and self.watching:
            app.removeEventFilter(self)
        self.watching = False
