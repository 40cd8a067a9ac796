"""Long jobs report progress and honour cancellation through this small, Qt-free interface."""
from __future__ import annotations

import threading

from app.errors import AppError


class Cancelled(AppError):
    def __init__(self):
        super().__init__("操作已取消，数据未作改动。")


class Progress:
    """Passed to long core functions. The UI subclass forwards reports to a progress dialog."""

    def __init__(self):
        self._cancel = threading.Event()

    def report(self, fraction: float, message: str = "") -> None:
        """fraction in [0, 1]. Raises Cancelled when the user asked to stop."""
        self.check()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class NullProgress(Progress):
    pass
