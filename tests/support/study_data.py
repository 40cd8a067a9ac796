"""A small roster and sessions for the study tests (helpers only: no tests here)."""
from __future__ import annotations

import datetime as dt

from app.roster.officers import OfficerData, create_officer
from app.roster.units import get_or_create_unit
from app.study.sessions import SessionData

UNITS = {
    "青山县人民法院": ("县法院", ["立案庭", "刑事审判庭"]),
    "青山县人民检察院": ("县检察院", ["第一检察部"]),
    "青山县司法局": ("县司法局", ["城关司法所"]),
}
DAY = dt.date(2021, 5, 8)


def make_roster() -> dict[str, list[int]]:
    """Per unit: a leader, eight officers over its departments, one 病休, one 专案, one 借调. Returns ids by unit."""
    from app.roster.models import Unit

    ids: dict[str, list[int]] = {}
    number = 0
    for order, (unit, (short, depts)) in enumerate(UNITS.items(), start=1):
        get_or_create_unit(unit)
        Unit.update(short_name=short, sort_order=order).where(Unit.name == unit).execute()
        people = [dict(name=f"{short}领导", leadership="班子成员", post="副院长")]
        for i in range(8):
            people.append(dict(name=f"{short}干警{i + 1}", department=depts[i % len(depts)]))
        people += [dict(name=f"{short}病休", department=depts[0], status="病休"),
                   dict(name=f"{short}专案", department=depts[0], status="专案"),
                   dict(name=f"{short}借调", department=depts[0], status="借调")]
        for person in people:
            number += 1
            officer = create_officer(OfficerData(unit=unit, **person))
            ids.setdefault(unit, []).append(officer.id)
    return ids


def session_data(**overrides) -> SessionData:
    data = SessionData(type_name="警示教育大会", title="全县政法系统警示教育大会", day=DAY,
                       start_time=dt.time(9, 0), end_time=dt.time(11, 30), place="县委党校报告厅",
                       audience="units", unit_names=list(UNITS), requirements="严肃会议纪律",
                       contact_person="刘敏", contact_phone="0715-3321234")
    for key, value in overrides.items():
        setattr(data, key, value)
    return data
