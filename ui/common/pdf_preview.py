"""Preview a PDF inside the app (QtPdf), then print it, save a copy, or open it in the system viewer."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QApplication, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel,
                               QMessageBox, QProgressDialog, QPushButton, QVBoxLayout)

from ui.common.form import fit_to_screen


# Pages are rendered to images for the printer. 300 dpi is sharp for text and signatures; rendering at
# the printer's own resolution (600–1200 dpi) would need up to 560 MB per A4 page.
PRINT_DPI = 300


def print_pdf(parent, path: Path, *, current_page: int = 0) -> bool:
    """Print through the system dialog on A4, each PDF page at its true size (1:1): an A4 page fills the
    A4 sheet exactly, with no "fit to printable area" shrinking, so margins measure what GB/T 9704
    says. On other paper the page is scaled down to fit, centred, never cropped. Returns True if sent."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter

    document = QPdfDocument(parent)
    if document.load(str(path)) != QPdfDocument.Error.None_ or document.pageCount() == 0:
        QMessageBox.warning(parent, QCoreApplication.translate("PdfPreview", "打印"),
                            QCoreApplication.translate("PdfPreview", "无法读取 {name}，文件可能已被移走或损坏。").format(name=Path(path).name))
        return False
    printer = QPrinter(QPrinter.HighResolution)
    prepare_printer(printer, document, Path(path).stem)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(QCoreApplication.translate("PdfPreview", "打印"))
    dialog.setMinMax(1, document.pageCount())
    dialog.setOption(QAbstractPrintDialog.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintCurrentPage, True)
    dialog.setOption(QAbstractPrintDialog.PrintCollateCopies, True)
    if dialog.exec() != QDialog.Accepted:
        return False
    pages = pages_to_print(printer, document.pageCount(), current_page)
    return render_to_printer(document, printer, pages, parent)


def prepare_printer(printer, document: QPdfDocument, doc_name: str) -> None:
    """A4, the first page's orientation, the whole sheet as the painting area (margins are in the PDF)."""
    printer.setPageSize(QPageSize(QPageSize.A4))
    printer.setPageOrientation(_orientation(document, 0))
    printer.setFullPage(True)
    printer.setDocName(doc_name)


def pages_to_print(printer, page_count: int, current_page: int = 0) -> list[int]:
    """0-based page numbers chosen in the print dialog."""
    from PySide6.QtPrintSupport import QPrinter

    if printer.printRange() == QPrinter.PrintRange.CurrentPage:
        return [min(max(0, current_page), page_count - 1)]
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(page_count, printer.toPage() or page_count)
        return list(range(first - 1, last))
    return list(range(page_count))


def _orientation(document: QPdfDocument, page: int):
    points = document.pagePointSize(page)
    return QPageLayout.Landscape if points.width() > points.height() else QPageLayout.Portrait


def render_to_printer(document: QPdfDocument, printer, pages: list[int], parent=None) -> bool:
    """Paint `pages` of `document` on `printer` (already set up), with a progress dialog for long jobs.
    Copies are left to the printer driver where it can do them, else repeated here."""
    if not pages:
        return False
    copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
    sequence = [page for _ in range(copies) for page in pages]
    progress = None
    if len(sequence) > 3 and parent is not None:
        progress = QProgressDialog(QCoreApplication.translate("PdfPreview", "正在发送到打印机…"), QCoreApplication.translate("PdfPreview", "取消"), 0, len(sequence), parent)
        progress.setWindowTitle(QCoreApplication.translate("PdfPreview", "打印"))
        progress.setWindowModality(Qt.WindowModal)
        progress.setMinimumDuration(600)
    printer.setPageOrientation(_orientation(document, sequence[0]))  # before begin: the first sheet
    painter = QPainter()
    if not painter.begin(printer):
        QMessageBox.warning(parent, QCoreApplication.translate("PdfPreview", "打印"), QCoreApplication.translate("PdfPreview", "打印机无法开始打印，请检查打印机是否已连接并处于就绪状态。"))
        return False
    try:
        for index, page in enumerate(sequence):
            if index:
                printer.setPageOrientation(_orientation(document, page))  # applies to the next sheet
                printer.newPage()
            _paint_page(painter, printer, document, page)
            if progress is not None:
                progress.setValue(index + 1)
                QApplication.processEvents()
                if progress.wasCanceled():
                    printer.abort()
                    return False
    finally:
        painter.end()
        if progress is not None:
            progress.close()
    return True


