#!/usr/bin/env python3
"""Draw the program icon with QPainter and write resources/icons/: PNGs and a multi-size Windows .ico.

The icon: a red rounded square (the office's documents are red-headed) with a gold shield (政法) carrying a
red tick (the campaign's tasks done). Each size is drawn on its own pixel grid rather than scaled down from
256 px, so 16 px stays crisp; the smallest sizes drop the shield's rim.

Usage: python tools/make_icon.py [--out resources/icons]
The .ico holds PNG-compressed images (Windows Vista and later read them at every size).
"""
from __future__ import annotations

import argparse
import io
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)  # loaded at run time as the window icon
BASENAME = "jiaozheng"

RED_TOP, RED_BOTTOM = "#c8232c", "#9b1219"
GOLD_TOP, GOLD_BOTTOM = "#ffd766", "#f0b429"
TICK = "#b3161f"


def draw(size: int):
    from PySide6.QtCore import QPointF, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QLinearGradient, QPainter, QPainterPath, QPen

    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.Antialiasing)
    s = float(size)
    # A margin of about 1/16 as Windows' own icons have; none at 16 px where every pixel counts.
    margin = 0.0 if size <= 16 else round(s / 16.0)
    square = QRectF(margin, margin, s - 2 * margin, s - 2 * margin)
    radius = square.width() * 0.2
    background = QLinearGradient(square.topLeft(), square.bottomLeft())
    background.setColorAt(0, QColor(RED_TOP))
    background.setColorAt(1, QColor(RED_BOTTOM))
    p.setPen(Qt.NoPen)
    p.setBrush(background)
    p.drawRoundedRect(square, radius, radius)

    # Shield: flat top with rounded shoulders, sides curving to a point.
    w, h = square.width(), square.height()
    left, right = square.left() + w * 0.22, square.right() - w * 0.22
    top, bottom = square.top() + h * 0.16, square.bottom() - h * 0.12
    mid = (left + right) / 2
    shoulder = (right - left) * 0.12
    shield = QPainterPath()
    shield.moveTo(left + shoulder, top)
    shield.lineTo(right - shoulder, top)
    shield.quadTo(right, top, right, top + shoulder)
    shield.lineTo(right, top + (bottom - top) * 0.45)
    sw, sh = right - left, bottom - top
    shield.cubicTo(QPointF(right, top + sh * 0.78), QPointF(mid + sw * 0.18, bottom - sh * 0.08), QPointF(mid, bottom))
    shield.cubicTo(QPointF(mid - sw * 0.18, bottom - sh * 0.08), QPointF(left, top + sh * 0.78),
                   QPointF(left, top + sh * 0.45))
    shield.lineTo(left, top + shoulder)
    shield.quadTo(left, top, left + shoulder, top)
    shield.closeSubpath()
    gold = QLinearGradient(QPointF(0, top), QPointF(0, bottom))
    gold.setColorAt(0, QColor(GOLD_TOP))
    gold.setColorAt(1, QColor(GOLD_BOTTOM))
    p.setBrush(gold)
    p.drawPath(shield)
    if size >= 48:  # a thin inner rim reads as a badge at large sizes and as mud at small ones
        rim = QPen(QColor(255, 255, 255, 150), max(1.0, s / 64))
        p.setPen(rim)
        p.setBrush(Qt.NoBrush)
        inset = s / 26
        p.save()
        p.translate(mid, (top + bottom) / 2)
        factor_x = (right - left - 2 * inset) / (right - left)
        factor_y = (bottom - top - 2 * inset) / (bottom - top)
        p.scale(factor_x, factor_y)
        p.translate(-mid, -(top + bottom) / 2)
        p.drawPath(shield)
        p.restore()

    # Tick inside the shield.
    tick_width = max(1.6, w * 0.085)
    pen = QPen(QColor(TICK), tick_width, Qt.SolidLine, Qt.RoundCap, Qt.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.NoBrush)
    tick = QPainterPath()
    tick.moveTo(left + sw * 0.25, top + sh * 0.47)
    tick.lineTo(left + sw * 0.44, top + sh * 0.66)
    tick.lineTo(left + sw * 0.77, top + sh * 0.28)
    p.drawPath(tick)
    p.end()
    return image


def png_bytes(image) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """ICONDIR + ICONDIRENTRY records followed by PNG payloads."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, payload = io.BytesIO(), io.BytesIO()
    for size, data in sorted(images.items()):
        dim = 0 if size >= 256 else size  # 0 means 256 in the ICO format
        entries.write(struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(data), offset))
        payload.write(data)
        offset += len(data)
    return header + entries.getvalue() + payload.getvalue()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "icons")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    args.out.mkdir(parents=True, exist_ok=True)
    pngs = {size: png_bytes(draw(size)) for size in sorted(set(ICO_SIZES) | set(PNG_SIZES))}
    for size in PNG_SIZES:
        (args.out / f"{BASENAME}-{size}.png").write_bytes(pngs[size])
    (args.out / f"{BASENAME}.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    print(f"icons written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
