"""任务清单: tasks validated field by field, numbered, overdue as the feedback ledger marks it; 销号 needs evidence,
day and who; a reopened task is open again with its reason; a refused write leaves the table as it was."""
import pytest

from app.errors import ValidationError, ValidationErrors
from app.safety import access, accounts
from app.tasks.models import CampaignTask
from app.tasks.task_list import TaskData, close_task, delete_task, reopen_task, save_task, task_row, task_rows
from tests.app.tasks.conftest import days


def _task(**changes):
    data = TaskData(stage="查纠整改", title="开展重点案件交叉评查", key_work=True, kind="规定动作", unit="县法院",
                    lead="张伟", deadline=days(10))
    for key, value in changes.items():
        setattr(data, key, value)
    return save_task(data)


def test_every_bad_field_is_named_and_nothing_is_written(units):
    with pytest.raises(ValidationErrors) as exc:
        save_task(TaskData(stage="回头看", title="", kind="必选动作", unit="县医院", deadline="6月底", number="x"))
    assert {e.field for e in exc.value.errors} == {"环节", "任务", "类别", "责任单位", "完成时限", "序号"}
    assert "县法院" in str(exc.value)  # the unit error lists the units there are
    assert CampaignTask.select().count() == 0


def test_tasks_are_numbered_in_order_and_a_taken_number_is_refused(units):
    first, second = _task(), _task(title="开展法律监督专项检查", unit="县局", key_work=False)
    assert (first.number, second.number) == (1, 2)
    assert second.unit_id == units["police"].id  # an alias finds the unit
    with pytest.raises(ValidationError, match="序号 1 已被"):
        _task(number=1)
    assert CampaignTask.select().count() == 2
    rows = task_rows()
    assert [r.number for r in rows] == [1, 2] and rows[0].unit == "县法院" and rows[0].unit_full == "青山县人民法院"


def test_overdue_until_closed_and_close_out_needs_evidence_day_and_who(units):
    task = _task(deadline=days(-3))
    row = task_row(task.id)
    assert row.overdue and row.due_text == "已逾期3天" and row.status == "推进中"
    with pytest.raises(ValidationErrors) as exc:
        close_task(task.id, evidence="  ", closed_on=days(1), closed_by="")
    assert {e.field for e in exc.value.errors} == {"佐证材料", "销号日期", "销号人"}
    assert task_row(task.id).closed_on is None
    close_task(task.id, evidence="评查报告和整改台账已归档", closed_on=days(-1), closed_by="县教整办 刘敏")
    row = task_row(task.id)
    assert row.status == "已销号" and not row.overdue and row.evidence.startswith("评查报告")
    with pytest.raises(ValidationError, match="已于"):
        close_task(task.id, evidence="再次", closed_on=days(0), closed_by="刘敏")


def test_reopen_needs_a_reason_and_makes_it_overdue_again(units):
    task = _task(deadline=days(-3))
    with pytest.raises(ValidationError, match="尚未销号"):
        reopen_task(task.id, "材料不全")
    close_task(task.id, evidence="归档", closed_on=days(-1), closed_by="刘敏")
    with pytest.raises(ValidationErrors, match="重新打开"):
        reopen_task(task.id, "")
    reopen_task(task.id, "督导发现评查未覆盖全部卷宗")
    row = task_row(task.id)
    assert row.closed_on is None and row.overdue and row.reopen_reason.startswith("督导发现")
    assert row.evidence == "归档"  # kept for the record


def test_a_deleted_task_leaves_the_list(units):
    task = _task()
    delete_task(task.id)
    assert task_rows() == []


def test_a_reader_cannot_write(units):
    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅甲", access.ROLE_READER, "secret-2")
    accounts.login("reader", "secret-2")
    try:
        with pytest.raises(access.PermissionDenied):
            _task()
    finally:
        accounts.logout()
    assert CampaignTask.select().count() == 0
