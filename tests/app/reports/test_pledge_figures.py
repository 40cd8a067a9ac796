"""承诺书 figures cross-checked on the demo database against direct counts and the pledges feature's own."""


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
    assert leader.signed == 736  # 签订《党政领导干部严格执行“三个规定”公开承诺》736份
