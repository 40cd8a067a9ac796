"""A small county for the talks tests (helpers only: no tests here): two units with the "一级谈一级" levels,
and a one-line way to record a talk."""
from __future__ import annotations

import datetime as dt

from app.roster.models import Department, Officer, Oversight, Unit
from app.talks import people, records, rounds

TODAY = dt.date.today()
DAY = TODAY - dt.timedelta(days=3)


def make_county() -> dict:
    """Two units. 县法院: 一把手 A; 班子成员 B (分管 D1) and C (分管 D2); D1: head H1, officers o1–o3;
    D2: head H2, officer o4; a 病休 officer outside the campaign. 县检察院: 一把手 P and officer q."""
    court = Unit.create(name="青山县人民法院", short_name="县法院", kind="法院", sort_order=1)
    proc = Unit.create(name="青山县人民检察院", short_name="县检察院", kind="检察院", sort_order=2)
    d1 = Department.create(unit=court, name="刑事审判庭", sort_order=1)
    d2 = Department.create(unit=court, name="立案庭", sort_order=2)
    d3 = Department.create(unit=proc, name="第一检察部", sort_order=1)

    def person(name, unit, dept=None, **kw):
        return Officer.create(name=name, unit=unit, department=dept, **kw)

    people = {
        "A": person("院长甲", court, leadership="一把手", post="院长"),
        "B": person("副院长乙", court, leadership="班子成员", post="副院长"),
        "C": person("副院长丙", court, leadership="班子成员", post="副院长"),
        "H1": person("庭长一", court, d1, is_department_head=True, post="庭长"),
        "o1": person("干警一", court, d1),
        "o2": person("干警二", court, d1),
        "o3": person("干警三", court, d1),
        "H2": person("庭长二", court, d2, is_department_head=True, post="庭长"),
        "o4": person("干警四", court, d2),
        "sick": person("病休者", court, d1, status="病休"),
        "P": person("检察长", proc, leadership="一把手", post="检察长"),
        "q": person("检察官", proc, d3),
    }
    Oversight.create(officer=people["B"], department=d1)
    Oversight.create(officer=people["C"], department=d2)
    rounds.ensure_default_rounds()
    first = rounds.rounds()[0]
    return {"units": {"court": court, "proc": proc}, "p": people, "round": first.id}


def ids(county, *keys):
    return [county["p"][k].id for k in keys]


def talk(county, talker, *people, mode=None, round_id=None, day=DAY, **kw):
    data = records.TalkData(round_id=round_id or county["round"], talk_date=day,
                            talker_id=county["p"][talker].id if talker else None,
                            talker_name="" if talker else "政法委书记",
                            talker_post="" if talker else "县委常委、政法委书记",
                            participant_ids=ids(county, *people), mode=mode or ("集体" if len(people) > 1 else "个别"),
                            talk_type=kw.pop("talk_type", "思想交流"), **kw)
    return records.create_talk(data)


def unit_row(rows, unit):
    return next(r for r in rows if r.unit_id == unit.id)


def third_round_and_unit(name="县司法局"):
    """On the demo database: the third round (under way) and a unit."""
    return rounds.round_by_number(3), people.find_unit(name)
