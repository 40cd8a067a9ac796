"""The import preview lists at most the plan's kept problems, then one line counting the rest."""
from app.roster.excel_import import ImportLimits, plan_import
from tests.support.hostile_xlsx import HEADER, workbook_parts, write_parts


def test_preview_caps_the_problem_list(qtbot, db, tmp_path):
    from ui.roster.import_preview import ImportPreviewDialog

    rows = [HEADER] + [[f"人{i}", "县法院", "123"] for i in range(260)]
    plan = plan_import(write_parts(tmp_path / "bad.xlsx", workbook_parts(rows)), limits=ImportLimits(listed_problems=200))
    dialog = ImportPreviewDialog(plan)
    qtbot.addWidget(dialog)
    model = dialog.problem_model
    assert model.rowCount() == 201
    assert model.index(199, 0).data() in (201, "201")
    assert model.index(200, 2).data() == "……另有 60 处问题未列出（共 260 处，涉及 260 行）。请先改正上面列出的，再重新导入。"
    assert dialog.tabs.tabText(0) == "问题（260）" and not dialog.import_button.isEnabled()
    dialog.copy_problems()
    from PySide6.QtGui import QGuiApplication

    copied = QGuiApplication.clipboard().text().splitlines()
    assert len(copied) == 201 and copied[-1].startswith("……另有 60 处")
