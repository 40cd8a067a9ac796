"""Fixtures of the feedback UI tests: a court with people (the application and `popups`: tests/ui/conftest.py)."""
import pytest


@pytest.fixture
def court(db):
    from app.roster.officers import OfficerData, create_officer
    from app.roster.models import Unit

    Unit.create(name="青山县人民法院", short_name="县法院", kind="法院", sort_order=1)
    Unit.create(name="青山县公安局", short_name="县公安局", kind="公安局", sort_order=2)
    for name, leadership, head in (("王院长", "一把手", False), ("赵副院长", "班子成员", False), ("李庭长", "", True)):
        create_officer(OfficerData(name=name, unit="青山县人民法院", department="" if leadership else "执行局",
                                                 leadership=leadership, is_department_head=head))
    return db
