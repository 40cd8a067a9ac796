"""谈心谈话 figures cross-checked on the demo database against direct counts and the talks tab's coverage."""
from tests.app.reports.direct_counts import participations


def test_talk_figures_match_direct_counts(o):
    from app.roster.models import Officer
    from app.talks.coverage import coverage
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
        total = coverage(r.round_id)[-1]
        assert (total.expected, total.talked, total.person_times) == (r.expected, r.talked, r.person_times)
    assert o.talks.person_times == participations().count() == 1453  # the source county's 人次
    campaign = coverage(None)[-1]
    assert (o.talks.expected, o.talks.talked) == (campaign.expected, campaign.talked)
    assert o.talks.coverage_text == ("全覆盖" if campaign.talked == campaign.expected else
                                     f"覆盖率{campaign.talked / campaign.expected * 100:.1f}%")


def test_coverage_text():
    from app.reports.talk_figures import coverage_text

    assert coverage_text(10, 10) == "全覆盖"
    assert coverage_text(9, 10) == "覆盖率90.0%"
    assert coverage_text(0, 0) == "覆盖率—"
