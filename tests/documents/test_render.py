"""The generic PDF renderer: text, fonts, page furniture, images and metadata read back with pypdf."""

from __future__ import annotations

import builtins
import io
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PIL import Image, ImageDraw
from pypdf import PdfReader
from pypdf.generic import DictionaryObject

from caseworker_desktop.documents import model
from caseworker_desktop.documents import render as render_module
from caseworker_desktop.documents.render import render

ACCENTED = "Çelik Şükrü Łukasz Ïris Noël Őrs ığdır ç"


def _png(seed: int, size: tuple[int, int] = (600, 200), mode: str = "RGBA") -> bytes:
    """A signature-like stroke; the seed makes every image different, so none is deduplicated."""
    image = Image.new(mode, size, (0, 0, 0, 0) if mode == "RGBA" else (255, 255, 255))
    draw = ImageDraw.Draw(image)
    points = [(10 + step * 29, 40 + (step * 37 + seed * 53) % 120) for step in range(20)]
    draw.line(points, fill=(20, 30, 90, 255) if mode == "RGBA" else (20, 30, 90), width=4)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def _jpeg(size: tuple[int, int] = (620, 877)) -> bytes:
    image = Image.new("RGB", size, (245, 242, 230))
    ImageDraw.Draw(image).rectangle((40, 40, size[0] - 40, 120), fill=(90, 90, 90))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=70)
    return buffer.getvalue()


def _document(*blocks: model.Block, **changes: Any) -> model.Document:
    values: dict[str, Any] = {
        "title": "Begeleidingsovereenkomst",
        "letterhead": model.Letterhead("CAW Oost-Vlaanderen", None, ("Visserij 153, 9000 Gent",)),
        "blocks": blocks,
        "page_label": "Page {page} of {pages}",
        "language": "nl",
    }
    values.update(changes)
    return model.Document(**values)


def _signatures(count: int) -> model.Signatures:
    return model.Signatures(
        tuple(
            model.SignatureBox(f"Role {index}", f"Signer {index}", ("Signed in Gent",), _png(index))
            for index in range(count)
        )
    )


def _three_pages(**changes: Any) -> model.Document:
    return _document(
        model.Paragraph("One"),
        model.PageBreak(),
        model.Paragraph("Two"),
        model.PageBreak(),
        model.Paragraph("Three"),
        **changes,
    )


def _read(pdf: bytes) -> PdfReader:
    assert pdf.startswith(b"%PDF-")
    return PdfReader(io.BytesIO(pdf))


def _texts(pdf: bytes) -> list[str]:
    return [page.extract_text() for page in _read(pdf).pages]


def _image_xobjects(page: Any) -> list[DictionaryObject]:
    xobjects = page["/Resources"].get("/XObject")
    if xobjects is None:
        return []
    found = [xobject.get_object() for xobject in xobjects.get_object().values()]
    return [xobject for xobject in found if xobject["/Subtype"] == "/Image"]


def test_title_subtitle_and_accented_names_come_back() -> None:
    pdf = render(
        _document(
            model.Paragraph(ACCENTED),
            model.Fields((("Naam", ACCENTED),)),
            title="Overeenkomst Çelik Şükrü",
            subtitle="Trajectversie 2",
        )
    )
    (text,) = _texts(pdf)
    assert "Overeenkomst Çelik Şükrü\nTrajectversie 2" in text
    assert text.count(ACCENTED) == 2
    assert text.index("Overeenkomst") < text.index("Trajectversie 2")


def test_page_label_carries_the_true_total() -> None:
    texts = _texts(render(_three_pages(page_label="Pagina {page} van {pages}")))
    assert len(texts) == 3
    for number, text in enumerate(texts, start=1):
        assert f"Pagina {number} van 3" in text
    assert "One" in texts[0] and "Two" in texts[1] and "Three" in texts[2]


def test_long_table_repeats_its_header_and_numbers_all_pages() -> None:
    rows = tuple(
        (f"2026-01-{index % 28 + 1:02d}", f"Instalment {index}", f"€ {index},00") for index in range(150)
    )
    pdf = render(
        _document(
            model.Paragraph("Inleiding " * 200),
            model.Heading("Payment plan"),
            model.Table(("Date", "Description", "Amount"), rows, (1, 3, 1)),
        )
    )
    texts = _texts(pdf)
    # the table starts under its heading on the first page instead of being pushed to the next one
    assert re.search(r"Payment plan\s+Date", texts[0]) and "Instalment 0\n" in texts[0]
    pages = len(texts)
    assert pages >= 3
    for number, text in enumerate(texts, start=1):
        assert f"Page {number} of {pages}" in text
        assert "Description" in text  # the header row, on every page the table runs over
    everything = "\n".join(texts)
    assert all(f"Instalment {index}\n" in everything for index in range(150))


