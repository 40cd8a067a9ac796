"""Roster import on real temporary .xlsx files and a real temporary database."""
import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest

from app.common import idcard
from app.errors import AppError, Conflict
from app.jobs import Cancelled, Progress
from app.roster.excel_import import SKIP, UPDATE, ImportRefused, apply_plan, import_roster, plan_import
from app.roster.models import Officer, Unit
from app.roster.officers import OfficerData, create_officer
from app.roster.trash import delete_officers
from app.roster.units import department_names
from tests.support.xlsx_helpers import write_shared_strings_xlsx, write_xlsx

ROOT = Path(__file__).resolve().parents[3]
HEADER = ["序号", "姓名", "身份证号", "单位", "部门", "职务", "政治面貌"]
ID_A = "11010519491231002X"
ID_B = "440524188001010014"


def plan_rows(plan):
    return [(r.row, r.data.name) for r in plan.to_add]


def problems(plan):
    return {(p.row, p.column) for p in plan.problems}


def test_title_row_and_header_found(db, tmp_path):
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER, [1, "王敏", ID_A, "青山县人民法院", "立案庭", "庭长", "中共党员"],
                                             [2, "李强", ID_B, "青山县人民法院", "", "", "党员"]])
    plan = plan_import(path)
    assert plan.ok, plan.problems
    assert plan.header_row == 2
    assert plan_rows(plan) == [(3, "王敏"), (4, "李强")]
    assert plan.to_add[1].data.political_status == "中共党员"  # "党员" is read as the full value
    assert plan.unknown_units == {}  # a database with no unit yet takes its units from its first roster
    result = apply_plan(plan, None, create_units=True)
    assert result.added == 2
    officer = Officer.get(Officer.name == "王敏")
    assert officer.gender == "女" and officer.birth_date == dt.date(1949, 12, 31)
    assert officer.department.name == "立案庭"


def test_shuffled_headers_and_variants(db, tmp_path):
    header = ["手机", "参加工作时间", "公民身份号码", "庭室", "所在单位", "名字", "出生年月", "状态", "职 务\n（现任）", "人员类别"]
    row = ["13812345678", "2001.07", ID_B, "执行局", "青山县人民法院", "张伟", "1880.01", "病休", "执行员", "辅警"]
    path = write_xlsx(tmp_path / "b.xlsx", [header, row], title=None)
    plan = plan_import(path)
    assert plan.ok, plan.problems
    assert plan.header_row == 1
    data = plan.to_add[0].data
    assert (data.name, data.unit, data.department, data.post, data.phone) == ("张伟", "青山县人民法院", "执行局", "执行员",
                                                                              "13812345678")
    assert data.hire_date == dt.date(2001, 7, 1) and data.status == "病休" and data.category == "辅警"
    assert data.birth_date == dt.date(1880, 1, 1) and data.gender == "男"  # full date from the ID number


def test_unknown_columns_are_listed_and_short_unit_names_resolved(db, tmp_path):
    create_officer(OfficerData(name="甲", unit="青山县人民法院"))
    Unit.update(short_name="县法院").where(Unit.name == "青山县人民法院").execute()
    path = write_xlsx(tmp_path / "c.xlsx", [["姓名", "单位", "学历"], ["乙", "县法院", "本科"]])
    plan = plan_import(path)
    assert plan.ignored_columns == ["学历"]
    assert plan.to_add[0].data.unit == "青山县人民法院"


def test_numeric_id_that_is_whole_is_accepted(db, tmp_path):
    # The file holds <v>440524188001010014</v>: every digit is there (Excel itself would keep only 15).
    path = write_shared_strings_xlsx(tmp_path / "d.xlsx", [["姓名", "单位", "身份证号码"], ["王敏", "县法院", 440524188001010014]])
    plan = plan_import(path)
    assert plan.ok, plan.problems
    assert plan.to_add[0].data.id_number == ID_B


@pytest.mark.parametrize("cell, words", [
    (1.10105194912310e17, "15 位有效数字"),  # Excel kept 15 digits and lost the X
    (11010519491231002, "17 位"),  # the X dropped off a number
    (440524188001010000, "末尾数字可能已被 Excel 改成 0"),  # last digits zeroed
    ("4.40524E+17", "科学计数法"),
    ("360426199101010072", "校验位错误"),
    ("1101051949123", "应为18位"),
])
def test_bad_ids_are_errors_naming_row_and_column(db, tmp_path, cell, words):
    path = write_shared_strings_xlsx(tmp_path / "e.xlsx", [["姓名", "单位", "身份证号码"], ["张三", "县法院", "440524188001010014"],
                                            ["王敏", "县法院", cell]])
    plan = plan_import(path)
    assert [(p.row, p.column) for p in plan.problems] == [(3, "身份证号码")]
    assert words in plan.problems[0].reason
    assert "第3行“身份证号码”" in str(plan.problems[0])


