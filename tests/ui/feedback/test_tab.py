"""征求意见 tab driven with qtbot: a symposium's five suggestions logged, assigned and one closed out;
filters, show_rows (the overview's links), change topics, merge, outputs."""
import datetime as dt

from PySide6.QtCore import Qt

from tests.support.dialogs import accepting, qdate

TODAY = dt.date.today()


def test_symposium_with_five_suggestions_assigned_and_one_closed(qtbot, app, court, popups, monkeypatch):
    from app.feedback.ledger import suggestion_row, suggestion_rows
    from ui.feedback.batch_dialog import BatchEntryDialog
    from ui.feedback.event_dialog import EventDialog
    from ui.feedback.step_dialogs import TransitionDialog
    from ui.feedback.suggestion_dialog import SuggestionDialog
    from ui.feedback.tab import FeedbackTab

    tab = FeedbackTab()
    qtbot.addWidget(tab)
    tab.show()

    def fill_event(d):
        d.kind.setCurrentText("座谈会")
        d.title_edit.setText("政法队伍教育整顿征求意见座谈会")
        d.held_on.setDate(qdate(TODAY - dt.timedelta(days=3)))
        d.organiser.setCurrentIndex(d.organiser.findData("青山县人民法院"))
        d.spins["人大代表"].setValue(5)
        d.spins["企业家代表"].setValue(4)

    monkeypatch.setattr(EventDialog, "exec", accepting(fill_event))
    qtbot.mouseClick(tab.buttons["新增活动…"], Qt.LeftButton)
    assert tab.events.rowCount() == 1 and tab.events.row_at(0).participant_total == 9
    assert tab.selected_event_id() == tab.events.row_at(0).id  # the new event is selected

    contents = ["执行案款发放不及时", "立案窗口排队时间长", "庭审时接打电话", "裁判文书说理不充分", "巡回审判点太少"]

    def fill_batch(d):
        d.set_contents(contents)
        d.model.item(0, d.NAME).setText("张三")
        d.model.item(0, d.CATEGORY).setText("人大代表")
        d.model.item(0, d.KIND).setText("执法司法规范")

    monkeypatch.setattr(BatchEntryDialog, "exec", accepting(fill_batch))
    qtbot.mouseClick(tab.buttons["batch"], Qt.LeftButton)
    assert tab.proxy.rowCount() == 5 and len(tab.selected_ids()) == 5
    rows = suggestion_rows()
    assert {r.content for r in rows} == set(contents)
    assert all(r.status == "待交办" and r.channel == "座谈会" and r.event_title for r in rows)

    def fill_assign(d):
        d.unit.setCurrentIndex(d.unit.findData("青山县人民法院"))
        assert d.leader.findText("赵副院长") > 0 and d.person.findText("李庭长") > 0  # offered from the roster
        d.leader.setCurrentText("赵副院长")
        d.person.setCurrentText("李庭长")
        d.deadline.setDate(qdate(TODAY + dt.timedelta(days=20)))

    assert tab.buttons["assign"].isEnabled()
    monkeypatch.setattr(TransitionDialog, "exec", accepting(fill_assign))
    qtbot.mouseClick(tab.buttons["assign"], Qt.LeftButton)
    rows = suggestion_rows()
    assert all((r.status, r.unit, r.leader, r.deadline) == ("已交办", "县法院", "赵副院长", TODAY + dt.timedelta(days=20))
               for r in rows)
    assert not tab.buttons["assign"].isEnabled()  # nothing 待交办 is selected any more

    first = next(r for r in rows if r.content == contents[0])
    dialog = SuggestionDialog(tab, first.id)
    qtbot.addWidget(dialog)

    def enabled():
        return {a for a, b in dialog.action_buttons.items() if b.isEnabled()}

    assert enabled() == {"开始整改", "不予采纳"}
    filled = {}

    def fill_step(d):
        if d.action == "提交验收":
            d.measure.setPlainText("建立案款到账十五日内发放制度")
            d.evidence.setPlainText("制度文件、发放台账")
        if d.action == "验收销号":
            d.reviewer.setText(filled.get("reviewer", ""))
            d.note.setPlainText("整改到位")

    monkeypatch.setattr(TransitionDialog, "exec", accepting(fill_step))
    qtbot.mouseClick(dialog.action_buttons["开始整改"], Qt.LeftButton)
    assert enabled() == {"提交验收"}
    qtbot.mouseClick(dialog.action_buttons["提交验收"], Qt.LeftButton)
    assert enabled() == {"验收销号", "退回整改"}
    qtbot.mouseClick(dialog.action_buttons["验收销号"], Qt.LeftButton)  # no reviewer: refused
    assert popups and "销号审核人" in popups[-1][2]
    assert suggestion_row(first.id).status == "已整改待验收"
    filled["reviewer"] = "刘敏"
    qtbot.mouseClick(dialog.action_buttons["验收销号"], Qt.LeftButton)
    row = suggestion_row(first.id)
    assert (row.status, row.reviewer, row.evidence, row.reviewed_on) == ("已销号", "刘敏", "制度文件、发放台账", TODAY)
    assert enabled() == set()
    assert [dialog.history.row_at(i).action for i in range(dialog.history.rowCount())] == \
        ["登记", "交办", "开始整改", "提交验收", "验收销号"]
    assert dialog.header.text().startswith(first.code) and "已销号" in dialog.header.text()
    dialog.close_dialog()
    assert dialog.changed

    tab.refresh()
    assert "已销号1条" in tab.status_text()


