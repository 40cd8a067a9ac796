"""Excel in and out through the roster tab: the preview before an import, the warning before an export."""
from PySide6.QtWidgets import QDialog, QFileDialog

from app.roster.models import Officer
from tests.support.xlsx_helpers import write_xlsx

ID_A = "11010519491231002X"


def test_import_through_preview(qtbot, tab, tmp_path, monkeypatch, answer_yes):
    from ui.roster.import_preview import ImportPreviewDialog

    path = write_xlsx(tmp_path / "新人.xlsx", [["姓名", "所在单位", "身份证号码", "职务"],
                                              ["上官婉", "青山县人民法院", ID_A, "书记员"],
                                              ["诸葛亮", "青山县司法局", "", "司法所长"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen = []

    def accept(dialog):
        seen.append((dialog.add_model.rowCount(), dialog.import_button.isEnabled()))
        return QDialog.Accepted

    monkeypatch.setattr(ImportPreviewDialog, "exec", accept)
    before = Officer.alive().count()
    tab.import_excel()
    qtbot.waitUntil(lambda: getattr(tab, "last_import", None) is not None, timeout=10_000)
    assert seen == [(2, True)]
    assert Officer.alive().count() == before + 2
    assert tab.officer_model.total() == before + 2


def test_import_with_problems_writes_nothing(qtbot, tab, tmp_path, monkeypatch, answer_yes):
    from ui.roster.import_preview import ImportPreviewDialog

    path = write_xlsx(tmp_path / "坏.xlsx", [["姓名", "单位", "身份证号"], ["甲", "青山县人民法院", "360426199101010072"]])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    seen = []

    def look(dialog):
        seen.append((dialog.problem_model.rowCount(), dialog.import_button.isEnabled(),
                     dialog.problem_model.index(0, 0).data()))
        return QDialog.Rejected

    monkeypatch.setattr(ImportPreviewDialog, "exec", look)
    before = Officer.select().count()
    tab.import_excel()
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen == [(1, False, "3")]
    assert Officer.select().count() == before


def test_export_and_template(qtbot, tab, tmp_path, monkeypatch, answer_yes):
    from openpyxl import load_workbook

    out = tmp_path / "台账.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    tab.export_excel()
    qtbot.waitUntil(lambda: getattr(tab, "last_export", None) == out, timeout=10_000)
    assert any("个人信息" in text for text in answer_yes)  # the user was warned
    sheet = load_workbook(out, read_only=True).active
    assert sum(1 for _ in sheet.iter_rows(min_row=3)) == tab.officer_model.total()
    template = tmp_path / "模板.xlsx"
    tab.export_excel(str(template), template=True)
    qtbot.waitUntil(lambda: tab.last_export == template, timeout=10_000)
