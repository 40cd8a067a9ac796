"""各单位对比 cross-checked on the demo database: a unit's line against direct counts, the 合计 line adds up."""
from tests.app.reports.direct_counts import attendees, consolidated, participations


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
    assert row.attendance.expected == attendees().where(Attendee.unit_name == police.name).count()
    assert row.attendance.attended == attendees().where(Attendee.unit_name == police.name,
                                                        Attendee.status.in_(("出席", "迟到"))).count()
    assert row.person_times == (participations().join(Officer, on=(TalkParticipant.officer == Officer.id))
                                .where(Officer.unit == police).count())
    assert row.suggestions == consolidated().where(Suggestion.unit == police).count()
    assert row.closed == consolidated().where(Suggestion.unit == police, Suggestion.status == "已销号").count()
    assert row.pledges_issued == Pledge.select().where(Pledge.unit == police.name, Pledge.replaced_at.is_null(),
                                                       Pledge.signer_kind == "officer").count()
    total = o.units[-1]
    assert total.unit_id is None and total.name == "合计"
    for field in ("officers", "reflections", "person_times", "pledges_issued"):
        assert getattr(total, field) == sum(getattr(r, field) for r in o.units[:-1]), field
    for field in ("expected", "attended", "marked"):
        assert getattr(total.attendance, field) == sum(getattr(r.attendance, field) for r in o.units[:-1]), field
    assert total.suggestions == o.feedback.collected  # items with no unit yet count in the total only
    assert total.attendance == o.study.attendance and total.person_times == o.talks.person_times
