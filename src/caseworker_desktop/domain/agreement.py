"""The tripartite agreement: who signs, what exactly is signed, and when it is in force.

The agreement rests only on the landlord-facing part of the plan (its shared goals and the landlord's
conditions) plus the parties; nothing else of the case can reach its text. From the first signature
the text is frozen by its hash. A later plan change that alters that basis does not touch the signed
text: it calls for a new agreement version (an addendum), signed anew by everyone.
"""

from __future__ import annotations

import base64
import hashlib
import json
import string
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from caseworker_desktop.domain.errors import RuleViolation
from caseworker_desktop.domain.plan import GoalActor


class Signer(StrEnum):
    TENANT = "tenant"
    CO_TENANT = "co_tenant"
    LANDLORD = "landlord"
    COUNSELLOR = "counsellor"


class Party(StrEnum):
    """Who a printed copy is for. Co-tenants share the tenant's copy: they live in one home."""

    TENANT = "tenant"
    LANDLORD = "landlord"
    COUNSELLOR = "counsellor"


class SignMethod(StrEnum):
    DRAWN = "drawn"  # on the laptop's signature pad
    PAPER = "paper"  # on a printed page; a scan or photo of it is attached


class AgreementStatus(StrEnum):
    DRAFT = "draft"  # no signature yet; the text still follows the plan
    SIGNING = "signing"  # frozen, some signatures missing
    IN_FORCE = "in_force"  # everyone signed
    SUPERSEDED = "superseded"  # a later version is in force


@dataclass(frozen=True)
class SignerSlot:
    """One signature the agreement needs. `key` is stable within a version: 'co_tenant:2'."""

    key: str
    signer: Signer
    name: str

    @property
    def party(self) -> Party:
        if self.signer in (Signer.TENANT, Signer.CO_TENANT):
            return Party.TENANT
        return Party(self.signer.value)


@dataclass(frozen=True)
class Parties:
    tenant: str
    co_tenants: tuple[str, ...]
    address: str
    landlord: str
    landlord_contact: str
    landlord_contact_details: str  # phone and e-mail of the fixed contact person
    counsellor: str
    organisation: str

    def slots(self) -> tuple[SignerSlot, ...]:
        tenants = [SignerSlot(Signer.TENANT.value, Signer.TENANT, self.tenant)]
        tenants += [
            SignerSlot(f"{Signer.CO_TENANT.value}:{n}", Signer.CO_TENANT, name)
            for n, name in enumerate(self.co_tenants, start=1)
        ]
        return (
            *tenants,
            SignerSlot(Signer.LANDLORD.value, Signer.LANDLORD, self.landlord_contact),
            SignerSlot(Signer.COUNSELLOR.value, Signer.COUNSELLOR, self.counsellor),
        )


@dataclass(frozen=True)
class SharedGoal:
    """A goal the landlord may read, with only the fields that belong in the agreement."""

    description: str
    measure: str
    deadline: date | None
    actor: GoalActor


@dataclass(frozen=True)
class Basis:
    """What the agreement rests on. A change here after signing needs a new version."""

    parties: Parties
    goals: tuple[SharedGoal, ...]
    conditions: tuple[str, ...]

    def fingerprint(self) -> str:
        data = asdict(self)
        return hashlib.sha256(
            json.dumps(data, sort_keys=True, default=str, ensure_ascii=False).encode("utf-8")
        ).hexdigest()


@dataclass(frozen=True)
class Earlier:
    """The version an addendum replaces."""

    number: int
    signed_on: date | None


@dataclass(frozen=True)
class Content:
    basis: Basis
    case_number: str
    number: int  # agreement version: 1, then 2, 3 … for addenda
    plan_number: int
    evaluation_dates: tuple[date, ...]  # the planned evaluation moments known when drafting
    interval_months: int
    replaces: Earlier | None = None


# --- the text ---------------------------------------------------------------------------------------
class BlockKind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"


@dataclass(frozen=True)
class TextBlock:
    kind: BlockKind
    text: str


