"""Hooks of the 我为群众办实事 feature (see app.features): its part of the demo, its counts in `stats --json`,
the `export-service` command and its section of the summary report."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.common.files import require_suffix
from app.errors import ValidationError


def stats() -> dict:
    from app.service.figures import summary

    return summary()


def populate_demo(ctx) -> None:
    from app.service.demo import populate

    populate(ctx)


def report_section(since: dt.date | None, until: dt.date | None) -> tuple[str, list[str]] | None:
    """(“我为群众办实事情况”, paragraphs) for the summary report, or None when the period holds nothing."""
    from app.service.report import section

    return section(since, until)


def export_sheets(*, confidential: bool = False) -> list:
    """Its sheets of the export-all workbook (app.reports.feature_sheets): 办实事措施, 办实事记录 (nothing confidential)."""
    from app.service.outputs import export_sheets as sheets

    return sheets()


def add_commands(registry) -> None:
    export = registry.command("export-service", "把我为群众办实事的措施和办实事记录导出为 Excel 文件（.xlsx）",
                              _run_export)
    export.add_argument("path", type=Path, metavar="F.xlsx", help="输出的 Excel 文件")
    export.add_argument("--from", dest="since", metavar="日期", help="只导出这一天及以后的（如 2021-03-01）")
    export.add_argument("--to", dest="until", metavar="日期", help="只导出这一天及以前的（如 2021-07-31）")


def _day(text: str | None, option: str) -> dt.date | None:
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(option, f"“{text}”不是有效日期（应为 2021-06-11 这样的格式）") from None


def _run_export(args) -> int:
    from app.service.outputs import export_workbook

    require_suffix(args.path, ".xlsx")
    since, until = _day(args.since, "--from"), _day(args.until, "--to")
    if since and until and since > until:
        raise ValidationError("--from/--to", f"开始日期 {since:%Y-%m-%d} 晚于结束日期 {until:%Y-%m-%d}")
    measures, records = export_workbook(args.path, since=since, until=until)  # unwritable: Chinese AppError (save_replacing)
    print(f"已导出办实事措施 {measures} 条、办实事记录 {records} 项：{args.path}")
    return 0
