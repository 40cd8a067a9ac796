"""Pages of the talks tab beside the records list: 未谈名单, 层级检查 (the "一级谈一级" cascade) and 后续事项.
Each shows the round and unit chosen in the tab (TalksTab.round_id(), unit_id()) and opens the record form
through it. Part of TalksTab: their texts are in the TalksTab translation context."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.talks import coverage, follow_ups, rounds

from ui.common.editing import edit_only
from ui.talks.models import FollowUpModel, GapModel, PeopleModel
from ui.talks.widgets import table_view


translate = QCoreApplication.translate


def _buttons(*buttons: QPushButton) -> QHBoxLayout:
    line = QHBoxLayout()
    line.addStretch(1)
    for button in buttons:
        line.addWidget(button)
    return line


def _selected_rows(view) -> list[int]:
    return sorted({i.row() for i in view.selectionModel().selectedRows()})


class UntalkedPage(QWidget):
    """未谈名单 of the chosen round and unit: register a talk with someone, print the list, or take people off
    the round's 应谈 list."""

    def __init__(self, tab):
        super().__init__()
        self.tab = tab
        self.model = PeopleModel(self)
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(lambda _i: self.talk_with_selected())
        self.label = QLabel()
        talk_button = QPushButton(translate("TalksTab", "为所选人员登记谈话…"))
        talk_button.clicked.connect(self.talk_with_selected)
        print_button = QPushButton(translate("TalksTab", "打印未谈名单…"))
        print_button.clicked.connect(tab.printing.untalked)
        remove = QPushButton(translate("TalksTab", "移出本轮应谈名单…"))
        remove.setToolTip(translate("TalksTab", "如调离、长期病休等不再需要本轮谈话的人员"))
        remove.clicked.connect(self.remove_from_expected)
        edit_only(talk_button, remove)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.view, 1)
        layout.addLayout(_buttons(remove, print_button, talk_button))

    def load(self) -> None:
        tab = self.tab
        people = coverage.untalked(tab.round_id(), tab.unit_id())
        self.model.set_rows(people)
        self.view.resizeColumnsToContents()
        where = tab.unit_combo.currentText() if tab.unit_id() is not None else translate("TalksTab", "各单位")
        self.label.setText(translate("TalksTab", "{where}{round}未谈 {n} 人").format(where=where, round=tab.round_name(), n=len(people)))

    def talk_with_selected(self) -> None:
        index = self.view.currentIndex()
        person = self.model.row_at(index.row()) if index.isValid() else None
        if person is None:
            self.tab.open_new_talk()
        else:
            self.tab.open_new_talk(person_id=person.id)

    def remove_from_expected(self) -> None:
        round_id = self.tab.round_id()
        people = [self.model.row_at(r) for r in _selected_rows(self.view)]
        if round_id is None or not people:
            return
        names = "、".join(p.name for p in people[:5]) + ("等" if len(people) > 5 else "")
        answer = QMessageBox.question(self, translate("TalksTab", "移出应谈名单"), translate("TalksTab", "将{names}（{n}人）移出{round}应谈名单？").format(
            names=names, n=len(people), round=self.tab.round_name()))
        if answer == QMessageBox.Yes:
            rounds.remove_expected(round_id, [p.id for p in people])
            self.tab.refresh()


