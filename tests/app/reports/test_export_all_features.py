"""export-all takes the newer features' ledgers through their `export_sheets` hooks: 专项排查, 任务督导, 会议与选树,
我为群众办实事 and 建章立制, each sheet with the feature's own columns and the demo's rows (the same as the
feature's own workbook, read back with openpyxl); 问题线索 and 个人自查事项 only when asked for and allowed."""
import openpyxl
import pytest

from app.errors import PermissionDenied
from app.safety import access, accounts

OPEN_SHEETS = ("专项排查", "任务清单", "督导检查", "督导提醒", "工作日报", "会议", "制发文件", "向社会通报", "英模选树",
               "办实事措施", "办实事记录", "规章制度", "顽瘴痼疾整治措施")
CLUE_SHEETS = ("问题线索登记表", "个人自查事项")


def table(ws, header_row: int = 1) -> list[tuple]:
    return [tuple(r) for r in ws.iter_rows(min_row=header_row, values_only=True)]


def own_workbooks(folder) -> dict[str, list[tuple]]:
    """Every sheet of the features' own exports (export-tasks, export-affairs, …), header row first."""
    from app.affairs.outputs import export_workbook as affairs
    from app.rules.outputs import export_workbook as rules
    from app.service.outputs import export_workbook as service
    from app.tasks.outputs import export_workbook as tasks

    found = {}
    for name, export in (("tasks", tasks), ("affairs", affairs), ("service", service), ("rules", rules)):
        export(folder / f"{name}.xlsx")
        book = openpyxl.load_workbook(folder / f"{name}.xlsx")
        found.update({title: table(book[title]) for title in book.sheetnames})
    return found


def test_the_features_sheets_are_their_own_workbooks_rows(demo_db, tmp_path):
    from app.reports.ledgers import SHEETS
    from app.reports.outputs import export_all
    from app.rectify.special_checks import check_rows

    counts = export_all(tmp_path / "全部.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "全部.xlsx")
    assert wb.sheetnames == ["说明", *SHEETS, *OPEN_SHEETS]
    own = own_workbooks(tmp_path)
    for title in OPEN_SHEETS[1:]:
        assert table(wb[title]) == own[title], title  # the same columns, rows and values
        assert counts[title] == len(own[title]) - 1 > 0, title
    assert "漏报情况" in own and "漏报情况" not in wb.sheetnames  # worked out from the reports, not a ledger
    checks = check_rows()
    assert counts["专项排查"] == len(checks) == wb["专项排查"].max_row - 1 > 0
    headers = [c.value for c in wb["专项排查"][1]]
    assert headers[:4] == ["序号", "类别", "排查项目", "范围"] and "发现问题" in headers
    assert wb["专项排查"].cell(2, headers.index("排查项目") + 1).value == checks[0].kind
    about = {row[0]: row[1] for row in wb["说明"].iter_rows(values_only=True) if row and row[0]}
    assert all(about[title] == counts[title] for title in OPEN_SHEETS)  # the 说明 sheet counts them too
    assert about["问题线索和个人自查事项：未包含（专项排查只列范围和数量；如需导出，选择“含问题线索”，需有“问题线索”权限）"] is None


def test_with_clues_adds_the_confidential_sheets(demo_db, tmp_path):
    from app.rectify.outputs import export_workbook
    from app.reports.outputs import export_all
    from app.safety.models import AuditEntry

    counts = export_all(tmp_path / "全部.xlsx", with_clues=True)  # accounts off: every right
    wb = openpyxl.load_workbook(tmp_path / "全部.xlsx")
    assert wb.sheetnames.index("问题线索登记表") == wb.sheetnames.index("专项排查") + 1
    assert wb.sheetnames.index("个人自查事项") == wb.sheetnames.index("专项排查") + 2
    clues, items = export_workbook(tmp_path / "线索.xlsx")
    own = openpyxl.load_workbook(tmp_path / "线索.xlsx")
    assert (counts["问题线索登记表"], counts["个人自查事项"]) == (clues, items) and clues > 0 and items > 0
    assert table(wb["问题线索登记表"]) == table(own["问题线索登记表"], header_row=3)  # below its title rows there
    assert table(wb["个人自查事项"]) == table(own["个人自查事项"], header_row=3)
    line = AuditEntry.select().where(AuditEntry.detail.startswith("导出全部台账")).order_by(AuditEntry.id.desc()).first()
    assert "，含问题线索和个人自查事项）" in line.detail and f"{len(counts)}张工作表" in line.detail


@pytest.fixture
def reader(demo_db):
    """A 查阅 account without 问题线索, signed in."""
    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅员", access.ROLE_READER, "secret-3")
    accounts.login("reader", "secret-3")
    yield
    accounts.logout()
    access.set_accounts_enabled(False)


def test_a_reader_without_clues_gets_no_clue_sheets(reader, tmp_path):
    from app.rectify.models import Clue, SelfCheckItem
    from app.reports.outputs import export_all
    from app.safety.models import AuditEntry

    with pytest.raises(PermissionDenied):
        export_all(tmp_path / "no.xlsx", with_clues=True)
    assert not (tmp_path / "no.xlsx").exists()
    assert not AuditEntry.select().where(AuditEntry.detail.startswith("导出全部台账")).exists()
    counts = export_all(tmp_path / "全部.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "全部.xlsx")
    assert "专项排查" in wb.sheetnames and not set(CLUE_SHEETS) & set(wb.sheetnames) and not set(CLUE_SHEETS) & set(counts)
    secrets = {c.content for c in Clue.select()} | {i.content for i in SelfCheckItem.select()}
    cells = {v for ws in wb for row in ws.iter_rows(values_only=True) for v in row if isinstance(v, str)}
    assert secrets and not secrets & cells


def test_two_sheets_of_one_title_are_refused(demo_db):
    from app.reports.feature_sheets import feature_sheets

    with pytest.raises(ValueError, match="任务清单"):
        feature_sheets(taken=("任务清单",))
