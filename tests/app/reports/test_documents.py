"""The summary report and the 一人一档 PDF read back (pages, figures as text, fonts embedded, no Helvetica),
the export-all workbook opened with openpyxl (every sheet, its rows, dates, frozen header, neutralised
formulas, masked IDs, no talk content unless asked), and the command line."""
import datetime as dt
import re

import openpyxl
from tests.support import pdf_checks
import pytest

TODAY = dt.date.today()


def flat_text(path) -> str:
    """All pages' text with line breaks and spaces removed (the grid breaks lines anywhere)."""
    return re.sub(r"\s+", "", "".join(pdf_checks.page_texts(path)))


def assert_no_helvetica(path) -> None:
    names = pdf_checks.assert_fonts_embedded(path)
    assert not [n for n in names if "Helvetica" in n]
    for font in pdf_checks.fonts_of(path):
        assert "Helvetica" not in str(font.get("/BaseFont")), font


# ---------------------------------------------------------------- summary report

def test_summary_report_reads_back_with_every_figure(demo_db, tmp_path):
    from app.reports import overview
    from app.store import settings
    from app.reports.documents.summary_report import build_summary_report

    out = build_summary_report(tmp_path / "报告.pdf", addressee="市政法队伍教育整顿领导小组办公室")
    assert_no_helvetica(out)
    sizes = pdf_checks.page_sizes(out)
    assert 3 <= len(sizes) <= 8 and all(s == pdf_checks.A4_POINTS for s in sizes)
    text = flat_text(out)
    o = overview.overview()
    assert "青山县政法队伍教育整顿工作情况报告" in text
    assert "市政法队伍教育整顿领导小组办公室：" in text
    for t in o.study.types:
        if t.held:
            assert t.phrase in text, t.phrase
    assert f"共计{o.study.held}场次" in text
    assert f"出勤率{overview.percent(o.study.attendance_rate)}" in text
    assert f"收集政法干警学习心得体会{o.study.reflections}篇" in text
    assert f"全县在岗在编干警{o.officers.in_campaign}人，已进行三轮谈心谈话，谈话共计{o.talks.person_times}人次" in text
    assert "谈心谈话实现全覆盖" in text
    assert f"梳理汇总意见建议{o.feedback.collected}条" in text
    assert f"已整改销号{o.feedback.closed}条" in text
    leader = next(t for t in o.pledges.templates if t.audience == "leader")
    assert f"签订《{leader.name}》{leader.signed}份" in text
    for row in o.units[:-1]:
        assert row.name in text
    assert "图1" in text and "图2" in text  # the charts, their captions in the CJK font
    assert settings.get("office_name") in text and f"{TODAY.year}年{TODAY.month}月{TODAY.day}日" in text


def test_summary_report_for_a_phase_says_so_and_counts_only_it(demo_db, tmp_path):
    from app.reports import overview
    from app.store import settings
    from app.reports.documents.summary_report import build_summary_report

    _phase, first, last = settings.phase_ranges()[0]
    out = build_summary_report(tmp_path / "阶段.pdf", first, last)
    text = flat_text(out)
    o = overview.overview(first, last)
    assert overview.Period("", first, last).text in text
    assert f"共计{o.study.held}场次" in text
    assert f"谈话共计{o.talks.person_times}人次" in text
    assert_no_helvetica(out)


def test_summary_report_on_an_empty_database(db, tmp_path):
    from app.reports.documents.summary_report import build_summary_report

    out = build_summary_report(tmp_path / "空.pdf")
    text = flat_text(out)
    assert "统计期间内没有举办学习活动" in text and "统计期间内没有谈心谈话记录" in text
    assert_no_helvetica(out)


def test_report_charts_use_only_printable_characters(demo_db):
    from app.documents import layout
    from app.reports.documents.summary_report import report_story

    assert layout.unprintable_characters(report_story()) == set()


# ---------------------------------------------------------------- 一人一档 PDF

def test_person_file_pdf(demo_db, tmp_path):
    from app.reports import person_file as pf
    from app.reports.documents.person_file import build_person_file
    from app.roster.models import Officer
    from app.study.models import Attendee

    officer_id = Attendee.select(Attendee.officer).where(Attendee.status == "缺席").first().officer_id
    officer = Officer.get_by_id(officer_id)
    plain = build_person_file(tmp_path / "plain.pdf", pf.person_file(officer_id))
    with_content = pf.person_file(officer_id, with_content=True)
    secret = build_person_file(tmp_path / "secret.pdf", with_content)
    for path in (plain, secret):
        assert_no_helvetica(path)
    text = flat_text(plain)
    assert "政法干警教育整顿一人一档" in text and officer.name in text
    assert officer.id_number not in text and officer.id_number[-4:] in text  # masked
    assert "内部资料" not in text
    said = next(t.content for t in with_content.talks if t.content)
    assert re.sub(r"\s+", "", said)[:12] not in text
    secret_text = flat_text(secret)
    assert re.sub(r"\s+", "", said)[:12] in secret_text and "内部资料" in secret_text


# ---------------------------------------------------------------- export-all workbook

