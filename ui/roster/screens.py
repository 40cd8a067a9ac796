"""States of the roster tab worth a picture, for tools/render_screens.py (RosterTab.screenshot_states)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from app.common import idcard
from app.roster.excel_import import plan_import
from app.roster.leaders import leader_rows
from app.roster.officers import officer_data_from_row, officer_rows, oversight_map
from app.roster.trash import delete_leaders, delete_officers

from ui.roster.dialogs import OfficerDialog
from ui.roster.import_preview import ImportPreviewDialog


def screenshot_states(tab) -> list:
    """(name, make) pairs: each `make()` shows a state worth a picture; a returned widget is grabbed."""

    def search():
        tab.set_view(tab.OFFICERS)
        tab.unit_filter.setCurrentIndex(max(0, tab.unit_filter.findData("青山县公安局")))
        tab.search.setText("派出所")
        tab._focus_table()

    def leaders():
        tab.reset_filters()
        tab.set_view(tab.LEADERS)

    def trash():
        rows = officer_rows()
        delete_officers([rows[40].id, rows[41].id])
        delete_leaders([leader_rows()[7].id])
        tab.reload()
        tab.set_view(tab.TRASH)

    def edit_dialog():
        tab.set_view(tab.OFFICERS)
        record = next(r for r in officer_rows() if r.leadership == "班子成员")
        data = officer_data_from_row(record, oversight_map().get(record.id, []))
        return OfficerDialog(tab, data=data, officer_id=record.id)

    def dialog_errors():
        dialog = OfficerDialog(tab)
        dialog.name.setText("张建国")
        dialog.id_number.setText("360426199101010072")
        dialog.hire_date.setText("2021.13")
        dialog.political_status.setCurrentIndex(1)
        dialog.accept()  # refused: the problems show beside their fields
        return dialog

    def import_preview():
        import tempfile

        from openpyxl import Workbook

        rows = officer_rows()
        book = Workbook()
        sheet = book.active
        sheet.append(["青山县人民法院干警花名册"])
        sheet.merge_cells("A1:F1")
        sheet.append(["序号", "姓名", "身份证号码", "所在单位", "庭室", "职务"])
        sheet.append([1, rows[60].name, rows[60].id_number, rows[60].unit, rows[60].department, "审判员"])
        sheet.append([2, "欧阳晓梅", "421223199003150027", "青山县人民法院", "立案庭", "法官助理"])
        sheet.append([3, "司马俊", 4.21223198507200e17, "青山县人民法院", "执行局", "执行员"])
        sheet.append([4, "诸葛文", "421223198811310011", "青山县人民法院", "刑事审判庭", ""])
        sheet.append([5, "", "", "青山县人民法院", "", ""])
        sheet.append([6, "上官云", "", "", "民事审判一庭", "书记员"])
        path = Path(tempfile.mkdtemp()) / "法院花名册.xlsx"
        book.save(path)
        return ImportPreviewDialog(plan_import(path), tab)

    def import_ready():
        import tempfile

        from openpyxl import Workbook

        rows = [r for r in officer_rows() if r.unit == "青山县人民检察院"]
        book = Workbook()
        sheet = book.active
        sheet.append(["青山县人民检察院干警名单"])
        sheet.merge_cells("A1:F1")
        sheet.append(["序号", "姓名", "公民身份号码", "单位", "部门", "职务", "联系电话"])
        for n, r in enumerate(rows[5:9], start=1):
            sheet.append([n, r.name, r.id_number, "县检察院", r.department, "检察官助理" if n == 2 else r.post,
                          r.phone])
        sheet.append([5, "欧阳晓梅", idcard.make("421223", dt.date(1990, 3, 15), 2), "县检察院", "第一检察部",
                      "检察官助理", ""])
        sheet.append([6, "诸葛文", idcard.make("421223", dt.date(1988, 11, 30), 1), "县检察院", "第三检察部",
                      "书记员", ""])
        path = Path(tempfile.mkdtemp()) / "检察院名单.xlsx"
        book.save(path)
        dialog = ImportPreviewDialog(plan_import(path), tab)
        dialog.tabs.setCurrentIndex(1)
        return dialog

    def units_page():
        from ui.roster.units_dialog import UnitsDialog

        dialog = UnitsDialog(tab)
        dialog.select_name("青山县人民检察院")
        return dialog

    def unit_form():
        from app.roster.units import unit_rows

        from ui.roster.units_dialog import UnitFormDialog

        return UnitFormDialog(tab, row=next(r for r in unit_rows() if r.short_name == "县检察院"))

    def import_units():
        import tempfile

        from openpyxl import Workbook

        book = Workbook()
        sheet = book.active
        sheet.append(["序号", "姓名", "单位", "部门", "职务"])
        sheet.append([1, "欧阳晓梅", "县检察院", "第一检察部", "检察官助理"])
        sheet.append([2, "司马俊", "青山县公安局交警大队", "", "民警"])
        sheet.append([3, "诸葛文", "青山县公安局交警大队", "", "辅警"])
        sheet.append([4, "上官云", "县综治中心", "", "科员"])
        path = Path(tempfile.mkdtemp()) / "新单位名单.xlsx"
        book.save(path)
        dialog = ImportPreviewDialog(plan_import(path), tab)
        first = dialog.unit_choices["青山县公安局交警大队"]
        first.setCurrentIndex(first.findText("归入已有单位：青山县公安局（县公安局）"))
        return dialog

    return [("search", search), ("leaders", leaders), ("trash", trash), ("dialog", edit_dialog),
            ("dialog-errors", dialog_errors), ("import-preview", import_preview),
            ("import-ready", import_ready), ("units", units_page), ("unit-form", unit_form),
            ("import-units", import_units)]
