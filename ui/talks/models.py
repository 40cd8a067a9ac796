"""Table models of the talks tab and its dialogs, all on ui.common.table.RowTableModel: coverage, round
summaries, 未谈名单, cascade gaps, follow-up items, rounds, snippets, the people of a record, the record form's
follow-up lines (edited in place) and the records list, which keeps its own incremental filter (a keystroke
must stay within a few milliseconds at 100,000 records, which a filtering proxy cannot do)."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from operator import itemgetter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from app.common.datetext import format_date
from app.common.figures import percent
from app.talks.coverage import GAP_NOBODY
from ui.common.table import Column, RowTableModel

# Colours, not brushes or fonts kept around: RowTableModel makes a new QBrush each time, fonts are made here.
OVERDUE = QColor(190, 30, 30)
DONE = QColor(110, 110, 110)
FULL = QColor(20, 120, 50)
LINK = QColor(30, 90, 190)


def time_text(value: dt.time | None) -> str:
    return f"{value:%H:%M}" if value else ""


def _font(*, bold: bool = False, underline: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setUnderline(underline)
    return font


def _right(header: str, value, **options) -> Column:
    return Column(header, value, align="right", **options)


class CoverageModel(RowTableModel):
    """各单位覆盖情况, the 合计 line last (bold); a unit's 未谈 count reads as a link to its 未谈名单."""

    UNTALKED_COLUMN = 3
    RATE_COLUMN = 4

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.unit),
            _right(QT_TRANSLATE_NOOP("TableHeader", "应谈"), lambda r: r.expected),
            _right(QT_TRANSLATE_NOOP("TableHeader", "已谈"), lambda r: r.talked),
            _right(QT_TRANSLATE_NOOP("TableHeader", "未谈"), lambda r: r.untalked),
            _right(QT_TRANSLATE_NOOP("TableHeader", "覆盖率"), lambda r: percent(r.rate), sort=lambda r: r.rate),
            _right(QT_TRANSLATE_NOOP("TableHeader", "人次"), lambda r: r.person_times),
        ], parent, key=lambda r: r.unit_id)

    def _link(self, row, column: int) -> bool:
        return column == self.UNTALKED_COLUMN and bool(row.untalked)

    def font(self, row, column: int):
        if row.unit_id is None:
            return _font(bold=True)
        return _font(underline=True) if self._link(row, column) else None

    def foreground(self, row, column: int):
        if self._link(row, column):
            return LINK
        if column == self.RATE_COLUMN and row.rate is not None and row.rate >= 1:
            return FULL
        return None

    def tooltip(self, row, column: int):
        return "点击查看未谈名单" if self._link(row, column) else None


class RoundSummaryModel(RowTableModel):
    """各轮次概况, the whole campaign (全部轮次) last."""

    RATE_COLUMN = 4

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "轮次"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "起止日期"),
                   lambda r: f"{r.start_date:%m-%d}至{r.end_date:%m-%d}" if r.start_date and r.end_date else ""),
            _right(QT_TRANSLATE_NOOP("TableHeader", "应谈"), lambda r: r.expected),
            _right(QT_TRANSLATE_NOOP("TableHeader", "已谈"), lambda r: r.talked),
            _right(QT_TRANSLATE_NOOP("TableHeader", "覆盖率"), lambda r: percent(r.rate), sort=lambda r: r.rate),
            _right(QT_TRANSLATE_NOOP("TableHeader", "人次"), lambda r: r.person_times),
        ], parent, key=lambda r: r.round_id)

    def font(self, row, column: int):
        return _font(bold=True) if row.round_id is None else None

    def foreground(self, row, column: int):
        return FULL if column == self.RATE_COLUMN and row.rate is not None and row.rate >= 1 else None

    def tooltip(self, row, column: int):
        return "整个教育整顿：至少谈话一次的人数，各轮人次合计" if row.round_id is None else None


class PeopleModel(RowTableModel):
    """未谈名单 (or any list of PersonRow)."""

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda p: p.unit),
            Column(QT_TRANSLATE_NOOP("TableHeader", "部门"), lambda p: p.department),
            Column(QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda p: p.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "职务"), lambda p: p.post or p.leadership),
        ], parent, key=lambda p: p.id)


