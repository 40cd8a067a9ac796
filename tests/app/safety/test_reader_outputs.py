"""A 查阅 account (accounts on, signed in) is refused at the core before any file is written: every print or
export that needs a right it lacks raises PermissionDenied and leaves the folder empty and the records as
they were."""
import pytest

from app.errors import PermissionDenied
from app.safety import access, accounts


@pytest.fixture
def reader(demo_db):
    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅员", access.ROLE_READER, "secret-3")
    accounts.login("reader", "secret-3")
    yield
    accounts.logout()
    # Accounts stay switched on in the process after logout: the next tests (tests/ui/common/test_form.py
    # run after this file) then found every form read-only and their fields unmarked.
    access.set_accounts_enabled(False)


def _refusals(folder):
    from app.pledges import outputs as pledges
    from app.pledges.models import Pledge
    from app.reports import outputs as reports
    from app.roster.models import Officer
    from app.talks import outputs as talks
    from app.talks.models import Talk

    pledge_ids = [p.id for p in Pledge.select(Pledge.id).order_by(Pledge.id).limit(3)]
    talk_ids = [t.id for t in Talk.select(Talk.id).order_by(Talk.id).limit(2)]
    officer = Officer.select(Officer.id).order_by(Officer.id).first().id
    return {
        "承诺书（标记已打印）": lambda: pledges.print_batch(pledge_ids, folder / "pledges.pdf", mark=True),
        "承诺书（每人一个，标记）": lambda: pledges.print_each(pledge_ids, folder / "each", mark=True),
        "登记已打印": lambda: pledges.confirm_printed(pledge_ids),
        "谈话记录表（含内容）": lambda: talks.print_forms(folder / "talks.pdf", talk_ids, include_content=True),
        "一人一档（含谈话内容）": lambda: reports.print_person_file(folder / "person.pdf", officer, with_content=True),
        "一人一档（完整身份证号）": lambda: reports.print_person_file(folder / "person-id.pdf", officer, with_id=True),
        "全部台账（完整身份证号）": lambda: reports.export_all(folder / "all.xlsx", with_ids=True),
    }


def test_a_reader_is_refused_before_any_file_is_written(reader, tmp_path):
    from app.pledges.models import Pledge

    folder = tmp_path / "out"
    folder.mkdir()
    before = sorted((p.id, p.status, p.print_count) for p in Pledge.select())
    for name, attempt in _refusals(folder).items():
        with pytest.raises(PermissionDenied):
            attempt()
        assert [p.name for p in folder.rglob("*")] == [], name
    assert sorted((p.id, p.status, p.print_count) for p in Pledge.select()) == before


def test_what_a_reader_may_print_is_still_made(reader, tmp_path):
    from app.pledges import outputs as pledges
    from app.pledges.models import Pledge

    ids = [p.id for p in Pledge.select(Pledge.id).order_by(Pledge.id).limit(2)]
    assert pledges.print_batch(ids, tmp_path / "look.pdf").pages == 4  # a PDF to read: no right needed (2 pages each)
