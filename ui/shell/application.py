"""Start the GUI: logging, crash dialog, fonts, the database, then the main window."""
from __future__ import annotations

import logging
import os
import sys
import traceback

from app import APP_ID, APP_NAME, __version__
from app.paths import default_database_path, log_path, resource_path

log = logging.getLogger("jiaozheng")

UI_FONT_FILE = "ZFHei-Regular.ttf"
PREFERRED_UI_FAMILIES = ["Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC",
                         "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei"]


def setup_logging() -> None:
    from app.common.logfile import RotatingLog

    root = logging.getLogger()
    root.addHandler(RotatingLog(log_path()))
    root.setLevel(logging.INFO)


def install_excepthook() -> None:
    """An unhandled exception is logged and shown in a dialog; the program keeps running."""

    def hook(exc_type, exc, tb):
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unhandled exception:\n%s", text)
        from PySide6.QtWidgets import QApplication, QMessageBox

        from app.errors import AppError

        if QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        from ui.common.i18n import app_display_name, translate

        if isinstance(exc, AppError):
            QMessageBox.warning(None, app_display_name(), str(exc))
            return
        box = QMessageBox(QMessageBox.Critical, app_display_name(),
                          translate("Application", "程序遇到意外错误，当前操作未完成。\n\n{error}\n\n"
                                    "详细信息已记录到：{log}").format(error=f"{exc_type.__name__}: {exc}",
                                                                 log=log_path()))
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def apply_fonts(app) -> str:
    """Load the bundled CJK font so Chinese never shows as boxes, and pick the UI font family."""
    from PySide6.QtGui import QFont, QFontDatabase

    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", UI_FONT_FILE)))
    bundled = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    installed = set(QFontDatabase.families())
    families = [f for f in PREFERRED_UI_FAMILIES if f in installed] + list(bundled)
    font = QFont(app.font())
    if families:
        font.setFamilies(families)
    font.setPointSize(10)
    app.setFont(font)
    return families[0] if families else font.family()


def create_application(argv: list[str] | None = None):
    from PySide6.QtCore import QCoreApplication

    from ui.shell import pyside_guard

    pyside_guard.skip_feature_source_scan()  # before the rest of the program's modules are imported
    from PySide6.QtWidgets import QApplication

    from ui.shell.app_icon import application_icon
    from ui.common.i18n import app_display_name, configure_settings, install_translators

    QCoreApplication.setOrganizationName(APP_ID)
    QCoreApplication.setApplicationName(APP_ID)
    configure_settings()  # before any QSettings is made: an INI file in the data folder
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    install_translators(app)  # the language chosen in the settings (Chinese unless set)
    app.setApplicationDisplayName(app_display_name())
    app.setApplicationVersion(__version__)
    app.setWindowIcon(application_icon())
    apply_fonts(app)
    from ui.common import gc_policy

    gc_policy.install(app)  # cyclic garbage is collected on this thread only
    return app


def open_database_interactively(target: str, early=None) -> bool:
    """Open the database, explaining any problem in a dialog (encrypted, held by another copy of the
    program, damaged: see ui.safety.startup). Returns False when the user gives up. While the file is
    checked, the main window's modules are imported. early: its check begun by start_early_check."""
    from ui.safety.startup import open_interactively

    return open_interactively(target, meanwhile=import_main_window, early=early)


def start_early_check(target: str):
    """Begin the database file's damage check before Qt is loaded (app.store.early_check): it reads the file
    while PySide6 is imported. Automatic garbage collection goes off first, so that it never runs in the
    check's thread (ui.common.gc_policy turns it off for good and collects on the GUI thread)."""
    import gc

    from app.store.early_check import EarlyCheck

    gc.disable()
    return EarlyCheck.start(target)


def import_main_window() -> None:
    """The modules the main window is made of (its own, its menus'), imported ahead of making it."""
    import importlib

    from ui.shell.tabs import MENU_EXTENSIONS

    importlib.import_module("ui.shell.main_window")
    for module_name, _function in MENU_EXTENSIONS:
        importlib.import_module(module_name)


def _is_new_file(target: str) -> bool:
    """True when opening `target` will make the file (the first start, or a name typed for a new one)."""
    from app.errors import AppError
    from app.workbench import local_path

    try:
        path = local_path(target)
    except AppError:  # not a local file: the open itself explains why
        return False
    return not path.exists() or path.stat().st_size == 0


def run_gui(db: str | None) -> int:
    target = db or str(default_database_path())
    early = start_early_check(target)
    setup_logging()
    install_excepthook()
    app = create_application()
    new_file = _is_new_file(target)
    if not open_database_interactively(target, early):
        return 1
    from ui.safety.startup import login_if_needed

    if not login_if_needed():
        return 1
    from ui.shell.main_window import MainWindow

    window = MainWindow(first_tab_after_paint=True)  # on screen first, then the overview's figures
    window.show()
    if new_file:
        from ui.shell.setup_wizard import offer_first_run

        offer_first_run(window, new_file=True)
    log.info("%s %s started with %s", APP_NAME, __version__, target)
    if os.environ.get(STARTUP_PROBE):
        return report_startup(app, window)
    return app.exec()


STARTUP_PROBE = "JZ_STARTUP_PROBE"  # set by bench/startup.py --bundle: report the start-up's moments, then end


def report_startup(app, window) -> int:
    """For bench/startup.py, which times the built program too: print when the window is painted and when
    the first tab is built and painted (as the bench's own script does for the source tree), then end."""
    import time

    app.processEvents()
    window.grab()  # paint once
    print("SHOWN", time.process_time(), flush=True)
    while not window.built_tabs():
        app.processEvents()
    window.grab()
    print("READY", time.process_time(), flush=True)
    heavy = os.environ.get(STARTUP_PROBE, "").split(",")
    print("HEAVY", ",".join(m for m in heavy if m in sys.modules), flush=True)
    return 0
