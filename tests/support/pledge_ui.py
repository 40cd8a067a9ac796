"""Writing a signature on the pad with the mouse (helpers only: no tests here)."""


def draw_signature(qtbot, pad):
    from PySide6.QtCore import QPoint, Qt

    points = [QPoint(30, 100), QPoint(60, 60), QPoint(90, 110), QPoint(130, 50), QPoint(170, 105), QPoint(210, 70)]
    qtbot.mousePress(pad, Qt.LeftButton, pos=points[0])
    for point in points[1:]:
        qtbot.mouseMove(pad, point)
    qtbot.mouseRelease(pad, Qt.LeftButton, pos=points[-1])
    qtbot.mousePress(pad, Qt.LeftButton, pos=QPoint(240, 60))
    qtbot.mouseMove(pad, QPoint(250, 110))
    qtbot.mouseRelease(pad, Qt.LeftButton, pos=QPoint(250, 110))
