"""Hooks of the talks feature (see app.features): its part of the demo, its figures in `stats --json`, and its
commands `print talk-forms` and `print coverage`. Nothing below imports this module."""
from __future__ import annotations

import argparse

from app.common.figures import percent
from app.errors import AppError
from app.talks.figures import stats  # noqa: F401  (the stats hook)


def populate_demo(ctx) -> None:
    from app.talks.demo import populate

    populate(ctx)


# ================================================================ commands

def _round_number(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"轮次应为数字 1、2、3……，而不是“{text}”") from None
    if value < 1:
        raise argparse.ArgumentTypeError("轮次从 1 开始")
    return value


def add_commands(registry) -> None:
    forms = registry.print_kind(
        "talk-forms",
        "谈心谈话记录表（每条记录一页，含谈话内容：打印记录表即视为要求打印内容，请妥善保管）",
        run_talk_forms)
    forms.add_argument("--round", required=True, type=_round_number, metavar="N",
                       help="第几轮（按顺序 1、2、3……）")
    forms.add_argument("--unit", metavar="单位", help="只打印谈话对象属于该单位的记录（全称或简称，如 县法院）")
    forms.description = ("为指定轮次的每条谈话记录生成一页《谈心谈话记录表》，包括主要内容、反映的问题和意见建议"
                         "等谈话内容，以及谈话人和谈话对象的签名栏。谈话内容属于保密信息：命令行打印记录表即视为"
                         "明确要求打印内容，请妥善保管生成的文件。")
    cover = registry.print_kind("coverage", "谈心谈话覆盖情况表（各单位应谈、已谈、未谈、覆盖率、人次，未谈名单）",
                                run_coverage)
    cover.add_argument("--round", required=True, type=_round_number, metavar="N", help="第几轮（按顺序 1、2、3……）")


def run_talk_forms(args: argparse.Namespace) -> int:
    from app.talks import outputs
    from app.talks.listing import talk_ids_for
    from app.talks.people import find_unit
    from app.talks.rounds import round_by_number

    info = round_by_number(args.round)
    unit = find_unit(args.unit) if args.unit else None
    ids = talk_ids_for(info.id, unit.id if unit else None)
    if not ids:
        where = f"{unit.name}在" if unit else ""
        raise AppError(f"{where}{info.name}还没有谈话记录，没有可打印的记录表。")
    count = outputs.print_forms(args.out, ids, include_content=True)
    print(f"已生成 {args.out}：{info.name}{'（' + unit.name + '）' if unit else ''}谈话记录表 {count} 份。")
    return 0


def run_coverage(args: argparse.Namespace) -> int:
    from app.talks import outputs
    from app.talks.coverage import coverage
    from app.talks.rounds import round_by_number

    info = round_by_number(args.round)
    outputs.print_coverage(args.out, info.id, round_name=info.name, round_label=info.label)
    total = coverage(info.id)[-1]
    print(f"已生成 {args.out}：{info.name} 应谈{total.expected}人，已谈{total.talked}人，覆盖率{percent(total.rate)}，"
          f"{total.person_times}人次。")
    return 0
