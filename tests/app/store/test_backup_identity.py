"""Issue 13 items 8 and 9: backups are keyed by the database's own UUID (two files of the same name are
two databases); every backup the program writes is listed and thinned (also the second one within a
second); a .part left by a killed copy is removed; no plaintext copy outlives turning encryption on, and a
failure half way loses nothing."""
import datetime as dt
import os
import shutil
import sqlite3
import subprocess
import sys
import types

import pytest

from app import maintenance
from app.roster.models import Officer
from app.roster.officers import OfficerData, create_officer
from app.store import backup, encryption, identity
from app.store import db as store
from app.store.db import connect_file
from app.workbench import close_database, open_database


def add(name):
    return create_officer(OfficerData(name=name, unit="青山县人民法院"))


def officers_in(path, key=None):
    conn = connect_file(path, passphrase=key)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM officer"))
    finally:
        conn.close()


def plaintext(path):
    data = path.read_bytes()
    return data[:16] == b"SQLite format 3\x00" or b"CREATE TABLE" in data


def two_offices(tmp_path):
    """Two databases both called jiaozheng.db, in two folders, each with one backup."""
    first, second = tmp_path / "甲科室" / "jiaozheng.db", tmp_path / "乙科室" / "jiaozheng.db"
    made = {}
    for path, name in ((second, "乙的人"), (first, "甲的人")):
        path.parent.mkdir()
        open_database(path)
        add(name)
        made[path] = maintenance.make_backup("auto")
        close_database()
    return first, second, made


# ---------------------------------------------------------------- item 8: keyed by the database's UUID

def test_two_files_of_the_same_name_keep_their_backups_apart(tmp_path):
    first, second, made = two_offices(tmp_path)
    assert made[first].path.parent != made[second].path.parent
    open_database(first)
    listed = [b.path for b in backup.list_backups()]
    assert listed == [made[first].path]  # never offered the other office's backup
    with pytest.raises(backup.BackupFailed, match="属于另一个数据库"):
        maintenance.restore(made[second].path)  # picked by hand ("选择其他备份文件…"): refused
    assert [o.name for o in Officer.select()] == ["甲的人"]
    close_database()


@pytest.mark.skipif(not encryption.available(), reason="sqlcipher3 not installed")
def test_encrypting_one_office_leaves_the_other_offices_backups(tmp_path):
    first, second, made = two_offices(tmp_path)
    open_database(first)
    assert maintenance.enable_encryption("正确密码12345", "正确密码12345") == 1
    close_database()
    assert not made[first].path.exists()
    assert made[second].path.exists() and officers_in(made[second].path) == ["乙的人"]


def _as_made_before_the_uuid(path):
    """What a backup written by the old program looks like: no UUID in it, filed by the file's stem."""
    conn = sqlite3.connect(str(path))
    conn.execute("DELETE FROM setting WHERE key = 'database_uuid'")
    conn.commit()
    conn.close()


def test_backups_made_under_the_old_naming_are_still_found_for_their_own_file(tmp_path, data_dir):
    first, second, made = two_offices(tmp_path)
    legacy = data_dir / "backups" / "jiaozheng"
    legacy.mkdir(parents=True)
    old = {}
    for path, stamp in ((first, "20260101-120000"), (second, "20260102-120000")):
        old[path] = legacy / f"jiaozheng-{stamp}-auto.db"
        shutil.copyfile(path, old[path])
        _as_made_before_the_uuid(old[path])
    conn = sqlite3.connect(str(old[second]))  # the two offices' files were made at different times
    conn.execute("UPDATE schema_info SET value = '2020-05-05T08:00:00' WHERE key = 'created'")
    conn.commit()
    conn.close()
    open_database(first)
    listed = {b.path.name for b in backup.list_backups()}
    assert listed == {made[first].path.name, old[first].name}  # moved into the UUID folder, the other left
    assert (backup.backup_folder() / old[first].name).exists() and old[second].exists()
    close_database()


def test_a_damaged_file_still_finds_its_backups_by_its_path(tmp_path):
    path = tmp_path / "office.db"
    open_database(path)
    add("甲")
    maintenance.make_backup("auto")
    store.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    path.write_bytes(b"SQLite format 3\x00" + b"\x5a" * 8000)  # the UUID can no longer be read
    good = backup.newest_good_backups(path)
    assert len(good) == 1 and officers_in(good[0].path) == ["甲"]


# ---------------------------------------------------------------- item 9: listed, thinned, no leftovers

class _FrozenClock(dt.datetime):
    @classmethod
    def now(cls, tz=None):
        return cls(2026, 12, 3, 10, 0, 0)


def test_every_backup_made_within_one_second_is_listed_and_thinned(db, monkeypatch):
    monkeypatch.setattr(backup, "dt", types.SimpleNamespace(datetime=_FrozenClock, timedelta=dt.timedelta))
    add("甲")
    made = [maintenance.make_backup("auto").path for _ in range(backup.RECENT_CAP + 12)]
    assert made[1].name.endswith("-auto-2.db")
    on_disk = sorted(p.name for p in backup.backup_folder().glob("*.db"))
    listed = sorted(b.path.name for b in backup.list_backups())
    assert listed == on_disk  # nothing written that the listing (and so the thinning) cannot see
    assert len(on_disk) <= backup.RECENT_CAP + 1
    assert backup.list_backups()[0].path == made[-1]  # newest first, -60 after -9


