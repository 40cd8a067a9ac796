"""一人一档 on screen: find an officer by name, see their whole campaign record on one page, print it.

`open_person_file(parent, officer_id)` is the entry point other tabs can use (e.g. a roster context menu).
"""
from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QCompleter, QDialog, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit,
                               QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from app.errors import AppError
from app.reports import person_file as pf
from app.safety import access

from ui.common.output import print_path
from ui.common.table import RowTableModel, SortProxy
from ui.common.worker import run_job
from ui.common.form import fit_to_screen
from ui.overview.dialogs import fit_columns, table_view

MAX_VISIBLE_ROWS = 12


class Section(QGroupBox):
    """A titled table sized to its rows (up to MAX_VISIBLE_ROWS; longer ones scroll inside)."""

    def __init__(self, title: str, parent=None):
        super().__init__(title, parent)
        self.model = RowTableModel(parent=self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = table_view(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.empty = QLabel()
        self.empty.setStyleSheet("color: #666; padding: 4px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.view)
        layout.addWidget(self.empty)

    def set_rows(self, headers: tuple, rows: list, empty_text: str) -> None:
        self.model.set_table(headers, rows)
        self.view.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(empty_text)
        if rows:
            fit_columns(self.view, self.model, available=1100 - 110)
            visible = min(len(rows), MAX_VISIBLE_ROWS)
            header = self.view.horizontalHeader().sizeHint().height()
            self.view.setFixedHeight(header + visible * self.view.verticalHeader().defaultSectionSize() + 4)


class PersonFileDialog(QDialog):
    def __init__(self, parent=None, officer_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("一人一档"))
        fit_to_screen(self, 1100, 780)
        self.officer_id: int | None = None
        self.file: pf.PersonFile | None = None
        self._hits: dict[str, int] = {}

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("输入姓名查找干警（可只输入一部分）"))
        self.search.setClearButtonEnabled(True)
        self.completer_model = QStringListModel(self)
        completer = QCompleter(self.completer_model, self)
        completer.setCaseSensitivity(Qt.CaseInsensitive)
        completer.setFilterMode(Qt.MatchContains)
        completer.setMaxVisibleItems(15)
        completer.activated.connect(self._chosen)
        self.search.setCompleter(completer)
        self.search.textEdited.connect(self._update_hits)
        self.search.returnPressed.connect(self._open_typed)
        find = QPushButton(self.tr("查看"))
        find.clicked.connect(self._open_typed)
        self.content_toggle = QCheckBox(self.tr("显示谈话内容"))
        self.content_toggle.setToolTip(self.tr("主要内容、反映的问题、意见建议属于保密信息，默认不显示，也不打印"))
        self.content_toggle.setVisible(access.can(access.TALK_CONTENT))
        self.content_toggle.toggled.connect(lambda _on: self.reload())
        # Without the 问题线索 permission nothing of the self-check items shows, not even the box.
        self.self_check_toggle = QCheckBox(self.tr("显示个人自查事项"))
        self.self_check_toggle.setToolTip(self.tr("个人自查事项属于保密信息（需“问题线索”权限），默认不显示，也不打印"))
        self.self_check_toggle.setVisible(access.can(access.CLUES))
        self.self_check_toggle.toggled.connect(lambda _on: self.reload())
        self.print_button = QPushButton(self.tr("打印/导出 PDF…"))
        self.print_button.clicked.connect(self.print_file)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("干警：")))
        top.addWidget(self.search, 1)
        top.addWidget(find)
        top.addSpacing(16)
        top.addWidget(self.content_toggle)
        top.addWidget(self.self_check_toggle)
        top.addWidget(self.print_button)

        self.header = QLabel()
        self.header.setTextFormat(Qt.RichText)
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setTextFormat(Qt.RichText)
        self.facts.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("padding: 4px; background: #eef1f6; border-radius: 4px;")
        self.sessions = Section(self.tr("学习教育（参加、请假缺席及补学、心得体会）"))
        self.talks = Section(self.tr("谈心谈话"))
        self.pledges = Section(self.tr("承诺书签订"))
        self.suggestions = Section(self.tr("相关意见建议（本人为责任人、责任领导或提出人，或来自与本人的谈话）"))
        self.self_checks = Section(self.tr("个人自查事项（内部资料）"))
        page = QWidget()
        page_layout = QVBoxLayout(page)
        for widget in (self.header, self.facts, self.summary, self.sessions, self.talks, self.pledges,
                       self.suggestions, self.self_checks):
            page_layout.addWidget(widget)
        page_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.NoFrame)
        scroll.setWidget(page)
        close = QPushButton(self.tr("关闭"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        self._update_hits("")
        if officer_id is not None:
            self.show_officer(officer_id)
        else:
            self._show_nobody()

    # -- finding someone
    def _update_hits(self, text: str) -> None:
        if text in self._hits:  # a label chosen from the list: keep the list it came from
            return
        hits = pf.search_officers(text, limit=200)
        self._hits = {h.label: h.officer_id for h in hits}
        self.completer_model.setStringList(list(self._hits))

    def _chosen(self, label: str) -> None:
        if label in self._hits:
            self.show_officer(self._hits[label])

    def _open_typed(self) -> None:
        text = self.search.text().strip()
        if text in self._hits:
            self.show_officer(self._hits[text])
            return
        hits = pf.search_officers(text, limit=2)
        if len(hits) == 1 or (hits and hits[0].name == text and (len(hits) == 1 or hits[1].name != text)):
            self.show_officer(hits[0].officer_id)
        elif not hits:
            QMessageBox.information(self, self.tr("一人一档"), self.tr("台账中没有姓名含“{text}”的干警。").format(text=text))
        else:
            self.search.completer().complete()

    def set_search_text(self, text: str) -> None:
        """Put a name into the search box as if typed (tests: keyClicks cannot type Chinese)."""
        self.search.setText(text)
        self._update_hits(text)

    # -- showing the file
    def show_officer(self, officer_id: int) -> None:
        self.officer_id = officer_id
        self.reload()

    def reload(self) -> None:
        if self.officer_id is None:
            return
        try:
            self.file = pf.person_file(self.officer_id, with_content=self.content_toggle.isChecked(),
                                       with_self_checks=self.self_check_toggle.isChecked())
        except AppError as exc:
            QMessageBox.warning(self, self.tr("一人一档"), str(exc))
            return
        self._show(self.file)

    def _show_nobody(self) -> None:
        self.header.setText(self.tr("<h3>一人一档</h3>在上方输入姓名，选择一名干警，查看其参加学习、谈心谈话、"
                                    "承诺书签订和相关意见建议的全部记录。"))
        for widget in (self.facts, self.summary, self.sessions, self.talks, self.pledges, self.suggestions,
                       self.self_checks):
            widget.hide()
        self.print_button.setEnabled(False)

    def _show(self, f: pf.PersonFile) -> None:
        self.setWindowTitle(self.tr("一人一档 — {name}").format(name=f.name))
        trash = self.tr("（已移入回收站）") if f.in_trash else ""
        self.header.setText(f"<h2 style='margin:0'>{f.name}{trash}</h2><span style='color:#444'>{f.place}</span>")
        facts = [(self.tr("性别"), f.gender), (self.tr("出生年份") if f.birth_label == "出生年份" else self.tr("出生日期"), f.birth_shown),
                 (self.tr("民族"), f.ethnicity), (self.tr("政治面貌"), f.political_status),
                 (self.tr("身份证号"), f.id_number), (self.tr("职级"), f.rank), (self.tr("人员类别"), f.category),
                 (self.tr("在岗状态"), f.status), (self.tr("班子成员"), f.leadership),
                 (self.tr("入职时间"), f"{f.hire_date:%Y-%m-%d}" if f.hire_date else ""),
                 (self.tr("联系电话"), f.phone)]
        self.facts.setText("　".join(f"<span style='color:#666'>{k}</span> {v}" for k, v in facts if v))
        self.summary.setText(f.summary() + "。")
        self.sessions.set_rows(
            (self.tr("日期"), self.tr("类型"), self.tr("学习活动"), self.tr("考勤"), self.tr("原因"), self.tr("补学"),
             self.tr("心得体会"), self.tr("成绩")),
            [(s.day, s.type_name, s.title, s.status or self.tr("未登记"), s.reason, s.makeup_text, s.reflection_on,
              s.score) for s in f.sessions],
            self.tr("没有需参加的学习活动。"))
        talk_headers = (self.tr("日期"), self.tr("轮次"), self.tr("谈话人"), self.tr("谈话人职务"), self.tr("类型"),
                        self.tr("方式"), self.tr("谈话主题"), self.tr("主动说明问题"))
        talk_rows = [(t.day, t.round_name, t.talker, t.talker_post, t.talk_type, t.mode, t.topic, t.self_reported)
                     for t in f.talks]
        if f.with_content:
            talk_headers += (self.tr("主要内容"), self.tr("反映的问题"), self.tr("意见建议"))
            talk_rows = [row + (t.content, t.problems, t.suggestions) for row, t in zip(talk_rows, f.talks)]
        self.talks.set_rows(talk_headers, talk_rows, self.tr("没有谈心谈话记录。"))
        self.pledges.set_rows((self.tr("承诺书"), self.tr("状态"), self.tr("签署日期"), self.tr("下发时间")),
                              [(p.template_name, p.status, p.signed_on, p.issued_at) for p in f.pledges],
                              self.tr("没有下发承诺书。"))
        self.suggestions.set_rows(
            (self.tr("编号"), self.tr("收集日期"), self.tr("内容"), self.tr("关系"), self.tr("责任单位"), self.tr("状态"),
             self.tr("时限")),
            [(s.code, s.collected_on, s.content, s.role, s.unit, s.status + (self.tr("（已逾期）") if s.overdue else ""),
              s.deadline) for s in f.suggestions],
            self.tr("没有与本人相关的意见建议。"))
        for widget in (self.facts, self.summary, self.sessions, self.talks, self.pledges, self.suggestions):
            widget.show()
        if f.self_checks is None:
            self.self_checks.model.clear()
            self.self_checks.hide()
        else:
            self.self_checks.set_rows(
                (self.tr("填报日期"), self.tr("类别"), self.tr("自查事项"), self.tr("主动说明"), self.tr("审核进度"),
                 self.tr("处理结果"), self.tr("线索编号")),
                [(c.reported_on, c.category, c.content, c.disclosed, c.stage, c.outcome, c.clue_code)
                 for c in f.self_checks],
                self.tr("没有填报个人自查事项。"))
            self.self_checks.show()
        self.print_button.setEnabled(True)

    # -- printing
    def print_file(self) -> None:
        from app.reports import outputs  # imported when first used: the PDF engine costs start-up time
        from ui.common import pdf_preview

        if self.file is None:
            return
        person = self.file
        out = print_path(f"一人一档-{person.name}")
        run_job(self, self.tr("生成一人一档"),
                lambda progress: outputs.print_person_file(out, person.officer_id, with_content=person.with_content,
                                                           with_self_checks=person.self_checks is not None),
                on_done=lambda path: pdf_preview.preview(self, path, title=self.tr("一人一档 — {name}")
                                                         .format(name=person.name)))


def open_person_file(parent, officer_id: int | None = None) -> PersonFileDialog:
    """Show the 一人一档 dialog (for `officer_id`, or with the name search empty)."""
    dialog = PersonFileDialog(parent, officer_id)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.show()
    return dialog