class GapModel(RowTableModel):
    """Gaps in "一级谈一级": the kind of gap in red unless it is only 无人谈话."""

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "缺口"), lambda g: g.kind),
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda g: g.unit),
            Column(QT_TRANSLATE_NOOP("TableHeader", "部门"), lambda g: g.department),
            Column(QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda g: g.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "职务"), lambda g: g.post),
            Column(QT_TRANSLATE_NOOP("TableHeader", "应由谁谈"), lambda g: g.expected_talkers),
            Column(QT_TRANSLATE_NOOP("TableHeader", "本轮谈话人"), lambda g: g.actual_talkers or "（无）"),
        ], parent, key=lambda g: (g.kind, g.officer_id))

    def foreground(self, row, column: int):
        return OVERDUE if column == 0 and row.kind != GAP_NOBODY else None


def _follow_up_state(f) -> str:
    if f.done_date:
        return f"已完成 {format_date(f.done_date)}"
    return "逾期" if f.overdue else "未完成"


class FollowUpModel(RowTableModel):
    """后续事项: overdue items in red (their dates bold), done ones grey."""

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "事项"), lambda f: f.text),
            Column(QT_TRANSLATE_NOOP("TableHeader", "完成时限"), lambda f: f.due_date),
            Column(QT_TRANSLATE_NOOP("TableHeader", "状态"), _follow_up_state),
            Column(QT_TRANSLATE_NOOP("TableHeader", "谈话对象"), lambda f: f.participants),
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda f: f.units),
            Column(QT_TRANSLATE_NOOP("TableHeader", "谈话人"), lambda f: f.talker_name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "谈话日期"), lambda f: f.talk_date),
            Column(QT_TRANSLATE_NOOP("TableHeader", "轮次"), lambda f: f.round_name),
        ], parent, key=lambda f: f.id)

    def foreground(self, row, column: int):
        if row.overdue:
            return OVERDUE
        return DONE if row.done_date else None

    def font(self, row, column: int):
        return _font(bold=True) if row.overdue and column in (1, 2) else None


class RoundsModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            _right(QT_TRANSLATE_NOOP("TableHeader", "序号"), lambda r: r.number),
            Column(QT_TRANSLATE_NOOP("TableHeader", "名称"), lambda r: r.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "开始日期"), lambda r: r.start_date),
            Column(QT_TRANSLATE_NOOP("TableHeader", "结束日期"), lambda r: r.end_date),
            _right(QT_TRANSLATE_NOOP("TableHeader", "应谈人数"), lambda r: r.expected),
            _right(QT_TRANSLATE_NOOP("TableHeader", "谈话记录"), lambda r: r.talks),
            _right(QT_TRANSLATE_NOOP("TableHeader", "人次"), lambda r: r.person_times),
        ], parent, key=lambda r: r.id)


class SnippetModel(RowTableModel):
    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "用于"), lambda s: s.field),
            Column(QT_TRANSLATE_NOOP("TableHeader", "名称"), lambda s: s.title),
            Column(QT_TRANSLATE_NOOP("TableHeader", "文字"), lambda s: s.text.replace("\n", " ")),
        ], parent, key=lambda s: s.id)


class ParticipantsModel(RowTableModel):
    """The people chosen in the record form (PickPerson)."""

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "姓名"), lambda p: p.name),
            Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda p: p.unit),
            Column(QT_TRANSLATE_NOOP("TableHeader", "部门"), lambda p: p.department),
            Column(QT_TRANSLATE_NOOP("TableHeader", "职务"), lambda p: p.post or p.leadership),
        ], parent, key=lambda p: p.id)


