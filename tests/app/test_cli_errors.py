"""Issue 13, item 12: low-level errors reach the user as one Chinese line and exit 2, never a traceback.
(Two writers, "database is locked": tests/app/store/test_sole_use.py.)"""
from pathlib import Path

import pytest

from tests.support.trust_files import NEW_PEOPLE, copy_of, refused, run_cli, sql, with_accounts
from tests.support.xlsx_helpers import write_xlsx


@pytest.fixture(scope="module")
def accounts_db_file(tmp_path_factory, demo_db_file):
    return with_accounts(copy_of(demo_db_file, tmp_path_factory.mktemp("accounts") / "jz.db"))


@pytest.mark.parametrize("version", ["abc", "", "-3", "1.5"])
def test_a_schema_version_that_is_not_a_number(version, demo_db_file, tmp_path):
    path = copy_of(demo_db_file, tmp_path / "jz.db")
    sql(path, "UPDATE schema_info SET value = ? WHERE key = 'version'", (version,))
    before = path.read_bytes()
    for args in (("stats",), ("import-roster", write_xlsx(tmp_path / "new.xlsx", NEW_PEOPLE))):
        result = run_cli("--db", path, *args)
        assert refused(result, "数据结构版本", "无法识别"), result.stderr
    assert path.read_bytes() == before


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_pdf_to_a_full_disk(demo_db_file, tmp_path):
    path = copy_of(demo_db_file, tmp_path / "jz.db")
    out = tmp_path / "coverage.pdf"
    out.write_bytes(b"the old file")
    # The PDF is written beside the target first; that file lands on /dev/full: every write fails with ENOSPC.
    (tmp_path / "coverage.pdf.part").symlink_to("/dev/full")
    result = run_cli("--db", path, "print", "coverage", "--round", "1", "--out", out)
    assert refused(result, "磁盘已满"), result.stderr
    assert out.read_bytes() == b"the old file"


def test_a_folder_that_cannot_be_made(demo_db_file, tmp_path):
    path = copy_of(demo_db_file, tmp_path / "jz.db")
    (tmp_path / "plain-file").write_text("x")
    result = run_cli("--db", path, "print", "coverage", "--round", "1", "--out", tmp_path / "plain-file" / "c.pdf")
    assert refused(result), result.stderr


@pytest.mark.parametrize("target", ["postgresql://office/jz", "mssql+pyodbc://dsn", "ftp://host/jz.db"])
def test_an_unsupported_url_scheme(target):
    result = run_cli("--db", target, "stats")
    assert refused(result, "不支持的数据库地址"), result.stderr


def test_the_guard_refusal_with_accounts_on_is_chinese(accounts_db_file, tmp_path):
    """The roster import writes in bulk through the DB-API cursor: the jz_denied IntegrityError of the guard
    triggers used to escape as a traceback."""
    path = copy_of(accounts_db_file, tmp_path / "jz.db")
    before = sql(path, "SELECT count(*) FROM officer")[0][0]
    result = run_cli("--db", path, "import-roster", write_xlsx(tmp_path / "new.xlsx", NEW_PEOPLE))
    assert refused(result, "没有修改数据的权限"), result.stderr
    assert "jz_denied" not in result.stderr
    assert sql(path, "SELECT count(*) FROM officer")[0][0] == before


def test_user_error_leaves_bugs_alone():
    from app.cli import user_error
    from app.errors import ValidationError

    assert user_error(ValidationError("姓名", "不能为空")) == "姓名：不能为空"
    assert "磁盘已满" in user_error(OSError(28, "No space left on device"))
    assert user_error(KeyError("x")) is None  # a bug keeps its traceback
