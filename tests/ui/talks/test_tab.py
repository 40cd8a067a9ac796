"""The talks tab and its dialogs, driven with qtbot; every table model checked with qtmodeltester."""
import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pypdf import PdfReader

from app.talks import coverage, follow_ups, listing, people, rounds, snippets
from app.talks.models import Talk


@pytest.fixture
def app_ready(demo_db):
    from ui.shell.application import create_application

    create_application()
    return demo_db


def third_round_and_unit(name="县司法局"):
    return rounds.round_by_number(3), people.find_unit(name)


def test_every_model_passes_qtmodeltester(qtmodeltester, app_ready):
    from ui.talks import models as m

    third, unit = third_round_and_unit()
    cases = [
        (m.CoverageModel(), coverage.coverage(third.id)),
        (m.RoundSummaryModel(), coverage.round_summaries()),
        (m.PeopleModel(), coverage.untalked(third.id)),
        (m.GapModel(), coverage.cascade_gaps(rounds.round_by_number(1).id)),
        (m.FollowUpModel(), follow_ups.follow_up_rows(open_only=False)),
        (m.RoundsModel(), rounds.rounds()),
        (m.SnippetModel(), snippets.snippets()),
        (m.ParticipantsModel(), people.pick_people()[:12]),
    ]
    for model, rows in cases:
        assert rows, type(model).__name__
        model.set_rows(rows)
        qtmodeltester.check(model)
        model.set_rows([])
        qtmodeltester.check(model)
    records = m.TalkListModel()
    records.set_rows(listing.talk_rows(include_content=True), with_content=True)
    qtmodeltester.check(records)
    records.set_filter("县法院", unit_id=unit.id, talk_type="思想交流")
    qtmodeltester.check(records)
    records.sort(8, Qt.AscendingOrder)
    qtmodeltester.check(records)
    follow = m.FollowUpEditModel()
    follow.set_items([["交自查表", "2021-6-30", ""]])
    follow.add_item("回访")
    qtmodeltester.check(follow)


def test_record_list_filters_incrementally_and_by_unit(app_ready):
    from ui.talks.models import TalkListModel

    model = TalkListModel()
    rows = listing.talk_rows()
    model.set_rows(rows, with_content=False)
    assert model.rowCount() == len(rows)
    name = rows[10].participants.split("、")[0]
    model.set_filter(name[:1])
    wide = model.rowCount()
    model.set_filter(name)
    assert 0 < model.rowCount() <= wide
    assert all(name in model.row_at(r).participants or name in model.row_at(r).talker_name
               for r in range(model.rowCount()))
    model.set_filter("")
    assert model.rowCount() == len(rows)
    unit = people.find_unit("县检察院")
    model.set_filter(unit_id=unit.id)
    assert 0 < model.rowCount() < len(rows) and all(unit.id in model.row_at(r).unit_ids
                                                    for r in range(model.rowCount()))
    model.set_filter("主动说明问题", unit_id=None)
    assert model.rowCount() == sum(1 for r in rows if r.self_reported)
    content_word = "逢问必录"  # only in content: not searchable while content is hidden
    model.set_filter(content_word, unit_id=None)
    assert model.rowCount() == 0
    model.set_rows(listing.talk_rows(include_content=True), with_content=True)
    assert model.rowCount() > 0
    model.set_rows(rows, with_content=False)
    assert all(model.columns[c][0] not in ("主要内容", "反映的问题", "意见建议") for c in range(model.columnCount()))


def test_fast_entry_through_a_unit_until_coverage_is_full(qtbot, app_ready):
    from ui.talks.dialogs import TalkDialog

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
    from ui.talks.dialogs import TalkDialog

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
    from ui.talks.dialogs import TalkDialog

    third, unit = third_round_and_unit("县公安局")
    waiting = coverage.untalked(third.id, unit.id)[:4]
    dialog = TalkDialog(round_id=third.id, unit_id=unit.id)
    qtbot.addWidget(dialog)
    dialog.mode_buttons["集体"].setChecked(True)
    dialog.set_participants([p.id for p in waiting])
    before = next(r for r in coverage.coverage(third.id) if r.unit_id == unit.id)
    assert dialog.save(and_next=True)
    after = next(r for r in coverage.coverage(third.id) if r.unit_id == unit.id)
    assert (after.talked - before.talked, after.person_times - before.person_times) == (4, 4)


