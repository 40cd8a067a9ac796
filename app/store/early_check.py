"""The start-up's damage check (SQLite's quick check), begun before anything else is loaded.

The GUI starts it first thing (ui.shell.application.run_gui): a thread reads the whole file while the main
thread imports PySide6 and makes the application, ~150 ms of work that holds the GIL most of the time, while
SQLite lets go of it as it reads. By the time the file is opened the answer is usually there, and the window
no longer waits for the check. Only the standard library is imported here, so starting it costs nothing.

Only a plain (unencrypted) local file gets an early check: an encrypted file needs its password first, a
URL its parsing; those are checked after opening, as before (ui.safety.startup.check_while). The result is
taken (`result()`) before the file is opened, so the thread never reads while the program migrates or
replaces the file.
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

SQLITE_HEADER = b"SQLite format 3\x00"


class EarlyCheck:
    def __init__(self, path: Path):
        self.path = path
        self._rows: list | None = None
        self._error: Exception | None = None
        # No Qt and (automatic collection being off, see run_gui) no garbage collection in this thread.
        self._thread = threading.Thread(target=self._run, name="start-up check", daemon=True)

    @classmethod
    def start(cls, target: str) -> "EarlyCheck | None":
        """Start checking `target` when it is a plain SQLite file on this machine; None otherwise."""
        text = str(target).strip()
        if not text or "://" in text or text.lower().startswith("file:") or text == ":memory:":
            return None
        path = Path(text)
        try:
            with open(path, "rb") as handle:
                if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                    return None  # new, empty, encrypted or not a database: the open says which
        except OSError:
            return None
        check = cls(path)
        check._thread.start()
        return check

    def _run(self) -> None:
        try:
            conn = sqlite3.connect(self.path.resolve().as_uri() + "?mode=ro", uri=True)
            try:
                self._rows = conn.execute("PRAGMA quick_check").fetchall()
            finally:
                conn.close()
        except Exception as exc:  # judged on the GUI thread (result)
            self._error = exc

    def covers(self, path: Path | str) -> bool:
        """True when this check read the file `path` names."""
        try:
            return self.path.resolve() == Path(path).resolve()
        except OSError:
            return False

    def result(self) -> list:
        """The quick check's rows, waiting for the thread; raises what reading the file raised."""
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._rows or []
