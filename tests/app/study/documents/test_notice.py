"""The 会议通知 read back from the PDF: the official parts, the kept text, fonts embedded."""
import datetime as dt
import json

import pypdf
import pytest

from app.errors import ValidationErrors
from app.study import listing, sessions
from app.study.documents.notice import NoticeText, build_notice, current_notice, default_notice

from tests.support import pdf_checks
from tests.support.study_data import make_roster, session_data


def pdf_text(path) -> tuple[list[str], pypdf.PdfReader]:
    return pdf_checks.page_texts(path), pdf_checks.reader(path)


@pytest.fixture
def people(db):
    return make_roster()


def test_notice_has_the_official_parts(people, tmp_path):
    session = sessions.create_session(session_data(agenda="观看警示教育片\n通报典型案例", speaker="县委书记 王强"))
    notice = default_notice(listing.session_record(session.id), today=dt.date(2021, 5, 1))
    assert notice.title == "关于召开全县政法系统警示教育大会的通知"
    assert notice.addressee == "县法院、县检察院、县司法局"
    assert notice.date == dt.date(2021, 5, 1)
    out = build_notice(listing.session_record(session.id), tmp_path / "通知.pdf", notice)
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
    pdf_checks.assert_fonts_embedded(out)


def test_edited_notice_is_kept_and_flagged_when_the_session_changes(people, tmp_path):
    session = sessions.create_session(session_data())
    generated, edited, stale = current_notice(listing.session_record(session.id))
    assert not edited and not stale
    generated.body = generated.body.replace("严肃会议纪律", "严肃会场纪律")
    generated.attachments = []
    sessions.save_notice(session.id, generated.to_payload())
    kept, edited, stale = current_notice(listing.session_record(session.id))
    assert edited and not stale and "严肃会场纪律" in kept.body
    text = "".join(pdf_text(build_notice(listing.session_record(session.id), tmp_path / "n.pdf"))[0]).replace("\n", "")
    assert "严肃会场纪律" in text and "附件：" not in text
    data = sessions.session_data(session.id)
    data.place = "县人民会堂"
    sessions.update_session(session.id, data)
    kept, edited, stale = current_notice(listing.session_record(session.id))
    assert edited and stale and "严肃会场纪律" in kept.body  # kept, but the dialog will say it is out of date
    sessions.save_notice(session.id, None)
    assert "县人民会堂" in current_notice(listing.session_record(session.id))[0].body


def test_notice_round_trips_through_json():
    notice = NoticeText(title="t", addressee="a", body="b", attachments=["x"], issuer="i", date=dt.date(2021, 6, 1))
    again = NoticeText.from_payload(json.loads(json.dumps(notice.to_payload())))
    assert again == notice


def test_notice_without_title_is_refused(people, tmp_path):
    session = sessions.create_session(session_data())
    notice = default_notice(listing.session_record(session.id))
    notice.title = " "
    with pytest.raises(ValidationErrors, match="标题"):
        build_notice(listing.session_record(session.id), tmp_path / "n.pdf", notice)
    assert not (tmp_path / "n.pdf").exists()


def test_receipt_deadline_and_notice_date_come_before_the_meeting(people):
    from app.study.outputs import keep_notice

    session = sessions.create_session(session_data())  # the meeting is on 2021-05-08
    record = listing.session_record(session.id)
    ahead = default_notice(record, today=dt.date(2021, 5, 1))
    assert ahead.date == dt.date(2021, 5, 1) and "请各单位于5月7日前将参会回执" in ahead.body
    eve = default_notice(record, today=dt.date(2021, 5, 7))  # issued the day before: no "5月7日前" left
    assert eve.date == dt.date(2021, 5, 7)
    assert "于会议开始前将参会回执" in eve.body and "5月7日前" not in eve.body
    reprint = default_notice(record, today=dt.date(2021, 6, 1))  # printed again after the meeting
    assert reprint.date == dt.date(2021, 5, 5) and "请各单位于5月7日前" in reprint.body

    late = NoticeText(title=ahead.title, addressee=ahead.addressee, body=ahead.body, issuer=ahead.issuer,
                      date=dt.date(2021, 5, 9))
    with pytest.raises(ValidationErrors) as refused:
        keep_notice(session.id, late)
    assert [e.field for e in refused.value.errors] == ["成文日期"]
    assert "不能晚于会议日期" in str(refused.value)
    assert listing.session_record(session.id).saved_notice in (None, {}, "")  # nothing kept
    keep_notice(session.id, ahead)
    assert listing.session_record(session.id).saved_notice
