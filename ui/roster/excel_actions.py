"""The roster tab's Excel work: import (read → preview → write, in the background) and export (the roster or
the blank template, after a warning about the personal data it holds). The messages belong to the tab
(translation context RosterTab)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.roster.excel_import import apply_plan, plan_import
from app.roster.outputs import export_roster
from app.safety import access

from ui.common.worker import run_job

translate = QCoreApplication.translate


def import_actions(tab) -> list[QAction]:
    action = QAction(translate("RosterTab", "人员台账（Excel）…"), tab)
    action.triggered.connect(lambda: tab.import_excel())
    return [action]


def export_actions(tab) -> list[QAction]:
    roster_action = QAction(translate("RosterTab", "人员台账（Excel）…"), tab)
    roster_action.triggered.connect(lambda: tab.export_excel())
    template_action = QAction(translate("RosterTab", "人员台账空白模板（Excel）…"), tab)
    template_action.triggered.connect(lambda: tab.export_excel(template=True))
    return [roster_action, template_action]


def _last_folder() -> str:
    return str(QSettings().value("roster/excel_folder", str(Path.home())))


def _remember_folder(path: str) -> None:
    QSettings().setValue("roster/excel_folder", str(Path(path).parent))


def import_excel(tab, path: str | None = None) -> None:
    """Pick a file (unless given), read it in the background, show the preview, write what it allows."""
    if not access.can(access.EDIT):
        return
    if path is None:
        path, _ = QFileDialog.getOpenFileName(tab, translate("RosterTab", "导入人员台账"), _last_folder(),
                                              translate("RosterTab", "Excel 工作簿 (*.xlsx);;所有文件 (*)"))
    if not path:
        return
    _remember_folder(path)
    tab.import_job = run_job(tab, translate("RosterTab", "读取 Excel"),
                             lambda progress: plan_import(path, progress), on_done=lambda plan: _show_plan(tab, plan))


def _show_plan(tab, plan) -> None:
    from ui.roster.import_preview import ImportPreviewDialog

    dialog = ImportPreviewDialog(plan, tab)
    if not dialog.exec():
        return
    choices = dialog.chosen_units()
    if choices:  # new units made, other names recorded as aliases: then the file is checked again
        from app.errors import AppError
        from app.roster.unit_admin import settle_unknown_units

        from ui.common.worker import show_error

        try:
            settle_unknown_units(choices)
        except AppError as exc:
            show_error(tab, translate("RosterTab", "导入人员台账"), exc)
            return
        tab.import_job = run_job(tab, translate("RosterTab", "读取 Excel"),
                                 lambda progress: plan_import(plan.path, progress),
                                 on_done=lambda again: _show_plan(tab, again))
        return
    mode = dialog.mode()
    tab.import_job = run_job(tab, translate("RosterTab", "导入人员台账"),
                             lambda progress: apply_plan(plan, mode, progress),
                             on_done=lambda result: _import_done(tab, result))


def _import_done(tab, result) -> None:
    tab.reload()
    tab.set_view(tab.OFFICERS)
    tab.last_import = result
    QMessageBox.information(tab, translate("RosterTab", "导入人员台账"), result.summary())


def export_excel(tab, path: str | None = None, *, template: bool = False) -> None:
    """The roster (full ID numbers only for who may see them) or the blank template, to a file picked."""
    if path is None:
        name = translate("RosterTab", "人员台账填写模板.xlsx") if template else \
            translate("RosterTab", "人员台账-%1.xlsx").replace("%1", dt.date.today().strftime("%Y%m%d"))
        path, _ = QFileDialog.getSaveFileName(tab, translate("RosterTab", "导出人员台账"),
                                              str(Path(_last_folder()) / name),
                                              translate("RosterTab", "Excel 工作簿 (*.xlsx)"))
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    include_ids = access.can(access.ID_NUMBERS)
    if not template:
        answer = QMessageBox.warning(
            tab, translate("RosterTab", "导出人员台账"),
            translate("RosterTab",
                      "导出的文件含全部人员的%1联系电话等个人信息。\n\n请只保存在单位的电脑或专用U盘中，"
                      "不要通过互联网传送，用完及时删除。是否继续导出？")
            .replace("%1", translate("RosterTab", "完整身份证号、") if include_ids else ""),
            QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
        if answer != QMessageBox.Yes:
            return
    _remember_folder(path)

    def done(count: int) -> None:
        tab.last_export = Path(path)
        text = (translate("RosterTab", "空白模板已保存到：\n%1") if template else
                translate("RosterTab", "已导出 %2 人到：\n%1")).replace("%1", path).replace("%2", str(count))
        QMessageBox.information(tab, translate("RosterTab", "导出人员台账"), text)

    tab.export_job = run_job(
        tab, translate("RosterTab", "导出人员台账"),
        lambda progress: export_roster(path, template=template, include_ids=include_ids, progress=progress),
        on_done=done)
