"""The tabs of the main window, in order, and what the window needs of each before the tab is built.

Each entry is `Tab(module, class, title)`: the module is ui.<feature>.tab, which is how
`MainWindow.tab_for(feature)` finds it; the title is the class's `TITLE` (translated in the class's context,
as tools/update_translations.py extracts it). With the title here, the window shows every tab's name
without importing the tab's module: a module is imported when its tab is first shown (start-up pays for the
overview only). tests/ui/shell/test_lazy_tabs.py checks the titles against the classes.

A `Tab` unpacks and compares as the plain pair `(module, class)`, so `for module, cls in TABS` and
`("ui.study.tab", "StudyTab") in TABS` keep working. A plain 2-tuple is still accepted (its module is then
imported at start-up to read its TITLE; the test above asks for the title to be written here).

A tab class derives from ui.common.tab.FeatureTab (on_changed(topic), show_rows(**criteria), status_text(),
can_close()) and may define `import_actions() -> list[QAction]`, `export_actions() -> list[QAction]`.
This module imports nothing of Qt or of the tabs: build.spec reads it."""
from __future__ import annotations

import importlib


class Tab(tuple):
    """(module, class name) with the tab's title beside it, not inside the pair (see the module docstring)."""

    def __new__(cls, module: str, class_name: str, title: str):
        entry = super().__new__(cls, (module, class_name))
        entry.title = title
        return entry

    def __repr__(self) -> str:
        return f"Tab({self[0]!r}, {self[1]!r}, {self.title!r})"


TABS: list[tuple[str, str]] = [
    Tab("ui.overview.tab", "OverviewTab", "工作总览"),  # first: the campaign at a glance
    Tab("ui.roster.tab", "RosterTab", "人员台账"),
    Tab("ui.study.tab", "StudyTab", "学习教育"),
    Tab("ui.talks.tab", "TalksTab", "谈心谈话"),
    Tab("ui.feedback.tab", "FeedbackTab", "征求意见"),
    Tab("ui.rectify.tab", "RectifyTab", "查纠整改"),
    Tab("ui.pledges.tab", "PledgesTab", "承诺书签订"),
    Tab("ui.tasks.tab", "TasksTab", "任务督导"),
    Tab("ui.affairs.tab", "AffairsTab", "会议与选树"),
    Tab("ui.service.tab", "ServiceTab", "我为群众办实事"),
]


def tab_class(entry: tuple[str, str]) -> type:
    """The entry's tab class (importing its module)."""
    module_name, class_name = entry
    return getattr(importlib.import_module(module_name), class_name)


def tab_title(entry: tuple[str, str]) -> str:
    """The untranslated title of a tab; for a plain (module, class) pair, read from the class."""
    title = getattr(entry, "title", None)
    if title is None:
        title = getattr(tab_class(entry), "TITLE", "") or entry[1]
    return title


# (module, function): each function(main_window) adds its menus or actions (e.g. 备份/恢复, 用户管理).
# They run after the 文件 menu is built and before 帮助; `main_window.file_menu` and
# `main_window.extra_file_actions_anchor` (a separator before 退出) are there to insert into.
MENU_EXTENSIONS: list[tuple[str, str]] = [
    ("ui.safety.menu", "install"),  # 数据: backups, restore, check, audit log, accounts, encryption
    ("ui.common.i18n", "add_language_menu"),  # 文件 → 界面语言 / Language
    ("ui.shell.campaign_settings", "install"),  # 文件 → 设置…: county, office, issuer, phase dates
]
