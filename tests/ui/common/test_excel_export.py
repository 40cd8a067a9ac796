"""Every ledger tab's 导出 (Excel) goes one way (ui.common.excel_export): the save dialog starts in the folder
the last export went to, ".xlsx" is added to a bare name, the workbook is written on the worker, and the
message says what went where."""
import openpyxl
import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog


@pytest.fixture
def own_settings(tmp_path):
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):  # no folder from other tests
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().remove("exports/last_folder")


def _tabs():
    from ui.affairs.tab import AffairsTab
    from ui.feedback.tab import FeedbackTab
    from ui.rectify.pages import CluePage
    from ui.rules.pages import RulesPage
    from ui.service.tab import ServiceTab
    from ui.tasks.tab import TasksTab

    # (widget class, a sheet the workbook must hold, a word of the message)
    return [(TasksTab, "任务清单", "已导出任务"), (FeedbackTab, "整改清单", "条意见建议到"),
            (CluePage, None, "已导出问题线索"), (RulesPage, None, "已导出规章制度"),
            (ServiceTab, "办实事记录", "已导出措施"), (AffairsTab, "制发文件", "会议")]


def test_every_ledger_export_writes_the_workbook_and_remembers_the_folder(qtbot, app, demo_db, popups,
                                                                         own_settings, tmp_path, monkeypatch):
    asked = []

    def save_dialog(parent, title, suggested, filters):
        asked.append((title, suggested, filters))
        folder = tmp_path / "导出"
        folder.mkdir(exist_ok=True)
        return str(folder / f"第{len(asked)}个"), filters  # a bare name, as a clerk types it

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    for number, (kind, sheet, said) in enumerate(_tabs(), start=1):
        widget = kind()
        qtbot.addWidget(widget)
        popups.clear()
        widget.export_excel()
        qtbot.waitUntil(lambda: any(k == "information" for k, _t, _x in popups), timeout=30000)
        written = tmp_path / "导出" / f"第{number}个.xlsx"
        kind_name = kind.__name__
        assert written.exists(), kind_name
        assert [p for p in popups if p[0] != "information"] == [], (kind_name, popups)
        text = popups[-1][2]
        assert said in text and str(written) in text, (kind_name, text)
        if sheet:
            assert sheet in openpyxl.load_workbook(written, read_only=True).sheetnames, kind_name
        title, suggested, filters = asked[-1]
        assert suggested.endswith(".xlsx") and "{day}" not in suggested and "*.xlsx" in filters, kind_name
    # the first export started in the home folder, every later one where the one before it went
    assert not asked[0][1].startswith(str(tmp_path / "导出"))
    assert all(s.startswith(str(tmp_path / "导出")) for _t, s, _f in asked[1:])


def test_a_cancelled_save_dialog_writes_nothing(qtbot, app, demo_db, popups, own_settings, monkeypatch):
    from ui.common.excel_export import export_workbook

    written = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert export_workbook(None, "导出", "x-{day}.xlsx", lambda target, progress: written.append(target),
                           lambda result, target: "") is None
    assert written == [] and popups == []
