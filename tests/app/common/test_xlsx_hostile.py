"""The hostile-file corpus against the streaming reader: every broken or malicious .xlsx ends in NotAnXlsx with a
Chinese reason (never zipfile's, zlib's or expat's own exception), within the limits it is given.

The limits are made small here so that each bound is reached with a file of a few kilobytes; the real-size
peaks are measured by bench/hostile_xlsx_bench.py."""
import zipfile

import pytest

from app.common.xlsx_read import NotAnXlsx, ReadLimits, Workbook, unescape
from tests.support.hostile_xlsx import (BILLION_LAUGHS, HEADER, NS, SHARED, SHEET, many_cells_sheet, patch_member,
                                        sheet_xml, workbook_parts, write_parts)

GOOD_ROWS = [HEADER, ["王敏", "县法院", "", "", ""]]
INVALID = "文件不是有效的 Excel 工作簿："


def read_all(path, limits=None):
    with Workbook(path, limits) as book:
        return [values for sheet in book.sheets for _row, values in book.rows(sheet)]


def refused(path, *words, limits=None):
    with pytest.raises(NotAnXlsx) as caught:
        read_all(path, limits)
    message = caught.value.message
    for word in words:
        assert word in message, message
    return message


def good_file(tmp_path, name="good.xlsx", **kwargs):
    return write_parts(tmp_path / name, workbook_parts(GOOD_ROWS, **kwargs))


def test_the_good_file_reads(tmp_path):
    assert read_all(good_file(tmp_path)) == GOOD_ROWS[:1] + [["王敏", "县法院", "", "", ""]]


# ---------------------------------------------------------------- the zip container

def test_unsupported_compression_method(tmp_path):
    path = patch_member(good_file(tmp_path), SHEET, method=9)  # Deflate64, which zipfile cannot inflate
    refused(path, INVALID, "不支持的压缩方式（编号 9）", SHEET)


def test_bad_deflate_data(tmp_path):
    path = patch_member(good_file(tmp_path), SHEET, corrupt_data=True)
    refused(path, INVALID, "已损坏")


def test_encrypted_member(tmp_path):
    path = patch_member(good_file(tmp_path), SHEET, flag_bits=0x1)
    refused(path, INVALID, "已加密")


def test_crc_mismatch(tmp_path):
    """One character changed in a stored member: still valid XML, but not what the CRC says."""
    path = write_parts(tmp_path / "crc.xlsx", workbook_parts(GOOD_ROWS), method=zipfile.ZIP_STORED)
    data = path.read_bytes()
    at = data.index("王敏".encode()) + 5
    path.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1:])
    refused(path, INVALID, "已损坏")


