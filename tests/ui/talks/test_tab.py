"""The talks tab driven with qtbot: coverage, records, content access, printing, follow-ups, the cascade
page, the rounds dialog, an empty database."""
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from pypdf import PdfReader

from app.talks import rounds


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
    assert tab.untalked.model.rowCount() == coverage[row].untalked

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
    tab.printing.coverage()
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=20000)
    assert "覆盖情况表" in PdfReader(shown[0]).pages[0].extract_text()
    tab.records_view.selectRow(0)
    tab.records_view.selectionModel().select(
        tab.records_model.index(1, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)
    monkeypatch.setattr(tab.printing, "ask_include_content", lambda count: False)
    tab.printing.forms(selected_only=True)
    qtbot.waitUntil(lambda: len(shown) == 2, timeout=20000)
    reader = PdfReader(shown[1])
    assert len(reader.pages) == 2 and "未打印" in reader.pages[0].extract_text()

    # follow-up items: mark the first overdue one done
    tab.pages.setCurrentIndex(tab.follow_page)
    before = tab.follow_ups.model.rowCount()
    assert tab.follow_ups.model.row_at(0).overdue
    tab.follow_ups.view.selectRow(0)
    tab.follow_ups.mark_done()
    assert tab.follow_ups.model.rowCount() == before - 1


def test_cascade_page_and_rounds_dialog(qtbot, app_ready, monkeypatch):
    from ui.talks import rounds_dialog
    from ui.talks import tab as talks_tab

    tab = talks_tab.TalksTab()
    qtbot.addWidget(tab)
    first = rounds.round_by_number(1)
    tab.round_combo.setCurrentIndex(tab.round_combo.findData(first.id))
    assert tab.gaps.model.rowCount() == 2
    assert "层级检查（2）" == tab.pages.tabText(tab.gaps_page)
    dialog = rounds_dialog.RoundsDialog(tab)
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
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    dialog.delete_round()
    assert len(rounds.rounds()) == 3


def test_tab_and_form_on_an_empty_database(qtbot, db):
    from ui.shell.application import create_application
    from ui.talks.talk_dialog import TalkDialog
    from ui.talks.tab import TalksTab

    create_application()
    tab = TalksTab()
    qtbot.addWidget(tab)
    assert [r.name for r in rounds.rounds()] == ["第一轮", "第二轮", "第三轮"]
    assert tab.coverage_model.rowCount() == 1 and tab.records_model.rowCount() == 0
    assert "应谈 0 人" in tab.status_text()
    dialog = TalkDialog(tab)
    qtbot.addWidget(dialog)
    assert not dialog.save_record(and_next=True)
    assert dialog.errors["谈话对象"].isVisibleTo(dialog) and dialog.errors["谈话人"].isVisibleTo(dialog)


def test_show_rows_picks_round_unit_and_page(qtbot, app_ready):
    from app.talks import people
    from ui.talks.tab import ALL_ROUNDS, TalksTab

    tab = TalksTab()
    qtbot.addWidget(tab)
    second, unit = rounds.round_by_number(2), people.find_unit("县法院")
    tab.search_edit.setText("不会有这样的记录")
    assert tab.show_rows(round_id=second.id, unit_id=unit.id)
    assert (tab.round_id(), tab.unit_id(), tab.pages.currentIndex()) == (second.id, unit.id, tab.records_page)
    assert tab.search_edit.text() == "" and tab.records_model.rowCount() > 0
    assert all(unit.id in tab.records_model.row_at(r).unit_ids for r in range(tab.records_model.rowCount()))
    assert tab.show_rows(page="untalked")
    assert tab.round_combo.currentData() == ALL_ROUNDS and tab.unit_id() is None
    assert tab.pages.currentIndex() == tab.untalked_page
    assert not tab.show_rows(round_id=second.id, colour="red")  # unknown criterion: the rest still applies
    assert tab.round_id() == second.id and tab.pages.currentIndex() == tab.records_page
    assert not tab.show_rows(round_id=99999) and not tab.show_rows(unit_id=99999) and not tab.show_rows(page="x")


def test_on_changed_refreshes_for_talks_roster_and_database_only(qtbot, app_ready):
    from app.events import Topic
    from app.talks import records
    from ui.talks.tab import TalksTab

    tab = TalksTab()
    qtbot.addWidget(tab)
    tab.unit_combo.setCurrentIndex(0)
    before = len(tab.records_model.all_rows)
    records.delete_talks([tab.records_model.row_at(0).id])
    tab.on_changed(Topic.FEEDBACK)
    qtbot.wait(20)
    assert len(tab.records_model.all_rows) == before
    tab.on_changed(Topic.TALKS)
    qtbot.waitUntil(lambda: len(tab.records_model.all_rows) == before - 1, timeout=3000)


def test_snippets_dialog_adds_edits_and_deletes_after_asking(qtbot, db, popups):
    from app.talks import snippets
    from app.talks.models import SNIPPET_FIELDS
    from ui.shell.application import create_application
    from ui.talks.snippets_dialog import SnippetsDialog

    create_application()
    before = len(snippets.snippets())
    dialog = SnippetsDialog(None)
    qtbot.addWidget(dialog)
    dialog.field_combo.setCurrentText(SNIPPET_FIELDS[0])
    dialog.title_edit.setText("")
    dialog.text_edit.setPlainText("")
    dialog.save(new=True)
    assert dialog.error.text() and len(snippets.snippets()) == before  # refused, said on the error line
    dialog.title_edit.setText("开场白")
    dialog.text_edit.setPlainText("今天找你谈谈心，说说近期的工作和思想。")
    dialog.save(new=True)
    assert dialog.error.text() == "已保存。" and len(snippets.snippets()) == before + 1
    assert dialog.current().title == "开场白"
    dialog.title_edit.setText("开场")
    dialog.save(new=False)
    assert [s.title for s in snippets.snippets()].count("开场") == 1 and len(snippets.snippets()) == before + 1
    popups.clear()
    dialog.delete()
    assert popups[0][0] == "question" and "开场" in popups[0][2]
    assert "开场" not in [s.title for s in snippets.snippets()]
