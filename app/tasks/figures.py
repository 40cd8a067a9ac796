"""The 任务督导 figures for `stats --json`, the overview and the summary report: counts only. A period narrows
tasks by their deadline, 督导 visits by their day (with the 提醒 they issued), daily reports by their day."""
from __future__ import annotations

import datetime as dt

from app.tasks._common import in_period, today
from app.tasks.daily_reports import due_days, missing_reports, report_rows
from app.tasks.models import KINDS, STAGES
from app.tasks.supervision import reminder_rows, visit_rows
from app.tasks.task_list import task_rows


def summary(since: dt.date | None = None, until: dt.date | None = None, *, on: dt.date | None = None) -> dict:
    on = on or today()
    tasks = [r for r in task_rows(on=on) if in_period(r.deadline, since, until)]
    visits = [r for r in visit_rows(on=on) if in_period(r.visited_on, since, until)]
    chosen = {v.id for v in visits}
    reminders = [r for r in reminder_rows(on=on) if r.visit_id in chosen]
    reports = report_rows(since=since, until=until)
    missing = missing_reports(since, until, on=on)
    return {
        "tasks": len(tasks),
        "key_work": sum(r.key_work for r in tasks),
        "per_stage": {s: sum(r.stage == s for r in tasks) for s in STAGES},
        "key_work_per_stage": {s: sum(r.stage == s and r.key_work for r in tasks) for s in STAGES},
        "per_kind": {k: sum(r.kind == k for r in tasks) for k in KINDS},
        "closed": sum(r.closed_on is not None for r in tasks),
        "open": sum(r.closed_on is None for r in tasks),
        "overdue": sum(r.overdue for r in tasks),
        "visits": len(visits),
        "units_visited": len({v.unit_full for v in visits}),
        "reminders": len(reminders),
        "reminders_closed": sum(r.closed_on is not None for r in reminders),
        "reminders_overdue": sum(r.overdue for r in reminders),
        "daily_reports": len(reports),
        "zero_reports": sum(r.zero_report for r in reports),
        "days_due": len(due_days(since, until, on=on)),
        "missing_reports": len(missing),
        "units_missing": len({m.unit_full for m in missing}),
    }


def stats() -> dict:
    return summary()


def report_paragraphs(s: dict) -> list[str]:
    """The report's sentences in the source article's words, from `summary`; empty when nothing is recorded."""
    paragraphs = []
    if s["tasks"]:
        kinds = "、".join(f"{k}{n}项" for k, n in s["per_kind"].items() if n)
        stages = "、".join(f"{st}{n}项" for st, n in s["per_stage"].items() if n)
        held = [st for st, n in s["per_stage"].items() if n]
        where = (f"“{'、'.join(held)}”{_count_word(len(held))}个环节" if len(held) > 1 else f"{held[0]}环节")
        detail = f"{stages}；{kinds}" if len(held) > 1 else kinds
        text = (f"统筹推进{where}共{s['tasks']}项具体任务、{s['key_work']}项重点工作（{detail}），"
                f"已完成销号{s['closed']}项")
        text += f"，逾期未销号{s['overdue']}项。" if s["overdue"] else "。"
        paragraphs.append(text)
    if s["visits"]:
        text = (f"采取“一看二查三访四提醒”方式开展调研督导{s['visits']}次，覆盖{s['units_visited']}个单位，"
                f"发出提醒{s['reminders']}条并明确整改时限，已整改销号{s['reminders_closed']}条")
        text += f"，逾期未销号{s['reminders_overdue']}条。" if s["reminders_overdue"] else "。"
        paragraphs.append(text)
    if s["daily_reports"]:
        text = (f"实行工作日报零通报制，各单位报送工作日报{s['daily_reports']}份，其中零报告{s['zero_reports']}份，")
        text += ("无一单位漏报。" if not s["missing_reports"] else
                 f"{s['units_missing']}个单位漏报{s['missing_reports']}次。")
        paragraphs.append(text)
    return paragraphs


def _count_word(n: int) -> str:
    return "一二三"[n - 1] if 1 <= n <= 3 else str(n)