def test_missing_required_columns(db, tmp_path):
    no_unit = write_xlsx(tmp_path / "f.xlsx", [["姓名", "部门"], ["王敏", "立案庭"]])
    with pytest.raises(ImportRefused, match="缺少必需的列：“单位”"):
        plan_import(no_unit)
    no_name = write_xlsx(tmp_path / "g.xlsx", [["单位", "部门"], ["县法院", "立案庭"]])
    with pytest.raises(ImportRefused, match="找不到表头"):
        plan_import(no_name)


def test_empty_sheet_and_files_that_are_not_xlsx(db, tmp_path):
    from openpyxl import Workbook

    empty = tmp_path / "empty.xlsx"
    Workbook().save(empty)
    with pytest.raises(AppError, match="空表"):
        plan_import(empty)
    text = tmp_path / "roster.xlsx"
    text.write_text("姓名,单位\n王敏,县法院\n", encoding="utf-8")
    with pytest.raises(AppError, match="不是 Excel"):
        plan_import(text)
    old = tmp_path / "old.xlsx"
    old.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    with pytest.raises(AppError, match="旧版 Excel"):
        plan_import(old)
    with pytest.raises(AppError, match="找不到文件"):
        plan_import(tmp_path / "missing.xlsx")


def test_damaged_file_is_refused_cleanly(db, tmp_path):
    import zipfile

    good = write_xlsx(tmp_path / "good.xlsx", [["姓名", "单位"], ["王敏", "县法院"]])
    bad = tmp_path / "bad.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data[: len(data) // 2]  # cut off mid-way, as a broken download would be
            target.writestr(item, data)
    with pytest.raises(ImportRefused, match="已损坏"):
        plan_import(bad)


def test_template_rows_with_only_a_number_are_blank(db, tmp_path):
    path = write_xlsx(tmp_path / "h.xlsx", [["序号", "姓名", "单位"], [1, "王敏", "县法院"], [2, None, None], [3, "", " "]])
    plan = plan_import(path)
    assert plan.ok and plan.rows_read == 1


@pytest.mark.parametrize("cell, expected", [
    (dt.datetime(2021, 6, 11), dt.date(2021, 6, 11)),
    (44358, dt.date(2021, 6, 11)),  # an Excel serial in a General cell
    ("2021-06-11", dt.date(2021, 6, 11)),
    ("2021/6/11", dt.date(2021, 6, 11)),
    ("2021.6.11", dt.date(2021, 6, 11)),
    ("2021年6月11日", dt.date(2021, 6, 11)),
    ("20210611", dt.date(2021, 6, 11)),
    (202106, dt.date(2021, 6, 1)),
    ("202106", dt.date(2021, 6, 1)),
    (1985.07, dt.date(1985, 7, 1)),
    ("1985.07", dt.date(1985, 7, 1)),
    ("2021年6月", dt.date(2021, 6, 1)),
    ("２０２１－０６－１１", dt.date(2021, 6, 11)),
])
def test_dates_in_each_format(db, tmp_path, cell, expected):
    path = write_xlsx(tmp_path / "i.xlsx", [["姓名", "单位", "入职时间", "出生日期"], ["王敏", "县法院", cell, cell]])
    plan = plan_import(path)
    assert plan.ok, plan.problems
    assert plan.to_add[0].data.hire_date == expected
    assert plan.to_add[0].data.birth_date == expected


@pytest.mark.parametrize("cell, words", [
    ("2021-02-30", "不存在"), ("明年", "不是可识别的日期"), (1985, "只有年份"), (1985.1, "有歧义"), ("2099-01-01", "晚于今天"),
])
def test_bad_dates_are_problems(db, tmp_path, cell, words):
    path = write_xlsx(tmp_path / "j.xlsx", [["姓名", "单位", "入职时间"], ["王敏", "县法院", cell]])
    plan = plan_import(path)
    assert [(p.row, p.column) for p in plan.problems] == [(3, "入职时间")]
    assert words in plan.problems[0].reason


def test_birth_month_is_checked_against_the_id(db, tmp_path):
    rows = [["姓名", "单位", "身份证号", "出生年月"],
            ["甲", "县法院", ID_A, 1949.12],  # agrees at month precision
            ["乙", "县法院", ID_B, 1880.1],  # ambiguous alone, settled by the ID (January)
            ["丙", "县法院", idcard.make("421223", dt.date(1975, 3, 9), 21), None],
            ["丁", "县法院", idcard.make("421223", dt.date(1990, 5, 3), 11), "1990.06"]]
    plan = plan_import(write_xlsx(tmp_path / "k.xlsx", rows))
    assert [(p.row, p.column) for p in plan.problems] == [(6, "出生年月")]
    assert "1990-05-03" in plan.problems[0].reason
    assert plan.to_add[1].data.birth_date == dt.date(1880, 1, 1)


