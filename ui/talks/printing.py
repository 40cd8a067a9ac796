"""Printing from the talks tab: the coverage table, the 未谈名单 and the record forms, built by
app.talks.outputs in a background job and shown in the preview. Part of TalksTab: its texts are in the TalksTab
translation context."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from app.safety import access
from app.talks import listing, rounds

from ui.common.output import print_path


translate = QCoreApplication.translate


class TalkPrinting:
    """The tab's 打印 menu. Reads the round, unit and selection from the tab (TalksTab)."""

    def __init__(self, tab):
        self.tab = tab

    def _run(self, title: str, build) -> None:
        from ui.common.pdf_preview import preview
        from ui.common.worker import run_job

        run_job(self.tab, title, build, on_done=lambda path: preview(self.tab, path))

    def _round_title(self, all_rounds_label: str) -> tuple[int | None, str, str]:
        """(round id, name, label) for a printout's title; the whole campaign when no round is chosen."""
        round_id = self.tab.round_id()
        info = None if round_id is None else rounds.round_info(round_id)
        return round_id, info.name if info else translate("TalksTab", "全部轮次"), info.label if info else all_rounds_label

    def coverage(self) -> None:
        from app.talks import outputs

        round_id, name, label = self._round_title(translate("TalksTab", "第一轮至最后一轮合计"))
        out = print_path(f"{name}谈心谈话覆盖情况表")
        counting = translate("TalksTab", "正在统计…")  # read here: tr() belongs on the GUI thread

        def build(progress):
            progress.report(0.1, counting)
            return outputs.print_coverage(out, round_id, round_name=name, round_label=label)
        self._run(translate("TalksTab", "打印覆盖情况表"), build)

    def untalked(self) -> None:
        from app.talks import outputs

        round_id, name, label = self._round_title(translate("TalksTab", "整个教育整顿期间"))
        unit_id = self.tab.unit_id()
        unit_name = self.tab.unit_combo.currentText() if unit_id is not None else ""
        out = print_path(f"{unit_name}{name}未谈名单")
        self._run(translate("TalksTab", "打印未谈名单"), lambda progress: outputs.print_untalked(
            out, round_id, unit_id, round_name=name, round_label=label, unit_name=unit_name))

    def ask_include_content(self, count: int) -> bool | None:
        """True: print with content; False: without; None: cancelled."""
        box = QMessageBox(QMessageBox.Question, translate("TalksTab", "打印谈话记录表"),
                          translate("TalksTab", "将打印 {n} 份谈话记录表。\n\n主要内容、反映的问题、意见建议属于保密信息。"
                                    "是否打印谈话内容？打印件请按保密要求保管。").format(n=count), parent=self.tab)
        with_content = box.addButton(translate("TalksTab", "打印谈话内容"), QMessageBox.AcceptRole)
        without = box.addButton(translate("TalksTab", "不打印内容"), QMessageBox.ActionRole)
        box.addButton(QMessageBox.Cancel)
        box.setDefaultButton(without)
        box.exec()
        clicked = box.clickedButton()
        if clicked is with_content:
            if not access.can(access.TALK_CONTENT):
                QMessageBox.warning(self.tab, translate("TalksTab", "打印谈话记录表"), translate("TalksTab", "当前账户无权打印谈话内容。"))
                return None
            return True
        if clicked is without:
            return False
        return None

    def forms(self, *, selected_only: bool) -> None:
        from app.talks import outputs

        if selected_only:
            ids = self.tab.selected_talk_ids()
            if not ids:
                QMessageBox.information(self.tab, translate("TalksTab", "打印谈话记录表"), translate("TalksTab", "请先在“谈话记录”中选中要打印的记录。"))
                return
        else:
            round_id = self.tab.round_id()
            if round_id is None:
                QMessageBox.information(self.tab, translate("TalksTab", "打印谈话记录表"), translate("TalksTab", "请先选择一个轮次。"))
                return
            ids = listing.talk_ids_for(round_id, self.tab.unit_id())
            if not ids:
                QMessageBox.information(self.tab, translate("TalksTab", "打印谈话记录表"), translate("TalksTab", "本轮所选单位还没有谈话记录。"))
                return
        include = self.ask_include_content(len(ids))
        if include is None:
            return
        out = print_path("谈心谈话记录表")

        def build(progress):
            outputs.print_forms(out, ids, include_content=include, progress=progress)
            return out
        self._run(translate("TalksTab", "打印谈话记录表"), build)

