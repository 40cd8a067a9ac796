"""The overview gathered: a period and a unit narrow every figure group, an empty database gives zeros, a
write elsewhere shows at once."""
import datetime as dt

import pytest

from tests.app.reports.direct_counts import TODAY, alive_sessions, attendees, consolidated, participations


def test_a_phase_narrows_every_group(demo_db):
    from app.pledges.models import Pledge
    from app.reports.overview import overview
    from app.store import campaign
    from app.study.models import StudySession

    phase, first, last = campaign.current().phase_ranges()[0]
    assert phase == "学习教育"
    o = overview(first, last)
    everything = overview()
    assert o.study.held == alive_sessions(first, last).where(StudySession.day <= TODAY).count()
    assert 0 < o.study.held < everything.study.held
    assert o.study.attendance.expected == attendees(first, last).count()
    assert o.talks.person_times == participations(first, last).count()
    assert 0 < o.talks.person_times < everything.talks.person_times
    assert o.feedback.collected == consolidated(first, last).count()
    assert o.pledges.signed == Pledge.select().where(
        Pledge.replaced_at.is_null(), Pledge.status.in_(("已签署", "已归档")),
        Pledge.signed_on >= first, Pledge.signed_on <= last).count()
    assert o.units[-1].attendance.expected == o.study.attendance.expected
    assert sum(r.talks for r in o.talks.rounds) == o.talks.talks


def test_a_range_with_nothing_in_it_gives_zeros_and_a_reversed_one_is_refused(demo_db):
    from app.errors import ValidationError
    from app.reports.overview import overview

    far = TODAY + dt.timedelta(days=400)
    o = overview(far, far + dt.timedelta(days=10))
    assert (o.study.held, o.talks.person_times, o.feedback.collected, o.pledges.signed) == (0, 0, 0, 0)
    assert o.officers.in_campaign == 518  # the roster is today's
    with pytest.raises(ValidationError, match="统计期间"):
        overview(TODAY, TODAY - dt.timedelta(days=1))


def test_a_unit_narrows_every_group(demo_db):
    from app.feedback.models import Suggestion
    from app.reports.overview import overview
    from app.reports.scope import units
    from app.roster.models import Officer, Unit
    from app.study.models import Attendee
    from app.talks.models import TalkParticipant

    court = Unit.get(Unit.short_name == "县法院")
    o = overview(unit=court.id)
    assert o.officers.in_campaign == next(r for r in o.units if r.unit_id == court.id).officers
    assert o.study.attendance.expected == attendees().where(Attendee.unit_name == court.name).count()
    assert o.talks.person_times == (participations().join(Officer, on=(TalkParticipant.officer == Officer.id))
                                    .where(Officer.unit == court).count())
    assert o.feedback.collected == consolidated().where(Suggestion.unit == court).count()
    assert o.pledges.signed == next(r for r in o.units if r.unit_id == court.id).pledges_signed
    assert len(o.units) == len(units()) + 1  # the comparison always shows every unit


def test_an_empty_database_has_zeros_everywhere(db):
    from app.reports.overview import overview

    o = overview()
    assert o.officers.in_campaign == 0 and o.study.held == 0 and o.talks.person_times == 0
    assert o.feedback.collected == 0 and o.pledges.issued == 0
    assert o.units[-1].name == "合计"
    assert o.talks.coverage_text == "覆盖率—"
    assert o.study.attendance.attendance_rate is None


def test_figures_follow_a_write(demo_db):
    from app.feedback.workflow import transition
    from app.feedback.models import Suggestion
    from app.reports.overview import overview

    before = overview().feedback
    waiting = Suggestion.select().where(Suggestion.status == "待交办", Suggestion.merged_into.is_null(),
                                        Suggestion.deleted_at.is_null()).first()
    transition(waiting.id, "不予采纳", note="不属于本次整改范围")
    after = overview().feedback
    assert after.rejected == before.rejected + 1
    assert after.per_status["待交办"] == before.per_status["待交办"] - 1
    assert after.collected == before.collected
