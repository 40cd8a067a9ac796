"""A signature pad: write with the mouse or a pen tablet (pressure where the device reports it).

The strokes are kept as points with pressure, `to_json()` →
    {"width": w, "height": h, "strokes": [[[x, y, pressure], …], …]}
(pixels of the pad, pressure 0–1; the mouse writes at 0.5), and `to_png()` draws them, cropped to the
ink, on a transparent background for the signed PDF.
"""
from __future__ import annotations

import json

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen
from PySide6.QtWidgets import QWidget

MOUSE_PRESSURE = 0.5
INK = QColor(20, 20, 30)


def pen_width(pressure: float, base: float) -> float:
    return base * (0.45 + 1.1 * max(0.0, min(1.0, pressure)))


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent=None, *, hint: str | None = None):
        super().__init__(parent)
        self.strokes: list[list[tuple[float, float, float]]] = []
        self._current: list[tuple[float, float, float]] | None = None
        self._tablet_down = False
        self.pressure_seen = False  # a tablet reported real pressure
        self.hint = hint if hint is not None else self.tr("请在此处签名")
        self.setMinimumSize(420, 150)
        self.setAttribute(Qt.WA_StaticContents)
        self.setCursor(Qt.CrossCursor)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setToolTip(self.tr("用鼠标或手写板在框内签名"))

    # ------------------------------------------------------------ input
    def _begin(self, pos: QPointF, pressure: float) -> None:
        self._current = [(pos.x(), pos.y(), pressure)]
        self.strokes.append(self._current)
        self.update()

    def _extend(self, pos: QPointF, pressure: float) -> None:
        if self._current is None:
            return
        x, y, _p = self._current[-1]
        if abs(pos.x() - x) + abs(pos.y() - y) < 0.8:  # ignore jitter: fewer points, same line
            return
        self._current.append((pos.x(), pos.y(), pressure))
        self.update()

    def _end(self) -> None:
        if self._current is not None:
            if len(self._current) == 1:  # a dot: keep it visible as a tiny stroke
                x, y, p = self._current[0]
                self._current.append((x + 0.5, y + 0.5, p))
            self._current = None
            self.changed.emit()
            self.update()

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton and not self._tablet_down:
            self._begin(event.position(), MOUSE_PRESSURE)

    def mouseMoveEvent(self, event) -> None:
        if event.buttons() & Qt.LeftButton and not self._tablet_down:
            self._extend(event.position(), MOUSE_PRESSURE)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.LeftButton and not self._tablet_down:
            self._end()

    def tabletEvent(self, event) -> None:
        """Pen tablets: the real pressure. Accepting the event stops Qt from also sending mouse events."""
        pressure = float(event.pressure())
        if pressure > 0 and pressure != 1.0:
            self.pressure_seen = True
        if not self.pressure_seen:
            pressure = MOUSE_PRESSURE  # a device without pressure reports 0 or 1 only
        kind = event.type()
        if kind == event.Type.TabletPress:
            self._tablet_down = True
            self._begin(event.position(), pressure)
        elif kind == event.Type.TabletMove and self._tablet_down:
            self._extend(event.position(), pressure)
        elif kind == event.Type.TabletRelease:
            self._tablet_down = False
            self._end()
        event.accept()

    # ------------------------------------------------------------ editing
    def is_empty(self) -> bool:
        return not any(len(s) > 1 for s in self.strokes)

    def point_count(self) -> int:
        return sum(len(s) for s in self.strokes)

    def clear(self) -> None:
        self.strokes, self._current = [], None
        self.changed.emit()
        self.update()

    def undo(self) -> None:
        if self.strokes:
            self.strokes.pop()
            self._current = None
            self.changed.emit()
            self.update()

    # ------------------------------------------------------------ data
    def to_json(self) -> str:
        return json.dumps({"width": self.width(), "height": self.height(),
                           "strokes": [[[round(x, 1), round(y, 1), round(p, 3)] for x, y, p in stroke]
                                       for stroke in self.strokes]}, separators=(",", ":"))

    def load_json(self, text: str) -> None:
        data = json.loads(text)
        self.strokes = [[(float(x), float(y), float(p)) for x, y, p, *_rest in stroke] for stroke in data["strokes"]]
        self.changed.emit()
        self.update()

    def ink_rect(self) -> QRectF:
        xs = [x for stroke in self.strokes for x, _y, _p in stroke]
        ys = [y for stroke in self.strokes for _x, y, _p in stroke]
        if not xs:
            return QRectF()
        return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))

    def to_png(self, scale: float = 2.0) -> bytes:
        """The ink only (cropped, with a small margin), transparent, at `scale` × the pad's pixels."""
        return render_png(self.strokes, scale)

    # ------------------------------------------------------------ painting
    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        painter.fillRect(self.rect(), Qt.white)
        painter.setPen(QPen(QColor(200, 200, 200), 1, Qt.DashLine))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        baseline = self.height() * 0.78
        painter.drawLine(QPointF(16, baseline), QPointF(self.width() - 16, baseline))
        if not self.strokes:
            painter.setPen(QColor(170, 170, 170))
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * 1.3)
            painter.setFont(font)
            painter.drawText(self.rect(), Qt.AlignCenter, self.hint)
        draw_strokes(painter, self.strokes, base=2.6)
        painter.end()


def draw_strokes(painter: QPainter, strokes, base: float) -> None:
    """Each segment drawn with the width of its pressure, round caps so the segments join smoothly."""
    for stroke in strokes:
        for (x1, y1, p1), (x2, y2, p2) in zip(stroke, stroke[1:]):
            pen = QPen(INK, pen_width((p1 + p2) / 2, base), Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
            painter.setPen(pen)
            painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))


def render_png(strokes, scale: float = 2.0, base: float = 2.6) -> bytes:
    points = [(x, y) for stroke in strokes for x, y, _p in stroke]
    if not points:
        return b""
    margin = base * 2
    left, top = min(x for x, _y in points) - margin, min(y for _x, y in points) - margin
    width = max(x for x, _y in points) - left + margin
    height = max(y for _x, y in points) - top + margin
    image = QImage(max(1, int(width * scale)), max(1, int(height * scale)), QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    painter.scale(scale, scale)
    painter.translate(-left, -top)
    draw_strokes(painter, strokes, base)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)