def test_tab_main_path(qtbot, app_ready, monkeypatch, tmp_path):
    from ui.common import pdf_preview
    from ui.talks import tab as talks_tab
    from ui.talks.models import CoverageModel

    tab = talks_tab.TalksTab()
    qtbot.addWidget(tab)
    tab.resize(1280, 800)
    tab.show()
    third = rounds.round_by_number(3)
    tab.round_combo.setCurrentIndex(tab.round_combo.findData(third.id))
    coverage = tab.coverage_model.rows
    assert len(coverage) == 6 and coverage[-1].unit == "合计"
    assert "应谈 518 人" in tab.status_text()

    # one click on a unit's 未谈 count opens its 未谈名单
    row = next(i for i, r in enumerate(coverage) if r.untalked)
    index = tab.coverage_model.index(row, CoverageModel.UNTALKED_COLUMN)
    rect = tab.coverage_view.visualRect(index)
    qtbot.mouseClick(tab.coverage_view.viewport(), Qt.LeftButton, pos=rect.center())
    assert tab.pages.currentIndex() == tab.untalked_page
    assert tab.unit_id() == coverage[row].unit_id
    assert tab.untalked_model.rowCount() == coverage[row].untalked

    # the records list filters as the user types
    total = tab.records_model.rowCount()
    tab.unit_combo.setCurrentIndex(0)
    everyone = tab.records_model.rowCount()
    assert everyone > total
    name = tab.records_model.row_at(5).participants.split("、")[0]
    tab.search_edit.setText(name)
    assert 0 < tab.records_model.rowCount() < everyone
    tab.search_edit.clear()

    # content stays hidden unless allowed
    warnings = []
    monkeypatch.setattr(talks_tab.QMessageBox, "warning", lambda *a, **k: warnings.append(a))
    monkeypatch.setattr(talks_tab.access, "can", lambda permission: False)
    tab.content_toggle.setChecked(True)
    assert not tab.content_toggle.isChecked() and warnings
    assert "主要内容" not in [tab.records_model.headerData(c, Qt.Horizontal) for c in range(tab.records_model.columnCount())]
    monkeypatch.setattr(talks_tab.access, "can", lambda permission: True)
    tab.content_toggle.setChecked(True)
    assert "主要内容" in [tab.records_model.headerData(c, Qt.Horizontal) for c in range(tab.records_model.columnCount())]
    tab.content_toggle.setChecked(False)

    # print the coverage table and two record forms without content
    shown = []
    monkeypatch.setattr(pdf_preview, "preview", lambda parent, path, title=None: shown.append(path))
    tab.print_coverage()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20000)
    assert "覆盖情况表" in PdfReader(shown[0]).pages[0].extract_text()
    tab.records_view.selectRow(0)
    tab.records_view.selectionModel().select(
        tab.records_model.index(1, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    monkeypatch.setattr(tab, "ask_include_content", lambda count: False)
    tab.print_forms(selected_only=True)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20000)
    reader = PdfReader(shown[1])
    assert len(reader.pages) == 2 and "未打印" in reader.pages[0].extract_text()

    # follow-up items: mark the first overdue one done
    tab.pages.setCurrentIndex(tab.follow_page)
    before = tab.follow_model.rowCount()
    assert tab.follow_model.row_at(0).overdue
    tab.follow_view.selectRow(0)
    tab.mark_done()
    assert tab.follow_model.rowCount() == before - 1


def test_cascade_page_and_rounds_dialog(qtbot, app_ready, monkeypatch):
    from ui.talks import dialogs as talks_dialogs
    from ui.talks import tab as talks_tab

    tab = talks_tab.TalksTab()
    qtbot.addWidget(tab)
    first = rounds.round_by_number(1)
    tab.round_combo.setCurrentIndex(tab.round_combo.findData(first.id))
    assert tab.gap_model.rowCount() == 2
    assert "层级检查（2）" == tab.pages.tabText(tab.gaps_page)
    dialog = talks_dialogs.RoundsDialog(tab)
    qtbot.addWidget(dialog)
    dialog.name_edit.setText("第四轮")
    dialog.start_edit.setText("2021-13-1")
    dialog.add_round()
    assert "不是有效日期" in dialog.error.text() and len(rounds.rounds()) == 3
    dialog.start_edit.setText("")
    dialog.end_edit.setText("")
    dialog.add_round()
    assert [r.name for r in rounds.rounds()][-1] == "第四轮"
    assert rounds.rounds()[-1].expected == 518
    monkeypatch.setattr(talks_dialogs.QMessageBox, "question", lambda *a, **k: talks_dialogs.QMessageBox.Yes)
    dialog.delete_round()
    assert len(rounds.rounds()) == 3


def test_tab_and_form_on_an_empty_database(qtbot, db):
    from ui.shell.application import create_application
    from ui.talks.dialogs import TalkDialog
    from ui.talks.tab import TalksTab

    create_application()
    tab = TalksTab()
    qtbot.addWidget(tab)
    assert [r.name for r in rounds.rounds()] == ["第一轮", "第二轮", "第三轮"]
    assert tab.coverage_model.rowCount() == 1 and tab.records_model.rowCount() == 0
    assert "应谈 0 人" in tab.status_text()
    dialog = TalkDialog(tab)
    qtbot.addWidget(dialog)
    assert not dialog.save(and_next=True)
    assert dialog.errors["谈话对象"].isVisibleTo(dialog) and dialog.errors["谈话人"].isVisibleTo(dialog)
