"""The demo at the source article's figures: 17 rules issued, 14 being drafted, 736 public pledges signed; the
report section states them (read from the demo) and a period narrows them; stats carries both keys."""
import datetime as dt


def test_the_demo_holds_the_article_figures(demo_db):
    from app.pledges.models import Pledge, PledgeTemplate
    from app.rules.figures import rule_figures
    from app.rules.models import Rule

    f = rule_figures()
    assert (f.issued, f.drafting) == (17, 14) == (Rule.select().where(Rule.status == "已出台").count(),
                                                   Rule.select().where(Rule.status == "正在拟制定").count())
    public = PledgeTemplate.get(PledgeTemplate.key == "leader-public")
    signed = Pledge.select().where(Pledge.template == public, Pledge.status.in_(("已签署", "已归档"))).count()
    assert f.public_pledges_signed == signed == 736
    assert f.linked_suggestions > 0 and f.linked_measures > 0


def test_the_report_section_states_the_figures_and_a_period_narrows_them(demo_db):
    from app.rules.feature import report_section
    from app.rules.models import Rule

    heading, [text] = report_section(None, None)
    assert heading == "建章立制情况"
    assert text.startswith("规章制度已制定出台17个，正在拟制定14个，签订《党政领导干部严格执行“三个规定”公开承诺》736份。")
    days = sorted(r.issued_on for r in Rule.select().where(Rule.issued_on.is_null(False)))
    middle = days[len(days) // 2]
    _h, [early] = report_section(None, middle)
    issued_early = sum(d <= middle for d in days)
    assert f"已制定出台{issued_early}个，正在拟制定14个" in early and issued_early < 17
    assert report_section(dt.date(1990, 1, 1), dt.date(1990, 12, 31)) == ("建章立制情况", ["规章制度正在拟制定14个。"])


def test_stats_has_the_rules_and_the_ingrained_list_under_rectify(demo_db):
    from app.stats import collect

    result = collect()
    assert result["rules"]["issued"] == 17 and result["rules"]["drafting"] == 14
    assert result["rules"]["public_pledges_signed"] == 736
    ingrained = result["rectify"]["ingrained"]
    assert ingrained["measures"] == 18 and len(ingrained["per_problem"]) == 6
    assert "clues" in result["rectify"]  # the rectify feature's own figures are kept


def test_an_empty_file_has_no_section(db):
    from app.rules.feature import report_section

    assert report_section(None, None) is None
