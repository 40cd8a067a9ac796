"""会议、制发文件、向社会通报: validated writes with Chinese errors naming the field, nothing written when a save
fails, a unique 文号 (spaces and bracket style ignored), the next number proposed, period filters."""
import datetime as dt

import pytest

from app.affairs.issued import DocumentData, delete_document, document_rows, next_number, save_document
from app.affairs.meetings import (MeetingData, NoticeData, delete_meeting, meeting_rows, notice_rows, save_meeting,
                                  save_notice)
from app.affairs.models import IssuedDocument, Meeting, PublicNotice
from app.errors import NotFound, ValidationErrors

DAY = dt.date(2021, 3, 10)


def fields(exc) -> set[str]:
    return {e.field for e in exc.value.errors}


def test_a_meeting_is_saved_edited_listed_and_deleted(db):
    meeting = save_meeting(MeetingData(kind="县委常委会议", held_on=DAY, title="研究部署教育整顿", presided_by="县委书记",
                                       attendees="13"))
    save_meeting(MeetingData(kind="新闻发布会", held_on="2021-04-01", title="新闻发布会", media_invited=True))
    save_meeting(MeetingData(kind="县委常委会议", held_on=DAY, title="研究部署教育整顿（修改）", attendees=12), meeting.id)
    rows = meeting_rows()
    assert [r.kind for r in rows] == ["县委常委会议", "新闻发布会"]  # in date order
    assert rows[0].title == "研究部署教育整顿（修改）" and rows[0].attendees == 12 and rows[1].media_invited
    assert [r.kind for r in meeting_rows(kind="县委常委会议")] == ["县委常委会议"]
    assert [r.kind for r in meeting_rows(since=dt.date(2021, 3, 11))] == ["新闻发布会"]
    delete_meeting(meeting.id)
    assert Meeting.select().count() == 1
    with pytest.raises(NotFound):
        delete_meeting(meeting.id)


def test_a_bad_meeting_names_every_field_and_writes_nothing(db):
    with pytest.raises(ValidationErrors) as exc:
        save_meeting(MeetingData(kind="茶话会", held_on="2021-13-01", title="", attendees="十几"))
    assert fields(exc) == {"会议类别", "召开日期", "议题", "参会人数"}
    assert "茶话会" in str(exc.value) and "不在可选值中" in str(exc.value)
    assert Meeting.select().count() == 0


def test_a_notice_needs_a_channel_and_a_title(db):
    with pytest.raises(ValidationErrors) as exc:
        save_notice(NoticeData(issued_on=None, channel="", title=""))
    assert fields(exc) == {"通报日期", "通报渠道", "通报标题"}
    save_notice(NoticeData(issued_on=DAY, channel="融媒体中心", title="关于学习教育环节工作情况的通报"))
    assert [r.channel for r in notice_rows()] == ["融媒体中心"] and PublicNotice.select().count() == 1
    assert notice_rows(until=DAY - dt.timedelta(days=1)) == []


def test_a_document_number_is_unique_whatever_the_brackets_and_spaces(db):
    first = save_document(DocumentData(number="县教整办〔2021〕1号", issued_on=DAY, title="实施方案", kind="方案"))
    with pytest.raises(ValidationErrors) as exc:
        save_document(DocumentData(number=" 县教整办[2021] 1号", issued_on=DAY, title="另一个文件", kind="通知"))
    assert fields(exc) == {"文号"} and "已用于《实施方案》" in str(exc.value)
    assert IssuedDocument.select().count() == 1
    # the same document keeps its own number when edited; a typed (2021) is stored as 〔2021〕
    save_document(DocumentData(number="县教整办(2021)1号", issued_on=DAY, title="实施方案（修订）", kind="方案"), first.id)
    assert [(r.number, r.title) for r in document_rows()] == [("县教整办〔2021〕1号", "实施方案（修订）")]


def test_the_next_number_follows_the_highest_of_the_year_under_the_office_prefix(db):
    from app.store import campaign

    campaign.save({"county": "青山县", "office_short_name": "青教整办"})
    assert next_number(2021) == "青教整办〔2021〕1号"
    for n in (1, 2, 9):
        save_document(DocumentData(number=f"青教整办〔2021〕{n}号", issued_on=DAY, title=f"文件{n}", kind="通知"))
    save_document(DocumentData(number="青教整办〔2020〕30号", issued_on=DAY, title="旧文件", kind="通知"))
    assert next_number(2021) == "青教整办〔2021〕10号"
    assert next_number(2022) == "青教整办〔2022〕1号"


def test_a_bad_document_writes_nothing(db):
    with pytest.raises(ValidationErrors) as exc:
        save_document(DocumentData(number="", issued_on="昨天", title="", kind="公函"))
    assert fields(exc) == {"文号", "印发日期", "文件标题", "文种"}
    assert IssuedDocument.select().count() == 0
    doc = save_document(DocumentData(number="X〔2021〕1号", issued_on=DAY, title="T", kind="通知"))
    delete_document(doc.id)
    assert document_rows() == []


def test_a_reader_cannot_write(db):
    from app.errors import AppError
    from app.safety import access, accounts

    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅甲", access.ROLE_READER, "secret-2")
    accounts.login("reader", "secret-2")
    try:
        with pytest.raises(AppError):
            save_meeting(MeetingData(kind="县委常委会议", held_on=DAY, title="部署"))
    finally:
        accounts.logout()
    assert Meeting.select().count() == 0


def test_a_negative_head_count_is_refused(db):
    with pytest.raises(ValidationErrors) as exc:
        save_meeting(MeetingData(kind="其他", held_on=DAY, title="专题会", attendees=-3))
    assert fields(exc) == {"参会人数"} and "应为0或正整数" in str(exc.value)


def test_the_section_counts_small_numbers_as_the_article_does(people):
    from app.affairs.feature import report_section
    from app.affairs.heroes import RecommendationData, save_recommendation
    from app.affairs.report import times
    from app.store import campaign

    assert (times(2), times(10), times(11)) == ("两次", "十次", "11次")
    save_notice(NoticeData(issued_on=DAY, channel="报刊", title="通报"))
    save_meeting(MeetingData(kind="新闻发布会", held_on=DAY, title="发布会", media_invited=False))
    save_recommendation(RecommendationData(officer_id=people["zhang"].id, recommended_on=DAY, level="县级评选"))
    save_recommendation(RecommendationData(officer_id=people["wang"].id, recommended_on=DAY))
    heading, [meetings, heroes] = report_section(None, None)
    assert meetings == "教育整顿期间，共向社会通报工作情况一次，举办新闻发布会一次。"
    # A county not set up yet: 全县, and the office's default short name (教整办) as the reviewer.
    assert heroes == "政法各单位共推荐了2名政法干警参加评选，其中1人纳入全县“最美政法干警”评选范围，另有1人待教整办审核。"
    campaign.save({"county": "青山区", "office_short_name": "区教整办"})
    _heading, [_meetings, heroes] = report_section(None, None)
    assert "纳入全区“最美政法干警”评选范围" in heroes and "待区教整办审核" in heroes