def test_document_information_and_language() -> None:
    keywords = "caseworker:agreement;v=1, case=PWB-2026-0042 Çelik"
    pdf = render(
        _document(
            model.Paragraph("x"),
            title="Overeenkomst Noël",
            subtitle="Kopie",
            keywords=keywords,
            author="CAW Oost-Vlaanderen",
            created="2026-11-24T14:10:00+01:00",
        )
    )
    reader = _read(pdf)
    info = reader.metadata
    assert info is not None
    assert info["/Keywords"] == keywords
    assert info["/Title"] == "Overeenkomst Noël"
    assert info["/Author"] == "CAW Oost-Vlaanderen"
    assert info["/Subject"] == "Kopie"
    assert info["/Creator"] == "Caseworker Desktop"
    assert info["/CreationDate"].startswith("D:20261124131000")  # 14:10 in Brussels is 13:10 UTC
    assert reader.trailer["/Root"]["/Lang"] == "nl"


def test_same_document_with_a_creation_date_gives_the_same_bytes() -> None:
    document = _document(_signatures(2), model.Paragraph("x"), created="2026-11-24T14:10:00+00:00")
    assert render(document) == render(document)


def test_every_font_is_embedded() -> None:
    pdf = render(
        _document(
            model.Heading("Section"),
            model.Paragraph(ACCENTED),
            model.Bullets(("a", "b"), numbered=True),
            model.Bullets(("c",)),
            model.Table(("A", "B"), (("1", "2"),)),
            model.Signatures(
                (
                    model.SignatureBox("Tenant", "Noël", (), None, "Not signed yet"),
                    model.SignatureBox("Landlord", "Ïris", (), _png(1)),
                )
            ),
            copy_for="Copy for the landlord",
            footer_note="Verification ABCD",
        )
    )
    for page in _read(pdf).pages:
        fonts = page["/Resources"]["/Font"].get_object()
        assert fonts
        for reference in fonts.values():
            font = reference.get_object()
            descriptor_owner = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            assert "/FontDescriptor" in descriptor_owner, f"{font['/BaseFont']} is not embedded"
            assert "/FontFile2" in descriptor_owner["/FontDescriptor"].get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])


def test_signature_images_are_embedded_once_each() -> None:
    signatures = model.Signatures(
        (
            *_signatures(3).boxes,
            model.SignatureBox(
                "Witness", "Őrs", ("Signed on paper",), None, "Signed on paper: scan attached"
            ),
        )
    )
    reader = _read(render(_document(model.Heading("Signatures"), signatures)))
    (page,) = reader.pages
    images = _image_xobjects(page)
    assert len(images) == 3
    assert {(image["/Width"], image["/Height"]) for image in images} == {(600, 200)}
    text = page.extract_text()
    for index in range(3):
        assert f"Role {index}" in text and f"Signer {index}" in text
    assert "Signed on paper: scan attached" in text
    assert "Őrs" in text


def test_signatures_move_to_the_next_page_together_with_their_heading() -> None:
    # enough text to leave room for the heading and one row of boxes, not for both rows
    pdf = render(_document(model.Paragraph("Tekst " * 560), model.Heading("Handtekeningen"), _signatures(4)))
    texts = _texts(pdf)
    assert len(texts) == 2
    assert "Handtekeningen" not in texts[0] and "Role 0" not in texts[0]
    assert "Handtekeningen" in texts[1]
    assert all(f"Role {index}" in texts[1] for index in range(4))
    reader = _read(pdf)
    assert len(_image_xobjects(reader.pages[0])) == 0
    assert len(_image_xobjects(reader.pages[1])) == 4


def test_logo_is_drawn_on_every_page() -> None:
    logo = _png(7, (400, 160), mode="RGB")
    reader = _read(render(_three_pages(letterhead=model.Letterhead("CAW", logo, ("Gent",)))))
    for page in reader.pages:
        images = _image_xobjects(page)
        assert [(image["/Width"], image["/Height"]) for image in images] == [(400, 160)]


def test_a_broken_logo_falls_back_to_the_plain_mark() -> None:
    reader = _read(
        render(_document(model.Paragraph("x"), letterhead=model.Letterhead("CAW", b"not an image")))
    )
    assert _image_xobjects(reader.pages[0]) == []
    assert "CAW" in reader.pages[0].extract_text()


