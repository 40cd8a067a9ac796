"""Roster hooks: the demo (app.roster.demo), figures for `stats`, the roster commands."""
from __future__ import annotations

import sys
from pathlib import Path

from app.roster.figures import counts, officers_by_unit

from app.roster.demo import populate_demo  # noqa: F401  (the demo hook)


def stats() -> dict:
    c = counts()
    return {"total": c["officers"], "in_campaign": c["officers_in_campaign"], "by_unit": officers_by_unit(),
            "outside_leaders": c["outside_leaders"], "in_trash": c["trash"]}


def add_commands(registry) -> None:
    imp = registry.command("import-roster", "从 Excel（.xlsx）导入人员台账：有问题时列出各行问题，不写入任何数据",
                           _run_import)
    imp.add_argument("file", type=Path, metavar="FILE", help="Excel 文件（.xlsx）")
    choice = imp.add_mutually_exclusive_group()
    choice.add_argument("--update", dest="mode", action="store_const", const="update",
                        help="与现有人员重复（身份证号相同，或同一单位同名）时，用表格中的信息更新")
    choice.add_argument("--skip", dest="mode", action="store_const", const="skip",
                        help="与现有人员重复时跳过，保留现有信息")
    imp.add_argument("--create-units", action="store_true",
                     help="表中有系统中没有的单位（全称、简称、别名都对不上）时，把它们作为新单位创建；"
                          "不加此选项时列出这些单位，不写入任何数据")
    exp = registry.command("export-roster", "把人员台账导出为 Excel（.xlsx），格式与导入相同", _run_export)
    exp.add_argument("file", type=Path, metavar="FILE", help="要写入的 Excel 文件（.xlsx）")
    exp.add_argument("--template", action="store_true", help="只导出空白的填写模板（含表头和填写说明）")


def _run_import(args) -> int:
    from app.errors import EXIT_USER_ERROR
    from app.roster.excel_import import apply_plan, plan_import

    plan = plan_import(args.file)
    for note in plan.notes:
        print(note, file=sys.stderr)
    if plan.problem_count:
        for problem in plan.problems:  # the first ImportLimits.listed_problems; the rest counted below
            print(str(problem), file=sys.stderr)
        if plan.unlisted_problems:
            print(plan.unlisted_note(), file=sys.stderr)
        print(f"错误：{args.file.name} 中有 {plan.problem_count} 处问题，未写入任何数据。请修改后重新导入。",
              file=sys.stderr)
        return EXIT_USER_ERROR
    if plan.unknown_units and not args.create_units:
        for name, rows in plan.unknown_units.items():
            print(f"单位“{name}”：系统中没有这个单位（第{'、'.join(str(r) for r in rows[:20])}行）", file=sys.stderr)
        print(f"错误：{args.file.name} 中有 {len(plan.unknown_units)} 个系统中没有的单位："
              f"{'、'.join(plan.unknown_units)}。请在“单位管理”中新增它们或设为已有单位的别名后重新导入；"
              "确实是新单位时，加 --create-units 重新运行。未写入任何数据。", file=sys.stderr)
        return EXIT_USER_ERROR
    if plan.to_update and args.mode is None:
        for dup in plan.to_update[:20]:
            changed = "、".join(label for label, _old, _new in dup.changes) or "在回收站中"
            print(f"第{dup.row}行 {dup.data.name}（{dup.data.unit}）：与现有人员{dup.match}，不同之处：{changed}",
                  file=sys.stderr)
        more = len(plan.to_update) - 20
        if more > 0:
            print(f"……另有 {more} 人", file=sys.stderr)
        print(f"错误：有 {len(plan.to_update)} 人与现有人员重复且信息不同，请加 --update（用表格中的信息更新）"
              "或 --skip（跳过，保留现有信息）后重新运行。未写入任何数据。", file=sys.stderr)
        return EXIT_USER_ERROR
    result = apply_plan(plan, args.mode, create_units=args.create_units)
    print(f"{args.file.name}（工作表“{plan.sheet}”，表头在第 {plan.header_row} 行）：{result.summary()}")
    if plan.unknown_units:
        print(f"新建单位：{'、'.join(plan.unknown_units)}")
    if plan.ignored_columns:
        print(f"未导入的列：{'、'.join(plan.ignored_columns)}")
    return 0


def _run_export(args) -> int:
    from app.roster.outputs import export_roster

    from app.common.files import require_suffix

    require_suffix(args.file, ".xlsx")
    from app.safety import access

    with_ids = access.can(access.ID_NUMBERS)  # as export_roster decides: full numbers only with the right
    count = export_roster(args.file, template=args.template)
    if args.template:
        print(f"空白模板已写入 {args.file}")
    elif with_ids:
        print(f"已导出 {count} 人到 {args.file}。文件含完整身份证号、联系电话等个人信息，请妥善保管。")
    else:
        print(f"已导出 {count} 人到 {args.file}（当前账户没有“查看完整身份证号”的权限，未导出身份证号）。"
              "文件含联系电话等个人信息，请妥善保管。")
    return 0
