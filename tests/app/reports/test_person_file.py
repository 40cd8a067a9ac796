"""一人一档: one officer's whole record, the suggestions linked to them, what needs a permission; the search."""
import pytest

from tests.app.reports.direct_counts import TODAY, participations


def _officer_with_everything():
    from app.study.models import Attendee

    missed = Attendee.select(Attendee.officer).where(Attendee.status == "缺席")
    return missed.first().officer_id


def test_person_file_holds_the_whole_record(demo_db):
    from app.common import idcard
    from app.pledges.models import Pledge
    from app.reports import person_file as pf
    from app.roster.models import Officer
    from app.study.models import Attendee, StudySession
    from app.talks.models import TalkParticipant

    officer_id = _officer_with_everything()
    officer = Officer.get_by_id(officer_id)
    f = pf.person_file(officer_id)
    assert f.name == officer.name and f.unit == officer.unit.name
    assert f.id_number == idcard.mask(officer.id_number) and "*" in f.id_number
    assert len(f.sessions) == (Attendee.select().join(StudySession)
                               .where(Attendee.officer == officer_id, StudySession.deleted_at.is_null()).count())
    assert any(s.status == "缺席" and s.makeup_kind for s in f.sessions)
    assert len(f.talks) == participations().where(TalkParticipant.officer == officer_id).count()
    assert all(not t.content for t in f.talks)
    assert len(f.pledges) == Pledge.select().where(Pledge.officer == officer_id, Pledge.replaced_at.is_null()).count()
    assert f"心得体会{f.reflections}篇" in f.summary()


def test_person_file_attendance_follows_the_study_rule(demo_db):
    from app.reports import person_file as pf

    f = pf.person_file(_officer_with_everything())
    marked = [s for s in f.sessions if s.status]
    attended = [s for s in f.sessions if s.status in ("出席", "迟到")]
    assert f.attended == len(attended) and all(s.attended for s in attended)
    assert [s.status for s in f.missed] == [s.status for s in marked if s not in attended]
    assert f.summary().startswith(f"学习活动应到{len(marked)}场、参加{len(attended)}场")


def test_person_file_links_suggestions_by_role_and_unit(demo_db):
    from app.feedback.suggestions import SuggestionData, create_suggestion
    from app.reports import person_file as pf
    from app.roster.models import Officer, Unit

    officer = Officer.get_by_id(_officer_with_everything())
    other_unit = Unit.select().where(Unit.id != officer.unit_id).first()
    mine = create_suggestion(SuggestionData(
        collected_on=TODAY, channel="座谈会", content="请加快案件办理进度", unit=officer.unit.name, person=officer.name))
    elsewhere = create_suggestion(SuggestionData(
        collected_on=TODAY, channel="座谈会", content="同名同姓，但在别的单位", unit=other_unit.name, person=officer.name))
    raised = create_suggestion(SuggestionData(
        collected_on=TODAY, channel="座谈会", content="建议改进值班制度", submitter_name=officer.name, submitter_category="政法干警"))
    lines = {s.code: s for s in pf.person_file(officer.id).suggestions}
    assert lines[mine.code].role == "责任人"
    assert lines[raised.code].role == "提出人"
    assert elsewhere.code not in lines


def test_person_file_content_and_id_need_permission(demo_db, monkeypatch):
    from app.reports import person_file as pf
    from app.roster.models import Officer
    from app.safety import access

    officer_id = _officer_with_everything()
    full = pf.person_file(officer_id, with_content=True, with_id=True)
    assert full.id_number == Officer.get_by_id(officer_id).id_number
    assert any(t.content for t in full.talks)
    monkeypatch.setattr(access, "can", lambda permission: permission not in (access.TALK_CONTENT, access.ID_NUMBERS))
    with pytest.raises(access.PermissionDenied):
        pf.person_file(officer_id, with_content=True)
    with pytest.raises(access.PermissionDenied):
        pf.person_file(officer_id, with_id=True)
    assert "*" in pf.person_file(officer_id).id_number


def test_officer_search(demo_db):
    from app.reports import person_file as pf
    from app.roster.models import Officer

    someone = Officer.select().where(Officer.deleted_at.is_null()).first()
    hits = pf.search_officers(someone.name)
    assert someone.id in [h.officer_id for h in hits]
    assert all(someone.name in h.name for h in hits)
    assert pf.search_officers("不存在的名字") == []
    assert len(pf.search_officers("", limit=30)) == 30


def _officer_with_a_transferred_item():
    from app.rectify.models import SelfCheckItem

    return SelfCheckItem.select().where(SelfCheckItem.outcome == "移交线索组").first().officer_id


def test_person_file_self_checks_need_the_clue_permission(demo_db, tmp_path):
    """The 个人自查事项 come only when asked with 问题线索; a role without it is refused, and its file (on
    screen and printed) holds nothing of them — not the text, not even how many there are."""
    import re

    from app.rectify.models import SelfCheckItem
    from app.reports import outputs
    from app.reports import person_file as pf
    from app.safety import access, accounts
    from tests.app.reports.documents.read_back import flat_text

    officer_id = _officer_with_a_transferred_item()
    items = list(SelfCheckItem.select().where(SelfCheckItem.officer == officer_id,
                                              SelfCheckItem.deleted_at.is_null()))
    secret = re.sub(r"\s+", "", items[0].content)[:10]
    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅员", access.ROLE_READER, "secret-2")
    accounts.create_account("clue", "线索组", access.ROLE_READER, "secret-3", can_view_clues=True)
    try:
        accounts.login("reader", "secret-2")
        with pytest.raises(access.PermissionDenied, match="问题线索"):
            pf.person_file(officer_id, with_self_checks=True)
        with pytest.raises(access.PermissionDenied, match="问题线索"):
            outputs.print_person_file(tmp_path / "refused.pdf", officer_id, with_self_checks=True)
        assert not (tmp_path / "refused.pdf").exists()
        plain = pf.person_file(officer_id)
        assert plain.self_checks is None and "自查" not in plain.summary() and not plain.confidential
        text = flat_text(outputs.print_person_file(tmp_path / "plain.pdf", officer_id))
        # (a talk topic may well say 个人自查事项填报要求: the section is what must be missing)
        assert plain.name in text and secret not in text and "六、个人自查事项" not in text and "内部资料" not in text
        accounts.logout()

        accounts.login("clue", "secret-3")
        f = pf.person_file(officer_id, with_self_checks=True)
        assert [(c.category, c.content, c.stage, c.outcome) for c in f.self_checks] == sorted(
            [(i.category, i.content, i.stage, i.outcome) for i in items],
            key=lambda t: [i for i in items if i.content == t[1]][0].reported_on)
        assert any(c.outcome == "移交线索组" and c.clue_code for c in f.self_checks)
        assert f"个人自查事项{len(items)}项" in f.summary()
        text = flat_text(outputs.print_person_file(tmp_path / "full.pdf", officer_id, with_self_checks=True))
        assert "六、个人自查事项" in text and secret in text and "内部资料" in text
    finally:
        accounts.logout()
