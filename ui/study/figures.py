"""The 统计 page: figures per session type, unit and person, and the totals over everything."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QSplitter, QVBoxLayout, QWidget

from app.common.figures import percent
from app.study.figures import person_figures, totals, type_figures, unit_figures

from ui.common.table import SortProxy
from ui.study.models import PersonFiguresModel, TypeFiguresModel, UnitFiguresModel
from ui.study.widgets import set_widths, table_view


# ---------------------------------------------------------------- figures page

class FiguresPage(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.type_model = TypeFiguresModel(self)
        self.unit_model = UnitFiguresModel(self)
        self.person_model = PersonFiguresModel(self)
        self.person_proxy = SortProxy(self)
        self.person_proxy.setSourceModel(self.person_model)
        self.type_view = table_view(self.type_model, multi=False)
        self.unit_view = table_view(self.unit_model, multi=False)
        self.person_view = table_view(self.person_proxy)
        set_widths(self.type_view, [190, 56, 44, 70, 70, 50, 50, 64, 80, 70, 80, 70])
        set_widths(self.unit_view, [110, 50, 70, 70, 50, 50, 64, 80, 70, 80, 70])
        set_widths(self.person_view, [90, 90, 130, 50, 70, 70, 50, 50, 64, 80, 70, 80, 70])
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("查找姓名"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(200)
        self.low_only = QCheckBox(self.tr("只看出勤率低于90%或有未完成补学的人"))
        self.search.textChanged.connect(self._filter)
        self.low_only.toggled.connect(self._filter)
        self.total = QLabel()
        self.total.setStyleSheet("font-weight: bold;")

        def captioned(text: str, widget: QWidget, extra=None) -> QWidget:
            box = QWidget()
            layout = QVBoxLayout(box)
            layout.setContentsMargins(0, 0, 0, 0)
            row = QHBoxLayout()
            label = QLabel(text)
            label.setStyleSheet("font-weight: bold;")
            row.addWidget(label)
            for item in extra or []:
                row.addWidget(item)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(widget, 1)
            return box

        upper = QSplitter(Qt.Horizontal)
        upper.addWidget(captioned(self.tr("按活动类型"), self.type_view))
        upper.addWidget(captioned(self.tr("按单位"), self.unit_view))
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(captioned(self.tr("按人员"), self.person_view, [self.search, self.low_only]))
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.total)
        layout.addWidget(splitter, 1)

    def load(self) -> None:
        self.type_model.set_rows(type_figures())
        self.unit_model.set_rows(unit_figures())
        self.person_model.set_rows(person_figures())
        total = totals()
        f = total.figures
        self.total.setText(
            self.tr("学习活动 %1 场（已举行 %2，计划 %3）；应到 %4 人次，实到 %5 人次，出勤率 %6；"
                    "补学已完成 %7、未完成 %8（逾期 %9）；心得体会 %10 篇")
            .replace("%10", str(f.reflections))
            .replace("%1", str(total.sessions)).replace("%2", str(total.held))
            .replace("%3", str(total.planned)).replace("%4", str(f.expected))
            .replace("%5", str(f.attended)).replace("%6", percent(f.attendance_rate))
            .replace("%7", str(f.makeup_done)).replace("%8", str(f.makeup_open))
            .replace("%9", str(f.makeup_overdue)))
        self._filter()

    def _filter(self) -> None:
        text = self.search.text().strip()
        low = self.low_only.isChecked()

        def accept(r) -> bool:
            if text and text not in r.name:
                return False
            if low:
                rate = r.figures.attendance_rate
                return (rate is not None and rate < 0.9) or r.figures.makeup_open > 0
            return True

        self.person_proxy.set_predicate(accept if (text or low) else None)
