"""The start-up quick check runs in a thread of its own while the GUI thread imports the main window; a
damaged file is still found before the window is made, and leads to the recovery dialog as before."""
import threading

import pytest

from app.store.db import DatabaseDamaged
from app.workbench import close_database, open_database, use_lock_files


def damaged_after_opening(path):
    """A file that opens (its schema page is sound) but whose data pages are overwritten."""
    from app.roster.officers import OfficerData, create_officer
    from app.store.db import database

    open_database(path)
    for i in range(300):
        create_officer(OfficerData(name=f"人员{i}", unit="青山县人民法院", remarks="备注" * 20))
    database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    data = bytearray(path.read_bytes())
    size = len(data)
    data[size - 4096 * 12:size - 4096 * 2] = b"\x5a" * (4096 * 10)
    path.write_bytes(bytes(data))


def test_the_check_passes_a_sound_file_and_runs_the_work_meanwhile_on_this_thread(db):
    from ui.safety.startup import check_while

    ran = []
    check_while(lambda: ran.append(threading.get_ident()))
    assert ran == [threading.get_ident()]


def test_a_damaged_file_is_found_with_the_work_done_meanwhile(tmp_path):
    from ui.safety.startup import check_while

    path = tmp_path / "office.db"
    damaged_after_opening(path)
    open_database(path)
    ran = []
    try:
        with pytest.raises(DatabaseDamaged):
            check_while(lambda: ran.append(1))
        assert ran == [1]
        with pytest.raises(DatabaseDamaged):
            check_while(None)  # the same verdict as the check on the open connection
    finally:
        close_database()


def test_a_damaged_file_at_start_up_leads_to_the_recovery_dialog(qtbot, tmp_path, monkeypatch):
    from ui.safety import startup
    from ui.safety.backup import RecoveryDialog
    from ui.shell.application import create_application, import_main_window

    create_application()
    path = tmp_path / "office.db"
    damaged_after_opening(path)
    offered = []
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: offered.append(dialog) or 0)  # the user gives up
    try:
        assert startup.open_interactively(str(path), meanwhile=import_main_window) is False
        assert len(offered) == 1
    finally:
        close_database()
        use_lock_files(False)


def test_the_early_check_reads_the_file_before_qt_and_finds_the_damage(tmp_path):
    """run_gui begins the check before PySide6 is imported (ui.shell.application.start_early_check)."""
    from app.store import backup
    from app.store.early_check import EarlyCheck

    sound, damaged = tmp_path / "sound.db", tmp_path / "damaged.db"
    open_database(sound)
    close_database()
    damaged_after_opening(damaged)
    assert EarlyCheck.start(str(sound)).result() == [("ok",)]
    with pytest.raises(DatabaseDamaged):
        backup.judge_quick_check(EarlyCheck.start(str(damaged)).result)
    # Nothing to check early: a new name, an empty file, a URL, a file that is not SQLite (encrypted).
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    other = tmp_path / "other.db"
    other.write_bytes(b"\x00" * 4096)
    for target in (tmp_path / "new.db", empty, other, f"sqlite:///{sound}"):
        assert EarlyCheck.start(str(target)) is None


def test_the_early_verdict_on_a_damaged_file_leads_to_the_recovery_dialog(qtbot, tmp_path, monkeypatch):
    from app.store.early_check import EarlyCheck
    from ui.safety import startup
    from ui.safety.backup import RecoveryDialog
    from ui.shell.application import create_application, import_main_window

    create_application()
    path = tmp_path / "office.db"
    damaged_after_opening(path)
    early = EarlyCheck.start(str(path))
    offered = []
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: offered.append(dialog) or 0)  # the user gives up
    # The check on the open connection would find the damage too: prove the early verdict is the one used.
    checked_again = []
    monkeypatch.setattr(startup.backup, "quick_check_file", lambda *a: checked_again.append(a))
    try:
        assert startup.open_interactively(str(path), meanwhile=import_main_window, early=early) is False
        assert len(offered) == 1
        assert checked_again == []
    finally:
        close_database()
        use_lock_files(False)


def test_an_early_check_of_another_file_is_not_taken_for_this_one(qtbot, tmp_path, monkeypatch):
    from app.store.early_check import EarlyCheck
    from ui.safety import startup
    from ui.safety.backup import RecoveryDialog
    from ui.shell.application import create_application

    create_application()
    sound, damaged = tmp_path / "sound.db", tmp_path / "damaged.db"
    open_database(sound)
    close_database()
    damaged_after_opening(damaged)
    offered = []
    monkeypatch.setattr(RecoveryDialog, "exec", lambda dialog: offered.append(dialog) or 0)
    try:
        assert startup.open_interactively(str(damaged), early=EarlyCheck.start(str(sound))) is False
        assert len(offered) == 1  # checked afresh, and found damaged
    finally:
        close_database()
        use_lock_files(False)


def test_an_early_check_that_could_not_read_the_file_reports_sqlites_own_words(tmp_path):
    """A file with SQLite's header and nothing readable behind it: the early check fails outright, and the
    damaged-file message must name that failure (it once said "cannot access free variable 'exc'")."""
    from app.store import backup
    from app.store.early_check import EarlyCheck
    from ui.safety import startup

    path = tmp_path / "header-only.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    early = EarlyCheck.start(str(path))
    assert early is not None
    with pytest.raises(DatabaseDamaged) as raised:
        backup.judge_quick_check(startup.taken(early))
    assert "file is not a database" in str(raised.value) and "variable" not in str(raised.value)
