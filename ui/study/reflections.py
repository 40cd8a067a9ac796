"""The 心得体会 page of a session: who handed in a reflection, per unit."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QDialog, QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.study.audience import attendee_rows
from app.study.reflections import remove_reflections

from ui.common.editing import edit_only
from ui.common.table import SortProxy
from ui.study.models import ReflectionModel
from ui.study.reflection_dialog import ReflectionDialog
from ui.study.widgets import fill_units, selected_rows, set_widths, table_view, unit_combo


# ---------------------------------------------------------------- reflections

class ReflectionPanel(QWidget):
    changed_by_me = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.session_id: int | None = None
        self.model = ReflectionModel(self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy)
        set_widths(self.view, [50, 90, 90, 140, 60, 70, 90, 60, 240])
        self.unit = unit_combo(self.tr("全部单位"))
        self.show = QComboBox()
        for text, value in ((self.tr("全部人员"), None), (self.tr("未交"), False), (self.tr("已交"), True)):
            self.show.addItem(text, value)
        record = QPushButton(self.tr("登记已交…"))
        record.clicked.connect(self.record)
        remove = QPushButton(self.tr("撤销登记"))
        remove.clicked.connect(self.remove)
        edit_only(record, remove)
        self.unit_counts = QLabel()
        self.unit_counts.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("单位")))
        bar.addWidget(self.unit)
        bar.addWidget(QLabel(self.tr("显示")))
        bar.addWidget(self.show)
        bar.addStretch(1)
        bar.addWidget(record)
        bar.addWidget(remove)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.unit_counts)
        self.unit.currentIndexChanged.connect(self._filter)
        self.show.currentIndexChanged.connect(self._filter)

    def load(self, session_id: int | None) -> None:
        self.session_id = session_id
        rows = attendee_rows(session_id) if session_id else []
        rows = [r for r in rows if r.id is not None]
        self.model.set_rows(rows)
        fill_units(self.unit, list(dict.fromkeys(r.unit_name for r in rows)))
        counts: dict[str, list[int]] = {}
        for r in rows:
            entry = counts.setdefault(r.unit_short or r.unit_name, [0, 0])
            entry[0] += 1
            entry[1] += r.reflection_on is not None
        if not rows:
            self.unit_counts.setText(self.tr("名单锁定（开始登记考勤）后才能登记心得体会。") if session_id else "")
        else:
            parts = [self.tr("%1 应交 %2、已交 %3、未交 %4").replace("%1", unit).replace("%2", str(n))
                     .replace("%3", str(done)).replace("%4", str(n - done)) for unit, (n, done) in counts.items()]
            self.unit_counts.setText("；".join(parts))
        self._filter()

    def _filter(self) -> None:
        unit = self.unit.currentData()
        handed = self.show.currentData()

        def accept(r) -> bool:
            if unit and r.unit_name != unit:
                return False
            return handed is None or (r.reflection_on is not None) == handed

        self.proxy.set_predicate(accept if (unit or handed is not None) else None)

    def record(self) -> None:
        rows = selected_rows(self.view)
        if not rows:
            QMessageBox.information(self, self.tr("登记心得体会"), self.tr("请先选中交来心得体会的人员（可多选）。"))
            return
        if ReflectionDialog(rows, self).exec() == QDialog.Accepted:
            self.changed_by_me.emit()

    def remove(self) -> None:
        rows = [r for r in selected_rows(self.view) if r.reflection_on]
        if not rows:
            return
        remove_reflections([r.id for r in rows])
        self.changed_by_me.emit()
