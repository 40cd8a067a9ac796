"""The printed 个人自查表, 线索登记表 and 线索处置情况汇总表: read back, marked 内部资料, refused without the 问题线索
permission before any file is written, and logged without a line of the text."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.rectify import outputs
from app.rectify.documents.clues import disposal_table
from app.rectify.models import Clue, SelfCheckItem
from app.safety import access, accounts
from tests.support.pdf_checks import assert_fonts_embedded, page_sizes, page_texts

ROOT = Path(__file__).resolve().parents[3]


def _text(path) -> str:
    return "".join(page_texts(path))


def _two_item_officer() -> int:
    import peewee as pw

    return (SelfCheckItem.select(SelfCheckItem.officer).group_by(SelfCheckItem.officer)
            .having(pw.fn.COUNT(SelfCheckItem.id) > 1).scalar())


def test_self_check_form(demo_db, tmp_path):
    officer_id = _two_item_officer()
    out = tmp_path / "sc.pdf"
    assert outputs.print_self_check(out, officer_id) == 2
    text = _text(out)
    for words in ("内部资料", "个人自查表", "自查从宽、被查从严", "单位初审", "线索组复审", "市教整办审核", "移交线索组",
                  "个人整改"):
        assert words in text
    item = SelfCheckItem.select().where(SelfCheckItem.officer == officer_id).first()
    assert item.content[:8] in text.replace("\n", "")
    assert_fonts_embedded(out)


def test_clue_register_and_summary(demo_db, tmp_path):
    register, summary = tmp_path / "clues.pdf", tmp_path / "summary.pdf"
    assert outputs.print_clue_register(register) == 75
    assert outputs.print_clue_register(tmp_path / "上级.pdf", source="上级交办") == 3
    assert outputs.print_disposal_summary(summary) == 75
    for path in (register, summary):
        assert all(w > h for w, h in page_sizes(path))
        assert all("内部资料" in page for page in page_texts(path))
    first = Clue.select().order_by(Clue.received_on, Clue.code).first()
    assert first.code in _text(register)
    assert "问题线索处置情况汇总表" in _text(summary)


def test_summary_counts_by_source():
    class Row:
        def __init__(self, source, disposal, status, result):
            self.source, self.disposal, self.status, self.result = source, disposal, status, result

    data = disposal_table([Row("举报", "初步核实", "已办结", "立案"), Row("举报", "", "待处置", ""),
                           Row("上级交办", "予以了结", "已办结", "了结")])
    header, rows = data[0], {r[0]: r for r in data[1:]}
    assert rows["举报"][header.index("合计")] == "2" and rows["举报"][header.index("立案")] == "1"
    assert rows["合计"][header.index("已办结")] == "2" and rows["合计"][header.index("予以了结")] == "1"


def test_refused_without_the_permission_before_any_file(demo_db, tmp_path):
    accounts.enable("admin", "管理员", "secret-1")  # an administrator without the 问题线索 grant
    try:
        for name, call in {"sc.pdf": lambda p: outputs.print_self_check(p, _two_item_officer()),
                           "clues.pdf": outputs.print_clue_register,
                           "sum.pdf": outputs.print_disposal_summary}.items():
            with pytest.raises(access.PermissionDenied, match="问题线索"):
                call(tmp_path / name)
        assert list(tmp_path.glob("*.pdf")) == []
    finally:
        accounts.logout()


def test_print_lines_in_the_log_hold_no_text(demo_db, tmp_path):
    from app.safety.models import AuditEntry

    outputs.print_self_check(tmp_path / "sc.pdf", _two_item_officer())
    outputs.print_clue_register(tmp_path / "clues.pdf")
    lines = list(AuditEntry.select().where(AuditEntry.action == "print").order_by(AuditEntry.id.desc()).limit(2))
    texts = [c for (c,) in SelfCheckItem.select(SelfCheckItem.content).tuples()]
    texts += [c for (c,) in Clue.select(Clue.content).tuples()]
    for line in lines:
        assert not any(t in line.detail or t in line.label for t in texts)
    assert {"打印个人自查表（2项）", "打印线索登记表（75条）"} <= {line.detail.split("到")[0].strip() for line in lines}


def test_cli_prints_and_is_refused_when_accounts_are_on(demo_db_file, tmp_path):
    db = tmp_path / "cli.db"
    shutil.copyfile(demo_db_file, db)

    def run(*args):
        return subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db), *args],
                              capture_output=True, text=True, cwd=ROOT)

    done = run("print", "clues", "--out", str(tmp_path / "c.pdf"))
    assert done.returncode == 0 and "75 条" in done.stdout
    summary = run("print", "clues", "--summary", "--out", str(tmp_path / "s.pdf"))
    assert summary.returncode == 0 and (tmp_path / "s.pdf").exists()
    missing = run("print", "self-check", "--officer", "999999", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2 and "错误" in missing.stderr and not (tmp_path / "x.pdf").exists()

    from app.workbench import close_database, open_database

    open_database(db)
    try:
        accounts.enable("admin", "管理员", "secret-1")
        accounts.logout()
    finally:
        close_database()
    refused = run("print", "clues", "--out", str(tmp_path / "r.pdf"))
    assert refused.returncode == 2 and "问题线索" in refused.stderr and not (tmp_path / "r.pdf").exists()


def test_excel_workbook_and_its_refusal(demo_db, tmp_path):
    import openpyxl

    from app.safety.models import AuditEntry

    out = tmp_path / "clues.xlsx"
    assert outputs.export_workbook(out) == (75, 321)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["问题线索登记表", "个人自查事项"]
    clues, items = wb["问题线索登记表"], wb["个人自查事项"]
    assert clues["A1"].value.startswith("内部资料") and clues.max_row == 3 + 75 and items.max_row == 3 + 321
    assert [c.value for c in items[3]][7:10] == ["单位初审人", "单位初审日期", "单位初审意见"]
    line = AuditEntry.select().where(AuditEntry.action == "export").order_by(AuditEntry.id.desc()).first()
    assert "线索75条" in line.detail and not any(
        c in line.detail for (c,) in Clue.select(Clue.content).tuples())
    accounts.enable("admin", "管理员", "secret-1")
    try:
        with pytest.raises(access.PermissionDenied):
            outputs.export_workbook(tmp_path / "no.xlsx")
        assert not (tmp_path / "no.xlsx").exists()
    finally:
        accounts.logout()
