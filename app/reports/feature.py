"""Command line of the overview: `print report` (工作情况报告) and `export-all` (every ledger in one workbook).

Only `add_commands` is defined: the overview adds no tables, no demo data and no `stats` key of its own
(`stats --json` already gathers every feature's figures).
"""
from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path

from app.common.datetext import parse_text
from app.common.files import require_suffix
from app.errors import AppError


def parse_day(text: str | None, option: str, *, end: bool = False) -> dt.date | None:
    """A date typed on the command line; a month alone (2021-06) means its first day, or its last for --to."""
    if not text:
        return None
    try:
        parsed = parse_text(text)
    except ValueError as exc:
        raise AppError(f"{option}：{exc}") from None
    if parsed is None:
        return None
    day = parsed.date
    if parsed.precision == "month" and end:
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
    return day


def add_commands(registry) -> None:
    report = registry.print_kind("report", "教育整顿工作情况报告（公文格式，含各项数字、各单位对比表和统计图）", run_report)
    report.add_argument("--from", dest="since", metavar="日期", help="统计期间的第一天，如 2021-03-01（不写则从头算起）")
    report.add_argument("--to", dest="until", metavar="日期", help="统计期间的最后一天，如 2021-06-30（不写则到今天）")
    report.add_argument("--addressee", metavar="主送机关", default="", help="主送机关，如 “市政法队伍教育整顿领导小组办公室”")
    export = registry.command("export-all", "把全部台账导出到一个 Excel 文件（人员、学习、考勤、谈话、整改清单、承诺书、"
                              "专项排查、任务督导、会议与选树、我为群众办实事、建章立制）", run_export_all)
    export.add_argument("out", type=Path, metavar="文件.xlsx", help="输出的 Excel 文件")
    export.add_argument("--with-content", action="store_true",
                        help="包含谈话内容（主要内容、反映的问题、意见建议；需有查看谈话内容的权限）")
    export.add_argument("--with-ids", action="store_true", help="包含完整身份证号（默认隐去出生日期；需有相应权限）")
    export.add_argument("--with-clues", action="store_true",
                        help="包含问题线索登记表和个人自查事项（保密信息；需有“问题线索”权限）")


def run_report(args: argparse.Namespace) -> int:
    from app.reports import outputs
    from app.reports.scope import Period

    since = parse_day(args.since, "--from")
    until = parse_day(args.until, "--to", end=True)
    if since and until and since > until:
        raise AppError(f"--from/--to：开始日期 {since:%Y-%m-%d} 晚于结束日期 {until:%Y-%m-%d}")
    out = outputs.print_report(args.out, since, until, addressee=args.addressee)
    print(f"工作情况报告已生成：{out}（{Period('', since, until).text}）")
    return 0


def run_export_all(args: argparse.Namespace) -> int:
    from app.reports import outputs

    require_suffix(args.out, ".xlsx")
    try:
        counts = outputs.export_all(args.out, with_content=args.with_content, with_ids=args.with_ids,
                                    with_clues=args.with_clues)
    except OSError as exc:
        raise AppError(f"无法写入 {args.out}：{exc.strerror or exc}") from None
    print(f"全部台账已导出：{args.out}")
    for title, n in counts.items():
        print(f"  {title}：{n}行")
    return 0
