"""The demo holds the source article's figures (6 县委常委会议, 8 领导小组会议, 2 新闻发布会 with the media, 22 documents,
2 通报; 40 英模 recommended, 8 city candidates, 32 in the county's 评选, 20 英模和先进典型), `stats --json` carries
them under `affairs`, the report section states them in the article's words and a period narrows them, and
export-affairs writes them to Excel."""
import datetime as dt

from openpyxl import load_workbook

from app.affairs.feature import report_section
from app.affairs.figures import figures
from app.affairs.heroes import recommendation_rows
from tests.app.test_cli import run_cli


def test_the_article_figures(demo_db):
    f = figures()
    assert {k: v for k, v in f.meetings.items() if v} == {"县委常委会议": 6, "领导小组会议": 8, "新闻发布会": 2}
    assert (f.press_with_media, f.documents, f.notices) == (2, 22, 2)
    assert (f.recommended, f.city_candidates, f.county_selection, f.typical_models) == (40, 8, 32, 20)
    linked = [r for r in recommendation_rows() if r.report_session_id]
    assert linked and all("英模事迹报告会" in r.report_session and r.recommended_on < dt.date.fromisoformat(
        r.report_session[:10]) for r in linked)


def test_stats_json_has_the_affairs_key(demo_db):
    from app import stats

    s = stats.collect()["affairs"]
    assert (s["meetings"]["县委常委会议"], s["documents_issued"], s["recommendations"], s["city_candidates"]) == (6, 22, 40, 8)


def test_the_report_states_the_figures_in_the_articles_words(demo_db):
    f = figures()
    heading, paragraphs = report_section(None, None)
    text = "".join(paragraphs)
    assert heading == "会议部署、文件制发和英模选树情况"
    assert (f"共召开了{f.meetings['县委常委会议']}次县委常委会议部署，召开了{f.meetings['领导小组会议']}次领导小组会议抓调度，"
            f"制定印发了{f.documents}个文件抓推进") in text
    assert "先后两次向社会通报工作情况，两次邀请媒体参加举办新闻发布会" in text
    assert (f"政法各单位共推荐了{f.recommended}名政法干警参加评选，除上报参加市级评选的{f.city_candidates}人以外，"
            f"还有{f.county_selection}人纳入全县“最美政法干警”评选范围") in text
    assert f"选树英模和先进典型{f.typical_models}人" in text
    assert (f.meetings["县委常委会议"], f.documents, f.recommended, f.city_candidates) == (6, 22, 40, 8)


def test_a_period_narrows_the_section(demo_db):
    from app.affairs.models import Meeting

    first = Meeting.select().order_by(Meeting.held_on).first().held_on
    heading, paragraphs = report_section(first, first)
    assert heading and "共召开了1次县委常委会议部署" in paragraphs[0] and "领导小组会议" not in "".join(paragraphs)
    assert report_section(dt.date(1999, 1, 1), dt.date(1999, 12, 31)) is None


def test_an_empty_database_has_no_section(db):
    assert report_section(None, None) is None


def test_export_affairs_writes_the_four_sheets(demo_db, tmp_path):
    out = tmp_path / "会议与选树.xlsx"
    done = run_cli("--db", str(demo_db), "export-affairs", str(out))
    assert done.returncode == 0, done.stderr
    assert "会议16条" in done.stdout and "英模选树40条" in done.stdout
    book = load_workbook(out)
    assert book.sheetnames == ["会议", "制发文件", "向社会通报", "英模选树"]
    docs = list(book["制发文件"].iter_rows(values_only=True))
    assert docs[0][:3] == ("文号", "印发日期", "文件标题") and len(docs) == 23
    assert isinstance(docs[1][1], dt.datetime) and "〔" in docs[1][0]
    assert len(list(book["英模选树"].iter_rows())) == 41
    wrong = run_cli("--db", str(demo_db), "export-affairs", str(tmp_path / "x.pdf"))
    assert wrong.returncode != 0 and "应以 .xlsx 结尾" in wrong.stderr and "Traceback" not in wrong.stderr


def test_the_export_is_in_the_audit_log(demo_db, tmp_path):
    from app.affairs.outputs import export_workbook
    from app.safety.models import AuditEntry

    counts = export_workbook(tmp_path / "a.xlsx")
    assert counts == {"会议": 16, "制发文件": 22, "向社会通报": 2, "英模选树": 40}
    last = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert last.action == "export" and "英模选树40条" in last.detail
