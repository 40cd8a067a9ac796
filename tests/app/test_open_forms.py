"""Issue 13, items 1 and 13: every way of naming a database opens it through the workbench with the write guard,
the audit log and the lock; a file of another program is refused untouched."""
import re
from pathlib import Path

import pytest

from app.errors import DatabaseError
from app.safety import access
from app.store import db as store
from app.workbench import close_database, local_path, open_database, use_lock_files
from tests.support.trust_files import (NEW_PEOPLE, another_program_has, copy_of, refused, run_cli, sql, tables,
                                       with_accounts)
from tests.support.xlsx_helpers import write_xlsx

# How a user may name the file jz.db in the current folder (cwd) or by its absolute path ({abs}).
FORMS = ["jz.db", "{abs}", "./jz.db", "sqlite:///jz.db", "sqlite:///{abs}", "sqlite+pool:///jz.db",
         "sqlite+pool:///{abs}", "SQLite+Pool:///jz.db?check_same_thread=0", "sqliteext:///jz.db",
         "file:jz.db", "file:jz.db?mode=ro", "file://{abs}", "file://localhost{abs}", "sqlite:///file:jz.db"]


def named(form: str, path: Path) -> str:
    return form.format(abs=str(path.resolve()))


@pytest.fixture
def in_folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture(scope="module")
def accounts_db_file(tmp_path_factory, demo_db_file):
    """The demo with accounts turned on (pledges to print, people to update)."""
    return with_accounts(copy_of(demo_db_file, tmp_path_factory.mktemp("accounts") / "jz.db"))


def officers(path: Path) -> int:
    return sql(path, "SELECT count(*) FROM officer")[0][0]


@pytest.mark.parametrize("form", FORMS)
def test_every_form_names_the_file_itself(form, in_folder):
    path = in_folder / "jz.db"
    assert local_path(named(form, path)).resolve() == path.resolve()


@pytest.mark.parametrize("form", FORMS)
def test_every_form_gets_the_guard_with_accounts_on(form, in_folder, accounts_db_file):
    from app.roster.officers import OfficerData, create_officer

    path = copy_of(accounts_db_file, in_folder / "jz.db")
    before = officers(path)
    open_database(named(form, path))
    try:
        assert access.accounts_enabled() and access.current_user() is None
        assert store.current_path().resolve() == path.resolve()
        with pytest.raises(access.PermissionDenied):
            create_officer(OfficerData(name="甲", unit="县法院"))
    finally:
        close_database()
    assert officers(path) == before


@pytest.mark.parametrize("form", FORMS)
def test_every_form_writes_the_audit_log(form, in_folder):
    from app.roster.officers import OfficerData, create_officer

    path = in_folder / "jz.db"
    open_database(path)
    close_database()
    open_database(named(form, path))
    try:
        create_officer(OfficerData(name="甲", unit="县法院"))
    finally:
        close_database()
    assert sql(path, "SELECT count(*) FROM audit_log WHERE table_name = 'officer' AND action = 'create'")[0][0] == 1
    assert not [p.name for p in in_folder.iterdir() if p.name.startswith("file:")]  # no second file made


@pytest.mark.parametrize("form", FORMS)
def test_every_form_takes_the_lock_of_the_file_itself(form, in_folder):
    from app.store.lock import LockHeld

    path = in_folder / "jz.db"
    open_database(path)
    close_database()
    with another_program_has(path):
        use_lock_files(True)
        try:
            with pytest.raises(LockHeld, match="正由"):
                open_database(named(form, path))
        finally:
            use_lock_files(False)
            close_database()


@pytest.mark.parametrize("form", ["jz.db", "sqlite:///jz.db", "sqlite+pool:///jz.db", "sqlite+pool:///{abs}",
                                  "file:jz.db", "sqlite:///file:jz.db"])
def test_cli_with_accounts_on_refuses_import_update_and_print_pledges_in_every_form(form, in_folder,
                                                                                   accounts_db_file):
    path = copy_of(accounts_db_file, in_folder / "jz.db")
    roster = write_xlsx(in_folder / "new.xlsx", NEW_PEOPLE)
    logged, before = sql(path, "SELECT count(*) FROM audit_log")[0][0], officers(path)
    result = run_cli("--db", named(form, path), "import-roster", "--update", roster, cwd=in_folder)
    assert refused(result, "权限"), result.stderr
    result = run_cli("--db", named(form, path), "print", "pledges", "--template", "officer-three-rules",
                     "--mark-printed", "--out", in_folder / "p.pdf", cwd=in_folder)  # the print that writes
    assert refused(result, "权限"), result.stderr
    assert not (in_folder / "p.pdf").exists()
    assert officers(path) == before and sql(path, "SELECT count(*) FROM audit_log")[0][0] == logged


