"""The streaming .xlsx reader."""
import datetime as dt

from tests.support.xlsx_helpers import write_xlsx


def test_reader_agrees_with_openpyxl(tmp_path):
    from openpyxl import load_workbook

    from app.common.xlsx_read import Workbook

    path = write_xlsx(tmp_path / "s.xlsx", [["姓名", "数", "日期", "真"], ["王", 12, dt.datetime(2021, 6, 11), True],
                                            ["李", 1.5, dt.datetime(2021, 6, 11, 8, 30), False]])
    ours = [values for _r, values in Workbook(path).rows(Workbook(path).sheets[0])]
    theirs = [[v for v in row] for row in load_workbook(path, read_only=True).active.iter_rows(values_only=True)]
    assert ours[1:] == [[v.date() if isinstance(v, dt.datetime) and not v.hour else v for v in row] for row in theirs[1:]]
