"""The 建章立制 card of the overview: rules issued in the period (and unit), those being drafted, the 整治
measures done; a click opens the 建章立制 page of the 查纠整改 tab. ui.overview.cards makes the card and calls
`rule_card` when it fills; the figures are counts only."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.roster.models import Unit
from app.rules.figures import ingrained_summary, rule_figures

NAME = "rules"
TAB = "rectify"  # the tab whose show_rows opens the page


def caption() -> str:
    return QCoreApplication.translate("RuleCard", "建章立制")


def rule_card(o) -> dict:
    """The card's figure for the overview `o` (its period and unit): keyword arguments of FigureCards._card."""
    unit = Unit.get_or_none(Unit.id == o.unit) if o.unit is not None else None
    f = rule_figures(o.since, o.until, unit.name if unit else None)
    ingrained = ingrained_summary(o.today)
    note = QCoreApplication.translate("RuleCard", "正在拟制定{drafting}个；整治措施完成{done}/{measures}项").format(
        drafting=f.drafting, done=ingrained["done"], measures=ingrained["measures"])
    tip = QCoreApplication.translate("RuleCard", "已出台的规章制度（按出台日期计入统计期间）；点击打开“查纠整改”建章立制")
    return dict(name=NAME, key=(TAB, {"page": "rules"}), value=str(f.issued),
                unit=QCoreApplication.translate("RuleCard", "个"), note=note,
                warn=ingrained["overdue"] > 0, good=f.total > 0 and f.drafting == 0, tip=tip)
