"""Bar charts for official documents, drawn with reportlab.graphics.

Every string of a chart (axis labels, bar values, legend) is set in the 宋体 role: reportlab's default
Helvetica is neither embedded nor able to draw Chinese.
"""
from __future__ import annotations

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from app.documents import fonts
from app.documents.fonts import SONG

# Print-friendly fills: dark, middle, light grey-blue, distinguishable on a black-and-white printer too.
FILLS = (colors.Color(0.20, 0.33, 0.55), colors.Color(0.55, 0.65, 0.80), colors.Color(0.82, 0.86, 0.92),
         colors.Color(0.35, 0.35, 0.35))
LABEL_SIZE = 9


def _new_drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    # The renderer starts every drawing in its default font (Helvetica) even when no string uses it.
    drawing.initialFontName = SONG
    drawing.initialFontSize = LABEL_SIZE
    return drawing


def _style_axis_labels(chart) -> None:
    for labels in (chart.categoryAxis.labels, chart.valueAxis.labels):
        labels.fontName = SONG
        labels.fontSize = LABEL_SIZE
    chart.barLabels.fontName = SONG
    chart.barLabels.fontSize = LABEL_SIZE - 1


def _nice_max(value: float) -> float:
    """An axis end a little above the largest value, on a round number."""
    if value <= 0:
        return 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000):
        if value / step <= 6:
            return step * (int(value / step) + 1)
    return value * 1.2


def horizontal_bars(labels: list[str], series: list[list[float]], names: list[str] | None = None, *,
                    width: float = 156 * mm, bar_height: float = 5.5 * mm, caption: str = "",
                    value_format: str = "{:g}") -> Drawing:
    """One bar per label (one per series and label when several series), values printed at the bar ends."""
    fonts.ensure_registered()
    label_width = max((len(text) for text in labels), default=4) * LABEL_SIZE + 6
    rows = max(1, len(labels))
    group = bar_height * max(1, len(series)) + 2.5 * mm
    legend_height = 7 * mm if names and len(series) > 1 else 0
    caption_height = 7 * mm if caption else 0
    plot_height = rows * group
    height = plot_height + 12 * mm + legend_height + caption_height
    drawing = _new_drawing(width, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 8 * mm + legend_height
    chart.width = width - label_width - 14 * mm
    chart.height = plot_height
    # reportlab draws the first category at the bottom: reverse so the list reads top-down.
    chart.data = [list(reversed(values)) for values in series]
    chart.categoryAxis.categoryNames = list(reversed(labels))
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _nice_max(max((max(s) for s in series if s), default=0))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.labelTextFormat = value_format.format
    chart.barSpacing = 0.5
    chart.groupSpacing = 2.5 * mm
    for index in range(len(series)):
        chart.bars[index].fillColor = FILLS[index % len(FILLS)]
        chart.bars[index].strokeColor = None
    chart.barLabelFormat = value_format.format
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    _style_axis_labels(chart)
    drawing.add(chart)
    _legend(drawing, names, series, x=label_width, y=3 * mm)
    _caption(drawing, caption, width, height)
    return drawing


def vertical_bars(labels: list[str], series: list[list[float]], names: list[str] | None = None, *,
                  width: float = 156 * mm, height: float = 62 * mm, caption: str = "",
                  value_format: str = "{:g}", value_max: float | None = None,
                  axis_format: str | None = None) -> Drawing:
    """Grouped columns: one group per label, one column per series."""
    fonts.ensure_registered()
    legend_height = 7 * mm if names and len(series) > 1 else 0
    caption_height = 7 * mm if caption else 0
    drawing = _new_drawing(width, height + legend_height + caption_height)
    chart = VerticalBarChart()
    chart.x = 14 * mm
    chart.y = 10 * mm + legend_height
    chart.width = width - 18 * mm
    chart.height = height - 16 * mm
    chart.data = series
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -3
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = value_max or _nice_max(max((max(s) for s in series if s), default=0))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.Color(0.85, 0.85, 0.85)
    chart.valueAxis.labelTextFormat = (axis_format or value_format).format
    chart.groupSpacing = 4 * mm
    chart.barSpacing = 1
    for index in range(len(series)):
        chart.bars[index].fillColor = FILLS[index % len(FILLS)]
        chart.bars[index].strokeColor = None
    chart.barLabelFormat = value_format.format
    chart.barLabels.boxAnchor = "s"
    chart.barLabels.dy = 2
    _style_axis_labels(chart)
    drawing.add(chart)
    _legend(drawing, names, series, x=chart.x, y=3 * mm)
    _caption(drawing, caption, width, drawing.height)
    return drawing


def _legend(drawing: Drawing, names, series, *, x: float, y: float) -> None:
    if not names or len(series) < 2:
        return
    legend = Legend()
    legend.x, legend.y = x, y
    legend.alignment = "right"
    legend.boxAnchor = "sw"
    legend.columnMaximum = 1
    legend.deltax = 24 * mm
    legend.fontName = SONG
    legend.fontSize = LABEL_SIZE
    legend.dx = legend.dy = 3 * mm
    legend.colorNamePairs = [(FILLS[i % len(FILLS)], name) for i, name in enumerate(names)]
    drawing.add(legend)


def _caption(drawing: Drawing, caption: str, width: float, height: float) -> None:
    if caption:
        drawing.add(String(width / 2, height - 5 * mm, caption, fontName=SONG, fontSize=10.5, textAnchor="middle"))