class FollowUpEditModel(RowTableModel):
    """The follow-up items of the record form, edited in place: each row is [text, due, done] as typed, so that
    a mistyped date is reported next to the field and never lost."""

    def __init__(self, parent=None):
        super().__init__([
            Column(QT_TRANSLATE_NOOP("TableHeader", "后续事项"), itemgetter(0), editable=True),
            Column(QT_TRANSLATE_NOOP("TableHeader", "完成时限"), itemgetter(1), editable=True),
            Column(QT_TRANSLATE_NOOP("TableHeader", "完成日期"), itemgetter(2), editable=True),
        ], parent)
        self.on_edit = self._edit

    @property
    def items(self) -> list[list[str]]:
        return self.rows

    def set_items(self, items: list[list[str]]) -> None:
        self.set_rows([list(item) for item in items])

    def add_item(self, text: str = "") -> int:
        row = len(self.rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self.rows.append([text, "", ""])
        self.endInsertRows()
        return row

    def remove_item(self, row: int) -> None:
        if 0 <= row < len(self.rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self.rows[row]
            self.endRemoveRows()

    @staticmethod
    def _edit(row: list[str], column: int, text: str) -> bool:
        row[column] = text
        return True

    def tooltip(self, row, column: int):
        return "日期，如 2021-6-30" if column > 0 else super().tooltip(row, column)


# ---------------------------------------------------------------- the records list

def _haystack(row) -> str:
    parts = [format_date(row.talk_date), row.round_name, row.place, row.talker_name, row.talker_post,
             row.participants, row.units, row.talk_type, row.mode, row.topic, row.note_taker, row.remarks]
    if row.self_reported:
        parts.append("主动说明问题")
    if row.content or row.problems or row.suggestions:
        parts += [row.content, row.problems, row.suggestions]
    return "\u0001".join(parts).lower()


def _participants(row) -> str:
    if row.participant_count <= 3:
        return row.participants
    first, second = row.participants.split("、", 3)[:2]
    return f"{first}、{second}等{row.participant_count}人"


def _start(text: str) -> str:
    """Content in a cell: the start, on one line (the tooltip has it all)."""
    return text.replace("\n", " ")[:80]


class _Shown(Sequence):
    """The rows shown, in order, without copying them: `rows` seen through the indices that pass the filter
    (building a list of 100,000 rows would double the cost of a keystroke)."""

    __slots__ = ("_rows", "_order")

    def __init__(self, rows: list, order: list[int]):
        self._rows, self._order = rows, order

    def __len__(self) -> int:
        return len(self._order)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self._rows[i] for i in self._order[index]]
        return self._rows[self._order[index]]


class TalkListModel(RowTableModel):
    """The records of a round (TalkRow). `rows` are the records shown; filtering runs over precomputed
    lower-case search strings and, while the user keeps typing (the new text extends the old), only over the
    rows that still match: a keystroke costs a few milliseconds at 100,000 records. Content columns appear
    only when content is loaded. Sorting is the model's own (`sort`), the view needs no proxy."""

    SELF_REPORTED_COLUMN = 9
    PARTICIPANTS_COLUMN = 3
    BASE_COLUMNS = [
        Column(QT_TRANSLATE_NOOP("TableHeader", "日期"), lambda r: r.talk_date,
               sort=lambda r: (r.talk_date, r.talk_time or dt.time(0), r.id)),
        Column(QT_TRANSLATE_NOOP("TableHeader", "时间"), lambda r: time_text(r.talk_time)),
        Column(QT_TRANSLATE_NOOP("TableHeader", "轮次"), lambda r: r.round_name),
        Column(QT_TRANSLATE_NOOP("TableHeader", "谈话对象"), _participants),
        Column(QT_TRANSLATE_NOOP("TableHeader", "单位"), lambda r: r.units),
        Column(QT_TRANSLATE_NOOP("TableHeader", "谈话人"), lambda r: r.talker_name),
        Column(QT_TRANSLATE_NOOP("TableHeader", "类型"), lambda r: r.talk_type),
        Column(QT_TRANSLATE_NOOP("TableHeader", "方式"), lambda r: r.mode),
        Column(QT_TRANSLATE_NOOP("TableHeader", "主题"), lambda r: r.topic),
        Column(QT_TRANSLATE_NOOP("TableHeader", "主动说明"), lambda r: r.self_reported),
        Column(QT_TRANSLATE_NOOP("TableHeader", "后续事项"),
               lambda r: f"{r.open_follow_ups}项未完成" if r.open_follow_ups else "", sort=lambda r: r.open_follow_ups),
    ]
    CONTENT_FIELDS = ("content", "problems", "suggestions")
    CONTENT_COLUMNS = [
        Column(QT_TRANSLATE_NOOP("TableHeader", "主要内容"), lambda r: _start(r.content)),
        Column(QT_TRANSLATE_NOOP("TableHeader", "反映的问题"), lambda r: _start(r.problems)),
        Column(QT_TRANSLATE_NOOP("TableHeader", "意见建议"), lambda r: _start(r.suggestions)),
    ]
    WIDTHS = [88, 48, 60, 150, 90, 70, 100, 44, 200, 64, 90, 320, 200, 200]

    def __init__(self, parent=None):
        super().__init__(self.BASE_COLUMNS, parent, key=lambda r: r.id)
        self.all_rows: list = []
        self.hay: list[str] = []
        self.visible: list[int] = []  # indices into all_rows, in the order shown
        self.with_content = False
        self._text = ""
        self._unit_id: int | None = None
        self._talk_type = ""
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- loading and filtering
    def set_rows(self, rows, *, with_content: bool = False) -> None:
        self.beginResetModel()
        self.all_rows = list(rows)
        self.hay = [_haystack(r) for r in self.all_rows]
        self.with_content = with_content
        self.columns = self.BASE_COLUMNS + (self.CONTENT_COLUMNS if with_content else [])
        self.visible = self._matching(range(len(self.all_rows)))
        self._apply_sort()
        self._show_visible()
        self.endResetModel()

    def set_filter(self, text: str | None = None, *, unit_id: int | None | bool = False,
                   talk_type: str | None = None) -> None:
        """Change any of the filters (unit_id=False leaves the unit as it is; None = every unit)."""
        new_text = self._text if text is None else text.strip().lower()
        new_unit = self._unit_id if unit_id is False else unit_id
        new_type = self._talk_type if talk_type is None else talk_type
        narrowing = (new_unit == self._unit_id and new_type == self._talk_type
                     and new_text.startswith(self._text))
        self._text, self._unit_id, self._talk_type = new_text, new_unit, new_type
        candidates = self.visible if narrowing else range(len(self.all_rows))
        self.beginResetModel()
        self.visible = self._matching(candidates)
        if not narrowing:  # narrowing keeps the order it filters
            self._apply_sort()
        self._show_visible()
        self.endResetModel()

    def _matching(self, candidates) -> list[int]:
        text, unit_id, talk_type = self._text, self._unit_id, self._talk_type
        rows, hay = self.all_rows, self.hay
        result = list(candidates)
        if text:
            for word in text.split():
                result = [i for i in result if word in hay[i]]
        if unit_id is not None:
            result = [i for i in result if unit_id in rows[i].unit_ids]
        if talk_type:
            result = [i for i in result if rows[i].talk_type == talk_type]
        return result

    def _show_visible(self) -> None:
        self.rows = _Shown(self.all_rows, self.visible)

    # -- sorting
    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        if not (0 <= column < len(self.columns)):
            return
        natural = column == 0 and order == Qt.DescendingOrder  # the order rows come in: newest first
        self._sort = None if natural else (column, order)
        self.beginResetModel()
        if natural:
            self.visible.sort()
        else:
            self._apply_sort()
        self._show_visible()
        self.endResetModel()

    def _apply_sort(self) -> None:
        if self._sort is None:
            return  # the order the rows came in: newest first
        column, order = self._sort
        if column >= len(self.columns):
            return
        spec = self.columns[column]
        key, rows = spec.sort or spec.value, self.all_rows  # one type per column, never None: compared as is
        self.visible.sort(key=lambda i: key(rows[i]), reverse=order == Qt.DescendingOrder)

    # -- looks
    def tooltip(self, row, column: int):
        if column >= len(self.BASE_COLUMNS):
            return getattr(row, self.CONTENT_FIELDS[column - len(self.BASE_COLUMNS)])
        if column == self.PARTICIPANTS_COLUMN and row.participant_count > 3:
            return row.participants
        return None

    def foreground(self, row, column: int):
        return OVERDUE if column == self.SELF_REPORTED_COLUMN and row.self_reported else None
