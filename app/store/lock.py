"""One writer per database file: a lock file beside it (`<db>.lock`) says who has it open.

The lock file holds JSON: host, user, pid, time (refreshed by the GUI every few minutes). A second copy of
the program finds it and is told who holds the file; it may then open the file read-only. A lock left
by a crash is stale and taken over: on the same computer when its process is gone, from another
computer when it has not been refreshed for STALE_HOURS.
"""
from __future__ import annotations

import datetime as dt
import getpass
import json
import logging
import os
import socket
import time
from dataclasses import dataclass
from pathlib import Path

from app.errors import DatabaseError

log = logging.getLogger(__name__)

STALE_HOURS = 12  # a holder on another computer that has not refreshed for this long has crashed
WRITING_SECONDS = 2.0  # an unreadable lock file younger than this is still being written by its holder
ATTEMPTS = 60


@dataclass(frozen=True)
class LockInfo:
    host: str
    user: str
    pid: int
    time: dt.datetime

    def describe(self) -> str:
        where = "本机" if self.host == host_name() else f"电脑“{self.host}”"
        return f"{where}上的用户“{self.user}”（进程 {self.pid}），自 {self.time:%Y-%m-%d %H:%M} 起"


class LockHeld(DatabaseError):
    def __init__(self, path: Path, info: LockInfo):
        super().__init__(f"数据库 {path.name} 正由{info.describe()}使用。"
                         "为免两处同时修改造成混乱，同一时间只能有一个程序修改它。可以只读方式打开查看。")
        self.path = path
        self.info = info


UNREADABLE = LockInfo("?", "?", 0, dt.datetime.min)  # what an unreadable lock file says


def host_name() -> str:
    return socket.gethostname() or "unknown"


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:
        return "unknown"


def lock_path(db_path: Path) -> Path:
    """Beside the file itself: a symbolic link to the database (or a linked folder) finds the same lock."""
    return Path(os.path.realpath(db_path) + ".lock")


def pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name == "nt":
        import ctypes

        PROCESS_QUERY_LIMITED_INFORMATION = 0x1000
        STILL_ACTIVE = 259
        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(PROCESS_QUERY_LIMITED_INFORMATION, False, pid)
        if not handle:
            return False
        try:
            code = ctypes.c_ulong()
            if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
                return True
            return code.value == STILL_ACTIVE
        finally:
            kernel32.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def read(db_path: Path) -> LockInfo | None:
    """Who holds the lock, or None when there is no lock file (or an unreadable one)."""
    try:
        data = json.loads(lock_path(db_path).read_text(encoding="utf-8"))
        return LockInfo(str(data["host"]), str(data["user"]), int(data["pid"]), dt.datetime.fromisoformat(data["time"]))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return UNREADABLE  # garbage: treated as stale (unless just created)


def _age_seconds(path: Path) -> float:
    try:
        return time.time() - path.stat().st_mtime
    except OSError:
        return 0.0


def is_stale(info: LockInfo, now: dt.datetime | None = None) -> bool:
    now = now or dt.datetime.now()
    if info.host == host_name():
        return info.pid != os.getpid() and not pid_alive(info.pid)
    return now - info.time > dt.timedelta(hours=STALE_HOURS)


class FileLock:
    def __init__(self, db_path: Path):
        self.db_path = Path(db_path)
        self.path = lock_path(self.db_path)
        self.held = False

    def _payload(self) -> str:
        return json.dumps({"host": host_name(), "user": _user(), "pid": os.getpid(),
                           "time": dt.datetime.now().isoformat(timespec="seconds")}, ensure_ascii=False)

    def try_create(self) -> bool:
        """Create the lock file with its content in one step (written aside, then hard-linked into place), so
        that nobody ever reads a half-written lock and takes it for garbage left by a crash."""
        tmp = self.path.with_name(f"{self.path.name}.{os.getpid()}.new")
        try:
            tmp.write_text(self._payload(), encoding="utf-8")
        except OSError as exc:
            raise DatabaseError(f"无法在 {self.path.parent} 建立锁文件（{exc.strerror}），请检查该文件夹能否写入。") from exc
        try:
            os.link(tmp, self.path)
        except FileExistsError:
            return False
        except OSError:  # no hard links here (a FAT stick): create-exclusive, then write
            return self._create_exclusive()
        finally:
            tmp.unlink(missing_ok=True)
        self.held = True
        return True

    def _create_exclusive(self) -> bool:
        try:
            fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            return False
        except OSError as exc:
            raise DatabaseError(f"无法在 {self.path.parent} 建立锁文件（{exc.strerror}），请检查该文件夹能否写入。") from exc
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(self._payload())
        self.held = True
        return True

    def refresh(self) -> None:
        """Rewrite the time so other computers see the holder is alive."""
        if not self.held:
            return
        info = read(self.db_path)
        if info is not None and (info.host, info.pid) != (host_name(), os.getpid()):
            log.warning("lock file %s was taken by %s", self.path, info)
            self.held = False
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            tmp.write_text(self._payload(), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:
            log.warning("could not refresh %s", self.path, exc_info=True)

    def release(self) -> None:
        if not self.held:
            return
        info = read(self.db_path)
        if info is not None and (info.host, info.pid) == (host_name(), os.getpid()):
            try:
                self.path.unlink()
            except OSError:
                log.warning("could not remove %s", self.path, exc_info=True)
        self.held = False


def acquire(db_path: Path) -> FileLock:
    """Take the lock for `db_path`, taking over a stale one. Raises LockHeld when someone else has it."""
    db_path = Path(db_path)
    lock = FileLock(db_path)
    for attempt in range(ATTEMPTS):
        if lock.try_create():
            return lock
        info = read(db_path)
        if info is None:
            continue  # released meanwhile
        if info == UNREADABLE and _age_seconds(lock.path) < WRITING_SECONDS and attempt < ATTEMPTS - 1:
            time.sleep(0.05)  # created this instant by a holder that has yet to write it (no hard links)
            continue
        if info.host == host_name() and info.pid == os.getpid():
            lock.held = True  # our own (the same file opened again)
            lock.refresh()
            return lock
        if not is_stale(info):
            raise LockHeld(db_path, info)
        log.warning("taking over stale lock of %s: %s", db_path.name, info)
        try:
            lock.path.unlink()
        except FileNotFoundError:
            pass
    raise DatabaseError(f"无法建立数据库 {db_path.name} 的锁文件，请检查该文件夹能否写入。")
