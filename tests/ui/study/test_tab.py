"""The 学习教育 tab driven as a clerk would: schedule a session for three units, print its notice and sign-in
sheet, mark a unit present and the exceptions by keyboard, see the make-up list and the rates; the tab's
registration, its links (show_rows) and its refresh on change."""
import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog

from app.study import audience, sessions

THREE_UNITS = ["中共青山县委政法委员会", "青山县人民检察院", "青山县司法局"]


def test_schedule_print_mark_and_see_make_up(tab, qtbot, monkeypatch, tmp_path):
    import ui.common.pdf_preview as pdf_preview
    from ui.study.notice_dialog import NoticeDialog
    from ui.study.session_dialog import SessionDialog

    # 1. Schedule a 警示教育大会 for three units.
    def fill_and_save(dialog: SessionDialog):
        dialog.type_box.setCurrentText("警示教育大会")
        dialog.title_edit.setText("三单位警示教育大会")
        dialog.day_edit.setDate(dialog.day_edit.date().addDays(3))
        dialog.place_edit.setText("县委党校报告厅")
        dialog.agenda_edit.setPlainText("观看警示教育片\n通报典型案例")
        dialog.audience_buttons.button(1).setChecked(True)
        for row in range(dialog.unit_model.rowCount()):
            item = dialog.unit_model.item(row)
            item.setCheckState(Qt.Checked if item.text() in THREE_UNITS else Qt.Unchecked)
        assert "应到 147 人" in dialog.count_label.text()
        dialog.accept()
        return QDialog.Accepted if dialog.result() == QDialog.Accepted else QDialog.Rejected

    monkeypatch.setattr(SessionDialog, "exec", fill_and_save)
    tab.sessions.new_session()
    row = tab.sessions.current_row()
    assert row.title == "三单位警示教育大会" and row.figures.expected == 147 and row.state == "未开始"
    assert row.audience_text == "县委政法委、县检察院、县司法局"

    # 2. Print its notice (text edited first) and sign-in sheet, each shown in the preview.
    previews = []
    monkeypatch.setattr(pdf_preview, "preview", lambda parent, path, title=None: previews.append(path))

    def edit_and_print(dialog: NoticeDialog):
        dialog.body_edit.setPlainText(dialog.body_edit.toPlainText().replace("议程", "会议议程"))
        dialog.preview()
        return QDialog.Accepted

    monkeypatch.setattr(NoticeDialog, "exec", edit_and_print)
    tab.sessions.print_notice()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=15000)
    notice_text = "".join(p.extract_text() for p in pypdf.PdfReader(str(previews[0])).pages)
    assert "关于召开三单位警示教育大会的通知" in notice_text and "会议议程" in notice_text
    assert "会议议程" in sessions.saved_notice(row.id)["body"]  # the edit is kept with the session
    tab.sessions.print_signin()
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=15000)
    sheet = "".join(p.extract_text() for p in pypdf.PdfReader(str(previews[1])).pages)
    assert "应到20人" in sheet.replace(" ", "") and "青山县司法局" in sheet

    # 3. Mark attendance from the sheet: the 检察院 present at once, then two exceptions by keyboard.
    panel = tab.sessions.attendance
    tab.sessions.details.setCurrentWidget(panel)
    assert not panel.frozen and panel.lock_note.isVisible()
    panel.unit.setCurrentIndex(panel.unit.findData("青山县人民检察院"))
    assert panel.proxy.rowCount() == 67
    qtbot.mouseClick(panel.all_present, Qt.LeftButton)
    qtbot.waitUntil(lambda: panel.frozen and "出席 64" in panel.summary.text(), timeout=5000)

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: pytest.fail("no pop-up while marking"))
    in_post = [panel.proxy.row_at(r).name for r in range(panel.proxy.rowCount())
               if panel.proxy.row_at(r).roster_status == "在岗"]
    first, second = in_post[10], in_post[20]
    panel.find.setText(first)
    qtbot.keyClick(panel.find, Qt.Key_Return)
    qtbot.keyClick(panel.view, Qt.Key_3)  # 请假: the reason is asked beside the buttons, not in a pop-up
    assert panel.reason_combo.isVisible() and first in panel.reason_label.text()
    below = panel.view.currentIndex().row()
    qtbot.keyClick(panel.view, Qt.Key_2)  # typing on down the sheet is not swallowed by a reason box
    assert panel.proxy.row_at(below).status == "迟到"
    panel.view.selectRow(below)
    qtbot.keyClick(panel.view, Qt.Key_1)  # and back to 出席, as the sheet says
    assert panel.proxy.row_at(below).status == "出席" and first in panel.reason_label.text()
    panel.reason_combo.setEditText("出差")
    panel.apply_reason()
    panel.find.setText(second)
    qtbot.keyClick(panel.find, Qt.Key_Return)
    qtbot.keyClick(panel.view, Qt.Key_4)  # 缺席
    qtbot.waitUntil(lambda: "缺席 1" in panel.summary.text(), timeout=5000)
    marks = {r.name: (r.status, r.reason) for r in audience.attendee_rows(row.id)}
    assert marks[first] == ("请假", "出差")
    assert marks[second][0] == "缺席"
    away = sum(1 for r in audience.attendee_rows(row.id) if r.roster_status != "在岗")  # 病休/专案: on leave already
    assert away >= 1 and f"请假 {away + 1}" in panel.summary.text()

    # The other two units present at once; nothing left unmarked.
    panel.unit.setCurrentIndex(0)
    qtbot.mouseClick(panel.all_present, Qt.LeftButton)
    qtbot.waitUntil(lambda: "未登记 0" in panel.summary.text(), timeout=5000)

    # 4. The make-up list and the rates.
    tab.sessions.details.setCurrentWidget(tab.sessions.makeup)
    qtbot.waitUntil(lambda: tab.sessions.makeup.model.rowCount() == away + 2, timeout=5000)
    names = {r.name for r in tab.sessions.makeup.model.rows}
    assert {first, second} <= names
    kinds = {r.name: r.kind for r in tab.sessions.makeup.model.rows}
    assert kinds[first] == "补学"
    current = tab.sessions.current_row()
    attended = 147 - away - 2
    assert current.figures.attended == attended and current.figures.attendance_rate == attended / 147
    assert f"出勤率 {attended / 147 * 100:.1f}%" in tab.sessions.header.text()
    tab.pages.setCurrentIndex(1)
    ledger = tab.ledger
    assert any(r.name == first for r in ledger.model.rows)
    assert "补学未完成" in tab.status_text()
    assert not tab.warnings


