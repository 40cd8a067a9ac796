"""Overview figures cross-checked on the demo database against direct peewee counts written here
independently (and against the feature modules' own figures, which the other tabs show); the date range
and unit narrowing; the rows behind each figure; 一人一档."""
import datetime as dt

import peewee as pw
import pytest

TODAY = dt.date.today()


@pytest.fixture
def o(demo_db):
    from app.reports import overview

    return overview.overview()


# ---------------------------------------------------------------- direct counts, written independently

def alive_sessions(since=None, until=None):
    from app.study.models import StudySession

    query = StudySession.select().where(StudySession.deleted_at.is_null())
    if since:
        query = query.where(StudySession.day >= since)
    if until:
        query = query.where(StudySession.day <= until)
    return query


def attendees(since=None, until=None):
    from app.study.models import Attendee

    return Attendee.select().where(Attendee.session.in_(alive_sessions(since, until).select(pw.SQL("id"))))


def participations(since=None, until=None):
    from app.talks.models import Talk, TalkParticipant

    query = TalkParticipant.select().join(Talk).where(Talk.deleted_at.is_null())
    if since:
        query = query.where(Talk.talk_date >= since)
    if until:
        query = query.where(Talk.talk_date <= until)
    return query


def consolidated(since=None, until=None):
    from app.feedback.models import Suggestion

    query = Suggestion.select().where(Suggestion.deleted_at.is_null(), Suggestion.merged_into.is_null())
    if since:
        query = query.where(Suggestion.collected_on >= since)
    if until:
        query = query.where(Suggestion.collected_on <= until)
    return query


# ---------------------------------------------------------------- whole campaign

def test_officers_are_the_in_post_roster(o):
    from app.roster.models import Officer, OutsideLeader

    assert o.officers.in_campaign == Officer.select().where(
        Officer.deleted_at.is_null(), Officer.counts_in_campaign == True, Officer.status == "在岗").count()  # noqa: E712
    assert o.officers.in_campaign == 518  # the source county's figure, as the demo builds it
    for status, n in o.officers.not_in_post.items():
        assert n == Officer.select().where(Officer.deleted_at.is_null(), Officer.status == status).count()
    assert o.officers.outside_leaders == OutsideLeader.select().where(OutsideLeader.deleted_at.is_null()).count()


def test_study_figures_match_direct_counts(o):
    from app.study import feature as study
    from app.study.models import Attendee, MakeupTask, Reflection, StudySession, StudyType

    for t in o.study.types:
        held = alive_sessions().where(StudySession.type == t.type_id, StudySession.day <= TODAY).count()
        planned = alive_sessions().where(StudySession.type == t.type_id, StudySession.day > TODAY).count()
        assert (t.held, t.planned) == (held, planned), t.name
    assert o.study.held == alive_sessions().where(StudySession.day <= TODAY).count()
    political = next(t for t in o.study.types if t.name == "政治轮训")
    assert political.phrase == f"政治轮训{political.held}场次"
    assert {t.name for t in o.study.types} <= {t.name for t in StudyType.select()}
    assert o.study.expected == attendees().count()
    assert o.study.attended == attendees().where(Attendee.status.in_(("出席", "迟到"))).count()
    assert o.study.missed == attendees().where(Attendee.status.in_(("请假", "缺席"))).count()
    assert o.study.reflections == (Reflection.select().join(Attendee).join(StudySession)
                                   .where(StudySession.deleted_at.is_null()).count())
    tasks = MakeupTask.select().join(Attendee).join(StudySession).where(StudySession.deleted_at.is_null())
    assert o.study.makeup_total == tasks.count()
    assert o.study.makeup_open == tasks.where(MakeupTask.completed_on.is_null()).count()
    assert o.study.makeup_overdue == tasks.where(MakeupTask.completed_on.is_null(),
                                                 MakeupTask.deadline < TODAY).count()
    assert sum(o.study.makeup_by_kind.values()) == o.study.makeup_total
    # what the study tab shows
    own = study.stats()
    assert (own["attended"], own["reflections"], own["makeup_open"], own["makeup_overdue"]) == (
        o.study.attended, o.study.reflections, o.study.makeup_open, o.study.makeup_overdue)
    assert own["held"] == o.study.held and own["planned"] == o.study.planned


