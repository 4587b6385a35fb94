"""The calendar export: RFC 5545 output read back by a real parser, privacy by default, audit, 0600."""

from __future__ import annotations

import os
import re
import stat
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar
from sqlalchemy import select

from caseworker_desktop.documents.ics import (
    CalendarEvent,
    escape_text,
    event_uid,
    fold,
    render_calendar,
)
from caseworker_desktop.documents.user_files import write_private_file
from caseworker_desktop.services.agenda import AgendaItem, AgendaKind, AgendaPeriod, CalendarTexts
from caseworker_desktop.services.workspace import Workspace
from caseworker_desktop.store.models import AuditEntry
from tests.trajectory.agenda_support import AgendaProfile, build_profile

STAMP = datetime(2026, 11, 24, 9, 30, 15)
TEXTS = CalendarTexts(
    calendar_name="Agenda woonbegeleiding",
    summary="%1 — dossier %2",
    summary_with_name="%1 — dossier %2 (%3)",
)
TITLES = {
    AgendaKind.HEARING: "Hoorzitting",
    AgendaKind.COURT: "Gerechtelijke datum",
    AgendaKind.EVALUATION: "Evaluatie",
    AgendaKind.HOME_VISIT: "Huisbezoek",
    AgendaKind.CONTACT: "Contact",
    AgendaKind.PAYMENT_CHECK: "Controle afbetalingsplan",
    AgendaKind.AFTERCARE_END: "Einde nazorg",
    AgendaKind.NEXT_DATE: "Volgende datum",
}


def title_of(item: AgendaItem) -> str:
    return TITLES[item.kind]


def parse(data: bytes) -> Calendar:
    return Calendar.from_ical(data)


def events_of(data: bytes) -> list:
    return list(parse(data).walk("VEVENT"))


# --- the format ---------------------------------------------------------------------------------------
def test_calendar_parses_back_with_all_day_events() -> None:
    events = [
        CalendarEvent(event_uid("court:1"), date(2026, 12, 1), "Hoorzitting — dossier 2026-0012-ABC"),
        CalendarEvent(event_uid("next:2"), date(2026, 12, 31), "Volgende datum — dossier 2026-0013-ABC"),
    ]
    data = render_calendar(events, stamp=STAMP, name="Agenda")
    calendar = parse(data)
    assert str(calendar["VERSION"]) == "2.0"
    assert str(calendar["PRODID"]).startswith("-//")
    parsed = list(calendar.walk("VEVENT"))
    assert [str(e["SUMMARY"]) for e in parsed] == [e.summary for e in events]
    assert [e.decoded("DTSTART") for e in parsed] == [date(2026, 12, 1), date(2026, 12, 31)]
    assert [e.decoded("DTEND") for e in parsed] == [date(2026, 12, 2), date(2027, 1, 1)]
    assert all(type(e.decoded("DTSTART")) is date for e in parsed)  # all-day, not a date-time
    assert [str(e["UID"]) for e in parsed] == [e.uid for e in events]
    stamp = parsed[0].decoded("DTSTAMP")
    assert (stamp.replace(tzinfo=None), stamp.utcoffset().total_seconds()) == (STAMP, 0)
    assert b"DTSTART;VALUE=DATE:20261201\r\n" in data
    assert b"DTSTAMP:20261124T093015Z\r\n" in data


def test_every_line_ends_in_crlf_and_long_lines_fold_at_75_octets() -> None:
    summary = "Huisbezoek — dossier 2026-0012-ABC " + "Ünal Hélène Yılmaz, ; \\ " * 12
    data = render_calendar([CalendarEvent("u@x", date(2026, 12, 1), summary)], stamp=STAMP)
    assert data.endswith(b"\r\n")
    lines = data.split(b"\r\n")[:-1]
    assert all(b"\n" not in line and b"\r" not in line for line in lines)
    assert all(len(line) <= 75 for line in lines)
    assert any(line.startswith(b" ") for line in lines)  # it was folded
    for line in lines:
        line.decode("utf-8")  # no character cut in two across a fold
    assert str(events_of(data)[0]["SUMMARY"]) == summary


def test_fold_keeps_short_lines_and_never_splits_a_character() -> None:
    assert fold("SUMMARY:kort") == b"SUMMARY:kort\r\n"
    exactly = "X" * 75
    assert fold(exactly) == exactly.encode() + b"\r\n"
    folded = fold("S:" + "é" * 80)  # two octets each: the cut must fall between characters
    parts = folded.split(b"\r\n")[:-1]
    assert [len(p) <= 75 for p in parts] == [True] * len(parts)
    assert b"".join(p[1:] if i else p for i, p in enumerate(parts)).decode() == "S:" + "é" * 80


def test_escaping_of_text_values() -> None:
    assert escape_text("a,b;c\\d\ne\r\nf\rg") == "a\\,b\\;c\\\\d\\ne\\nf\\ng"
    assert escape_text("bel\x07 eerst\ttab") == "bel eerst\ttab"
    data = render_calendar(
        [CalendarEvent("u@x", date(2026, 1, 1), "Zitting; zaal 2, Gent\\Oost\nmeebrengen")],
        stamp=STAMP,
        name="Agenda, team; Oost",
    )
    assert b"SUMMARY:Zitting\\; zaal 2\\, Gent\\\\Oost\\nmeebrengen\r\n" in data
    assert str(events_of(data)[0]["SUMMARY"]) == "Zitting; zaal 2, Gent\\Oost\nmeebrengen"
    # An X- property is TEXT by default (RFC 5545 3.8.8.2), escaped like any text; the parser hands
    # unknown properties back raw, so the line itself is checked.
    assert b"X-WR-CALNAME:Agenda\\, team\\; Oost\r\n" in data


