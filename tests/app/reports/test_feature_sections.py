"""The features' sections of the 工作情况报告: collected from the real hooks (查纠整改's 专项排查 section), for the
report's period, placed in the order of a 工作综述 and numbered with the report's own sections."""
import re

from tests.app.reports.documents.read_back import flat_text


def _phase(name):
    from app.store import campaign

    return next((first, last) for phase, first, last in campaign.current().phase_ranges() if phase == name)


def test_the_rectify_hook_states_the_special_checks_of_the_demo(demo_db):
    from app.rectify.models import TO_CLUE, CheckFinding, SpecialCheck
    from app.reports.feature_sections import feature_sections

    sections = {s.package: s for s in feature_sections(None, None)}
    section = sections["rectify"]
    assert section.heading == "专项排查开展情况"
    text = "".join(section.paragraphs)
    assert "等“七查”" in text and "等“五项排查”以及离职离任法官检察官从事法律业务清查工作" in text
    for check in SpecialCheck.select():
        assert f"{check.kind}{check.examined}{check.examined_unit}" in text
    found = CheckFinding.select().count()
    to_clue = CheckFinding.select().where(CheckFinding.action == TO_CLUE).count()
    assert found and f"排查发现问题{found}个，其中移交问题线索{to_clue}条" in text
    for (description,) in CheckFinding.select(CheckFinding.description).tuples():  # never a finding's text
        assert description[:8] not in text


def test_a_period_narrows_the_feature_sections(demo_db):
    from app.reports.feature_sections import feature_sections

    learning = _phase("学习教育")
    assert "rectify" not in {s.package for s in feature_sections(*learning)}  # the checks began later
    rectifying = _phase("查纠整改")
    assert "rectify" in {s.package for s in feature_sections(*rectifying)}


def test_sections_follow_the_order_of_a_work_summary():
    from app.reports.feature_sections import FeatureSection, in_report_order

    own = ["*study", "*talks", "*feedback", "*rectify", "*pledges"]
    made = [FeatureSection(p, p, ["…"]) for p in ("rectify", "unknown", "tasks", "service", "rules", "affairs")]
    order = [e if isinstance(e, str) else e.package for e in in_report_order(own, made)]
    assert order == ["affairs", "tasks", "*study", "*talks", "*feedback", "*rectify", "rectify", "rules",
                     "*pledges", "service", "unknown"]


def test_the_printed_report_numbers_the_feature_sections_with_its_own(demo_db, tmp_path):
    from app.reports import outputs

    from app import features

    text = flat_text(outputs.print_report(tmp_path / "报告.pdf"))
    # The report's own headings and every feature section's (whatever features there are).
    own = ["学习教育开展情况", "谈心谈话开展情况", "征求意见与整改情况", "查纠整改情况", "专项排查开展情况", "承诺书签订情况",
           "各单位工作情况对比"]
    made = [section[0] for _key, module in features.modules()
            if hasattr(module, "report_section") and (section := module.report_section(None, None))]
    headings = re.findall(r"([一二三四五六七八九十]+)、(%s)" % "|".join(map(re.escape, dict.fromkeys(own + made))), text)
    names = [h for _n, h in headings]
    assert names.index("查纠整改情况") + 1 == names.index("专项排查开展情况") < names.index("承诺书签订情况")
    from app.reports.documents.summary_report import cn_number

    assert [n for n, _h in headings] == [cn_number(i + 1) for i in range(len(headings))]
    assert names[-1] == "各单位工作情况对比"

    first, last = _phase("学习教育")  # the period reaches the hooks: no 专项排查 in the first phase
    text = flat_text(outputs.print_report(tmp_path / "学习教育.pdf", first, last))
    assert "专项排查开展情况" not in text and "学习教育开展情况" in text


def test_nothing_recorded_gives_no_section(db):
    from app.rectify.feature import report_section
    from app.reports.feature_sections import feature_sections

    assert report_section(None, None) is None
    assert feature_sections(None, None) == []
