"""Backups, restore, check, damaged files, the lock file, read-only opening, encryption, a full disk."""
import datetime as dt
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from app.safety import access
from app.safety import accounts
from app.safety import audit
from app.store import backup
from app import maintenance
from app.store import encryption
from app.store import lock
from app.roster.officers import OfficerData, create_officer
from app.store.db import (
    PassphraseRequired, ReadOnlyDatabase, WrongPassphrase, current_path, database, is_read_only)
from app.workbench import close_database, open_database, use_lock_files
from app.errors import AppError, DatabaseError
from app.roster.models import Officer

ROOT = Path(__file__).resolve().parents[3]


def add(name, **kw):
    return create_officer(OfficerData(name=name, unit="青山县人民法院", **kw))


def integrity(path, key=None):
    from app.store.db import connect_file

    conn = connect_file(path, passphrase=key)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# ---------------------------------------------------------------- backups

def test_backup_is_written_verified_and_described(db, data_dir):
    add("甲")
    add("乙")
    info = maintenance.make_backup("manual")
    from app.store import identity

    assert info.path.parent == data_dir / "backups" / identity.of_open_database().uuid
    assert integrity(info.path) == "ok" and not list(info.path.parent.glob("*.part"))
    summary = maintenance.describe(info.path)
    assert summary.officers == 2 and summary.table_counts["人员"] == 2 and summary.schema_version >= 2
    assert backup.list_backups()[0].path == info.path
    assert audit.entries(audit.AuditFilter(action="backup"))


def test_backup_to_another_folder_like_a_usb_stick(db, tmp_path):
    add("甲")
    stick = tmp_path / "U盘"
    info = maintenance.make_backup("manual", folder=stick)
    assert info.path.parent == stick and maintenance.describe(info.path).officers == 1


def test_backup_only_when_something_changed(db):
    maintenance.make_backup("manual")
    assert maintenance.backup_if_changed() is None
    add("甲")
    assert maintenance.backup_if_changed() is not None
    assert maintenance.backup_if_changed() is None


def test_thinning_keeps_recent_then_daily_weekly_monthly(tmp_path):
    folder = tmp_path / "b"
    folder.mkdir()
    now = dt.datetime(2025, 6, 30, 12, 0, 0)
    made = []
    for hours in range(0, 24 * 200, 3):  # a backup every 3 hours for 200 days
        when = now - dt.timedelta(hours=hours)
        path = folder / f"x-{when:%Y%m%d-%H%M%S}-auto.db"
        path.write_bytes(b"")
        made.append(when)
    removed = backup.thin(folder, now)
    kept = sorted((b.made_at for b in backup.list_backups(folder)), reverse=True)
    assert len(removed) + len(kept) == len(made)
    assert sum(1 for k in kept if now - k < dt.timedelta(hours=24)) == 8  # every one of the last day
    days = {k.date() for k in kept if dt.timedelta(hours=24) <= now - k < dt.timedelta(days=14)}
    assert len(days) == len([k for k in kept if dt.timedelta(hours=24) <= now - k < dt.timedelta(days=14)])
    assert 13 <= len(days) <= 14
    weeks = [k for k in kept if dt.timedelta(days=14) <= now - k < dt.timedelta(days=61)]
    assert 6 <= len(weeks) <= 8
    months = [k for k in kept if now - k >= dt.timedelta(days=61)]
    assert len({(k.year, k.month) for k in months}) == len(months) and 4 <= len(months) <= 6
    assert backup.thin(folder, now) == []  # stable


def test_restore_round_trip_backs_up_the_current_file_first(db):
    add("甲")
    good = maintenance.make_backup("manual")
    add("乙")
    add("丙")
    safety = maintenance.restore(good.path)
    assert [o.name for o in Officer.select()] == ["甲"]
    assert maintenance.describe(safety.path).officers == 3  # what was there before the restore
    assert audit.entries(audit.AuditFilter(action="restore_backup"))
    assert current_path() == db and integrity(db) == "ok"


def test_restore_refuses_a_broken_backup_and_changes_nothing(db, tmp_path):
    add("甲")
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(8000))
    with pytest.raises(AppError):
        maintenance.restore(bad)
    assert Officer.select().count() == 1


def test_restore_needs_admin_when_accounts_are_on(db):
    good = maintenance.make_backup("manual")
    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("clerk", "录入", access.ROLE_CLERK, "secret-2")
    accounts.login("clerk", "secret-2")
    with pytest.raises(access.PermissionDenied):
        maintenance.restore(good.path)


def test_check_database_reports_clearly(db):
    add("甲")
    report = maintenance.check_database()
    assert report.ok and report.lines[0] == "检查结果：正常。" and report.backup.exists()
    database.execute_sql("PRAGMA foreign_keys = OFF")
    database.execute_sql("UPDATE officer SET unit_id = 999")
    database.execute_sql("PRAGMA foreign_keys = ON")
    report = maintenance.check_database()
    assert not report.ok
    assert any("人员 第 1 条记录（甲）引用的单位已不存在" in line for line in report.lines)


