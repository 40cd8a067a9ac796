"""The 查纠整改 forms, all FormDialogs: a self-check item (with the policy line 自查从宽、被查从严), one review step
of an item, a clue from another source, and a clue's next disposal step (with its history)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QWidget

from app.rectify.clues import MANUAL_SOURCES, ClueData, clue_row, register_clue
from app.rectify.disposal import clue_history, conclude, dispose
from app.rectify.from_talks import flagged_talks
from app.rectify.models import CATEGORIES, DISPOSALS, OUTCOMES, POLICY, RESULTS, REVIEW_STEPS, STAGES
from app.rectify.self_checks import ItemData, create_item, item_row, record_review, reviews_of, update_item
from app.roster.units import units
from ui.common.dates import date_edit, from_qdate, to_qdate
from ui.common.form import FormDialog, fit_to_screen
from ui.common.widgets import choice_combo, officer_combo, select_data, text_edit
from ui.rectify.models import HistoryTableModel, ReviewTableModel

POLICY_STYLE = "color: #a01818; font-weight: bold; font-size: 11pt;"


def policy_label() -> QLabel:
    label = QLabel(QCoreApplication.translate("Rectify", "政策：{policy}。主动说明问题的从宽处理，被查出的从严处理。")
                   .format(policy=POLICY))
    label.setStyleSheet(POLICY_STYLE)
    label.setWordWrap(True)
    return label


def _small_table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QTableView.NoEditTriggers)
    view.setSelectionBehavior(QTableView.SelectRows)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMinimumHeight(110)
    return view


class ItemDialog(FormDialog):
    """Enter or correct one self-check item (correcting only before its first review)."""

    def __init__(self, parent=None, item_id: int | None = None, *, officer_id: int | None = None):
        super().__init__(parent, title=self.tr("修改自查事项") if item_id else self.tr("填报个人自查事项"))
        self.item_id = item_id
        self.form.addRow(policy_label())
        self.officer = self.add_row(self.tr("干警："), officer_combo(), field="干警")
        self.reported_on = self.add_row(self.tr("填报日期："), date_edit(dt.date.today()), field="填报日期")
        self.category = self.add_row(self.tr("类别："), choice_combo(CATEGORIES), field="类别")
        self.content = self.add_row(self.tr("自查事项："), text_edit(height=140), field="自查事项")
        self.talk = self.add_row(self.tr("来源谈话："), QComboBox(), field="来源谈话")
        self.talk.setToolTip(self.tr("该干警在谈心谈话中主动说明问题的谈话（谈话内容在谈心谈话中查看）"))
        self.officer.currentIndexChanged.connect(lambda _i: self._fill_talks())
        self.disclosed = self.add_row("", QCheckBox(self.tr("主动说明（本人在自查中主动说明的问题）")), field="主动说明")
        self.disclosed.setChecked(True)
        self.remarks = self.add_row(self.tr("备注："), text_edit(height=50), field="备注")
        if item_id is not None:
            row = item_row(item_id)
            select_data(self.officer, row.officer_id)
            self.reported_on.setDate(to_qdate(row.reported_on))
            select_data(self.category, row.category)
            self.content.setPlainText(row.content)
            self.disclosed.setChecked(row.disclosed)
            self.remarks.setPlainText(row.remarks)
            self._fill_talks(row.source_talk_id)
            if row.stage != STAGES[0]:  # the reviews judged what was written: the core refuses a change too
                self.form.insertRow(1, QLabel(self.tr("该事项已进入审核（{stage}），内容不能再修改。").format(stage=row.stage)))
                self.save_button.setEnabled(False)
        else:
            if officer_id is not None:
                select_data(self.officer, officer_id)
            self._fill_talks()
        fit_to_screen(self, 620, 580)

    def _fill_talks(self, selected: int | None = None) -> None:
        """The chosen officer's talks flagged 主动说明问题; the latest is proposed for a new item."""
        self.talk.clear()
        self.talk.addItem(self.tr("（无）"), None)
        officer_id = self.officer.currentData()
        talks = flagged_talks(officer_id) if officer_id is not None else []
        for t in talks:
            self.talk.addItem(self.tr("{label}（主动说明问题）").format(label=t.label), t.talk_id)
        if selected is not None:
            select_data(self.talk, selected)
        elif talks and self.item_id is None:
            self.talk.setCurrentIndex(self.talk.count() - 1)

    def data(self) -> ItemData:
        return ItemData(officer_id=self.officer.currentData(), reported_on=from_qdate(self.reported_on.date()),
                        category=self.category.currentData() or "", content=self.content.toPlainText(),
                        disclosed=self.disclosed.isChecked(), remarks=self.remarks.toPlainText(),
                        source_talk_id=self.talk.currentData())

    def save(self):
        if self.item_id is None:
            return create_item(self.data())
        return update_item(self.item_id, self.data())


