"""The export-all workbook writer on sheets made here: 说明 first, frozen headers, real dates, formulas
neutralised, characters Excel refuses dropped, the file replaced whole."""
import datetime as dt

import openpyxl


def sheet(title, rows):
    from app.reports.ledgers import Column, Sheet

    return Sheet(title, [Column("序号", 6, None), Column("日期", 12, lambda r: r[0]), Column("内容", 30, lambda r: r[1]),
                         Column("比例", 8, lambda r: r[2], "0.0%")], rows)


def test_sheets_after_the_about_sheet(tmp_path):
    from app.reports.documents.workbook import write_workbook

    rows = [(dt.date(2021, 6, 1), "=1+1", 0.5), (dt.datetime(2021, 6, 2, 9, 30), "响铃\x07字符", None)]
    counts = write_workbook(tmp_path / "a.xlsx", [sheet("甲", rows), sheet("乙", [])], ["第一行", "第二行"])
    assert counts == {"甲": 2, "乙": 0}
    wb = openpyxl.load_workbook(tmp_path / "a.xlsx")
    assert wb.sheetnames == ["说明", "甲", "乙"]
    about = [c.value for c in wb["说明"]["A"]]
    assert about[:2] == ["第一行", "第二行"] and about[3:] == ["工作表", "甲", "乙"]
    ws = wb["甲"]
    assert ws.freeze_panes == "B2" and [c.value for c in ws[1]] == ["序号", "日期", "内容", "比例"]
    assert ws.cell(2, 1).value == 1 and ws.cell(3, 1).value == 2
    assert isinstance(ws.cell(2, 2).value, dt.datetime) and ws.cell(2, 2).number_format == "yyyy-mm-dd"
    assert ws.cell(3, 2).number_format == "yyyy-mm-dd hh:mm"
    assert ws.cell(2, 3).value == "'=1+1"
    assert ws.cell(3, 3).value == "响铃字符"
    assert ws.cell(2, 4).number_format == "0.0%" and ws.cell(3, 4).value is None
    assert not list(tmp_path.glob("*.part"))


def test_a_failed_write_leaves_the_old_file(tmp_path, monkeypatch):
    import pytest

    from app.common.xlsx_write import Workbook
    from app.reports.documents.workbook import write_workbook

    target = tmp_path / "a.xlsx"
    target.write_bytes(b"old")
    monkeypatch.setattr(Workbook, "close", lambda self: (_ for _ in ()).throw(OSError("disk full")))
    with pytest.raises(OSError):
        write_workbook(target, [sheet("甲", [])], ["说明"])
    assert target.read_bytes() == b"old" and not list(tmp_path.glob("*.part"))


def test_the_sheets_read_back_in_full_with_their_layout(tmp_path):
    """What openpyxl (as Excel would) reads of the streamed file: every row, widths, filter, print set-up."""
    from app.reports.documents.workbook import write_workbook

    rows = [(dt.date(2021, 3, 1) + dt.timedelta(days=i % 40), f"张&<三>{i}", i / 1000) for i in range(3000)]
    write_workbook(tmp_path / "b.xlsx", [sheet("考勤'明细", rows)], ["教育整顿全部台账"])
    wb = openpyxl.load_workbook(tmp_path / "b.xlsx")
    ws = wb["考勤'明细"]
    assert ws.max_row == 3001 and ws.cell(3001, 1).value == 3000
    assert ws.cell(3001, 3).value == "张&<三>2999" and ws.cell(3001, 2).value.date() == rows[-1][0]
    assert ws.cell(1, 1).font.b and ws.cell(1, 1).fill.fgColor.rgb.endswith("E8E8E8")
    assert ws.column_dimensions["C"].width == 30 and ws.auto_filter.ref == "A1:D3001"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize in ("9", 9)
    assert ws.print_title_rows in ("1:1", "$1:$1")
    about = wb["说明"]
    assert about.cell(1, 1).font.b and about.cell(3, 1).value == "工作表" and about.cell(4, 2).value == 3000
