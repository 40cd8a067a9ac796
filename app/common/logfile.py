"""The program's error log: a file that is renamed to .1 (then .2, .3, the oldest dropped) when it grows past
a size, as logging.handlers.RotatingFileHandler does.

Our own because that module imports socket, pickle and queue (6 ms of the start-up), and because on Windows
its rename fails while another copy of the program (the GUI and a CLI command) has the file open, and it then
drops the record and prints a traceback: here the rename is given up and the record written."""
from __future__ import annotations

import logging
import os
from pathlib import Path

MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class RotatingLog(logging.FileHandler):
    def __init__(self, path: Path | str, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        super().__init__(path, encoding="utf-8")
        self.max_bytes = max_bytes
        self.backups = backups
        self.setFormatter(logging.Formatter(FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        if self.stream is not None:
            try:
                line = self.format(record) + self.terminator
                if self.stream.tell() + len(line.encode("utf-8")) > self.max_bytes:
                    self.rotate()
            except Exception:  # noqa: BLE001 - logging must not raise; FileHandler.emit reports the record's own faults
                pass
        super().emit(record)

    def rotate(self) -> None:
        """Rename the file down the line of backups and begin a new one; on failure keep appending."""
        self.acquire()
        try:
            if self.stream is not None:
                self.stream.close()
                self.stream = None
            base = self.baseFilename
            try:
                for number in range(self.backups - 1, 0, -1):
                    older = f"{base}.{number}"
                    if os.path.exists(older):
                        os.replace(older, f"{base}.{number + 1}")
                os.replace(base, f"{base}.1")
            except OSError:  # held open elsewhere (Windows): the file grows a little past the size instead
                pass
            self.stream = self._open()
        finally:
            self.release()
