"""The 任务督导 workbook: 任务清单, 督导检查, 督导提醒, 工作日报 and 漏报情况 (the 零通报制), one sheet each with
a frozen header and real dates, written by app.common.xlsx_write; every text cell through excel_safe, so
nothing typed runs as a formula. Takes the rows, never queries; the file is replaced whole."""
from __future__ import annotations

from pathlib import Path

from app.common.xlsx_write import write_column_book


def _yes(flag: bool) -> str:
    return "是" if flag else ""


TASK_COLUMNS = [("序号", 6, lambda r: r.number), ("环节", 10, lambda r: r.stage), ("任务", 40, lambda r: r.title),
                ("重点工作", 9, lambda r: _yes(r.key_work)), ("类别", 10, lambda r: r.kind),
                ("责任单位", 14, lambda r: r.unit_full), ("责任领导", 12, lambda r: r.lead),
                ("完成时限", 12, lambda r: r.deadline), ("状态", 8, lambda r: r.status),
                ("时限情况", 11, lambda r: r.due_text), ("销号日期", 12, lambda r: r.closed_on),
                ("销号人", 10, lambda r: r.closed_by), ("佐证材料", 40, lambda r: r.evidence),
                ("重新打开理由", 24, lambda r: r.reopen_reason), ("备注", 20, lambda r: r.remarks)]
VISIT_COLUMNS = [("督导日期", 12, lambda r: r.visited_on), ("督导单位", 14, lambda r: r.unit_full),
                 ("督导组", 20, lambda r: r.team), ("一看", 30, lambda r: r.looked), ("二查", 30, lambda r: r.checked),
                 ("三访", 30, lambda r: r.visited), ("发现问题", 36, lambda r: r.findings),
                 ("提醒", 6, lambda r: r.reminders), ("已销号", 7, lambda r: r.reminders_closed),
                 ("逾期", 6, lambda r: r.reminders_overdue)]
REMINDER_COLUMNS = [("督导日期", 12, lambda r: r.visited_on), ("督导单位", 12, lambda r: r.unit),
                    ("提醒事项", 44, lambda r: r.content), ("整改时限", 12, lambda r: r.deadline),
                    ("状态", 8, lambda r: r.status), ("时限情况", 11, lambda r: r.due_text),
                    ("销号日期", 12, lambda r: r.closed_on), ("销号人", 10, lambda r: r.closed_by),
                    ("整改情况", 40, lambda r: r.outcome)]
REPORT_COLUMNS = [("日期", 12, lambda r: r.day), ("单位", 14, lambda r: r.unit_full),
                  ("零报告", 7, lambda r: _yes(r.zero_report)), ("工作部署", 36, lambda r: r.deployment),
                  ("工作提示", 36, lambda r: r.hints), ("工作交办", 36, lambda r: r.assignments),
                  ("报送人", 10, lambda r: r.reporter)]
MISSING_COLUMNS = [("日期", 12, lambda r: r.day), ("未报送单位", 20, lambda r: r.unit_full)]
# The ledgers, as export-all takes them too; 漏报情况 is worked out from the reports, so it stays in this book only.
LEDGER_SHEETS = (("任务清单", TASK_COLUMNS), ("督导检查", VISIT_COLUMNS), ("督导提醒", REMINDER_COLUMNS),
                 ("工作日报", REPORT_COLUMNS))


def write_workbook(path: Path | str, tasks: list, visits: list, reminders: list, reports: list,
                   missing: list) -> None:
    ledgers = [(title, columns, rows) for (title, columns), rows in zip(LEDGER_SHEETS, (tasks, visits, reminders, reports))]
    write_column_book(path, (*ledgers, ("漏报情况", MISSING_COLUMNS, missing)))
