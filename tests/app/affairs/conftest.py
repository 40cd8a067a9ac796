"""Two units and two officers on a fresh database, and an 英模报告会 and another study session."""
import datetime as dt

import pytest


@pytest.fixture
def people(db):
    from app.roster.models import Officer, Unit

    court = Unit.create(name="青山县人民法院", short_name="县法院", kind="法院", sort_order=1)
    police = Unit.create(name="青山县公安局", short_name="县公安局", kind="公安局", sort_order=2)
    return {"court": court, "police": police,
            "zhang": Officer.create(name="张伟", unit=court, post="审判员"),
            "wang": Officer.create(name="王强", unit=police, post="民警")}


@pytest.fixture
def sessions(db):
    from app.study.models import StudySession, StudyType

    report_type, _ = StudyType.get_or_create(name="英模报告会/观影")
    other_type, _ = StudyType.get_or_create(name="警示教育大会")
    return {"report": StudySession.create(type=report_type, title="全县政法英模事迹报告会", day=dt.date(2021, 4, 2)),
            "warning": StudySession.create(type=other_type, title="警示教育大会", day=dt.date(2021, 4, 3))}
