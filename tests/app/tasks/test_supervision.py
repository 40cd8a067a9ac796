"""督导检查: a visit to a unit with what was looked at, checked and visited; its 提醒 with 整改时限 (not before the
visit), overdue until 整改销号, which needs what was done, the day and who."""
import pytest

from app.errors import ValidationError, ValidationErrors
from app.tasks.models import SupervisionReminder, SupervisionVisit
from app.tasks.supervision import (VisitData, add_reminder, close_reminder, delete_reminder, delete_visit,
                                   reminder_rows,
                                   reopen_reminder, save_visit, visit_rows)
from tests.app.tasks.conftest import days


def _visit(**changes):
    data = VisitData(visited_on=days(-20), unit="县法院", team="第一督导组", looked="学习笔记", checked="台账",
                     visited="走访干警8人", findings="心得体会质量不高")
    for key, value in changes.items():
        setattr(data, key, value)
    return save_visit(data)


def test_a_visit_needs_a_day_and_a_unit(units):
    with pytest.raises(ValidationErrors) as exc:
        save_visit(VisitData(visited_on="", unit=""))
    assert {e.field for e in exc.value.errors} == {"督导日期", "督导单位"}
    with pytest.raises(ValidationErrors, match="不能晚于今天"):
        _visit(visited_on=days(1))
    assert SupervisionVisit.select().count() == 0


def test_reminders_are_followed_until_closed(units):
    visit = _visit()
    with pytest.raises(ValidationError, match="不能早于督导日期"):
        add_reminder(visit.id, content="补齐学习笔记", deadline=days(-21))
    with pytest.raises(ValidationErrors) as exc:
        add_reminder(visit.id, content="", deadline="")
    assert {e.field for e in exc.value.errors} == {"提醒事项", "整改时限"}
    late = add_reminder(visit.id, content="补齐学习笔记", deadline=days(-10))
    add_reminder(visit.id, content="复核自查表", deadline=days(5))
    rows = reminder_rows()
    assert [r.content for r in rows] == ["补齐学习笔记", "复核自查表"]
    assert rows[0].overdue and rows[0].status == "整改中" and not rows[1].overdue
    line = visit_rows()[0]
    assert (line.unit, line.reminders, line.reminders_closed, line.reminders_overdue) == ("县法院", 2, 0, 1)
    with pytest.raises(ValidationErrors) as exc:
        close_reminder(late.id, outcome="", closed_on="", closed_by="")
    assert {e.field for e in exc.value.errors} == {"整改情况", "销号日期"}
    close_reminder(late.id, outcome="已补齐并组织交流研讨", closed_on=days(-9), closed_by="第一督导组")
    assert visit_rows()[0].reminders_closed == 1 and visit_rows()[0].reminders_overdue == 0
    reopen_reminder(late.id)
    assert reminder_rows()[0].overdue


def test_a_visit_cannot_move_after_its_reminders_deadlines(units):
    visit = _visit()
    add_reminder(visit.id, content="补齐学习笔记", deadline=days(-15))
    with pytest.raises(ValidationError, match="晚于本次督导所提醒事项的整改时限"):
        _visit_update(visit.id, days(-10))
    assert SupervisionVisit.get_by_id(visit.id).visited_on == days(-20)


def _visit_update(visit_id, day):
    return save_visit(VisitData(visited_on=day, unit="县法院"), visit_id)


def test_a_deleted_visit_takes_its_reminders_out_of_the_lists(units):
    visit = _visit()
    add_reminder(visit.id, content="补齐学习笔记", deadline=days(-10))
    delete_visit(visit.id)
    assert visit_rows() == [] and reminder_rows() == []
    assert SupervisionReminder.select().count() == 1  # in the trash with its visit


def test_only_an_open_reminder_can_be_deleted(units):
    visit = _visit()
    wrong = add_reminder(visit.id, content="误登记", deadline=days(-10))
    done = add_reminder(visit.id, content="补齐学习笔记", deadline=days(-10))
    close_reminder(done.id, outcome="已补齐", closed_on=days(-9), closed_by="第一督导组")
    with pytest.raises(ValidationError, match="先撤销销号"):
        delete_reminder(done.id)
    delete_reminder(wrong.id)
    assert [r.content for r in reminder_rows()] == ["补齐学习笔记"]
