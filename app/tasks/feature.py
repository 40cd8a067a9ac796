"""Hooks of the 任务督导 feature (see app.features): its part of the demo, its figures in `stats --json` (counts
only), its `export-tasks` command and its section of the summary report."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.common.files import require_suffix
from app.tasks.figures import stats  # noqa: F401  (the stats hook)

REPORT_HEADING = "任务推进和督导检查情况"


def populate_demo(ctx) -> None:
    from app.tasks.demo import populate

    populate(ctx)


def report_section(since: dt.date | None, until: dt.date | None) -> tuple[str, list[str]] | None:
    """The summary report's section: the task list, the 督导 visits and the daily reports of the period, in the
    source article's words; None when nothing is recorded in it."""
    from app.tasks.figures import report_paragraphs, summary

    paragraphs = report_paragraphs(summary(since, until))
    return (REPORT_HEADING, paragraphs) if paragraphs else None


def export_sheets(*, confidential: bool = False) -> list:
    """Its sheets of the export-all workbook (app.reports.feature_sheets): 任务清单, 督导检查, 督导提醒, 工作日报 (nothing confidential)."""
    from app.tasks.outputs import export_sheets as sheets

    return sheets()


def add_commands(registry) -> None:
    export = registry.command("export-tasks", "把任务清单、督导检查和提醒、工作日报及漏报情况导出为 Excel 文件（.xlsx）",
                              _run_export)
    export.add_argument("path", type=Path, metavar="F.xlsx", help="输出的 Excel 文件")


def _run_export(args) -> int:
    from app.tasks.outputs import export_workbook

    require_suffix(args.path, ".xlsx")
    counts = export_workbook(args.path)  # unwritable: Chinese AppError (save_replacing)
    print(f"已导出任务{counts['tasks']}项、督导检查{counts['visits']}次（提醒{counts['reminders']}条）、"
          f"工作日报{counts['reports']}份、漏报{counts['missing']}次：{args.path}")
    return 0
