"""The team report's three outputs from hand-built figures: what is shown, what is hidden, and that the
workbook, the CSV file and the PDF agree."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.graphics.charts.barcharts import BarChart

from caseworker_desktop.documents import model
from caseworker_desktop.documents.team_report import (
    CATEGORIES,
    anonymise,
    report_pdf,
    shipped_wording,
    team_csv,
    team_document,
    team_xlsx,
    words_for,
)
from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.team_figures import (
    BreakdownKey,
    CounsellorFigures,
    FigureKey,
    Outcome,
    TeamFigures,
)
from tests.team.test_team_report_support import (
    csv_rows,
    figures,
    pdf_streams,
    pdf_text,
    table_after,
    xlsx_sheets,
)

F = FigureKey
MADE = datetime(2027, 1, 8, 9, 30)
SYNCED = datetime(2027, 1, 7, 17, 5)
NAMES = ("Zoë Vandenbroucke", "Anneleen Janssens", "Bartholomeus Maes")


def sample() -> TeamFigures:
    return figures(
        values={
            F.REFERRALS: (60.0, 60),
            F.CLIENTS_GUIDED: (40.0, 40),
            F.CLIENTS_PER_FTE_YEAR: (18.5, 40),
            F.RUNNING_PER_COUNSELLOR: (12.0, 36),
            F.AVERAGE_TRAJECTORY_DAYS: (250.0, 12),
            F.REFERRAL_TO_INTAKE_DAYS: (21.4, 30),
            F.CLOSED: (14.0, 14),
            F.EVICTION_AVOIDED_SHARE: (0.75, 4),  # too few behind it
            F.GOALS_ACHIEVED_SHARE: (None, 0),  # nothing to compute it from
        },
        breakdowns={
            # OCMW (3) is too small; "unknown" (7) is the smallest cell that keeps it from being worked out
            BreakdownKey.SOURCE: {"landlord": 30, "ocmw": 3, "police": 12, "tenant": 8, "unknown": 7},
            BreakdownKey.PROBLEMS: {"arrears": 40, "upkeep": 20, "nuisance": 18},
            # a value this version does not know counts as "unknown", never printed as stored
            BreakdownKey.LANDLORD_TYPE: {"shm": 48, "private_landlord": 10, "Qzkanarie stored text": 2},
        },
        months={
            date(2026, 1, 1): {"landlord": 12, "ocmw": 2, "police": 6},
            date(2026, 2, 1): {"landlord": 18, "ocmw": 1, "police": 6, "tenant": 8},
            # March's 3 is too small; January (20), the smallest shown month, keeps it from being worked out
            date(2026, 3, 1): {"police": 2, "hospital": 1},
        },
        quarters={(2026, 1): {Outcome.EVICTION_AVOIDED: 6, Outcome.NOT_AVOIDED: 1, Outcome.NOT_STARTED: 0}},
        counsellors=[
            CounsellorFigures("c1", NAMES[0], 1.0, guided=20, running_at_end=18, clients_per_fte_year=20.0),
            CounsellorFigures("c2", NAMES[1], 0.8, guided=3, running_at_end=12, clients_per_fte_year=3.75),
            CounsellorFigures("c3", NAMES[2], 1.0, guided=17, running_at_end=6, clients_per_fte_year=17.0),
        ],
    )


def outputs(language: str = "en") -> tuple[bytes, bytes, bytes]:
    report = anonymise(sample())
    words = words_for(language, None, report.threshold)
    xlsx = team_xlsx(report, words, organisation="CAW Testdal", made_at=MADE, data_as_of=SYNCED)
    csv = team_csv(report, words, organisation="CAW Testdal", made_at=MADE, data_as_of=SYNCED)
    pdf = report_pdf(sample(), language=language, organisation="CAW Testdal", made_at=MADE, data_as_of=SYNCED)
    return xlsx, csv, pdf


def test_small_groups_and_their_complement_are_hidden_in_the_report() -> None:
    report = anonymise(sample())
    source = next(b for b in report.breakdowns if b.key is BreakdownKey.SOURCE)
    shown = {line.category: line.count.value for line in source.lines if not line.count.hidden}
    hidden = {line.category for line in source.lines if line.count.hidden}
    assert hidden == {"ocmw", "unknown"}
    assert shown == {
        "landlord": 30,
        "police": 12,
        "tenant": 8,
        "neighbours": 0,
        "hospital": 0,
        "other_service": 0,
        "other": 0,
    }
    # a hidden cell carries no number, and its share is hidden with it
    assert all(line.count.value is None and line.share.hidden for line in source.lines if line.count.hidden)
    assert next(line for line in source.lines if line.category == "police").share.value == pytest.approx(0.2)

    landlords = next(b for b in report.breakdowns if b.key is BreakdownKey.LANDLORD_TYPE)
    assert [line.category for line in landlords.lines] == list(CATEGORIES[BreakdownKey.LANDLORD_TYPE])
    assert {line.category for line in landlords.lines if line.count.hidden} == {"unknown", "private_landlord"}

    lines = {line.key: line for line in report.figures}
    assert lines[F.EVICTION_AVOIDED_SHARE].value.hidden and lines[F.EVICTION_AVOIDED_SHARE].base.hidden
    assert lines[F.GOALS_ACHIEVED_SHARE].value.value is None and not lines[F.GOALS_ACHIEVED_SHARE].base.hidden
    assert lines[F.CLOSED].value.value == 14

    by_number = {c.number: c for c in report.counsellors}
    # by name: Anneleen (3 guided: hidden), Bartholomeus (17: the complement), Zoë
    assert by_number[1].guided.hidden and by_number[1].clients_per_fte_year.hidden
    assert by_number[2].guided.hidden and by_number[2].clients_per_fte_year.hidden
    assert by_number[3].guided.value == 20 and by_number[3].clients_per_fte_year.value == 20.0
    assert [c.running_at_end.value for c in report.counsellors] == [12, 6, 18]
    assert [c.working_time for c in report.counsellors] == [0.8, 1.0, 1.0]


def test_referrals_leave_as_one_total_per_month_hidden_as_a_group() -> None:
    report = anonymise(sample())
    table = report.referrals
    assert table.columns == ("total",)
    assert table.rows[:3] == (date(2026, 1, 1), date(2026, 2, 1), date(2026, 3, 1)) and len(table.rows) == 12
    counts: list[Any] = [cell.value if not cell.hidden else "hidden" for (cell,) in table.cells]
    # the sources are summed per month: February 33; March's 3 hidden, and January with it
    assert counts == ["hidden", 33, "hidden", *([0] * 9)]


def test_a_realistic_year_shows_most_months() -> None:
    """150 referrals over 12 months and 9 sources: nearly every month-by-source cell is below 5, but a
    month's total is not."""
    sources = CATEGORIES[BreakdownKey.SOURCE]
    months: dict[date, dict[str, int]] = {date(2026, m, 1): {} for m in range(1, 13)}
    for n in range(150):
        month = date(2026, n % 12 + 1, 1)
        source = sources[(n // 12 * 2 + n) % len(sources)]
        months[month][source] = months[month].get(source, 0) + 1
    months[date(2026, 8, 1)] = {"landlord": 3}  # one quiet month
    assert all(0 < c < 5 for counts in months.values() for c in counts.values())
    report = anonymise(figures(months=months))
    cells = [cell for (cell,) in report.referrals.cells]
    assert sum(not cell.hidden for cell in cells) == 10  # August and its complement
    assert cells[7].hidden and all(cell.hidden or (cell.value or 0) >= 5 for cell in cells)
    assert [cell.value for cell in cells if not cell.hidden] == [
        sum(months[month].values())
        for month, cell in zip(report.referrals.rows, cells, strict=True)
        if not cell.hidden
    ]


def test_a_cross_table_hides_enough_that_no_total_gives_a_cell_back() -> None:
    report = anonymise(sample())
    quarter = dict(zip(report.outcomes.columns, report.outcomes.cells[0], strict=True))
    assert quarter[Outcome.NOT_AVOIDED.value].hidden and quarter[Outcome.EVICTION_AVOIDED.value].hidden
    assert quarter[Outcome.NOT_STARTED.value].value == 0


def test_the_workbook_has_its_sheets_header_and_hidden_cells() -> None:
    xlsx, _, _ = outputs()
    sheets = xlsx_sheets(xlsx)
    assert list(sheets) == [
        "Figures",
        "Registration profile",
        "Referrals per month",
        "Outcomes per quarter",
        "Counsellors",
    ]
    for rows in sheets.values():
        header = {row[0]: row[1] for row in rows[1:7] if len(row) > 1}
        assert rows[0][0] == "Registration and outcomes"
        assert header["Period"] == "01/01/2026 – 31/12/2026"
        assert header["Organisation"] == "CAW Testdal"
        assert header["Made on"] == "08/01/2027 at 09:30"
        assert header["Data as of the last sync"] == "07/01/2027 at 17:05"
        assert "below 5" in str(header["Small groups"])
        assert any("No data of individual tenants" in str(row[0]) for row in rows[:9] if row)

    figure_rows = {row[0]: row[1:] for row in table_after(sheets["Figures"], "Figure")}
    assert figure_rows["Referrals (episodes)"][:2] == [60.0, 60.0]
    assert figure_rows["Clients guided per full-time counsellor per year"] == [18.5, 40.0, "at least 27"]
    assert figure_rows["Eviction avoided (share of closed, started episodes)"] == [
        "< 5",
        "< 5",
        "78%–88% reported in the field",
    ]
    assert figure_rows["Goals achieved (share of closed, started episodes)"][:2] == ["—", 0.0]

    profile = table_after(sheets["Registration profile"], "Breakdown")
    referred_by = {row[1]: row[2:] for row in profile if row[0] == "Referred by"}
    assert referred_by["OCMW"] == ["< 5", "< 5"]
    assert referred_by["Not recorded"] == ["< 5", "< 5"]
    assert referred_by["Police"] == [12.0, 0.2]
    assert referred_by["Hospital"] == [0.0, 0.0]
    assert len(profile) == sum(len(categories) for categories in CATEGORIES.values())

    counsellors = table_after(sheets["Counsellors"], "Counsellor")
    assert counsellors == [
        ["Counsellor 1", 0.8, "< 5", 12.0, "< 5"],
        ["Counsellor 2", 1.0, "< 5", 6.0, "< 5"],
        ["Counsellor 3", 1.0, 20.0, 18.0, 20.0],
    ]
    per_month = table_after(sheets["Referrals per month"], "Month")
    assert sheets["Referrals per month"][len(sheets["Referrals per month"]) - len(per_month) - 1] == [
        "Month",
        "Referrals (episodes)",
    ]
    assert [row[1] for row in per_month] == ["< 5", 33.0, "< 5", *([0.0] * 9)]
    assert all(isinstance(row[0], float) and len(row) == 2 for row in per_month)  # a date, one count
    outcomes = table_after(sheets["Outcomes per quarter"], "Quarter")
    assert outcomes[0] == ["Q1 2026", "< 5", "< 5", 0.0]
    assert [row[0] for row in outcomes] == ["Q1 2026", "Q2 2026", "Q3 2026", "Q4 2026"]


def test_nothing_but_the_report_reaches_the_workbook() -> None:
    xlsx, csv, pdf = outputs()
    with zipfile.ZipFile(io.BytesIO(xlsx)) as archive:
        members = b"\n".join(archive.read(name) for name in archive.namelist())
    for blob in (members, csv, pdf_text(pdf).encode(), pdf_streams(pdf)):
        for secret in (*NAMES, "c1", "case-id-", "Qzkanarie", "Zoë"):
            assert secret.encode() not in blob, secret


def test_the_same_figures_give_the_same_workbook() -> None:
    assert outputs()[0] == outputs()[0]


def test_csv_is_one_long_table_for_belgian_excel() -> None:
    _, data, _ = outputs(language="nl")
    assert b"\r\n" in data and data.count(b";") > 100
    rows = csv_rows(data)
    assert rows[0] == ["Onderdeel", "Sleutel", "Categorie", "Waarde", "Basis (dossiers)"]
    assert all(len(row) == 5 for row in rows)
    about = {row[1]: row[3] for row in rows if row[0] == "Over dit bestand"}
    assert about["Begin van de periode"] == "2026-01-01" and about["Einde van de periode"] == "2026-12-31"
    assert about["Organisatie"] == "CAW Testdal"
    by_key = {(row[0], row[1], row[2]): row[3:] for row in rows}
    assert by_key["Cijfers", "Begeleide cliënten per voltijdse woonbegeleider per jaar", ""] == ["18,5", "40"]
    assert by_key["Cijfers", "Afgesloten dossiers", ""] == ["14", "14"]
    assert by_key[
        "Cijfers", "Uithuiszetting vermeden (aandeel van de afgesloten, gestarte dossiers)", ""
    ] == [
        "< 5",
        "< 5",
    ]
    assert by_key["Registratieprofiel", "Aangemeld door", "OCMW"] == ["< 5", "60"]
    assert by_key["Registratieprofiel", "Aangemeld door", "Politie"] == ["12", "60"]
    assert by_key["Aanmeldingen per maand", "2026-01", ""] == ["< 5", ""]
    assert by_key["Aanmeldingen per maand", "2026-02", ""] == ["33", ""]
    assert [row[1] for row in rows if row[0] == "Aanmeldingen per maand"] == [
        f"2026-{month:02d}" for month in range(1, 13)
    ]
    assert by_key["Resultaten per kwartaal", "K1 2026", "Niet gestart"] == ["0", ""]
    assert by_key["Woonbegeleiders", "Woonbegeleider 1", "Begeleide cliënten in de periode"] == ["< 5", ""]
    assert by_key["Woonbegeleiders", "Woonbegeleider 1", "Arbeidstijd (VTE)"] == ["0,80", ""]
    assert by_key["Woonbegeleiders", "Woonbegeleider 3", "Cliënten per VTE per jaar"] == ["20,0", ""]


def test_the_pdf_shows_the_same_figures_with_embedded_fonts() -> None:
    _, _, pdf = outputs()
    reader = PdfReader(io.BytesIO(pdf))
    text = pdf_text(pdf)
    for expected in (
        "Registration and outcomes",
        "01/01/2026 – 31/12/2026",
        "07/01/2027 at 17:05",
        "No data of individual tenants",
        "Referrals per month",
        "Closed episodes per quarter, by outcome",
        "Load per counsellor",
        "Counsellor 3",
        "at least 27",
        "< 5",
        "hidden (fewer than 5)",
    ):
        assert expected in " ".join(text.split()), expected
    for page in reader.pages:
        for reference in page["/Resources"]["/Font"].get_object().values():
            font = reference.get_object()
            assert "DejaVuSans" in str(font["/BaseFont"])  # no Helvetica from a chart label
    assert report_pdf(sample(), language="en", made_at=MADE) == report_pdf(
        sample(), language="en", made_at=MADE
    )


def test_a_never_synced_laptop_says_so() -> None:
    pdf = report_pdf(sample(), language="nl", organisation="CAW", made_at=MADE, data_as_of=None)
    assert "nog niet gesynchroniseerd" in pdf_text(pdf)


def test_charts_draw_hidden_cells_at_zero_height() -> None:
    report = anonymise(sample())
    document = team_document(
        report,
        words_for("en", None, report.threshold),
        language="en",
        letterhead=model.Letterhead("CAW"),
        made_at=MADE,
        data_as_of=None,
    )
    charts = [
        shape
        for block in document.blocks
        if isinstance(block, model.Graphic)
        for shape in block.drawing.contents
        if isinstance(shape, BarChart)
    ]
    assert len(charts) == 3
    referrals, outcomes, load = charts
    # one series of month totals: January (20) and March (3) hidden and drawn as nothing
    assert referrals.data == [[0.0, 33.0, *([0.0] * 10)]]
    assert referrals.categoryAxis.categoryNames[:3] == ["Jan", "Feb", "Mar"]
    assert [series[0] for series in outcomes.data] == [0.0, 0.0, 0.0]
    # the load chart lists counsellor 1 at the top, which reportlab draws last
    assert load.categoryAxis.categoryNames == ["Counsellor 3", "Counsellor 2", "Counsellor 1"]
    assert load.data == [[18.0, 6.0, 12.0], [20.0, 0.0, 0.0]]


@pytest.mark.parametrize("language", ["nl", "en"])
def test_every_category_figure_and_outcome_has_words(language: str) -> None:
    words = words_for(language, None, 5)
    for key, categories in CATEGORIES.items():
        words(f"breakdown.{key.value}")
        for category in categories:
            assert words.category(key, category)
    for figure in FigureKey:
        assert words(f"figure.{figure.value}")
        words.reference(figure)
    for outcome in Outcome:
        assert words(f"outcome.{outcome.value}")
    assert shipped_wording(language).keys() == shipped_wording("en").keys()


def test_an_organisations_copy_that_misses_a_key_is_refused_by_name() -> None:
    own = shipped_wording("en")
    del own["figure"]["closed"]
    report = anonymise(sample())
    with pytest.raises(RuleViolation) as refused:
        team_csv(report, words_for("en", own, 5), made_at=MADE, data_as_of=None)
    assert refused.value.issue.params == {"file": "team_report.toml", "key": "figure.closed"}
