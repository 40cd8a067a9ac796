"""轮次设置: the rounds' names and dates, adding and deleting rounds, and refreshing a round's 应谈 list from
the roster."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QLineEdit

from app.common.datetext import format_date
from app.talks import common, rounds
from ui.talks.list_editor import FAILED, ListEditorDialog
from ui.talks.models import RoundsModel


class RoundsDialog(ListEditorDialog):
    """Rounds: name, dates, the frozen 应谈 list (refreshed from the roster on demand)."""

    def __init__(self, parent=None):
        super().__init__(self.tr("轮次设置"), (820, 460), RoundsModel(), parent)
        self.name_edit = self.add_field(self.tr("名称"), QLineEdit())
        self.start_edit = self.add_field(self.tr("开始日期"), QLineEdit())
        self.start_edit.setPlaceholderText(self.tr("如 2021-6-1，可不填"))
        self.end_edit = self.add_field(self.tr("结束日期"), QLineEdit())
        self.end_edit.setPlaceholderText(self.tr("如 2021-6-30，可不填"))
        self.add_button(self.tr("新增轮次"), self.add_round)
        self.add_button(self.tr("保存修改"), self.save_round)
        self.add_button(self.tr("删除轮次"), self.delete_round)
        self.add_button(self.tr("按台账刷新应谈名单"), self.refresh_expected,
                        self.tr("应谈名单在设立轮次时按台账（在岗、纳入教育整顿的人员）确定；人员变动后可在此刷新"))
        rounds.ensure_default_rounds()
        self.finish()

    def rows(self) -> list:
        return rounds.rounds()

    def show_row(self, info: rounds.RoundInfo) -> None:
        self.name_edit.setText(info.name)
        self.start_edit.setText(format_date(info.start_date))
        self.end_edit.setText(format_date(info.end_date))

    def _dates(self) -> tuple[dt.date | None, dt.date | None] | None:
        try:
            return common.parse_date(self.start_edit.text()), common.parse_date(self.end_edit.text())
        except ValueError as exc:
            self.error.setText(self.tr("日期：{reason}").format(reason=exc))
            return None

    def add_round(self) -> None:
        dates = self._dates()
        if dates is None:
            return
        name = self.name_edit.text().strip()
        if self.current() is not None and name == self.current().name:
            name = f"第{len(self.model.rows) + 1}轮"
        new = self.attempt(lambda: rounds.create_round(name, *dates))
        if new is not FAILED:
            self.reload(new.id)

    def save_round(self) -> None:
        info = self.current()
        dates = self._dates()
        if info is None or dates is None:
            return
        if self.attempt(lambda: rounds.update_round(info.id, self.name_edit.text(), *dates)) is not FAILED:
            self.reload(info.id)

    def delete_round(self) -> None:
        info = self.current()
        question = self.tr("确定删除“{name}”吗？").format(name=info.name) if info else ""
        if info is None or not self.confirmed(self.tr("删除轮次"), question):
            return
        if self.attempt(lambda: rounds.delete_round(info.id)) is not FAILED:
            self.reload()

    def refresh_expected(self) -> None:
        info = self.current()
        if info is None:
            return
        missing, gone = rounds.expected_differs_from_roster(info.id)
        question = self.tr("按当前台账重新确定“{name}”的应谈名单？\n\n将加入 {added} 人，移出 {removed} 人"
                           "（已有的谈话记录不受影响）。").format(name=info.name, added=missing, removed=gone)
        if not self.confirmed(self.tr("刷新应谈名单"), question):
            return
        added, removed = rounds.refresh_expected(info.id)
        self.reload(info.id)
        self.error.setText(self.tr("已刷新：加入 {added} 人，移出 {removed} 人。").format(added=added, removed=removed))
