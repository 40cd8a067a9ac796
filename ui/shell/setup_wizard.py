"""The first-run wizard: four pages (单位信息, 文书落款与编号, 教育整顿阶段, 完成) that fill in the campaign
settings of a new, empty database, so its first notice does not print "××县".

Offered once, when the GUI has just made the file (文件 → 新建数据库, or the first start with no database):
never for the demo (its settings are set), for a file that existed before, for a read-only file, or in tests.
跳过 stores nothing and the wizard is not offered again for that file (it is no longer new); it stays one
click away in 文件 → 设置… → 设置向导…. 完成 stores everything at once; each page checks its own fields
before 下一步, so a mistake is shown on the page where it was made."""
from __future__ import annotations

from html import escape

from PySide6.QtWidgets import (QCheckBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget, QWizard,
                               QWizardPage)

from app.errors import AppError, ValidationError, ValidationErrors
from app.store import campaign

from ui.common import gc_policy
from ui.common.dates import from_qdate
from ui.common.form import INVALID_STYLE, fit_to_screen
from ui.common.worker import show_error
from ui.shell.campaign_fields import CampaignFields, can_change_settings

WIZARD_SIZE = (660, 480)


class _Page(QWizardPage):
    """A page of labelled fields that checks them (campaign.parse) before the wizard moves on."""

    def __init__(self, wizard: "SetupWizard", title: str, subtitle: str):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(title)
        self.setSubTitle(subtitle)
        self.outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.outer.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color:#b00020")
        self.outer.addWidget(self.error)  # under the fields, where the eye already is
        self.outer.addStretch(1)
        self.names: list[str] = []
        self.widgets: dict[str, QWidget] = {}

    def add(self, name: str, widget: QWidget, *, row_widget: QWidget | None = None) -> QWidget:
        self.form.addRow(QLabel(campaign.BY_NAME[name].label), row_widget or widget)
        self.names.append(name)
        self.widgets[campaign.BY_NAME[name].label] = widget
        return widget

    def page_values(self) -> dict[str, str]:
        values = self.wizard_.values()
        return {name: values[name] for name in self.names}

    def validatePage(self) -> bool:
        for widget in self.widgets.values():
            widget.setStyleSheet("")
            widget.setToolTip("")
        try:
            self.check()
        except AppError as exc:
            errors = exc.errors if isinstance(exc, ValidationErrors) else [exc] if isinstance(exc, ValidationError) else []
            for error in errors:
                widget = self.widgets.get(error.field)
                if widget is not None:
                    widget.setStyleSheet(INVALID_STYLE)
                    widget.setToolTip(error.reason)
            self.error.setText(str(exc))
            return False
        self.error.setText("")
        return True

    def check(self) -> None:
        campaign.parse(self.page_values(), campaign.CampaignSettings())


class OfficePage(_Page):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__(wizard, wizard.tr("单位信息"),
                         wizard.tr("本县（市、区）和教整办的名称，印在通知、报告和台账的标题与落款上。"
                                   "可以先跳过，以后在“文件 → 设置…”中填写。"))
        f = wizard.fields
        self.county = self.add("county", f.line("county"))
        self.office = self.add("office_name", f.line("office_name"))
        self.short = self.add("office_short_name", f.line("office_short_name"))
        self.committee = self.add("committee_name", f.line("committee_name"))
        # Names that follow from the county are filled in as it is typed, until the clerk changes them.
        self._follow = {edit: not edit.text() for edit in (self.office, self.short, self.committee)}
        for edit in self._follow:
            edit.textEdited.connect(lambda _text, edit=edit: self._follow.__setitem__(edit, False))
        self.county.textChanged.connect(self._county_changed)

    def _county_changed(self, text: str) -> None:
        county = text.strip()
        suggestions = {self.office: f"{county}{campaign.OFFICE_SUFFIX}",
                       self.short: f"{county[-1]}{campaign.DEFAULT_OFFICE_SHORT}" if county else "",  # 县教整办
                       self.committee: f"中共{county}委政法委员会"}
        for edit, suggestion in suggestions.items():
            if self._follow[edit]:
                edit.setText(suggestion if county else "")

    def check(self) -> None:
        if not self.county.text().strip():
            raise ValidationErrors([ValidationError(campaign.BY_NAME["county"].label,
                                                    "请填写，如 青山县（不想现在填写可点“跳过”）")])
        super().check()


