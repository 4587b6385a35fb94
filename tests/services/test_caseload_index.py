"""CaseloadIndex: accent- and case-insensitive search, AND over terms, narrowing and widening."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from caseworker_desktop.domain.status import CaseStatus
from caseworker_desktop.services.caseload import CaseloadIndex, CaseRow, fold


def row(i: int, name: str, address: str, status: CaseStatus = CaseStatus.REFERRED) -> CaseRow:
    return CaseRow(
        id=f"id-{i}",
        number=f"2026-{i:04d}-A1B",
        client_name=name,
        address=address,
        landlord="Woonpunt",
        status=status,
        counsellor="Sofie Claes",
        next_date=None,
        referral_date=date(2026, 1, 1),
    )


ROWS = [
    row(1, "Ünal, Hélène", "Kerkstraat 12 bus 3, 3000 Leuven"),
    row(2, "Peeters, Jan", "Kerkstraat 4, 9000 Gent", CaseStatus.ACTIVE),
    row(3, "Dubois, Jérôme", "Rue de l'Église 7, 4000 Liège", CaseStatus.CLOSED),
    row(4, "Peeters, An", "Markt 1, 3000 Leuven", CaseStatus.ACTIVE),
    row(5, "Çelik, Zeynep", "Stationsstraat 22, 2800 Mechelen"),
    row(6, "Straße, Jürgen", "Brugsesteenweg 15, 8000 Brugge"),
    row(12, "Janssens, Mieke", "Pieter Coutereelstraat 2, 3000 Leuven", CaseStatus.INTAKE),
]


def brute_force(rows: list[CaseRow], query: str) -> list[int]:
    """Independent of the index: each term must appear (folded) in the name, address or number."""

    def simple_fold(text: str) -> str:
        text = unicodedata.normalize("NFKD", text)
        return "".join(c for c in text if not unicodedata.combining(c)).casefold()

    terms = simple_fold(query).split()
    return [
        i
        for i, r in enumerate(rows)
        if all(any(t in simple_fold(f) for f in (r.client_name, r.address, r.number)) for t in terms)
    ]


def names(index: CaseloadIndex, query: str) -> list[str]:
    return [index.rows[i].client_name for i in index.search(query)]


def test_fold() -> None:
    assert fold("Ünal Hélène ÇELİK Straße") == "unal helene celik strasse"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("unal", ["Ünal, Hélène"]),
        ("ÜNAL", ["Ünal, Hélène"]),
        ("helene", ["Ünal, Hélène"]),
        ("Hélène", ["Ünal, Hélène"]),
        ("jerome eglise", ["Dubois, Jérôme"]),
        ("celik", ["Çelik, Zeynep"]),
        ("strasse", ["Straße, Jürgen"]),
        ("STRASSE jurgen", ["Straße, Jürgen"]),
    ],
)
def test_accents_and_case_do_not_matter(query: str, expected: list[str]) -> None:
    assert names(CaseloadIndex(ROWS), query) == expected


def test_all_terms_must_match() -> None:
    index = CaseloadIndex(ROWS)
    assert names(index, "peeters") == ["Peeters, Jan", "Peeters, An"]
    assert names(index, "peeters leuven") == ["Peeters, An"]
    assert names(index, "leuven peeters") == ["Peeters, An"]
    assert names(index, "peeters brugge") == []


def test_find_by_case_number() -> None:
    index = CaseloadIndex(ROWS)
    assert names(index, "2026-0012") == ["Janssens, Mieke"]
    assert names(index, "0012-a1b") == ["Janssens, Mieke"]
    assert len(index.search("2026-00")) == len(ROWS)


def test_empty_query_gives_everything() -> None:
    index = CaseloadIndex(ROWS)
    assert index.search("") == list(range(len(ROWS)))
    assert index.search("   ") == list(range(len(ROWS)))


def test_narrowing_then_widening_gives_the_full_result_again() -> None:
    index = CaseloadIndex(ROWS)
    typed = "kerkstraat gent"
    for end in range(1, len(typed) + 1):  # typing, one character at a time
        assert index.search(typed[:end]) == brute_force(ROWS, typed[:end]), typed[:end]
    assert names(index, typed) == ["Peeters, Jan"]
    for end in range(len(typed) - 1, -1, -1):  # deleting again
        assert index.search(typed[:end]) == brute_force(ROWS, typed[:end]), typed[:end]
    assert index.search("") == list(range(len(ROWS)))


def test_replacing_a_term_is_not_taken_for_narrowing() -> None:
    index = CaseloadIndex(ROWS)
    assert names(index, "peeters") == ["Peeters, Jan", "Peeters, An"]
    assert names(index, "leuven") == ["Ünal, Hélène", "Peeters, An", "Janssens, Mieke"]
    assert names(index, "leuven kerk") == ["Ünal, Hélène"]
    assert names(index, "leuven mark") == ["Peeters, An"]
    assert names(index, "l") == brute_force_names("l")


def brute_force_names(query: str) -> list[str]:
    return [ROWS[i].client_name for i in brute_force(ROWS, query)]


def test_filter_by_status_after_search() -> None:
    index = CaseloadIndex(ROWS)
    active = frozenset({CaseStatus.ACTIVE})
    assert [ROWS[i].client_name for i in index.filter("peeters", active)] == ["Peeters, Jan", "Peeters, An"]
    assert [ROWS[i].client_name for i in index.filter("leuven", active)] == ["Peeters, An"]
    assert index.filter("leuven", None) == brute_force(ROWS, "leuven")
    assert index.filter("", frozenset({CaseStatus.CLOSED})) == [2]
    assert index.filter("", frozenset()) == []


ALPHABET = "aeiunlrskAEÜÉéèçÇß -0123"
texts = st.text(alphabet=ALPHABET, max_size=12)
# Words that share prefixes and differ only by accents or case, so random queries do hit rows.
VOCABULARY = [
    "Jan",
    "Janssens",
    "An",
    "Ünal",
    "unal",
    "Hélène",
    "Helena",
    "Kerk",
    "Kerkstraat",
    "Leuven",
    "Gent",
]
words = st.sampled_from(VOCABULARY)
fragments = st.builds(
    lambda word, start, length, upper: (word.upper() if upper else word)[start : start + length],
    words,
    st.integers(0, 3),
    st.integers(1, 10),
    st.booleans(),
)
queries = st.lists(fragments, max_size=3).map(" ".join)


@st.composite
def row_lists(draw: st.DrawFn, text: st.SearchStrategy[str]) -> list[CaseRow]:
    count = draw(st.integers(min_value=0, max_value=12))
    return [row(i, draw(text), draw(text)) for i in range(count)]


worded_rows = row_lists(st.lists(words, min_size=1, max_size=3).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(rows=row_lists(texts), queries=st.lists(st.text(alphabet=ALPHABET, max_size=8), max_size=10))
def test_any_sequence_of_random_queries_matches_brute_force(rows: list[CaseRow], queries: list[str]) -> None:
    index = CaseloadIndex(rows)
    for query in queries:
        assert index.search(query) == brute_force(rows, query), query


@settings(max_examples=300, deadline=None)
@given(rows=worded_rows, queries=st.lists(queries, max_size=10))
def test_any_sequence_of_word_queries_matches_brute_force(rows: list[CaseRow], queries: list[str]) -> None:
    index = CaseloadIndex(rows)
    for query in queries:
        assert index.search(query) == brute_force(rows, query), query


def typing_steps(target: str, back: int, then: str) -> list[str]:
    """Type target one character at a time, delete `back` characters, then type `then`."""
    steps = [target[:end] for end in range(len(target) + 1)]
    kept = target[: max(0, len(target) - back)]
    steps += [target[:end] for end in range(len(target) - 1, len(kept) - 1, -1)]
    steps += [kept + then[:end] for end in range(1, len(then) + 1)]
    return steps


@settings(max_examples=300, deadline=None)
@given(rows=worded_rows, target=queries, back=st.integers(0, 12), then=queries)
def test_typing_and_deleting_matches_brute_force(
    rows: list[CaseRow], target: str, back: int, then: str
) -> None:
    index = CaseloadIndex(rows)
    for query in typing_steps(target, back, then):
        assert index.search(query) == brute_force(rows, query), query