@pytest.mark.parametrize("form", ["sqlite+pool:///jz.db", "file:jz.db", "sqlite:///file:jz.db"])
def test_cli_import_in_every_form_is_logged(form, in_folder):
    path = in_folder / "jz.db"
    open_database(path)
    close_database()
    roster = write_xlsx(in_folder / "new.xlsx", NEW_PEOPLE)
    result = run_cli("--db", named(form, path), "import-roster", "--update", roster, cwd=in_folder)
    assert result.returncode == 0, result.stderr
    assert officers(path) == 2
    assert sql(path, "SELECT count(*) FROM audit_log WHERE table_name = 'officer' AND action = 'create'")[0][0] == 2


@pytest.mark.parametrize("target", ["postgres://db.example/jz", "mysql://u@h/jz", "file://fileserver/share/jz.db",
                                    ":memory:", "sqlite:///:memory:", "sqlite://"])
def test_other_kinds_of_database_are_refused_in_chinese(target, in_folder):
    with pytest.raises(DatabaseError):
        open_database(target)
    result = run_cli("--db", target, "stats", cwd=in_folder)
    assert refused(result), result.stderr
    assert re.search(r"[\u4e00-\u9fff]", result.stderr)
    assert list(in_folder.iterdir()) == []


# ---------------------------------------------------------------- item 13: a file of another program

def foreign_file(path: Path, *statements: str) -> Path:
    conn = __import__("sqlite3").connect(str(path))
    for statement in statements or ("CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT)",
                                    "INSERT INTO customer (name) VALUES ('张三')"):
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize("statements", [
    (),
    ("CREATE TABLE schema_info (version INTEGER)", "INSERT INTO schema_info VALUES (3)"),  # another app's
    ("CREATE TABLE setting (key TEXT, value TEXT)", "CREATE TABLE schema_info (key TEXT, value TEXT)"),
], ids=["customers", "foreign-schema-info", "our-names-no-version"])
def test_a_file_of_another_program_is_refused_and_left_as_it_was(statements, tmp_path):
    path = foreign_file(tmp_path / "other.db", *statements)
    before_tables, before_bytes = tables(path), path.read_bytes()
    result = run_cli("--db", path, "stats")
    assert refused(result, "不是本程序的数据库"), result.stderr
    with pytest.raises(DatabaseError, match="不是本程序的数据库"):
        open_database(path)
    result = run_cli("--db", path, "import-roster", write_xlsx(tmp_path / "new.xlsx", NEW_PEOPLE))
    assert refused(result, "不是本程序的数据库"), result.stderr
    assert tables(path) == before_tables
    assert path.read_bytes() == before_bytes  # not even switched to WAL
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.xlsx", "other.db"]


def test_an_empty_file_or_a_sqlite_file_without_tables_is_still_initialised(tmp_path):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    bare = foreign_file(tmp_path / "bare.db", "PRAGMA user_version = 0")
    for path in (empty, bare):
        result = run_cli("--db", path, "stats", "--json")
        assert result.returncode == 0, result.stderr
        assert "officer" in tables(path) and "audit_log" in tables(path)


def test_nothing_but_the_store_and_the_workbench_opens_sqlite():
    """The one opener: no other module of the program connects to SQLite or binds the database proxy."""
    root = Path(__file__).resolve().parents[2]
    allowed = {"app/store/db.py", "app/workbench.py", "app/store/encryption.py",  # file copies and conversion
               "app/store/early_check.py"}  # the start-up's read-only check, before peewee is even imported
    pattern = re.compile(r"sqlite3\.connect\(|SqliteDatabase\(|\.initialize\(|\bbind\(db|dbapi2\.connect\(|"
                         r"import apsw|sqlcipher3|playhouse\.(pool|sqlite_ext|apsw_ext)")
    found = []
    for folder in ("app", "ui", "tools", "bench"):
        for source in sorted((root / folder).rglob("*.py")):
            name = source.relative_to(root).as_posix()
            if name not in allowed and pattern.search(source.read_text(encoding="utf-8")):
                found.append(name)
    assert found == []


def test_a_symbolic_link_to_the_file_finds_its_lock(tmp_path):
    from app.store.lock import LockHeld

    path = tmp_path / "jz.db"
    open_database(path)
    close_database()
    (tmp_path / "link.db").symlink_to(path)
    (tmp_path / "linked").symlink_to(tmp_path, target_is_directory=True)
    with another_program_has(path):
        for other in (tmp_path / "link.db", tmp_path / "linked" / "jz.db"):
            result = run_cli("--db", other, "import-roster", write_xlsx(tmp_path / "new.xlsx", NEW_PEOPLE))
            assert refused(result, "正由"), result.stderr
    assert officers(path) == 0
