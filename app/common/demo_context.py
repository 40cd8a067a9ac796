"""What every feature's demo step gets: the seeded random generator, the campaign's dates, plausible names,
and the facts earlier steps made (`ctx.facts`). Deterministic for a given seed."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉建国志强海波"
         "婷雪梅林文斌宇浩凯晨欣怡子涵博文思远振华国庆立新春生卫东德明晓东永红丹丹亚楠慧敏俊杰宏伟")

GIVEN_MALE = "伟强磊军洋勇杰涛明超刚华平辉建国志海波斌宇浩凯晨博文远振庆立新春生卫东德晓永俊宏鹏彬林峰"
GIVEN_FEMALE = "芳娜秀英敏静丽艳娟霞兰桂玉萍红娥玲芬燕婷雪梅欣怡涵思慧丹楠琳颖倩"


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