def test_tab_is_registered_in_the_main_window():
    from ui.shell.tabs import TABS

    assert ("ui.study.tab", "StudyTab") in TABS


def test_show_rows_points_at_a_type_or_the_ledger(tab):
    assert tab.show_rows(type="警示教育大会") is True
    assert tab.pages.currentWidget() is tab.sessions and tab.sessions.type_filter.currentData() == "警示教育大会"
    shown = [tab.sessions.proxy.row_at(r).type_name for r in range(tab.sessions.proxy.rowCount())]
    assert shown and set(shown) == {"警示教育大会"}
    assert tab.show_rows(type="") is True and tab.sessions.type_filter.currentData() == ""
    assert tab.show_rows(page="makeup") is True and tab.pages.currentWidget() is tab.ledger
    assert tab.show_rows(type="不存在的类型") is False and tab.pages.currentWidget() is tab.sessions
    assert tab.show_rows(type="警示教育大会", unit="县法院") is False  # unknown criteria: shown, but False
    assert tab.show_rows(page="makeup", type="警示教育大会") is False


def test_refreshes_on_its_topics_only(tab, qtbot, monkeypatch):
    from app.events import Topic

    refreshed = []
    monkeypatch.setattr(tab, "refresh", lambda: refreshed.append(1))
    for topic in (Topic.TALKS, Topic.FEEDBACK, Topic.PLEDGES):
        tab.on_changed(topic)
    qtbot.wait(20)
    assert not refreshed
    tab.on_changed(Topic.STUDY)
    tab.on_changed(Topic.ROSTER)  # a burst refreshes once
    qtbot.waitUntil(lambda: refreshed == [1], timeout=2000)
    tab._pending = False
    tab.on_changed(Topic.DATABASE)
    qtbot.waitUntil(lambda: refreshed == [1, 1], timeout=2000)


def test_a_refused_session_keeps_the_dialog_open_with_the_field_marked(tab, monkeypatch):
    from ui.study.session_dialog import SessionDialog

    dialog = SessionDialog(tab)
    dialog.type_box.setCurrentText("警示教育大会")
    dialog.title_edit.setText("  ")
    dialog.accept()
    assert dialog.result() != QDialog.Accepted and dialog.saved_value is None
    assert tab.warnings and "活动名称" in tab.warnings[-1]
    assert dialog.title_edit.styleSheet()  # marked
    dialog.title_edit.setText("补开的警示教育大会")
    dialog.accept()
    assert dialog.result() == QDialog.Accepted and dialog.saved_value
