"""Hooks of the feedback feature (see app.features): its part of the demo, its figures in `stats --json`, and its
commands, whose handlers print and export through app.feedback.outputs. The service never imports this module,
its documents, outputs or demo: they sit above it."""
from __future__ import annotations

from pathlib import Path

from app.common.files import require_suffix
from app.errors import AppError
from app.feedback.models import STATUSES
from app.feedback.figures import stats  # noqa: F401  (the stats hook)


def populate_demo(ctx) -> None:
    from app.feedback.demo import populate

    populate(ctx)


def add_commands(registry) -> None:
    ledger = registry.print_kind("ledger", "征求意见建议整改清单（横向表格，按责任单位和状态）", _run_print_ledger)
    ledger.add_argument("--unit", help="只打印这个责任单位（全称或简称）")
    ledger.add_argument("--status", help=f"只打印这个状态（{'、'.join(STATUSES)}）")
    overdue = registry.print_kind("overdue", "整改逾期清单（按责任单位）", _run_print_overdue)
    overdue.add_argument("--unit", help="只打印这个责任单位（全称或简称）")
    export = registry.command("export-ledger", "把整改清单导出为 Excel 文件（.xlsx）", _run_export_ledger)
    export.add_argument("path", type=Path, metavar="F.xlsx", help="输出的 Excel 文件")


def _output_error(path: Path, exc: OSError) -> AppError:
    return AppError(f"无法写入 {path}：{exc.strerror or exc}（文件是否正被其他程序打开，或文件夹不存在？）")


def _run_print_ledger(args) -> int:
    from app.feedback.outputs import print_ledger

    try:
        result = print_ledger(args.out, unit=args.unit, status=args.status)
    except OSError as exc:
        raise _output_error(args.out, exc) from exc
    print(f"已生成整改清单：{args.out}（{result} 条）")
    return 0


def _run_print_overdue(args) -> int:
    from app.feedback.outputs import print_overdue

    try:
        result = print_overdue(args.out, unit=args.unit)
    except OSError as exc:
        raise _output_error(args.out, exc) from exc
    print(f"已生成逾期清单：{args.out}（{result} 条）")
    return 0


def _run_export_ledger(args) -> int:
    from app.feedback.outputs import export_ledger

    require_suffix(args.path, ".xlsx")
    try:
        count = export_ledger(args.path)
    except OSError as exc:
        raise _output_error(args.path, exc) from exc
    print(f"已导出整改清单：{args.path}（{count} 条）")
    return 0
