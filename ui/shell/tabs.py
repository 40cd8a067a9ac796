"""The tabs of the main window, in order. Each entry is (module, class): the module is ui.<feature>.tab,
which is how `MainWindow.tab_for(feature)` finds it. A tab class derives from ui.common.tab.FeatureTab
(on_changed(topic), show_rows(**criteria), status_text(), can_close()) and may define
`import_actions() -> list[QAction]`, `export_actions() -> list[QAction]`."""

TABS: list[tuple[str, str]] = [
    ("ui.overview.tab", "OverviewTab"),  # first: the campaign at a glance
    ("ui.roster.tab", "RosterTab"),
    ("ui.study.tab", "StudyTab"),
    ("ui.talks.tab", "TalksTab"),
    ("ui.feedback.tab", "FeedbackTab"),
    ("ui.rectify.tab", "RectifyTab"),
    ("ui.service.tab", "ServiceTab"),
    ("ui.pledges.tab", "PledgesTab"),
]

# (module, function): each function(main_window) adds its menus or actions (e.g. 备份/恢复, 用户管理).
# They run after the 文件 menu is built and before 帮助; `main_window.file_menu` and
# `main_window.extra_file_actions_anchor` (a separator before 退出) are there to insert into.
MENU_EXTENSIONS: list[tuple[str, str]] = [
    ("ui.safety.menu", "install"),  # 数据: backups, restore, check, audit log, accounts, encryption
    ("ui.common.i18n", "add_language_menu"),  # 文件 → 界面语言 / Language
    ("ui.shell.campaign_settings", "install"),  # 文件 → 设置…: county, office, issuer, phase dates
]