def test_all_or_nothing_one_bad_row_writes_nothing(db, tmp_path):
    rows = [["姓名", "单位", "身份证号", "政治面貌"]]
    rows += [[f"人{i}", "县法院", idcard.make("421223", dt.date(1980, 1, 1), i), "群众"] for i in range(1, 50)]
    rows.append(["坏行", "县法院", "", "反动派"])
    plan = plan_import(write_xlsx(tmp_path / "l.xlsx", rows))
    assert problems(plan) == {(52, "政治面貌")}
    with pytest.raises(ImportRefused, match="未写入任何数据"):
        apply_plan(plan, UPDATE)
    assert Officer.select().count() == 0
    # the command line agrees: exit 2, the row on stderr, nothing written
    result = run_cli("--db", str(db), "import-roster", str(tmp_path / "l.xlsx"))
    assert result.returncode == 2
    assert "第52行“政治面貌”" in result.stderr and "Traceback" not in result.stderr
    assert Officer.select().count() == 0


def test_cancel_and_database_conflict_roll_back(db, tmp_path):
    rows = [["姓名", "单位", "身份证号"]]
    rows += [[f"人{i}", "县法院", idcard.make("421223", dt.date(1980, 1, 1), i)] for i in range(1, 900)]
    plan = plan_import(write_xlsx(tmp_path / "m.xlsx", rows))

    class CancelHalfway(Progress):
        def report(self, fraction, message=""):
            if fraction > 0.3:
                self.cancel()
            super().report(fraction, message)

    with pytest.raises(Cancelled):
        apply_plan(plan, None, CancelHalfway(), create_units=True)
    assert Officer.select().count() == 0
    # someone adds a person with one of these IDs between the preview and the write
    create_officer(OfficerData(name="插队", unit="县检察院", id_number=rows[-1][2]))
    with pytest.raises(Conflict):
        apply_plan(plan, None, create_units=True)
    assert Officer.select().count() == 1


def test_duplicates_update_or_skip(db, tmp_path):
    by_id = create_officer(OfficerData(name="王敏", unit="县法院", id_number=ID_A, post="书记员"))
    by_name = create_officer(OfficerData(name="李强", unit="县法院", post="法官助理", phone="111"))
    rows = [["姓名", "单位", "身份证号", "职务", "联系电话"],
            ["王敏", "县法院", ID_A, "审判员", ""],  # same ID: post changes, blank phone keeps nothing out
            ["李强", "县法院", ID_B, "", "222"],  # same name in the same unit, no ID on file: gets the ID
            ["赵六", "县法院", "", "法警", ""]]
    path = write_xlsx(tmp_path / "n.xlsx", rows)
    plan = plan_import(path)
    assert plan.ok, plan.problems
    assert [(d.row, d.match) for d in plan.duplicates] == [(3, "身份证号相同"), (4, "同一单位同名")]
    assert ("职务", "书记员", "审判员") in plan.duplicates[0].changes
    with pytest.raises(ImportRefused, match="请选择更新还是跳过"):
        apply_plan(plan, None)

    skipped = apply_plan(plan_import(path), SKIP)
    assert (skipped.added, skipped.updated, skipped.skipped) == (1, 0, 2)
    assert Officer.get_by_id(by_id.id).post == "书记员"

    plan = plan_import(path)
    assert [r.data.name for r in plan.to_add] == []  # 赵六 is on the roster now
    updated = apply_plan(plan, UPDATE)
    assert updated.updated == 2 and updated.unchanged == 1
    assert Officer.get_by_id(by_id.id).post == "审判员"
    li = Officer.get_by_id(by_name.id)
    assert (li.id_number, li.post, li.phone, li.birth_date) == (ID_B, "法官助理", "222", dt.date(1880, 1, 1))


def test_duplicates_within_the_file_and_trash(db, tmp_path):
    trashed = create_officer(OfficerData(name="周强", unit="县法院", id_number=ID_A))
    delete_officers([trashed.id])
    rows = [["姓名", "单位", "身份证号"], ["周强", "县法院", ID_A], ["孙二", "县法院", ID_B], ["孙二乙", "县法院", ID_B],
            ["钱七", "县法院", ""], ["钱七", "县法院", ""]]
    plan = plan_import(write_xlsx(tmp_path / "o.xlsx", rows))
    assert problems(plan) == {(5, "身份证号"), (7, "姓名")}
    assert plan.duplicates[0].in_trash and plan.duplicates[0].needs_update