def _dead_pid():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_part_file_left_by_a_killed_backup_is_removed_next_time(db):
    add("甲")
    folder = backup.backup_folder()
    folder.mkdir(parents=True, exist_ok=True)
    killed = folder / f"test-20261203-100000-auto.db.{_dead_pid()}.part"
    older_program = folder / "test-20261203-090000-auto.db.part"
    for part in (killed, older_program):
        part.write_bytes(b"SQLite format 3\x00half a copy")
    os.utime(older_program, (0, 0))
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        in_progress = folder / f"test-20261203-100001-auto.db.{sleeper.pid}.part"  # another copy being written
        in_progress.write_bytes(b"SQLite format 3\x00being written")
        backup.list_backups()
        assert not killed.exists() and not older_program.exists() and in_progress.exists()
    finally:
        sleeper.kill()
        sleeper.wait()
    maintenance.make_backup("auto")
    assert not in_progress.exists() and not list(folder.glob("*.part"))


# ---------------------------------------------------------------- item 9: no plaintext copy after encryption

needs_cipher = pytest.mark.skipif(not encryption.available(), reason="sqlcipher3 not installed")


def _with_pre_upgrade_copy(db):
    add("甲")
    maintenance.make_backup("auto")
    return store.pre_migration_copy(db, 7)  # what opening the file with the next version leaves beside it


@needs_cipher
def test_encryption_leaves_no_plaintext_copy_beside_the_file(db):
    bak = _with_pre_upgrade_copy(db)
    assert plaintext(bak)
    maintenance.enable_encryption("正确密码12345", "正确密码12345")
    leftovers = [p for p in db.parent.iterdir() if p.is_file() and p != db and not p.name.endswith(("-wal", "-shm"))]
    assert [p for p in leftovers if plaintext(p)] == []
    assert officers_in(bak, "正确密码12345") == ["甲"]  # the pre-upgrade copy is kept, encrypted
    assert all(b.encrypted for b in backup.list_backups())


@needs_cipher
def test_encryption_failing_in_the_conversion_changes_nothing(db, monkeypatch):
    bak = _with_pre_upgrade_copy(db)
    plain_backup = backup.list_backups()[0].path
    real = encryption.convert

    def dies_half_way(source, source_key, dest, dest_key):
        dest.write_bytes(b"half")
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(encryption, "convert", dies_half_way)
    with pytest.raises(Exception):
        maintenance.enable_encryption("正确密码12345", "正确密码12345")
    monkeypatch.setattr(encryption, "convert", real)
    assert not store.is_encrypted() and [o.name for o in Officer.select()] == ["甲"]
    assert plaintext(db) and officers_in(bak) == ["甲"] and officers_in(plain_backup) == ["甲"]
    assert not db.with_name(db.name + ".encrypting").exists()


@needs_cipher
def test_encryption_whose_encrypted_backup_fails_keeps_the_plaintext_backups(db, monkeypatch):
    bak = _with_pre_upgrade_copy(db)
    plain_backup = backup.list_backups()[0].path

    def no_space(source, dest, passphrase=None, tmp=None):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "copy_sqlite_file", no_space)
    with pytest.raises(backup.AppError, match="加密备份失败"):
        maintenance.enable_encryption("正确密码12345", "正确密码12345")
    # The file is encrypted and whole; until an encrypted backup exists, the plaintext ones stay.
    assert store.is_encrypted() and [o.name for o in Officer.select()] == ["甲"]
    assert officers_in(plain_backup) == ["甲"] and officers_in(bak) == ["甲"]


def test_identity_of_a_file_from_before_the_uuid_matches_by_creation_time():
    old = identity.Identity(None, "2026-01-01T10:00:00")
    assert identity.Identity("a", "2026-01-01T10:00:00").same_database(old)
    assert not identity.Identity("a", "2026-01-01T10:00:00").same_database(identity.Identity("b", "2026-01-01T10:00:00"))
    assert not identity.Identity("a", "2026-01-01T10:00:00").same_database(identity.Identity(None, "2027-01-01T10:00:00"))
    assert not identity.Identity(None, None).same_database(identity.Identity(None, None))


def test_restoring_a_backup_from_before_the_uuid_keeps_the_database_and_its_backups(db):
    add("甲")
    old = maintenance.make_backup("manual")
    _as_made_before_the_uuid(old.path)
    add("乙")
    own = identity.of_open_database().uuid
    maintenance.restore(old.path)
    assert [o.name for o in Officer.select()] == ["甲"]
    assert identity.of_open_database().uuid == own  # not a new UUID when the old copy is upgraded
    assert old.path in {b.path for b in backup.list_backups()}
