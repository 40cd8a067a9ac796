"""Every document reads the county, office and issuer from the campaign settings: set another county and
each one prints it and no "××" placeholder (read back from the PDF or workbook). The overview's phase
presets follow the phase dates."""
import datetime as dt

import openpyxl
import pytest

from app.store import campaign
from tests.support import pdf_checks

COUNTY = "松溪县"
OFFICE = "松溪县政法队伍教育整顿领导小组办公室"


def pdf_text(path) -> str:
    return "".join(pdf_checks.page_texts(path)).replace("\n", "").replace(" ", "")


@pytest.fixture
def songxi(demo_db):
    """The demo data under another county; office, committee and issuer left to follow the county."""
    campaign.save({"county": COUNTY, "office_name": "", "committee_name": "", "issuer": ""})
    return demo_db


def test_the_notice_names_the_county_and_is_signed_by_its_office(songxi, tmp_path):
    from app.study.models import StudySession
    from app.study.outputs import generated_notice, print_notice

    session = StudySession.select().where(StudySession.deleted_at.is_null()).first()
    notice = generated_notice(session.id)
    assert notice.issuer == OFFICE
    text = pdf_text(print_notice(session.id, tmp_path / "通知.pdf", notice))
    assert f"为深入推进{COUNTY}政法队伍教育整顿" in text and f"报送{OFFICE}" in text
    assert "××" not in text and "青山县政法队伍" not in text


def test_the_notice_signature_is_the_issuer_set(songxi, tmp_path):
    from app.study.models import StudySession
    from app.study.outputs import generated_notice

    campaign.save({"issuer": "中共松溪县委政法委员会"})
    session = StudySession.select().first()
    assert generated_notice(session.id).issuer == "中共松溪县委政法委员会"


def test_the_report_title_and_signature(songxi, tmp_path):
    from app.reports.outputs import print_report

    text = pdf_text(print_report(tmp_path / "报告.pdf"))
    assert f"{COUNTY}政法队伍教育整顿工作情况报告" in text and OFFICE in text and "××" not in text


def test_feedback_ledger_overdue_list_and_reply_letter(songxi, tmp_path):
    from app.feedback.ledger import ledger_rows
    from app.feedback.outputs import export_ledger, print_ledger, print_overdue, print_reply_letter

    print_ledger(tmp_path / "清单.pdf")
    ledger = pdf_text(tmp_path / "清单.pdf")
    assert f"{COUNTY}政法队伍教育整顿征求意见建议整改清单" in ledger and f"制表：{OFFICE}" in ledger
    print_overdue(tmp_path / "逾期.pdf")
    assert OFFICE in pdf_text(tmp_path / "逾期.pdf")
    closed = next(r for r in ledger_rows() if r.status == "已销号" and not r.anonymous)
    letter = pdf_text(print_reply_letter(tmp_path / "回复函.pdf", closed.id))
    assert f"感谢您对{COUNTY}政法队伍教育整顿工作的关心和支持" in letter and OFFICE in letter
    export_ledger(tmp_path / "清单.xlsx")
    title = openpyxl.load_workbook(tmp_path / "清单.xlsx").worksheets[0]["A1"].value
    assert title.startswith(f"{COUNTY}政法队伍教育整顿征求意见建议整改清单")
    for text in (ledger, pdf_text(tmp_path / "逾期.pdf"), letter, title):
        assert "××" not in text


def test_pledge_addressee_and_person_file(songxi, tmp_path):
    from app.pledges.ledger import pledge_rows
    from app.pledges.outputs import pledge_pdf
    from app.pledges.templates import template_by_key
    from app.reports.outputs import print_person_file
    from app.roster.models import Officer

    political = template_by_key("political-rectification")
    pledge = pledge_rows(template_id=political.id)[0]
    text = pdf_text(pledge_pdf(pledge.id, tmp_path / "承诺书.pdf"))
    assert f"{COUNTY}政法队伍教育整顿领导小组" in text and "××" not in text
    officer = Officer.select().first()
    text = pdf_text(print_person_file(tmp_path / "一人一档.pdf", officer.id))
    assert OFFICE in text and "××" not in text


def test_workbooks_carry_the_county_in_their_titles(songxi, tmp_path):
    from app.reports.ledgers import about_lines
    from app.roster.outputs import export_roster

    assert about_lines()[0] == f"{COUNTY}政法队伍教育整顿全部台账"
    export_roster(tmp_path / "台账.xlsx")
    assert openpyxl.load_workbook(tmp_path / "台账.xlsx").worksheets[0]["A1"].value == f"{COUNTY}政法干警人员台账"


def test_a_new_database_prints_no_county_in_titles(db, tmp_path):
    from app.reports.ledgers import about_lines
    from app.reports.outputs import print_report

    text = pdf_text(print_report(tmp_path / "报告.pdf"))
    assert "政法队伍教育整顿工作情况报告" in text and "××县政法队伍教育整顿工作情况报告" not in text
    assert about_lines()[0] == "政法队伍教育整顿全部台账"


def test_overview_phase_presets_follow_the_phase_dates(db):
    from app.reports.scope import periods

    assert [p.label for p in periods(dt.date(2021, 4, 10))] == ["全部", "本月"]
    campaign.save({"county": COUNTY, "study_start": "2021-03-01", "rectify_start": "2021-04-06",
                   "summary_start": "2021-06-01", "campaign_end": "2021-06-30"})
    presets = {p.label: (p.since, p.until) for p in periods(dt.date(2021, 4, 10))}
    assert presets["学习教育阶段"] == (dt.date(2021, 3, 1), dt.date(2021, 4, 5))
    assert presets["查纠整改阶段"] == (dt.date(2021, 4, 6), dt.date(2021, 5, 31))
    assert presets["总结提升阶段"] == (dt.date(2021, 6, 1), dt.date(2021, 6, 30))
    assert list(presets) == ["全部", "学习教育阶段", "查纠整改阶段", "总结提升阶段", "本月"]


def test_the_demo_is_configured_for_its_county(demo_db):
    current = campaign.current()
    assert current.is_configured() and current.county == "青山县" and current.office_short == "县教整办"
    phases = current.phase_ranges()
    assert [(last - first).days + 1 for _p, first, last in phases] == [30, 75, 15]
    assert current.phase_on(dt.date.today()) == "查纠整改"


def test_a_district_says_quan_qu(songxi, tmp_path):
    """全区 / 我区 where the county is a district; the office's short name in a new session's requirements."""
    from app.reports.outputs import print_report
    from app.study.sessions import new_session_data

    campaign.save({"county": "青山区", "office_short_name": "区教整办"})
    text = pdf_text(print_report(tmp_path / "报告.pdf"))
    assert "全区在岗在编干警" in text and "全县" not in text
    assert "报区教整办备案" in new_session_data().requirements