class GapsPage(QWidget):
    """层级检查: who has not been talked with by the level above (一把手 → 班子成员 → 分管部门负责人 → 干警)."""

    def __init__(self, tab):
        super().__init__()
        self.tab = tab
        self.model = GapModel(self)
        self.view = table_view(self.model)
        self.view.doubleClicked.connect(lambda _i: self.talk_with_gap())
        self.kind = QComboBox()
        self.kind.addItem(translate("TalksTab", "全部缺口"), "")
        for kind in coverage.GAP_KINDS:
            self.kind.addItem(kind, kind)
        self.kind.currentIndexChanged.connect(lambda _i: self.load())
        self.label = QLabel()
        self.label.setWordWrap(True)
        button = QPushButton(translate("TalksTab", "为所选人员登记谈话…"))
        button.clicked.connect(self.talk_with_gap)
        edit_only(button)
        layout = QVBoxLayout(self)
        line = QHBoxLayout()
        line.addWidget(self.label, 1)
        line.addWidget(self.kind)
        layout.addLayout(line)
        layout.addWidget(self.view, 1)
        layout.addLayout(_buttons(button))
        self.counts = {kind: 0 for kind in coverage.GAP_KINDS}

    def load(self) -> None:
        gaps = coverage.cascade_gaps(self.tab.round_id())
        kind, unit_id = self.kind.currentData(), self.tab.unit_id()
        if unit_id is not None:
            gaps = [g for g in gaps if g.unit_id == unit_id]
        self.model.set_rows([g for g in gaps if not kind or g.kind == kind])
        self.view.resizeColumnsToContents()
        counts = self.counts = {k: sum(1 for g in gaps if g.kind == k) for k in coverage.GAP_KINDS}
        self.label.setText(translate("TalksTab", "一级谈一级：一把手→班子成员→分管部门负责人→每名干警。"
                               "班子成员缺口 {a} 处，部门负责人缺口 {b} 处，无人谈话 {c} 人。").format(
            a=counts[coverage.GAP_MEMBER], b=counts[coverage.GAP_HEAD], c=counts[coverage.GAP_NOBODY]))

    def leaders_missed(self) -> int:
        """Gaps in the cascade proper (班子成员 and 部门负责人), for the page's tab text."""
        return self.counts[coverage.GAP_MEMBER] + self.counts[coverage.GAP_HEAD]

    def talk_with_gap(self) -> None:
        index = self.view.currentIndex()
        gap = self.model.row_at(index.row()) if index.isValid() else None
        if gap is not None:
            self.tab.open_new_talk(person_id=gap.officer_id)


class FollowUpsPage(QWidget):
    """后续事项 of every round: open ones (overdue in red) or all, marked done or reopened."""

    def __init__(self, tab):
        super().__init__()
        self.tab = tab
        self.model = FollowUpModel(self)
        self.view = table_view(self.model)
        self.open_only = QCheckBox(translate("TalksTab", "只看未完成"))
        self.open_only.setChecked(True)
        self.open_only.toggled.connect(lambda _c: self.load())
        self.label = QLabel()
        done = QPushButton(translate("TalksTab", "标记为已完成"))
        done.clicked.connect(self.mark_done)
        reopen = QPushButton(translate("TalksTab", "改为未完成"))
        reopen.clicked.connect(self.reopen)
        edit_only(done, reopen)
        layout = QVBoxLayout(self)
        line = QHBoxLayout()
        line.addWidget(self.label, 1)
        line.addWidget(self.open_only)
        layout.addLayout(line)
        layout.addWidget(self.view, 1)
        layout.addLayout(_buttons(reopen, done))
        self.open_count = self.overdue = 0

    def load(self) -> None:
        rows = follow_ups.follow_up_rows(open_only=self.open_only.isChecked())
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        open_rows = rows if self.open_only.isChecked() else [r for r in rows if r.done_date is None]
        self.open_count, self.overdue = len(open_rows), sum(1 for r in open_rows if r.overdue)
        self.label.setText(translate("TalksTab", "未完成 {n} 项，其中逾期 {m} 项（红色）").format(n=self.open_count, m=self.overdue))

    def selected_ids(self) -> list[int]:
        return [self.model.row_at(r).id for r in _selected_rows(self.view)]

    def mark_done(self) -> None:
        ids = self.selected_ids()
        if ids:
            follow_ups.mark_follow_ups_done(ids)
            self.tab.refresh()

    def reopen(self) -> None:
        ids = self.selected_ids()
        if ids:
            follow_ups.reopen_follow_ups(ids)
            self.tab.refresh()