class ReviewDialog(FormDialog):
    """The next review of an item: what was reported, the reviews so far, and this step's reviewer, date, opinion
    and (binding at 市教整办审核) outcome."""

    def __init__(self, parent=None, item_id: int = 0):
        self.row = item_row(item_id)
        step = self.row.next_step
        super().__init__(parent, title=self.tr("{step}：{name}").format(step=step or self.tr("审核记录"),
                                                                      name=self.row.officer_name),
                         save_text=self.tr("保存审核"))
        self.step = step
        self.form.addRow(policy_label())
        summary = QLabel(self.tr("{name}（{unit} {post}）　{category}　填报 {day}　{disclosed}").format(
            name=self.row.officer_name, unit=self.row.unit, post=self.row.post, category=self.row.category,
            day=f"{self.row.reported_on:%Y-%m-%d}",
            disclosed=self.tr("主动说明") if self.row.disclosed else self.tr("非主动说明")))
        summary.setWordWrap(True)
        self.form.addRow(summary)
        content = QLabel(self.row.content)
        content.setWordWrap(True)
        content.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.form.addRow(self.tr("自查事项："), content)
        self.reviews = ReviewTableModel(self)
        self.reviews.set_rows(reviews_of([item_id])[item_id])
        self.form.addRow(_small_table(self.reviews))
        order = QLabel(self.tr("审核顺序：") + " → ".join(REVIEW_STEPS))
        self.form.addRow(order)
        if step is None:
            self.form.addRow(QLabel(self.tr("三级审核已完成，处理结果：{outcome}").format(outcome=self.row.outcome)
                                    + (self.tr("（线索编号 {code}）").format(code=self.row.clue_code)
                                       if self.row.clue_code else "")))
            self.save_button.setEnabled(False)
        else:
            self.form.addRow(QLabel(self.tr("本次审核环节：{step}").format(step=step)))
            self.reviewer = self.add_row(self.tr("审核人："), QLineEdit(), field="审核人")
            self.reviewed_on = self.add_row(self.tr("审核日期："), date_edit(dt.date.today()), field="审核日期")
            self.opinion = self.add_row(self.tr("审核意见："), text_edit(height=70), field="审核意见")
            final = step == REVIEW_STEPS[-1]
            self.outcome = self.add_row(self.tr("处理结果：") if final else self.tr("处理意见："),
                                        choice_combo(OUTCOMES, blank=self.tr("（请选择）") if final else self.tr("（暂不提出）")),
                                        field="处理意见")
            if final:
                self.form.addRow(QLabel(self.tr("选择“移交线索组”时，保存后自动登记为问题线索（来源：自查移交）。")))
        fit_to_screen(self, 680, 620)

    def save(self):
        return record_review(self.row.id, self.step, reviewer=self.reviewer.text(),
                             reviewed_on=from_qdate(self.reviewed_on.date()), opinion=self.opinion.toPlainText(),
                             outcome=self.outcome.currentData() or "")


class ClueDialog(FormDialog):
    """Register a clue from another source (自查移交 clues come from the reviews)."""

    def __init__(self, parent=None):
        super().__init__(parent, title=self.tr("登记问题线索"))
        self.source = self.add_row(self.tr("线索来源："), choice_combo(MANUAL_SOURCES), field="线索来源")
        self.received_on = self.add_row(self.tr("收到日期："), date_edit(dt.date.today()), field="收到日期")
        self.officer = self.add_row(self.tr("被反映人："), officer_combo(optional=True), field="被反映人")
        self.subject = self.add_row(self.tr("姓名（台账外）："), QLineEdit(), field="被反映人姓名")
        self.subject.setPlaceholderText(self.tr("不在人员台账中时填写"))
        self.content = self.add_row(self.tr("线索内容："), text_edit(height=140), field="线索内容")
        self.remarks = self.add_row(self.tr("备注："), text_edit(height=50), field="备注")
        fit_to_screen(self, 620, 520)

    def save(self):
        return register_clue(ClueData(source=self.source.currentData(), received_on=from_qdate(self.received_on.date()),
                                      officer_id=self.officer.currentData(), subject_name=self.subject.text(),
                                      content=self.content.toPlainText(), remarks=self.remarks.toPlainText()))


