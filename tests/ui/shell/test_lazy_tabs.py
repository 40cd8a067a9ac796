"""Tabs load lazily: the window names every tab from the registry (ui.shell.tabs), a tab's module is
imported when the tab is first shown, and at the program's start the first tab is built after the window
was painted."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

# A child process: this test session has imported every tab module long ago.
CHILD = """
import sys
sys.path.insert(0, {root!r})
from app.workbench import open_database
from ui.shell.application import create_application
from ui.shell.tabs import TABS
app = create_application()
open_database({db!r})
from ui.shell.main_window import MainWindow
window = MainWindow()
loaded = lambda: sorted(m for m, _c in TABS if m in sys.modules)
print("START", ",".join(loaded()))
print("TITLES", ",".join(window.tabs.tabText(i) for i in range(window.tabs.count())))
window.tabs.setCurrentIndex([m for m, _c in TABS].index("ui.talks.tab"))
print("SWITCHED", ",".join(loaded()), type(window.tabs.currentWidget()).__name__)
tab = window.tab_for("study")
print("TAB_FOR", ",".join(loaded()), type(tab).__name__, window.tabs.indexOf(tab))
print("HEAVY", ",".join(m for m in ("openpyxl", "reportlab", "app.reports.person_file") if m in sys.modules))
"""


def run_child(db: Path, data: Path) -> dict[str, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", JZ_DATA_DIR=str(data))
    result = subprocess.run([sys.executable, "-c", CHILD.format(root=str(ROOT), db=str(db))], env=env,
                            cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = {}
    for line in result.stdout.splitlines():
        key, _, rest = line.partition(" ")
        lines[key] = rest.split(" ")
    return lines


def test_a_tab_module_is_imported_only_when_its_tab_is_first_shown(demo_db_file, tmp_path):
    from ui.shell.tabs import TABS, tab_title

    import shutil

    db = tmp_path / "demo.db"
    shutil.copyfile(demo_db_file, db)
    out = run_child(db, tmp_path / "data")
    assert out["START"] == ["ui.overview.tab"]  # the tab shown first, nothing else
    assert out["TITLES"] == [",".join(tab_title(entry) for entry in TABS)]
    assert out["SWITCHED"] == ["ui.overview.tab,ui.talks.tab", "TalksTab"]
    study_index = [m for m, _c in TABS].index("ui.study.tab")
    assert out["TAB_FOR"] == ["ui.overview.tab,ui.study.tab,ui.talks.tab", "StudyTab", str(study_index)]
    assert out.get("HEAVY", [""]) == [""]  # no Excel, no PDF engine, no 一人一档 before they are asked for


def test_the_registry_titles_are_the_tab_classes_titles():
    from ui.shell.tabs import TABS, Tab, tab_class, tab_title

    for entry in TABS:
        # A plain (module, class) pair still works, but imports its module at start-up to read the title.
        assert isinstance(entry, Tab), (f"{entry[0]}: write it as Tab({entry[0]!r}, {entry[1]!r}, <its TITLE>) "
                                        "in ui/shell/tabs.py, so that its module loads when the tab is first shown")
        assert tab_title(entry) == tab_class(entry).TITLE, entry
    module, name = TABS[1]  # unpacks and compares as the plain pair
    assert (module, name) == TABS[1] and (module, name) in TABS
    assert tab_title(("ui.roster.tab", "RosterTab")) == "人员台账"


def test_the_first_tab_is_built_after_the_window_is_painted(qtbot, demo_db):
    from ui.shell.application import create_application
    from ui.shell.main_window import MainWindow, TabPlaceholder

    create_application()
    window = MainWindow(first_tab_after_paint=True)
    qtbot.addWidget(window)
    assert window.built_tabs() == [] and isinstance(window.tabs.currentWidget(), TabPlaceholder)
    window.show()
    qtbot.waitUntil(lambda: len(window.built_tabs()) == 1, timeout=10_000)
    overview = window.tabs.currentWidget()
    assert type(overview).__name__ == "OverviewTab" and window.tabs.currentIndex() == 0
    assert window.tabs.tabText(0) == "工作总览"
    assert overview.current is not None and overview.current.officers.in_campaign > 0  # its figures are counted


def test_tab_for_builds_a_tab_not_shown_yet_in_its_place(qtbot, demo_db):
    from ui.shell.application import create_application
    from ui.shell.main_window import MainWindow, TabPlaceholder
    from ui.shell.tabs import TABS

    create_application()
    window = MainWindow(first_tab_after_paint=True)
    qtbot.addWidget(window)
    pledges = window.tab_for("pledges")
    index = [m for m, _c in TABS].index("ui.pledges.tab")
    assert window.tabs.widget(index) is pledges and window.tabs.currentIndex() == 0
    assert isinstance(window.tabs.widget(0), TabPlaceholder)  # still waiting for its paint
    assert window.tab_for("nonesuch") is None
    assert window.show_rows("pledges") and window.tabs.currentWidget() is pledges


def test_the_import_and_export_menus_fill_from_tabs_not_loaded_yet(qtbot, demo_db):
    from ui.shell.application import create_application
    from ui.shell.main_window import MainWindow

    create_application()
    window = MainWindow()
    qtbot.addWidget(window)
    window.file_menu.aboutToShow.emit()
    menus = window._tab_menus
    assert menus["import_actions"].isEnabled() and any("Excel" in a.text() for a in menus["import_actions"].actions())
    assert menus["export_actions"].isEnabled() and len(menus["export_actions"].actions()) >= 2