def test_filters_on_the_demo_ledger(qtbot, app, demo_db, popups):
    from app.feedback.figures import summary
    from ui.feedback.models import DUE_OVERDUE_TEXT, MERGED_ONLY, NOT_CLOSED
    from ui.feedback.tab import FeedbackTab

    tab = FeedbackTab()
    qtbot.addWidget(tab)
    summary = summary()
    assert tab.model.rowCount() == summary["total"] + summary["merged"]
    tab.due_filter.setCurrentIndex(tab.due_filter.findData(DUE_OVERDUE_TEXT))
    assert tab.proxy.rowCount() == summary["overdue"] > 0
    overdue_index = tab.proxy.index(0, tab.model.DEADLINE)
    assert "已逾期" in overdue_index.data()  # words, not only colour
    assert overdue_index.data(Qt.DecorationRole) is not None and overdue_index.data(Qt.BackgroundRole) is not None
    tab.due_filter.setCurrentIndex(0)
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(MERGED_ONLY))
    assert tab.proxy.rowCount() == summary["merged"]
    assert all(tab.proxy.index(r, tab.model.STATUS).data().startswith("已合并→") for r in range(tab.proxy.rowCount()))
    tab.status_filter.setCurrentIndex(tab.status_filter.findData(NOT_CLOSED))
    open_count = sum(summary["per_status"][s] for s in ("待交办", "已交办", "整改中", "已整改待验收"))
    assert tab.proxy.rowCount() == open_count
    tab.status_filter.setCurrentIndex(0)
    tab.unit_filter.setCurrentIndex(tab.unit_filter.findData("青山县公安局"))
    assert tab.proxy.rowCount() == summary["per_unit"]["县公安局"] > 0
    tab.unit_filter.setCurrentIndex(0)
    tab.search.setText("反诈")
    assert 0 < tab.proxy.rowCount() < 5
    tab.search.setText("")
    tab.view.sortByColumn(tab.model.DEADLINE, Qt.AscendingOrder)
    deadlines = [tab.model.row_at(tab.proxy.mapToSource(tab.proxy.index(r, 0)).row()).deadline
                 for r in range(tab.proxy.rowCount())]
    dated = [d for d in deadlines if d]
    assert dated == sorted(dated) and deadlines[:len(dated)] == dated  # no deadline sorts last
    tab.event_view.selectRow(0)
    assert tab.proxy.rowCount() == tab.events.row_at(0).suggestion_count
    assert "仅显示" in tab.ledger_box.title()
    assert "意见建议133条" in tab.status_text()


def test_merge_from_the_tab_keeps_both_rows(qtbot, app, demo_db, popups, monkeypatch):
    from app.feedback.figures import summary
    from app.feedback.ledger import ledger_rows
    from ui.feedback.step_dialogs import MergeDialog
    from ui.feedback.tab import FeedbackTab

    tab = FeedbackTab()
    qtbot.addWidget(tab)
    waiting = [r for r in ledger_rows() if r.status == "待交办"][:2]
    before = summary()
    tab.select_ids([r.id for r in waiting])
    assert tab.buttons["merge"].isEnabled()
    monkeypatch.setattr(MergeDialog, "exec", accepting(lambda d: d.target.setCurrentIndex(0)))
    tab.merge_selected()
    after = summary()
    assert after["total"] == before["total"] - 1 and after["merged"] == before["merged"] + 1
    assert tab.model.rowCount() == before["total"] + before["merged"]  # nothing disappears


