"""Render every tab (ui.shell.tabs.TABS) and the main window offscreen, with demo data, to PNG files.

    python tools/render_screens.py [FOLDER]        (default: docs/screenshots/)

Writes main-window.png, one <feature>_tab.png per tab (e.g. roster_tab.png) and, for tabs that offer them,
extra views named by the tab's `screenshot_states()` hook: a list of (suffix, callable) pairs, each
callable putting the tab into a state worth showing (another sub-view, a dialog to grab instead). A
callable may return a widget (a dialog) to be grabbed in place of the tab. Used for the README pictures;
look at the images after any UI change.
"""
from __future__ import annotations

import argparse
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
    parser.add_argument("folder", nargs="?", default=str(ROOT / "docs" / "screenshots"), help="where to write the PNGs")
    parser.add_argument("--seed", type=int, default=2021)
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(args.folder)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
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


if __name__ == "__main__":
    importlib.invalidate_caches()
    sys.exit(main())
