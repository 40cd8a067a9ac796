"""Roster hooks: demo officers and leaders, figures for `stats`, roster commands."""
from __future__ import annotations

import datetime as dt

import peewee as pw

from . import idcard
from .models.roster import CATEGORIES, POLITICAL_STATUSES, Department, Officer, OutsideLeader, Oversight, Unit
from .roster import counts

AREA_CODE = "421223"  # a county-level area code shape; the numbers are made up


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
                name=ctx.person_name(), gender=idcard.gender(number), birth_date=birth, id_number=number,
                ethnicity="汉族" if rng.random() < 0.96 else rng.choice(("土家族", "苗族", "回族")),
                political_status=rng.choices(POLITICAL_STATUSES[:3] + ("群众",), (80, 3, 8, 9))[0],
                unit=unit, department=dept, post=post,
                rank=rng.choice(("一级科员", "二级主任科员", "四级主任科员", "一级警长", "三级高级警长", "四级法官", "三级检察官"))
                if not leadership else "",
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
                officer.post = "负责人" if kind == "政法委" else rng.choice(("庭长", "主任", "大队长", "所长", "股长"))
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