# ---------------------------------------------------------------- damaged files

def _damage(path: Path):
    """Overwrite pages in the middle of the file, as a failing disk would."""
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 2, min(len(data), 4096 * 12)):
        data[offset] = 0x5A
    path.write_bytes(bytes(data))


def _demo_like(path):
    open_database(path)
    for i in range(300):
        add(f"人员{i}", remarks="备注" * 20)
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def test_damaged_file_is_detected_and_recovered_from_the_newest_good_backup(tmp_path):
    path = tmp_path / "office.db"
    _demo_like(path)
    maintenance.make_backup("auto")
    close_database()
    _damage(path)
    with pytest.raises(DatabaseError):
        open_database(path)
        backup.quick_check()  # either opening or the start-up quick check finds it
    close_database()
    good = backup.newest_good_backups(path)
    assert len(good) == 1
    aside = maintenance.recover(path, good[0].path)
    assert aside.exists() and aside.name.startswith("office.db.damaged-")
    open_database(path)
    backup.quick_check()
    assert Officer.select().count() == 300
    close_database()


def test_garbage_file_is_refused_not_replaced(tmp_path):
    path = tmp_path / "office.db"
    path.write_bytes(b"\x00" * 100)
    with pytest.raises(DatabaseError):
        open_database(path)
    assert path.read_bytes() == b"\x00" * 100


# ---------------------------------------------------------------- one writer per file

