"""The 成绩 page of a test session: scores typed in the table, the pass mark and the summary."""
from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (QAbstractItemView, QDoubleSpinBox, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from app.common.figures import percent
from app.errors import AppError
from app.study.audience import attendee_rows
from app.study.reflections import set_pass_mark, set_scores, test_summary

from ui.common.editing import edit_only
from ui.common.table import SortProxy
from ui.study.models import ScoreModel
from ui.study.widgets import set_widths, table_view, warn


# ---------------------------------------------------------------- scores

class ScorePanel(QWidget):
    changed_by_me = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session_id: int | None = None
        self.model = ScoreModel(self)
        self.model.on_edit = self._edit_score
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy)
        self.view.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                  | QAbstractItemView.AnyKeyPressed)
        set_widths(self.view, [50, 90, 90, 140, 60, 70, 80])
        self.pass_mark = QDoubleSpinBox()
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setDecimals(1)
        apply = QPushButton(self.tr("应用分数线"))
        apply.clicked.connect(self.apply_pass_mark)
        edit_only(apply, self.pass_mark)
        self.summary = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("合格分数线")))
        bar.addWidget(self.pass_mark)
        bar.addWidget(apply)
        bar.addSpacing(16)
        bar.addWidget(self.summary, 1)
        hint = QLabel(self.tr("选中“成绩”格直接输入分数，回车保存并转到下一人。"))
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)

    def load(self, session_id: int | None) -> None:
        self.session_id = session_id
        rows = [r for r in attendee_rows(session_id) if r.id is not None] if session_id else []
        if session_id:
            summary = test_summary(session_id)
            self.model.pass_mark = summary.pass_mark
            self.pass_mark.setValue(summary.pass_mark)
            self.summary.setText(
                self.tr("应考 %1　参考 %2　合格 %3　合格率 %4　平均分 %5　最高 %6　最低 %7")
                .replace("%1", str(summary.expected)).replace("%2", str(summary.scored))
                .replace("%3", str(summary.passed)).replace("%4", percent(summary.pass_rate))
                .replace("%5", "—" if summary.average is None else f"{summary.average:g}")
                .replace("%6", "—" if summary.highest is None else f"{summary.highest:g}")
                .replace("%7", "—" if summary.lowest is None else f"{summary.lowest:g}"))
        self.model.set_rows(rows)

    def _edit_score(self, row, column: int, text: str) -> bool:
        text = text.strip()
        try:
            score = float(text) if text else None
        except ValueError:
            QMessageBox.warning(self, self.tr("成绩"), self.tr("成绩：“%1”不是数字").replace("%1", text))
            return False
        try:
            set_scores(self.session_id, {row.id: score})
        except AppError as exc:
            warn(self, self.tr("成绩"), exc)
            return False
        current = self.view.currentIndex()
        QTimer.singleShot(0, lambda: self._next(current.row(), current.column()))
        self.changed_by_me.emit()
        return True

    def _next(self, row: int, column: int) -> None:
        if row + 1 < self.proxy.rowCount():
            self.view.setCurrentIndex(self.proxy.index(row + 1, column))

    def apply_pass_mark(self) -> None:
        if self.session_id is None:
            return
        try:
            set_pass_mark(self.session_id, self.pass_mark.value())
        except AppError as exc:
            warn(self, self.tr("合格分数线"), exc)
            return
        self.changed_by_me.emit()
