"""Hooks of the 建章立制 feature (see app.features): its part of the demo, its figures in `stats --json` (under
`rules`, and the 顽瘴痼疾整治 list under `rectify`), the `export-rules` command and the summary report's section."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.common.files import require_suffix

HEADING = "建章立制情况"


def stats() -> dict:
    from app.rules.figures import stats as rule_stats

    return rule_stats()


def stats_additions() -> dict:
    """Figures this feature adds under another feature's key of `stats --json` (the 整治 list under rectify)."""
    from app.rules.figures import stats_additions as additions

    return additions()


def populate_demo(ctx) -> None:
    from app.rules.demo import populate

    populate(ctx)


def export_sheets(*, confidential: bool = False) -> list:
    """Its sheets of the export-all workbook (app.reports.feature_sheets): 规章制度, 顽瘴痼疾整治措施 (nothing confidential)."""
    from app.rules.outputs import export_sheets as sheets

    return sheets()


def add_commands(registry) -> None:
    export = registry.command("export-rules", "把建章立制台账（规章制度、顽瘴痼疾整治措施）导出为 Excel 文件（.xlsx）",
                              _run_export)
    export.add_argument("path", type=Path, metavar="F.xlsx", help="输出的 Excel 文件")


def _run_export(args) -> int:
    from app.rules.outputs import export_workbook

    require_suffix(args.path, ".xlsx")
    rules, measures = export_workbook(args.path)  # a file that cannot be written is a Chinese AppError
    print(f"已导出规章制度 {rules} 个、顽瘴痼疾整治措施 {measures} 项：{args.path}")
    return 0


def report_section(since: dt.date | None, until: dt.date | None) -> tuple[str, list[str]] | None:
    """The summary report's 建章立制 section: rules issued in the period and being drafted, the public pledges
    signed in it, and the 整治 measures (“规章制度已制定出台17个，正在拟制定14个，签订《……》736份”)."""
    from app.rules.figures import rule_figures

    f = rule_figures(since, until)
    if not (f.issued or f.drafting or f.public_pledges_signed):
        return None
    parts = []
    if f.issued:
        parts.append(f"规章制度已制定出台{f.issued}个" + (f"，正在拟制定{f.drafting}个" if f.drafting else ""))
    elif f.drafting:
        parts.append(f"规章制度正在拟制定{f.drafting}个")
    if f.public_pledges_signed:
        parts.append(f"签订《{f.public_pledge_name}》{f.public_pledges_signed}份")
    text = "，".join(parts) + "。"
    if f.linked_suggestions or f.linked_measures:
        text += (f"已出台的制度对应征求意见整改事项{f.linked_suggestions}条、顽瘴痼疾整治措施{f.linked_measures}项，"
                 "以制度巩固整改成果。")
    return HEADING, [text]