def test_trashed_duplicate_is_restored_on_update(db, tmp_path):
    trashed = create_officer(OfficerData(name="周强", unit="县法院", id_number=ID_A))
    delete_officers([trashed.id])
    import_roster(write_xlsx(tmp_path / "p.xlsx", [["姓名", "单位", "身份证号"], ["周强", "县法院", ID_A]]), UPDATE)
    assert Officer.get_by_id(trashed.id).deleted_at is None


def test_duplicate_header_column_is_a_problem(db, tmp_path):
    plan = plan_import(write_xlsx(tmp_path / "q.xlsx", [["姓名", "单位", "身份证号", "身份证号码"], ["甲", "县法院", "", ""]]))
    assert problems(plan) == {(2, "身份证号码")}


def test_shared_strings_file_as_excel_writes_it(db, tmp_path):
    rows = [["姓名", "单位", "出生日期", "身份证号码"], ["王敏", "县法院", ("date-serial", 18263), ID_A],
            ["李强", "县法院", None, 440524188001010014]]
    path = write_shared_strings_xlsx(tmp_path / "r.xlsx", rows)
    plan = plan_import(path)
    assert plan.ok, plan.problems
    assert [r.data.name for r in plan.to_add] == ["王敏", "李强"]  # the rich-text 姓名 header, phonetic left out
    assert plan.to_add[0].data.birth_date == dt.date(1949, 12, 31)


def test_ten_thousand_rows(db, tmp_path):
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("花名册")
    sheet.append(["青山县政法干警花名册"])
    sheet.append(["序号", "姓名", "身份证号", "单位", "部门", "职务", "出生日期", "政治面貌", "入职时间"])
    for i in range(10_000):
        number = idcard.make("421223", dt.date(1970 + i % 30, 1 + i % 12, 1 + i % 28), i % 1000)
        sheet.append([i + 1, f"干警{i}", number, f"单位{i % 5}", f"部门{i % 40}", "科员", None, "中共党员",
                      dt.datetime(2000 + i % 20, 1, 1)])
    path = tmp_path / "big.xlsx"
    book.save(path)
    plan = plan_import(path)
    assert plan.ok, plan.problems[:3]
    assert len(plan.to_add) == 10_000
    assert apply_plan(plan, None, create_units=True).added == 10_000
    assert Officer.select().count() == 10_000
    assert len(department_names("单位3")) == 8


def run_cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


def test_duplicate_changes_show_the_birth_year_beside_a_masked_id(db, tmp_path):
    """Issue 13, item 3: the preview listed the new number masked and its full birth date beside it."""
    create_officer(OfficerData(name="王敏", unit="青山县人民法院", birth_date=dt.date(1980, 1, 1)))
    path = write_xlsx(tmp_path / "a.xlsx", [HEADER, [1, "王敏", ID_A, "青山县人民法院", "", "", ""]])
    dup, = plan_import(path).to_update
    changes = {label: (old, new) for label, old, new in dup.changes}
    assert changes["身份证号"] == ("", idcard.mask(ID_A))
    assert changes["出生日期"] == ("1980-01-01", "1949年")  # the old date had no number beside it


def test_footer_rows_of_totals_and_sign_off_are_recognised_not_reported(db, tmp_path):
    """Offices end the table with 合计 and a sign-off line: those are not people and not errors."""
    rows = [HEADER, [1, "王敏", ID_A, "青山县人民法院", "立案庭", "庭长", "中共党员"],
            [2, "李强", "", "青山县人民法院", "", "", "群众"],
            ["合计", "2人", None, None, None, None, None],
            [None, "填表人：刘敏", None, "审核人：张伟", None, "填报日期：2021年3月5日", None],
            ["注：身份证号请以文本格式填写", None, None, None, None, None, None]]
    plan = plan_import(write_xlsx(tmp_path / "f.xlsx", rows))
    assert plan.ok, plan.problems
    assert [r.data.name for r in plan.to_add] == ["王敏", "李强"]
    assert any("第5行（合计）" in note and "表尾" in note for note in plan.notes), plan.notes
    assert apply_plan(plan, None).added == 2
    assert Officer.select().count() == 2


def test_a_person_whose_name_begins_like_a_footer_word_is_still_imported(db, tmp_path):
    rows = [HEADER, [1, "审核", ID_A, "青山县人民法院", "", "", ""]]  # 序号 first: the row is not a footer
    plan = plan_import(write_xlsx(tmp_path / "g.xlsx", rows))
    assert plan.ok and [r.data.name for r in plan.to_add] == ["审核"]