def test_talk_figures_match_direct_counts(o):
    from app.talks import coverage
    from app.roster.models import Officer
    from app.talks.models import RoundExpected, Talk, TalkParticipant, TalkRound

    assert [r.name for r in o.talks.rounds] == [r.name for r in TalkRound.select().order_by(TalkRound.number)]
    for r in o.talks.rounds:
        assert r.talks == Talk.select().where(Talk.deleted_at.is_null(), Talk.round == r.round_id).count()
        assert r.person_times == participations().where(Talk.round == r.round_id).count()
        listed = RoundExpected.select(RoundExpected.officer).where(RoundExpected.round == r.round_id)
        assert r.expected == Officer.select().where(Officer.id.in_(listed), Officer.deleted_at.is_null()).count()
        talked = (participations().where(Talk.round == r.round_id, TalkParticipant.officer.in_(listed))
                  .join(Officer, on=(TalkParticipant.officer == Officer.id)).where(Officer.deleted_at.is_null())
                  .select(TalkParticipant.officer).distinct().count())
        assert r.talked == talked
        # the talks tab's coverage table
        total = coverage.coverage(r.round_id)[-1]
        assert (total.expected, total.talked, total.person_times) == (r.expected, r.talked, r.person_times)
    assert o.talks.person_times == participations().count() == 1453  # the source county's 人次
    campaign = coverage.coverage(None)[-1]
    assert (o.talks.expected, o.talks.talked) == (campaign.expected, campaign.talked)
    assert o.talks.coverage_text == ("全覆盖" if campaign.talked == campaign.expected else
                                     f"覆盖率{campaign.talked / campaign.expected * 100:.1f}%")


def test_feedback_figures_match_direct_counts(o):
    from app.feedback.categories import major_categories
    from app.feedback.figures import summary
    from app.feedback.models import OPEN_STATUSES, Suggestion

    assert o.feedback.collected == consolidated().count() == 133  # the article's 133 条
    for status, n in o.feedback.per_status.items():
        assert n == consolidated().where(Suggestion.status == status).count(), status
    assert o.feedback.overdue == consolidated().where(Suggestion.status.in_(OPEN_STATUSES),
                                                      Suggestion.deadline < TODAY).count()
    own = summary()
    assert (own["total"], own["closed"], own["overdue"], own["due_soon"], own["merged"]) == (
        o.feedback.collected, o.feedback.closed, o.feedback.overdue, o.feedback.due_soon, o.feedback.merged)
    assert (own["participants"], own["reviewed_files"], own["events"]) == (
        o.feedback.participants, o.feedback.reviewed_files, o.feedback.events)
    assert o.feedback.major == sum(n for c, n in own["per_category"].items() if c in major_categories())


def test_pledge_figures_match_direct_counts(o):
    from app.pledges.feature import stats
    from app.pledges.models import Pledge

    own = stats()
    assert [t.key for t in o.pledges.templates] == list(own)
    for t in o.pledges.templates:
        current = Pledge.select().where(Pledge.template == t.template_id, Pledge.replaced_at.is_null())
        assert t.issued == current.count() == own[t.key]["issued"]
        assert t.signed == current.where(Pledge.status.in_(("已签署", "已归档"))).count() == own[t.key]["signed"]
    leader = next(t for t in o.pledges.templates if t.audience == "leader")
    assert leader.issued + next(t for t in o.pledges.templates if t.key == "officer-three-rules").issued == 736


