"""The demo holds the source article's figures (三个环节共60项具体任务、25项重点工作; 零通报), the report section
states them in its words and a period narrows them; export-tasks writes every sheet and an audit line; the
stats hook counts."""
import json
import shutil
import subprocess
import sys
from pathlib import Path

from app.store import campaign
from app.tasks.feature import REPORT_HEADING, report_section
from app.tasks.figures import summary
from app.tasks.models import CampaignTask, DailyReport, SupervisionReminder, SupervisionVisit

ROOT = Path(__file__).resolve().parents[3]


def test_the_demo_holds_the_articles_figures(demo_db):
    s = summary()
    assert (s["tasks"], s["key_work"]) == (60, 25)
    assert s["per_stage"] == {"学习教育": 20, "查纠整改": 28, "总结提升": 12}
    assert s["per_kind"]["规定动作"] > s["per_kind"]["自选动作"] > 0
    assert s["closed"] > s["tasks"] / 2 and s["overdue"] == 1
    closed = CampaignTask.select().where(CampaignTask.closed_on.is_null(False))
    assert all(t.evidence and t.closed_by for t in closed)
    assert s["visits"] == SupervisionVisit.select().count() == 10 and s["units_visited"] == 5
    assert s["reminders"] == SupervisionReminder.select().count() > s["reminders_closed"] > 0
    assert s["daily_reports"] == DailyReport.select().count() == 5 * s["days_due"] > 0
    assert s["zero_reports"] > 0 and s["missing_reports"] == 0


def test_the_report_section_states_the_demo_figures(demo_db):
    s = summary()
    heading, paragraphs = report_section(None, None)
    text = "".join(paragraphs)
    assert heading == REPORT_HEADING
    assert "“学习教育、查纠整改、总结提升”三个环节共60项具体任务、25项重点工作" in text
    assert f"已完成销号{s['closed']}项" in text
    assert f"“一看二查三访四提醒”方式开展调研督导{s['visits']}次" in text
    assert f"发出提醒{s['reminders']}条" in text and f"已整改销号{s['reminders_closed']}条" in text
    assert f"报送工作日报{s['daily_reports']}份" in text and "无一单位漏报" in text


def test_a_period_narrows_the_section(demo_db):
    name, first, last = campaign.current().phase_ranges()[0]
    _heading, paragraphs = report_section(first, last)
    text = "".join(paragraphs)
    assert f"统筹推进{name}环节共20项具体任务、8项重点工作" in text
    assert "调研督导5次" in text and f"报送工作日报{5 * ((last - first).days + 1)}份" in text
    assert report_section(first.replace(year=first.year - 5), first.replace(year=first.year - 4)) is None


def test_a_missing_report_is_told(demo_db):
    day = DailyReport.select().order_by(DailyReport.day).first()
    day.delete_instance()
    text = "".join(report_section(None, None)[1])
    assert "1个单位漏报1次" in text and "无一单位漏报" not in text


def run(*args):
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True, text=True, cwd=ROOT)


def test_export_tasks_and_stats(demo_db_file, tmp_path):
    from openpyxl import load_workbook

    db = Path(shutil.copyfile(demo_db_file, tmp_path / "demo.db"))
    xlsx = tmp_path / "任务督导.xlsx"
    result = run("--db", str(db), "export-tasks", str(xlsx))
    assert result.returncode == 0, result.stderr
    assert "已导出任务60项、督导检查10次" in result.stdout
    book = load_workbook(xlsx)
    assert book.sheetnames == ["任务清单", "督导检查", "督导提醒", "工作日报", "漏报情况"]
    tasks = list(book["任务清单"].iter_rows(values_only=True))
    assert tasks[0][:3] == ("序号", "环节", "任务") and len(tasks) == 61
    assert sum(1 for r in tasks[1:] if r[3] == "是") == 25
    assert len(list(book["漏报情况"].iter_rows())) == 1  # the header only: 零通报
    bad = run("--db", str(db), "export-tasks", str(tmp_path / "x.csv"))
    assert bad.returncode == 2 and ".xlsx" in bad.stderr and "Traceback" not in bad.stderr
    figures = json.loads(run("--db", str(db), "stats", "--json").stdout)["tasks"]
    assert (figures["tasks"], figures["key_work"], figures["missing_reports"]) == (60, 25, 0)


def test_the_export_is_in_the_audit_log(demo_db, tmp_path):
    from app.safety.models import AuditEntry
    from app.tasks.outputs import export_workbook

    counts = export_workbook(tmp_path / "t.xlsx")
    assert counts["tasks"] == 60
    line = AuditEntry.select().order_by(AuditEntry.id.desc()).first()
    assert line.action == "export" and "任务60项" in line.detail
