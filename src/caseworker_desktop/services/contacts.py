"""Use cases for the contact log and personal working notes.

A contact (home visit, phone call, meeting …) and its summary belong to the dossier: care-team scope,
synced to the team. A counsellor's personal working note — on a contact or on the case as a whole —
has personal scope: the unit of work keeps it out of the outbox, so it never leaves this laptop, and
only its author reads it back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, literal_column, select

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.followup import (
    ContactEntry,
    ContactInput,
    ContactKind,
    validate_contact,
    validate_note,
)
from caseworker_desktop.domain.scopes import SharingScope
from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import Case
from caseworker_desktop.store.models_trajectory import Contact, WorkingNote
from caseworker_desktop.store.uow import UnitOfWork


@dataclass(frozen=True)
class ContactRecord:
    id: str
    case_id: str
    on: date
    kind: ContactKind
    duration_min: int | None
    with_whom: str
    summary: str
    planned: bool
    personal_note: str  # this counsellor's own note on the contact; "" when none
    author: str

    def as_input(self) -> ContactInput:
        """The record as the form shows it, for editing."""
        return ContactInput(
            on=self.on,
            kind=self.kind,
            duration=str(self.duration_min) if self.duration_min is not None else "",
            with_whom=self.with_whom,
            summary=self.summary,
            planned=self.planned,
            personal_note=self.personal_note,
        )


@dataclass(frozen=True)
class NoteRecord:
    id: str
    case_id: str
    contact_id: str | None
    text: str
    written_at: datetime | None


class ContactService(StoreService):
    # --- contacts ---------------------------------------------------------------------------------
    def log(self, case_id: str, data: ContactInput) -> str:
        """Validate and store a contact (and its personal note, if any); returns the contact id."""
        entry = validate_contact(data, self._today())
        with self._uow() as uow:
            self._check_open(uow, case_id)
            contact = Contact(
                case_id=case_id,
                on=entry.on,
                contact_kind=entry.kind.value,
                duration_min=entry.duration_min,
                with_whom=entry.with_whom,
                summary=entry.summary,
                planned=entry.planned,
                scope=SharingScope.CARE_TEAM.value,
            )
            uow.add(contact)
            uow.session.flush()
            self._set_contact_note(uow, contact, entry.personal_note)
            return contact.id

    def update(self, contact_id: str, data: ContactInput) -> None:
        entry = validate_contact(data, self._today())
        with self._uow() as uow:
            contact = self._contact(uow, contact_id)
            self._check_open(uow, contact.case_id)
            self._apply(contact, entry)
            self._set_contact_note(uow, contact, entry.personal_note)

    def remove(self, contact_id: str) -> None:
        """Tombstone the contact and the personal notes on it."""
        with self._uow() as uow:
            contact = self._contact(uow, contact_id)
            self._check_open(uow, contact.case_id)
            for note in self._notes_on(uow, contact.id):
                uow.tombstone(note)
            uow.tombstone(contact)

    def get(self, contact_id: str) -> ContactRecord:
        with self._uow() as uow:
            contact = self._contact(uow, contact_id)
            notes = self._notes_on(uow, contact.id)
            uow.audit(AuditAction.READ, Contact.kind, contact.id)
            return self._record(contact, notes[0].text if notes else "")

    def contacts(self, case_id: str) -> tuple[ContactRecord, ...]:
        """The case's contacts, newest first (planned ones ahead of today on top)."""
        with self._uow() as uow:
            rows = uow.session.scalars(
                select(Contact)
                .where(Contact.case_id == case_id, Contact.deleted.is_(False))
                .order_by(
                    Contact.on.desc(),
                    Contact.created_at.desc(),
                    literal_column("contact.rowid").desc(),
                )
            ).all()
            notes: dict[str, str] = {}
            for note in uow.session.scalars(
                self._own_notes().where(WorkingNote.case_id == case_id, WorkingNote.contact_id.is_not(None))
            ):
                notes.setdefault(note.contact_id or "", note.text)
            uow.audit(AuditAction.READ, "contact_log", case_id)
            return tuple(self._record(c, notes.get(c.id, "")) for c in rows)

    def is_final(self, case_id: str) -> bool:
        """True once the case has ended: its contact log can no longer change."""
        with self._uow() as uow:
            return CaseStatus(uow.session.get_one(Case, case_id).status) == CaseStatus.ENDED

    # --- personal working notes on the case ---------------------------------------------------------
    def add_note(self, case_id: str, text: str) -> str:
        """A personal working note on the case as a whole; returns its id."""
        value = validate_note(text)
        with self._uow() as uow:
            uow.session.get_one(Case, case_id)
            note = WorkingNote(
                case_id=case_id, contact_id=None, text=value, scope=SharingScope.PERSONAL.value
            )
            uow.add(note)
            uow.session.flush()
            return note.id

    def update_note(self, note_id: str, text: str) -> None:
        value = validate_note(text)
        with self._uow() as uow:
            self._own_note(uow, note_id).text = value

    def remove_note(self, note_id: str) -> None:
        with self._uow() as uow:
            uow.tombstone(self._own_note(uow, note_id))

    def case_notes(self, case_id: str) -> tuple[NoteRecord, ...]:
        """This counsellor's notes on the case (not those on a contact), newest first."""
        with self._uow() as uow:
            rows = uow.session.scalars(
                self._own_notes()
                .where(WorkingNote.case_id == case_id, WorkingNote.contact_id.is_(None))
                .order_by(WorkingNote.created_at.desc(), literal_column("working_note.rowid").desc())
            ).all()
            uow.audit(AuditAction.READ, "working_notes", case_id)
            return tuple(NoteRecord(n.id, n.case_id, n.contact_id, n.text, n.created_at) for n in rows)

    # --- helpers ----------------------------------------------------------------------------------
    def _own_notes(self) -> Select[WorkingNote]:
        # Only the author's own notes, and only personal ones: a note can never widen its audience.
        return select(WorkingNote).where(
            WorkingNote.deleted.is_(False),
            WorkingNote.author == self._actor,
            WorkingNote.scope == SharingScope.PERSONAL.value,
        )

    def _own_note(self, uow: UnitOfWork, note_id: str) -> WorkingNote:
        note = uow.session.get(WorkingNote, note_id)
        if note is None or note.deleted or note.author != self._actor:
            raise RuleViolation("note_unknown")
        return note

    def _notes_on(self, uow: UnitOfWork, contact_id: str) -> list[WorkingNote]:
        return list(
            uow.session.scalars(
                self._own_notes()
                .where(WorkingNote.contact_id == contact_id)
                .order_by(WorkingNote.created_at, literal_column("working_note.rowid"))
            )
        )

    def _contact(self, uow: UnitOfWork, contact_id: str) -> Contact:
        contact = uow.session.get(Contact, contact_id)
        if contact is None or contact.deleted:
            raise RuleViolation("contact_unknown")
        return contact

    def _check_open(self, uow: UnitOfWork, case_id: str) -> None:
        """Contacts are logged through support and aftercare; an ended case's log is final."""
        case = uow.session.get_one(Case, case_id)
        if CaseStatus(case.status) == CaseStatus.ENDED:
            raise RuleViolation("contact_case_ended")

    @staticmethod
    def _apply(contact: Contact, entry: ContactEntry) -> None:
        contact.on = entry.on
        contact.contact_kind = entry.kind.value
        contact.duration_min = entry.duration_min
        contact.with_whom = entry.with_whom
        contact.summary = entry.summary
        contact.planned = entry.planned

    def _set_contact_note(self, uow: UnitOfWork, contact: Contact, text: str) -> None:
        notes = self._notes_on(uow, contact.id)
        if not text:
            for note in notes:
                uow.tombstone(note)
            return
        if notes:
            if notes[0].text != text:
                notes[0].text = text
            for extra in notes[1:]:
                uow.tombstone(extra)
            return
        uow.add(
            WorkingNote(
                case_id=contact.case_id,
                contact_id=contact.id,
                text=text,
                scope=SharingScope.PERSONAL.value,
            )
        )

    @staticmethod
    def _record(contact: Contact, note: str) -> ContactRecord:
        return ContactRecord(
            id=contact.id,
            case_id=contact.case_id,
            on=contact.on,
            kind=ContactKind(contact.contact_kind),
            duration_min=contact.duration_min,
            with_whom=contact.with_whom,
            summary=contact.summary,
            planned=contact.planned,
            personal_note=note,
            author=contact.author,
        )
