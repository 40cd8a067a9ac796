"""The preview of an Excel import, before anything is written: problems (which block it), new people,
duplicates of people on the roster (update or skip: the user chooses)."""
from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QDialog, QDialogButtonBox, QFrame, QHeaderView, QLabel,
                               QRadioButton, QTableView, QTabWidget, QVBoxLayout)

from app.common import idcard
from app.roster.excel_import import SKIP, UPDATE, ImportPlan
from ui.common.form import fit_to_screen

from ui.roster.dialogs import HINT_STYLE
from ui.roster.models import PlainTableModel


def _table(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.setWordWrap(False)
    return view


class ImportPreviewDialog(QDialog):
    """What an import would do, before anything is written: problems (which block it), new people,
    duplicates (update or skip, the user chooses)."""

    def __init__(self, plan: ImportPlan, parent=None):
        super().__init__(parent)
        self.plan = plan
        self.setWindowTitle(self.tr("导入预览 — %s") % plan.path.name)
        fit_to_screen(self, 900, 600)
        layout = QVBoxLayout(self)

        summary = QLabel(self.tr("工作表“%1”，表头在第 %2 行。%3。")
                         .replace("%1", plan.sheet).replace("%2", str(plan.header_row)).replace("%3", plan.summary()))
        summary.setWordWrap(True)
        layout.addWidget(summary)
        if plan.problems:
            banner = QLabel(self.tr("文件中有 %1 处问题。有问题时不会写入任何数据：请按下面的清单修改 Excel 文件，"
                                    "保存后重新导入。").replace("%1", str(len(plan.problems))))
            banner.setWordWrap(True)
            banner.setStyleSheet("background: #fdecea; color: #8e1b12; padding: 8px; border-radius: 4px;")
            layout.addWidget(banner)
        if plan.ignored_columns:
            ignored = QLabel(self.tr("以下列不属于人员台账，不会导入：") + "、".join(plan.ignored_columns))
            ignored.setStyleSheet(HINT_STYLE)
            ignored.setWordWrap(True)
            layout.addWidget(ignored)

        self.tabs = QTabWidget()
        self.problem_model = PlainTableModel(
            [self.tr("行"), self.tr("列"), self.tr("问题")],
            [(p.row or "", p.column, p.reason) for p in plan.problems], self,
            tooltips=[p.reason for p in plan.problems])
        self.add_model = PlainTableModel(
            [self.tr("行"), self.tr("姓名"), self.tr("单位"), self.tr("部门"), self.tr("职务"), self.tr("身份证号")],
            [(r.row, r.data.name, r.data.unit, r.data.department, r.data.post, idcard.mask(r.data.id_number))
             for r in plan.to_add], self)
        self.duplicate_model = PlainTableModel(
            [self.tr("行"), self.tr("姓名"), self.tr("单位"), self.tr("判断依据"), self.tr("不同之处（现有 → 表格）")],
            [(d.row, d.data.name, d.data.unit, d.match + (self.tr("（在回收站中）") if d.in_trash else ""),
              "；".join(f"{label}：{old or '空'} → {new or '空'}" for label, old, new in d.changes) or self.tr("相同"))
             for d in plan.duplicates], self,
            tooltips=["\n".join(f"{label}：{old or '空'} → {new or '空'}" for label, old, new in d.changes)
                      for d in plan.duplicates])
        self.problem_view = _table(self.problem_model)
        self.add_view = _table(self.add_model)
        self.duplicate_view = _table(self.duplicate_model)
        for view, widths in ((self.problem_view, (56, 110)), (self.add_view, (56, 80, 200, 140, 100)),
                             (self.duplicate_view, (56, 80, 200, 150))):
            for column, width in enumerate(widths):
                view.setColumnWidth(column, width)
        if 0 < len(plan.problems) <= 300:  # long reasons wrap; measuring rows is cheap for a short list
            self.problem_view.setWordWrap(True)
            self.problem_view.horizontalHeader().sectionResized.connect(
                lambda *_: self.problem_view.resizeRowsToContents())
        if plan.problems:
            self.tabs.addTab(self.problem_view, self.tr("问题（%1）").replace("%1", str(len(plan.problems))))
        self.tabs.addTab(self.add_view, self.tr("新增（%1）").replace("%1", str(len(plan.to_add))))
        self.tabs.addTab(self.duplicate_view, self.tr("与现有人员重复（%1）").replace("%1", str(len(plan.duplicates))))
        layout.addWidget(self.tabs, 1)

        self.update_choice = QRadioButton(self.tr("用表格中的信息更新这些人员（空白单元格不会清除已有信息）"))
        self.skip_choice = QRadioButton(self.tr("跳过这些人员，保留现有信息"))
        self.update_choice.setChecked(True)
        self.choice_group = QButtonGroup(self)
        self.choice_group.addButton(self.update_choice)
        self.choice_group.addButton(self.skip_choice)
        choice_box = QFrame()
        choice_layout = QVBoxLayout(choice_box)
        choice_layout.setContentsMargins(0, 0, 0, 0)
        choice_layout.addWidget(QLabel(self.tr("对与现有人员重复、且信息不同的 %1 人：").replace("%1", str(len(plan.to_update)))))
        choice_layout.addWidget(self.update_choice)
        choice_layout.addWidget(self.skip_choice)
        choice_box.setVisible(bool(plan.to_update) and not plan.problems)
        layout.addWidget(choice_box)

        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(self.tr("导入"), QDialogButtonBox.AcceptRole)
        self.import_button.setEnabled(plan.ok and bool(plan.to_add or plan.to_update))
        copy = buttons.addButton(self.tr("复制问题清单"), QDialogButtonBox.ActionRole)
        copy.setVisible(bool(plan.problems))
        copy.clicked.connect(self.copy_problems)
        cancel = buttons.addButton(self.tr("取消") if plan.ok else self.tr("关闭"), QDialogButtonBox.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        cancel.setDefault(not plan.ok)
        if plan.ok and not (plan.to_add or plan.to_update):
            note = QLabel(self.tr("表格中的人员都已在台账中，信息相同，无需导入。"))
            note.setStyleSheet(HINT_STYLE)
            layout.addWidget(note)
        layout.addWidget(buttons)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.problem_view.wordWrap():
            self.problem_view.resizeRowsToContents()

    def mode(self) -> str:
        return SKIP if self.skip_choice.isChecked() else UPDATE

    def copy_problems(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(str(p) for p in self.plan.problems))

