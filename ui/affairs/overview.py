"""The 会议与选树 figures on the overview: two cards after the others — 会议部署 (县委常委会议, 领导小组会议 and
新闻发布会, with documents and 通报 in the note) and 英模推荐 (市级候选 and 县级评选 in the note) — for the overview's
period (not by unit: meetings and documents belong to the county). A click opens this tab's page.

The overview's cards call `fill_cards(cards, overview, FigureCard)` once per refresh; the card class is handed
in because the overview's widgets sit above this package."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.affairs.figures import figures
from app.affairs.models import LEADING_GROUP, PRESS_CONFERENCE, STANDING_COMMITTEE

translate = QCoreApplication.translate

NAMES = ("affairs_meetings", "affairs_heroes")


def _open(cards, page: str) -> None:
    window = cards.window()
    if hasattr(window, "show_rows"):
        window.show_rows("affairs", page=page)


def _made(cards, card_class) -> dict:
    """The two cards, added to the grid after the others the first time."""
    made = getattr(cards, "affairs_cards", None)
    if made is None:
        made = {}
        captions = (translate("AffairsCards", "会议部署"), translate("AffairsCards", "英模推荐"))
        for name, caption, page in zip(NAMES, captions, ("meetings", "heroes")):
            card = card_class(caption)
            card.activated.connect(lambda p=page: _open(cards, p))
            cards.add_card(card)
            made[name] = card
        cards.affairs_cards = made
    return made


def fill_cards(cards, overview, card_class) -> None:
    made = _made(cards, card_class)
    f = figures(overview.since, overview.until)
    m = f.meetings
    tip = translate("AffairsCards", "点击打开“会议与选树”（按统计期间，不分单位）")
    made[NAMES[0]].set_figure(
        str(sum(m.values())), translate("AffairsCards", "次"),
        translate("AffairsCards", "常委会{sc}次，领导小组{lg}次，发布会{pc}次；印发文件{d}个，通报{n}次").format(
            sc=m.get(STANDING_COMMITTEE, 0), lg=m.get(LEADING_GROUP, 0), pc=m.get(PRESS_CONFERENCE, 0),
            d=f.documents, n=f.notices), tip=tip)
    made[NAMES[1]].set_figure(
        str(f.recommended), translate("AffairsCards", "人"),
        translate("AffairsCards", "市级候选{city}人，县级评选{county}人，先进典型{typical}人").format(
            city=f.city_candidates, county=f.county_selection, typical=f.typical_models), tip=tip)
