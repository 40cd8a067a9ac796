"""文件 → 设置…: the campaign settings (app.store.campaign) in three groups — 单位信息, 教育整顿阶段, 文书 — on
the shared FormDialog, so a refused save (a phase out of order, a county with no 县) keeps the dialog open
with the field marked. The first-run wizard (ui.shell.setup_wizard) can be run again from here.
Installed through ui.shell.tabs.MENU_EXTENSIONS."""
from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.store import campaign

from ui.common.dates import from_qdate
from ui.common.form import FormDialog, fit_to_screen
from ui.shell.campaign_fields import CampaignFields, can_change_settings

DIALOG_SIZE = (980, 450)  # two columns: fits 1366×768 with no scrolling


class SettingsDialog(FormDialog):
    """设置: every campaign setting, grouped; 保存 checks them all and stores them at once."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, title=self.tr("设置"))
        self.setObjectName("SettingsDialog")
        self.wizard_requested = False
        self.groups: dict[str, QGroupBox] = {}
        current = campaign.current()
        self.fields = f = CampaignFields(current)
        intro = QLabel(self.tr("这些名称和日期印在通知、报告、回复函、承诺书和台账上，随数据库文件保存。"
                               "未填写的项目在文书中显示为“××”占位。"))
        intro.setWordWrap(True)
        self.form.addRow(intro)
        columns = QWidget()
        row = QHBoxLayout(columns)
        row.setContentsMargins(0, 0, 0, 0)
        self.left_column, self.right_column = QVBoxLayout(), QVBoxLayout()
        row.addLayout(self.left_column, 1)
        row.addLayout(self.right_column, 1)
        self.form.addRow(columns)

        office = self._group(campaign.GROUP_OFFICE)
        for name in ("county", "committee_name", "office_name", "office_short_name", "contact_person",
                     "contact_phone"):
            self._add(office, name, f.line(name))

        phases = self._group(campaign.GROUP_PHASES)
        self.phases_box = self.groups[campaign.GROUP_PHASES]
        self.phases_box.setCheckable(True)
        self.phases_box.setChecked(current.study_start is not None)
        f.phase_dates()
        start_row = QWidget()
        start_layout = QHBoxLayout(start_row)
        start_layout.setContentsMargins(0, 0, 0, 0)
        start_layout.addWidget(f.dates["study_start"], 1)
        self.spread_button = QPushButton(self.tr("按常规时长推算其余日期"))
        self.spread_button.setToolTip(self.tr("学习教育约30天、查纠整改约75天、总结提升约15天"))
        self.spread_button.clicked.connect(
            lambda: f.spread_from(from_qdate(f.dates["study_start"].date())))
        start_layout.addWidget(self.spread_button)
        phases.addRow(QLabel(campaign.BY_NAME["study_start"].label), start_row)
        self.name_field(campaign.BY_NAME["study_start"].label, f.dates["study_start"])
        for name in campaign.DATE_NAMES[1:]:
            self._add(phases, name, f.dates[name])
        self.phase_note = QLabel()
        self.phase_note.setStyleSheet("color:#555")
        phases.addRow(self.phase_note)
        for edit in f.dates.values():
            edit.dateChanged.connect(self._update_phase_note)
        self.phases_box.toggled.connect(self._update_phase_note)

        documents = self._group(campaign.GROUP_DOCUMENTS)
        for name in ("issuer", "campaign_name", "code_prefix"):
            self._add(documents, name, f.line(name))
        f.lines["issuer"].setPlaceholderText(self.tr("留空则用教整办全称"))
        self.left_column.addStretch(1)
        self.right_column.addStretch(1)

        self.wizard_button = QPushButton(self.tr("设置向导…"))
        self.wizard_button.setToolTip(self.tr("按步骤重新填写单位信息、文书落款和阶段日期"))
        self.wizard_button.clicked.connect(self._ask_for_wizard)
        self.buttons.addButton(self.wizard_button, self.buttons.ButtonRole.ResetRole)

        if not can_change_settings():
            self.save_button.setEnabled(False)
            self.wizard_button.setEnabled(False)
            self.save_button.setToolTip(self.tr("当前账户只能查阅，或数据库以只读方式打开，不能修改设置"))
        self._update_phase_note()
        fit_to_screen(self, *DIALOG_SIZE)

    def _group(self, title: str) -> QFormLayout:
        """A group box in the left column (单位信息) or the right one (阶段, 文书)."""
        box = QGroupBox(title)
        self.groups[title] = box
        layout = QFormLayout(box)
        column = self.left_column if title == campaign.GROUP_OFFICE else self.right_column
        column.addWidget(box)
        return layout

    def _add(self, layout: QFormLayout, name: str, widget: QWidget) -> QLabel:
        text = campaign.BY_NAME[name].label
        label = QLabel(text)
        # One label width in both groups of the left column, so their fields line up.
        label.setMinimumWidth(label.fontMetrics().horizontalAdvance("县（市、区）名称") + 4)
        layout.addRow(label, widget)
        self.name_field(text, widget)
        return label

    def _update_phase_note(self, *_args) -> None:
        if not self.phases_box.isChecked():
            self.phase_note.setText(self.tr("未填写阶段日期：总览没有按阶段统计的选项。"))
            return
        days = [from_qdate(self.fields.dates[name].date()) for name in campaign.DATE_NAMES]
        lengths = [(days[1] - days[0]).days, (days[2] - days[1]).days, (days[3] - days[2]).days + 1]
        out_of_order = min(lengths[:2]) <= 0 or lengths[2] <= 1
        self.phase_note.setStyleSheet("color:#b00020" if out_of_order else "color:#555")
        if out_of_order:
            self.phase_note.setText(self.tr("日期顺序不对：每个环节应在上一个环节开始之后开始"))
            return
        self.phase_note.setText(self.tr("学习教育{a}天，查纠整改{b}天，总结提升{c}天").format(
            a=lengths[0], b=lengths[1], c=lengths[2]))

    def _ask_for_wizard(self) -> None:
        """Close and let the caller open the wizard (one modal window at a time)."""
        self.wizard_requested = True
        self.reject()

    def settings_to_save(self) -> dict[str, str]:
        return self.fields.values(with_dates=self.phases_box.isChecked())

    def save(self):
        # Every field is on the form, so the form's values are the whole settings (not changes to them).
        return campaign.save(campaign.parse(self.settings_to_save(), campaign.CampaignSettings()))


def open_settings(parent: QWidget | None = None) -> bool:
    """The settings dialog; its 设置向导… button runs the wizard instead. True when something was saved."""
    dialog = SettingsDialog(parent)
    saved = bool(dialog.exec())
    if dialog.wizard_requested:
        from ui.shell.setup_wizard import run_wizard

        return run_wizard(parent)
    return saved


def install(window) -> None:
    """文件 → 设置… (before 退出), where a clerk looks for the office's name and the campaign's dates."""
    action = QAction(window.tr("设置(&S)…"), window)
    action.setObjectName("campaign_settings_action")
    action.triggered.connect(lambda: open_settings(window))
    window.file_menu.insertAction(window.extra_file_actions_anchor, action)
    window.campaign_settings_action = action