def test_unit_rows_match_direct_counts_and_add_up(o):
    from app.feedback.models import Suggestion
    from app.pledges.models import Pledge
    from app.roster.models import Officer, Unit
    from app.study.models import Attendee
    from app.talks.models import TalkParticipant

    police = Unit.get(Unit.short_name == "县公安局")
    row = next(r for r in o.units if r.unit_id == police.id)
    assert row.officers == Officer.select().where(Officer.unit == police, Officer.deleted_at.is_null(),
                                                  Officer.status == "在岗").count()
    assert row.expected == attendees().where(Attendee.unit_name == police.name).count()
    assert row.attended == attendees().where(Attendee.unit_name == police.name,
                                             Attendee.status.in_(("出席", "迟到"))).count()
    assert row.person_times == (participations().join(Officer, on=(TalkParticipant.officer == Officer.id))
                                .where(Officer.unit == police).count())
    assert row.suggestions == consolidated().where(Suggestion.unit == police).count()
    assert row.closed == consolidated().where(Suggestion.unit == police, Suggestion.status == "已销号").count()
    assert row.pledges_issued == Pledge.select().where(Pledge.unit == police.name, Pledge.replaced_at.is_null(),
                                                       Pledge.signer_kind == "officer").count()
    total = o.units[-1]
    assert total.unit_id is None and total.name == "合计"
    for field in ("officers", "expected", "attended", "reflections", "person_times", "pledges_issued"):
        assert getattr(total, field) == sum(getattr(r, field) for r in o.units[:-1]), field
    assert total.suggestions == o.feedback.collected  # items with no unit yet count in the total only
    assert total.expected == o.study.expected and total.person_times == o.talks.person_times


# ---------------------------------------------------------------- narrowing

def test_a_phase_narrows_every_group(demo_db):
    from app.reports import overview
    from app.store import settings
    from app.pledges.models import Pledge
    from app.study.models import StudySession

    phase, first, last = settings.phase_ranges()[0]
    assert phase == "学习教育"
    o = overview.overview(first, last)
    everything = overview.overview()
    assert o.study.held == alive_sessions(first, last).where(StudySession.day <= TODAY).count()
    assert 0 < o.study.held < everything.study.held
    assert o.study.expected == attendees(first, last).count()
    assert o.talks.person_times == participations(first, last).count()
    assert 0 < o.talks.person_times < everything.talks.person_times
    assert o.feedback.collected == consolidated(first, last).count()
    assert o.pledges.signed == Pledge.select().where(
        Pledge.replaced_at.is_null(), Pledge.status.in_(("已签署", "已归档")),
        Pledge.signed_on >= first, Pledge.signed_on <= last).count()
    assert o.units[-1].expected == o.study.expected
    assert sum(r.talks for r in o.talks.rounds) == o.talks.talks


def test_a_range_with_nothing_in_it_gives_zeros_and_a_reversed_one_is_refused(demo_db):
    from app.reports import overview
    from app.errors import ValidationError

    far = TODAY + dt.timedelta(days=400)
    o = overview.overview(far, far + dt.timedelta(days=10))
    assert (o.study.held, o.talks.person_times, o.feedback.collected, o.pledges.signed) == (0, 0, 0, 0)
    assert o.officers.in_campaign == 518  # the roster is today's
    with pytest.raises(ValidationError, match="统计期间"):
        overview.overview(TODAY, TODAY - dt.timedelta(days=1))


def test_a_unit_narrows_every_group(demo_db):
    from app.reports import overview
    from app.feedback.models import Suggestion
    from app.roster.models import Officer, Unit
    from app.study.models import Attendee
    from app.talks.models import TalkParticipant

    court = Unit.get(Unit.short_name == "县法院")
    o = overview.overview(unit=court.id)
    assert o.officers.in_campaign == next(r for r in o.units if r.unit_id == court.id).officers
    assert o.study.expected == attendees().where(Attendee.unit_name == court.name).count()
    assert o.talks.person_times == (participations().join(Officer, on=(TalkParticipant.officer == Officer.id))
                                    .where(Officer.unit == court).count())
    assert o.feedback.collected == consolidated().where(Suggestion.unit == court).count()
    assert o.pledges.signed == next(r for r in o.units if r.unit_id == court.id).pledges_signed
    assert len(o.units) == len(overview.units()) + 1  # the comparison always shows every unit


def test_periods_follow_the_campaign_settings(demo_db):
    from app.reports import overview
    from app.store import settings

    labels = [p.label for p in overview.periods()]
    assert labels == ["全部", "学习教育阶段", "查纠整改阶段", "总结提升阶段", "本月"]
    month = overview.periods()[-1]
    assert month.since == TODAY.replace(day=1) and month.until.month == TODAY.month and month.until >= TODAY
    phases = settings.phase_ranges()
    assert [(p.since, p.until) for p in overview.periods()[1:4]] == [(a, b) for _n, a, b in phases]
    assert overview.Period("", dt.date(2021, 3, 1), dt.date(2021, 6, 11)).text == "2021年3月1日至2021年6月11日"