@pytest.mark.parametrize("content, words", [
    (b"", "不是 Excel"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500), "旧版 Excel（.xls）"),
    ("姓名,单位\n王敏,县法院\n".encode("gb18030"), "不是 Excel"),
    (None, "已损坏或不完整"),  # a good file cut short, as a broken download is
])
def test_truncated_or_not_a_zip(tmp_path, content, words):
    path = tmp_path / "x.xlsx"
    if content is None:
        good = good_file(tmp_path).read_bytes()
        content = good[: len(good) * 2 // 3]
    path.write_bytes(content)
    with pytest.raises(NotAnXlsx, match=words):
        read_all(path)


def test_too_many_members(tmp_path):
    parts = workbook_parts(GOOD_ROWS)
    parts.update({f"xl/media/image{i}.png": b"x" for i in range(30)})
    refused(write_parts(tmp_path / "m.xlsx", parts), "部件，超过上限 10 个", limits=ReadLimits(members=10))


def test_file_too_big(tmp_path):
    refused(good_file(tmp_path), "超过上限 0 MB", limits=ReadLimits(file_bytes=100))


# ---------------------------------------------------------------- bombs and giant parts

def test_zip_bomb_by_declared_size(tmp_path):
    """A sheet that inflates past sheet_bytes is refused from its header, before a byte is inflated."""
    parts = workbook_parts(sheet=many_cells_sheet(200_000, one_row=True))
    path = write_parts(tmp_path / "bomb.xlsx", parts)
    assert path.stat().st_size < 200_000 < len(parts[SHEET]) // 10  # it compresses well
    refused(path, INVALID, "压缩炸弹", SHEET, limits=ReadLimits(sheet_bytes=1024 * 1024))


@pytest.mark.parametrize("one_row", [True, False])
def test_zip_bomb_by_cell_count(tmp_path, one_row):
    """10 million cells took 2.3 GB: now every cell is dropped once read and the count is capped."""
    path = write_parts(tmp_path / "cells.xlsx", workbook_parts(sheet=many_cells_sheet(5_000, one_row=one_row)))
    refused(path, "超过 4000 个单元格", limits=ReadLimits(cells=4_000))
    assert len(read_all(path, ReadLimits(cells=5_000))) == (1 if one_row else 5_000)


def test_shared_strings_part_too_big(tmp_path):
    parts = workbook_parts([HEADER, [("s", 0)]], shared=["王" * 30_000] * 20)
    refused(write_parts(tmp_path / "s.xlsx", parts), SHARED, "超过上限 1 MB",
            limits=ReadLimits(shared_bytes=1024 * 1024))


def test_too_many_shared_strings(tmp_path):
    parts = workbook_parts([HEADER], shared=[str(i) for i in range(1_001)])
    refused(write_parts(tmp_path / "n.xlsx", parts), "共享字符串超过 1000 条", limits=ReadLimits(shared_count=1_000))


def test_string_longer_than_an_excel_cell(tmp_path):
    parts = workbook_parts([HEADER], shared=["王" * 32_768])
    refused(write_parts(tmp_path / "l.xlsx", parts), INVALID, "超过 Excel 单元格的上限 32767 字")
    assert read_all(write_parts(tmp_path / "k.xlsx", workbook_parts([[("s", 0)]], shared=["王" * 32_767])))[0][0] \
        == "王" * 32_767


def test_one_giant_text_is_stopped_while_it_is_read(tmp_path):
    sheet = f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData><row r="1"><c t="inlineStr"><is><t>' \
            + "王" * 400_000 + "</t></is></c></row></sheetData></worksheet>"
    path = write_parts(tmp_path / "t.xlsx", workbook_parts(sheet=sheet))
    refused(path, "超过 Excel 单元格的上限 32767 字")


def test_one_giant_attribute_is_stopped_while_it_is_read(tmp_path):
    """expat holds a whole start tag before it calls back: the bytes fed with no element are capped."""
    sheet = f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData><row r="1"><c r="A1" x="' \
            + "王" * 400_000 + '"><v>1</v></c></row></sheetData></worksheet>'
    path = write_parts(tmp_path / "a.xlsx", workbook_parts(sheet=sheet))
    refused(path, "超过 0 MB 的文字或属性", limits=ReadLimits(token_bytes=256 * 1024))
    assert read_all(path) == [[1]]


def test_billion_laughs(tmp_path):
    parts = workbook_parts([HEADER], shared=[])
    parts[SHARED] = BILLION_LAUGHS.encode()
    message = refused(write_parts(tmp_path / "lol.xlsx", parts), INVALID)
    assert "已损坏" in message or "超过 Excel 单元格的上限" in message  # expat's limit or ours, whichever first


def test_thousands_of_rich_text_runs_in_one_cell(tmp_path):
    runs = "<r><t>王</t></r><rPh><t>WANG</t></rPh>" * 3_000
    sheet = f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData><row r="1"><c t="inlineStr"><is>{runs}' \
            "</is></c></row></sheetData></worksheet>"
    assert read_all(write_parts(tmp_path / "e.xlsx", workbook_parts(sheet=sheet))) == [["王" * 3_000]]


# ---------------------------------------------------------------- cells

@pytest.mark.parametrize("cell, words", [
    ('<c r="Ａ2"><v>1</v></c>', "单元格位置“Ａ2”无效"),  # a full-width letter
    ('<c r="A-2"><v>1</v></c>', "单元格位置“A-2”无效"),
    ('<c r="A2" t="s"><v>-1</v></c>', "不存在的共享字符串“-1”"),  # Python would read the last one
    ('<c r="A2" t="s"><v>7</v></c>', "不存在的共享字符串“7”"),
    ('<c r="A2"><v>١٢</v></c>', "数值“١٢”无效"),  # int() reads Arabic-Indic digits
    ('<c r="A2"><v>1_000</v></c>', "数值“1_000”无效"),  # and underscores
    ('<c r="A2"><v>nan</v></c>', "数值“nan”无效"),
    ('<c r="A2"><v>1e999</v></c>', "超出范围"),
    ('<c r="A2"><v>' + "9" * 5000 + "</v></c>", "无效"),  # int() refuses 4,300 digits with its own error
])
def test_malformed_cells_name_the_cell(tmp_path, cell, words):
    sheet = f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData><row r="2">{cell}</row></sheetData></worksheet>'
    path = write_parts(tmp_path / "c.xlsx", workbook_parts(sheet=sheet, shared=["甲"]))
    refused(path, INVALID, words)


def test_malformed_row_number(tmp_path):
    sheet = f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData><row r="x"><c><v>1</v></c></row></sheetData></worksheet>'
    refused(write_parts(tmp_path / "r.xlsx", workbook_parts(sheet=sheet)), "行号“x”无效")


def test_lower_case_references_are_the_same_cells(tmp_path):
    sheet = sheet_xml([HEADER]).replace("</sheetData>", "") .replace("</worksheet>", "")
    sheet += '<row r="2"><c r="b2" t="inlineStr"><is><t>县法院</t></is></c><c r="a2" t="inlineStr"><is><t>王敏</t>' \
             '</is></c><c r="aa2"><v>7</v></c></row></sheetData></worksheet>'
    rows = read_all(write_parts(tmp_path / "a.xlsx", workbook_parts(sheet=sheet)))
    assert rows[1][:2] == ["王敏", "县法院"] and rows[1][26] == 7 and len(rows[1]) == 27


@pytest.mark.parametrize("serial", ["1E+20", "13812345678", "-5", "2958466"])
def test_date_formatted_number_outside_the_calendar_stays_a_number(tmp_path, serial):
    path = write_parts(tmp_path / "d.xlsx", workbook_parts([HEADER, ["王敏", "县法院", "", ("date", serial)]]))
    assert read_all(path)[1][3] == float(serial) and not isinstance(read_all(path)[1][3], bool)


def test_date_formatted_numbers_inside_it_are_dates(tmp_path):
    import datetime as dt

    path = write_parts(tmp_path / "d.xlsx", workbook_parts([HEADER, ["王敏", "县法院", "", ("date", 18263),
                                                                     ("date", 2958465)]]))
    assert read_all(path)[1][3:] == [dt.date(1949, 12, 31), dt.date(9999, 12, 31)]


def test_ooxml_escapes_are_decoded(tmp_path):
    parts = workbook_parts([HEADER, [("s", 0), "县_x005F_x0041_法院", ("raw", '<c r="C2" t="str"><v>a_x000D_b</v></c>')]],
                           shared=["王_x0007_敏"])
    rows = read_all(write_parts(tmp_path / "x.xlsx", parts))
    assert rows[1][:3] == ["王\x07敏", "县_x0041_法院", "a\rb"]  # the control characters are safe_text's to drop
    assert unescape("_x5E74__x0032_") == "年2" and unescape("_x12_") == "_x12_"


def test_hidden_sheets_are_marked(tmp_path):
    parts = workbook_parts(sheets=[("甲", "visible", sheet_xml(GOOD_ROWS)), ("乙", "hidden", sheet_xml(GOOD_ROWS)),
                                   ("丙", "veryHidden", sheet_xml(GOOD_ROWS))])
    with Workbook(write_parts(tmp_path / "h.xlsx", parts)) as book:
        assert [(s.name, s.visible) for s in book.sheets] == [("甲", True), ("乙", False), ("丙", False)]


def test_malformed_styles_and_workbook_are_refused(tmp_path):
    parts = workbook_parts(GOOD_ROWS)
    parts["xl/styles.xml"] = f'<styleSheet xmlns="{NS}"><cellXfs><xf numFmtId="abc"/></cellXfs></styleSheet>'.encode()
    refused(write_parts(tmp_path / "s.xlsx", parts), INVALID, "结构错误")
    parts = workbook_parts(GOOD_ROWS)
    del parts["xl/workbook.xml"]
    refused(write_parts(tmp_path / "w.xlsx", parts), INVALID, "缺少工作簿部件")
