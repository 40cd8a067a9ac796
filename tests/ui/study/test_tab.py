"""The 学习教育 tab driven as a clerk would: schedule a session for three units, print its notice and sign-in
sheet, mark a unit present and the exceptions by keyboard, see the make-up list and the rates. Plus
qtmodeltester on every table model."""
import datetime as dt

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox

from app.study import service as study

THREE_UNITS = ["中共青山县委政法委员会", "青山县人民检察院", "青山县司法局"]


@pytest.fixture
def app(qtbot):
    from ui.shell.application import create_application

    return create_application()


@pytest.fixture
def tab(qtbot, app, demo_db, monkeypatch):
    from ui.study.tab import StudyTab

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    widget = StudyTab()
    widget.warnings = warnings
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    return widget


def test_every_model_passes_the_model_tester(qtmodeltester, app, demo_db):
    from app.roster.officers import officer_rows
    from ui.study import models as m

    session_id = next(r.id for r in study.session_rows() if r.is_test)
    attendees = study.attendee_rows(session_id)
    cases = [
        (m.SessionModel(), study.session_rows()),
        (m.AttendeeModel(), attendees),
        (m.ReflectionModel(), attendees),
        (m.ScoreModel(), attendees),
        (m.MakeupModel(with_session=True), study.makeup_rows()),
        (m.MakeupModel(with_session=False), study.makeup_rows(session_id=session_id)),
        (m.TypeFiguresModel(), study.type_figures()),
        (m.UnitFiguresModel(), study.unit_figures()),
        (m.PersonFiguresModel(), study.person_figures()),
        (m.TypeListModel(), study.type_rows()),
        (m.OfficerPickModel(), officer_rows()),
    ]
    for model, rows in cases:
        model.set_rows(rows)
        assert model.rowCount() == len(rows) > 0
        qtmodeltester.check(model)
        proxy = m.FilterProxy()
        proxy.setSourceModel(model)
        proxy.sort(0, Qt.DescendingOrder)
        proxy.set_predicate(lambda r: True)
        qtmodeltester.check(proxy)


def test_in_place_update_keeps_the_selection(app, demo_db):
    from ui.study.models import AttendeeModel

    session_id = study.session_rows()[5].id
    model = AttendeeModel()
    model.set_rows(study.attendee_rows(session_id))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    model.set_rows(study.attendee_rows(session_id))
    assert not resets


def test_schedule_print_mark_and_see_make_up(tab, qtbot, monkeypatch, tmp_path):
    import ui.common.pdf_preview as pdf_preview
    import ui.study.tab as study_tab
    from ui.study.dialogs import NoticeDialog, SessionDialog

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
    assert "会议议程" in study.saved_notice(row.id)["body"]  # the edit is kept with the session
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

    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("出差", True))
    in_post = [panel.proxy.row_at(r).name for r in range(panel.proxy.rowCount())
               if panel.proxy.row_at(r).roster_status == "在岗"]
    first, second = in_post[10], in_post[20]
    panel.find.setText(first)
    qtbot.keyClick(panel.find, Qt.Key_Return)
    qtbot.keyClick(panel.view, Qt.Key_3)  # 请假 (reason asked: 出差)
    panel.find.setText(second)
    qtbot.keyClick(panel.find, Qt.Key_Return)
    qtbot.keyClick(panel.view, Qt.Key_4)  # 缺席
    qtbot.waitUntil(lambda: "缺席 1" in panel.summary.text(), timeout=5000)
    marks = {r.name: (r.status, r.reason) for r in study.attendee_rows(row.id)}
    assert marks[first] == ("请假", "出差")
    assert marks[second][0] == "缺席"
    away = sum(1 for r in study.attendee_rows(row.id) if r.roster_status != "在岗")  # 病休/专案: on leave already
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
    assert current.figures.attended == attended and current.figures.attendance_rate == round(attended / 147, 4)
    assert f"出勤率 {attended / 147 * 100:.1f}%" in tab.sessions.header.text()
    tab.pages.setCurrentIndex(1)
    ledger = tab.ledger
    assert any(r.name == first for r in ledger.model.rows)
    assert "补学未完成" in tab.status_text()
    assert not tab.warnings