_PRINTABLE = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc")) | st.sampled_from(",;\\\n:\"'é€ı"),
    max_size=300,
)


@given(summary=_PRINTABLE)
def test_any_summary_survives_the_round_trip(summary: str) -> None:
    data = render_calendar([CalendarEvent("u@x", date(2027, 3, 4), summary)], stamp=STAMP)
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    parsed = events_of(data)
    assert len(parsed) == 1
    assert str(parsed[0].get("SUMMARY", "")) == summary


def test_uid_is_stable_per_item_and_reveals_nothing() -> None:
    assert event_uid("court:abc") == event_uid("court:abc")
    assert event_uid("court:abc") != event_uid("court:abd")
    assert "abc" not in event_uid("court:abc")
    assert re.fullmatch(r"[0-9a-f]{32}@[a-z.-]+", event_uid("next:x"))


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
def test_written_file_is_owner_only_even_over_a_wider_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "agenda.ics"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    os.chmod(tmp_path, 0o755)
    write_private_file(target, b"BEGIN:VCALENDAR\r\n")
    assert target.read_bytes() == b"BEGIN:VCALENDAR\r\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o755  # the chosen folder is left alone
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.ics"]  # no temporary file left


# --- the export through the service --------------------------------------------------------------------
@pytest.fixture
def profile(workspace: Workspace, landlord_id: str) -> AgendaProfile:
    return build_profile(workspace, landlord_id)


def _audit(workspace: Workspace) -> list[tuple[str, str, str]]:
    with workspace.store.unit_of_work("") as uow:
        rows = uow.session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        return [(r.action, r.record_kind, r.record_id) for r in rows]


def test_export_by_default_holds_only_kind_and_case_number(
    workspace: Workspace, profile: AgendaProfile, tmp_path: Path
) -> None:
    items = workspace.agenda.items()
    target = tmp_path / "agenda.ics"
    result = workspace.agenda.export_calendar(target, items, title_of=title_of, texts=TEXTS)
    data = target.read_bytes()
    parsed = events_of(data)
    assert (result.events, result.cases, result.with_names) == (len(items), 3, False)
    assert len(parsed) == len(items)
    assert [str(e["SUMMARY"]) for e in parsed] == [
        f"{TITLES[i.kind]} — dossier {i.case_number}" for i in items
    ]
    assert [e.decoded("DTSTART") for e in parsed] == [i.day for i in items]
    text = data.decode("utf-8")
    unfolded = text.replace("\r\n ", "")
    for private in ("Peeters", "Jan", "Janssens", "Els", "Maes", "Noor", "Kerkstraat", "Gent", "zus"):
        assert private not in unfolded, private
    assert "DESCRIPTION" not in unfolded and "LOCATION" not in unfolded
    hearing = next(e for e, i in zip(parsed, items, strict=True) if i.kind == AgendaKind.HEARING)
    assert str(hearing["SUMMARY"]).startswith("Hoorzitting — dossier 2026-")


def test_export_with_names_only_when_asked(
    workspace: Workspace, profile: AgendaProfile, tmp_path: Path
) -> None:
    items = workspace.agenda.items(AgendaPeriod.ALL)
    target = tmp_path / "agenda.ics"
    workspace.agenda.export_calendar(target, items, title_of=title_of, texts=TEXTS, include_client_name=True)
    summaries = [str(e["SUMMARY"]) for e in events_of(target.read_bytes())]
    assert summaries == [f"{TITLES[i.kind]} — dossier {i.case_number} ({i.client_name})" for i in items]
    # Even then, notes and who is visited stay out.
    unfolded = target.read_text(encoding="utf-8").replace("\r\n ", "")
    assert "Vredegerecht" not in unfolded and "zus" not in unfolded


def test_export_uids_are_stable_across_exports(
    workspace: Workspace, profile: AgendaProfile, tmp_path: Path
) -> None:
    items = workspace.agenda.items()
    first, second = tmp_path / "a.ics", tmp_path / "b.ics"
    workspace.agenda.export_calendar(first, items, title_of=title_of, texts=TEXTS)
    workspace.agenda.export_calendar(second, workspace.agenda.items(), title_of=title_of, texts=TEXTS)
    uids = [str(e["UID"]) for e in events_of(first.read_bytes())]
    assert uids == [str(e["UID"]) for e in events_of(second.read_bytes())]
    assert len(set(uids)) == len(uids)


def test_export_is_audited_and_owner_only(
    workspace: Workspace, profile: AgendaProfile, tmp_path: Path
) -> None:
    items = workspace.agenda.items()
    before = len(_audit(workspace))
    target = tmp_path / "agenda.ics"
    workspace.agenda.export_calendar(target, items, title_of=title_of, texts=TEXTS)
    added = _audit(workspace)[before:]
    assert added[0] == ("export", "agenda_calendar", f"{len(items)} items, case numbers only")
    assert sorted(added[1:]) == sorted(
        ("export", "case", case_id) for case_id in {profile.active, profile.aftercare, profile.closed}
    )
    if sys.platform != "win32":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    workspace.agenda.export_calendar(target, items, title_of=title_of, texts=TEXTS, include_client_name=True)
    assert ("export", "agenda_calendar", f"{len(items)} items, with names") in _audit(workspace)


def test_a_failed_write_leaves_no_audit_entry_and_no_file(
    workspace: Workspace, profile: AgendaProfile, tmp_path: Path
) -> None:
    items = workspace.agenda.items()
    before = _audit(workspace)
    target = tmp_path / "missing-folder" / "agenda.ics"
    with pytest.raises(OSError):
        workspace.agenda.export_calendar(target, items, title_of=title_of, texts=TEXTS)
    assert _audit(workspace) == before
    assert not target.exists()
