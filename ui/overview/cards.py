"""The overview's figure cards: which there are, their figures and what a click opens.

Each card carries a key: (kind, parameters) for the rows behind it (`app.reports.listings`), or, for the
查纠整改 cards, (TAB_LINK, criteria) — those rows are self-check items and clues, confidential text, so a click
switches to the 查纠整改 tab (`MainWindow.show_rows("rectify", …)`), which shows them only with the 问题线索
permission and the counts alone without it.
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from app.common.figures import percent
from app.reports import listings
from app.reports.feedback_figures import CLOSED
from app.reports.overview import Overview

from ui.affairs.overview import fill_cards as fill_affairs_cards
from ui.overview.widgets import FigureCard
from ui.tasks.overview import fill_task_cards
from ui.service.overview import fill_cards as fill_service_cards
from ui.rules import overview as rule_card

COLUMNS = 6
TAB_LINK = "rectify"  # a card key of this kind opens the 查纠整改 tab instead of a listing


class FigureCards(QWidget):
    """The grid of cards. `activated(name)` when one is clicked; `keys[name]` is what it opens."""

    activated = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.cards: dict[str, FigureCard] = {}
        self.keys: dict[str, tuple] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        for index, (name, caption) in enumerate((
                ("officers", self.tr("在岗在编干警")), ("sessions", self.tr("学习教育活动")),
                ("reflections", self.tr("学习心得体会")), ("makeup", self.tr("补学未完成")),
                ("person_times", self.tr("谈心谈话")), ("coverage", self.tr("谈话覆盖")),
                ("suggestions", self.tr("征求意见建议")), ("closed", self.tr("已整改销号")),
                ("overdue", self.tr("逾期未销号")), ("pledges", self.tr("承诺书签订")),
                ("disclosed", self.tr("自查说明问题")), ("clues", self.tr("问题线索")),
                (rule_card.NAME, rule_card.caption()))):
            card = FigureCard(caption)
            card.activated.connect(lambda n=name: self.activated.emit(n))
            self.cards[name] = card
            grid.addWidget(card, index // COLUMNS, index % COLUMNS)

    def fill(self, o: Overview) -> None:
        s, t, f, p = o.study, o.talks, o.feedback, o.pledges
        a = s.attendance
        not_in_post = "、".join(f"{k}{v}" for k, v in o.officers.not_in_post.items())
        self._card("officers", ("officers", {}), str(o.officers.in_campaign), self.tr("人"),
                   self.tr("另有{text}人不计入").format(text=not_in_post) if not_in_post else self.tr("人员台账在岗在编"))
        note = self.tr("出勤率{rate}").format(rate=percent(a.attendance_rate))
        if s.planned:
            note += self.tr("，另计划{n}场次").format(n=s.planned)
        self._card("sessions", ("sessions", {}), str(s.held), self.tr("场次"), note,
                   warn=a.attendance_rate is not None and a.attendance_rate < 0.9)
        self._card("reflections", ("reflections", {}), str(s.reflections), self.tr("篇"),
                   self.tr("参学{n}人次").format(n=a.attended))
        self._card("makeup", ("makeup", {"state": listings.MAKEUP_OPEN}), str(s.makeup_open), self.tr("人次"),
                   self.tr("逾期{overdue}，已完成{done}").format(overdue=s.makeup_overdue, done=s.makeup_done),
                   warn=s.makeup_overdue > 0, good=s.makeup_total > 0 and s.makeup_open == 0)
        held = [r for r in t.rounds if r.talks]
        self._card("person_times", ("talks", {}), str(t.person_times), self.tr("人次"),
                   self.tr("{rounds}轮，谈话{talks}次").format(rounds=len(held), talks=t.talks))
        latest = held[-1] if held else None
        if t.coverage_text == "全覆盖":
            value, unit_text = self.tr("全覆盖"), ""
        else:
            value, unit_text = percent(t.rate), ""
        note = (self.tr("{name}已谈{talked}/{expected}人").format(name=latest.name, talked=latest.talked,
                                                             expected=latest.expected) if latest else self.tr("还没有谈话记录"))
        self._card("coverage", ("untalked", {"round_id": latest.round_id if latest else None}), value, unit_text, note,
                   warn=t.coverage_text != "全覆盖", good=t.coverage_text == "全覆盖",
                   tip=self.tr("点击查看{name}未谈名单").format(name=latest.name) if latest else "")
        extra = self.tr("，另合并{n}条").format(n=f.merged) if f.merged else ""
        self._card("suggestions", ("suggestions", {"status": listings.SUGGESTIONS_ALL}), str(f.collected), self.tr("条"),
                   self.tr("涉“六大顽瘴痼疾”{n}条").format(n=f.major) + extra)
        self._card("closed", ("suggestions", {"status": CLOSED}), str(f.closed), self.tr("条"),
                   self.tr("销号率{rate}，办理中{open}条").format(rate=percent(f.closed_rate), open=f.open),
                   good=f.collected > 0 and f.closed == f.collected - f.rejected)
        self._card("overdue", ("suggestions", {"status": listings.SUGGESTIONS_OVERDUE}), str(f.overdue), self.tr("条"),
                   self.tr("7日内到期{n}条").format(n=f.due_soon), warn=f.overdue > 0, good=f.overdue == 0)
        leaders = [x for x in p.templates if x.audience == "leader"]
        note = self.tr("共下发{issued}份，未签{n}份").format(issued=p.issued, n=p.not_signed)
        if leaders:
            note = self.tr("含公开承诺{n}份；").format(n=sum(x.signed for x in leaders)) + note
        self._card("pledges", ("pledges", {"signed": False}), str(p.signed), self.tr("份"), note,
                   warn=p.not_signed > 0, good=p.issued > 0 and p.not_signed == 0,
                   tip=self.tr("点击查看未签署的承诺书"))
        self._fill_rectify(o)
        fill_task_cards(self, o.since, o.until, FigureCard)
        fill_affairs_cards(self, o, FigureCard)
        fill_service_cards(self, FigureCard, o)
        self._card(**rule_card.rule_card(o))

    def _fill_rectify(self, o: Overview) -> None:
        r = o.rectify
        if r is None:
            return
        self._card("disclosed", (TAB_LINK, {"page": "self-check"}), str(r.officers_disclosed), self.tr("人"),
                   self.tr("自查事项{items}项，已审核{done}项").format(items=r.items, done=r.items_reviewed),
                   tip=self.tr("点击打开“查纠整改”个人自查（需“问题线索”权限才显示明细）"))
        self._card("clues", (TAB_LINK, {"page": "clues"}), str(r.clues), self.tr("条"),
                   self.tr("逾期{overdue}条，未办结{open}条").format(overdue=r.clues_overdue, open=r.clues_open),
                   warn=r.clues_overdue > 0,
                   tip=self.tr("点击打开“查纠整改”问题线索台账（需“问题线索”权限才显示明细）"))

    def add_card(self, card: FigureCard) -> None:
        """Place a feature's own card (ui.<feature>.overview) in the next free cell of the grid: every feature
        adding its cards this way, none lands on another's."""
        grid = self.layout()
        index = grid.count()
        grid.addWidget(card, index // COLUMNS, index % COLUMNS)

    def _card(self, name: str, key: tuple, value: str, unit: str, note: str, *, warn=False, good=False,
              tip: str = "") -> None:
        self.keys[name] = key
        self.cards[name].set_figure(value, unit, note, warn=warn, good=good,
                                    tip=tip or self.tr("点击查看明细"))
