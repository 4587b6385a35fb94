"""The shape of a printable document: plain, already translated blocks that `render` lays out.

Services decide what goes into a document (and so what a landlord may read); this layer only decides
how it looks. Nothing here knows the user's language or the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 = section, 2 = subsection


@dataclass(frozen=True)
class Paragraph:
    text: str


@dataclass(frozen=True)
class Bullets:
    items: tuple[str, ...]
    numbered: bool = False


@dataclass(frozen=True)
class Fields:
    """Label and value pairs, laid out as a two-column list."""

    rows: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    # relative column widths; empty means equal widths
    widths: tuple[float, ...] = ()


@dataclass(frozen=True)
class SignatureBox:
    """One party's signature: the drawn ink (PNG) or a note that it was signed on paper."""

    role: str  # e.g. "Tenant"
    name: str
    details: tuple[str, ...]  # e.g. ("Signed in Gent", "on 24/11/2026 at 14:05")
    image_png: bytes | None  # the drawn signature; None while unsigned or signed on paper
    note: str = ""  # e.g. "Signed on paper: the scan is attached" or "Not signed yet"


@dataclass(frozen=True)
class Signatures:
    boxes: tuple[SignatureBox, ...]


@dataclass(frozen=True)
class ScanPage:
    """A scanned or photographed page (PNG or JPEG), printed on a page of its own, fitted to it."""

    caption: str
    image: bytes


@dataclass(frozen=True)
class PageBreak:
    pass


@dataclass(frozen=True)
class Graphic:
    """A chart already drawn as a reportlab.graphics Drawing, placed at its own size. Its strings must
    use the renderer's font (render.FONT), or the PDF would name a font it does not embed."""

    drawing: Any


Block = Heading | Paragraph | Bullets | Fields | Table | Signatures | ScanPage | PageBreak | Graphic


@dataclass(frozen=True)
class Letterhead:
    organisation: str
    logo: bytes | None = None  # PNG or JPEG chosen by the organisation; None draws the plain mark
    lines: tuple[str, ...] = ()  # address, phone … under the name


@dataclass(frozen=True)
class Document:
    title: str
    letterhead: Letterhead
    blocks: tuple[Block, ...]
    page_label: str  # format with {page} and {pages}, e.g. "Page {page} of {pages}"
    language: str  # "nl" or "en", written into the PDF so readers pick the right hyphenation
    subtitle: str = ""
    copy_for: str = ""  # e.g. "Copy for the landlord"; printed in a band on every page
    footer_note: str = ""  # e.g. "Verification code ABCD-EFGH-JKMN", on every page
    keywords: str = ""  # machine-readable tag, kept in the PDF's document information
    author: str = ""  # the organisation, for the PDF's document information
    created: str = field(default="")  # ISO timestamp for the PDF's creation date; empty = now
