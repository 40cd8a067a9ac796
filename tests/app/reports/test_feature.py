"""The overview's command line: print report and export-all, their Chinese errors, dates as typed."""
import datetime as dt

import pytest


def test_print_report_and_export_all_from_the_command_line(demo_db, tmp_path, capsys):
    from app import cli
    from app.store import campaign

    _phase, first, last = campaign.current().phase_ranges()[1]
    out = tmp_path / "r.pdf"
    assert cli.main(["--db", str(demo_db), "print", "report", "--from", first.isoformat(), "--to",
                     f"{last.year}年{last.month}月{last.day}日", "--out", str(out)]) == 0
    assert out.exists() and "工作情况报告已生成" in capsys.readouterr().out
    from tests.app.reports.documents.read_back import flat_text

    assert "专项排查开展情况" in flat_text(out)  # the features' sections, for the 查纠整改 phase asked for
    _phase, first, last = campaign.current().phase_ranges()[0]
    assert cli.main(["--db", str(demo_db), "print", "report", "--from", first.isoformat(), "--to", last.isoformat(),
                     "--out", str(out)]) == 0
    assert "专项排查开展情况" not in flat_text(out)  # they began after the 学习教育 phase
    assert cli.main(["--db", str(demo_db), "export-all", str(tmp_path / "x.xlsx")]) == 0
    printed = capsys.readouterr().out
    assert "人员台账：" in printed and "规章制度：" in printed and "问题线索登记表" not in printed
    assert cli.main(["--db", str(demo_db), "export-all", str(tmp_path / "x.xlsx"), "--with-clues"]) == 0
    assert "问题线索登记表：" in capsys.readouterr().out


@pytest.mark.parametrize("args, message", [
    (["print", "report", "--from", "2021-13-01"], "--from："),
    (["print", "report", "--from", "2021-06-30", "--to", "2021-06-01"], "晚于结束日期"),
    (["export-all", "台账.txt"], "应以 .xlsx 结尾"),
])
def test_command_line_errors_are_chinese_with_exit_2(demo_db, tmp_path, capsys, args, message):
    from app import cli

    if args[0] == "print":
        args = args + ["--out", str(tmp_path / "r.pdf")]
    assert cli.main(["--db", str(demo_db), *args]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and message in err
    assert not (tmp_path / "r.pdf").exists()


def test_month_alone_on_the_command_line_means_the_whole_month():
    from app.reports.feature import parse_day

    assert parse_day("2021-02", "--to", end=True) == dt.date(2021, 2, 28)
    assert parse_day("2021-02", "--from") == dt.date(2021, 2, 1)
    assert parse_day("", "--from") is None
