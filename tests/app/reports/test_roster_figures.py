"""The roster's figures in the overview: today's 在岗在编 officers, those not in post, the outside leaders."""


def test_officers_are_the_in_post_roster(o):
    from app.roster.models import Officer, OutsideLeader

    assert o.officers.in_campaign == Officer.select().where(
        Officer.deleted_at.is_null(), Officer.counts_in_campaign == True, Officer.status == "在岗").count()  # noqa: E712
    assert o.officers.in_campaign == 518  # the source county's figure, as the demo builds it
    for status, n in o.officers.not_in_post.items():
        assert n == Officer.select().where(Officer.deleted_at.is_null(), Officer.status == status).count()
    assert o.officers.outside_leaders == OutsideLeader.select().where(OutsideLeader.deleted_at.is_null()).count()


def test_in_campaign_per_unit_adds_up_to_the_figure(o):
    from app.reports.roster_figures import in_campaign_per_unit

    assert sum(in_campaign_per_unit().values()) == o.officers.in_campaign
