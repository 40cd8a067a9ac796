"""The source county's roster for the demo: five units with their departments and 518 officers in post,
the not-in-post cases, and 748 leaders outside the roster who sign the public pledge."""
from __future__ import annotations

import datetime as dt

from app.common import idcard
from app.roster.models import (CATEGORIES, POLITICAL_STATUSES, Department, Officer, OutsideLeader, Oversight, Unit,
                               UnitAlias)

# (full name, short name, kind, officers in post, departments)
UNITS = [
    ("中共青山县委政法委员会", "县委政法委", "政法委", 20,
     ["办公室", "队伍建设科", "执法监督科", "综治督导科", "维稳指导科"]),
    ("青山县人民法院", "县法院", "法院", 118,
     ["办公室", "政治处", "立案庭", "刑事审判庭", "民事审判一庭", "民事审判二庭", "行政审判庭", "执行局",
      "审判管理办公室", "司法警察大队", "城关人民法庭", "白石人民法庭", "青岭人民法庭"]),
    ("青山县人民检察院", "县检察院", "检察院", 64,
     ["办公室", "政治处", "第一检察部", "第二检察部", "第三检察部", "第四检察部", "第五检察部", "检务保障部",
      "司法警察大队"]),
    ("青山县公安局", "县公安局", "公安局", 256,
     ["办公室", "政治处", "指挥中心", "刑事侦查大队", "治安管理大队", "交通警察大队", "经济犯罪侦查大队",
      "禁毒大队", "网络安全保卫大队", "法制大队", "警务督察大队", "城关派出所", "天城派出所", "白石派出所",
      "沙坪派出所", "石城派出所", "桂花派出所", "路口派出所", "青岭派出所"]),
    ("青山县司法局", "县司法局", "司法局", 60,
     ["办公室", "政治工作股", "公共法律服务管理股", "社区矫正管理局", "普法与依法治理股", "城关司法所",
      "天城司法所", "白石司法所", "沙坪司法所", "石城司法所", "桂花司法所", "路口司法所", "青岭司法所"]),
]

# Other names rosters use for the units (the 单位管理 page lists them; imports and forms resolve them).
ALIASES = {
    "中共青山县委政法委员会": ["青山县委政法委", "县政法委"],
    "青山县人民法院": ["青山县法院", "县人民法院"],
    "青山县人民检察院": ["青山县检察院", "县人民检察院"],
    "青山县公安局": ["县局"],
    "青山县司法局": ["县司法行政局"],
}

# Not in post (病休/专案/借调): outside the 518 but on the roster, and the make-up study's 送学/补学 cases.
NOT_IN_POST = {"病休": 6, "专案": 4, "借调": 2}

TOWNS = ("城关镇", "天城镇", "白石镇", "沙坪镇", "石城镇", "桂花镇", "路口镇", "青岭镇", "港口乡", "金塘镇", "铜钟乡", "高枧乡")
COUNTY_BODIES = [
    ("中共青山县委", ("书记", "副书记", "副书记", "常委", "常委", "常委", "常委", "常委", "常委", "常委", "常委")),
    ("县人大常委会", ("主任", "副主任", "副主任", "副主任", "秘书长")),
    ("县人民政府", ("县长", "常务副县长", "副县长", "副县长", "副县长", "副县长")),
    ("县政协", ("主席", "副主席", "副主席", "副主席", "秘书长")),
    ("县纪委监委", ("书记", "副书记", "副书记")),
    ("县委组织部", ("部长", "常务副部长", "副部长")),
    ("县委宣传部", ("部长", "副部长")),
    ("县委办公室", ("主任", "副主任")),
    ("县政府办公室", ("主任", "副主任")),
]
DEPARTMENTS = ("县发展和改革局", "县财政局", "县教育局", "县民政局", "县人力资源和社会保障局", "县自然资源和规划局",
               "县住房和城乡建设局", "县交通运输局", "县农业农村局", "县水利和湖泊局", "县商务局", "县文化和旅游局",
               "县卫生健康局", "县退役军人事务局", "县应急管理局", "县审计局", "县市场监督管理局", "县统计局",
               "县医疗保障局", "县林业局", "县城市管理执法局", "县信访局", "县生态环境分局", "县税务局",
               "县委统战部", "县委政策研究室", "县直机关工委", "县委编办", "县科技和经济信息化局", "县行政审批局",
               "县乡村振兴局", "县地方金融工作局", "县总工会", "团县委", "县妇联", "县供销合作社联合社",
               "县融媒体中心", "县机关事务服务中心", "县公共资源交易中心", "县住房公积金管理部")
TOWN_POSTS = ("党委书记", "镇长", "人大主席", "党委副书记", "党委副书记", "政法委员", "纪委书记", "武装部长",
              "组织委员", "宣传委员", "统战委员", "副镇长", "副镇长", "副镇长", "人大副主席", "党政办主任",
              "综治中心主任", "经济发展办主任", "社会事务办主任", "财政所所长")
DEPT_POSTS = ("局长", "党组书记", "副局长", "副局长", "副局长", "党组成员", "纪检监察组组长", "工会主席")
INSTITUTIONS = ("县人民医院", "县中医医院", "县妇幼保健院", "县第一中学", "县第二中学", "县职业教育中心",
                "县城市建设投资公司", "县交通建设投资公司", "县水务集团", "县农业发展投资公司", "县经济开发区管委会",
                "县高新技术产业园管委会", "县文化旅游投资公司", "县粮食储备公司", "县国有资产经营公司")
INSTITUTION_POSTS = ("党委书记", "院长（校长、总经理、主任）", "副书记", "纪委书记", "副职", "副职", "副职", "工会主席",
                     "总会计师", "办公室主任")
OUTSIDE_LEADERS = 748  # 736 of them have signed the public pledge (the source article), 12 are still out

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
    rng = ctx.rng
    sequence = 0
    used_ids: set[str] = set()
    officers_by_unit: dict[str, list[Officer]] = {}
    not_in_post = [status for status, n in NOT_IN_POST.items() for _ in range(n)]
    for order, (name, short, kind, in_post, dept_names) in enumerate(UNITS, start=1):
        unit = Unit.create(name=name, short_name=short, kind=kind, sort_order=order)
        for alias in ALIASES.get(name, []):
            UnitAlias.create(unit=unit, name=alias)
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
    for body in INSTITUTIONS:
        leaders += [(body, post) for post in INSTITUTION_POSTS]
    leaders = leaders[:OUTSIDE_LEADERS]
    rows = [dict(name=ctx.person_name(), organization=org, post=post) for org, post in leaders]
    for start in range(0, len(rows), 200):
        OutsideLeader.insert_many(rows[start:start + 200]).execute()
