"""Hooks of the 查纠整改 feature (see app.features): its part of the demo, its figures in `stats --json` (counts
only), its 专项排查 section of the 工作情况报告, and its `print` kinds, whose handlers go through
app.rectify.outputs (permission first)."""
from __future__ import annotations

from pathlib import Path

from app.common.files import require_suffix
from app.errors import AppError
from app.rectify.figures import stats  # noqa: F401  (the stats hook)
from app.rectify.report_text import report_section  # noqa: F401  (its section of the 工作情况报告)


def populate_demo(ctx) -> None:
    from app.rectify.demo import populate

    populate(ctx)


def export_sheets(*, confidential: bool = False) -> list:
    """Its sheets of the export-all workbook (app.reports.feature_sheets): 专项排查; with `confidential`, also
    问题线索登记表 and 个人自查事项 (needs 问题线索, checked in app.rectify.outputs)."""
    from app.rectify.outputs import export_sheets as sheets

    return sheets(confidential=confidential)


def add_commands(registry) -> None:
    from app.rectify.models import CLUE_SOURCES, CLUE_STATUSES

    self_check = registry.print_kind("self-check", "个人自查表（一名干警的自查事项及三级审核，需“问题线索”权限）",
                                     _run_print_self_check)
    self_check.add_argument("--officer", required=True, type=int, metavar="ID", help="人员编号（人员台账中的编号）")
    clues = registry.print_kind("clues", "问题线索登记表，附线索处置情况汇总表（需“问题线索”权限）", _run_print_clues)
    clues.add_argument("--source", help=f"只打印这个来源（{'、'.join(CLUE_SOURCES)}）")
    clues.add_argument("--status", help=f"只打印这个状态（{'、'.join(CLUE_STATUSES)}）")
    clues.add_argument("--overdue", action="store_true", help="只打印已逾期的线索")
    clues.add_argument("--summary", action="store_true", help="打印线索处置情况汇总表（而不是登记表）")
    export = registry.command("export-clues", "把问题线索和个人自查事项导出为 Excel 文件（.xlsx，需“问题线索”权限）",
                              _run_export)
    export.add_argument("path", type=Path, metavar="F.xlsx", help="输出的 Excel 文件")


def _output_error(path: Path, exc: OSError) -> AppError:
    return AppError(f"无法写入 {path}：{exc.strerror or exc}（文件是否正被其他程序打开，或文件夹不存在？）")


def _run_print_self_check(args) -> int:
    from app.rectify.outputs import print_self_check

    try:
        count = print_self_check(args.out, args.officer)
    except OSError as exc:
        raise _output_error(args.out, exc) from exc
    print(f"已生成个人自查表：{args.out}（{count} 项）")
    return 0


def _run_print_clues(args) -> int:
    from app.rectify.outputs import print_clue_register, print_disposal_summary

    try:
        if args.summary:
            count = print_disposal_summary(args.out)
            print(f"已生成线索处置情况汇总表：{args.out}（{count} 条）")
        else:
            count = print_clue_register(args.out, source=args.source, status=args.status, overdue=args.overdue)
            print(f"已生成线索登记表：{args.out}（{count} 条）")
    except OSError as exc:
        raise _output_error(args.out, exc) from exc
    return 0


def _run_export(args) -> int:
    from app.rectify.outputs import export_workbook

    require_suffix(args.path, ".xlsx")
    try:
        clues, items = export_workbook(args.path)
    except OSError as exc:
        raise _output_error(args.path, exc) from exc
    print(f"已导出问题线索 {clues} 条、个人自查事项 {items} 项：{args.path}")
    return 0
