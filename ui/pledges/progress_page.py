"""签署进度: signed / issued per template and unit, who has not signed, and a printable report."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QMessageBox,
                               QPushButton, QSplitter, QVBoxLayout, QWidget)

from app.errors import AppError
from app.pledges import outputs
from app.pledges.figures import progress_rows
from app.pledges.ledger import unsigned_rows
from app.pledges.templates import template_rows
from ui.common.output import document_path
from ui.common.tab import FeatureTab
from ui.pledges.models import PledgeTableModel, ProgressTableModel
from ui.pledges.views import make_table, set_widths


class ProgressPage(QWidget):
    """Signed / issued per template and unit, who has not signed, and a printable report."""

    def __init__(self, tab: FeatureTab):  # the PledgesTab: show_unsigned()
        super().__init__(tab)
        self.tab = tab
        self.template_combo = QComboBox()
        self.template_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.template_combo.setMinimumContentsLength(16)
        self.summary = QLabel()
        self.summary.setStyleSheet("font-size: 11pt;")
        self.summary.setWordWrap(True)  # the figures wrap rather than push the window wider
        self.print_button = QPushButton(self.tr("打印进度表和未签名单…"))
        self.print_button.clicked.connect(self.print_report)
        self.show_button = QPushButton(self.tr("在台账中查看未签署的"))
        self.show_button.clicked.connect(self.show_in_ledger)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("承诺书：")))
        top.addWidget(self.template_combo)
        top.addWidget(self.summary, 1)
        top.addWidget(self.show_button)
        top.addWidget(self.print_button)
        self.model = ProgressTableModel(self)
        self.view, self.proxy = make_table(self.model, stretch_last=False)
        self.view.setSelectionMode(QAbstractItemView.SingleSelection)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.Stretch)
        for column in (0, 1):
            self.view.horizontalHeader().setSectionResizeMode(column, QHeaderView.Interactive)
        set_widths(self.view, ((0, 290), (1, 200)))
        self.unsigned = PledgeTableModel(self, checkable=False)
        self.unsigned_view, self.unsigned_proxy = make_table(self.unsigned)
        set_widths(self.unsigned_view, enumerate([80, 180, 140, 90, 260, 60, 64, 92, 92]))
        for column in range(9, 13):  # signed, how, archived, scans: empty for the unsigned
            self.unsigned_view.setColumnHidden(column, True)
        self.unsigned_label = QLabel()
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.unsigned_label)
        lower_layout.addWidget(self.unsigned_view, 1)
        splitter = QSplitter(Qt.Vertical)
        splitter.addWidget(self.view)
        splitter.addWidget(lower)
        splitter.setSizes([380, 300])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self.template_combo.currentIndexChanged.connect(lambda _i: self.reload())
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.reload_unsigned())

    def refresh_choices(self) -> None:
        current = self.template_combo.currentData()
        self.template_combo.blockSignals(True)
        self.template_combo.clear()
        self.template_combo.addItem(self.tr("全部承诺书"), None)
        for row in template_rows():
            self.template_combo.addItem(row.name, row.id)
        self.template_combo.setCurrentIndex(max(0, self.template_combo.findData(current)) if current else 0)
        self.template_combo.blockSignals(False)

    def reload(self) -> None:
        rows = progress_rows(self.template_combo.currentData())
        self.model.set_rows(rows)
        issued, signed = sum(r.issued for r in rows), sum(r.signed for r in rows)
        percent = 100.0 * signed / issued if issued else 0.0
        self.summary.setText(self.tr("已签署 %1 / 下发 %2（%3%），未签署 %4 人")
                             .replace("%1", str(signed)).replace("%2", str(issued))
                             .replace("%3", f"{percent:.1f}").replace("%4", str(issued - signed)))
        self.reload_unsigned()

    def _selected(self):
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.proxy.row_at(index.row())

    def reload_unsigned(self) -> None:
        selected = self._selected()
        if selected is not None:
            rows = unsigned_rows(selected.template_id, selected.unit)
            scope = f"{selected.unit} · {selected.template_name}"
        else:
            rows = unsigned_rows(self.template_combo.currentData())
            scope = self.template_combo.currentText()
        self.unsigned.set_rows(rows)
        self.unsigned_label.setText(self.tr("未签署名单（%1）：%2 人").replace("%1", scope).replace("%2", str(len(rows))))

    def show_in_ledger(self) -> None:
        selected = self._selected()
        self.tab.show_unsigned(selected.template_id if selected else self.template_combo.currentData(),
                               selected.unit if selected else None)

    def print_report(self) -> None:
        selected = self._selected()
        template_id = selected.template_id if selected and self.template_combo.currentData() else \
            self.template_combo.currentData()
        out = document_path(self.tr("承诺书签订进度"))
        try:
            outputs.progress_report_pdf(out, template_id)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("签署进度"), str(exc))
            return
        from ui.common.pdf_preview import preview

        preview(self, out, self.tr("承诺书签订进度"))
