"""The four pages of the 会议与选树 tab: 会议 (filtered by kind), 制发文件, 向社会通报 and 英模选树 (filtered by level
and unit). Each is a table with typed search, a totals line, and 新增 / 修改 / 删除 (kept disabled for 查阅;
the core refuses the write anyway)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout, QWidget

from app.affairs.heroes import delete_recommendation, recommendation_rows
from app.affairs.issued import delete_document, document_rows
from app.affairs.meetings import delete_meeting, delete_notice, meeting_rows, notice_rows
from app.affairs.models import CITY_LEVEL, COUNTY_LEVEL, ELECTED, LEVELS, MEETING_KINDS
from app.roster.units import units
from ui.affairs.dialogs import DocumentDialog, MeetingDialog, NoticeDialog, RecommendationDialog
from ui.affairs.models import DocumentTableModel, MeetingTableModel, NoticeTableModel, RecommendationTableModel
from ui.common.editing import edit_only
from ui.common.table import SortProxy
from ui.common.widgets import attempt, table_view  # the ledgers' table: read-only, one row selected, sortable


class AffairsPage(QWidget):
    """A table of one ledger with its buttons, filters and totals. Subclasses name the model, the rows, the
    dialog, the deletion and the filter choices."""

    WIDTHS: tuple = ()
    SORT_COLUMN = 0  # the order a page opens in (ascending); the service's order breaks ties

    def __init__(self, model, parent=None):
        super().__init__(parent)
        self.model = model
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.buttons: dict[str, QPushButton] = {}
        self.toolbar = QHBoxLayout()
        self.filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _t: self.apply_filter())
        self.totals = QLabel()
        self.view = table_view(self.proxy)
        for column, width in enumerate(self.WIDTHS):
            self.view.setColumnWidth(column, width)
        self.view.sortByColumn(self.SORT_COLUMN, Qt.AscendingOrder)
        self.view.doubleClicked.connect(lambda _i: self.edit())
        layout = QVBoxLayout(self)
        layout.addLayout(self.toolbar)
        layout.addLayout(self.filters)
        layout.addWidget(self.view, 1)

    def add_buttons(self, new_text: str, new_tip: str) -> None:
        for key, text, slot, tip in (("new", new_text, self.new, new_tip),
                                     ("edit", self.tr("修改…"), self.edit, self.tr("修改所选的一行（或双击该行）")),
                                     ("delete", self.tr("删除"), self.delete, self.tr("删除所选的一行"))):
            button = QPushButton(text)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            edit_only(button)
            self.buttons[key] = button
            self.toolbar.addWidget(button)
        self.toolbar.addStretch(1)
        self.filters.addWidget(self.search, 1)
        self.filters.addWidget(self.totals)

    def filter_box(self, first: str, options) -> QComboBox:
        box = QComboBox()
        box.addItem(first, "")
        for option in options:
            box.addItem(option, option)
        box.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.filters.insertWidget(max(0, self.filters.count() - 2), box)
        return box

    def selected(self):
        rows = self.view.selectionModel().selectedRows()
        return self.proxy.row_at(rows[0].row()) if rows else None

    def apply_filter(self) -> None:
        text = self.search.text().strip()
        self.proxy.set_predicate(lambda r: self.accepts(r) and r.matches(text))
        self.show_totals()

    def accepts(self, row) -> bool:
        return True

    def visible_rows(self) -> list:
        return [self.proxy.row_at(i) for i in range(self.proxy.rowCount())]

    def refresh(self) -> None:
        self.model.set_rows(self.rows())
        self.apply_filter()

    def edit(self) -> None:
        row = self.selected()
        if row is None:
            QMessageBox.information(self, self.tr("会议与选树"), self.tr("请先在列表中选择一行。"))
            return
        self.dialog(row).exec()

    def new(self) -> None:
        self.dialog(None).exec()

    def delete(self) -> None:
        row = self.selected()
        if row is None:
            QMessageBox.information(self, self.tr("会议与选树"), self.tr("请先在列表中选择一行。"))
            return
        answer = QMessageBox.question(self, self.tr("删除"), self.tr("删除“{what}”？").format(what=self.describe(row)))
        if answer != QMessageBox.Yes:
            return
        attempt(self, self.tr("删除"), lambda: self.remove(row.id))

    # what a subclass says
    def rows(self) -> list: raise NotImplementedError
    def dialog(self, row): raise NotImplementedError
    def remove(self, row_id: int) -> None: raise NotImplementedError
    def describe(self, row) -> str: raise NotImplementedError
    def show_totals(self) -> None: raise NotImplementedError


class MeetingsPage(AffairsPage):
    WIDTHS = (110, 90, 420, 150, 70, 70)

    def __init__(self, parent=None):
        super().__init__(MeetingTableModel(), parent)
        self.model.setParent(self)
        self.add_buttons(self.tr("登记会议…"), self.tr("登记一次县委常委会议、领导小组会议、新闻发布会或其他会议"))
        self.search.setPlaceholderText(self.tr("搜索议题、主持人、备注…"))
        self.kind = self.filter_box(self.tr("全部会议"), MEETING_KINDS)

    def rows(self):
        return meeting_rows()

    def accepts(self, row) -> bool:
        return not self.kind.currentData() or row.kind == self.kind.currentData()

    def dialog(self, row):
        return MeetingDialog(self, row, kind=self.kind.currentData() or "")

    def remove(self, row_id: int) -> None:
        delete_meeting(row_id)

    def describe(self, row) -> str:
        return f"{row.held_on:%Y-%m-%d} {row.kind}：{row.title}"

    def show_totals(self) -> None:
        counts = {kind: sum(1 for r in self.model.rows if r.kind == kind) for kind in MEETING_KINDS}
        self.totals.setText(self.tr("共{n}次：").format(n=len(self.model.rows))
                            + "，".join(f"{k}{v}次" for k, v in counts.items() if v))


class DocumentsPage(AffairsPage):
    SORT_COLUMN = 1
    WIDTHS = (170, 90, 60, 420, 260)

    def __init__(self, parent=None):
        super().__init__(DocumentTableModel(), parent)
        self.model.setParent(self)
        self.add_buttons(self.tr("登记文件…"), self.tr("登记一份制定印发的文件（文号自动顺延）"))
        self.search.setPlaceholderText(self.tr("搜索文号、标题、发文机关…"))

    def rows(self):
        return document_rows()

    def dialog(self, row):
        return DocumentDialog(self, row)

    def remove(self, row_id: int) -> None:
        delete_document(row_id)

    def describe(self, row) -> str:
        return f"{row.number}《{row.title}》"

    def show_totals(self) -> None:
        self.totals.setText(self.tr("制定印发文件{n}个").format(n=len(self.model.rows)))


class NoticesPage(AffairsPage):
    SORT_COLUMN = 0
    WIDTHS = (90, 110, 480)

    def __init__(self, parent=None):
        super().__init__(NoticeTableModel(), parent)
        self.model.setParent(self)
        self.add_buttons(self.tr("登记通报…"), self.tr("登记一次向社会通报教育整顿工作情况"))
        self.search.setPlaceholderText(self.tr("搜索渠道、标题…"))

    def rows(self):
        return notice_rows()

    def dialog(self, row):
        return NoticeDialog(self, row)

    def remove(self, row_id: int) -> None:
        delete_notice(row_id)

    def describe(self, row) -> str:
        return f"{row.issued_on:%Y-%m-%d} {row.title}"

    def show_totals(self) -> None:
        self.totals.setText(self.tr("向社会通报{n}次").format(n=len(self.model.rows)))


class HeroesPage(AffairsPage):
    WIDTHS = (90, 70, 110, 90, 80, 70, 150, 64, 250)

    def __init__(self, parent=None):
        super().__init__(RecommendationTableModel(), parent)
        self.model.setParent(self)
        self.add_buttons(self.tr("登记推荐…"), self.tr("登记一名单位推荐参加“最美政法干警”评选的干警"))
        self.search.setPlaceholderText(self.tr("搜索姓名、单位、事迹、荣誉…"))
        self.level = self.filter_box(self.tr("全部层级"), LEVELS)
        self.unit = self.filter_box(self.tr("全部单位"), [])
        self.fill_units()

    def fill_units(self) -> None:
        chosen = self.unit.currentData()
        self.unit.blockSignals(True)
        while self.unit.count() > 1:
            self.unit.removeItem(1)
        for u in units():
            self.unit.addItem(u.short_name or u.name, u.name)
        index = self.unit.findData(chosen)
        self.unit.setCurrentIndex(max(0, index))
        self.unit.blockSignals(False)

    def rows(self):
        return recommendation_rows()

    def refresh(self) -> None:
        self.fill_units()
        super().refresh()

    def accepts(self, row) -> bool:
        return ((not self.level.currentData() or row.level == self.level.currentData())
                and (not self.unit.currentData() or row.unit_name == self.unit.currentData()))

    def dialog(self, row):
        return RecommendationDialog(self, row)

    def remove(self, row_id: int) -> None:
        delete_recommendation(row_id)

    def describe(self, row) -> str:
        return f"{row.unit} {row.name}"

    def show_totals(self) -> None:
        rows = self.model.rows
        self.totals.setText(self.tr("推荐{n}人：市级候选{city}人，县级评选{county}人，当选{elected}人，先进典型{typical}人").format(
            n=len(rows), city=sum(r.level == CITY_LEVEL for r in rows), county=sum(r.level == COUNTY_LEVEL for r in rows),
            elected=sum(r.result == ELECTED for r in rows), typical=sum(r.typical_model for r in rows)))
