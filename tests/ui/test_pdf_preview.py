"""The PDF preview: showing a document from memory, saving it, printing it, and the audit of both."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

import pypdf
import pytest
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
from sqlalchemy import select

from caseworker_desktop.services.document_support import DocumentRef, Output
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import AuditEntry
from caseworker_desktop.ui.pdf_preview import PdfPreviewDialog
from tests.ui.conftest import click

REF = DocumentRef("agreement", "3f0c1a52-7d1e-4c55-9a9e-0c2b8f1d2a11")


def make_pdf(pages: int) -> bytes:
    out = io.BytesIO()
    drawing = canvas.Canvas(out, pagesize=A4)
    for number in range(1, pages + 1):
        drawing.setFont("Helvetica-Bold", 28)
        drawing.drawString(72, 760, f"Test page {number} of {pages}")
        drawing.rect(72, 72, 450, 640)
        drawing.showPage()
    drawing.save()
    return out.getvalue()


class Recorder:
    def __init__(self) -> None:
        self.calls: list[tuple[DocumentRef, Output]] = []

    def __call__(self, ref: DocumentRef, output: Output) -> None:
        self.calls.append((ref, output))


def open_preview(
    qtbot: QtBot,
    pdf: bytes,
    record: Callable[[DocumentRef, Output], None],
    name: str = "agreement-2026-0042.pdf",
) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf, REF, name, record)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def audit_rows(workspace: Workspace) -> list[tuple[str, str, str]]:
    with workspace.store.unit_of_work("") as uow:
        rows = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        return [(r.action, r.record_kind, r.record_id) for r in rows]


@pytest.fixture
def quiet_places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    """A private temp dir and working dir, so a stray temporary file would show up in them."""
    temp = tmp_path / "temp"
    work = tmp_path / "cwd"
    temp.mkdir()
    work.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("TMP", str(temp))
    monkeypatch.setenv("TEMP", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.chdir(work)
    return temp, work


def test_preview_shows_every_page_from_memory(qtbot: QtBot) -> None:
    dialog = open_preview(qtbot, make_pdf(3), Recorder())
    assert dialog.document.pageCount() == 3
    assert "3" in dialog.page_count_label.text()
    assert dialog.windowTitle() == "agreement-2026-0042.pdf"
    assert dialog.view.pageMode() == QPdfView.PageMode.MultiPage
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()


def test_zoom_buttons_start_from_what_is_shown(qtbot: QtBot) -> None:
    dialog = open_preview(qtbot, make_pdf(2), Recorder())
    shown = dialog._shown_scale()
    click(qtbot, dialog.zoom_in_button)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.Custom
    assert dialog.view.zoomFactor() == pytest.approx(shown * 1.25)
    click(qtbot, dialog.zoom_out_button)
    click(qtbot, dialog.zoom_out_button)
    assert dialog.view.zoomFactor() == pytest.approx(shown / 1.25)
    click(qtbot, dialog.fit_button)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_bytes_that_are_no_pdf_cannot_be_printed_or_saved(qtbot: QtBot) -> None:
    record = Recorder()
    dialog = open_preview(qtbot, b"this is not a pdf", record)
    assert not dialog.print_button.isEnabled()
    assert not dialog.save_button.isEnabled()
    assert dialog.page_count_label.text() == "This document cannot be shown."
    assert not dialog.print_to(pdf_printer(Path(tempfile.gettempdir()) / "never.pdf"))
    assert record.calls == []


def test_save_writes_exactly_the_bytes_and_records_once(
    qtbot: QtBot, tmp_path: Path, quiet_places: tuple[Path, Path]
) -> None:
    pdf = make_pdf(3)
    record = Recorder()
    dialog = open_preview(qtbot, pdf, record)
    folder = tmp_path / "documents"
    folder.mkdir()
    target = folder / "agreement-2026-0042.pdf"
    dialog._ask_save_path = lambda: str(target)  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.saved, timeout=2000) as signal:
        click(qtbot, dialog.save_button)
    assert signal.args == [str(target)]
    assert target.read_bytes() == pdf
    assert sorted(p.name for p in folder.iterdir()) == ["agreement-2026-0042.pdf"]
    assert record.calls == [(REF, Output.SAVED)]
    temp, work = quiet_places
    assert list(temp.iterdir()) == [] and list(work.iterdir()) == []


def test_saving_over_an_existing_file_replaces_it_whole(qtbot: QtBot, tmp_path: Path) -> None:
    pdf = make_pdf(1)
    target = tmp_path / "old.pdf"
    target.write_bytes(b"an older, longer version of the document " * 1000)
    record = Recorder()
    dialog = open_preview(qtbot, pdf, record)
    dialog._ask_save_path = lambda: str(target)  # type: ignore[method-assign]
    click(qtbot, dialog.save_button)
    assert target.read_bytes() == pdf
    assert not (tmp_path / "old.pdf.partial").exists()
    assert record.calls == [(REF, Output.SAVED)]


def test_cancelled_save_records_nothing(qtbot: QtBot, tmp_path: Path) -> None:
    record = Recorder()
    dialog = open_preview(qtbot, make_pdf(1), record)
    dialog._ask_save_path = lambda: None  # type: ignore[method-assign]
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog.save_button)
    assert record.calls == []
    assert dialog.error_box is None


@pytest.mark.parametrize("where", ["missing folder", "folder is a file"])
def test_save_that_fails_explains_why_and_records_nothing(qtbot: QtBot, tmp_path: Path, where: str) -> None:
    # The suite may run as root, for whom a read-only folder is still writable: these fail for anyone.
    if where == "missing folder":
        target = tmp_path / "no such folder" / "doc.pdf"
        reason = os.strerror(2)  # ENOENT
    else:
        blocker = tmp_path / "not-a-folder"
        blocker.write_bytes(b"x")
        target = blocker / "doc.pdf"
        reason = os.strerror(20)  # ENOTDIR
    record = Recorder()
    dialog = open_preview(qtbot, make_pdf(2), record)
    dialog._ask_save_path = lambda: str(target)  # type: ignore[method-assign]
    with qtbot.assertNotEmitted(dialog.saved):
        click(qtbot, dialog.save_button)
    box = dialog.error_box
    assert box is not None
    qtbot.waitUntil(box.isVisible, timeout=2000)
    assert str(target) in box.text()
    assert reason in box.text()
    assert record.calls == []
    assert not target.exists()
    assert not Path(str(target) + ".partial").exists()
    box.accept()
    qtbot.waitUntil(lambda: dialog.error_box is None, timeout=2000)


def test_print_to_a_pdf_printer_keeps_every_page_and_records_it(
    qtbot: QtBot, tmp_path: Path, quiet_places: tuple[Path, Path]
) -> None:
    record = Recorder()
    dialog = open_preview(qtbot, make_pdf(3), record)
    printed = tmp_path / "printed.pdf"
    with qtbot.waitSignal(dialog.printed, timeout=10000):
        assert dialog.print_to(pdf_printer(printed))
    assert len(pypdf.PdfReader(printed).pages) == 3
    assert record.calls == [(REF, Output.PRINTED)]
    temp, work = quiet_places
    assert list(temp.iterdir()) == [] and list(work.iterdir()) == []


def test_print_button_uses_the_chosen_printer_and_a_cancel_prints_nothing(
    qtbot: QtBot, tmp_path: Path
) -> None:
    record = Recorder()
    dialog = open_preview(qtbot, make_pdf(2), record)
    dialog._ask_printer = lambda: None  # type: ignore[method-assign]
    with qtbot.assertNotEmitted(dialog.printed):
        click(qtbot, dialog.print_button)
    assert record.calls == []

    printed = tmp_path / "printed.pdf"
    dialog._ask_printer = lambda: pdf_printer(printed)  # type: ignore[method-assign]
    with qtbot.waitSignal(dialog.printed, timeout=10000):
        click(qtbot, dialog.print_button)
    assert len(pypdf.PdfReader(printed).pages) == 2
    assert record.calls == [(REF, Output.PRINTED)]


def test_a_page_range_prints_only_those_pages(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = open_preview(qtbot, make_pdf(3), Recorder())
    printer = pdf_printer(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)
    assert dialog.print_to(printer)
    assert len(pypdf.PdfReader(tmp_path / "range.pdf").pages) == 2


def test_save_and_print_reach_the_audit_trail(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    before = audit_rows(workspace)
    dialog = open_preview(qtbot, make_pdf(2), workspace.document_support.record_output)
    dialog._ask_save_path = lambda: str(tmp_path / "saved.pdf")  # type: ignore[method-assign]
    click(qtbot, dialog.save_button)
    assert audit_rows(workspace)[len(before) :] == [("export", REF.kind, REF.record_id)]
    assert dialog.print_to(pdf_printer(tmp_path / "printed.pdf"))
    assert audit_rows(workspace)[len(before) :] == [
        ("export", REF.kind, REF.record_id),
        ("print", REF.kind, REF.record_id),
    ]


def test_looking_at_the_preview_is_not_audited(qtbot: QtBot, workspace: Workspace) -> None:
    before = audit_rows(workspace)
    dialog = open_preview(qtbot, make_pdf(2), workspace.document_support.record_output)
    click(qtbot, dialog.zoom_in_button)
    click(qtbot, dialog.close_button)
    assert not dialog.isVisible()
    assert audit_rows(workspace) == before
