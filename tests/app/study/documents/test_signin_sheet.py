"""The 签到表 read back from the PDF: every expected person by unit, the totals, fonts embedded."""
import pypdf
import pytest

from app.study import attendance, audience, listing, sessions
from app.study.documents.signin_sheet import build_signin_sheet

from tests.support import pdf_checks
from tests.support.study_data import UNITS, make_roster, session_data


def pdf_text(path) -> tuple[list[str], pypdf.PdfReader]:
    return pdf_checks.page_texts(path), pdf_checks.reader(path)


@pytest.fixture
def people(db):
    return make_roster()


def test_signin_sheet_lists_everyone_by_unit_with_ink_totals(people, tmp_path):
    session = sessions.create_session(session_data())
    out = build_signin_sheet(listing.session_record(session.id), tmp_path / "签到表.pdf")
    pages, reader = pdf_text(out)
    text = "".join(pages).replace("\n", "")
    expected = audience.attendee_rows(session.id)
    assert len(expected) == 33
    for row in expected:
        assert row.name in text
    assert "县法院借调" not in text
    # One section per unit, each on its own page, then the summary.
    assert len(reader.pages) == 4
    for page, unit in zip(pages, UNITS):
        assert f"单位：{unit}（应到11人）" in page
        assert "应到 11 人" in page and "缺席人员及原因：" in page and "签到负责人（签名）" in page
    assert "签到汇总" in pages[-1] and "合计" in pages[-1]
    assert "全县政法系统警示教育大会签到表" in pages[0]
    assert "2021年5月8日（星期六）上午9:00—11:30" in pages[0]
    assert "病休" in pages[0]  # the door sees who is away
    pdf_checks.assert_fonts_embedded(out)


def test_signin_sheet_fills_the_totals_once_attendance_is_in(people, tmp_path):
    session = sessions.create_session(session_data())
    attendance.mark_all_present(session.id)
    rows = {r.name: r for r in audience.attendee_rows(session.id)}
    attendance.mark(session.id, [rows["县法院干警2"].id], "请假", "出差")
    attendance.mark(session.id, [rows["县法院干警3"].id], "缺席")
    attendance.mark(session.id, [rows["县法院干警4"].id], "迟到")
    pages, _reader = pdf_text(build_signin_sheet(listing.session_record(session.id), tmp_path / "s.pdf"))
    court = pages[0]
    court = court.replace("\n", "")
    # 11 expected: 9 marked present at once, then 干警2 on leave, 干警3 absent, 干警4 late; 病休 and 专案 on leave.
    assert "实到 7 人（其中迟到 1 人）" in court
    assert "缺席 4 人（请假 3 人，缺席 1 人）" in court
    assert "县法院干警2（请假：出差）" in court and "县法院病休（请假：病休）" in court
    summary = pages[-1]
    assert "合计" in summary and "33" in summary


def test_a_long_unit_repeats_the_header_on_every_page(db, tmp_path):
    from app.roster.officers import OfficerData, create_officer

    for i in range(60):
        create_officer(OfficerData(name=f"干警{i:02d}", unit="青山县公安局", department="城关派出所"))
    session = sessions.create_session(session_data(unit_names=["青山县公安局"]))
    pages, reader = pdf_text(build_signin_sheet(listing.session_record(session.id), tmp_path / "s.pdf"))
    assert len(reader.pages) == 3
    for page in pages:
        assert "序号" in page and "签名" in page
    text = "\n".join(pages)
    assert all(f"干警{i:02d}" in text for i in range(60))
    assert "应到 60 人" in pages[-1]
