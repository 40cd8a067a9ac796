"""The record form: fast entry through a unit, a failed save that keeps everything typed, group talks."""
import datetime as dt

from PySide6.QtCore import Qt

from app.talks import coverage
from app.talks.models import Talk
from tests.support.talks_data import third_round_and_unit


def test_fast_entry_through_a_unit_until_coverage_is_full(qtbot, app_ready):
    from ui.talks.talk_dialog import TalkDialog

    third, unit = third_round_and_unit()
    waiting = coverage.untalked(third.id, unit.id)
    assert len(waiting) >= 10
    dialog = TalkDialog(round_id=third.id, unit_id=unit.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.participant_ids() == [waiting[0].id]
    dialog.place_edit.setText("司法所会议室")
    dialog.topic_edit.setText("“自查从宽、被查从严”政策宣讲")
    seen = []
    for step in range(len(waiting)):
        current = dialog.participant_ids()
        assert len(current) == 1 and current[0] not in seen
        seen.append(current[0])
        assert dialog.talker_combo.currentText(), "the cascade fills the talker"
        dialog.content_edit.setPlainText(f"第{step + 1}次谈话内容")
        qtbot.mouseClick(dialog.save_next_button, Qt.LeftButton)
        assert dialog.content_edit.toPlainText() == ""  # per-person fields cleared …
        assert dialog.place_edit.text() == "司法所会议室"  # … the rest kept for the next
        row = next(r for r in coverage.coverage(third.id) if r.unit_id == unit.id)
        assert row.talked == row.expected - len(waiting) + step + 1
    assert sorted(seen) == sorted(p.id for p in waiting)
    assert coverage.untalked(third.id, unit.id) == []
    assert "覆盖率100%" in dialog.status.text()
    assert dialog.participant_ids() == []
    saved = Talk.select().where(Talk.place == "司法所会议室").order_by(Talk.id)
    assert saved.count() == len(waiting) and saved[0].content == "第1次谈话内容"


def test_a_failed_save_keeps_every_field_and_shows_errors_beside_them(qtbot, app_ready):
    from ui.talks.talk_dialog import TalkDialog

    third, unit = third_round_and_unit()
    before = Talk.select().count()
    dialog = TalkDialog(round_id=third.id, unit_id=unit.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.time_edit.setText("25:99")
    dialog.talker_combo.setEditText("外单位同志")
    dialog.talker_post_edit.clear()
    dialog.content_edit.setPlainText("已经写好的一大段谈话内容")
    dialog.follow_model.set_items([["交表", "2021-2-30", ""]])
    qtbot.mouseClick(dialog.save_next_button, Qt.LeftButton)
    assert Talk.select().count() == before
    assert dialog.content_edit.toPlainText() == "已经写好的一大段谈话内容"
    assert dialog.time_edit.text() == "25:99" and dialog.talker_combo.currentText() == "外单位同志"
    for field in ("谈话时间", "谈话人职务", "后续事项"):
        assert dialog.errors[field].isVisibleTo(dialog), field
    assert "不是有效时间" in dialog.errors["谈话时间"].text()
    assert not dialog.errors["谈话对象"].isVisibleTo(dialog)
    dialog.time_edit.setText("9:30")
    dialog.talker_post_edit.setText("县委组织部 部长")
    dialog.follow_model.set_items([["交表", "", ""]])
    qtbot.mouseClick(dialog.save_next_button, Qt.LeftButton)
    assert Talk.select().count() == before + 1
    assert not dialog.errors["谈话时间"].isVisibleTo(dialog)
    newest = Talk.select().order_by(Talk.id.desc()).first()
    assert newest.talker_id is None and newest.talker_post == "县委组织部 部长" and newest.talk_time == dt.time(9, 30)


def test_group_talk_counts_everyone_present(qtbot, app_ready):
    from ui.talks.talk_dialog import TalkDialog

    third, unit = third_round_and_unit("县公安局")
    waiting = coverage.untalked(third.id, unit.id)[:4]
    dialog = TalkDialog(round_id=third.id, unit_id=unit.id)
    qtbot.addWidget(dialog)
    dialog.mode_buttons["集体"].setChecked(True)
    dialog.set_participants([p.id for p in waiting])
    before = next(r for r in coverage.coverage(third.id) if r.unit_id == unit.id)
    assert dialog.save_record(and_next=True)
    after = next(r for r in coverage.coverage(third.id) if r.unit_id == unit.id)
    assert (after.talked - before.talked, after.person_times - before.person_times) == (4, 4)
