"""Where a database's automatic backups are kept: `<data dir>/backups/<database UUID>/`.

- The folder is named by the database's own UUID (`app.store.identity`), so two files with the same name
  in different folders keep their backups apart.
- `source.txt` in each folder lists the database files (full paths) backed up into it: a file too damaged
  to read its UUID still finds its backups (the start-up recovery dialog).
- Backups made before the UUID were filed under `<data dir>/backups/<file stem>/`, shared by every file
  of that name. They are *moved* into the UUID folder the first time the database's backups are looked
  for, each only when its own creation time (`schema_info.created`) says it is this database's; the others
  stay where they are for the database they belong to.
- A `<backup>.<pid>.part` is a copy being written by process `pid`; one whose process is gone (killed
  mid-copy) is removed by the next backup or listing.
"""
from __future__ import annotations

import logging
import os
import re
import threading
import time
from pathlib import Path

from app.store.identity import Identity, of_file

log = logging.getLogger(__name__)

SOURCE_FILE = "source.txt"
PART = re.compile(r"^(?P<final>.+\.db)(?:\.(?P<pid>\d+))?\.part$")
LEGACY_PART_SECONDS = 600  # a `.part` without a process number (older program): stale after this

_writing: set[Path] = set()  # .part files this process is writing now
_writing_lock = threading.Lock()
_adopted: set[tuple[str, str]] = set()  # (uuid, legacy folder) already looked through in this process


def root() -> Path:
    from app.paths import data_dir

    return data_dir() / "backups"


def legacy_folder(db_path: Path) -> Path:
    """The folder of the name-keyed backups made before the UUID."""
    return root() / Path(db_path).stem


def folder_for(identity: Identity | None, db_path: Path) -> Path:
    if identity is not None and identity.uuid:
        return root() / identity.uuid
    found = folder_by_source(db_path)
    return found if found is not None else legacy_folder(db_path)


def _key(path: Path) -> str:
    try:
        return str(Path(path).resolve())
    except OSError:
        return str(path)


def record_source(folder: Path, db_path: Path) -> None:
    """Note in `folder` that `db_path` is backed up there (once per path)."""
    marker = folder / SOURCE_FILE
    key = _key(db_path)
    try:
        known = marker.read_text(encoding="utf-8").splitlines() if marker.exists() else []
        if key not in known:
            with open(marker, "a", encoding="utf-8") as fh:
                fh.write(key + "\n")
    except OSError:  # only a help for damaged files: never the reason a backup fails
        log.warning("could not update %s", marker, exc_info=True)


def folder_by_source(db_path: Path) -> Path | None:
    """The UUID folder that names `db_path` in its source.txt (the newest, if several do)."""
    key = _key(db_path)
    candidates = []
    base = root()
    if not base.is_dir():
        return None
    for marker in base.glob(f"*/{SOURCE_FILE}"):
        try:
            if key in marker.read_text(encoding="utf-8").splitlines():
                candidates.append((marker.stat().st_mtime, marker.parent))
        except OSError:
            continue
    return max(candidates)[1] if candidates else None


# ---------------------------------------------------------------- .part files

def part_path(dest: Path) -> Path:
    return dest.with_name(f"{dest.name}.{os.getpid()}.part")


def begin_part(part: Path) -> None:
    with _writing_lock:
        _writing.add(part)


def end_part(part: Path) -> None:
    with _writing_lock:
        _writing.discard(part)


def remove_stale_parts(folder: Path) -> list[Path]:
    """Remove the `.part` files in `folder` that nobody is writing any more. Returns them."""
    from app.store.lock import pid_alive

    removed = []
    if not folder.is_dir():
        return removed
    for part in folder.glob("*.part"):
        match = PART.match(part.name)
        if match is None:
            continue
        with _writing_lock:
            if part in _writing:
                continue
        pid = int(match["pid"]) if match["pid"] else None
        try:
            if pid is None:
                stale = time.time() - part.stat().st_mtime > LEGACY_PART_SECONDS
            else:
                stale = pid == os.getpid() or not pid_alive(pid)  # ours but not being written: left by a failure
            if stale:
                part.unlink()
                removed.append(part)
        except FileNotFoundError:
            continue
        except OSError:
            log.warning("could not remove %s", part, exc_info=True)
    return removed


# ---------------------------------------------------------------- backups from before the UUID

def adopt_legacy(identity: Identity | None, db_path: Path, passphrase: str | None, parse) -> list[Path]:
    """Move this database's name-keyed backups into its UUID folder. `parse(path)` → BackupInfo or None
    (the naming rule, from app.store.backup). Returns the new paths."""
    if identity is None or not identity.uuid:
        return []
    old = legacy_folder(db_path)
    memo = (identity.uuid, str(old))
    if memo in _adopted or not old.is_dir():
        return []
    _adopted.add(memo)
    target = root() / identity.uuid
    moved = []
    for path in sorted(old.glob("*.db")):
        info = parse(path)
        if info is None:
            continue
        own = of_file(path, passphrase if info.encrypted else None)
        if own is None or not identity.same_database(own):
            continue  # another database of the same name, or a backup we cannot read: left where it is
        target.mkdir(parents=True, exist_ok=True)
        dest = target / path.name
        if dest.exists():
            continue
        try:
            os.replace(path, dest)
        except OSError:
            log.warning("could not move %s into %s", path, target, exc_info=True)
            continue
        moved.append(dest)
    if moved:
        record_source(target, db_path)
        log.info("moved %d backups of %s from %s to %s", len(moved), db_path, old, target)
    return moved
