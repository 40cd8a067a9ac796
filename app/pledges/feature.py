"""Hooks of the pledges feature (see app.features): its part of the demo, its figures in `stats --json`, and
the `print pledges` command. The service never imports this module, its outputs or its demo."""
from __future__ import annotations

from app.errors import NotFound
from app.pledges.figures import template_figures
from app.pledges.ledger import pledge_rows
from app.pledges.models import PENDING
from app.pledges.templates import DEFAULT_KEYS, template_by_key
from app.roster.units import find_unit


def populate_demo(ctx) -> None:
    from app.pledges.demo import populate

    populate(ctx)


def stats() -> dict:
    """`stats --json` → pledges: per template key: issued, printed, signed, archived, not_signed (current
    pledges; printed/signed count those that reached the step, so archived ones are also signed)."""
    return template_figures()


def add_commands(registry) -> None:
    sub = registry.print_kind("pledges", "承诺书：每人从新的一页开始（3号字，页码各自从1起），按单位、部门排序（加 --mark-printed 才标记为已打印）", _run_print)
    sub.add_argument("--template", required=True, metavar="KEY",
                     help="模板代号：" + "、".join(DEFAULT_KEYS) + "（或自建模板的代号）")
    sub.add_argument("--unit", metavar="NAME", help="只打印该单位（全称或简称；领导干部为其所在单位）")
    sub.add_argument("--mark-printed", action="store_true",
                     help="同时把“待打印”的标记为“已打印”（文件已直接送打印机时用；只生成 PDF 不改变状态）")


def _run_print(args) -> int:
    from app.pledges.outputs import print_batch  # reportlab loads only for a print

    template = template_by_key(args.template)
    unit = (args.unit or "").strip()
    if unit:
        match = find_unit(unit)
        unit = match.name if match is not None else unit
    rows = pledge_rows(template_id=template.id, unit=unit or None)
    if not rows:
        where = f"单位“{unit}”" if unit else "任何人"
        raise NotFound(f"尚未向{where}下发《{template.name}》，没有可打印的承诺书。")
    out = args.out  # a .pdf path: the print kinds' --out is typed by app.cli.pdf_path
    pending = sum(1 for r in rows if r.status == PENDING)
    result = print_batch([r.id for r in rows], out, mark=args.mark_printed)
    status = (f"{pending} 份由“待打印”改为“已打印”" if args.mark_printed else
              "状态未改变（打印后可加 --mark-printed 再运行一次，或在程序中登记为已打印）")
    print(f"已生成 {out}：{len(rows)} 份《{template.name}》，共 {result.pages} 页；{status}。")
    return 0