def test_close_a_make_up_task_from_the_ledger(tab, qtbot, monkeypatch):
    from ui.study.dialogs import CompleteDialog

    tab.pages.setCurrentIndex(1)
    ledger = tab.ledger
    ledger.state.setCurrentIndex(ledger.state.findData(study.STATE_OVERDUE))
    overdue = ledger.proxy.rowCount()
    assert overdue > 0
    assert all(ledger.proxy.row_at(r).state == study.STATE_OVERDUE for r in range(overdue))
    ledger.view.selectRow(0)
    target = ledger.proxy.row_at(0)

    def fill(dialog: CompleteDialog):
        dialog.note.setPlainText("观看会议录像")
        return QDialog.Accepted

    monkeypatch.setattr(CompleteDialog, "exec", fill)
    ledger.complete()
    qtbot.waitUntil(lambda: ledger.proxy.rowCount() == overdue - 1, timeout=5000)
    done = [r for r in study.makeup_rows(state=study.STATE_DONE) if r.id == target.id]
    assert done and done[0].evidence_note == "观看会议录像" and done[0].completed_on == dt.date.today()


def test_reflections_and_scores_pages(tab, qtbot, monkeypatch):
    from ui.study.dialogs import ReflectionDialog

    sessions = tab.sessions
    test_session = next(r for r in study.session_rows() if r.is_test)
    sessions.select_session(test_session.id)
    assert sessions.details.isTabVisible(3)
    sessions.details.setCurrentWidget(sessions.reflections)
    panel = sessions.reflections
    panel.show.setCurrentIndex(panel.show.findData(False))  # 未交
    missing = panel.proxy.rowCount()
    panel.view.selectRow(0)
    monkeypatch.setattr(ReflectionDialog, "exec", lambda self: (self.words.setValue(1500), QDialog.Accepted)[1])
    panel.record()
    qtbot.waitUntil(lambda: panel.proxy.rowCount() == missing - 1, timeout=5000)

    sessions.details.setCurrentWidget(sessions.scores)
    scores = sessions.scores
    first = scores.proxy.row_at(0)
    index = scores.proxy.index(0, scores.model.SCORE_COLUMN)
    assert scores.proxy.setData(index, "55")
    qtbot.waitUntil(lambda: study.attendee_rows(test_session.id)[0].score == 55, timeout=5000)
    assert not scores.proxy.setData(index, "abc")
    assert tab.warnings and "不是数字" in tab.warnings[-1]
    summary = study.test_summary(test_session.id)
    assert summary.scored >= 1 and first.name == study.attendee_rows(test_session.id)[0].name

    # A session that is not a test has no 成绩 page.
    other = next(r for r in study.session_rows() if not r.is_test and r.figures.marked)
    sessions.select_session(other.id)
    assert not sessions.details.isTabVisible(3)


def test_figures_page_and_trash(tab, qtbot):
    tab.pages.setCurrentIndex(2)
    page = tab.figures
    assert page.type_model.rowCount() >= 9 and page.unit_model.rowCount() == 5
    assert page.person_model.rowCount() > 500
    assert "心得体会 1756 篇" in page.total.text()
    page.low_only.setChecked(True)
    assert 0 < page.person_proxy.rowCount() < page.person_model.rowCount()

    tab.pages.setCurrentIndex(0)
    sessions = tab.sessions
    before = sessions.model.rowCount()
    sessions.view.selectRow(0)
    sessions.delete_sessions()
    qtbot.waitUntil(lambda: sessions.model.rowCount() == before - 1, timeout=5000)
    sessions.trash.setChecked(True)
    assert sessions.model.rowCount() == 1
    sessions.view.selectRow(0)
    sessions.restore_sessions()
    sessions.trash.setChecked(False)
    qtbot.waitUntil(lambda: sessions.model.rowCount() == before, timeout=5000)


def test_types_dialog_adds_and_refuses_duplicates(app, demo_db, qtbot, monkeypatch):
    from ui.study.dialogs import TypeEditDialog, TypesDialog

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    dialog = TypesDialog()
    qtbot.addWidget(dialog)
    count = dialog.model.rowCount()

    def fill(name):
        def run(self):
            self.name.setText(name)
            self.verb.setText("组织")
            return QDialog.Accepted
        return run

    monkeypatch.setattr(TypeEditDialog, "exec", fill("观看警示教育片"))
    dialog.add()
    assert dialog.model.rowCount() == count + 1
    dialog.add()
    assert warnings and "已存在" in warnings[-1]
    assert dialog.model.rowCount() == count + 1


def test_tab_is_registered_in_the_main_window():
    from ui.shell.tabs import TABS

    assert ("ui.study.tab", "StudyTab") in TABS
