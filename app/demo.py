"""A realistic demo database at the source county's scale, deterministic for a given seed.

The roster comes first; every feature then extends it through its `populate_demo` hook.
The campaign is placed so that today falls in its 查纠整改 phase: deadlines, overdue items and
coverage figures then look like an office mid-campaign.
"""
from __future__ import annotations

import datetime as dt
import os
import random
from dataclasses import dataclass, field
from pathlib import Path

from . import settings
from .db import close_database, database, open_database
from .errors import AppError

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志强海波"
         "婷雪梅林文斌宇浩凯晨欣怡子涵博文思远振华国庆立新春生卫东德明晓东永红丹丹亚楠慧敏俊杰宏伟")

GIVEN_MALE = "伟强磊军洋勇杰涛明超刚华平辉建国志海波斌宇浩凯晨博文远振庆立新春生卫东德晓永俊宏鹏彬林峰"
GIVEN_FEMALE = "芳娜秀英敏静丽艳娟霞兰桂玉萍红娥玲芬燕婷雪梅欣怡涵思慧丹楠琳颖倩"

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

# Not in post (病休/专案/借调): outside the 518 but on the roster, and the make-up study's 送学/补学 cases.
NOT_IN_POST = {"病休": 6, "专案": 4, "借调": 2}

TOWNS = ("城关镇", "天城镇", "白石镇", "沙坪镇", "石城镇", "桂花镇", "路口镇", "青岭镇", "港口乡", "金塘镇", "铜钟乡", "高枧乡")
COUNTY_BODIES = [
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
               "县医疗保障局", "县林业局", "县城市管理执法局", "县信访局", "县生态环境分局", "县税务局")
TOWN_POSTS = ("党委书记", "镇长", "人大主席", "党委副书记", "政法委员", "纪委书记", "武装部长", "副镇长", "副镇长", "组织委员")
DEPT_POSTS = ("局长", "党组书记", "副局长")
OUTSIDE_LEADERS = 218  # with the 518 officers' own pledges: 736 公开承诺 in the source article


@dataclass
class DemoContext:
    rng: random.Random
    today: dt.date
    campaign_start: dt.date
    phases: list = field(default_factory=list)  # (phase, first day, last day)
    facts: dict = field(default_factory=dict)  # what earlier steps made, for later ones

    def person_name(self, gender: str = "") -> str:
        """A plausible name; with gender 男/女 the given name reads as one (陈玲 is not a man's name)."""
        pool = {"男": GIVEN_MALE, "女": GIVEN_FEMALE}.get(gender, GIVEN)
        given = self.rng.choice(pool)
        if self.rng.random() < 0.65:
            given += self.rng.choice(pool)
        return self.rng.choice(SURNAMES) + given[:2]

    def date_between(self, first: dt.date, last: dt.date) -> dt.date:
        span = max(0, (last - first).days)
        return first + dt.timedelta(days=self.rng.randint(0, span))


def build(path: Path, *, seed: int = 2021, today: dt.date | None = None) -> dict:
    """Write a new demo database at `path` (replacing it). Returns the stats of the result."""
    from . import features, stats

    today = today or dt.date.today()
    path = Path(path)
    tmp = path.with_name(path.name + ".building")
    for leftover in (tmp, Path(str(tmp) + "-wal"), Path(str(tmp) + "-shm")):
        if leftover.exists():
            leftover.unlink()
    ctx = DemoContext(rng=random.Random(seed), today=today, campaign_start=today - dt.timedelta(days=70))
    open_database(tmp)
    try:
        settings.set_many({
            "county": "青山县",
            "office_name": "青山县政法队伍教育整顿领导小组办公室",
            "committee_name": "中共青山县委政法委员会",
            "campaign_start": ctx.campaign_start.isoformat(),
            "contact_person": "刘敏",
            "contact_phone": "0715-3321234",
        })
        ctx.phases = settings.phase_ranges()
        for _key, module in features.modules():
            hook = getattr(module, "populate_demo", None)
            if hook is not None:
                with database.atomic():
                    hook(ctx)
        result = stats.collect()
        database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        close_database()
    for suffix in ("-wal", "-shm"):
        side = Path(str(path) + suffix)
        if side.exists():
            side.unlink()
    os.replace(tmp, path)
    for suffix in ("-wal", "-shm"):
        side = Path(str(tmp) + suffix)
        if side.exists():
            side.unlink()
    return result


def ensure_new_target(path: Path, force: bool) -> None:
    if path.exists() and path.stat().st_size > 0 and not force:
        raise AppError(f"数据库 {path} 已存在。如确要用演示数据覆盖它，请加 --force。")
