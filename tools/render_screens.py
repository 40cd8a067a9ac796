"""Render every tab (ui.shell.tabs.TABS) and the main window offscreen, with demo data, to PNG files.

    python tools/render_screens.py [FOLDER]        (default: docs/screenshots/)
    python tools/render_screens.py --screen 1366x728 [FOLDER] [--report report.json]
                                                   (default: docs/screenshots/1366/)

Writes main-window.png, one <feature>_tab.png per tab (e.g. roster_tab.png) and, for tabs that offer them,
extra views named by the tab's `screenshot_states()` hook: a list of (suffix, callable) pairs, each
callable putting the tab into a state worth showing (another sub-view, a dialog to grab instead). A
callable may return a widget (a dialog) to be grabbed in place of the tab. Used for the README pictures;
look at the images after any UI change.

With --screen, the offscreen screen has that size (the free area of a 1366×768 office screen is about
1366×728), windows open at the size they choose for it, and every window of
tests/support/screen_catalog.py (the main window, each tab, every dialog) is rendered as well; --report
writes, for each, its size and what does not fit (tests/support/screen_fit.py) as JSON.
"""
from __future__ import annotations

import argparse
import json
import importlib
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SIZE = (1280, 800)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", help="where to write the PNGs")
    parser.add_argument("--seed", type=int, default=2021)
    parser.add_argument("--screen", help="WIDTHxHEIGHT of the free screen area, e.g. 1366x728")
    parser.add_argument("--report", help="with --screen: write what fits and what not to this JSON file")
    args = parser.parse_args(argv)
    screen = tuple(int(n) for n in args.screen.lower().split("x")) if args.screen else None
    default = ROOT / "docs" / "screenshots" / (str(screen[0]) if screen else "")
    out = Path(args.folder or default)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        if screen:
            from tests.support.screen_fit import offscreen_platform

            os.environ["QT_QPA_PLATFORM"] = offscreen_platform(*screen, Path(tmp))
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ["JZ_DATA_DIR"] = str(Path(tmp) / "data")  # no saved window state or column widths
        from app import demo
        from app.workbench import close_database, open_database

        db = Path(tmp) / "demo.db"
        demo.build(db, seed=args.seed)
        from PySide6.QtCore import QSettings

        from ui.shell.application import create_application

        # Saved window state and column widths from the developer's own runs must not leak into the pictures.
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))
        app = create_application()
        open_database(db)
        if screen:
            written, report = render_on_screen(app, out)
            if args.report:
                Path(args.report).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")
        else:
            written = render_all(app, out)
        close_database()
    for path in written:
        print(path)
    return 0


def _settle(app, widget) -> None:
    widget.resize(*SIZE)
    widget.show()
    for _ in range(3):
        app.processEvents()


def render_all(app, out: Path) -> list[Path]:
    from ui.shell.main_window import MainWindow
    from ui.shell.tabs import TABS

    written = []
    window = MainWindow()
    _settle(app, window)
    path = out / "main-window.png"
    window.grab().save(str(path))
    written.append(path)
    for index, (module_name, _class_name) in enumerate(TABS):
        window.tabs.setCurrentIndex(index)
        _settle(app, window)
        tab = window.tab_widgets[index]
        stem = "_".join(module_name.split(".")[1:])  # ui.roster.tab → roster_tab (the README links these)
        path = out / f"{stem}.png"
        window.grab().save(str(path))
        written.append(path)
        for suffix, make_state in getattr(tab, "screenshot_states", lambda: [])():
            shown = make_state()
            target = shown if shown is not None else window
            _settle(app, window)
            if shown is not None:
                shown.show()
                for _ in range(3):
                    app.processEvents()
            path = out / f"{stem}-{suffix}.png"
            target.grab().save(str(path))
            written.append(path)
            if shown is not None:
                shown.close()
                shown.deleteLater()
    window.close()
    return written


def _settle_as_opened(app, widget, wait_ms: int = 0) -> None:
    """Shown at the size it chose; `wait_ms` for what draws later (QPdfView renders pages in a thread)."""
    import time

    widget.show()
    end = time.monotonic() + wait_ms / 1000
    while True:
        app.processEvents()
        if time.monotonic() >= end:
            break
        time.sleep(0.02)


def render_on_screen(app, out: Path) -> tuple[list[Path], list[dict]]:
    """Every window of the catalog at the size it opens at on this screen, and what does not fit."""
    from PySide6.QtWidgets import QTabWidget

    from tests.support.screen_catalog import WINDOWS, Context
    from tests.support.screen_fit import window_problems
    from ui.shell.main_window import MainWindow
    from ui.shell.tabs import TABS

    screen_rect = app.primaryScreen().availableGeometry()
    written, report = [], []

    def take(widget, stem: str, name: str) -> None:
        path = out / f"{stem}.png"
        widget.grab().save(str(path), "PNG", 0)  # 0: the strongest compression (the files are committed)
        written.append(path)
        report.append({"window": name, "file": path.name, "width": widget.width(), "height": widget.height(),
                       "problems": window_problems(widget, screen_rect)})

    window = MainWindow()
    _settle_as_opened(app, window)
    for index, (module_name, class_name) in enumerate(TABS):
        window.tabs.setCurrentIndex(index)
        _settle_as_opened(app, window)
        stem = "tab-" + module_name.split(".")[1]
        take(window, stem, f"{module_name}.{class_name}")
        tab = window.tab_widgets[index]
        inners = [w for w in tab.findChildren(QTabWidget) if w.window() is window and w.isVisible()]
        for number, inner in enumerate(inners, start=1):  # the tab's own pages (台账 / 进度 / 模板 …)
            for page in range(1, inner.count()):
                inner.setCurrentIndex(page)
                _settle_as_opened(app, window)
                take(window, f"{stem}-{number}-{page}", f"{module_name}.{class_name}")
            inner.setCurrentIndex(0)
    context = Context(window=window)
    for name, stem, make in WINDOWS:
        if name == "ui.shell.main_window.MainWindow":
            window.tabs.setCurrentIndex(0)
            _settle_as_opened(app, window)
            take(window, stem, name)
            continue
        try:
            dialog = make(context)
        except Exception as exc:  # a window that cannot be built is reported, the others still rendered
            report.append({"window": name, "file": "", "width": 0, "height": 0,
                           "problems": [f"无法打开：{type(exc).__name__}: {exc}"]})
            continue
        _settle_as_opened(app, dialog, 1500 if stem == "pdf-preview" else 0)
        take(dialog, stem, name)
        dialog.close()
        dialog.deleteLater()
        app.processEvents()
    window.close()
    return written, report


if __name__ == "__main__":
    importlib.invalidate_caches()
    sys.exit(main())
