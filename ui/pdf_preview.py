"""Preview a PDF inside the app (QtPdf), then print it, save a copy, or open it in the system viewer."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QSizeF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QVBoxLayout)


def print_pdf(parent, path: Path) -> bool:
    """Print through the system dialog: A4, each PDF page scaled to the printable page 1:1 where it fits."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    document = QPdfDocument(parent)
    if document.load(str(path)) != QPdfDocument.Error.None_:
        QMessageBox.warning(parent, "打印", f"无法读取 {path.name}。")
        return False
    printer = QPrinter(QPrinter.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.A4))
    printer.setFullPage(True)
    printer.setDocName(path.stem)
    dialog = QPrintDialog(printer, parent)
    dialog.setMinMax(1, document.pageCount())
    if dialog.exec() != QDialog.Accepted:
        return False
    first = max(1, printer.fromPage() or 1)
    last = min(document.pageCount(), printer.toPage() or document.pageCount())
    painter = QPainter()
    if not painter.begin(printer):
        QMessageBox.warning(parent, "打印", "打印机无法开始打印。")
        return False
    try:
        for page in range(first - 1, last):
            points = document.pagePointSize(page)
            landscape = points.width() > points.height()
            printer.setPageOrientation(QPageLayout.Landscape if landscape else QPageLayout.Portrait)
            if page > first - 1:
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            # Render at the printer's resolution: 1 pt of PDF = 1/72 inch of paper.
            dpi = printer.resolution()
            size = QSizeF(points.width() * dpi / 72, points.height() * dpi / 72).toSize()
            image = document.render(page, size)
            painter.drawImage(target.topLeft(), image)
    finally:
        painter.end()
    return True


class PdfPreviewDialog(QDialog):
    def __init__(self, path: Path, parent=None, *, title: str | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(title or f"预览 — {self.path.name}")
        self.resize(900, 1000)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        pages = QLabel(f"共 {self.document.pageCount()} 页")
        print_button = QPushButton("打印…")
        print_button.clicked.connect(lambda: print_pdf(self, self.path))
        save_button = QPushButton("另存为…")
        save_button.clicked.connect(self.save_copy)
        open_button = QPushButton("用系统程序打开")
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))))
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(pages)
        bar.addStretch(1)
        for button in (print_button, save_button, open_button):
            bar.addWidget(button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    def save_copy(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, "另存为", str(Path.home() / self.path.name), "PDF 文件 (*.pdf)")
        if target:
            shutil.copyfile(self.path, target)


def preview(parent, path: Path, title: str | None = None) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(path, parent, title=title)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.show()
    return dialog
