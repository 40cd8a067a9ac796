"""Roster hooks: demo officers and leaders, figures for `stats`, roster commands."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import peewee as pw

from . import idcard
from .models.roster import CATEGORIES, POLITICAL_STATUSES, Department, Officer, OutsideLeader, Oversight, Unit
from .roster import counts

AREA_CODE = "421223"  # a county-level area code shape; the numbers are made up
RANKS = {  # 职级 as each kind of unit names them
    "政法委": ("一级科员", "四级主任科员", "三级主任科员", "二级主任科员"),
    "法院": ("四级法官", "三级法官", "二级法官", "法官助理", "一级书记员"),
    "检察院": ("四级检察官", "三级检察官", "二级检察官", "检察官助理", "一级书记员"),
    "公安局": ("一级警员", "二级警长", "一级警长", "四级高级警长", "三级高级警长"),
    "司法局": ("一级科员", "四级主任科员", "三级主任科员", "二级主任科员"),
}


def head_title(department: str) -> str:
    """What the head of a department is called: 刑事审判庭 → 庭长, 城关派出所 → 所长, 办公室 → 主任."""
    for suffix, title in (("派出所", "所长"), ("司法所", "所长"), ("法庭", "庭长"), ("庭", "庭长"), ("大队", "大队长"),
                          ("局", "局长"), ("科", "科长"), ("股", "股长"), ("办公室", "主任"), ("部", "主任"),
                          ("处", "主任"), ("中心", "主任")):
        if department.endswith(suffix):
            return title
    return "负责人"


def populate_demo(ctx) -> None:
    from .demo import COUNTY_BODIES, DEPARTMENTS, DEPT_POSTS, NOT_IN_POST, OUTSIDE_LEADERS, TOWN_POSTS, TOWNS, UNITS

    rng = ctx.rng
    sequence = 0
    used_ids: set[str] = set()
    officers_by_unit: dict[str, list[Officer]] = {}
    not_in_post = [status for status, n in NOT_IN_POST.items() for _ in range(n)]
    for order, (name, short, kind, in_post, dept_names) in enumerate(UNITS, start=1):
        unit = Unit.create(name=name, short_name=short, kind=kind, sort_order=order)
        depts = [Department.create(unit=unit, name=d, sort_order=i) for i, d in enumerate(dept_names, start=1)]
        # Not-in-post people are spread over the bigger units.
        extra = [not_in_post.pop() for _ in range(min(len(not_in_post), 3 if in_post > 60 else 0))]
        statuses = ["在岗"] * in_post + extra
        people = []
        for index, status in enumerate(statuses):
            birth = dt.date(rng.randint(1966, 1999), rng.randint(1, 12), rng.randint(1, 28))
            while True:
                sequence = (sequence + rng.randint(1, 7)) % 1000
                number = idcard.make(AREA_CODE, birth, sequence)
                if number not in used_ids:
                    break
            used_ids.add(number)
            if index == 0:
                leadership, dept, post = "一把手", None, {"政法委": "常务副书记", "法院": "院长", "检察院": "检察长",
                                                        "公安局": "局长", "司法局": "局长"}[kind]
            elif index <= max(3, in_post // 25):
                leadership, dept = "班子成员", None
                post = {"政法委": "副书记", "法院": "副院长", "检察院": "副检察长", "公安局": "副局长",
                        "司法局": "副局长"}[kind]
            else:
                leadership, dept = "", depts[(index - 1) % len(depts)]
                post = ""
            officer = Officer.create(
                name=ctx.person_name(idcard.gender(number)), gender=idcard.gender(number), birth_date=birth,
                id_number=number,
                ethnicity="汉族" if rng.random() < 0.96 else rng.choice(("土家族", "苗族", "回族")),
                political_status=rng.choices(POLITICAL_STATUSES[:3] + ("群众",), (80, 3, 8, 9))[0],
                unit=unit, department=dept, post=post,
                rank=rng.choice(RANKS[kind]) if not leadership else "",
                category=CATEGORIES[0], status=status, leadership=leadership,
                hire_date=dt.date(max(birth.year + 22, 1988), rng.randint(1, 12), 1),
                phone=f"1{rng.choice('35789')}{rng.randint(0, 999999999):09d}",
            )
            people.append(officer)
        # Department heads: the first officer placed in each department.
        seen: set[int] = set()
        for officer in people:
            if officer.department_id and officer.department_id not in seen:
                seen.add(officer.department_id)
                officer.is_department_head = True
                officer.post = head_title(officer.department.name)
                officer.save()
        # Leadership members share the departments between them (分管).
        members = [o for o in people if o.leadership == "班子成员"]
        for i, dept in enumerate(depts):
            Oversight.create(officer=members[i % len(members)], department=dept)
        officers_by_unit[name] = people
    ctx.facts["officers_by_unit"] = officers_by_unit

    leaders = []
    for body, posts in COUNTY_BODIES:
        leaders += [(body, post) for post in posts]
    for town in TOWNS:
        leaders += [(town, post) for post in TOWN_POSTS]
    for dept in DEPARTMENTS:
        leaders += [(dept, post) for post in DEPT_POSTS]
    leaders = leaders[:OUTSIDE_LEADERS]
    rows = [dict(name=ctx.person_name(), organization=org, post=post) for org, post in leaders]
    for start in range(0, len(rows), 200):
        OutsideLeader.insert_many(rows[start:start + 200]).execute()


def stats() -> dict:
    by_unit = {name: n for name, n in (Unit.select(Unit.name, pw.fn.COUNT(Officer.id))
                                        .join(Officer, pw.JOIN.LEFT_OUTER,
                                              on=((Officer.unit == Unit.id) & Officer.deleted_at.is_null()))
                                        .group_by(Unit.id).order_by(Unit.sort_order).tuples())}
    c = counts()
    return {"total": c["officers"], "in_campaign": c["officers_in_campaign"], "by_unit": by_unit,
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
    exp = registry.command("export-roster", "把人员台账导出为 Excel（.xlsx），格式与导入相同", _run_export)
    exp.add_argument("file", type=Path, metavar="FILE", help="要写入的 Excel 文件（.xlsx）")
    exp.add_argument("--template", action="store_true", help="只导出空白的填写模板（含表头和填写说明）")


def _run_import(args) -> int:
    from .cli import EXIT_USER_ERROR
    from .excel_roster import apply_plan, plan_import

    plan = plan_import(args.file)
    if plan.problems:
        for problem in plan.problems:
            print(str(problem), file=sys.stderr)
        print(f"错误：{args.file.name} 中有 {len(plan.problems)} 处问题，未写入任何数据。请修改后重新导入。",
              file=sys.stderr)
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
    result = apply_plan(plan, args.mode)
    print(f"{args.file.name}（工作表“{plan.sheet}”，表头在第 {plan.header_row} 行）：{result.summary()}")
    if plan.ignored_columns:
        print(f"未导入的列：{'、'.join(plan.ignored_columns)}")
    return 0


def _run_export(args) -> int:
    from .excel_roster import export_roster

    if args.file.suffix.lower() != ".xlsx":
        from .errors import AppError

        raise AppError(f"导出文件应以 .xlsx 结尾：{args.file}")
    count = export_roster(args.file, template=args.template)
    if args.template:
        print(f"空白模板已写入 {args.file}")
    else:
        print(f"已导出 {count} 人到 {args.file}。文件含完整身份证号、联系电话等个人信息，请妥善保管。")
    return 0
