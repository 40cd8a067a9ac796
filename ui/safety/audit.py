"""操作日志: the audit log with filters (date, who, data, action, text), exportable to .xlsx/.csv."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSplitter, QTableView,
                               QVBoxLayout)

from app.safety import audit
from app.errors import AppError
from ui.common.form import fit_to_screen
from ui.common.table import Column, RowTableModel

LIMIT = 5000


def _changes_shown(row: audit.AuditRow) -> str:
    text = row.changes or row.detail
    return text if len(text) <= 160 else text[:160] + "…"


class AuditTableModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "时间"), lambda r: r.at),
            Column(QT_TRANSLATE_NOOP("TableHeader", "操作人"), lambda r: r.actor),
            Column(QT_TRANSLATE_NOOP("TableHeader", "操作"), lambda r: r.action_label),
            Column(QT_TRANSLATE_NOOP("TableHeader", "数据"), lambda r: r.table_label),
            Column(QT_TRANSLATE_NOOP("TableHeader", "对象"), lambda r: r.label),
            Column(QT_TRANSLATE_NOOP("TableHeader", "变更内容"), _changes_shown),
        ], parent, key=lambda r: r.id)


class AuditLogDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("操作日志"))
        fit_to_screen(self, 1180, 720)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30), self)
        self.date_to = QDateEdit(today, self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.actor = QComboBox(self)
        self.table = QComboBox(self)
        self.action = QComboBox(self)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText(self.tr("搜索姓名、内容…"))
        self.text.setClearButtonEnabled(True)
        self._fill_choices()
        search = QPushButton(self.tr("查询"), self)
        search.setDefault(True)
        search.clicked.connect(self.refresh)
        self.text.returnPressed.connect(self.refresh)
        for combo in (self.actor, self.table, self.action):
            combo.currentIndexChanged.connect(self.refresh)
        self.date_from.dateChanged.connect(self.refresh)
        self.date_to.dateChanged.connect(self.refresh)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("从"), self.date_from), (self.tr("到"), self.date_to), (self.tr("操作人"), self.actor),
                              (self.tr("数据"), self.table), (self.tr("操作"), self.action)):
            filters.addWidget(QLabel(label, self))
            filters.addWidget(widget)
        filters.addWidget(self.text, 1)
        filters.addWidget(search)

        self.model = AuditTableModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setSelectionMode(QTableView.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        for column, width in enumerate((150, 130, 90, 100, 150)):
            self.view.setColumnWidth(column, width)
        header.setSectionResizeMode(5, QHeaderView.Stretch)
        self.details = QPlainTextEdit(self)
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("选中一条记录，这里显示完整内容。"))
        splitter = QSplitter(Qt.Vertical, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.details)
        splitter.setSizes([520, 140])
        self.view.selectionModel().currentRowChanged.connect(lambda cur, _p: self._show(cur.row()))

        self.status = QLabel(self)
        export = QPushButton(self.tr("导出…"), self)
        export.clicked.connect(self.export)
        close = QPushButton(self.tr("关闭"), self)
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(export)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.refresh()

    def _fill_choices(self) -> None:
        self.actor.addItem(self.tr("全部"), "")
        for name in audit.actors_in_log():
            self.actor.addItem(name, name)
        self.table.addItem(self.tr("全部"), "")
        for table in audit.tables_in_log():
            self.table.addItem(audit.TABLE_LABELS.get(table, table), table)
        self.action.addItem(self.tr("全部"), "")
        for key, label in audit.ACTION_LABELS.items():
            self.action.addItem(label, key)

    def current_filter(self) -> audit.AuditFilter:
        return audit.AuditFilter(
            date_from=self.date_from.date().toPython(), date_to=self.date_to.date().toPython(),
            actor=self.actor.currentData() or "", table=self.table.currentData() or "",
            action=self.action.currentData() or "", text=self.text.text())

    def refresh(self) -> None:
        rows = audit.entries(self.current_filter(), limit=LIMIT + 1)
        more = len(rows) > LIMIT
        self.model.set_rows(rows[:LIMIT])
        masked = any(r.masked for r in rows)
        text = self.tr("共 {0} 条").format(len(self.model.rows))
        if more:
            text += self.tr("（只显示最近 {0} 条，请缩小日期范围或加筛选条件）").format(LIMIT)
        if masked:
            text += self.tr("；标 *** 的内容当前账户无权查看")
        self.status.setText(text)
        self.details.clear()

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.model.rows):
            self.details.clear()
            return
        r = self.model.rows[row]
        parts = [f"{r.at}　{r.actor}　{r.action_label}　{r.table_label}　{r.label}"]
        if r.changes:
            parts.append(r.changes.replace("；", "\n"))
        if r.detail:
            parts.append(r.detail)
        self.details.setPlainText("\n".join(parts))

    def export(self) -> None:
        default = Path.home() / f"操作日志-{dt.date.today():%Y%m%d}.xlsx"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出操作日志"), str(default),
                                              self.tr("Excel 工作簿 (*.xlsx);;CSV 文件 (*.csv)"))
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_suffix(".xlsx")
        try:
            audit.export(audit.entries(self.current_filter(), limit=None), target)
        except (AppError, OSError) as exc:
            QMessageBox.warning(self, self.tr("导出失败"), str(exc))
            return
        QMessageBox.information(self, self.tr("导出完成"), self.tr("已导出到：{0}").format(target))
