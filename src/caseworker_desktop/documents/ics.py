"""iCalendar (RFC 5545) files of all-day events, for exporting the agenda to a calendar.

A calendar file leaves the encrypted store: it lands in a download folder, syncs to phones and cloud
calendars. This module writes exactly what it is handed — the agenda service decides what that is and
keeps client data out of it by default — and writes the file readable by its owner only.

The format, per RFC 5545: CRLF line ends (3.1), lines folded at 75 octets without splitting a UTF-8
character (3.1), TEXT values with backslash, semicolon, comma and newlines escaped (3.3.11), DTSTAMP in
UTC (3.8.7.2), all-day events as DTSTART;VALUE=DATE with the next day as DTEND (3.6.1), and a UID
that stays the same for the same item across exports, so importing again updates instead of doubling.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

PRODID = "-//Caseworker Desktop//Agenda//EN"
UID_DOMAIN = "caseworker-desktop.invalid"
LINE_OCTETS = 75

# Control characters other than tab are not allowed in a TEXT value (RFC 5545 3.1, 3.3.11).
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    day: date
    summary: str
    description: str = ""


def event_uid(ref: str) -> str:
    """A UID stable for one item, that says nothing about it: a hash of its reference."""
    digest = hashlib.sha256(ref.encode("utf-8")).hexdigest()[:32]
    return f"{digest}@{UID_DOMAIN}"


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash first, then ; and , and every kind of line break as \\n."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")
    return _CONTROL.sub("", value)


def fold(line: str) -> bytes:
    """One content line as UTF-8 octets ending in CRLF, folded so no line passes 75 octets.

    A continuation line starts with one space, which counts towards its 75; a character of several
    octets is never cut in two.
    """
    data = line.encode("utf-8")
    if len(data) <= LINE_OCTETS:
        return data + b"\r\n"
    parts: list[bytes] = []
    start, limit = 0, LINE_OCTETS
    while len(data) - start > limit:
        end = start + limit
        while end > start and (data[end] & 0xC0) == 0x80:  # inside a UTF-8 sequence: step back
            end -= 1
        parts.append(data[start:end])
        start, limit = end, LINE_OCTETS - 1
    parts.append(data[start:])
    return b"\r\n ".join(parts) + b"\r\n"


def _utc(stamp: datetime) -> str:
    """A naive datetime is taken as UTC (as the application's clock gives it)."""
    if stamp.tzinfo is not None:
        stamp = stamp.astimezone(UTC)
    return stamp.strftime("%Y%m%dT%H%M%SZ")


def render_calendar(events: Iterable[CalendarEvent], *, stamp: datetime, name: str = "") -> bytes:
    """The whole VCALENDAR as bytes; `stamp` (UTC) becomes every event's DTSTAMP."""
    dtstamp = _utc(stamp)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    for event in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{event.uid}",
            f"DTSTAMP:{dtstamp}",
            f"DTSTART;VALUE=DATE:{event.day.strftime('%Y%m%d')}",
            f"DTEND;VALUE=DATE:{(event.day + timedelta(days=1)).strftime('%Y%m%d')}",
            f"SUMMARY:{escape_text(event.summary)}",
        ]
        if event.description:
            lines.append(f"DESCRIPTION:{escape_text(event.description)}")
        lines += ["TRANSP:TRANSPARENT", "END:VEVENT"]
    lines.append("END:VCALENDAR")
    return b"".join(fold(line) for line in lines)
