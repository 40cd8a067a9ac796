"""我为群众办实事 tab: two pages, 办实事记录 (figures with dates, units and categories, and the sentences the
summary report makes of them) and 办实事措施; filters, add/edit/delete through FormDialogs, Excel export.

show_rows(page="records"|"measures", category=, kind=, unit=): a page filtered by category (records), kind
(measures) and unit (short or full name); anything else is not applied and makes it answer False."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit,
                               QPushButton, QSplitter, QTabWidget, QVBoxLayout, QWidget)

from app.events import Topic
from app.roster.units import units
from app.service.figures import summary
from app.service.measures import delete_measure, measure_rows
from app.service.models import CATEGORIES, MEASURE_KINDS
from app.service.records import delete_record, record_rows
from app.service.report import section
from ui.common.editing import edit_only
from ui.common.tab import FeatureTab
from ui.common.table import SortProxy
from ui.common.widgets import attempt, table_view
from ui.service.dialogs import MeasureDialog, RecordDialog
from ui.service.models import MeasureTableModel, RecordTableModel

translate = QCoreApplication.translate


class _Page(QWidget):
    """A list with its filters (a choice, the unit, typed text), its buttons and its totals line."""

    def __init__(self, model, choices, choice_label: str, parent=None):
        super().__init__(parent)
        self.model = model
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(model)
        self.choice = QComboBox()
        self.choice.addItem(translate("ServicePage", "全部"), "")
        for option in choices:
            self.choice.addItem(option, option)
        self.unit = QComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(translate("ServicePage", "搜索…"))
        self.search.setClearButtonEnabled(True)
        self.totals = QLabel()
        self.buttons: dict[str, QPushButton] = {}
        self.filters = QHBoxLayout()
        self.filters.addWidget(QLabel(choice_label))
        self.filters.addWidget(self.choice)
        self.filters.addWidget(QLabel(translate("ServicePage", "单位")))
        self.filters.addWidget(self.unit)
        self.filters.addWidget(self.search, 1)
        self.toolbar = QHBoxLayout()
        self.view = table_view(self.proxy)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # as entered, until a header is clicked
        self.proxy.sort(-1)
        self.view.doubleClicked.connect(lambda _i: self.buttons["edit"].click())
        for combo in (self.choice, self.unit):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.search.textChanged.connect(self.apply_filters)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 4, 0, 0)
        self.layout_.addLayout(self.filters)
        self.layout_.addLayout(self.toolbar)

    def add_button(self, key: str, text: str, tip: str, slot, *, edits: bool = True) -> None:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.clicked.connect(slot)
        if edits:
            edit_only(button)
        self.buttons[key] = button
        self.toolbar.addWidget(button)

    def finish_toolbar(self) -> None:
        self.toolbar.addStretch(1)
        self.toolbar.addWidget(self.totals)

    def fill_units(self) -> None:
        current = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(translate("ServicePage", "全部"), None)
        self.unit.addItem(translate("ServicePage", "全县"), "")
        for u in units():
            self.unit.addItem(u.short_name or u.name, u.name)
        index = self.unit.findData(current)
        self.unit.setCurrentIndex(max(0, index))
        self.unit.blockSignals(False)

    def apply_filters(self) -> None:
        choice, unit = self.choice.currentData(), self.unit.currentData()
        self.proxy.set_predicate(lambda r: (not choice or self.choice_of(r) == choice)
                                 and (unit is None or r.unit_name == unit))
        self.proxy.setFilterFixedString(self.search.text().strip())
        self.show_totals()

    def choice_of(self, row) -> str:
        raise NotImplementedError

    def show_totals(self) -> None:
        raise NotImplementedError

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def choose(self, choice: str = "", unit: str = "") -> bool:
        ok = True
        for combo, value in ((self.choice, choice), (self.unit, unit)):
            if not value:
                continue
            index = combo.findData(value) if combo.findData(value) >= 0 else combo.findText(value)
            if index < 0:
                ok = False
            else:
                combo.setCurrentIndex(index)
        return ok


class RecordPage(_Page):
    def __init__(self, parent=None):
        super().__init__(RecordTableModel(), CATEGORIES, self.tr("类别"), parent)
        self.model.setParent(self)
        self.add_button("new", self.tr("新增记录…"), self.tr("登记一项办实事的数字（如 上门送证500余个）"), self.new)
        self.add_button("edit", self.tr("修改…"), self.tr("修改所选记录"), self.edit)
        self.add_button("delete", self.tr("删除"), self.tr("把所选记录移入回收站"), self.delete)
        self.finish_toolbar()
        for column, width in ((0, 190), (1, 90), (2, 90), (3, 90), (4, 120)):
            self.view.setColumnWidth(column, width)
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        below = QWidget()
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(QLabel(self.tr("工作情况报告中的表述（全部记录）：")))
        below_layout.addWidget(self.report)
        split = QSplitter(Qt.Vertical)
        split.addWidget(self.view)
        split.addWidget(below)
        split.setSizes([380, 170])
        self.layout_.addWidget(split, 1)

    def choice_of(self, row) -> str:
        return row.category

    def refresh(self) -> None:
        self.fill_units()
        self.model.set_rows(record_rows())
        found = section(None, None)
        self.report.setPlainText("\n".join(found[1]) if found else self.tr("（还没有办实事记录和措施）"))
        self.apply_filters()

    def show_totals(self) -> None:
        self.totals.setText(self.tr("显示 {shown} 项，共 {total} 项记录").format(shown=self.proxy.rowCount(),
                                                                          total=self.model.rowCount()))

    def new(self) -> None:
        RecordDialog(self).exec()

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            RecordDialog(self, row).exec()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("删除办实事记录"),
                                      self.tr("把“{text}”移入回收站？").format(text=row.text))
        if answer == QMessageBox.Yes:
            attempt(self, self.tr("删除办实事记录"), lambda: delete_record(row.id))


class MeasurePage(_Page):
    def __init__(self, parent=None):
        super().__init__(MeasureTableModel(), MEASURE_KINDS, self.tr("措施类别"), parent)
        self.model.setParent(self)
        self.add_button("new", self.tr("新增措施…"), self.tr("登记一条出台的措施"), self.new)
        self.add_button("edit", self.tr("修改…"), self.tr("修改所选措施"), self.edit)
        self.add_button("delete", self.tr("删除"), self.tr("把所选措施移入回收站"), self.delete)
        self.finish_toolbar()
        for column, width in ((0, 90), (1, 140), (2, 90), (3, 80)):
            self.view.setColumnWidth(column, width)
        self.layout_.addWidget(self.view, 1)

    def choice_of(self, row) -> str:
        return row.kind

    def refresh(self) -> None:
        self.fill_units()
        self.model.set_rows(measure_rows())
        self.apply_filters()

    def show_totals(self) -> None:
        shown = [self.proxy.row_at(i) for i in range(self.proxy.rowCount())]
        kinds = "，".join(f"{k}{n}条" for k in MEASURE_KINDS if (n := sum(1 for r in shown if r.kind == k)))
        self.totals.setText(self.tr("显示 {n} 条措施").format(n=len(shown)) + (f"（{kinds}）" if kinds else ""))

    def new(self) -> None:
        MeasureDialog(self).exec()

    def edit(self) -> None:
        row = self.selected()
        if row is not None:
            MeasureDialog(self, row).exec()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(self, self.tr("删除措施"), self.tr("把措施“{title}”移入回收站？").format(title=row.title))
        if answer == QMessageBox.Yes:
            attempt(self, self.tr("删除措施"), lambda: delete_measure(row.id))


class ServiceTab(FeatureTab):
    TITLE = QT_TRANSLATE_NOOP("Tabs", "我为群众办实事")
    RECORDS, MEASURES = 0, 1

    def __init__(self, parent=None):
        super().__init__(parent)
        self.summary: dict = {}
        self.pages = QTabWidget()
        self.records = RecordPage()
        self.measures = MeasurePage()
        self.pages.addTab(self.records, self.tr("办实事记录"))
        self.pages.addTab(self.measures, self.tr("办实事措施"))
        export = QPushButton(self.tr("导出Excel…"))
        export.setToolTip(self.tr("把措施和办实事记录导出为 Excel 文件"))
        export.clicked.connect(self.export_excel)
        self.pages.setCornerWidget(export, Qt.TopRightCorner)
        self.export_button = export
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.pages)
        self.refresh()

    def refresh(self) -> None:
        self.summary = summary()
        self.records.refresh()
        self.measures.refresh()
        self.status_changed.emit()

    def on_changed(self, topic: Topic) -> None:
        if topic.touches(Topic.SERVICE, Topic.ROSTER):
            self.refresh()

    def show_rows(self, page: str = "records", category: str = "", kind: str = "", unit: str = "",
                  **unknown) -> bool:
        if page == "measures":
            self.pages.setCurrentIndex(self.MEASURES)
            return self.measures.choose(kind, unit) and not (unknown or category)
        self.pages.setCurrentIndex(self.RECORDS)
        return self.records.choose(category, unit) and page == "records" and not (unknown or kind)

    def screenshot_states(self):
        """For tools/render_screens.py: the measures page as well as the records page."""
        return [("measures", lambda: self.pages.setCurrentIndex(self.MEASURES))]

    def status_text(self) -> str:
        s = self.summary
        return self.tr("办实事措施 {m} 条 · 办实事记录 {r} 项").format(m=s["measures"], r=s["records"]) if s else ""

    def export_actions(self) -> list[QAction]:
        action = QAction(self.tr("我为群众办实事（Excel）…"), self)
        action.triggered.connect(self.export_excel)
        return [action]

    def export_excel(self) -> None:
        from app.service.outputs import export_workbook
        from ui.common.excel_export import export_workbook as export_excel

        done = self.tr("已导出措施 {m} 条、办实事记录 {r} 项到")
        export_excel(self, self.tr("导出我为群众办实事"), self.tr("我为群众办实事-{day}.xlsx"),
                     lambda target, _progress: export_workbook(target),
                     lambda counts, target: done.format(m=counts[0], r=counts[1]) + f"\n{target}")
