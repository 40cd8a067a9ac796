"""人员台账: officers, leaders outside the 政法 roster, and the trash; Excel in and out (ui.roster.excel_actions)."""
from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QLineEdit, QMenu, QMessageBox,
                               QPushButton, QStackedWidget, QTableView, QToolButton, QVBoxLayout)

from app.errors import AppError
from app.events import Topic
from app.roster.figures import counts as roster_counts
from app.roster.leaders import LeaderData, leader_rows
from app.roster.models import CATEGORIES, STATUSES
from app.roster.officers import officer_data_from_row, officer_rows, oversight_map
from app.roster.trash import (delete_leaders, delete_officers, purge_leaders, purge_officers, restore_leaders,
                              restore_officers)
from app.roster.units import units
from app.safety import access

from ui.common.editing import edit_only
from ui.common.tab import FeatureTab
from ui.roster import excel_actions
from ui.roster.models import LeaderTableModel, OfficerTableModel, TrashTableModel, trash_rows
from ui.roster.views import make_segments, make_table_view, shortcut


class RosterTab(FeatureTab):
    """Officers, outside leaders and the trash, one list at a time; search as you type, filters by unit,
    category and status (officers). show_rows(unit=, status=, category=) sets those filters."""

    TITLE = "人员台账"
    OFFICERS, LEADERS, TRASH = range(3)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.officer_model = OfficerTableModel(self)
        self.leader_model = LeaderTableModel(self)
        self.trash_model = TrashTableModel(self)
        self._counts: dict = {}
        self._reload_scheduled = False
        self._build()
        self.reload()

    # ------------------------------------------------------------ layout
    def _build(self) -> None:
        segment_bar, self.segments, self.segment_buttons = make_segments(
            self, (self.tr("干警名册"), self.tr("系统外领导干部"), self.tr("回收站")))
        self.segments.idClicked.connect(self.set_view)

        self.import_button = QPushButton(self.tr("导入 Excel…"))
        self.import_button.setToolTip(self.tr("从 Excel 表格批量导入干警，导入前先预览"))
        self.import_button.clicked.connect(lambda: self.import_excel())
        self.export_button = QPushButton(self.tr("导出 Excel"))
        export_menu = QMenu(self.export_button)
        export_menu.addAction(self.tr("导出人员台账…"), lambda: self.export_excel())
        export_menu.addAction(self.tr("导出空白模板…"), lambda: self.export_excel(template=True))
        self.export_button.setMenu(export_menu)

        top = QHBoxLayout()
        top.addLayout(segment_bar)
        top.addStretch(1)
        top.addWidget(self.import_button)
        top.addWidget(self.export_button)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("搜索姓名、单位、部门、职务或身份证号末几位"))
        self.search.setToolTip(self.tr("输入即搜索（Ctrl+F）。多个词用空格分开；数字只匹配身份证号的末几位。"))
        self.search.setMinimumWidth(320)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._focus_table)
        self.unit_filter = QComboBox()
        self.unit_filter.setMinimumContentsLength(10)
        self.unit_filter.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.category_filter = QComboBox()
        self.category_filter.addItem(self.tr("全部人员类别"), "")
        for value in CATEGORIES:
            self.category_filter.addItem(value, value)
        self.status_filter = QComboBox()
        self.status_filter.addItem(self.tr("全部在岗状态"), "")
        for value in STATUSES:
            self.status_filter.addItem(value, value)
        for box in (self.unit_filter, self.category_filter, self.status_filter):
            box.currentIndexChanged.connect(self._filters_changed)
        self.clear_filters = QToolButton()
        self.clear_filters.setText(self.tr("清除筛选"))
        self.clear_filters.clicked.connect(self.reset_filters)

        self.add_button = QPushButton(self.tr("新增"))
        self.add_button.setToolTip(self.tr("新增（Ctrl+N）"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("编辑"))
        self.edit_button.setToolTip(self.tr("编辑所选（回车）"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("删除"))
        self.delete_button.setToolTip(self.tr("移入回收站（Delete），可以恢复"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.restore_button = QPushButton(self.tr("恢复"))
        self.restore_button.setToolTip(self.tr("把所选记录恢复到名册（回车）"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button = QPushButton(self.tr("彻底删除"))
        self.purge_button.setToolTip(self.tr("从回收站中永久删除所选记录（Delete），不能恢复"))
        self.purge_button.clicked.connect(self.purge_selected)
        edit_only(self.import_button, self.add_button, self.edit_button, self.delete_button, self.restore_button,
                  self.purge_button)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.unit_filter)
        filters.addWidget(self.category_filter)
        filters.addWidget(self.status_filter)
        filters.addWidget(self.clear_filters)
        filters.addStretch(1)
        for button in (self.add_button, self.edit_button, self.delete_button, self.restore_button, self.purge_button):
            filters.addWidget(button)

        self.stack = QStackedWidget()
        self.officer_view = make_table_view(self.officer_model)
        self.leader_view = make_table_view(self.leader_model)
        self.trash_view = make_table_view(self.trash_model)
        self.views = [self.officer_view, self.leader_view, self.trash_view]
        self.models = [self.officer_model, self.leader_model, self.trash_model]
        for view in self.views:
            self.stack.addWidget(view)

        self.empty_label = QLabel()
        self.empty_label.setAlignment(Qt.AlignCenter)
        self.empty_label.setStyleSheet("color: #5f6b7a; padding: 24px; font-size: 11pt;")
        self.empty_label.setWordWrap(True)
        self.empty_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.stack, 1)

        shortcut(QKeySequence.Find, self, self._focus_search, Qt.WidgetWithChildrenShortcut)
        shortcut(QKeySequence.New, self, self.add, Qt.WidgetWithChildrenShortcut)
        shortcut(QKeySequence(Qt.Key_Escape), self.search, self.search.clear)
        shortcut(QKeySequence(Qt.Key_Down), self.search, self._focus_table)
        for view in self.views:
            for key in (Qt.Key_Return, Qt.Key_Enter):
                shortcut(QKeySequence(key), view, self._activate)
            shortcut(QKeySequence.Delete, view, self._delete_key)
            view.doubleClicked.connect(lambda _index: self._activate())
            view.selectionModel().selectionChanged.connect(self._selection_changed)
        self._restore_columns()

    # ------------------------------------------------------------ column layout kept across runs
    def _restore_columns(self) -> None:
        settings = QSettings()
        for index, view in enumerate(self.views):
            state = settings.value(f"roster/columns{index}")
            if state is not None:
                view.horizontalHeader().restoreState(state)
                view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)

    def save_columns(self) -> None:
        settings = QSettings()
        for index, view in enumerate(self.views):
            settings.setValue(f"roster/columns{index}", view.horizontalHeader().saveState())

    def can_close(self) -> bool:
        self.save_columns()
        return True

    # ------------------------------------------------------------ data
    def reload(self) -> None:
        self._reload_scheduled = False
        view = self.current_view()
        selected = self.selected_keys()
        self.officer_model.set_rows(officer_rows())
        self.leader_model.set_rows(leader_rows())
        self.trash_model.set_rows(trash_rows(officer_rows(trashed=True), leader_rows(trashed=True)))
        self._counts = roster_counts()
        self._fill_unit_filter()
        self._reselect(view, selected)
        self._update_ui()

    def schedule_reload(self) -> None:
        """Several change notifications in a row (an import, a batch) cost one reload, and none at all
        when the tab reloads by itself first (after its own edits, to select what was saved)."""
        if not self._reload_scheduled:
            self._reload_scheduled = True
            QTimer.singleShot(0, self._scheduled_reload)

    def _scheduled_reload(self) -> None:
        if self._reload_scheduled:
            self.reload()

    def on_changed(self, topic: Topic) -> None:
        if topic.touches(Topic.ROSTER):
            self.schedule_reload()

    def show_rows(self, unit: str | int | None = None, status: str | None = None, category: str | None = None,
                  **unknown) -> bool:
        """The officers list with these filters and no search: `unit` a unit's name (as the unit filter holds
        it) or its id, `status` a 在岗状态, `category` a 人员类别; None for all. A value the filters do not
        offer shows all for that filter; the answer is then False, as for criteria the tab does not know."""
        self.set_view(self.OFFICERS)
        applied = not unknown
        if isinstance(unit, int) and not isinstance(unit, bool):
            unit = next((u.name for u in units() if u.id == unit), None)
            applied = applied and unit is not None
        for box, value in ((self.unit_filter, unit), (self.status_filter, status), (self.category_filter, category)):
            index = box.findData(value or "")
            applied = applied and index >= 0
            box.blockSignals(True)
            box.setCurrentIndex(max(0, index))
            box.blockSignals(False)
        self.search.clear()
        self._filters_changed()
        return applied

    def _fill_unit_filter(self) -> None:
        current = self.unit_filter.currentData() or ""
        self.unit_filter.blockSignals(True)
        self.unit_filter.clear()
        self.unit_filter.addItem(self.tr("全部单位"), "")
        for unit in units():
            self.unit_filter.addItem(unit.short_name or unit.name, unit.name)
            self.unit_filter.setItemData(self.unit_filter.count() - 1, unit.name, Qt.ToolTipRole)
        index = self.unit_filter.findData(current)
        self.unit_filter.setCurrentIndex(max(0, index))
        self.unit_filter.blockSignals(False)
        if index < 0 and current:
            self._filters_changed()

    # ------------------------------------------------------------ views and filters
    def view_index(self) -> int:
        return self.stack.currentIndex()

    def current_view(self) -> QTableView:
        return self.views[self.view_index()]

    def current_model(self):
        return self.models[self.view_index()]

    def set_view(self, index: int) -> None:
        self.segment_buttons[index].setChecked(True)
        self.stack.setCurrentIndex(index)
        self.search.setPlaceholderText((self.tr("搜索姓名、单位、部门、职务或身份证号末几位"),
                                        self.tr("搜索姓名、单位、职务"), self.tr("搜索姓名、单位、部门或职务"))[index])
        self.current_model().set_search(self.search.text())
        self._update_ui()

    def _search_changed(self, text: str) -> None:
        model = self.current_model()
        selected = self.selected_keys()
        model.set_search(text)
        self._reselect(self.current_view(), selected)
        self._update_ui()

    def _filters_changed(self) -> None:
        self.officer_model.set_filters(self.unit_filter.currentData() or "", self.category_filter.currentData() or "",
                                       self.status_filter.currentData() or "")
        self._update_ui()

    def reset_filters(self) -> None:
        for box in (self.unit_filter, self.category_filter, self.status_filter):
            box.blockSignals(True)
            box.setCurrentIndex(0)
            box.blockSignals(False)
        self.search.clear()
        self._filters_changed()

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _focus_table(self) -> None:
        view = self.current_view()
        view.setFocus()
        if view.model().rowCount() and not view.selectionModel().hasSelection():
            view.selectRow(0)

    # ------------------------------------------------------------ selection
    def selected_rows(self) -> list[int]:
        view = self.current_view()
        return sorted({index.row() for index in view.selectionModel().selectedRows()})

    def selected_keys(self) -> list[tuple[str, int]]:
        model, index = self.current_model(), self.view_index()
        keys = []
        for row in self.selected_rows():
            record = model.row_at(row)
            keys.append(model.key_of(record) if index == self.TRASH else (("officer", "leader")[index], record.id))
        return keys

    def _reselect(self, view: QTableView, keys: list[tuple[str, int]]) -> None:
        if not keys:
            return
        model = view.model()
        rows = model.view_rows_of(keys if isinstance(model, TrashTableModel) else [i for _k, i in keys])
        selection = view.selectionModel()
        selection.clearSelection()
        if rows:
            selection.setCurrentIndex(model.index(rows[0], 0), QItemSelectionModel.NoUpdate)
        for row in rows:
            selection.select(model.index(row, 0), QItemSelectionModel.Select | QItemSelectionModel.Rows)

    def select_ids(self, ids: list[int]) -> None:
        kind = ("officer", "leader", None)[self.view_index()]
        self._reselect(self.current_view(), [(kind, i) for i in ids])

    # ------------------------------------------------------------ actions
    def _activate(self) -> None:
        if self.view_index() == self.TRASH:
            self.restore_selected()
        else:
            self.edit_selected()

    def _delete_key(self) -> None:
        if self.view_index() == self.TRASH:
            self.purge_selected()
        else:
            self.delete_selected()

    def add(self) -> None:
        if not access.can(access.EDIT):
            return
        from ui.roster.dialogs import LeaderDialog, OfficerDialog

        if self.view_index() == self.LEADERS:
            dialog = LeaderDialog(self, organizations=self._organizations())
        else:
            if self.view_index() == self.TRASH:
                self.set_view(self.OFFICERS)
            dialog = OfficerDialog(self, default_unit=self.unit_filter.currentData() or "")
        if dialog.exec() and dialog.saved_value is not None:
            self.reload()
            self._show_saved(dialog.saved_value)

    def _show_saved(self, record_id: int) -> None:
        model = self.current_model()
        if not model.view_rows_of([record_id]):
            self.reset_filters()  # a filter would hide what was just saved
        self.select_ids([record_id])
        rows = model.view_rows_of([record_id])
        if rows:
            self.current_view().scrollTo(model.index(rows[0], 0))

    def edit_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 1 or self.view_index() == self.TRASH or not access.can(access.EDIT):
            return
        from ui.roster.dialogs import LeaderDialog, OfficerDialog

        model = self.current_model()
        record = model.row_at(rows[0])
        if self.view_index() == self.LEADERS:
            data = LeaderData(name=record.name, organization=record.organization, post=record.post,
                              phone=record.phone, remarks=record.remarks)
            dialog = LeaderDialog(self, data=data, leader_id=record.id, organizations=self._organizations())
        else:
            data = officer_data_from_row(record, oversight_map().get(record.id, []))
            dialog = OfficerDialog(self, data=data, officer_id=record.id)
        if dialog.exec() and dialog.saved_value is not None:
            self.reload()
            self._show_saved(dialog.saved_value)

    def _organizations(self) -> list[str]:
        return sorted({r.organization for r in self.leader_model.all_rows()})

    def delete_selected(self) -> None:
        keys = self.selected_keys()
        if not keys or self.view_index() == self.TRASH or not access.can(access.EDIT):
            return
        model = self.current_model()
        names = [model.row_at(r).name for r in self.selected_rows()]
        shown = "、".join(names[:5]) + (self.tr("等 %1 人").replace("%1", str(len(names))) if len(names) > 5 else "")
        answer = QMessageBox.question(
            self, self.tr("移入回收站"),
            self.tr("把 %1 移入回收站？\n\n移入回收站后不再计入各项统计，可以在“回收站”中恢复。").replace("%1", shown),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.Yes)
        if answer != QMessageBox.Yes:
            return
        ids = [i for _k, i in keys]
        next_row = min(self.selected_rows())
        if self.view_index() == self.LEADERS:
            delete_leaders(ids)
        else:
            delete_officers(ids)
        self.reload()
        view = self.current_view()
        if view.model().rowCount():
            view.selectRow(min(next_row, view.model().rowCount() - 1))

    def restore_selected(self) -> None:
        keys = self.selected_keys()
        if not keys or self.view_index() != self.TRASH or not access.can(access.EDIT):
            return
        officers = [i for kind, i in keys if kind == "officer"]
        leaders = [i for kind, i in keys if kind == "leader"]
        if officers:
            restore_officers(officers)
        if leaders:
            restore_leaders(leaders)
        self.reload()

    def purge_selected(self) -> None:
        keys = self.selected_keys()
        if not keys or self.view_index() != self.TRASH or not access.can(access.EDIT):
            return
        answer = QMessageBox.warning(
            self, self.tr("彻底删除"),
            self.tr("永久删除所选的 %1 条记录？此操作不能撤销。").replace("%1", str(len(keys))),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
        try:
            officers = [i for kind, i in keys if kind == "officer"]
            leaders = [i for kind, i in keys if kind == "leader"]
            if officers:
                purge_officers(officers)
            if leaders:
                purge_leaders(leaders)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("彻底删除"), str(exc))
        self.reload()

    # ------------------------------------------------------------ Excel (ui.roster.excel_actions)
    def import_actions(self) -> list[QAction]:
        return excel_actions.import_actions(self)

    def export_actions(self) -> list[QAction]:
        return excel_actions.export_actions(self)

    def import_excel(self, path: str | None = None) -> None:
        excel_actions.import_excel(self, path)

    def export_excel(self, path: str | None = None, *, template: bool = False) -> None:
        excel_actions.export_excel(self, path, template=template)

    # ------------------------------------------------------------ state shown
    def _selection_changed(self) -> None:
        self._update_buttons()
        self.status_changed.emit()

    def _update_buttons(self) -> None:
        index = self.view_index()
        count = len(self.selected_rows())
        in_trash = index == self.TRASH
        for button in (self.add_button, self.edit_button, self.delete_button):
            button.setVisible(not in_trash)
        for button in (self.restore_button, self.purge_button):
            button.setVisible(in_trash)
        self.edit_button.setEnabled(count == 1)
        self.delete_button.setEnabled(count > 0)
        self.restore_button.setEnabled(count > 0)
        self.purge_button.setEnabled(count > 0)

    def _update_ui(self) -> None:
        index = self.view_index()
        for box in (self.unit_filter, self.category_filter, self.status_filter, self.clear_filters):
            box.setVisible(index == self.OFFICERS)
        counts = self._counts
        labels = (self.tr("干警名册 %1"), self.tr("系统外领导干部 %1"), self.tr("回收站 %1"))
        for button, label, value in zip(self.segment_buttons, labels,
                                        (counts.get("officers", 0), counts.get("outside_leaders", 0),
                                         counts.get("trash", 0))):
            button.setText(label.replace("%1", str(value)))
        model = self.current_model()
        if model.total() == 0:
            self.empty_label.setText((
                self.tr("名册中还没有人员。点击“新增”逐个录入，或点击“导入 Excel…”从表格批量导入。"),
                self.tr("还没有系统外领导干部。点击“新增”录入签订公开承诺的党政领导干部。"),
                self.tr("回收站是空的。删除的人员会先放在这里，可以恢复。"))[index])
        elif model.shown() == 0:
            self.empty_label.setText(self.tr("没有符合条件的记录。"))
        self.empty_label.setVisible(model.shown() == 0)
        self.stack.setVisible(model.shown() > 0)
        self._update_buttons()
        self.status_changed.emit()

    def status_text(self) -> str:
        counts = self._counts
        model = self.current_model()
        index = self.view_index()
        if index == self.OFFICERS:
            text = self.tr("干警 %1 人，其中在岗且纳入教育整顿 %2 人").replace(
                "%1", str(counts.get("officers", 0))).replace("%2", str(counts.get("officers_in_campaign", 0)))
        elif index == self.LEADERS:
            text = self.tr("系统外领导干部 %1 人").replace("%1", str(counts.get("outside_leaders", 0)))
        else:
            text = self.tr("回收站中 %1 条记录").replace("%1", str(counts.get("trash", 0)))
        if model.shown() != model.total():
            text += self.tr("；筛选后显示 %1 条").replace("%1", str(model.shown()))
        selected = len(self.selected_rows())
        if selected > 1:
            text += self.tr("；已选 %1 条").replace("%1", str(selected))
        return text

    def screenshot_states(self) -> list:
        """For tools/render_screens.py: the states in ui.roster.screens."""
        from ui.roster.screens import screenshot_states

        return screenshot_states(self)