class DisposalDialog(FormDialog):
    """The clue's next step: choose a disposal (待处置, or 暂存待查 taken up again), or record the result
    (办理中). A concluded clue shows its history only."""

    def __init__(self, parent=None, clue_id: int = 0):
        self.row = clue_row(clue_id)
        r = self.row
        self.mode = ("dispose" if r.status == "待处置" or (r.status == "办理中" and r.disposal == "暂存待查")
                     else "conclude" if r.status == "办理中" else "")
        title = {"dispose": self.tr("确定处置方式"), "conclude": self.tr("登记办理结果")}.get(self.mode, self.tr("办理记录"))
        super().__init__(parent, title=self.tr("{title}：{code}").format(title=title, code=r.code),
                         save_text=self.tr("保存"))
        head = QLabel(self.tr("{code}　{source}　收到 {day}　被反映人：{subject}{unit}　状态：{status}").format(
            code=r.code, source=r.source, day=f"{r.received_on:%Y-%m-%d}", subject=r.subject,
            unit=f"（{r.officer_unit}）" if r.officer_unit else "", status=r.status)
            + (f"　{r.disposal}" if r.disposal else "") + (f"　{r.due_text}" if r.due else ""))
        head.setWordWrap(True)
        self.form.addRow(head)
        content = QLabel(r.content)
        content.setWordWrap(True)
        content.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.form.addRow(self.tr("线索内容："), content)
        self.history = HistoryTableModel(self)
        self.history.set_rows(clue_history(clue_id))
        history = _small_table(self.history)
        history.setColumnWidth(0, 130)
        self.form.addRow(history)
        if self.mode == "dispose":
            self.disposal = self.add_row(self.tr("处置方式："), choice_combo(DISPOSALS), field="处置方式")
            self.unit = self.add_row(self.tr("承办单位："), QComboBox(), field="承办单位")
            self.unit.addItem(self.tr("（不指定）"), "")
            for u in units():
                self.unit.addItem(u.short_name or u.name, u.name)
                if r.officer_unit and r.officer_unit in (u.short_name, u.name):
                    self.unit.setCurrentIndex(self.unit.count() - 1)  # usually the officer's own unit
            self.handler = self.add_row(self.tr("承办人："), QLineEdit(), field="承办人")
            deadline_row = QWidget()
            line = QHBoxLayout(deadline_row)
            line.setContentsMargins(0, 0, 0, 0)
            self.has_deadline = QCheckBox(self.tr("规定时限"))
            self.has_deadline.setChecked(True)
            self.deadline = date_edit(dt.date.today() + dt.timedelta(days=30))
            self.has_deadline.toggled.connect(self.deadline.setEnabled)
            line.addWidget(self.has_deadline)
            line.addWidget(self.deadline, 1)
            self.add_row(self.tr("办理时限："), deadline_row, field="办理时限")
            self.note = self.add_row(self.tr("说明："), text_edit(height=60), field="说明")
            self.form.addRow(QLabel(self.tr("谈话函询、初步核实须指定承办单位和时限；予以了结须写明理由，线索随即办结。")))
        elif self.mode == "conclude":
            self.result = self.add_row(self.tr("办理结果："), choice_combo(RESULTS), field="办理结果")
            self.concluded_on = self.add_row(self.tr("办结日期："), date_edit(dt.date.today()), field="办结日期")
            self.note = self.add_row(self.tr("说明："), text_edit(height=60), field="说明")
        else:
            self.save_button.setEnabled(False)
        fit_to_screen(self, 720, 640)

    def save(self):
        if self.mode == "dispose":
            return dispose(self.row.id, self.disposal.currentData(), unit=self.unit.currentData() or "",
                           handler=self.handler.text(),
                           deadline=from_qdate(self.deadline.date()) if self.has_deadline.isChecked() else None,
                           note=self.note.toPlainText())
        return conclude(self.row.id, self.result.currentData(), concluded_on=from_qdate(self.concluded_on.date()),
                        note=self.note.toPlainText())
