"""Shared fixtures: a fresh database file per test, Qt offscreen, bundled fonts only."""
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["JZ_BUNDLED_FONTS_ONLY"] = "1"  # the same glyphs on every machine

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import gc  # noqa: E402

import pytest  # noqa: E402

# As in the program (ui.common.gc_policy): no automatic collection, which could start in a worker thread and
# free Qt wrappers the GUI thread is using; the tests run on the GUI thread and collect after each test.
gc.disable()


@pytest.fixture(autouse=True)
def collect_garbage_on_the_gui_thread():
    yield
    worker = sys.modules.get("ui.common.worker")
    if worker is not None:
        worker.wait_for_jobs()
    gc.collect()


@pytest.fixture(autouse=True)
def nobody_signed_in_after_each_test():
    """Who is signed in is process state (app.safety.access): a test that turned accounts on and signed in
    must not leave the next one, which may open no database at all, read-only (tests/ui/common/test_form.py
    failed after such a test)."""
    yield
    access = sys.modules.get("app.safety.access")
    if access is not None:
        access.sign_out()
        access.set_accounts_enabled(False)


@pytest.fixture(autouse=True)
def data_dir(tmp_path, monkeypatch):
    """Keep logs, settings and default databases of every test inside its own temp folder."""
    folder = tmp_path / "data"
    monkeypatch.setenv("JZ_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def db(tmp_path):
    """An open, migrated, empty database on a real temporary SQLite file."""
    from app.workbench import close_database, open_database

    path = tmp_path / "test.db"
    open_database(path)
    yield path
    close_database()


@pytest.fixture(scope="session")
def demo_db_file(tmp_path_factory):
    """The demo database, built once per test session; tests copy it before writing."""
    from app import demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    demo.build(path, seed=7)
    return path


@pytest.fixture
def demo_db(demo_db_file, tmp_path):
    """A private copy of the demo database, open."""
    import shutil

    from app.workbench import close_database, open_database

    path = tmp_path / "demo.db"
    shutil.copyfile(demo_db_file, path)
    open_database(path)
    yield path
    close_database()
