"""Dialogs of the overview: the rows behind a figure, the report options, the export-all options.

A figure's rows link to the feature tab that keeps them: the main window's `show_rows(feature, **criteria)`
switches to that tab and sets its filters (`Listing.tab`, `Listing.tab_filter`).
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout)

from app.reports.listings import Listing
from app.reports.scope import Period
from app.safety import access

from ui.common.dates import date_edit, from_qdate
from ui.common.table import RowTableModel, SortProxy
from ui.common.form import fit_to_screen

TAB_NAMES = {"roster": QT_TRANSLATE_NOOP("ListingDialog", "人员台账"),
             "study": QT_TRANSLATE_NOOP("ListingDialog", "学习教育"),
             "talks": QT_TRANSLATE_NOOP("ListingDialog", "谈心谈话"),
             "feedback": QT_TRANSLATE_NOOP("ListingDialog", "征求意见"),
             "pledges": QT_TRANSLATE_NOOP("ListingDialog", "承诺书")}


def table_view(model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectRows)
    view.setSelectionMode(QAbstractItemView.SingleSelection)
    view.setEditTriggers(QAbstractItemView.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().setDefaultSectionSize(24)
    view.verticalHeader().setMinimumWidth(32)
    view.horizontalHeader().setHighlightSections(False)
    return view


def fit_columns(view: QTableView, model: RowTableModel, *, available: int = 0, sample: int = 200) -> None:
    """Column widths from the header and the first rows (no resizeToContents over every row). When they
    do not fit in `available` pixels, the widest column (the text one) gives way; the last column takes
    what is left."""
    metrics = view.fontMetrics()
    widths = []
    for column, header in enumerate(model.headers()):
        texts = [header] + [model.data(model.index(r, column)) or "" for r in range(min(sample, model.rowCount()))]
        widths.append(min(360, max(metrics.horizontalAdvance(t) for t in texts) + 24))
    while available and widths and sum(widths) > available:
        widest = widths.index(max(widths))
        if widths[widest] <= 120:
            break
        widths[widest] = max(120, widths[widest] - (sum(widths) - available))
    for column, width in enumerate(widths):
        view.setColumnWidth(column, width)
    view.horizontalHeader().setStretchLastSection(True)


class ListingDialog(QDialog):
    """Exactly the rows a figure counts, with a filter box; a person's row opens their 一人一档; a button
    goes to the feature's own tab (with its filters set where the tab has them)."""

    person_requested = Signal(int)

    def __init__(self, listing: Listing, parent=None, *, period_text: str = "", ranged: bool = False):
        super().__init__(parent)
        self.listing = listing
        self.setWindowTitle(listing.title)
        fit_to_screen(self, 1100, 640)
        self.model = RowTableModel(parent=self)
        self.model.set_table(listing.headers, listing.rows)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        fit_columns(self.view, self.model, available=1100 - 90)
        self.view.doubleClicked.connect(self._open_person)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("在这些记录中查找…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.count = QLabel()
        heading = QLabel(f"<b>{listing.title}</b>　{period_text}")
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.search)
        hint = QLabel(self.tr("双击一行打开该人员的一人一档。") if any(listing.officer_ids) else "")
        hint.setStyleSheet("color: #666;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addWidget(hint, 1)
        self.tab_button = None
        if listing.tab and self.main_window() is not None:
            label = self.tr("到“{tab}”页查看").format(tab=self.tr(TAB_NAMES.get(listing.tab, listing.tab)))
            self.tab_button = QPushButton(label)
            if ranged:
                self.tab_button.setToolTip(self.tr("该页不按统计期间筛选，显示的是全部记录"))
            self.tab_button.clicked.connect(self.show_in_tab)
            buttons.addWidget(self.tab_button)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        self._filter("")

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count.setText(self.tr("共 {n} 条").format(n=total) if shown == total
                           else self.tr("显示 {shown} / {n} 条").format(shown=shown, n=total))

    def _open_person(self, index) -> None:
        row = self.proxy.mapToSource(index).row()
        ids = self.listing.officer_ids
        if 0 <= row < len(ids) and ids[row]:
            self.person_requested.emit(ids[row])

    def main_window(self):
        """The main window this dialog's tab is in (the one with `show_rows(feature, **criteria)`), or None."""
        parent = self.parent()
        window = parent.window() if parent is not None else None
        return window if hasattr(window, "tab_for") and hasattr(window, "show_rows") else None

    def show_in_tab(self) -> bool:
        """Switch to the feature's tab with its filters set to these rows (as far as the tab has them).
        False when there is no such tab (the dialog then stays open)."""
        window = self.main_window()
        if window is None or window.tab_for(self.listing.tab) is None:
            return False
        window.show_rows(self.listing.tab, **self.listing.tab_filter)
        self.accept()
        return True


class ReportDialog(QDialog):
    """工作情况报告 options: the period (from the overview), 主送 and the date on the report."""

    def __init__(self, since: dt.date | None, until: dt.date | None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印工作情况报告"))
        settings = QSettings()
        self.addressee = QLineEdit(str(settings.value("overview/addressee", "") or ""))
        self.addressee.setPlaceholderText(self.tr("如：市政法队伍教育整顿领导小组办公室（可不填）"))
        self.issued = date_edit(dt.date.today())
        period = QLabel(Period("", since, until).text)
        form = QFormLayout()
        form.addRow(self.tr("统计期间"), period)
        form.addRow(self.tr("主送机关"), self.addressee)
        form.addRow(self.tr("成文日期"), self.issued)
        note = QLabel(self.tr("报告中的数字与“工作总览”页当前显示的一致（按所选统计期间，不按单位筛选）；"
                              "不含人员姓名、身份证号和谈话内容。"))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("生成并预览"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        QSettings().setValue("overview/addressee", self.addressee.text().strip())
        super().accept()

    def options(self) -> dict:
        return {"addressee": self.addressee.text().strip(), "issued_on": from_qdate(self.issued.date())}


class ExportAllDialog(QDialog):
    """Which sensitive columns go into the export-all workbook (only those the user may see are offered)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("导出全部台账"))
        text = QLabel(self.tr("把人员台账、学习活动、考勤明细、谈话记录、整改清单、承诺书、专项排查、任务督导、"
                              "会议与选树、我为群众办实事和建章立制导出到一个 Excel 文件，每个台账一张工作表。"))
        text.setWordWrap(True)
        self.with_ids = QCheckBox(self.tr("包含完整身份证号（默认隐去出生日期）"))
        self.with_content = QCheckBox(self.tr("包含谈话内容（主要内容、反映的问题、意见建议；保密信息）"))
        self.with_clues = QCheckBox(self.tr("包含问题线索登记表和个人自查事项（保密信息）"))
        self.may_see_ids = access.can(access.ID_NUMBERS)
        self.may_see_content = access.can(access.TALK_CONTENT)
        self.may_see_clues = access.can(access.CLUES)
        self.with_ids.setVisible(self.may_see_ids)
        self.with_content.setVisible(self.may_see_content)
        self.with_clues.setVisible(self.may_see_clues)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("选择文件并导出…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.with_ids)
        layout.addWidget(self.with_content)
        layout.addWidget(self.with_clues)
        layout.addWidget(buttons)
        margins = layout.contentsMargins()
        # A wrapped label's own size hint is one short line: ask it how tall it is at the dialog's width.
        text.setMinimumHeight(text.heightForWidth(520 - margins.left() - margins.right()))
        self.resize(520, self.sizeHint().height())

    def options(self) -> dict:
        return {"with_ids": self.may_see_ids and self.with_ids.isChecked(),
                "with_content": self.may_see_content and self.with_content.isChecked(),
                "with_clues": self.may_see_clues and self.with_clues.isChecked()}