def test_outputs_from_the_tab(qtbot, app, demo_db, popups, monkeypatch, tmp_path):
    import openpyxl
    from PySide6.QtWidgets import QFileDialog

    from ui.common import pdf_preview
    from ui.feedback.tab import FeedbackTab

    previews = []
    monkeypatch.setattr(pdf_preview, "preview", lambda parent, path, title=None: previews.append(path))
    tab = FeedbackTab()
    qtbot.addWidget(tab)
    tab.unit_filter.setCurrentIndex(tab.unit_filter.findData("青山县人民法院"))
    tab.print_ledger()
    qtbot.waitUntil(lambda: len(previews) == 1, timeout=20000)
    assert previews[0].exists() and "县法院" in previews[0].name
    tab.print_overdue()
    qtbot.waitUntil(lambda: len(previews) == 2, timeout=20000)
    from app.feedback.ledger import ledger_rows

    closed = next(r for r in ledger_rows()
                  if r.status == "已销号" and r.submitter_count == 1 and r.submitter_category == "人大代表")
    tab.unit_filter.setCurrentIndex(0)
    tab.select_ids([closed.id])
    assert tab.buttons["reply"].isEnabled()
    qtbot.mouseClick(tab.buttons["reply"], Qt.LeftButton)
    assert len(previews) == 3 and closed.submitter_name in previews[2].name
    target = tmp_path / "清单"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    actions = tab.export_actions()
    assert actions and "Excel" in actions[0].text()
    actions[0].trigger()
    qtbot.waitUntil(lambda: any(kind == "information" for kind, _t, _x in popups), timeout=20000)
    workbook = openpyxl.load_workbook(tmp_path / "清单.xlsx")
    assert workbook["整改清单"].max_row == 133 + 2


def test_show_rows_sets_the_filters_the_overview_links_to(qtbot, app, demo_db, popups):
    from app.feedback.figures import summary
    from ui.feedback.models import DUE_OVERDUE_TEXT, NOT_CLOSED
    from ui.feedback.tab import FeedbackTab

    tab = FeedbackTab()
    qtbot.addWidget(tab)
    figures = summary()
    tab.event_view.selectRow(0)
    assert tab.show_rows(due="overdue")
    assert tab.selected_event_id() is None  # every event's suggestions
    assert tab.due_filter.currentData() == DUE_OVERDUE_TEXT and tab.proxy.rowCount() == figures["overdue"]
    assert tab.show_rows(unit="青山县公安局", status="open")
    assert (tab.unit_filter.currentData(), tab.status_filter.currentData(), tab.due_filter.currentData()) == (
        "青山县公安局", NOT_CLOSED, "")
    assert tab.show_rows(unit="县法院", status="已销号")  # a short name is found by its text
    assert tab.unit_filter.currentData() == "青山县人民法院" and tab.status_filter.currentData() == "已销号"
    assert tab.show_rows()
    assert tab.proxy.rowCount() == tab.model.rowCount()
    assert not tab.show_rows(unit="县医院")
    assert not tab.show_rows(status="完成了")
    assert not tab.show_rows(due="soon")
    assert not tab.show_rows(page="records")
    assert tab.proxy.rowCount() == tab.model.rowCount()  # what could be applied was: everything shows


def test_changes_refresh_the_tab_by_topic(qtbot, app, court, popups):
    from app.events import Topic
    from app.feedback.suggestions import SuggestionData, create_suggestion
    from ui.feedback.tab import FeedbackTab

    tab = FeedbackTab()
    qtbot.addWidget(tab)
    create_suggestion(SuggestionData(content="出警慢", channel="热线/信箱", collected_on=TODAY))
    tab.on_changed(Topic.STUDY)
    assert tab.model.rowCount() == 0
    tab.on_changed(Topic.FEEDBACK)
    assert tab.model.rowCount() == 1
    from app.roster.models import Unit

    Unit.create(name="青山县司法局", short_name="县司法局", kind="司法局", sort_order=3)
    tab.on_changed(Topic.ROSTER)
    assert tab.unit_filter.findData("青山县司法局") > 0
    tab.on_changed(Topic.DATABASE)
    assert "意见建议1条" in tab.status_text()
