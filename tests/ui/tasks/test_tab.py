"""任务督导 tab driven with qtbot: a task added, overdue, closed with evidence and reopened; a 督导 visit with a
提醒 closed out; a daily report that makes a unit disappear from the day's 零通报 list; a reader sees the
buttons disabled; the tab's show_rows and the overview cards."""
import datetime as dt

from PySide6.QtCore import Qt

from tests.support.dialogs import accepting, qdate

TODAY = dt.date.today()


def test_a_task_from_new_to_closed_and_reopened(qtbot, app, units, popups, monkeypatch):
    from app.events import Topic
    from ui.tasks.dialogs import CloseTaskDialog, ReopenTaskDialog, TaskDialog
    from ui.tasks.tab import TasksTab

    tab = TasksTab()
    qtbot.addWidget(tab)
    tab.show()
    page = tab.tasks
    assert page.model.rowCount() == 0

    def fill_task(d):
        d.stage.setCurrentIndex(d.stage.findData("查纠整改"))
        d.title_edit.setText("开展重点案件交叉评查")
        d.key_work.setChecked(True)
        d.unit.setCurrentIndex(d.unit.findData("青山县人民法院"))
        d.deadline.setDate(qdate(TODAY - dt.timedelta(days=2)))

    monkeypatch.setattr(TaskDialog, "exec", accepting(fill_task))
    qtbot.mouseClick(page.buttons["new"], Qt.LeftButton)
    tab.on_changed(Topic.TASKS)
    row = page.model.row_at(0)
    assert (row.number, row.unit, row.key_work, row.overdue) == (1, "县法院", True, True)
    assert "逾期 1 项" in page.totals.text() and "1 项重点工作" in tab.heading.text()

    def empty_close(d):
        d.evidence.setPlainText("")
    monkeypatch.setattr(CloseTaskDialog, "exec", accepting(empty_close))  # refused: stays open, nothing saved
    page.view.selectRow(0)
    qtbot.mouseClick(page.buttons["close"], Qt.LeftButton)
    assert popups and "佐证材料" in popups[-1][2]
    tab.on_changed(Topic.TASKS)
    assert page.model.row_at(0).closed_on is None

    def fill_close(d):
        d.evidence.setPlainText("评查报告、整改台账已归档")
        d.closed_by.setText("县教整办 刘敏")
    monkeypatch.setattr(CloseTaskDialog, "exec", accepting(fill_close))
    page.view.selectRow(0)
    qtbot.mouseClick(page.buttons["close"], Qt.LeftButton)
    tab.on_changed(Topic.TASKS)
    assert page.model.row_at(0).status == "已销号" and not page.model.row_at(0).overdue

    monkeypatch.setattr(ReopenTaskDialog, "exec", accepting(lambda d: d.reason.setPlainText("评查未覆盖全部卷宗")))
    page.view.selectRow(0)
    qtbot.mouseClick(page.buttons["reopen"], Qt.LeftButton)
    tab.on_changed(Topic.TASKS)
    assert page.model.row_at(0).status == "推进中" and page.model.row_at(0).reopen_reason
    assert tab.show_rows(page="tasks", overdue=True) and page.proxy.rowCount() == 1
    assert tab.show_rows(page="tasks", stage="学习教育") and page.proxy.rowCount() == 0
    assert not tab.show_rows(page="tasks", colour="red")


