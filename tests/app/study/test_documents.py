"""The 会议通知 and the 签到表 read back from the PDF: text, totals, every expected person, fonts embedded."""
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest

from app.study import service as study
from app.study.documents.signin_sheet import build_signin_sheet
from app.study.documents.notice import NoticeText, build_notice, current_notice, default_notice

from tests.support.study_data import UNITS, make_roster, session_data

ROOT = Path(__file__).resolve().parents[3]
COURT, PROCURATORATE, JUSTICE = list(UNITS)


def pdf_text(path) -> tuple[list[str], pypdf.PdfReader]:
    reader = pypdf.PdfReader(str(path))
    return [page.extract_text() for page in reader.pages], reader


def assert_fonts_embedded(reader: pypdf.PdfReader) -> None:
    seen = 0
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert descriptor is not None, f"{font['/BaseFont']} has no descriptor"
            descriptor = descriptor.get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font["/BaseFont"]
            seen += 1
    assert seen


@pytest.fixture
def people(db):
    return make_roster()


def test_signin_sheet_lists_everyone_by_unit_with_ink_totals(people, tmp_path):
    session = study.create_session(session_data())
    out = build_signin_sheet(session.id, tmp_path / "签到表.pdf")
    pages, reader = pdf_text(out)
    text = "".join(pages).replace("\n", "")
    expected = study.attendee_rows(session.id)
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
    assert_fonts_embedded(reader)


def test_signin_sheet_fills_the_totals_once_attendance_is_in(people, tmp_path):
    session = study.create_session(session_data())
    study.mark_all_present(session.id)
    rows = {r.name: r for r in study.attendee_rows(session.id)}
    study.mark(session.id, [rows["县法院干警2"].id], "请假", "出差")
    study.mark(session.id, [rows["县法院干警3"].id], "缺席")
    study.mark(session.id, [rows["县法院干警4"].id], "迟到")
    pages, _reader = pdf_text(build_signin_sheet(session.id, tmp_path / "s.pdf"))
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
    session = study.create_session(session_data(unit_names=["青山县公安局"]))
    pages, reader = pdf_text(build_signin_sheet(session.id, tmp_path / "s.pdf"))
    assert len(reader.pages) == 3
    for page in pages:
        assert "序号" in page and "签名" in page
    text = "\n".join(pages)
    assert all(f"干警{i:02d}" in text for i in range(60))
    assert "应到 60 人" in pages[-1]


def test_notice_has_the_official_parts(people, tmp_path):
    session = study.create_session(session_data(agenda="观看警示教育片\n通报典型案例", speaker="县委书记 王强"))
    notice = default_notice(session.id, today=dt.date(2021, 5, 1))
    assert notice.title == "关于召开全县政法系统警示教育大会的通知"
    assert notice.addressee == "县法院、县检察院、县司法局"
    assert notice.date == dt.date(2021, 5, 1)
    out = build_notice(session.id, tmp_path / "通知.pdf", notice)
    pages, reader = pdf_text(out)
    text = "".join(pages).replace("\n", "")
    for part in ("关于召开全县政法系统警示教育大会的通知", "县法院、县检察院、县司法局：",
                 "2021年5月8日（星期六）上午9:00—11:30", "县委党校报告厅", "共33人", "1.观看警示教育片；",
                 "2.通报典型案例。", "（一）严肃会议纪律。", "主讲", "县委书记 王强",
                 "联系人：刘敏，联系电话：0715-3321234。", "附件：参会回执", "2021年5月1日", "填报人"):
        assert part in text, part
    assert "青山县" not in notice.addressee
    assert len(reader.pages) == 3  # two pages of notice, then the receipt form
    assert "参会回执" in pages[2] and "附件" in pages[2]
    assert "2021年5月1日" in pages[1] and "领导小组办公室" in pages[1]  # issuer and date stay together
    assert_fonts_embedded(reader)


def test_edited_notice_is_kept_and_flagged_when_the_session_changes(people, tmp_path):
    session = study.create_session(session_data())
    generated, edited, stale = current_notice(session.id)
    assert not edited and not stale
    generated.body = generated.body.replace("严肃会议纪律", "严肃会场纪律")
    generated.attachments = []
    study.save_notice(session.id, generated.to_payload())
    kept, edited, stale = current_notice(session.id)
    assert edited and not stale and "严肃会场纪律" in kept.body
    text = "".join(pdf_text(build_notice(session.id, tmp_path / "n.pdf"))[0]).replace("\n", "")
    assert "严肃会场纪律" in text and "附件：" not in text
    data = study.session_data(session.id)
    data.place = "县人民会堂"
    study.update_session(session.id, data)
    kept, edited, stale = current_notice(session.id)
    assert edited and stale and "严肃会场纪律" in kept.body  # kept, but the dialog will say it is out of date
    study.save_notice(session.id, None)
    assert "县人民会堂" in current_notice(session.id)[0].body


def test_notice_round_trips_through_json():
    notice = NoticeText(title="t", addressee="a", body="b", attachments=["x"], issuer="i", date=dt.date(2021, 6, 1))
    again = NoticeText.from_payload(json.loads(json.dumps(notice.to_payload())))
    assert again == notice


def test_notice_without_title_is_refused(people, tmp_path):
    session = study.create_session(session_data())
    notice = default_notice(session.id)
    notice.title = " "
    with pytest.raises(study.ValidationErrors, match="标题"):
        build_notice(session.id, tmp_path / "n.pdf", notice)
    assert not (tmp_path / "n.pdf").exists()


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


def test_print_commands(demo_db_file, tmp_path):
    notice = run("--db", str(demo_db_file), "print", "notice", "--session", "1", "--out", str(tmp_path / "n.pdf"))
    assert notice.returncode == 0, notice.stderr
    signin = run("--db", str(demo_db_file), "print", "signin", "--session", "1", "--out", str(tmp_path / "s.pdf"))
    assert signin.returncode == 0, signin.stderr
    assert pypdf.PdfReader(str(tmp_path / "s.pdf")).pages
    missing = run("--db", str(demo_db_file), "print", "signin", "--session", "9999", "--out", str(tmp_path / "x.pdf"))
    assert missing.returncode == 2 and "9999" in missing.stderr and "Traceback" not in missing.stderr
    assert not (tmp_path / "x.pdf").exists()
    stats = json.loads(run("--db", str(demo_db_file), "stats", "--json").stdout)
    assert stats["study"]["reflections"] == 1756 and stats["study"]["sessions_per_type"]["警示教育大会"] == 12
