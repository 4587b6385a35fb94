"""The action plan (handelingsplan): SMART goals, the landlord's conditions, versions and evaluations.

A goal is private to tenant and counsellor unless it is explicitly shared with the landlord, and a
goal about special-category data (health, addiction, psychiatric, justice) can never be. The SMART
checker only advises: its findings are warnings that say which letter is missing and why; the hard
rules (a description, plausible dates, lengths, sharing) are in validate_plan.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from typing import TypeVar

from caseworker_desktop.domain import fields
from caseworker_desktop.domain.engagement import LifeDomain
from caseworker_desktop.domain.errors import Issue, RuleViolation, ValidationFailed
from caseworker_desktop.domain.scopes import DataCategory, SharingScope, check_scope


class GoalActor(StrEnum):
    TENANT = "tenant"
    COUNSELLOR = "counsellor"
    LANDLORD = "landlord"
    OTHER_SERVICE = "other_service"


class GoalResult(StrEnum):
    ACHIEVED = "achieved"
    PARTLY = "partly"
    NOT_ACHIEVED = "not"
    ADJUSTED = "adjusted"


class EvaluationDecision(StrEnum):
    CONTINUE = "continue"
    ADJUST_PLAN = "adjust"
    CLOSE = "close"


class PlanStatus(StrEnum):
    DRAFT = "draft"
    AGREED = "agreed"
    SUPERSEDED = "superseded"


class EvaluationState(StrEnum):
    PLANNED = "planned"  # later than the due window
    DUE = "due"  # today or within the due window
    OVERDUE = "overdue"  # its date has passed and it was not held
    HELD = "held"


DESCRIPTION_MAX = 1000
MEASURE_MAX = 1000
REALISM_MAX = 1000
STEPS_MAX = 4000
CONDITION_MAX = 1000
SUMMARY_MAX = 4000
NOTES_MAX = 4000
GOALS_MAX = 50
CONDITIONS_MAX = 30

# A deadline further out than this is not time-bound in a trajectory of about nine months.
DEADLINE_HORIZON_MONTHS = 12
# Dates outside these bounds are typing errors, not plans.
EARLIEST_DATE = date(2000, 1, 1)
PLAUSIBLE_YEARS_AHEAD = 5
# An evaluation is "due" from this many days before its date.
DUE_WITHIN_DAYS = 14


# --- input as typed ---------------------------------------------------------------------------------
@dataclass
class GoalInput:
    """One goal as the editor holds it."""

    description: str = ""
    measure: str = ""
    tenant_agrees: bool = False
    realism: str = ""
    deadline: date | None = None
    domain: LifeDomain | None = None
    actor: GoalActor = GoalActor.TENANT
    steps: str = ""
    category: DataCategory = DataCategory.GENERAL
    landlord_shared: bool = False
    id: str | None = None


@dataclass
class ConditionInput:
    text: str = ""
    id: str | None = None


@dataclass
class PlanInput:
    goals: list[GoalInput] = field(default_factory=list)
    conditions: list[ConditionInput] = field(default_factory=list)


# --- checked values -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Goal:
    description: str
    measure: str
    tenant_agrees: bool
    realism: str
    deadline: date | None
    domain: LifeDomain | None
    actor: GoalActor
    steps: str
    category: DataCategory
    landlord_shared: bool
    id: str | None

    @property
    def scope(self) -> SharingScope:
        return SharingScope.LANDLORD if self.landlord_shared else SharingScope.CARE_TEAM


@dataclass(frozen=True)
class Condition:
    text: str
    id: str | None


@dataclass(frozen=True)
class Plan:
    goals: tuple[Goal, ...]
    conditions: tuple[Condition, ...]

    @property
    def landlord_goals(self) -> tuple[Goal, ...]:
        return tuple(g for g in self.goals if g.landlord_shared)


def _add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def add_months(day: date, months: int) -> date:
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise AssertionError("unreachable")  # pragma: no cover


def plausible_date(value: date, today: date) -> Issue | None:
    """A date typed for a plan or an evaluation: not before 2000, not years into the future."""
    if value < EARLIEST_DATE or value > _add_years(today, PLAUSIBLE_YEARS_AHEAD):
        return Issue("date_implausible", {"years": PLAUSIBLE_YEARS_AHEAD})
    return None


def sharing_issue(goal: GoalInput) -> Issue | None:
    """The rule that holds without knowing the consents: special categories never go to the landlord."""
    if not goal.landlord_shared:
        return None
    try:
        check_scope(goal.category, SharingScope.LANDLORD)
    except RuleViolation as refused:
        return refused.issue
    return None


def validate_goal(goal: GoalInput, today: date, prefix: str = "") -> tuple[Goal, dict[str, Issue]]:
    """Parse one goal; the issues are keyed by prefix + field name."""
    issues: dict[str, Issue] = {}

    def text(name: str, result: str | Issue) -> str:
        if isinstance(result, Issue):
            issues[prefix + name] = result
            return ""
        return result

    description = text("description", fields.required_text(goal.description, DESCRIPTION_MAX))
    measure = text("measure", fields.optional_text(goal.measure, MEASURE_MAX))
    realism = text("realism", fields.optional_text(goal.realism, REALISM_MAX))
    steps = text("steps", fields.optional_text(goal.steps, STEPS_MAX))
    if goal.deadline is not None:
        wrong = plausible_date(goal.deadline, today)
        if wrong:
            issues[prefix + "deadline"] = wrong
    shared = sharing_issue(goal)
    if shared:
        issues[prefix + "landlord_shared"] = shared
    checked = Goal(
        description=description,
        measure=measure,
        tenant_agrees=goal.tenant_agrees,
        realism=realism,
        deadline=goal.deadline,
        domain=goal.domain,
        actor=goal.actor,
        steps=steps,
        category=goal.category,
        landlord_shared=goal.landlord_shared,
        id=goal.id,
    )
    return checked, issues


def validate_plan(data: PlanInput, today: date) -> Plan:
    """Every hard problem of the plan at once, keyed like 'goals.0.description' or 'conditions.2'.

    Condition rows left entirely blank are dropped (nothing was typed in them); SMART findings are
    not checked here: they never stop a save.
    """
    issues: dict[str, Issue] = {}
    goals: list[Goal] = []
    if len(data.goals) > GOALS_MAX:
        issues["goals"] = Issue("too_many", {"maximum": GOALS_MAX})
    for index, goal_input in enumerate(data.goals):
        goal, goal_issues = validate_goal(goal_input, today, f"goals.{index}.")
        goals.append(goal)
        issues.update(goal_issues)
    conditions: list[Condition] = []
    if len(data.conditions) > CONDITIONS_MAX:
        issues["conditions"] = Issue("too_many", {"maximum": CONDITIONS_MAX})
    for index, condition in enumerate(data.conditions):
        if not condition.text.strip():
            continue
        value = fields.optional_text(condition.text, CONDITION_MAX)
        if isinstance(value, Issue):
            issues[f"conditions.{index}"] = value
        else:
            conditions.append(Condition(value, condition.id))
    if issues:
        raise ValidationFailed(issues)
    return Plan(tuple(goals), tuple(conditions))


def validate_agreed_on(agreed_on: date, today: date) -> None:
    wrong = fields.not_in_future(agreed_on, today)
    if isinstance(wrong, Issue):
        raise ValidationFailed({"agreed_on": wrong})
    implausible = plausible_date(agreed_on, today)
    if implausible:
        raise ValidationFailed({"agreed_on": implausible})


# --- SMART ----------------------------------------------------------------------------------------
SMART_LETTERS: dict[str, str] = {
    "smart_too_short": "S",
    "smart_vague_words": "S",
    "smart_not_measurable": "M",
    "smart_no_tenant_agreement": "A",
    "smart_no_realism": "R",
    "smart_no_deadline": "T",
    "smart_deadline_past": "T",
    "smart_deadline_far": "T",
}

MIN_WORDS = 3
MIN_CHARACTERS = 15

# Words that promise effort instead of a result (Dutch and English), folded to plain letters.
VAGUE_WORDS = frozenset(
    {
        "beter",
        "betere",
        "verbeteren",
        "verbetert",
        "proberen",
        "probeer",
        "probeert",
        "poging",
        "meer",
        "minder",
        "zsm",
        "regelmatig",
        "soms",
        "misschien",
        "eventueel",
        "voldoende",
        "genoeg",
        "try",
        "tries",
        "trying",
        "attempt",
        "improve",
        "improves",
        "improving",
        "better",
        "more",
        "less",
        "fewer",
        "asap",
        "regularly",
        "sometimes",
        "maybe",
        "perhaps",
        "enough",
        "somewhat",
    }
)
VAGUE_PHRASES = (
    "zo snel mogelijk",
    "zo vlug mogelijk",
    "zo veel mogelijk",
    "zoveel mogelijk",
    "af en toe",
    "een beetje",
    "as soon as possible",
    "as much as possible",
    "now and then",
    "a bit",
    "a little",
)
# Words that make a goal countable or dated: numbers, frequencies, amounts, months and days.
QUANTITY_WORDS = frozenset(
    {
        "één",  # the numeral; the article "een" is not a quantity (see _words)
        "twee",
        "drie",
        "vier",
        "vijf",
        "zes",
        "zeven",
        "acht",
        "negen",
        "tien",
        "elf",
        "twaalf",
        "twintig",
        "honderd",
        "duizend",
        "helft",
        "half",
        "once",
        "twice",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "hundred",
        "thousand",
        "dagelijks",
        "wekelijks",
        "tweewekelijks",
        "maandelijks",
        "daily",
        "weekly",
        "fortnightly",
        "monthly",
        "elke",
        "iedere",
        "every",
        "each",
        "euro",
        "eur",
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
        "january",
        "february",
        "june",
        "july",
        "august",
        "october",
        "maandag",
        "dinsdag",
        "woensdag",
        "donderdag",
        "vrijdag",
        "zaterdag",
        "zondag",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    }
)
_WORD = re.compile(r"[^\W\d_]+")


def _words(text: str) -> list[str]:
    """Lower-case words without accents; 'één' (one) stays recognisable as 'een' only with accents."""
    found = []
    for raw in _WORD.findall(unicodedata.normalize("NFC", text).casefold()):
        plain = "".join(c for c in unicodedata.normalize("NFKD", raw) if not unicodedata.combining(c))
        if plain == "een" and raw != "een":
            plain = "één"  # the numeral, not the article
        found.append(plain)
    return found


def has_quantity(text: str) -> bool:
    """A number, amount, frequency or date in the text (what makes wording countable)."""
    if any(c.isdigit() for c in text) or "€" in text or "%" in text:
        return True
    return any(w in QUANTITY_WORDS for w in _words(text))


def vague_words(text: str) -> list[str]:
    """The vague words and phrases in the text, in the order of the lists."""
    words = _words(text)
    joined = " " + " ".join(words) + " "
    found = [p for p in VAGUE_PHRASES if f" {p} " in joined]
    found += sorted({w for w in words if w in VAGUE_WORDS}, key=words.index)
    return found


def smart_findings(goal: GoalInput, today: date) -> list[Issue]:
    """What keeps the goal from being SMART, one Issue per reason, in the order S, M, A, R, T.

    Findings are advice: a draft with findings can be saved; the plan can be agreed after the
    counsellor confirms having seen them.
    """
    findings: list[Issue] = []
    description = goal.description.strip()
    quantity = has_quantity(description)
    if len(_words(description)) < MIN_WORDS or len(description) < MIN_CHARACTERS:
        findings.append(Issue("smart_too_short", {"minimum_words": MIN_WORDS}))
    vague = vague_words(description)
    if vague and not quantity:
        findings.append(Issue("smart_vague_words", {"words": ", ".join(vague)}))
    if not goal.measure.strip() and not quantity:
        findings.append(Issue("smart_not_measurable"))
    if not goal.tenant_agrees:
        findings.append(Issue("smart_no_tenant_agreement"))
    if not goal.realism.strip():
        findings.append(Issue("smart_no_realism"))
    if goal.deadline is None:
        findings.append(Issue("smart_no_deadline"))
    elif goal.deadline < today:
        findings.append(Issue("smart_deadline_past"))
    elif goal.deadline > add_months(today, DEADLINE_HORIZON_MONTHS):
        findings.append(Issue("smart_deadline_far", {"months": DEADLINE_HORIZON_MONTHS}))
    return findings


def plan_findings(data: PlanInput, today: date) -> dict[int, list[Issue]]:
    """Findings per goal index, only for the goals that have any."""
    result: dict[int, list[Issue]] = {}
    for index, goal in enumerate(data.goals):
        found = smart_findings(goal, today)
        if found:
            result[index] = found
    return result


# --- evaluations --------------------------------------------------------------------------------------
def evaluation_state(planned_on: date, held_on: date | None, today: date) -> EvaluationState:
    if held_on is not None:
        return EvaluationState.HELD
    if planned_on < today:
        return EvaluationState.OVERDUE
    if planned_on <= today + timedelta(days=DUE_WITHIN_DAYS):
        return EvaluationState.DUE
    return EvaluationState.PLANNED


@dataclass
class GoalResultInput:
    goal_id: str
    result: GoalResult | None = None
    notes: str = ""


@dataclass
class EvaluationInput:
    held_on: date | None = None
    results: list[GoalResultInput] = field(default_factory=list)
    landlord_summary: str = ""
    private_notes: str = ""
    decision: EvaluationDecision | None = None
    next_on: date | None = None


@dataclass(frozen=True)
class GoalResultRecord:
    goal_id: str
    result: GoalResult
    notes: str


@dataclass(frozen=True)
class EvaluationRecord:
    held_on: date
    results: tuple[GoalResultRecord, ...]
    landlord_summary: str
    private_notes: str
    decision: EvaluationDecision
    next_on: date | None


def validate_evaluation(data: EvaluationInput, goal_ids: tuple[str, ...], today: date) -> EvaluationRecord:
    """Every goal of the plan in force needs a result; continuing or adjusting needs the next date.

    Issues are keyed 'held_on', 'results.<i>.result' / 'results.<i>.notes' (i = position of the goal
    in goal_ids), 'landlord_summary', 'private_notes', 'decision', 'next_on'.
    """
    issues: dict[str, Issue] = {}
    held_on = data.held_on
    if held_on is None:
        issues["held_on"] = Issue("required")
    elif held_on > today:
        issues["held_on"] = Issue("date_in_future")
    elif plausible_date(held_on, today):
        issues["held_on"] = Issue("date_implausible", {"years": PLAUSIBLE_YEARS_AHEAD})
    given = {r.goal_id: r for r in data.results}
    unknown = set(given) - set(goal_ids)
    if unknown:
        raise RuleViolation("evaluation_goal_unknown")
    results: list[GoalResultRecord] = []
    for index, goal_id in enumerate(goal_ids):
        entry = given.get(goal_id, GoalResultInput(goal_id))
        if entry.result is None:
            issues[f"results.{index}.result"] = Issue("goal_result_required")
        notes = fields.optional_text(entry.notes, NOTES_MAX)
        if isinstance(notes, Issue):
            issues[f"results.{index}.notes"] = notes
            notes = ""
        if entry.result is not None:
            results.append(GoalResultRecord(goal_id, entry.result, notes))
    summary = fields.optional_text(data.landlord_summary, SUMMARY_MAX)
    if isinstance(summary, Issue):
        issues["landlord_summary"] = summary
        summary = ""
    private = fields.optional_text(data.private_notes, NOTES_MAX)
    if isinstance(private, Issue):
        issues["private_notes"] = private
        private = ""
    if data.decision is None:
        issues["decision"] = Issue("evaluation_decision_required")
    next_on = data.next_on
    if data.decision == EvaluationDecision.CLOSE:
        if next_on is not None:
            issues["next_on"] = Issue("next_date_with_close")
    elif data.decision is not None and next_on is None:
        issues["next_on"] = Issue("next_evaluation_required")
    if next_on is not None and "next_on" not in issues:
        if held_on is not None and next_on <= held_on:
            issues["next_on"] = Issue("next_not_after_held")
        elif plausible_date(next_on, today):
            issues["next_on"] = Issue("date_implausible", {"years": PLAUSIBLE_YEARS_AHEAD})
    if issues:
        raise ValidationFailed(issues)
    assert held_on is not None and data.decision is not None
    return EvaluationRecord(
        held_on=held_on,
        results=tuple(results),
        landlord_summary=summary,
        private_notes=private,
        decision=data.decision,
        next_on=next_on,
    )


# --- drafts -------------------------------------------------------------------------------------------
_E = TypeVar("_E", bound=StrEnum)
_D = TypeVar("_D")


def _enum_or(kind: type[_E], value: object, default: _D) -> _E | _D:
    return kind(value) if isinstance(value, str) and value in kind._value2member_map_ else default


def goal_to_dict(goal: GoalInput) -> dict[str, object]:
    return {
        "description": goal.description,
        "measure": goal.measure,
        "tenant_agrees": goal.tenant_agrees,
        "realism": goal.realism,
        "deadline": goal.deadline.isoformat() if goal.deadline else None,
        "domain": goal.domain.value if goal.domain else None,
        "actor": goal.actor.value,
        "steps": goal.steps,
        "category": goal.category.value,
        "landlord_shared": goal.landlord_shared,
        "id": goal.id,
    }


def goal_from_dict(raw: dict[str, object]) -> GoalInput:
    """Inverse of goal_to_dict; damaged entries fall back to empty values."""

    def text(key: str) -> str:
        value = raw.get(key)
        return value if isinstance(value, str) else ""

    deadline = raw.get("deadline")
    try:
        parsed = date.fromisoformat(deadline) if isinstance(deadline, str) else None
    except ValueError:
        parsed = None
    goal_id = raw.get("id")
    return GoalInput(
        description=text("description"),
        measure=text("measure"),
        tenant_agrees=raw.get("tenant_agrees") is True,
        realism=text("realism"),
        deadline=parsed,
        domain=_enum_or(LifeDomain, raw.get("domain"), None),
        actor=_enum_or(GoalActor, raw.get("actor"), GoalActor.TENANT),
        steps=text("steps"),
        category=_enum_or(DataCategory, raw.get("category"), DataCategory.GENERAL),
        landlord_shared=raw.get("landlord_shared") is True,
        id=goal_id if isinstance(goal_id, str) else None,
    )


def plan_to_dict(data: PlanInput) -> dict[str, object]:
    return {
        "goals": [goal_to_dict(g) for g in data.goals],
        "conditions": [{"text": c.text, "id": c.id} for c in data.conditions],
    }


def plan_from_dict(raw: dict[str, object]) -> PlanInput:
    data = PlanInput()
    goals = raw.get("goals")
    if isinstance(goals, list):
        data.goals = [goal_from_dict(g) for g in goals if isinstance(g, dict)]
    conditions = raw.get("conditions")
    if isinstance(conditions, list):
        for c in conditions:
            if isinstance(c, dict):
                text, cid = c.get("text"), c.get("id")
                data.conditions.append(
                    ConditionInput(
                        text if isinstance(text, str) else "", cid if isinstance(cid, str) else None
                    )
                )
    return data


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _from_iso(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def evaluation_to_dict(data: EvaluationInput) -> dict[str, object]:
    return {
        "held_on": _iso(data.held_on),
        "results": [
            {"goal_id": r.goal_id, "result": r.result.value if r.result else None, "notes": r.notes}
            for r in data.results
        ],
        "landlord_summary": data.landlord_summary,
        "private_notes": data.private_notes,
        "decision": data.decision.value if data.decision else None,
        "next_on": _iso(data.next_on),
    }


def evaluation_from_dict(raw: dict[str, object]) -> EvaluationInput:
    """Inverse of evaluation_to_dict; damaged entries fall back to empty values."""
    data = EvaluationInput(held_on=_from_iso(raw.get("held_on")), next_on=_from_iso(raw.get("next_on")))
    results = raw.get("results")
    if isinstance(results, list):
        for entry in results:
            if isinstance(entry, dict) and isinstance(entry.get("goal_id"), str):
                notes = entry.get("notes")
                data.results.append(
                    GoalResultInput(
                        goal_id=entry["goal_id"],
                        result=_enum_or(GoalResult, entry.get("result"), None),
                        notes=notes if isinstance(notes, str) else "",
                    )
                )
    for key in ("landlord_summary", "private_notes"):
        value = raw.get(key)
        setattr(data, key, value if isinstance(value, str) else "")
    data.decision = _enum_or(EvaluationDecision, raw.get("decision"), None)
    return data