def _paint_page(painter: QPainter, printer, document: QPdfDocument, page: int) -> None:
    points = document.pagePointSize(page)
    resolution = printer.resolution()
    sheet = printer.pageLayout().fullRectPixels(resolution)  # the whole sheet, in printer pixels
    true_size = QSizeF(points.width() * resolution / 72, points.height() * resolution / 72)
    scale = min(1.0, sheet.width() / true_size.width(), sheet.height() / true_size.height())
    if scale > 0.995:  # the same paper size: exactly 1:1, from the sheet's corner
        scale = 1.0
    target = QRectF(0, 0, true_size.width() * scale, true_size.height() * scale)
    if scale < 1.0:
        target.moveCenter(QRectF(sheet).center())
    else:
        target.moveTopLeft(QPointF(sheet.topLeft()))
    dpi = min(PRINT_DPI, resolution)
    painter.drawImage(target, render_on_white(document, page, dpi))


def render_on_white(document: QPdfDocument, page: int, dpi: float) -> QImage:
    """The page as an opaque image. QtPdf renders on a transparent background, which some printer
    drivers print black or very slowly."""
    points = document.pagePointSize(page)
    rendered = document.render(page, QSizeF(points.width() * dpi / 72, points.height() * dpi / 72).toSize())
    image = QImage(rendered.size(), QImage.Format_RGB32)
    image.fill(Qt.white)
    painter = QPainter(image)
    painter.drawImage(0, 0, rendered)
    painter.end()
    return image


class PdfPreviewDialog(QDialog):
    """The PDF inside the app, with 打印 / 另存为 / 用系统程序打开. `printed` fires after a print job was sent."""

    printed = Signal()

    def __init__(self, path: Path, parent=None, *, title: str | None = None):
        super().__init__(parent)
        self.path = Path(path)
        self.setWindowTitle(title or QCoreApplication.translate("PdfPreview", "预览 — {name}").format(name=self.path.name))
        fit_to_screen(self, 900, 1000)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        # Fit-to-width with a scroll bar that comes and goes (one short page) would re-fit forever.
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        pages = QLabel(QCoreApplication.translate("PdfPreview", "共 {count} 页").format(count=self.document.pageCount()))
        self.print_button = QPushButton(QCoreApplication.translate("PdfPreview", "打印…"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button = QPushButton(QCoreApplication.translate("PdfPreview", "另存为…"))
        self.save_button.clicked.connect(self.save_copy)
        self.open_button = QPushButton(QCoreApplication.translate("PdfPreview", "用系统程序打开"))
        self.open_button.clicked.connect(self.open_externally)
        close = QDialogButtonBox(QDialogButtonBox.Close)
        close.button(QDialogButtonBox.Close).setText(QCoreApplication.translate("PdfPreview", "关闭"))
        close.rejected.connect(self.reject)
        bar = QHBoxLayout()
        bar.addWidget(pages)
        bar.addStretch(1)
        for button in (self.print_button, self.save_button, self.open_button):
            bar.addWidget(button)
        bar.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)

    def print_document(self) -> None:
        current = self.view.pageNavigator().currentPage()
        if print_pdf(self, self.path, current_page=current):
            self.printed.emit()

    def open_externally(self) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))):
            QMessageBox.warning(self, QCoreApplication.translate("PdfPreview", "打开"), QCoreApplication.translate("PdfPreview", "本机没有可打开 PDF 文件的程序，请用“另存为”保存后再打开。"))

    def save_copy(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("PdfPreview", "另存为"), str(_last_folder() / self.path.name),
                                                QCoreApplication.translate("PdfPreview", "PDF 文件 (*.pdf)"))
        if not target:
            return
        target_path = Path(target)
        if target_path.suffix.lower() != ".pdf":
            target_path = target_path.with_name(target_path.name + ".pdf")
        try:
            if target_path.resolve() != self.path.resolve():
                shutil.copyfile(self.path, target_path)
        except OSError as exc:
            QMessageBox.warning(self, QCoreApplication.translate("PdfPreview", "另存为"),
                                QCoreApplication.translate("PdfPreview", "无法保存到 {path}：{error}").format(path=target_path, error=exc.strerror or exc))
            return
        _remember_folder(target_path.parent)


def _last_folder() -> Path:
    from PySide6.QtCore import QSettings

    folder = Path(str(QSettings().value("documents/last_folder", "") or Path.home()))
    return folder if folder.is_dir() else Path.home()


def _remember_folder(folder: Path) -> None:
    from PySide6.QtCore import QSettings

    QSettings().setValue("documents/last_folder", str(folder))


def preview(parent, path: Path, title: str | None = None) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(path, parent, title=title)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.show()
    return dialog
