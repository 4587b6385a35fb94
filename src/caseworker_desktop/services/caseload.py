"""The caseload: every case in one fast read, plus search and status filters in memory.

Reading through SQLAlchemy Core (not ORM objects) keeps 50,000 rows well under the budget; search
runs over a pre-folded text per row, so each keystroke is a scan of Python strings, never a query
and never a temp file.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import aliased

from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.models import Case, Client, Partner, Tenancy


@dataclass(frozen=True, slots=True)
class CaseRow:
    id: str
    number: str
    client_name: str
    address: str
    landlord: str
    status: CaseStatus
    counsellor: str
    next_date: date | None
    referral_date: date

    def days_since_referral(self, today: date) -> int:
        return (today - self.referral_date).days


# Letters that are not an accent on a base letter, so NFKD leaves them whole.
_BASE_LETTERS = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "æ": "ae", "œ": "oe", "ß": "ss"})


def fold(text: str) -> str:
    """Lower-case and strip accents: 'Ünal' is found by 'unal', 'Yılmaz' by 'yilmaz', 'Michał' by 'michal'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_BASE_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class CaseloadIndex:
    """Search and filter over a list of rows; returns positions into that list."""

    def __init__(self, rows: Sequence[CaseRow]) -> None:
        self.rows = rows
        self._haystacks = [fold(f"{r.client_name}\x00{r.address}\x00{r.number}") for r in rows]
        self._last_terms: tuple[str, ...] = ()
        self._last_hits: list[int] = list(range(len(rows)))

    def search(self, query: str) -> list[int]:
        terms = tuple(fold(query).split())
        if not terms:
            hits = list(range(len(self.rows)))
        else:
            # Typing narrows: when every new term extends an old one, only old hits can match.
            narrowing = len(terms) >= len(self._last_terms) and all(
                new.startswith(old) for new, old in zip(terms, self._last_terms, strict=False)
            )
            pool: Iterable[int] = self._last_hits if narrowing and self._last_terms else range(len(self.rows))
            haystacks = self._haystacks
            if len(terms) == 1:
                term = terms[0]
                hits = [i for i in pool if term in haystacks[i]]
            else:
                hits = [i for i in pool if all(t in haystacks[i] for t in terms)]
        self._last_terms, self._last_hits = terms, hits
        return hits

    def filter(self, query: str, statuses: frozenset[CaseStatus] | None) -> list[int]:
        hits = self.search(query)
        if statuses is None:
            return hits
        rows = self.rows
        return [i for i in hits if rows[i].status in statuses]


class CaseloadService(StoreService):
    def rows(self) -> list[CaseRow]:
        landlord = aliased(Partner)
        query = (
            select(
                Case.id,
                Case.number,
                Client.last_name,
                Client.first_name,
                Client.street,
                Client.house_number,
                Client.box,
                Client.postcode,
                Client.municipality,
                landlord.name,
                Case.status,
                Case.counsellor_name,
                Case.next_date,
                Case.referral_date,
            )
            .join(Client, Client.id == Case.client_id)
            .outerjoin(Tenancy, Tenancy.case_id == Case.id)
            .outerjoin(landlord, landlord.id == Tenancy.landlord_id)
            .where(Case.deleted.is_(False))
        )
        with self._uow() as uow:
            result = uow.session.execute(query).all()
            uow.audit(AuditAction.READ, "caseload", "all")
        rows = []
        for (
            cid,
            number,
            last,
            first,
            street,
            house,
            box,
            pc,
            town,
            landlord_name,
            status,
            counsellor,
            next_date,
            referral_date,
        ) in result:
            house_part = f"{house} bus {box}" if box else house
            rows.append(
                CaseRow(
                    id=cid,
                    number=number,
                    client_name=f"{last}, {first}",
                    address=f"{street} {house_part}, {pc} {town}",
                    landlord=landlord_name or "",
                    status=CaseStatus(status),
                    counsellor=counsellor,
                    next_date=next_date,
                    referral_date=referral_date,
                )
            )
        return rows
