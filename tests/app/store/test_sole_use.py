"""Issue 13, item 7: the command line holds the database's lock while it works, so a restore or `demo --force`
cannot rename a file over one being written; restore refuses while another program has the file or is writing."""
import pytest

from app import maintenance
from app.roster.officers import OfficerData, create_officer
from app.store.db import DatabaseBusy
from app.store.lock import LockHeld, lock_path
from app.workbench import close_database, open_database
from tests.support.trust_files import NEW_PEOPLE, another_program_has, refused, run_cli, sql, writing_transaction
from tests.support.xlsx_helpers import write_xlsx


def officers(path):
    return sql(path, "SELECT count(*) FROM officer")[0][0]


@pytest.fixture
def office(tmp_path):
    path = tmp_path / "office.db"
    open_database(path)
    create_officer(OfficerData(name="甲", unit="县法院"))
    close_database()
    return path


def test_writing_commands_are_refused_while_the_gui_has_the_file(office, tmp_path):
    roster = write_xlsx(tmp_path / "new.xlsx", NEW_PEOPLE)
    with another_program_has(office):
        result = run_cli("--db", office, "import-roster", roster, "--create-units")
        assert refused(result, "正由", "使用"), result.stderr
        result = run_cli("--db", office, "export-roster", tmp_path / "r.xlsx")
        assert refused(result, "正由"), result.stderr
        stats = run_cli("--db", office, "stats", "--json")  # reading needs no lock: read-only
        assert stats.returncode == 0, stats.stderr
    assert officers(office) == 1 and not (tmp_path / "r.xlsx").exists()
    result = run_cli("--db", office, "import-roster", roster, "--create-units")  # and once the GUI is gone, it works
    assert result.returncode == 0, result.stderr
    assert officers(office) == 3
    assert not lock_path(office).exists()  # the command let go of the lock


def test_an_import_in_progress_holds_the_lock_so_restore_and_demo_cannot_swap_the_file(office, tmp_path):
    """The break of the review: restore renamed a backup over the file a running import was writing; the import
    said "新增 … 人", exit 0, and the rows were gone. The import is stopped (SIGSTOP) while it holds the file."""
    import signal
    import subprocess
    import sys
    import time

    from tests.support.trust_files import MAIN

    people = [NEW_PEOPLE[0]] + [[f"新人{i:04d}", "青山县人民法院", "立案庭"] for i in range(3000)]
    roster = write_xlsx(tmp_path / "many.xlsx", people)
    open_database(office)
    safe = maintenance.make_backup("manual", folder=tmp_path / "b")
    close_database()
    child = subprocess.Popen([sys.executable, MAIN, "--db", str(office), "import-roster", str(roster), "--create-units"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        while child.poll() is None and not lock_path(office).exists():
            time.sleep(0.005)
        assert child.poll() is None, "the import never took the database's lock: " + child.communicate()[1]
        child.send_signal(signal.SIGSTOP)
        open_database(office)  # this process has no lock files (as a tool or a test): restore takes the lock
        try:
            with pytest.raises(LockHeld, match="正由"):
                maintenance.restore(safe.path)
        finally:
            close_database()
        result = run_cli("--db", office, "demo", "--force")
        assert refused(result, "正由"), result.stderr
    finally:
        child.send_signal(signal.SIGCONT)
        out, err = child.communicate(timeout=300)
    assert child.returncode == 0, err
    assert "新增 3000 人" in out
    assert officers(office) == 3001  # what the import reported is in the file


def test_restore_refuses_while_another_program_is_writing(office, tmp_path):
    open_database(office)
    try:
        safe = maintenance.make_backup("manual", folder=tmp_path / "b")
        create_officer(OfficerData(name="乙", unit="县法院"))
        with writing_transaction(office):  # e.g. an older copy of the program, without the lock file
            with pytest.raises(DatabaseBusy, match="正在被其他程序写入"):
                maintenance.restore(safe.path)
        assert officers(office) == 2
        maintenance.restore(safe.path)  # once it is done, the restore goes through
        assert officers(office) == 1
    finally:
        close_database()
    assert not lock_path(office).exists()


def test_restore_under_the_gui_lock_still_works(office, tmp_path):
    from app.workbench import use_lock_files

    use_lock_files(True)
    try:
        open_database(office)
        safe = maintenance.make_backup("manual", folder=tmp_path / "b")
        create_officer(OfficerData(name="乙", unit="县法院"))
        maintenance.restore(safe.path)
        assert officers(office) == 1 and lock_path(office).exists()  # the GUI still holds its file
    finally:
        close_database()
        use_lock_files(False)
    assert not lock_path(office).exists()


def test_two_writers_without_the_lock_get_a_chinese_message(office, tmp_path):
    """Item 12: "database is locked" when SQLite's busy timeout runs out."""
    roster = write_xlsx(tmp_path / "new.xlsx", NEW_PEOPLE)
    with writing_transaction(office):
        result = run_cli("--db", office, "import-roster", roster, "--create-units")
    assert refused(result, "正被其他程序写入"), result.stderr
    assert officers(office) == 1

