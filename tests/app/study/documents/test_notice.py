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
