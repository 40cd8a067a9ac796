"""The 任务督导 figures on the overview: two cards after the others — the task list (销号 of the 60 tasks) and
督导 with the 工作日报 (提醒 closed, 零通报) — for the overview's period; a click opens this tab's page."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.tasks.figures import summary

translate = QCoreApplication.translate


def _open(widget, **criteria) -> None:
    window = widget.window()
    if hasattr(window, "tab_for"):  # the main window (a tab shown on its own has a show_rows of its own)
        window.show_rows("tasks", **criteria)


def fill_task_cards(cards, since, until, card_class) -> None:
    """Add (once) and fill the cards in the overview's grid of figure cards (`ui.overview.cards.FigureCards`);
    `card_class` is the overview's FigureCard, handed in because the overview sits above the features."""
    made = getattr(cards, "task_cards", None)
    if made is None:
        made = cards.task_cards = {}
        for name, caption, criteria in (("tasks", translate("TaskCards", "任务销号"), {"page": "tasks"}),
                                        ("supervision", translate("TaskCards", "督导提醒"), {"page": "supervision"})):
            card = card_class(caption)
            card.activated.connect(lambda c=criteria, w=cards: _open(w, **c))
            cards.add_card(card)
            made[name] = card
    s = summary(since, until)
    made["tasks"].set_figure(
        f"{s['closed']}/{s['tasks']}", translate("TaskCards", "项"),
        translate("TaskCards", "重点工作{key}项，逾期{overdue}项").format(key=s["key_work"], overdue=s["overdue"]),
        warn=s["overdue"] > 0, good=s["tasks"] > 0 and s["closed"] == s["tasks"],
        tip=translate("TaskCards", "点击打开“任务督导”任务清单"))
    missing = (translate("TaskCards", "日报零通报") if not s["missing_reports"]
               else translate("TaskCards", "日报漏报{n}次").format(n=s["missing_reports"]))
    made["supervision"].set_figure(
        f"{s['reminders_closed']}/{s['reminders']}", translate("TaskCards", "条"),
        translate("TaskCards", "督导{visits}次，{missing}").format(visits=s["visits"], missing=missing),
        warn=s["reminders_overdue"] > 0 or s["missing_reports"] > 0,
        tip=translate("TaskCards", "点击打开“任务督导”督导检查"))