def test_an_empty_database_has_zeros_everywhere(db):
    from app.reports import overview

    o = overview.overview()
    assert o.officers.in_campaign == 0 and o.study.held == 0 and o.talks.person_times == 0
    assert o.feedback.collected == 0 and o.pledges.issued == 0
    assert o.units[-1].name == "合计"
    assert o.talks.coverage_text == "覆盖率—"


# ---------------------------------------------------------------- the rows behind a figure

def test_every_listing_has_exactly_the_rows_its_figure_counts(demo_db):
    from app.reports import overview as ov

    for since, until, unit in ((None, None, None), *[(p.since, p.until, None) for p in ov.periods()[1:3]],
                               (None, None, ov.units()[1][0])):
        o = ov.overview(since, until, unit)
        args = (since, until, unit)
        assert len(ov.listing_officers(*args)) == o.officers.in_campaign
        assert len(ov.listing_sessions(*args)) == o.study.held
        assert len(ov.listing_sessions(*args, held=False)) == o.study.planned
        for t in o.study.types:
            assert len(ov.listing_sessions(*args, type_id=t.type_id, held=None)) == t.held + t.planned
        assert len(ov.listing_missed(*args)) == o.study.missed
        assert len(ov.listing_reflections(*args)) == o.study.reflections
        assert len(ov.listing_makeup(*args)) == o.study.makeup_open
        assert len(ov.listing_makeup(*args, state=ov.MAKEUP_OVERDUE)) == o.study.makeup_overdue
        assert len(ov.listing_makeup(*args, state=ov.MAKEUP_DONE)) == o.study.makeup_done
        assert len(ov.listing_talks(*args)) == o.talks.person_times
        for r in o.talks.rounds:
            assert len(ov.listing_talks(*args, round_id=r.round_id)) == r.person_times
            if since is None:  # 未谈 in the whole round
                assert len(ov.listing_untalked(*args, round_id=r.round_id)) == r.untalked
        assert len(ov.listing_suggestions(*args)) == o.feedback.collected
        assert len(ov.listing_suggestions(*args, status=ov.SUGGESTIONS_OVERDUE)) == o.feedback.overdue
        assert len(ov.listing_suggestions(*args, status=ov.SUGGESTIONS_MAJOR)) == o.feedback.major
        for status, n in o.feedback.per_status.items():
            assert len(ov.listing_suggestions(*args, status=status)) == n
        for t in o.pledges.templates:
            assert len(ov.listing_pledges(*args, template_id=t.template_id, signed=True)) == t.signed
            assert len(ov.listing_pledges(*args, template_id=t.template_id, signed=False)) == t.not_signed
        assert len(ov.listing_pledges(*args, signed=False)) == o.pledges.not_signed


def test_listings_never_carry_talk_content(demo_db):
    from app.reports import overview as ov
    from app.talks.models import Talk

    contents = {t.content for t in Talk.select(Talk.content).where(Talk.content != "").limit(50)}
    listing = ov.listing_talks()
    assert contents and not contents & {cell for row in listing.rows for cell in row}
    assert all(listing.officer_ids)


def test_figures_follow_a_write(demo_db):
    from app.feedback.workflow import transition
    from app.reports import overview
    from app.feedback.models import Suggestion

    before = overview.overview().feedback
    waiting = Suggestion.select().where(Suggestion.status == "待交办", Suggestion.merged_into.is_null(),
                                        Suggestion.deleted_at.is_null()).first()
    transition(waiting.id, "不予采纳", note="不属于本次整改范围")
    after = overview.overview().feedback
    assert after.rejected == before.rejected + 1
    assert after.per_status["待交办"] == before.per_status["待交办"] - 1
    assert after.collected == before.collected


# ---------------------------------------------------------------- 一人一档

def _officer_with_everything():
    from app.study.models import Attendee

    missed = Attendee.select(Attendee.officer).where(Attendee.status == "缺席")
    return missed.first().officer_id


def test_person_file_holds_the_whole_record(demo_db):
    from app.common import idcard
    from app.reports import person_file as pf
    from app.pledges.models import Pledge
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
    from app.safety import access
    from app.reports import person_file as pf
    from app.roster.models import Officer

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