class DocumentsPage(_Page):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__(wizard, wizard.tr("文书落款与编号"),
                         wizard.tr("通知、报告和回复函末尾的发文机关署名，整改清单的编号前缀，以及通知上的联系人。"))
        f = wizard.fields
        self.issuer = self.add("issuer", f.line("issuer"))
        self.prefix = self.add("code_prefix", f.line("code_prefix"))
        if not self.prefix.text():
            self.prefix.setText(campaign.DEFAULT_CODE_PREFIX)
        self.add("contact_person", f.line("contact_person"))
        self.add("contact_phone", f.line("contact_phone"))
        self.example = QLabel()
        self.example.setStyleSheet("color:#555")
        self.example.setWordWrap(True)
        self.form.addRow(self.example)
        self.prefix.textChanged.connect(self._update_example)

    def initializePage(self) -> None:
        office = self.wizard_.fields.lines["office_name"].text().strip()
        self.issuer.setPlaceholderText(self.tr("留空则用教整办全称：{office}").format(office=office) if office
                                       else self.tr("留空则用教整办全称"))
        self._update_example()

    def _update_example(self, *_args) -> None:
        prefix = self.prefix.text().strip() or campaign.DEFAULT_CODE_PREFIX
        self.example.setText(self.tr("整改清单编号示例：{code}").format(code=f"{prefix}-2021-001"))


class PhasesPage(_Page):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__(wizard, wizard.tr("教育整顿阶段"),
                         wizard.tr("学习教育、查纠整改、总结提升三个环节的起止日期：总览按阶段统计，学习活动按日期归入阶段。"))
        f = wizard.fields
        self.enabled = QCheckBox(self.tr("现在填写阶段日期"))
        self.enabled.setChecked(True)
        self.form.addRow(self.enabled)
        f.phase_dates()
        start_row = QWidget()
        row = QHBoxLayout(start_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(f.dates["study_start"], 1)
        spread = QPushButton(self.tr("按常规时长推算其余日期"))
        spread.clicked.connect(lambda: f.spread_from(from_qdate(f.dates["study_start"].date())))
        row.addWidget(spread)
        self.add("study_start", f.dates["study_start"], row_widget=start_row)
        for name in campaign.DATE_NAMES[1:]:
            self.add(name, f.dates[name])
        self.enabled.toggled.connect(lambda on: [w.setEnabled(on) for w in (start_row, *f.dates.values())])


class DonePage(QWizardPage):
    def __init__(self, wizard: "SetupWizard"):
        super().__init__()
        self.wizard_ = wizard
        self.setTitle(wizard.tr("完成"))
        self.setSubTitle(wizard.tr("点“完成”保存。以后可在“文件 → 设置…”中修改，或再次运行本向导。"))
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addStretch(1)

    def initializePage(self) -> None:
        try:
            s = campaign.parse(self.wizard_.values(), campaign.CampaignSettings())
        except AppError as exc:  # each page was checked; this is only for a page skipped by hand
            self.summary.setText(str(exc))
            return
        phases = "".join(f"<br>{'&nbsp;' * 6}{name}：{first:%Y-%m-%d} 至 {last:%Y-%m-%d}（{(last - first).days + 1}天）"
                         for name, first, last in s.phase_ranges())
        lines = [self.tr("报告标题：{title}").format(title=escape(f"{s.county_in_title}{s.campaign}工作情况报告")),
                 self.tr("落款：{issuer}").format(issuer=escape(s.signature)),
                 self.tr("整改编号：{code}").format(code=escape(f"{s.feedback_code_prefix}-2021-001")),
                 self.tr("阶段：{phases}").format(phases=phases or self.tr("暂未填写"))]
        self.summary.setText("<br>".join(lines))  # the names are escaped: an office name may hold a "<"


class SetupWizard(QWizard):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("SetupWizard")
        self.setWindowTitle(self.tr("设置向导"))
        gc_policy.collect_after(self)
        self.setWizardStyle(QWizard.ModernStyle)  # the same look on every platform (Aero only on Windows)
        self.setOption(QWizard.NoBackButtonOnStartPage, True)
        self.fields = CampaignFields(campaign.current())
        self.office_page = OfficePage(self)
        self.documents_page = DocumentsPage(self)
        self.phases_page = PhasesPage(self)
        self.done_page = DonePage(self)
        for page in (self.office_page, self.documents_page, self.phases_page, self.done_page):
            self.addPage(page)
        for button, text in ((QWizard.NextButton, self.tr("下一步(&N) >")), (QWizard.BackButton, self.tr("< 上一步(&B)")),
                             (QWizard.FinishButton, self.tr("完成(&F)")), (QWizard.CancelButton, self.tr("跳过"))):
            self.setButtonText(button, text)
        self.saved_value: campaign.CampaignSettings | None = None
        fit_to_screen(self, *WIZARD_SIZE)

    def values(self) -> dict[str, str]:
        return self.fields.values(with_dates=self.phases_page.enabled.isChecked())

    def accept(self) -> None:
        try:
            self.saved_value = campaign.save(campaign.parse(self.values(), campaign.CampaignSettings()))
        except AppError as exc:
            show_error(self, self.windowTitle(), exc)
            return
        super().accept()


def run_wizard(parent: QWidget | None = None) -> bool:
    """The wizard; True when its settings were saved."""
    wizard = SetupWizard(parent)
    return bool(wizard.exec())


def offer_first_run(parent: QWidget | None, *, new_file: bool) -> bool:
    """After the GUI opened a database: the wizard when that file was just made and nothing is set yet."""
    if not new_file or not can_change_settings() or campaign.current() != campaign.CampaignSettings():
        return False
    return run_wizard(parent)
