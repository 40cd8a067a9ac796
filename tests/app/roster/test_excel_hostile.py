"""The hostile-file corpus through the roster import and `import-roster`: a Chinese message naming the row and
column (or "文件不是有效的 Excel 工作簿：…"), never a traceback; exit 2; the database exactly as it was."""
import datetime as dt
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.common import idcard
from app.common.xlsx_read import ReadLimits
from app.roster.excel_import import ImportLimits, ImportRefused, apply_plan, plan_import
from app.roster.officers import OfficerData, create_officer
from tests.support.hostile_xlsx import (HEADER, SHEET, many_cells_sheet, patch_member, sheet_xml, workbook_parts,
                                        write_parts)

ROOT = Path(__file__).resolve().parents[3]
ID_A = "11010519491231002X"
INVALID = "文件不是有效的 Excel 工作簿："


def run_cli(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


def snapshot(path):
    """The whole database file's content, every table (the audit log included), read on a connection of its own."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as con:
        return list(con.iterdump())


def xlsx(tmp_path, name, rows=None, **kwargs):
    return write_parts(tmp_path / name, workbook_parts(rows, **kwargs))


def problems(plan):
    return [(p.row, p.column, p.reason) for p in plan.problems]


@pytest.fixture
def on_file(db):
    """The database with one officer on it, and its content before the attack."""
    create_officer(OfficerData(name="原有", unit="县法院", id_number=ID_A))
    return db, snapshot(db)


# ---------------------------------------------------------------- per-row errors

@pytest.mark.parametrize("cell, shown", [(("date", "1E+20"), "1e+20"),
                                         (("date", 13812345678), "13812345678"),
                                         ("١٩٨٥-٠٧-٠١", "١٩٨٥-٠٧-٠١"),  # Arabic-Indic digits: \d took them
                                         (1e300, "1e+300")])
def test_impossible_dates_are_row_problems(db, tmp_path, cell, shown):
    plan = plan_import(xlsx(tmp_path, "d.xlsx", [HEADER, ["王敏", "县法院", "", cell]]))
    assert problems(plan) == [(2, "出生日期", f"“{shown}”不是可识别的日期"
                               + ("（可写作 2021-06-11、2021/6/11、2021年6月11日 或 2021.06）" if "٠" in shown else ""))]
    assert str(plan.problems[0]).startswith("第2行“出生日期”：")


def test_a_phone_number_in_a_date_formatted_phone_cell_is_kept(db, tmp_path):
    plan = plan_import(xlsx(tmp_path, "p.xlsx", [HEADER, ["王敏", "县法院", "", "", ("date", 13812345678)]]))
    assert plan.ok, plan.problems
    assert plan.to_add[0].data.phone == "13812345678"


@pytest.mark.parametrize("number", ["١١٠١٠٥١٩٤٩١٢٣١٠٠٢X",  # Arabic-Indic
                                    "११०१०५१९४९१२३१००२X",  # Devanagari
                                    "𝟏𝟏𝟎𝟏𝟎𝟓𝟏𝟗𝟒𝟗𝟏𝟐𝟑𝟏𝟎𝟎𝟐X"])  # mathematical bold
def test_ids_in_other_scripts_digits_are_refused(db, tmp_path, number):
    plan = plan_import(xlsx(tmp_path, "i.xlsx", [HEADER, ["王敏", "县法院", number]]))
    assert problems(plan) == [(2, "身份证号", "含有半角数字以外的字符（只能是数字 0–9，末位可以是 X）")]
    assert not plan.to_add


def test_full_width_id_digits_are_converted_to_ascii(db, tmp_path):
    """Full-width digits are what a Chinese input method types: translated, on purpose, to ASCII."""
    plan = plan_import(xlsx(tmp_path, "f.xlsx", [HEADER, ["王敏", "县法院", "１１０１０５１９４９１２３１００２Ｘ"]]))
    assert plan.ok and plan.to_add[0].data.id_number == ID_A and plan.to_add[0].data.id_number.isascii()


def test_escaped_control_characters_are_decoded_then_cleaned(db, tmp_path):
    rows = [HEADER + ["备注"], [("s", 0), "县法院", ("s", 1), "", "", "见_x005F_x0041_号文"]]
    plan = plan_import(xlsx(tmp_path, "x.xlsx", rows, shared=["王_x0007_敏", "1101051949123_x0007_1002X"]))
    assert problems(plan) == [(2, "身份证号", "应为18位，实际19位")]  # a control character in an ID: refused
    rows[1][2] = ""
    plan = plan_import(xlsx(tmp_path, "y.xlsx", rows, shared=["王_x0007_敏"]))
    assert plan.ok, plan.problems
    assert (plan.to_add[0].data.name, plan.to_add[0].data.remarks) == ("王敏", "见_x0041_号文")


def test_lower_case_references_land_in_their_columns(db, tmp_path):
    sheet = sheet_xml([HEADER]).replace("</sheetData></worksheet>", "")
    sheet += ('<row r="2"><c r="a2" t="inlineStr"><is><t>王敏</t></is></c><c r="b2" t="inlineStr"><is><t>县法院</t>'
              "</is></c></row></sheetData></worksheet>")
    plan = plan_import(write_parts(tmp_path / "a.xlsx", workbook_parts(sheet=sheet)))
    assert plan.ok, plan.problems
    assert (plan.to_add[0].data.name, plan.to_add[0].data.unit) == ("王敏", "县法院")


# ---------------------------------------------------------------- sheets

def test_a_hidden_sheet_is_never_imported(db, tmp_path):
    rows = [HEADER, ["隐藏人", "县法院"]]
    path = xlsx(tmp_path, "h.xlsx", sheets=[("说明", "visible", sheet_xml([["填表说明"]])),
                                            ("花名册", "hidden", sheet_xml(rows))])
    with pytest.raises(ImportRefused, match="隐藏的工作表“花名册”中有表头，但隐藏的工作表不会导入"):
        plan_import(path)


def test_the_visible_sheet_is_taken_and_the_others_named(db, tmp_path):
    path = xlsx(tmp_path, "v.xlsx", sheets=[("秘", "veryHidden", sheet_xml([HEADER, ["隐藏人", "县法院"]])),
                                            ("说明", "visible", sheet_xml([["填表说明"]])),
                                            ("花名册", "visible", sheet_xml([HEADER, ["王敏", "县法院"]]))])
    plan = plan_import(path)
    assert plan.sheet == "花名册" and [r.data.name for r in plan.to_add] == ["王敏"]
    assert plan.notes == ["隐藏的工作表“秘”未读取。", "第一个工作表“说明”中没有表头，导入的是工作表“花名册”。"]


# ---------------------------------------------------------------- bounds

def test_problem_listing_is_capped_and_the_rest_counted(db, tmp_path):
    rows = [HEADER] + [[f"人{i}", "县法院", "123"] for i in range(450)]
    plan = plan_import(xlsx(tmp_path, "bad.xlsx", rows), limits=ImportLimits(listed_problems=50))
    assert plan.problem_count == 450 and len(plan.problems) == 50 and plan.unlisted_problems == 400
    assert plan.problems[-1].row == 51
    assert plan.unlisted_note() == "……另有 400 处问题未列出（共 450 处，涉及 450 行）。请先改正上面列出的，再重新导入。"
    assert "问题 450 处" in plan.summary() and not plan.ok
    with pytest.raises(ImportRefused, match="还有 450 处问题"):
        apply_plan(plan, None)


def test_rows_beyond_the_limit_are_refused(on_file, tmp_path):
    rows = [HEADER] + [[f"人{i}", "县法院"] for i in range(101)]
    with pytest.raises(ImportRefused, match="数据超过 100 行"):
        plan_import(xlsx(tmp_path, "many.xlsx", rows), limits=ImportLimits(rows=100))
    assert len(plan_import(xlsx(tmp_path, "ok.xlsx", rows[:101]), limits=ImportLimits(rows=100)).to_add) == 100
    assert snapshot(on_file[0]) == on_file[1]


def test_read_limits_reach_the_reader(db, tmp_path):
    path = write_parts(tmp_path / "bomb.xlsx", workbook_parts(sheet=many_cells_sheet(3_000, one_row=True)))
    with pytest.raises(ImportRefused, match=INVALID + ".*超过 2000 个单元格"):
        plan_import(path, limits=ImportLimits(read=ReadLimits(cells=2_000)))


# ---------------------------------------------------------------- the command line

def attack_files(tmp_path) -> dict[str, tuple[Path, str]]:
    """name → (file, words the message must hold)."""
    good = [HEADER, ["新人", "县法院", idcard.make("421223", dt.date(1980, 1, 1), 5)]]
    files = {}

    def add(name, words, path):
        files[name] = (path, words)

    add("method", "不支持的压缩方式", patch_member(xlsx(tmp_path, "m.xlsx", good), SHEET, method=9))
    add("deflate", "已损坏", patch_member(xlsx(tmp_path, "d.xlsx", good), SHEET, corrupt_data=True))
    add("encrypted", "已加密", patch_member(xlsx(tmp_path, "e.xlsx", good), SHEET, flag_bits=1))
    truncated = tmp_path / "t.xlsx"
    truncated.write_bytes(xlsx(tmp_path, "t0.xlsx", good).read_bytes()[:300])
    add("truncated", "已损坏或不完整", truncated)
    text = tmp_path / "csv.xlsx"
    text.write_text("姓名,单位\n", encoding="utf-8")
    add("not a zip", "不是 Excel（.xlsx）文件", text)
    add("date 1e20", "第3行“出生日期”：“1e+20”不是可识别的日期",
        xlsx(tmp_path, "x.xlsx", good + [["王敏", "县法院", "", ("date", "1E+20")]]))
    add("phone in a date", "第3行“出生日期”：“13812345678”不是可识别的日期",
        xlsx(tmp_path, "y.xlsx", good + [["王敏", "县法院", "", ("date", 13812345678)]]))
    add("unicode id", "第3行“身份证号”：含有半角数字以外的字符",
        xlsx(tmp_path, "u.xlsx", good + [["王敏", "县法院", "١١٠١٠٥١٩٤٩١٢٣١٠٠٢X"]]))
    add("hidden", "隐藏的工作表“花名册”",
        xlsx(tmp_path, "h.xlsx", sheets=[("空", "visible", sheet_xml([["说明"]])), ("花名册", "hidden", sheet_xml(good))]))
    add("bad cell", "单元格位置", write_parts(tmp_path / "c.xlsx", workbook_parts(
        sheet=sheet_xml(good).replace('r="A2"', 'r="Ａ2"'))))
    return files


def test_every_attack_on_the_command_line_exits_2_and_writes_nothing(on_file, tmp_path):
    for name, (path, words) in attack_files(tmp_path).items():
        result = run_cli("--db", str(on_file[0]), "import-roster", str(path), "--update")
        assert result.returncode == 2, (name, result.stderr)
        assert words in result.stderr, (name, result.stderr)
        assert "Traceback" not in result.stderr and "错误：" in result.stderr, (name, result.stderr)
        assert snapshot(on_file[0]) == on_file[1], name


def test_command_line_lists_200_problems_then_counts_the_rest(on_file, tmp_path):
    rows = [HEADER] + [[f"人{i}", "县法院", "123"] for i in range(450)]
    result = run_cli("--db", str(on_file[0]), "import-roster", str(xlsx(tmp_path, "bad.xlsx", rows)))
    lines = result.stderr.splitlines()
    assert result.returncode == 2 and len(lines) == 202, lines[-3:]
    assert lines[0] == "第2行“身份证号”：应为18位，实际3位" and lines[199].startswith("第201行")
    assert lines[200] == "……另有 250 处问题未列出（共 450 处，涉及 450 行）。请先改正上面列出的，再重新导入。"
    assert lines[201].startswith("错误：bad.xlsx 中有 450 处问题，未写入任何数据")
    assert snapshot(on_file[0]) == on_file[1]
