"""Preview, save and print: A4 at true size, the page where the PDF puts it."""
from pathlib import Path

import pytest
from tests.support.pdf_checks import A4_POINTS, page_sizes

from app.documents import layout


@pytest.fixture
def two_pages(tmp_path) -> Path:
    text = "政法队伍教育整顿" * 100
    return layout.build(tmp_path / "two.pdf", [layout.title("打印测试"), layout.body(text)], title="打印测试")


def _ink_box(document, page, dpi=30):
    """Bounding box (pixels) of the dark parts of the rendered page."""
    from PySide6.QtGui import QImage

    from ui.common.pdf_preview import render_on_white

    image = render_on_white(document, page, dpi).convertToFormat(QImage.Format_Grayscale8)
    dark = [(x, y) for y in range(image.height()) for x in range(image.width())
            if image.pixelColor(x, y).value() < 200]
    xs, ys = [x for x, _y in dark], [y for _x, y in dark]
    return min(xs), min(ys), max(xs), max(ys)


def test_printing_puts_each_page_on_a4_at_true_size(qtbot, two_pages, tmp_path):
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

    from ui.shell.application import create_application
    from ui.common.pdf_preview import prepare_printer, render_to_printer

    create_application()
    source = QPdfDocument()
    assert source.load(str(two_pages)) == QPdfDocument.Error.None_
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    prepare_printer(printer, source, "打印测试")
    assert render_to_printer(source, printer, [0, 1])
    assert [tuple(round(v) for v in s) for s in page_sizes(printed)] == [tuple(round(v) for v in A4_POINTS)] * 2
    result = QPdfDocument()
    assert result.load(str(printed)) == QPdfDocument.Error.None_
    for page in range(2):
        # The text sits where the PDF puts it: a shift or a "fit to page" shrink moves these edges.
        expected, got = _ink_box(source, page), _ink_box(result, page)
        assert all(abs(a - b) <= 1 for a, b in zip(expected, got)), (expected, got)


def test_preview_dialog_shows_pages_and_saves_a_copy(qtbot, two_pages, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from ui.shell.application import create_application
    from ui.common.pdf_preview import PdfPreviewDialog

    create_application()
    dialog = PdfPreviewDialog(two_pages)
    qtbot.addWidget(dialog)
    assert dialog.document.pageCount() == 2
    target = tmp_path / "copy"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF 文件 (*.pdf)"))
    dialog.save_copy()
    assert (tmp_path / "copy.pdf").read_bytes() == two_pages.read_bytes()
