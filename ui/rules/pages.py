"""Two pages of the 查纠整改 tab, open to every reader (no confidential text): 顽瘴痼疾整治 (the six problems'
lines above, the measures of the chosen one below) and 建章立制 (rules issued and being drafted, with what each
closes). Add, change and delete through the forms; 查阅 sees the edit buttons disabled, the core refuses anyway."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QMessageBox,
                               QSplitter, QVBoxLayout)

from app.rules.ingrained import delete_measure, measure_rows, problem_lines
from app.rules.models import PROBLEMS, RULE_STATUSES
from app.rules.rules import delete_rule, rule_rows
from ui.common.table import SortProxy
from ui.common.widgets import attempt, table_view
from ui.rectify.pages import RectifyPage
from ui.rules.dialogs import MeasureDialog, RuleDialog
from ui.rules.models import MeasureTableModel, ProblemTableModel, RuleTableModel


def sized(view, widths, *, sort_column: int = 0):
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    view.sortByColumn(sort_column, Qt.AscendingOrder)
    return view


class IngrainedPage(RectifyPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.problems = ProblemTableModel(self)
        self.problem_proxy = SortProxy(self)
        self.problem_proxy.setSourceModel(self.problems)
        self.model = MeasureTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.add_button("new", self.tr("新增整治措施…"), self.new_measure, self.tr("为所选的顽瘴痼疾登记一项整治措施"),
                        edits=True)
        self.add_button("edit", self.tr("修改…"), self.edit_measure, self.tr("修改措施、责任单位、时限和进展"), edits=True)
        self.add_button("delete", self.tr("删除"), self.delete_measure, self.tr("删除误登记的整治措施"), edits=True)
        self.toolbar.addStretch(1)
        self.totals = QLabel()
        self.toolbar.addWidget(self.totals)
        self.problem_view = sized(table_view(self.problem_proxy), (300, 80, 80, 80, 80))
        self.problem_view.horizontalHeader().setStretchLastSection(False)
        self.problem_view.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.problem_view.selectionModel().selectionChanged.connect(lambda *_a: self.apply_filter())
        self.view = sized(table_view(self.proxy), (220, 380, 90, 90, 70, 90, 90))
        self.view.doubleClicked.connect(lambda _i: self.edit_measure())
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.problem_view)
        splitter.addWidget(self.view)
        splitter.setSizes([190, 400])
        note = QLabel(self.tr("六大顽瘴痼疾逐项整治：每项措施明确责任单位和完成时限，以建章立制巩固整治成果。"
                              "选中上方一项只看该项的措施。"))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(self.toolbar)
        layout.addWidget(splitter, 1)

    def refresh(self) -> None:
        rows = measure_rows()
        chosen = self.chosen_problem()
        self.problems.set_rows(problem_lines(rows))
        self.model.set_rows(rows)
        if chosen:
            self.choose(chosen)
        self.apply_filter()

    def chosen_problem(self) -> str:
        rows = self.problem_view.selectionModel().selectedRows()
        return self.problem_proxy.row_at(rows[0].row()).problem if rows else ""

    def choose(self, problem: str) -> bool:
        for row in range(self.problem_proxy.rowCount()):
            if self.problem_proxy.row_at(row).problem == problem:
                self.problem_view.selectRow(row)
                return True
        return False

    def apply_filter(self) -> None:
        problem = self.chosen_problem()
        self.proxy.set_predicate(lambda r: not problem or r.problem == problem)
        self.totals.setText(self.tr("显示 {shown} / {total} 项措施").format(shown=self.proxy.rowCount(),
                                                                      total=self.model.rowCount()))

    def new_measure(self) -> None:
        MeasureDialog(self, problem=self.chosen_problem() or PROBLEMS[0]).exec()

    def edit_measure(self) -> None:
        row = self.need_selection()
        if row is not None:
            MeasureDialog(self, row.id).exec()

    def delete_measure(self) -> None:
        row = self.need_selection()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("删除整治措施"),
                                      self.tr("删除这项整治措施（{label}）？").format(label=row.label))
        if answer == QMessageBox.Yes:
            attempt(self, self.tr("删除整治措施"), lambda: delete_measure(row.id))


class RulesPage(RectifyPage):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = RuleTableModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.add_button("new", self.tr("新增制度…"), self.new_rule, self.tr("登记已出台或正在拟制定的规章制度"), edits=True)
        self.add_button("edit", self.tr("修改…"), self.edit_rule, self.tr("修改制度，或在出台后填写出台日期和文号"),
                        edits=True)
        self.add_button("delete", self.tr("删除"), self.delete_rule, self.tr("删除误登记的制度"), edits=True)
        self.add_button("excel", self.tr("导出Excel…"), self.export_excel, self.tr("规章制度和顽瘴痼疾整治措施导出为 Excel 文件"))
        self.toolbar.addStretch(1)
        self.status = QComboBox()
        self.status.addItem(self.tr("全部状态"), "")
        for status in RULE_STATUSES:
            self.status.addItem(status, status)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("搜索制度名称、单位、文号、关联事项…"))
        self.search.setClearButtonEnabled(True)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        filters = QHBoxLayout()
        filters.addWidget(self.status)
        filters.addWidget(self.search, 1)
        self.totals = QLabel()
        filters.addWidget(self.totals)
        self.view = sized(table_view(self.proxy), (330, 90, 80, 80, 90, 140, 160), sort_column=4)  # issued first
        self.view.doubleClicked.connect(lambda _i: self.edit_rule())
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)

    def refresh(self) -> None:
        self.model.set_rows(rule_rows())
        self.apply_filter()

    def choose(self, status: str) -> bool:
        index = self.status.findData(status or "")
        if index < 0:
            return False
        self.status.setCurrentIndex(index)
        return True

    def apply_filter(self) -> None:
        status, text = self.status.currentData(), self.search.text().strip()
        self.proxy.set_predicate(lambda r: (not status or r.status == status) and r.matches(text))
        rows = [self.model.row_at(i) for i in range(self.model.rowCount())]
        issued = sum(r.status == RULE_STATUSES[0] for r in rows)
        self.totals.setText(self.tr("已出台{issued}个，正在拟制定{drafting}个；显示 {shown} / {total} 个").format(
            issued=issued, drafting=len(rows) - issued, shown=self.proxy.rowCount(), total=len(rows)))

    def new_rule(self) -> None:
        RuleDialog(self).exec()

    def edit_rule(self) -> None:
        row = self.need_selection()
        if row is not None:
            RuleDialog(self, row.id).exec()

    def delete_rule(self) -> None:
        row = self.need_selection()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("删除规章制度"), self.tr("删除“{title}”？").format(title=row.title))
        if answer == QMessageBox.Yes:
            attempt(self, self.tr("删除规章制度"), lambda: delete_rule(row.id))

    def export_excel(self) -> None:
        from app.rules.outputs import export_workbook
        from ui.common.excel_export import export_workbook as export_excel

        done = self.tr("已导出规章制度 {rules} 个、顽瘴痼疾整治措施 {measures} 项到\n{path}")
        export_excel(self, self.tr("导出建章立制台账"), self.tr("建章立制台账-{day}.xlsx"),
                     lambda target, _progress: export_workbook(target),
                     lambda counts, target: done.format(rules=counts[0], measures=counts[1], path=target))
