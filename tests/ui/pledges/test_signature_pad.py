"""The signature pad: mouse strokes, pen pressure from a tablet, the PNG it draws."""
import json

from app.pledges import signing
from tests.support.pledge_ui import draw_signature


def test_signature_pad_records_mouse_strokes_and_draws_a_png(qtbot, app_qt):
    from PySide6.QtGui import QImage

    from ui.pledges.signature_pad import SignaturePad

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 180)
    pad.show()
    assert pad.is_empty()
    with qtbot.waitSignal(pad.changed):
        draw_signature(qtbot, pad)
    data = json.loads(pad.to_json())
    assert len(data["strokes"]) == 2 and len(data["strokes"][0]) == 6
    assert data["strokes"][0][0] == [30, 100, 0.5]  # the mouse writes at pressure 0.5
    assert (data["width"], data["height"]) == (500, 180)
    png = pad.to_png()
    image = QImage.fromData(png)
    assert png.startswith(b"\x89PNG") and image.width() > image.height() > 0
    assert image.pixelColor(0, 0).alpha() == 0  # transparent around the ink
    assert any(image.pixelColor(x, image.height() // 2).alpha() > 0 for x in range(image.width()))
    pad.undo()
    assert len(pad.strokes) == 1
    pad.clear()
    assert pad.is_empty() and pad.to_png() == b""
    signing.validate_strokes(json.dumps(data))  # what the pad writes is what the core accepts


def test_signature_pad_takes_pen_pressure_from_a_tablet(qtbot, app_qt):
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
    from PySide6.QtWidgets import QApplication

    from ui.pledges.signature_pad import SignaturePad

    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(400, 160)
    pad.show()
    pen = QPointingDevice("测试手写板", 1, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                          QInputDevice.Capability.Position | QInputDevice.Capability.Pressure, 1, 3)

    def send(kind, x, y, pressure):
        buttons = Qt.NoButton if kind == QTabletEvent.Type.TabletRelease else Qt.LeftButton
        event = QTabletEvent(kind, pen, QPointF(x, y), pad.mapToGlobal(QPointF(x, y)), pressure, 0, 0, 0, 0, 0,
                             Qt.NoModifier, Qt.LeftButton, buttons)
        QApplication.sendEvent(pad, event)
        return event

    send(QTabletEvent.Type.TabletPress, 20, 80, 0.2)
    send(QTabletEvent.Type.TabletMove, 60, 60, 0.6)
    send(QTabletEvent.Type.TabletMove, 100, 90, 0.9)
    send(QTabletEvent.Type.TabletRelease, 100, 90, 0.0)
    stroke = json.loads(pad.to_json())["strokes"][0]
    assert [p[2] for p in stroke] == [0.2, 0.6, 0.9]
    assert pad.pressure_seen
