"""Hooks of the 会议与选树 feature (see app.features): its part of the demo, its figures in `stats --json` (counts
only), its `export-affairs` command and its section of the summary report."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.common.files import require_suffix
from app.affairs.figures import stats  # noqa: F401  (the stats hook)


def populate_demo(ctx) -> None:
    from app.affairs.demo import populate

    populate(ctx)


def report_section(since: dt.date | None, until: dt.date | None) -> tuple[str, list[str]] | None:
    """(heading, paragraphs) stating the period's meetings, documents, 通报 and 英模 figures; None when empty."""
    from app.affairs.report import report_section as section

    return section(since, until)


def export_sheets(*, confidential: bool = False) -> list:
    """Its sheets of the export-all workbook (app.reports.feature_sheets): 会议, 制发文件, 向社会通报, 英模选树 (nothing confidential)."""
    from app.affairs.outputs import export_sheets as sheets

    return sheets()


def add_commands(registry) -> None:
    export = registry.command("export-affairs", "把会议、制发文件、向社会通报和英模选树台账导出为 Excel 文件（.xlsx）",
                              _run_export)
    export.add_argument("path", type=Path, metavar="F.xlsx", help="输出的 Excel 文件")


def _run_export(args) -> int:
    from app.affairs.outputs import export_workbook

    require_suffix(args.path, ".xlsx")
    counts = export_workbook(args.path)  # unwritable: Chinese AppError (save_replacing)
    print("已导出" + "、".join(f"{k}{v}条" for k, v in counts.items()) + f"：{args.path}")
    return 0