def test_a_visit_and_its_reminder_closed(qtbot, app, units, popups, monkeypatch):
    from app.events import Topic
    from ui.tasks.dialogs import CloseReminderDialog, ReminderDialog, VisitDialog
    from ui.tasks.tab import TasksTab

    tab = TasksTab()
    qtbot.addWidget(tab)
    page = tab.supervision
    assert tab.show_rows(page="supervision")

    def fill_visit(d):
        d.visited_on.setDate(qdate(TODAY - dt.timedelta(days=12)))
        d.unit.setCurrentIndex(d.unit.findData("青山县公安局"))
        d.team.setText("第一督导组")
        d.looked.setPlainText("学习笔记")
        d.findings.setPlainText("心得体会质量不高")
    monkeypatch.setattr(VisitDialog, "exec", accepting(fill_visit))
    qtbot.mouseClick(page.buttons["new"], Qt.LeftButton)
    tab.on_changed(Topic.TASKS)
    assert page.model.rowCount() == 1
    page.view.selectRow(0)

    def fill_reminder(d):
        d.content.setPlainText("补齐学习笔记并组织交流")
        d.deadline.setDate(qdate(TODAY - dt.timedelta(days=2)))
    monkeypatch.setattr(ReminderDialog, "exec", accepting(fill_reminder))
    qtbot.mouseClick(page.buttons["remind"], Qt.LeftButton)
    tab.on_changed(Topic.TASKS)
    page.view.selectRow(0)
    assert page.reminders.rowCount() == 1 and page.reminders.row_at(0).overdue
    assert "逾期 1 条" in page.totals.text() and "学习笔记" in page.detail.text()

    monkeypatch.setattr(CloseReminderDialog, "exec", accepting(lambda d: d.outcome.setPlainText("已补齐")))
    page.reminder_view.selectRow(0)
    qtbot.mouseClick(page.buttons["close"], Qt.LeftButton)
    tab.on_changed(Topic.TASKS)
    assert "已销号 1 条" in page.totals.text() and "逾期 0 条" in page.totals.text()
    page.view.selectRow(0)
    page.reminder_view.selectRow(0)
    qtbot.mouseClick(page.buttons["delete_reminder"], Qt.LeftButton)  # closed: refused, said why
    assert "先撤销销号" in popups[-1][2]
    page.reminder_view.selectRow(0)
    qtbot.mouseClick(page.buttons["reopen"], Qt.LeftButton)
    tab.on_changed(Topic.TASKS)
    page.view.selectRow(0)
    page.reminder_view.selectRow(0)
    qtbot.mouseClick(page.buttons["delete_reminder"], Qt.LeftButton)
    tab.on_changed(Topic.TASKS)
    page.view.selectRow(0)
    assert page.reminders.rowCount() == 0 and "提醒 0 条" in page.totals.text()


def test_a_daily_report_and_the_days_zero_report_list(qtbot, app, units, popups, monkeypatch):
    from app.events import Topic
    from ui.tasks.dialogs import ReportDialog
    from ui.tasks.tab import TasksTab

    tab = TasksTab()
    qtbot.addWidget(tab)
    page = tab.reports
    yesterday = TODAY - dt.timedelta(days=1)
    assert tab.show_rows(page="reports", day=yesterday)
    assert "未报送 2 个：县法院、县公安局" in page.day_text.text()

    def fill_report(d):
        d.unit.setCurrentIndex(d.unit.findData("青山县人民法院"))
        d.zero.setChecked(True)
        d.reporter.setText("李娜")
    monkeypatch.setattr(ReportDialog, "exec", accepting(fill_report))
    qtbot.mouseClick(page.buttons["new"], Qt.LeftButton)
    tab.on_changed(Topic.TASKS)
    assert page.model.rowCount() == 1 and page.model.row_at(0).zero_report
    assert "已报 1 个单位（零报告 1 个）；未报送 1 个：县公安局" in page.day_text.text()


def test_a_reader_has_the_edit_buttons_disabled(qtbot, app, units):
    from app.safety import access, accounts
    from ui.tasks.tab import TasksTab

    accounts.enable("admin", "管理员", "secret-1")
    accounts.create_account("reader", "查阅甲", access.ROLE_READER, "secret-2")
    accounts.login("reader", "secret-2")
    try:
        tab = TasksTab()
        qtbot.addWidget(tab)
        for page in (tab.tasks, tab.supervision, tab.reports):
            assert page.buttons and not any(b.isEnabled() for b in page.buttons.values())
    finally:
        accounts.logout()


def test_the_overview_shows_the_task_cards_which_open_the_tab(qtbot, app, demo_db):
    from ui.shell.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    overview = window.tabs.widget(0)
    overview.refresh()
    cards = overview.figure_cards.task_cards
    assert cards["tasks"].figure_text().endswith("/60项") and "重点工作25项" in cards["tasks"].note.text()
    assert "日报零通报" in cards["supervision"].note.text()
    qtbot.mouseClick(cards["supervision"], Qt.LeftButton)
    tab = window.tabs.currentWidget()
    assert type(tab).__name__ == "TasksTab" and tab.pages.currentIndex() == tab.SUPERVISION
    assert tab.supervision.model.rowCount() == 10
