"""The main window: one tab per feature, 文件/帮助 menus, status bar, state kept across runs."""
from __future__ import annotations

import importlib
import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from app import __version__, events
from app.store.db import current_path
from app.workbench import open_database
from app.errors import AppError

from ui.common import editing
from ui.common.i18n import app_display_name
from ui.shell.tabs import MENU_EXTENSIONS, TABS, tab_class, tab_title

log = logging.getLogger(__name__)


class ChangeBridge(QObject):
    """Core change notifications (possibly from a worker thread) → a signal on the GUI thread."""

    changed = Signal(str)  # the Topic's text: only plain values cross threads

    def __init__(self, parent=None):
        super().__init__(parent)
        events.subscribe(self._forward)

    def _forward(self, topic: events.Topic) -> None:
        self.changed.emit(topic.value)

    def detach(self) -> None:
        events.unsubscribe(self._forward)


class TabPlaceholder(QWidget):
    """The page of a tab not built yet. Painted once, it asks for its tab (`painted`, after that paint):
    the window is on screen with its menus and tab titles before the first tab's figures are counted."""

    painted = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._asked = False

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._asked:
            self._asked = True
            # After this paint has reached the screen; a child timer, so it dies with a page swapped meanwhile.
            timer = QTimer(self)
            timer.setSingleShot(True)
            timer.timeout.connect(self.painted)
            timer.start(0)


