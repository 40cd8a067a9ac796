"""The two pages of the 查纠整改 tab: 个人自查 (items, their three reviews and outcome) and 问题线索 (the ledger with
filters by source, status and overdue, and the disposal step). Both read through the core, which asks for the
问题线索 permission; the tab shows them only to an account that has it."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from app.rectify.clues import clue_rows, delete_clue
from app.rectify.models import CLUE_SOURCES, CLUE_STATUSES, OUTCOMES, STAGES
from app.rectify.outputs import export_workbook, print_clue_register, print_disposal_summary, print_self_check
from app.rectify.self_checks import delete_item, item_rows
from ui.common.editing import edit_only
from ui.common.output import print_path
from ui.common.table import SortProxy
from ui.common.widgets import attempt, table_view
from ui.rectify.dialogs import ClueDialog, DisposalDialog, ItemDialog, ReviewDialog, policy_label
from ui.rectify.models import ClueFilter, ClueTableModel, ItemTableModel


def combo(first: str, options) -> QComboBox:
    box = QComboBox()
    box.addItem(first, "")
    for option in options:
        box.addItem(option, option)
    return box


def pdf_job(parent, title: str, stem: str, build) -> None:
    from ui.common.pdf_preview import preview
    from ui.common.worker import run_job

    out = print_path(stem)
    message = QCoreApplication.translate("Rectify", "正在生成 {name}.pdf…").format(name=stem)

    def job(progress):
        progress.report(0.1, message)
        build(out)
        return out

    run_job(parent, title, job, on_done=lambda path: preview(parent, path))


class RectifyPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.buttons: dict[str, QPushButton] = {}
        self.toolbar = QHBoxLayout()

    def add_button(self, key: str, text: str, slot, tip: str, *, edits: bool = False) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        self.buttons[key] = button
        self.toolbar.addWidget(button)
        if edits:
            edit_only(button)
        return button

    def selected(self):
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.proxy.row_at(rows[0].row()) if rows else None

    def need_selection(self):
        row = self.selected()
        if row is None:
            QMessageBox.information(self, self.windowTitle() or QCoreApplication.translate("Rectify", "查纠整改"),
                                    QCoreApplication.translate("Rectify", "请先在列表中选择一行。"))
        return row


class SelfCheckPage(RectifyPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ItemTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.add_button("new", self.tr("填报自查事项…"), self.new_item, self.tr("为一名干警登记个人自查事项"), edits=True)
        self.add_button("edit", self.tr("修改…"), self.edit_item, self.tr("修改尚未审核的自查事项"), edits=True)
        self.add_button("review", self.tr("审核…"), self.review_item, self.tr("按 单位初审 → 线索组复审 → 市教整办审核 的顺序进行下一步审核"),
                        edits=True)
        self.add_button("delete", self.tr("删除"), self.delete_item, self.tr("删除误填的自查事项（仅限尚未审核的）"), edits=True)
        self.add_button("print", self.tr("打印个人自查表…"), self.print_form, self.tr("所选干警的个人自查表（内部资料）"))
        self.toolbar.addStretch(1)
        self.stage = combo(self.tr("全部审核进度"), STAGES)
        self.outcome = combo(self.tr("全部处理结果"), OUTCOMES)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索姓名、单位、类别、内容…"))
        self.search.setClearButtonEnabled(True)
        for widget in (self.stage, self.outcome):
            widget.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        filters = QHBoxLayout()
        filters.addWidget(self.stage)
        filters.addWidget(self.outcome)
        filters.addWidget(self.search, 1)
        self.totals = QLabel()
        filters.addWidget(self.totals)
        self.view = table_view(self.proxy)
        for column, width in ((0, 80), (1, 70), (2, 110), (3, 180), (4, 86), (5, 64), (6, 100), (7, 110), (8, 100)):
            self.view.setColumnWidth(column, width)
        self.view.sortByColumn(0, Qt.AscendingOrder)  # by unit, as the service lists them
        self.view.doubleClicked.connect(lambda _i: self.review_item())
        layout = QVBoxLayout(self)
        layout.addWidget(policy_label())
        layout.addLayout(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.model.set_rows(item_rows())
        self.apply_filter()

    def apply_filter(self) -> None:
        stage, outcome, text = self.stage.currentData(), self.outcome.currentData(), self.search.text()
        self.proxy.set_predicate(lambda r: (not stage or r.stage == stage) and (not outcome or r.outcome == outcome)
                                 and r.matches(text))
        self.totals.setText(self.tr("显示 {shown} / {total} 项").format(shown=self.proxy.rowCount(),
                                                                   total=self.model.rowCount()))

    def new_item(self) -> None:
        row = self.selected()
        ItemDialog(self, officer_id=row.officer_id if row else None).exec()

    def edit_item(self) -> None:
        row = self.need_selection()
        if row is not None:
            ItemDialog(self, row.id).exec()

    def review_item(self) -> None:
        row = self.need_selection()
        if row is not None:
            ReviewDialog(self, row.id).exec()

    def delete_item(self) -> None:
        row = self.need_selection()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("删除自查事项"), self.tr("删除 {name} 的这条自查事项（{category}）？").format(
            name=row.officer_name, category=row.category))
        if answer == QMessageBox.Yes:
            attempt(self, self.tr("删除自查事项"), lambda: delete_item(row.id))

    def print_form(self) -> None:
        row = self.need_selection()
        if row is not None:
            pdf_job(self, self.tr("打印个人自查表"), f"个人自查表-{row.officer_name}",
                    lambda out: print_self_check(out, row.officer_id))


class CluePage(RectifyPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ClueTableModel(self)
        self.proxy = ClueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.add_button("new", self.tr("登记线索…"), self.new_clue, self.tr("登记上级交办、信访移交、审查发现、举报等来源的线索"), edits=True)
        self.add_button("step", self.tr("处置／办结…"), self.step, self.tr("确定处置方式或登记办理结果，查看每一步的办理记录"), edits=True)
        self.add_button("delete", self.tr("删除…"), self.delete_clue, self.tr("删除误登记的线索（仅限其他来源、尚未处置的），须写明理由"),
                        edits=True)
        self.add_button("register", self.tr("打印登记表…"), self.print_register, self.tr("按当前筛选打印问题线索登记表（内部资料）"))
        self.add_button("summary", self.tr("打印处置汇总表…"), self.print_summary, self.tr("线索处置情况汇总表（内部资料）"))
        self.add_button("excel", self.tr("导出Excel…"), self.export_excel, self.tr("问题线索和个人自查事项导出为 Excel 文件（内部资料）"))
        self.toolbar.addStretch(1)
        self.source = combo(self.tr("全部来源"), CLUE_SOURCES)
        self.status = combo(self.tr("全部状态"), CLUE_STATUSES)
        self.overdue = QCheckBox(self.tr("只看逾期"))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索编号、被反映人、内容、承办人…"))
        self.search.setClearButtonEnabled(True)
        self.source.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.overdue.toggled.connect(lambda _c: self.apply_filter())
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        filters = QHBoxLayout()
        for widget in (self.source, self.status, self.overdue):
            filters.addWidget(widget)
        filters.addWidget(self.search, 1)
        self.totals = QLabel()
        filters.addWidget(self.totals)
        self.view = table_view(self.proxy)
        for column, width in ((0, 100), (1, 100), (2, 86), (3, 70), (4, 76), (5, 60), (6, 70), (7, 120), (8, 150),
                              (9, 80)):
            self.view.setColumnWidth(column, width)
        self.view.sortByColumn(0, Qt.DescendingOrder)  # the newest clue on top
        self.view.doubleClicked.connect(lambda _i: self.step())
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.model.set_rows(clue_rows())
        self.apply_filter()

    def apply_filter(self) -> None:
        self.proxy.set_criteria(source=self.source.currentData() or "", status=self.status.currentData() or "",
                                overdue=self.overdue.isChecked(), text=self.search.text())
        overdue = sum(1 for r in self.model.rows if r.overdue)
        self.totals.setText(self.tr("显示 {shown} / {total} 条，逾期 {overdue} 条").format(
            shown=self.proxy.rowCount(), total=self.model.rowCount(), overdue=overdue))

    def choose(self, source: str = "", status: str = "", overdue: bool = False) -> bool:
        applied = True
        for box, value in ((self.source, source), (self.status, status)):
            index = box.findData(value or "")
            applied = applied and index >= 0
            box.setCurrentIndex(max(index, 0))
        self.overdue.setChecked(bool(overdue))
        return applied

    def new_clue(self) -> None:
        ClueDialog(self).exec()

    def step(self) -> None:
        row = self.need_selection()
        if row is not None:
            DisposalDialog(self, row.id).exec()

    def delete_clue(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        row = self.need_selection()
        if row is None:
            return
        title = self.tr("删除问题线索")
        reason, ok = QInputDialog.getMultiLineText(self, title, self.tr("删除 {code} 的理由（记入办理记录）：").format(
            code=row.code))
        if ok:
            attempt(self, title, lambda: delete_clue(row.id, reason))

    def print_register(self) -> None:
        source, status, overdue = self.source.currentData() or None, self.status.currentData() or None, \
            self.overdue.isChecked()
        stem = "-".join(["问题线索登记表"] + [x for x in (source, status, "逾期" if overdue else "") if x])
        pdf_job(self, self.tr("打印问题线索登记表"), stem,
                lambda out: print_clue_register(out, source=source, status=status, overdue=overdue))

    def print_summary(self) -> None:
        pdf_job(self, self.tr("打印线索处置情况汇总表"), "线索处置情况汇总表", lambda out: print_disposal_summary(out))

    def export_excel(self) -> None:
        from ui.common.excel_export import export_workbook as export_excel

        done = self.tr("已导出问题线索 {clues} 条、个人自查事项 {items} 项到\n{path}")
        export_excel(self, self.tr("导出问题线索"), self.tr("问题线索-{day}.xlsx"),
                     lambda target, _progress: export_workbook(target),
                     lambda counts, target: done.format(clues=counts[0], items=counts[1], path=target))
