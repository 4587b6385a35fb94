"""Look at a generated document before it leaves the application, then print it or save it.

The PDF stays in memory from start to end: it holds client data, so it is never written to a temporary
file, only to the place the user chooses. Only a save or a print is recorded in the audit trail;
looking at the preview is not, because nothing leaves the application.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QKeySequence, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from caseworker_desktop.documents.user_files import write_private_file
from caseworker_desktop.services.document_support import DocumentRef, Output

RecordOutput = Callable[[DocumentRef, Output], None]

ZOOM_STEP = 1.25
MIN_ZOOM, MAX_ZOOM = 0.25, 4.0
# A page rendered at 1200 dpi (what a PDF printer reports) is over 500 MB as an image; 300 dpi keeps text
# sharp on paper at about 35 MB per A4 page, and the painter scales it to the printer's own resolution.
MAX_PRINT_DPI = 300


class PdfPreviewDialog(QDialog):
    saved = Signal(str)
    printed = Signal()

    def __init__(
        self,
        pdf: bytes,
        ref: DocumentRef,
        suggested_name: str,
        record_output: RecordOutput,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pdf = bytes(pdf)
        self._ref = ref
        self._suggested_name = suggested_name
        self._record_output = record_output
        self.error_box: QMessageBox | None = None
        self.setWindowTitle(suggested_name)

        # The document reads from the buffer lazily, page by page: both live exactly as long as the dialog.
        self._buffer = QBuffer(self)
        self._buffer.setData(self._pdf)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)
        readable = self.document.status() == QPdfDocument.Status.Ready

        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)

        self.zoom_out_button = QPushButton(self.tr("Zoom out"))
        self.zoom_out_button.setToolTip(self.tr("Make the pages smaller (Ctrl+-)"))
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.zoom_in_button = QPushButton(self.tr("Zoom in"))
        self.zoom_in_button.setToolTip(self.tr("Make the pages larger (Ctrl++)"))
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.fit_button = QPushButton(self.tr("Fit width"))
        self.fit_button.setToolTip(self.tr("Show the pages as wide as the window"))
        self.fit_button.clicked.connect(self.fit_width)
        self.page_count_label = QLabel()
        if readable:
            self.page_count_label.setText(self.tr("%n page(s)", "", self.document.pageCount()))
        else:
            self.page_count_label.setText(self.tr("This document cannot be shown."))
            self.page_count_label.setStyleSheet("color: #b3261e;")

        tools = QHBoxLayout()
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_in_button)
        tools.addWidget(self.fit_button)
        tools.addStretch(1)
        tools.addWidget(self.page_count_label)

        self.buttons = QDialogButtonBox()
        self.print_button = self.buttons.addButton(self.tr("Print…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button = self.buttons.addButton(self.tr("Save as…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Close"))
        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self.save_document)
        self.buttons.rejected.connect(self.reject)
        for button in (
            self.print_button,
            self.save_button,
            self.zoom_in_button,
            self.zoom_out_button,
            self.fit_button,
        ):
            button.setEnabled(readable)
        # Enter in the preview must not print or save by accident.
        for button in (self.print_button, self.save_button, self.close_button):
            button.setAutoDefault(False)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self._fit_to_screen()

    @property
    def pdf(self) -> bytes:
        """The document shown, exactly as it would be saved or printed."""
        return self._pdf

    def _fit_to_screen(self) -> None:
        screen = self.screen() or QApplication.primaryScreen()
        width, height = 900, 1000
        if screen is not None:
            room = screen.availableGeometry()
            width = min(width, int(room.width() * 0.9))
            height = min(height, int(room.height() * 0.9))
        self.resize(width, height)

    # --- zoom ---------------------------------------------------------------------------------------
    def _shown_scale(self) -> float:
        """The zoom the view really shows; in fit-to-width its own zoom factor is not updated."""
        if self.view.zoomMode() != QPdfView.ZoomMode.FitToWidth or self.document.pageCount() == 0:
            return self.view.zoomFactor()
        widest = max(self.document.pagePointSize(p).width() for p in range(self.document.pageCount()))
        margins = self.view.documentMargins()
        room = self.view.viewport().width() - margins.left() - margins.right()
        # The view draws one point as logicalDpi/72 pixels at zoom 1.
        natural = widest * self.view.logicalDpiX() / 72
        return room / natural if natural > 0 and room > 0 else 1.0

    def zoom_by(self, step: float) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, self._shown_scale() * step))
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(factor)

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

    # --- save -----------------------------------------------------------------------------------------
    def _ask_save_path(self) -> str | None:
        dialog = QFileDialog(self, self.tr("Save document"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setFileMode(QFileDialog.FileMode.AnyFile)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        # With a default suffix the dialog itself asks before overwriting "name.pdf", not just "name".
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(self._suggested_name)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.selectedFiles():
            return None
        return dialog.selectedFiles()[0]

    def save_document(self) -> bool:
        path = self._ask_save_path()
        if not path:
            return False
        try:
            write_private_file(Path(path), self._pdf)
        except OSError as error:
            reason = error.strerror or str(error)
            self._show_error(
                self.tr("Not saved"),
                self.tr("The document could not be saved as %1.\n\nReason: %2")
                .replace("%1", path)
                .replace("%2", reason),
            )
            return False
        self._record_output(self._ref, Output.SAVED)
        self.saved.emit(path)
        return True

    # --- print ----------------------------------------------------------------------------------------
    def _ask_printer(self) -> QPrinter | None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        printer.setDocName(self._suggested_name)
        printer.setFromTo(1, max(1, self.document.pageCount()))
        dialog = QPrintDialog(printer, self)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return printer

    def print_document(self) -> bool:
        printer = self._ask_printer()
        if printer is None:
            return False
        if not self.print_to(printer):
            self._show_error(
                self.tr("Not printed"),
                self.tr("The document could not be sent to the printer. Check the printer and try again."),
            )
            return False
        return True

    def _pages_to_print(self, printer: QPrinter) -> range:
        count = self.document.pageCount()
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first = max(1, printer.fromPage())
            last = min(count, printer.toPage() or count)
            return range(first - 1, last)
        return range(count)

    def _render_on_white(self, page: int, size: QSize) -> QImage:
        image = self.document.render(page, size)
        if image.isNull():
            return image
        # Pages come with a transparent background; laid on white they print as one opaque picture.
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
        painter.fillRect(image.rect(), QColor(Qt.GlobalColor.white))
        painter.end()
        return image.convertToFormat(QImage.Format.Format_RGB32)

    def print_to(self, printer: QPrinter) -> bool:
        """Render each page as an image fitted on the paper; recorded in the audit trail only on success."""
        pages = self._pages_to_print(printer)
        if self.document.status() != QPdfDocument.Status.Ready or not pages:
            return False
        painter = QPainter()
        if not painter.begin(printer):
            return False
        ok = True
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        try:
            area = QRect(0, 0, printer.width(), printer.height())
            dpi = min(printer.resolution(), MAX_PRINT_DPI)
            for index, page in enumerate(pages):
                if index and not printer.newPage():
                    ok = False
                    break
                points = self.document.pagePointSize(page)
                image = self._render_on_white(
                    page, QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
                )
                if image.isNull():
                    ok = False
                    break
                target = QSize(image.size()).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                # Centred, so a page with another shape than the paper keeps even margins.
                placed = QRect(
                    area.x() + (area.width() - target.width()) // 2,
                    area.y() + (area.height() - target.height()) // 2,
                    target.width(),
                    target.height(),
                )
                painter.drawImage(placed, image)
        finally:
            if not ok:
                # Half a document must not come out of the printer as if it were the whole one.
                printer.abort()
            ended = painter.end()
        if not (ok and ended) or printer.printerState() == QPrinter.PrinterState.Error:
            return False
        self._record_output(self._ref, Output.PRINTED)
        self.printed.emit()
        return True

    # --- messages -------------------------------------------------------------------------------------
    def _show_error(self, title: str, text: str) -> None:
        # Window-modal, not a nested event loop: a lock can still close the preview underneath it.
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        self.error_box = box
        box.finished.connect(lambda _=0: self._forget_error(box))
        box.open()

    def _forget_error(self, box: QMessageBox) -> None:
        if self.error_box is box:
            self.error_box = None
