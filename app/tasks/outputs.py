"""What leaves the 任务督导 core: the workbook of the task list, the 督导 visits and their 提醒, the daily reports
and the 漏报 list. The office's own work holds nothing confidential, so every account that may open the file
may export it (as the 整改清单); the export is recorded in the audit log with its counts."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.safety import audit
from app.tasks._common import today
from app.tasks.daily_reports import missing_reports, report_rows
from app.tasks.supervision import reminder_rows, visit_rows
from app.tasks.task_list import task_rows


def export_sheets(*, on: dt.date | None = None) -> list[tuple[str, list, list]]:
    """任务清单, 督导检查, 督导提醒 and 工作日报 as export-all's sheets (title, columns, rows), as of `on`."""
    from app.tasks.documents.excel import LEDGER_SHEETS

    on = on or today()
    rows = (task_rows(on=on), visit_rows(on=on), reminder_rows(on=on), report_rows())
    return [(title, columns, r) for (title, columns), r in zip(LEDGER_SHEETS, rows)]


def export_workbook(path: Path | str, *, on: dt.date | None = None) -> dict[str, int]:
    """Every sheet, as of `on`. Returns the rows per sheet."""
    from app.tasks.documents.excel import write_workbook

    on = on or today()
    tasks, visits, reminders = task_rows(on=on), visit_rows(on=on), reminder_rows(on=on)
    reports, missing = report_rows(), missing_reports(on=on)
    write_workbook(path, tasks, visits, reminders, reports, missing)
    counts = {"tasks": len(tasks), "visits": len(visits), "reminders": len(reminders), "reports": len(reports),
              "missing": len(missing)}
    audit.record_event("export", f"导出任务督导（任务{len(tasks)}项，督导{len(visits)}次，提醒{len(reminders)}条，"
                                 f"日报{len(reports)}份，漏报{len(missing)}次）到 {path}", table="campaign_task")
    return counts