class MainWindow(QMainWindow):
    """first_tab_after_paint: build the tab shown first only once the window has been painted (the program's
    start, ui.shell.application.run_gui); otherwise it is built here (tests, tools)."""

    closing = Signal()  # emitted when the window is about to close for good (backups, locks)

    def __init__(self, *, first_tab_after_paint: bool = False):
        super().__init__()
        self.setMinimumSize(960, 600)
        self.bridge = ChangeBridge(self)
        self.bridge.changed.connect(self._on_changed)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.status_label = QLabel()
        self.statusBar().addWidget(self.status_label, 1)
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)
        self._build_tabs()
        self._build_menus()
        self.tabs.currentChanged.connect(self._on_tab_shown)
        self._restore_state()
        if not first_tab_after_paint:
            self.tab_at(self.tabs.currentIndex())
        self._update_title()
        self.update_status()

    # ------------------------------------------------------------ tabs
    # A tab is built the first time it is shown, and its module imported then: start-up pays for one tab,
    # not for every feature's imports and queries. Until then its page is an empty placeholder and its title
    # comes from the registry (ui.shell.tabs); `tab_widgets` builds them all when asked.
    def _build_tabs(self) -> None:
        self._tab_classes: dict[int, type] = {}
        self._built: dict[int, object] = {}
        for entry in TABS:
            class_name = entry[1]
            # Tab titles are class attributes, not tr() calls: translated in the tab class's own context
            # (tools/update_translations.py extracts them from ui.shell.tabs.TABS).
            placeholder = TabPlaceholder()
            placeholder.painted.connect(lambda page=placeholder: self._on_tab_shown(self.tabs.indexOf(page)))
            self.tabs.addTab(placeholder, QCoreApplication.translate(class_name, tab_title(entry)))

    def _tab_class(self, index: int) -> type:
        cls = self._tab_classes.get(index)
        if cls is None:
            cls = self._tab_classes[index] = tab_class(TABS[index])
        return cls

    def tab_at(self, index: int):
        """The feature tab at `index`, built now if it has not been shown yet."""
        if not 0 <= index < len(TABS):
            return None
        widget = self._built.get(index)
        if widget is None:
            widget = self._tab_class(index)(self)
            self._built[index] = widget
            placeholder, title = self.tabs.widget(index), self.tabs.tabText(index)
            blocked = self.tabs.blockSignals(True)
            current = self.tabs.currentIndex()
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, widget, title)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(blocked)
            placeholder.deleteLater()
            if hasattr(widget, "status_changed"):
                widget.status_changed.connect(self.update_status)
        return widget

    def tab_for(self, feature: str):
        """The tab of a feature ("roster", "study", …: its package ui.<feature>), built if need be."""
        for index, (module_name, _class_name) in enumerate(TABS):
            if module_name == f"ui.{feature}.tab":
                return self.tab_at(index)
        return None

    def show_rows(self, feature: str, **criteria) -> bool:
        """Switch to the feature's tab and show the rows matching `criteria` (FeatureTab.show_rows).
        False when there is no such tab or it could not apply every criterion."""
        tab = self.tab_for(feature)
        if tab is None:
            return False
        self.tabs.setCurrentWidget(tab)
        return bool(tab.show_rows(**criteria))

    @property
    def tab_widgets(self) -> list:
        """Every feature tab, building those not shown yet (menus, tools, tests)."""
        return [self.tab_at(i) for i in range(len(TABS))]

    def built_tabs(self) -> list:
        return [self._built[i] for i in sorted(self._built)]

    def _on_tab_shown(self, index: int) -> None:
        self.tab_at(index)  # -1 (a placeholder already swapped for its tab) does nothing
        self.update_status()

    def _on_changed(self, text: str) -> None:
        topic = events.Topic(text)
        if topic in (events.Topic.DATABASE, events.Topic.ACCOUNTS):  # who may edit may have changed
            editing.refresh(self)
        for widget in self.built_tabs():  # a tab built later reads fresh data when it is built
            widget.on_changed(topic)
        self.update_status()

    def update_status(self) -> None:
        widget = self._built.get(self.tabs.currentIndex())
        text = widget.status_text() if widget is not None and hasattr(widget, "status_text") else ""
        self.status_label.setText(text)

    # ------------------------------------------------------------ menus
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        # No Ctrl+N here: tabs use it for a new record, which clerks do far more often.
        new_action = QAction(self.tr("新建数据库(&N)…"), self, triggered=self.new_database)
        open_action = QAction(self.tr("打开数据库(&O)…"), self, triggered=self.choose_database)
        # setShortcuts, not setShortcut: resolving setShortcut's overloads makes all of Qt's `Qt` enums in Python
        # (~40 ms), before the window is painted.
        open_action.setShortcuts(QKeySequence.Open)
        file_menu.addActions([new_action, open_action])
        file_menu.addSeparator()
        import_menu = file_menu.addMenu(self.tr("导入(&I)"))
        export_menu = file_menu.addMenu(self.tr("导出(&E)"))
        self._tab_menus = {"import_actions": import_menu, "export_actions": export_menu}
        # The tabs' own import/export actions are added when the 文件 menu first opens (importing every tab
        # module and building the tabs that have such actions); the submenus are enabled then.
        file_menu.aboutToShow.connect(self.fill_tab_menus)
        self.extra_file_actions_anchor = file_menu.addSeparator()
        self.file_menu = file_menu
        quit_action = QAction(self.tr("退出(&X)"), self, triggered=self.close)
        quit_action.setShortcuts(QKeySequence.Quit)
        file_menu.addAction(quit_action)
        for module_name, function_name in MENU_EXTENSIONS:
            getattr(importlib.import_module(module_name), function_name)(self)
        self.help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self.help_menu.addAction(QAction(self.tr("关于(&A)"), self, triggered=self.about))

    def fill_tab_menus(self) -> None:
        for hook, menu in self._tab_menus.items():
            if menu.actions():
                continue
            for index in range(len(TABS)):
                if hasattr(self._tab_class(index), hook):
                    menu.addActions(getattr(self.tab_at(index), hook)())
            menu.setEnabled(bool(menu.actions()))

    def about(self) -> None:
        path = current_path()
        name = app_display_name()
        QMessageBox.about(self, self.tr("关于{name}").format(name=name),
                          f"<h3>{name} {__version__}</h3>"
                          + self.tr("<p>政法队伍教育整顿工作台账：人员台账、学习教育、谈心谈话、征求意见、承诺书签订。</p>"
                                    "<p>数据只保存在本机，不联网。</p>")
                          + self.tr("<p>当前数据库：{path}</p>").format(path=path if path else self.tr("（非本地文件）")))

    # ------------------------------------------------------------ databases
    def new_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("新建数据库"),
                                              str(self._db_folder() / self.tr("新数据库.db")),
                                              self.tr("教育整顿数据库 (*.db)"))
        if not path:
            return
        target = Path(path)
        if target.exists():
            QMessageBox.warning(self, self.tr("新建数据库"),
                                self.tr("文件 {name} 已存在，请换一个文件名。").format(name=target.name))
            return
        if self._switch_database(target):
            from ui.shell.setup_wizard import offer_first_run

            offer_first_run(self, new_file=True)  # a new file prints ××县 until the county is set

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("打开数据库"), str(self._db_folder()),
                                              self.tr("教育整顿数据库 (*.db *.sqlite);;所有文件 (*)"))
        if path:
            self._switch_database(Path(path))

    def _db_folder(self) -> Path:
        path = current_path()
        return path.parent if path else Path.home()

    def _switch_database(self, target: Path) -> bool:
        previous = current_path()
        try:
            open_database(target)
        except AppError as exc:
            QMessageBox.warning(self, self.tr("打开数据库"), str(exc))
            if previous is not None:
                open_database(previous)
            return False
        QSettings().setValue("last_database", str(target))
        self._update_title()
        events.changed(events.Topic.DATABASE)
        return True

    def _update_title(self) -> None:
        path = current_path()
        # Only the file: Windows and X11 append the application display name themselves ("x.db - 教育整顿工作台").
        self.setWindowTitle(path.name if path else "")
        # The file name only: a full path would crowd out the tab's own figures; the path is in the tooltip.
        self.db_label.setText(self.tr("数据库：{path}").format(path=path.name) if path else "")
        self.db_label.setToolTip(str(path) if path else "")

    # ------------------------------------------------------------ window state
    def _restore_state(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry) and self._on_screen():
            pass
        else:
            screen = QGuiApplication.primaryScreen().availableGeometry()
            self.resize(min(1280, screen.width() - 40), min(800, screen.height() - 60))
            self.move(screen.center() - self.rect().center())
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        index = int(settings.value("window/tab", 0) or 0)
        if 0 <= index < self.tabs.count():
            self.tabs.setCurrentIndex(index)

    def _on_screen(self) -> bool:
        """A window saved on a monitor that is gone would open out of sight."""
        frame = self.frameGeometry()
        return any(screen.availableGeometry().intersects(frame) for screen in QGuiApplication.screens())

    def closeEvent(self, event) -> None:
        for widget in self.built_tabs():
            can_close = getattr(widget, "can_close", None)
            if can_close is not None and not can_close():
                event.ignore()
                return
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        settings.setValue("window/tab", self.tabs.currentIndex())
        self.closing.emit()
        self.bridge.detach()
        super().closeEvent(event)
