"""Printing a session's notice and sign-in sheet through the outputs: the documents, and the audit log."""
import pytest

from app.errors import NotFound
from app.safety.models import AuditEntry
from app.study import outputs, sessions

from tests.support import pdf_checks
from tests.support.study_data import make_roster, session_data


@pytest.fixture
def people(db):
    return make_roster()


def test_prints_are_recorded_in_the_audit_log(people, tmp_path):
    session = sessions.create_session(session_data())
    notice = outputs.print_notice(session.id, tmp_path / "n.pdf")
    sheet = outputs.print_signin_sheet(session.id, tmp_path / "s.pdf")
    assert "关于召开全县政法系统警示教育大会的通知" in "".join(pdf_checks.page_texts(notice))
    assert "签到汇总" in pdf_checks.page_texts(sheet)[-1]
    entries = list(AuditEntry.select().where(AuditEntry.action == "print").order_by(AuditEntry.id))
    assert [e.label for e in entries] == ["全县政法系统警示教育大会"] * 2
    assert "会议通知" in entries[0].detail and "签到表" in entries[1].detail and "应到33人" in entries[1].detail


def test_the_notice_text_for_editing(people):
    session = sessions.create_session(session_data())
    generated = outputs.generated_notice(session.id)
    shown, edited, stale = outputs.notice_text(session.id)
    assert shown == generated and not edited and not stale
    shown.title = "关于召开警示教育大会的通知"
    sessions.save_notice(session.id, shown.to_payload())
    kept, edited, stale = outputs.notice_text(session.id)
    assert kept.title == "关于召开警示教育大会的通知" and edited and not stale
    assert outputs.generated_notice(session.id).title == generated.title


def test_a_deleted_session_prints_nothing(people, tmp_path):
    session = sessions.create_session(session_data())
    sessions.delete_sessions([session.id])
    with pytest.raises(NotFound, match=str(session.id)):
        outputs.print_signin_sheet(session.id, tmp_path / "s.pdf")
    assert not (tmp_path / "s.pdf").exists()
    assert AuditEntry.select().where(AuditEntry.action == "print").count() == 0