_PREFIX = {BlockKind.TITLE: "= ", BlockKind.HEADING: "# ", BlockKind.PARAGRAPH: "", BlockKind.ITEM: "- "}
LISTS = ("parties", "goals", "conditions", "evaluation_dates")
PLACEHOLDERS = frozenset(
    {
        "tenant",
        "tenants",
        "address",
        "landlord",
        "landlord_contact",
        "landlord_contact_details",
        "counsellor",
        "organisation",
        "case_number",
        "version",
        "plan_number",
        "interval_months",
        "replaces_version",
        "replaces_date",
        "co_tenant",
    }
)


def format_date(day: date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else ""


def _one_line(text: str) -> str:
    """User text goes into one block; stray newlines would otherwise read as new blocks."""
    return " ".join(text.split())


def _fields(content: Content, texts: Mapping[str, Any]) -> dict[str, str]:
    parties = content.basis.parties
    joiner = str(texts.get("and", "&"))
    names = [parties.tenant, *parties.co_tenants]
    tenants = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {joiner} {names[-1]}"
    earlier = content.replaces
    return {
        "tenant": parties.tenant,
        "tenants": tenants,
        "address": parties.address,
        "landlord": parties.landlord,
        "landlord_contact": parties.landlord_contact,
        "landlord_contact_details": parties.landlord_contact_details,
        "counsellor": parties.counsellor,
        "organisation": parties.organisation,
        "case_number": content.case_number,
        "version": str(content.number),
        "plan_number": str(content.plan_number),
        "interval_months": str(content.interval_months),
        "replaces_version": str(earlier.number) if earlier else "",
        "replaces_date": format_date(earlier.signed_on) if earlier else "",
    }


def _fill(template: str, fields: Mapping[str, str]) -> str:
    return _one_line(template.format_map({k: _one_line(v) for k, v in fields.items()}))


def _goal_line(goal: SharedGoal, texts: Mapping[str, Any]) -> str:
    actors = texts.get("actors", {})
    assert isinstance(actors, Mapping)
    parts = [_one_line(goal.description)]
    if goal.measure.strip():
        parts.append(str(texts["goal_measure"]).format(measure=_one_line(goal.measure)))
    if goal.deadline:
        parts.append(str(texts["goal_deadline"]).format(deadline=format_date(goal.deadline)))
    parts.append(str(texts["goal_actor"]).format(actor=actors.get(goal.actor.value, goal.actor.value)))
    return " — ".join(parts)


def _list_items(
    name: str, content: Content, texts: Mapping[str, Any], fields: Mapping[str, str]
) -> list[str]:
    basis = content.basis
    if name == "parties":
        return [_fill(str(line), fields) for line in _strings(texts, "party_lines")] + [
            _fill(str(texts["co_tenant_line"]), {**fields, "co_tenant": person})
            for person in basis.parties.co_tenants
        ]
    if name == "goals":
        return [_goal_line(goal, texts) for goal in basis.goals] or [str(texts["no_goals"])]
    if name == "conditions":
        return [_one_line(c) for c in basis.conditions] or [str(texts["no_conditions"])]
    dates = [format_date(d) for d in content.evaluation_dates]
    return [str(texts["evaluation_date"]).format(date=d) for d in dates] or [
        str(texts["no_evaluation_dates"])
    ]


def _strings(texts: Mapping[str, Any], key: str) -> list[str]:
    value = texts.get(key, [])
    if not isinstance(value, list):
        raise ValueError(key)
    return [str(v) for v in value]


def compose(texts: Mapping[str, Any], content: Content) -> tuple[TextBlock, ...]:
    """The agreement's blocks from an organisation's wording (see resources/documents) and the content.

    The wording is a mapping with a title, an optional addendum paragraph, and sections of a heading
    and body lines; a body line that is just "{goals}" (or another list name) becomes that list.
    """
    fields = _fields(content, texts)
    blocks = [TextBlock(BlockKind.TITLE, _fill(str(texts["title"]), fields))]
    if content.replaces is not None:
        blocks.append(TextBlock(BlockKind.PARAGRAPH, _fill(str(texts["addendum"]), fields)))
    sections = texts.get("section", [])
    if not isinstance(sections, list):
        raise ValueError("section")
    for section in sections:
        blocks.append(TextBlock(BlockKind.HEADING, _fill(str(section["heading"]), fields)))
        for line in section.get("body", []):
            list_name = line.strip()[1:-1] if line.strip().startswith("{") else ""
            if list_name in LISTS and line.strip() == "{" + list_name + "}":
                items = _list_items(list_name, content, texts, fields)
                blocks.extend(TextBlock(BlockKind.ITEM, item) for item in items)
            else:
                blocks.append(TextBlock(BlockKind.PARAGRAPH, _fill(line, fields)))
    return tuple(blocks)


def check_wording(texts: Mapping[str, Any]) -> list[str]:
    """Problems in an organisation's wording: unknown placeholders or missing keys (empty = fine)."""
    problems = []
    for key in (
        "title",
        "addendum",
        "goal_measure",
        "goal_deadline",
        "goal_actor",
        "no_goals",
        "no_conditions",
        "evaluation_date",
        "no_evaluation_dates",
        "co_tenant_line",
    ):
        if key not in texts:
            problems.append(f"missing: {key}")
    templates = [str(texts.get("title", "")), str(texts.get("addendum", "")), *_strings(texts, "party_lines")]
    for section in texts.get("section", []) if isinstance(texts.get("section"), list) else []:
        templates.append(str(section.get("heading", "")))
        templates.extend(str(line) for line in section.get("body", []))
    for template in templates:
        for _, name, _, _ in string.Formatter().parse(template):
            if name and name not in PLACEHOLDERS and name not in LISTS:
                problems.append(f"unknown placeholder: {name}")
    return problems


def canonical_text(blocks: Iterable[TextBlock]) -> str:
    """One line per block, its kind as a prefix: what the screen shows, the hash covers and the PDF prints."""
    text = "\n".join(_PREFIX[b.kind] + b.text for b in blocks)
    return unicodedata.normalize("NFC", text)


def parse_text(text: str) -> tuple[TextBlock, ...]:
    blocks = []
    for line in text.split("\n"):
        for kind in (BlockKind.TITLE, BlockKind.HEADING, BlockKind.ITEM):
            if line.startswith(_PREFIX[kind]):
                blocks.append(TextBlock(kind, line[len(_PREFIX[kind]) :]))
                break
        else:
            blocks.append(TextBlock(BlockKind.PARAGRAPH, line))
    return tuple(blocks)


def text_hash(text: str) -> str:
    return hashlib.sha256(unicodedata.normalize("NFC", text).encode("utf-8")).hexdigest()


def verification_code(agreement_id: str, number: int, content_hash: str) -> str:
    """Twelve base32 characters a person can read out over the phone to match a paper copy."""
    digest = hashlib.sha256(f"{agreement_id}:{number}:{content_hash}".encode()).digest()
    code = base64.b32encode(digest).decode("ascii")[:12]
    return "-".join(code[i : i + 4] for i in range(0, 12, 4))


# --- status -----------------------------------------------------------------------------------------
def status_of(required: Iterable[str], signed: Iterable[str], superseded: bool) -> AgreementStatus:
    if superseded:
        return AgreementStatus.SUPERSEDED
    done = set(signed)
    if not done:
        return AgreementStatus.DRAFT
    if set(required) <= done:
        return AgreementStatus.IN_FORCE
    return AgreementStatus.SIGNING


def check_can_sign(
    slot_key: str,
    required: Iterable[str],
    signed: Iterable[str],
    superseded: bool,
    shown_hash: str,
    text: str,
) -> None:
    """The rules every signature meets, whoever gives it."""
    if superseded:
        raise RuleViolation("agreement_superseded")
    if slot_key not in set(required):
        raise RuleViolation("agreement_unknown_signer")
    if slot_key in set(signed):
        raise RuleViolation("agreement_already_signed")
    if shown_hash != text_hash(text):
        raise RuleViolation("agreement_text_changed")


def check_signature_facts(
    name: str, place: str, method: SignMethod, image: bytes | None, ink_blank: bool
) -> None:
    if not name.strip():
        raise RuleViolation("signature_name_missing")
    if not place.strip():
        raise RuleViolation("signature_place_missing")
    if not image:
        raise RuleViolation("signature_scan_missing" if method == SignMethod.PAPER else "signature_blank")
    if method == SignMethod.DRAWN and ink_blank:
        raise RuleViolation("signature_blank")
