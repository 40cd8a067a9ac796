"""The summary report read back (pages, figures as text, fonts embedded, no Helvetica)."""
import datetime as dt
import re

from tests.app.reports.documents.read_back import assert_no_helvetica, flat_text
from tests.support import pdf_checks

TODAY = dt.date.today()


def test_summary_report_reads_back_with_every_figure(demo_db, tmp_path):
    from app.common.figures import percent
    from app.reports.documents.summary_report import build_summary_report
    from app.reports.overview import overview
    from app.store import campaign

    o = overview()
    out = build_summary_report(tmp_path / "报告.pdf", o, addressee="市政法队伍教育整顿领导小组办公室")
    assert_no_helvetica(out)
    sizes = pdf_checks.page_sizes(out)
    assert 3 <= len(sizes) <= 12 and all(s == pdf_checks.A4_POINTS for s in sizes)  # 工作综述 with every ledger: 9–10 pages
    text = flat_text(out)
    assert "青山县政法队伍教育整顿工作情况报告" in text
    assert "市政法队伍教育整顿领导小组办公室：" in text
    from app.reports.report_wording import sessions_phrase

    for t in o.study.types:
        if t.held:
            assert sessions_phrase(t.name, t.held) in text, t.name
    assert f"共计{o.study.held}场次" in text
    assert f"出勤率{percent(o.study.attendance.attendance_rate)}" in text
    assert f"收集政法干警学习心得体会{o.study.reflections}篇" in text
    assert f"全县在岗在编干警{o.officers.in_campaign}人，已进行三轮谈心谈话，谈话共计{o.talks.person_times}人次" in text
    assert "谈心谈话实现全覆盖" in text
    assert f"梳理汇总意见建议{o.feedback.collected}条" in text
    assert f"已整改销号{o.feedback.closed}条" in text
    leader = next(t for t in o.pledges.templates if t.audience == "leader")
    assert f"签订《{leader.name}》{leader.signed}份" in text
    for row in o.units[:-1]:
        assert row.name in text
    assert "图1" in text and "图2" in text  # the charts, their captions in the CJK font
    assert campaign.current().signature in text and f"{TODAY.year}年{TODAY.month}月{TODAY.day}日" in text


def test_summary_report_for_a_phase_says_so_and_counts_only_it(demo_db, tmp_path):
    from app.reports.documents.summary_report import build_summary_report
    from app.reports.overview import overview
    from app.reports.scope import Period
    from app.store import campaign

    _phase, first, last = campaign.current().phase_ranges()[0]
    o = overview(first, last)
    out = build_summary_report(tmp_path / "阶段.pdf", o)
    text = flat_text(out)
    assert Period("", first, last).text in text
    assert f"共计{o.study.held}场次" in text
    assert f"谈话共计{o.talks.person_times}人次" in text
    assert_no_helvetica(out)


def test_summary_report_on_an_empty_database(db, tmp_path):
    from app.reports.documents.summary_report import build_summary_report
    from app.reports.overview import overview

    out = build_summary_report(tmp_path / "空.pdf", overview())
    text = flat_text(out)
    assert "统计期间内没有举办学习活动" in text and "统计期间内没有谈心谈话记录" in text
    assert_no_helvetica(out)


def test_summary_report_is_dated_as_asked(demo_db, tmp_path):
    from app.reports.documents.summary_report import build_summary_report
    from app.reports.overview import overview

    out = build_summary_report(tmp_path / "r.pdf", overview(), issued_on=dt.date(2021, 6, 30))
    assert "2021年6月30日" in flat_text(out)


def test_report_charts_use_only_printable_characters(demo_db):
    from app.documents import layout
    from app.reports.documents.summary_report import report_story
    from app.reports.overview import overview

    assert layout.unprintable_characters(report_story(overview())) == set()


def test_cn_number():
    from app.reports.documents.summary_report import cn_number

    assert [cn_number(n) for n in (1, 10, 11, 21, 30, 120)] == ["一", "十", "十一", "二十一", "三十", "120"]


def test_summary_report_states_the_article_rectify_figures_without_any_text(demo_db, tmp_path):
    """The 查纠整改 section: the source article's sentence from the demo's counts, for an account without the
    问题线索 permission too (counts need none), and never a line of self-check text or clue content."""
    from app.rectify.models import Clue, SelfCheckItem
    from app.reports import outputs
    from app.safety import access, accounts

    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅员", access.ROLE_READER, "secret-2")
    accounts.login("reader", "secret-2")
    try:
        assert not access.can(access.CLUES)
        out = outputs.print_report(tmp_path / "报告.pdf")
    finally:
        accounts.logout()
    text = flat_text(out)
    numbered = re.findall(r"([一二三四五六七八九十]+)、(查纠整改情况|专项排查开展情况|承诺书签订情况|各单位工作情况对比)", text)
    assert [title for _n, title in numbered] == ["查纠整改情况", "专项排查开展情况", "承诺书签订情况", "各单位工作情况对比"]
    assert len({n for n, _t in numbered}) == 4  # each its own number
    assert ("对319名政法干警在自查中主动说明问题的，经单位初审、线索组复审、市教整办审核，不计入问题线索范畴154人，"
            "个人整改69人，移交政法各单位进行第一种形态处理线索33人，作为问题线索移交线索组65条，加上上级交办3条，"
            "纪委信访室移交5条，审查发现2条，线索组共收到问题线索75条。") in text
    secrets = [re.sub(r"\s+", "", c)[:10] for (c,) in SelfCheckItem.select(SelfCheckItem.content).tuples()]
    secrets += [re.sub(r"\s+", "", c)[:10] for (c,) in Clue.select(Clue.content).tuples() if c]
    secrets += [n for (n,) in Clue.select(Clue.subject_name).tuples() if n]
    assert secrets and not [s for s in secrets if s and s in text]


def test_rectify_sentence_follows_the_counts(db):
    from app.reports.documents.summary_report import rectify_text
    from app.reports.rectify_figures import rectify_figures

    assert rectify_text(rectify_figures()) == "尚未登记个人自查事项和问题线索。"
