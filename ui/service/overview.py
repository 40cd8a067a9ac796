"""The 我为群众办实事 figures on the overview: two cards after the others (措施, 办实事记录) for the overview's
period and unit; a click opens this tab's page. Called with one line from ui.overview.cards (which hands in its
card class: the overview is a layer above this package)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.service.figures import summary
from app.service.models import MEASURE_BUSINESS, MEASURE_PEOPLE

translate = QCoreApplication.translate
CARDS = (("service_measures", QT_TRANSLATE_NOOP("ServiceOverview", "办实事措施"), "measures"),
         ("service_records", QT_TRANSLATE_NOOP("ServiceOverview", "办实事记录"), "records"))


def fill_cards(cards, card_class, o) -> None:
    """Add (once) and fill the two cards in `cards` (ui.overview.cards.FigureCards) for overview `o`."""
    for name, caption, page in CARDS:
        if name not in cards.cards:
            card = card_class(translate("ServiceOverview", caption))
            card.activated.connect(lambda page=page: _open(cards, page))
            cards.cards[name] = card
            cards.add_card(card)
    s = summary(o.since, o.until, o.unit)
    kinds = s["measures_per_kind"]
    tip = translate("ServiceOverview", "点击打开“我为群众办实事”")
    cards.cards["service_measures"].set_figure(
        str(s["measures"]), translate("ServiceOverview", "条"),
        translate("ServiceOverview", "办实事{a}条，营商环境{b}条").format(a=kinds[MEASURE_PEOPLE], b=kinds[MEASURE_BUSINESS]),
        tip=tip)
    cards.cards["service_records"].set_figure(
        str(s["records"]), translate("ServiceOverview", "项"),
        translate("ServiceOverview", "涉及{n}个单位").format(n=s["units_with_records"]), tip=tip)


def _open(cards, page: str) -> None:
    window = cards.window()
    if hasattr(window, "show_rows"):
        window.show_rows("service", page=page)
