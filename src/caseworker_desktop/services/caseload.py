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

from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.services.base import StoreService
from caseworker_desktop.store.audit import AuditAction
from caseworker_desktop.store.caseload_query import case_tuples, landlord_names


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
    if text.isascii():  # most names and addresses: no decomposition needed
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_BASE_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class CaseloadIndex:
    """Search and filter over a list of rows; returns positions into that list."""

    def __init__(self, rows: Sequence[CaseRow]) -> None:
        self.rows = rows
        self._haystacks = [fold(f"{r.client_name}\x00{r.address}\x00{r.number}") for r in rows]
        self._order: list[int] = list(range(len(rows)))
        self._last_terms: tuple[str, ...] = ()
        self._last_hits: list[int] = self._order

    def set_order(self, order: list[int]) -> None:
        """Scan in this order (the table's sort), so results come out sorted and need no sort."""
        self._order = order
        self._last_terms, self._last_hits = (), order

    def search(self, query: str) -> list[int]:
        terms = tuple(fold(query).split())
        if not terms:
            hits = list(self._order)
        else:
            # Typing narrows: when every new term extends an old one, only old hits can match.
            narrowing = len(terms) >= len(self._last_terms) and all(
                new.startswith(old) for new, old in zip(terms, self._last_terms, strict=False)
            )
            pool: Iterable[int] = self._last_hits if narrowing and self._last_terms else self._order
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
    def rows(self, limit: int | None = None) -> list[CaseRow]:
        """Every case (or the first `limit` by next date), as the caseload table shows them."""
        with self._uow() as uow:
            tuples = case_tuples(uow.session, limit)
            landlords = landlord_names(uow.session)
            uow.audit(AuditAction.READ, "caseload", "all" if limit is None else f"first {limit}")
        as_date = date.fromisoformat
        rows: list[CaseRow] = []
        append = rows.append
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
            landlord_id,
            status,
            counsellor,
            next_date,
            referral_date,
        ) in tuples:
            house_part = f"{house} bus {box}" if box else house
            append(
                CaseRow(
                    id=cid,
                    number=number,
                    client_name=f"{last}, {first}",
                    address=f"{street} {house_part}, {pc} {town}",
                    landlord=landlords.get(landlord_id, "") if landlord_id else "",
                    status=_STATUSES[status],
                    counsellor=counsellor,
                    next_date=as_date(next_date) if next_date else None,
                    referral_date=as_date(referral_date),
                )
            )
        return rows


_STATUSES = {s.value: s for s in CaseStatus}
