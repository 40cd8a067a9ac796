"""Files and processes for the trust tests (issue 13): the command line as a user runs it, a database with
accounts on, a damaged page, another program holding the file's lock or writing it."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAIN = str(ROOT / "main.py")
NEW_PEOPLE = [["姓名", "单位", "部门"], ["新人甲", "青山县人民法院", "立案庭"], ["新人乙", "青山县人民法院", "立案庭"]]


def run_cli(*args, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """`python main.py ARGS` in a child process (the data folder of the test is inherited)."""
    return subprocess.run([sys.executable, MAIN, *map(str, args)], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=timeout)


def refused(result: subprocess.CompletedProcess, *words: str) -> bool:
    """Exit 2 with a Chinese 错误： line naming `words`, and no traceback."""
    err = result.stderr
    return (result.returncode == 2 and err.startswith("错误：") and "Traceback" not in err
            and all(w in err for w in words))


def copy_of(source: Path, dest: Path) -> Path:
    shutil.copyfile(source, dest)
    return dest


def with_accounts(path: Path) -> Path:
    """Turn accounts on in the file at `path` (an administrator 'admin'), then close it: nobody signed in."""
    from app.safety import accounts
    from app.workbench import close_database, open_database

    open_database(path)
    try:
        accounts.enable("admin", "管理员", "secret123")
    finally:
        close_database()
    return path


def plain(path: Path):
    """A plain sqlite3 connection, as another program (or the sqlite3 shell) would have."""
    return sqlite3.connect(str(path), isolation_level=None)


def sql(path: Path, statement: str, params=()) -> list:
    conn = plain(path)
    try:
        return conn.execute(statement, params).fetchall()
    finally:
        conn.close()


def tables(path: Path) -> list[str]:
    return [r[0] for r in sql(path, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]


def corrupt_root_page(path: Path, table: str) -> None:
    """Overwrite the root page of `table` with garbage, as a torn write or a bad sector would leave it."""
    conn = plain(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    with open(path, "r+b") as fh:
        fh.seek((root - 1) * size)
        fh.write(b"\xff" * size)


HOLDER = """
import sys
sys.path.insert(0, {root!r})
from app.workbench import open_database, use_lock_files
use_lock_files(True)  # as the GUI opens a file
open_database({path!r})
print("holding", flush=True)
sys.stdin.read()
"""


@contextmanager
def another_program_has(path: Path):
    """A second process that has the database open the way the GUI does (its lock held) until the block ends."""
    child = subprocess.Popen([sys.executable, "-c", HOLDER.format(root=str(ROOT), path=str(path))],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                             env=dict(os.environ))
    try:
        line = child.stdout.readline()
        assert line.strip() == "holding", child.stderr.read()
        yield child
    finally:
        child.stdin.close()
        child.wait(timeout=60)


@contextmanager
def writing_transaction(path: Path):
    """Another program in the middle of a write: SQLite's write lock held, without our lock file."""
    conn = plain(path)
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    finally:
        conn.rollback()
        conn.close()
