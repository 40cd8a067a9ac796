"""The overview's figure cards and bar charts, painted with QPainter (no QtCharts: not in PySide6-Essentials).

Both are clickable and keyboard-operable (Tab to reach, Enter/Space to open); each emits the key of the
figure clicked so the tab can show the rows behind it.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

ACCENT = QColor("#2f5597")
LIGHT = QColor("#9db3d6")
TRACK = QColor("#e9edf3")
WARN = QColor("#b00020")
GOOD = QColor("#2e7d32")
MUTED = QColor("#666666")


class FigureCard(QFrame):
    """A caption, a big number with its unit, and a note line. Click or Enter: `activated`."""

    activated = Signal()

    def __init__(self, caption: str, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.StyledPanel)
        self.setCursor(Qt.PointingHandCursor)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setObjectName("figureCard")
        self.setStyleSheet("#figureCard { background: palette(base); border: 1px solid #c9d2e0; border-radius: 6px; }"
                           "#figureCard:hover, #figureCard:focus { border: 1px solid #2f5597; }")
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #444;")
        self.value = QLabel("—")
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.55)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setTextFormat(Qt.RichText)
        self.value.setMinimumHeight(QFontMetrics(font).height() + 2)
        self.note = QLabel("")
        self.note.setStyleSheet("color: #555;")
        self.note.setWordWrap(True)
        # Room for two lines: a grid row does not grow with a wrapped label's height-for-width, so a second
        # line would be cut off at the card's edge.
        self.note.setMinimumHeight(2 * QFontMetrics(self.note.font()).lineSpacing() + 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.setSpacing(0)
        layout.addWidget(self.caption)
        layout.addWidget(self.value)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)

    def set_figure(self, value: str, unit: str = "", note: str = "", *, warn: bool = False, good: bool = False,
                   tip: str = "") -> None:
        colour = WARN.name() if warn else (GOOD.name() if good else ACCENT.name())
        unit_html = f"<span style='font-size:11pt; font-weight:normal; color:#444;'> {unit}</span>" if unit else ""
        self.value.setText(f"<span style='color:{colour};'>{value}</span>{unit_html}")
        self.note.setText(note)
        self.setToolTip(tip)
        self.setAccessibleName(f"{self.caption.text()} {value}{unit} {note}")

    def figure_text(self) -> str:
        """The number as shown (tests read it)."""
        from PySide6.QtGui import QTextDocument

        doc = QTextDocument()
        doc.setHtml(self.value.text())
        return doc.toPlainText().replace(" ", "").strip()

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.LeftButton and self.rect().contains(event.position().toPoint()):
            self.activated.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space):
            self.activated.emit()
            return
        super().keyPressEvent(event)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float
    text: str  # shown at the bar's end
    key: object  # what `activated` carries
    total: float | None = None  # drawn as a track behind the bar (e.g. issued behind signed)
    warn: bool = False
    tip: str = ""


class BarChart(QWidget):
    """Horizontal bars, one row per item: label, bar (over its track when a total is given), text.
    Rows are clickable; Up/Down move the focus row, Enter opens it. `activated` carries the row number
    (an int: PySide6 6.12 on Python 3.11 can mismanage references to Python objects sent through signals)."""

    activated = Signal(int)

    ROW_HEIGHT = 20

    def __init__(self, parent=None):
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.scale_max: float = 0
        self._hover = -1
        self._focus = 0
        self.empty_text = ""
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Preferred)

    def set_bars(self, bars: list[Bar], scale_max: float | None = None, empty_text: str = "") -> None:
        self.bars = list(bars)
        self.empty_text = empty_text
        values = [b.total if b.total is not None else b.value for b in self.bars]
        self.scale_max = scale_max if scale_max is not None else max(values, default=0)
        self._focus = min(self._focus, max(0, len(self.bars) - 1))
        self.setToolTip("")
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, max(2, len(self.bars)) * self.ROW_HEIGHT + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, max(2, len(self.bars)) * self.ROW_HEIGHT + 8)

    # -- geometry
    def _label_width(self) -> int:
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=40)
        return min(widest + 12, int(self.width() * 0.55))

    def _text_width(self) -> int:
        metrics = QFontMetrics(self.font())
        return max((metrics.horizontalAdvance(b.text) for b in self.bars), default=30) + 10

    def row_at(self, y: float) -> int:
        row = int((y - 4) // self.ROW_HEIGHT)
        return row if 0 <= row < len(self.bars) else -1

    def row_rect(self, row: int) -> QRectF:
        return QRectF(0, 4 + row * self.ROW_HEIGHT, self.width(), self.ROW_HEIGHT)

    # -- painting
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        palette = self.palette()
        if not self.bars:
            painter.setPen(MUTED)
            painter.drawText(self.rect(), Qt.AlignCenter, self.empty_text)
            return
        label_width = self._label_width()
        text_width = self._text_width()
        bar_left = label_width
        bar_span = max(20, self.width() - label_width - text_width - 4)
        metrics = QFontMetrics(self.font())
        for row, bar in enumerate(self.bars):
            rect = self.row_rect(row)
            if row == self._hover or (row == self._focus and self.hasFocus()):
                painter.fillRect(rect, palette.color(QPalette.AlternateBase).darker(103))
            painter.setPen(palette.color(QPalette.WindowText))
            label = metrics.elidedText(bar.label, Qt.ElideRight, label_width - 8)
            painter.drawText(QRectF(2, rect.top(), label_width - 8, rect.height()), Qt.AlignVCenter | Qt.AlignRight,
                             label)
            y = rect.top() + 4
            height = rect.height() - 8
            if bar.total is not None and self.scale_max:
                painter.fillRect(QRectF(bar_left, y, bar_span * bar.total / self.scale_max, height), TRACK)
            length = bar_span * bar.value / self.scale_max if self.scale_max else 0
            if bar.value and length < 2:
                length = 2  # a small non-zero value stays visible
            painter.fillRect(QRectF(bar_left, y, length, height), WARN if bar.warn else ACCENT)
            painter.setPen(WARN if bar.warn else palette.color(QPalette.WindowText))
            end = bar_left + (bar_span * (bar.total if bar.total is not None else bar.value) / self.scale_max
                              if self.scale_max else 0)
            painter.drawText(QRectF(max(end, bar_left + length) + 5, rect.top(), text_width, rect.height()),
                             Qt.AlignVCenter | Qt.AlignLeft, bar.text)
        painter.end()

    # -- interaction
    def mouseMoveEvent(self, event) -> None:
        row = self.row_at(event.position().y())
        if row != self._hover:
            self._hover = row
            self.setCursor(Qt.PointingHandCursor if row >= 0 else Qt.ArrowCursor)
            self.setToolTip(self.bars[row].tip if row >= 0 else "")
            self.update()

    def leaveEvent(self, event) -> None:
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event) -> None:
        row = self.row_at(event.position().y())
        if event.button() == Qt.LeftButton and row >= 0:
            self._focus = row
            self.activated.emit(row)

    def keyPressEvent(self, event) -> None:
        if not self.bars:
            return super().keyPressEvent(event)
        if event.key() == Qt.Key_Down:
            self._focus = min(len(self.bars) - 1, self._focus + 1)
        elif event.key() == Qt.Key_Up:
            self._focus = max(0, self._focus - 1)
        elif event.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space):
            self.activated.emit(self._focus)
        else:
            return super().keyPressEvent(event)
        self.update()

    def click_row(self, row: int) -> None:
        """As a click on a row would (tests, keyboard shortcuts)."""
        self.activated.emit(row)
