"""The report section states every figure of the seed article's “创新服务 激发实干动能” from the demo, adds up
records of the same item, and narrows to a period."""
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

from app.service.feature import report_section
from app.service.measures import MeasureData, save_measure
from app.service.records import RecordData, save_record
from app.service.report import HEADING

ROOT = Path(__file__).resolve().parents[3]
SEED = next((ROOT.parent / "shared" / "seed").glob("*.txt"), None) if (ROOT.parent / "shared" / "seed").exists() else None

# The section's figures, as the article writes them (each is also checked against the article when it is here).
ARTICLE_FIGURES = (
    "14万份反诈宣传单", "打击电信诈骗99人，同比上升102%", "发案32起，环比下降27%", "经济损失8万元，环比下降51%",
    "接待群众政策咨询70批次123人", "协调处理婚姻家庭、劳动争议、山林权属纠纷等48件", "上门办证29个", "上门送证",
    "500余个", "出动警力2000余人次", "化解涉校矛盾纠纷24起", "查处涉校案件2起", "培训保安350人次", "开展校园检查3次",
    "整改安全隐患39处", "出台优化营商环境措施83条", "风险补偿专项资金1000万元", "上法制课", "22场",
    "受训学生2000余人次", "示范村、企业、学校12个", "为22家企业开展法律知识讲座", "600余册法律知识读本",
    "法律援助8件", "调解纠纷13起", "措施34条", "满意度", "99%",
)


def _text(section) -> str:
    heading, paragraphs = section
    assert heading == HEADING
    return "".join(paragraphs)


def test_the_demo_report_states_every_figure_of_the_article(demo_db):
    text = _text(report_section(None, None))
    missing = [figure for figure in ARTICLE_FIGURES if figure not in text]
    assert missing == []
    assert "“我为群众办实事”措施34条" in text and "近四年来" in text


def test_the_figures_are_the_articles_own(demo_db):
    if SEED is None:
        return  # the article is beside the project only on the development machine
    article = SEED.read_text(encoding="utf-8").replace("\n", "")
    for figure in ARTICLE_FIGURES:
        assert figure.replace("，", ",") in article.replace("，", ","), figure


def test_the_whole_campaign_states_them_too(demo_db):
    from app.store import campaign

    phases = campaign.current().phase_ranges()
    text = _text(report_section(phases[0][1], phases[-1][2]))
    assert all(figure in text for figure in ARTICLE_FIGURES)


def test_a_period_narrows_the_figures(demo_db):
    from app.store import campaign

    start = campaign.current().phase_ranges()[0][1]
    first_month = _text(report_section(start, start + dt.timedelta(days=29)))
    assert "接待群众政策咨询22批次39人" in first_month and "70批次" not in first_month
    assert "协调处理婚姻家庭、劳动争议、山林权属纠纷等21件" in first_month
    assert "出台优化营商环境措施83条" not in first_month
    # the 我为群众办实事 measures are counted over the four years up to the period's end, as the article does
    assert "近四年来" in first_month
    assert report_section(dt.date(2099, 1, 1), dt.date(2099, 12, 31)) is None


def test_records_of_one_item_add_up_and_lose_their_comparison(units):
    for unit, number in (("县公安局", 90000), ("县司法局", 50000)):
        save_record(RecordData(started_on=dt.date(2021, 4, 1), unit=unit, category="反诈宣传", item="印发",
                               number=number, measure_word="份", item_after="反诈宣传单",
                               comparison="同比", direction="上升", change_percent=10))
    save_record(RecordData(started_on=dt.date(2021, 4, 1), category="群众满意度", item="满意度达", number=97,
                           measure_word="%"))
    save_record(RecordData(started_on=dt.date(2021, 6, 1), category="群众满意度", item="满意度达", number=99,
                           measure_word="%"))
    save_record(RecordData(started_on=dt.date(2021, 4, 2), category="护校安全", item="出动警力", number=1200,
                           measure_word="人次", approximate="余"))
    save_record(RecordData(started_on=dt.date(2021, 5, 2), category="护校安全", item="出动警力", number=800,
                           measure_word="人次"))
    _heading, paragraphs = report_section(None, None)
    assert paragraphs[0] == "一是从群众急难愁盼的需求着手。印发14万份反诈宣传单；出动警力2000余人次。"
    assert paragraphs[-1] == "满意度达99%。"  # a rate is not added up: the latest stands
    assert report_section(dt.date(2021, 4, 1), dt.date(2021, 4, 30))[1][-1] == "满意度达97%。"


def test_nothing_recorded_is_no_section(units):
    assert report_section(None, None) is None
    save_measure(MeasureData(title="涉企案件快立快审", kind="优化营商环境措施", issued_on=dt.date(2021, 5, 6)))
    assert report_section(None, None)[1] == ["一是从优化营商环境的大局着手。政法各单位出台优化营商环境措施1条。"]


def test_stats_and_export(demo_db, tmp_path):
    from openpyxl import load_workbook

    from app.safety.models import AuditEntry

    out = tmp_path / "办实事.xlsx"
    done = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(demo_db), "export-service", str(out)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert "已导出办实事措施 117 条、办实事记录 32 项" in done.stdout
    book = load_workbook(out)
    assert book.sheetnames == ["办实事措施", "办实事记录"]
    records = list(book["办实事记录"].values)
    assert records[0][:7] == ("序号", "日期", "截止日期", "单位", "类别", "办实事情况", "数字")
    assert ("上门送证500余个", "500余个") in {(r[5], r[6]) for r in records[1:]}
    assert book["办实事措施"].max_row == 118
    assert AuditEntry.select().where((AuditEntry.action == "export") & AuditEntry.detail.contains("我为群众办实事")).count() == 1
    stats = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(demo_db), "stats", "--json"],
                           capture_output=True, text=True, cwd=ROOT)
    service = json.loads(stats.stdout)["service"]
    assert service["measures_per_kind"] == {"我为群众办实事措施": 34, "优化营商环境措施": 83, "其他": 0}
    assert service["records"] == 32
    refused = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(demo_db), "export-service",
                              str(tmp_path / "x.csv")], capture_output=True, text=True, cwd=ROOT)
    assert refused.returncode == 2 and ".xlsx" in refused.stderr and not (tmp_path / "x.csv").exists()


def test_the_people_measures_are_those_of_the_last_four_years(units):
    for day in (dt.date(2017, 6, 1), dt.date(2017, 6, 2), dt.date(2019, 3, 1), dt.date(2021, 5, 1)):
        save_measure(MeasureData(title="上门办证", kind="我为群众办实事措施", issued_on=day))
    assert report_section(None, dt.date(2021, 6, 1))[1] == ["近四年来，县政法各单位共出台“我为群众办实事”措施3条。"]
    # the four years up to the period's end count, however short the period (2017-06-01 … 2021-05-31)
    assert report_section(dt.date(2021, 5, 1), dt.date(2021, 5, 31))[1] == [
        "近四年来，县政法各单位共出台“我为群众办实事”措施4条。"]
    assert report_section(dt.date(2021, 5, 2), dt.date(2021, 5, 31)) is None