def test_export_all_has_every_ledger(demo_db, tmp_path):
    from app.feedback.ledger import ledger_rows
    from app.reports.excel_all import SHEETS, export_all
    from app.pledges.models import Pledge
    from app.roster.models import Officer, OutsideLeader
    from app.study.models import Attendee, StudySession
    from app.talks.models import Talk

    counts = export_all(tmp_path / "全部.xlsx")
    wb = openpyxl.load_workbook(tmp_path / "全部.xlsx")
    assert wb.sheetnames == ["说明", *SHEETS]
    expected = {
        "人员台账": Officer.select().where(Officer.deleted_at.is_null()).count(),
        "系统外领导干部": OutsideLeader.select().where(OutsideLeader.deleted_at.is_null()).count(),
        "学习活动": StudySession.select().where(StudySession.deleted_at.is_null()).count(),
        "考勤明细": Attendee.select().join(StudySession).where(StudySession.deleted_at.is_null()).count(),
        "谈话记录": Talk.select().where(Talk.deleted_at.is_null()).count(),
        "整改清单": len(ledger_rows()),
        "承诺书": Pledge.select().where(Pledge.replaced_at.is_null()).count(),
    }
    assert counts == expected
    for title, n in expected.items():
        ws = wb[title]
        assert ws.max_row == n + 1, title
        assert ws.freeze_panes == "B2" and ws.cell(1, 1).value == "序号"
        assert ws.cell(n + 1, 1).value == n
    about = [c.value for c in wb["说明"]["A"]]
    assert "人员台账" in about and "谈话内容：未包含（只列谈话时间、对象、类型和主题）" in about
    officers = wb["人员台账"]
    headers = [c.value for c in officers[1]]
    ids = [officers.cell(r, headers.index("身份证号") + 1).value for r in range(2, 12)]
    assert all(i is None or "*" in i for i in ids) and any(ids)
    assert isinstance(officers.cell(2, headers.index("出生日期") + 1).value, dt.datetime)
    sessions = wb["学习活动"]
    session_headers = [c.value for c in sessions[1]]
    assert isinstance(sessions.cell(2, session_headers.index("日期") + 1).value, dt.datetime)
    assert sessions.cell(2, session_headers.index("出勤率") + 1).number_format == "0.0%"
    talk_headers = [c.value for c in wb["谈话记录"][1]]
    assert "主要内容" not in talk_headers and "谈话主题" in talk_headers
    assert officers.column_dimensions["H"].width >= 20  # 单位: sensible widths


def test_export_all_neutralises_formulas_and_keeps_content_out(demo_db, tmp_path):
    from app.feedback.suggestions import SuggestionData, create_suggestion
    from app.reports.excel_all import export_all
    from app.talks.models import Talk

    create_suggestion(SuggestionData(collected_on=TODAY, channel="座谈会",
                                     content="=HYPERLINK(\"http://x\",\"点我\")"))
    export_all(tmp_path / "a.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx")["整改清单"]
    headers = [c.value for c in ws[1]]
    column = headers.index("意见建议内容") + 1
    values = [ws.cell(r, column).value for r in range(2, ws.max_row + 1)]
    assert "'=HYPERLINK(\"http://x\",\"点我\")" in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    said = Talk.select(Talk.content).where(Talk.content != "").first().content
    flat = {str(c.value) for row in openpyxl.load_workbook(tmp_path / "a.xlsx")["谈话记录"].iter_rows() for c in row}
    assert said not in flat


def test_export_all_with_content_and_ids_needs_permission(demo_db, tmp_path, monkeypatch):
    from app.safety import access
    from app.reports.excel_all import export_all
    from app.roster.models import Officer

    export_all(tmp_path / "full.xlsx", with_content=True, with_ids=True)
    wb = openpyxl.load_workbook(tmp_path / "full.xlsx")
    assert "主要内容" in [c.value for c in wb["谈话记录"][1]]
    some_id = Officer.select().where(Officer.id_number.is_null(False)).first().id_number
    assert some_id in {c.value for c in wb["人员台账"]["E"]}
    monkeypatch.setattr(access, "can", lambda permission: permission == access.EDIT)
    for option in ({"with_content": True}, {"with_ids": True}):
        with pytest.raises(access.PermissionDenied):
            export_all(tmp_path / "no.xlsx", **option)
    assert not (tmp_path / "no.xlsx").exists()


# ---------------------------------------------------------------- command line

def test_print_report_and_export_all_from_the_command_line(demo_db, tmp_path, capsys):
    from app import cli
    from app.store import settings

    _phase, first, last = settings.phase_ranges()[1]
    out = tmp_path / "r.pdf"
    assert cli.main(["--db", str(demo_db), "print", "report", "--from", first.isoformat(), "--to",
                     f"{last.year}年{last.month}月{last.day}日", "--out", str(out)]) == 0
    assert out.exists() and "工作情况报告已生成" in capsys.readouterr().out
    assert cli.main(["--db", str(demo_db), "export-all", str(tmp_path / "x.xlsx")]) == 0
    assert "人员台账：" in capsys.readouterr().out


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
