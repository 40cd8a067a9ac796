"""The ledgers of export-all: every sheet, in order, from the features' own rows; IDs masked and talk content
left out unless asked for."""


def test_sheets_in_order_with_ids_masked_and_no_content(demo_db):
    from app.reports import ledgers

    sheets = ledgers.sheets()
    assert tuple(s.title for s in sheets) == ledgers.SHEETS
    officers = sheets[0]
    id_column = next(c for c in officers.columns if c.header == "身份证号")
    assert all("*" in id_column.value(r) for r in officers.rows[:20] if r.id_number)
    talks = next(s for s in sheets if s.title == "谈话记录")
    assert "主要内容" not in [c.header for c in talks.columns]


def test_sheets_with_ids_and_content(demo_db):
    from app.reports import ledgers

    sheets = {s.title: s for s in ledgers.sheets(with_content=True, with_ids=True)}
    id_column = next(c for c in sheets["人员台账"].columns if c.header == "身份证号")
    assert any(id_column.value(r) == r.id_number and r.id_number for r in sheets["人员台账"].rows)
    assert "主要内容" in [c.header for c in sheets["谈话记录"].columns]


def test_about_lines_say_what_was_left_out(demo_db):
    import datetime as dt

    from app.reports import ledgers

    lines = ledgers.about_lines(today=dt.date(2021, 6, 30))
    assert lines[0].endswith("全部台账") and "导出日期：2021-06-30" in lines[1]
    assert lines[2].startswith("身份证号：已隐去") and lines[3] == "谈话内容：未包含（只列谈话时间、对象、类型和主题）"
    full = ledgers.about_lines(with_content=True, with_ids=True)
    assert full[2].startswith("身份证号：完整显示") and full[3].startswith("谈话内容：已包含")
