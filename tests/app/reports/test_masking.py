"""Issue 13, item 3: a masked ID number (area code and last four) and the birth date beside it gave the whole
number back. Wherever an ID is shown masked, the same output shows the year of birth only: the export-all
workbook and the 一人一档 (its record and its PDF). With the full number asked for and allowed, the full date."""
import datetime as dt

import openpyxl

from app.common import idcard
from tests.app.reports.documents.read_back import flat_text


def birth_forms(day: dt.date) -> list[str]:
    """The ways a birth date can be written on an output."""
    return [f"{day:%Y-%m-%d}", f"{day:%Y%m%d}", f"{day.year}年{day.month}月{day.day}日"]


def reconstructable(cells: list, number: str) -> bool:
    """Whether a row's cells give back the full number: it is there, or a masked one with its birth date."""
    birth = idcard.birth_date(number)
    texts = [c.strftime("%Y-%m-%d") if isinstance(c, dt.datetime | dt.date) else str(c) for c in cells if c is not None]
    if any(number in t for t in texts):
        return True
    shown_tail = any(idcard.mask(number) in t for t in texts)
    return shown_tail and any(form in t for t in texts for form in birth_forms(birth))


def test_export_all_shows_the_birth_year_beside_a_masked_id(demo_db, tmp_path):
    from app.reports.outputs import export_all
    from app.roster.officers import officer_rows

    numbers = {(r.name, r.unit, idcard.mask(r.id_number)): r.id_number for r in officer_rows() if r.id_number}
    export_all(tmp_path / "masked.xlsx")
    sheet = openpyxl.load_workbook(tmp_path / "masked.xlsx")["人员台账"]
    headers = [c.value for c in sheet[1]]
    assert "出生日期" not in headers and "出生年份" in headers
    name, unit, masked = headers.index("姓名"), headers.index("单位"), headers.index("身份证号")
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
    key = lambda row: (row[name], row[unit], row[masked])  # noqa: E731
    checked = [row for row in rows if key(row) in numbers]
    assert len(checked) > 400
    assert not any(reconstructable(row, numbers[key(row)]) for row in checked)
    year = headers.index("出生年份")
    assert all(row[year] == idcard.birth_date(numbers[key(row)]).year for row in checked)

    export_all(tmp_path / "full.xlsx", with_ids=True)  # asked for, and allowed (accounts off): the full date
    sheet = openpyxl.load_workbook(tmp_path / "full.xlsx")["人员台账"]
    headers = [c.value for c in sheet[1]]
    assert "出生日期" in headers and isinstance(sheet.cell(2, headers.index("出生日期") + 1).value, dt.datetime)


def test_person_file_shows_the_birth_year_beside_a_masked_id(demo_db, tmp_path):
    from app.reports import person_file as pf
    from app.reports.outputs import print_person_file
    from app.roster.models import Officer

    officer = Officer.select().where(Officer.id_number.is_null(False)).first()
    record = pf.person_file(officer.id)
    assert record.id_number == idcard.mask(officer.id_number)
    assert record.birth_shown == f"{officer.birth_date.year}年"
    text = flat_text(print_person_file(tmp_path / "p.pdf", officer.id))
    assert idcard.mask(officer.id_number) in text and f"{officer.birth_date.year}年" in text
    assert not any(form in text for form in birth_forms(officer.birth_date))
    full = pf.person_file(officer.id, with_id=True)
    assert full.id_number == officer.id_number and full.birth_shown == f"{officer.birth_date:%Y-%m-%d}"


def test_birth_shown_helper():
    day = dt.date(1949, 12, 31)
    assert idcard.birth_shown(day, full=True) == "1949-12-31"
    assert idcard.birth_shown(day, full=False) == "1949年"
    assert idcard.birth_shown(None, full=False) == ""