def test_letterhead_copy_band_and_footer_note_on_every_page() -> None:
    texts = _texts(
        render(
            _three_pages(
                letterhead=model.Letterhead(
                    "CAW Oost-Vlaanderen", None, ("Visserij 153, 9000 Gent", "tel. 09")
                ),
                copy_for="Kopie voor de verhuurder",
                footer_note="Verificatiecode ABCD-EFGH",
            )
        )
    )
    assert len(texts) == 3
    for text in texts:
        assert "Kopie voor de verhuurder" in text
        assert "CAW Oost-Vlaanderen" in text
        assert "Visserij 153, 9000 Gent" in text
        assert "Verificatiecode ABCD-EFGH" in text


def test_no_copy_band_when_not_asked() -> None:
    (text,) = _texts(render(_document(model.Paragraph("x"))))
    assert "Copy" not in text and "Kopie" not in text


def test_user_text_with_markup_characters_prints_literally() -> None:
    tricky = "<b>Tom & Jerry</b> a<b & <br/> &amp;"
    pdf = render(
        _document(
            model.Heading(tricky),
            model.Paragraph(tricky),
            model.Bullets((tricky,)),
            model.Fields(((tricky, tricky),)),
            model.Table((tricky,), ((tricky,),)),
            model.Signatures((model.SignatureBox(tricky, tricky, (tricky,), None, tricky),)),
            title=tricky,
        )
    )
    (text,) = _texts(pdf)
    # the signature box's note sits in a narrow frame and may wrap, so it is not counted
    assert text.count(tricky) >= 9


def test_line_breaks_in_paragraphs_are_kept() -> None:
    (text,) = _texts(render(_document(model.Paragraph("first line\nsecond line\r\nthird line"))))
    assert "first line\nsecond line\nthird line" in text


def test_scan_page_stands_on_a_page_of_its_own() -> None:
    pdf = render(
        _document(
            model.Paragraph("Before"),
            model.ScanPage("Annex 1: letter from the landlord", _jpeg()),
            model.Paragraph("After"),
        )
    )
    reader = _read(pdf)
    assert len(reader.pages) == 3
    texts = [page.extract_text() for page in reader.pages]
    assert "Before" in texts[0] and "Annex 1" not in texts[0]
    assert "Annex 1: letter from the landlord" in texts[1]
    assert "After" in texts[2] and "After" not in texts[1]
    (scan,) = _image_xobjects(reader.pages[1])
    assert (scan["/Width"], scan["/Height"]) == (620, 877)
    assert _image_xobjects(reader.pages[0]) == []


def test_scan_after_a_page_break_leaves_no_empty_page() -> None:
    pdf = render(_document(model.Paragraph("Before"), model.PageBreak(), model.ScanPage("Annex", _jpeg())))
    assert len(_read(pdf).pages) == 2


def test_rendering_writes_nothing_to_disk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    workdir = tmp_path / "cwd"
    tempdir = tmp_path / "tmp"
    workdir.mkdir()
    tempdir.mkdir()
    monkeypatch.chdir(workdir)
    monkeypatch.setenv("TMPDIR", str(tempdir))
    monkeypatch.setattr("tempfile.tempdir", str(tempdir))
    writes: list[str] = []
    real_open: Callable[..., Any] = builtins.open

    def watching_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if any(flag in mode for flag in "wax+"):
            writes.append(str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watching_open)
    pdf = render(
        _document(
            _signatures(3),
            model.ScanPage("Annex", _jpeg()),
            letterhead=model.Letterhead("CAW", _png(9, mode="RGB")),
            created="2026-11-24T14:10:00+00:00",
        )
    )
    assert pdf.startswith(b"%PDF-")
    assert writes == []
    assert list(workdir.iterdir()) == []
    assert list(tempdir.iterdir()) == []


def test_fonts_are_loaded_once(monkeypatch: pytest.MonkeyPatch) -> None:
    render(_document(model.Paragraph("warm up")))

    def no_second_load(filename: str) -> bytes:
        raise AssertionError(f"{filename} loaded again")

    monkeypatch.setattr(render_module, "_font_bytes", no_second_load)
    assert render(_document(model.Paragraph("again"))).startswith(b"%PDF-")


def test_three_pages_with_three_signatures_render_quickly() -> None:
    rows = tuple((f"2026-01-{index % 28 + 1:02d}", f"Instalment {index}", "€ 10,00") for index in range(70))
    document = _document(
        model.Paragraph("Inleiding " * 60),
        model.Table(("Date", "Description", "Amount"), rows),
        _signatures(3),
        copy_for="Copy for the landlord",
    )
    assert len(_read(render(document)).pages) == 3
    timings = []
    for _ in range(5):
        start = time.perf_counter()
        render(document)
        timings.append(time.perf_counter() - start)
    # about 80 ms on a developer laptop; the bound only catches something gone badly wrong
    assert min(timings) < 0.5
