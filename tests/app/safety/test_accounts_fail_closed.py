"""Issue 13, item 5: when the file cannot say for sure that accounts are off, they are on (fail closed): a damaged
`account` page, a dropped or renamed table, a garbage setting. The command line then exports nothing secret."""
import pytest

from app.safety import access
from app.store.db import DatabaseDamaged
from app.workbench import close_database, open_database
from tests.support.trust_files import copy_of, corrupt_root_page, refused, run_cli, sql, with_accounts


@pytest.fixture(scope="module")
def accounts_db_file(tmp_path_factory, demo_db_file):
    return with_accounts(copy_of(demo_db_file, tmp_path_factory.mktemp("accounts") / "jz.db"))


def damage_page(path):
    corrupt_root_page(path, "account")


def drop_table(path):
    sql(path, "DROP TABLE account")


def rename_table(path):
    sql(path, "ALTER TABLE account RENAME TO account_old")


def garbage_flag(path):
    sql(path, "UPDATE setting SET value = 'yes' WHERE key = 'accounts_enabled'")


def no_account_left(path):
    sql(path, "DELETE FROM account")


def damage_settings(path):
    corrupt_root_page(path, "setting")


DAMAGE = [damage_page, drop_table, rename_table, garbage_flag, no_account_left, damage_settings]


@pytest.mark.parametrize("damage", DAMAGE, ids=[d.__name__ for d in DAMAGE])
def test_unreadable_accounts_refuse_the_file(damage, tmp_path, accounts_db_file):
    path = copy_of(accounts_db_file, tmp_path / "jz.db")
    damage(path)
    with pytest.raises(DatabaseDamaged, match="账户与权限设置无法读取"):
        open_database(path)
    close_database()


@pytest.mark.parametrize("damage", [damage_page, drop_table, garbage_flag], ids=["page", "dropped", "flag"])
def test_cli_exports_no_talk_content_or_ids_from_a_damaged_accounts_file(damage, tmp_path, accounts_db_file):
    path = copy_of(accounts_db_file, tmp_path / "jz.db")
    damage(path)
    outputs = {"talks": tmp_path / "talks.pdf", "all": tmp_path / "all.xlsx", "roster": tmp_path / "roster.xlsx"}
    for args in (("print", "talk-forms", "--round", "1", "--out", outputs["talks"]),
                 ("export-all", outputs["all"]), ("export-roster", outputs["roster"])):
        result = run_cli("--db", path, *args)
        assert refused(result, "账户与权限设置无法读取"), (args, result.stderr)
    assert not any(p.exists() for p in outputs.values())


def test_a_sound_file_with_accounts_off_still_opens_for_everyone(db):
    assert not access.accounts_enabled() and access.can(access.TALK_CONTENT)