def test_second_instance_is_told_who_holds_the_file_and_may_read(tmp_path):
    path = tmp_path / "office.db"
    open_database(path)
    add("甲")
    close_database()
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        sys.path.insert(0, {str(ROOT)!r})
        from app.workbench import open_database, use_lock_files
        use_lock_files(True)
        open_database({str(path)!r})
        print("ready", flush=True)
        time.sleep(30)
        """)], stdout=subprocess.PIPE, text=True, env={**os.environ, "JZ_DATA_DIR": str(tmp_path / "d2")})
    try:
        assert holder.stdout.readline().strip() == "ready"
        use_lock_files(True)
        with pytest.raises(lock.LockHeld) as info:
            open_database(path)
        assert info.value.info.pid == holder.pid and "本机" in str(info.value)
        open_database(path, read_only=True)
        assert is_read_only() and not access.can(access.EDIT)
        assert Officer.select().count() == 1
        with pytest.raises(ReadOnlyDatabase, match="只读"):
            add("乙")
        close_database()
    finally:
        use_lock_files(False)
        holder.kill()
        holder.wait()
    # The holder died without cleaning up: its lock is stale and is taken over.
    assert lock.read(path).pid == holder.pid
    use_lock_files(True)
    try:
        open_database(path)
        assert lock.read(path).pid == os.getpid()
        close_database()
        assert lock.read(path) is None
    finally:
        use_lock_files(False)


def test_lock_from_another_computer_is_stale_only_after_hours(tmp_path):
    path = tmp_path / "office.db"
    fresh = lock.LockInfo("另一台电脑", "zhang", 4242, dt.datetime.now() - dt.timedelta(minutes=5))
    old = lock.LockInfo("另一台电脑", "zhang", 4242, dt.datetime.now() - dt.timedelta(hours=lock.STALE_HOURS + 1))
    assert not lock.is_stale(fresh) and lock.is_stale(old)
    lock.lock_path(path).write_text(
        '{"host": "另一台电脑", "user": "zhang", "pid": 4242, "time": "%s"}'
        % fresh.time.isoformat(timespec="seconds"), encoding="utf-8")
    with pytest.raises(lock.LockHeld, match="另一台电脑"):
        lock.acquire(path)


def test_read_only_file_opens_read_only(tmp_path, monkeypatch):
    path = tmp_path / "cd.db"
    open_database(path)
    add("甲")
    close_database()
    monkeypatch.setattr(os, "access", lambda p, mode: mode != os.W_OK)  # as on a write-protected stick
    with pytest.raises(ReadOnlyDatabase, match="只读"):
        open_database(path)
    open_database(path, read_only=True)
    assert Officer.select().count() == 1
    with pytest.raises(ReadOnlyDatabase):
        add("乙")
    close_database()


# ---------------------------------------------------------------- encryption

needs_cipher = pytest.mark.skipif(not encryption.available(), reason="sqlcipher3 not installed")


@needs_cipher
def test_encryption_on_wrong_password_backups_encrypted_and_off(db):
    add("甲")
    plain_backup = maintenance.make_backup("auto")
    removed = maintenance.enable_encryption("正确密码12345", "正确密码12345")
    assert removed == 1 and not plain_backup.path.exists()
    # No plaintext schema: a 3-byte name could turn up in random ciphertext by chance, CREATE TABLE cannot.
    assert db.read_bytes()[:16] != b"SQLite format 3\x00" and b"CREATE TABLE" not in db.read_bytes()
    assert Officer.select().count() == 1
    info = maintenance.make_backup("manual")
    assert info.encrypted and info.path.read_bytes()[:6] != b"SQLite"
    with pytest.raises(PassphraseRequired):
        maintenance.describe(info.path)
    with pytest.raises(WrongPassphrase):
        maintenance.describe(info.path, "错误密码")
    assert maintenance.describe(info.path, "正确密码12345").officers == 1
    close_database()
    with pytest.raises(PassphraseRequired, match="已加密"):
        open_database(db)
    with pytest.raises(WrongPassphrase, match="密码不正确"):
        open_database(db, passphrase="错误密码")
    open_database(db, passphrase="正确密码12345")
    add("乙")
    assert maintenance.check_database().ok
    maintenance.change_encryption_password("正确密码12345", "新的密码67890", "新的密码67890")
    close_database()
    open_database(db, passphrase="新的密码67890")
    maintenance.restore(info.path, passphrase="正确密码12345")  # a backup under the old password
    assert Officer.select().count() == 1
    maintenance.disable_encryption("正确密码12345")
    close_database()
    open_database(db)
    assert Officer.select().count() == 1


@needs_cipher
def test_encryption_refuses_a_short_or_mismatched_password(db):
    with pytest.raises(AppError, match="至少"):
        maintenance.enable_encryption("short", "short")
    with pytest.raises(AppError, match="不一致"):
        maintenance.enable_encryption("long-password-1", "long-password-2")
    assert db.read_bytes()[:16] == b"SQLite format 3\x00"


# ---------------------------------------------------------------- a full disk

def test_full_disk_gives_a_clear_error_and_leaves_the_file_whole(tmp_path):
    """The child may write only a few hundred KB (RLIMIT_FSIZE), then inserts a big batch."""
    path = tmp_path / "full.db"
    open_database(path)
    add("甲")
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    size = path.stat().st_size
    script = textwrap.dedent(f"""
        import resource, signal, sys
        sys.path.insert(0, {str(ROOT)!r})
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        from app.workbench import open_database, database
        from app.roster.models import OutsideLeader
        open_database({str(path)!r})
        resource.setrlimit(resource.RLIMIT_FSIZE, ({size} + 200_000, {size} + 200_000))
        try:
            with database.atomic():
                OutsideLeader.insert_many([dict(name="领导", organization="县政府", remarks="很长的备注" * 200)
                                           for _ in range(2000)]).execute()
        except Exception as exc:
            print(type(exc).__name__, exc)
        print("count", OutsideLeader.select().count())
        """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                            env={**os.environ, "JZ_DATA_DIR": str(tmp_path / "d")})
    assert "WriteFailed" in result.stdout and "磁盘已满或无法写入" in result.stdout, result.stdout + result.stderr
    assert "count 0" in result.stdout
    assert integrity(path) == "ok"
    open_database(path)
    assert Officer.select().count() == 1
    close_database()


def test_backup_to_a_full_stick_fails_clearly_and_leaves_nothing(db, tmp_path, monkeypatch):
    import app.store.db as dbmod

    add("甲")

    def no_space(source, dest, passphrase=None, tmp=None):  # the disk fills up half-way through the copy
        dest.parent.mkdir(parents=True, exist_ok=True)
        (tmp or dest.with_name(dest.name + ".part")).write_bytes(b"half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backup, "copy_sqlite_file", no_space)
    stick = tmp_path / "stick"
    with pytest.raises(backup.BackupFailed, match="失败"):
        maintenance.make_backup("manual", folder=stick)
    assert list(stick.iterdir()) == []
    assert dbmod.current_path() == db


@needs_cipher
def test_switching_files_remembers_the_password_and_the_gui_prompt_is_asked(db, tmp_path):
    from app.workbench import set_open_prompts

    add("甲")
    maintenance.enable_encryption("正确密码12345", "正确密码12345")
    open_database(tmp_path / "other.db")  # 文件 → 打开数据库 switches to another file…
    open_database(db)  # …and back (or back after a failed switch): no password asked again
    assert Officer.select().count() == 1
    close_database()  # a real close forgets it
    asked = []
    set_open_prompts(passphrase_prompt=lambda path, message: asked.append(message) or
                     ("错误密码" if len(asked) == 1 else "正确密码12345"))
    try:
        open_database(db)
    finally:
        set_open_prompts()
    assert len(asked) == 2 and "密码不正确" in asked[1]
    assert Officer.select().count() == 1
