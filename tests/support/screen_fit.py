"""Does a window fit the screen? Used by tools/render_screens.py (which opens every window of
tests/support/screen_catalog.py on an offscreen screen of a given size) and tests/ui/test_screen_fit.py.

A window fits when its frame lies inside the screen's free area and every visible push button can be
seen: inside the screen, and not cut by the widgets around it. A button inside a scroll area counts as
visible when the scroll area itself is (it can be scrolled to).
"""
from __future__ import annotations

import json
from pathlib import Path

# What the offscreen screen leaves for a window's title bar on Windows 10/11 at 100 %: the frame the
# offscreen platform draws is only a few pixels, a real one is about 31.
TITLE_BAR = 31


def offscreen_platform(width: int, height: int, folder: Path) -> str:
    """A QT_QPA_PLATFORM value for an offscreen screen of width×height at 96 dpi."""
    config = folder / "offscreen-screen.json"
    config.write_text(json.dumps({"screens": [{"name": f"{width}x{height}", "x": 0, "y": 0, "width": width,
                                               "height": height, "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}), encoding="utf-8")
    return f"offscreen:configfile={config}"


def _global_rect(widget):
    from PySide6.QtCore import QPoint, QRect

    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def _describe(rect) -> str:
    return f"({rect.x()},{rect.y()} {rect.width()}×{rect.height()})"


def _hidden_by(button, window):
    """The widget that cuts `button` (None when it is whole), and the rect the screen must hold."""
    from PySide6.QtWidgets import QAbstractScrollArea

    rect = _global_rect(button)
    widget = button.parentWidget()
    while widget is not None:
        holder = widget.parentWidget()
        if isinstance(holder, QAbstractScrollArea) and widget is holder.viewport():
            rect, widget = _global_rect(holder), holder  # reachable by scrolling: the scroll area must show
            continue
        if not _global_rect(widget).contains(rect):
            return widget, rect
        if widget is window:
            break
        widget = holder
    return None, rect


def button_problems(window, screen_rect) -> list[str]:
    """One line for each visible push button the user cannot see whole."""
    from PySide6.QtWidgets import QPushButton

    problems = []
    for button in window.findChildren(QPushButton):
        if not button.isVisibleTo(window) or button.window() is not window:
            continue
        name = button.text().replace("&", "") or button.toolTip() or "(无文字的按钮)"
        cut_by, rect = _hidden_by(button, window)
        if cut_by is not None:
            problems.append(f"按钮“{name}”{_describe(rect)} 被 {type(cut_by).__name__} "
                            f"{_describe(_global_rect(cut_by))} 遮住")
        elif not screen_rect.contains(rect):
            problems.append(f"按钮“{name}”{_describe(rect)} 在屏幕 {_describe(screen_rect)} 之外")
    return problems


def cut_content(window) -> list[str]:
    """Widgets smaller than their layout's minimum: what does not fit is cut off (a chart, a table's last
    rows), with no scroll bar to reach it."""
    from PySide6.QtWidgets import QWidget

    problems = []
    for widget in [window] + window.findChildren(QWidget):
        layout = widget.layout()
        if layout is None or not widget.isVisibleTo(window) and widget is not window or widget.window() is not window:
            continue
        need = layout.totalMinimumSize()
        if widget.width() < need.width() or widget.height() < need.height():
            label = getattr(widget, "title", lambda: "")() if hasattr(widget, "title") else ""
            problems.append(f"{type(widget).__name__}{('“' + label + '”') if label else ''} 只有 "
                            f"{widget.width()}×{widget.height()}，内容至少要 {need.width()}×{need.height()}，被截断")
    return problems


def window_problems(window, screen_rect) -> list[str]:
    frame = window.frameGeometry()
    problems = []
    if not screen_rect.contains(frame):
        problems.append(f"窗口 {_describe(frame)} 超出屏幕 {_describe(screen_rect)}")
    if window.height() + TITLE_BAR > screen_rect.height():
        problems.append(f"窗口高 {window.height()} 加标题栏 {TITLE_BAR} 超出屏幕高 {screen_rect.height()}")
    return problems + button_problems(window, screen_rect) + cut_content(window)
