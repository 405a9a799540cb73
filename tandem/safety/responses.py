"""Deterministic crisis replies: the policy of DESIGN §3 in code, the wording in data.

The crisis path must never depend on an LLM or a network, so every reply at ``low`` or above is
assembled here from authored sentences (``data/responses.<lang>.yaml``), the client's crisis
resources (``resources.py``) and, when one exists, the client's own safety plan.

What each level says, in order (the order is the policy; the words are data):

- low: validate; say 24/7 support exists (and the one live line for the locale); suggest bringing
  it to the therapist (a doctor or counselor for standalone clients); ask plainly about suicidal
  thoughts, as the one question.
- moderate: acknowledge explicitly; one concrete distress-tolerance step for a current urge; one
  specific live resource; therapist (honestly: they will get a note) and trusted people; the
  safety plan (its first coping step and first contact, or an offer to make one); exactly one
  question (thoughts now, plan, safety...).
- high: live help now first; the live line; the emergency number if they might act; the clinic's
  on-call line; someone physically present and distance from means; texting if calling is too
  hard; the safety plan; an honest line that the clinician (and on-call) is being alerted — only
  when there is a clinician; staying engaged with one question.
- imminent: the emergency number in the first sentence; then immediate safety, on-call, the
  barrier line, the first person on the safety plan, the alert line and one question.

Templates contain no digits: every number a client reads comes from resource data or from the
client's own safety plan, so a number can never be mistyped into a reply.
"""

from __future__ import annotations

import re
import string
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources as package_files
from typing import Any, cast

import yaml

from tandem.safety.assessment import Assessment, RiskLevel
from tandem.safety.resources import CrisisResource, ResourceSet

SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "es")
LEVELS: tuple[RiskLevel, ...] = (
    RiskLevel.LOW,
    RiskLevel.MODERATE,
    RiskLevel.HIGH,
    RiskLevel.IMMINENT,
)

# Categories with their own wording; anything else is answered with the "generic" wording.
RESPONSE_CATEGORIES: tuple[str, ...] = (
    "generic",
    "ideation",
    "self-harm",
    "method-seeking",
    "harm-to-others",
    "abuse",
    "psychosis",
    "mania",
    "medical",
    "eating",
    "substance",
    "third-party",
    "hopelessness",
)
# Detector categories that share wording with another one.
CATEGORY_ALIASES: dict[str, str] = {"preparatory": "ideation", "burdensomeness": "hopelessness"}
# When an assessment has several categories, the reply speaks to the first of these it has.
# third-party comes first: "my friend took pills" is about helping the friend; medical and
# harm-to-others come before ideation because they change what the first step is.
CATEGORY_PRIORITY: tuple[str, ...] = (
    "third-party",
    "medical",
    "harm-to-others",
    "abuse",
    "method-seeking",
    "self-harm",
    "ideation",
    "psychosis",
    "mania",
    "eating",
    "substance",
    "hopelessness",
)

# part -> levels it must be written for. Parts in OPTIONAL_PARTS may use an empty list to be left
# out for a category (e.g. no "calm down" step for an abuse disclosure).
PART_LEVELS: dict[str, tuple[RiskLevel, ...]] = {
    "opener": (RiskLevel.LOW, RiskLevel.MODERATE),
    "support": (RiskLevel.LOW,),
    "no_primary": (RiskLevel.LOW, RiskLevel.MODERATE),
    "therapist": (RiskLevel.LOW, RiskLevel.MODERATE),
    "standalone": (RiskLevel.LOW, RiskLevel.MODERATE),
    "question": LEVELS,
    "step": (RiskLevel.MODERATE,),
    "live": (RiskLevel.MODERATE, RiskLevel.HIGH),
    "first": (RiskLevel.HIGH, RiskLevel.IMMINENT),
    "danger": (RiskLevel.HIGH,),
    "safety": (RiskLevel.HIGH, RiskLevel.IMMINENT),
}
OPTIONAL_PARTS: frozenset[str] = frozenset({"step", "live", "danger"})
FIXED_PARTS: tuple[str, ...] = (
    "barrier_text",
    "barrier_no_text",
    "alert",
    "alert_oncall",
    "plan_both",
    "plan_coping",
    "plan_contact",
    "plan_offer_clinician",
    "plan_offer_standalone",
)
PLACEHOLDERS: frozenset[str] = frozenset(
    {"name_prefix", "call_emergency", "coping_step", "contact"}
)
# Parts that must carry a placeholder, because the sentence is pointless or unsafe without it.
REQUIRED_PLACEHOLDERS: dict[tuple[str, str | None], tuple[str, ...]] = {
    ("no_primary", None): ("call_emergency",),
    ("first", "imminent"): ("call_emergency",),
    ("plan_coping", None): ("coping_step",),
    ("plan_contact", None): ("contact",),
    ("plan_both", None): ("coping_step", "contact"),
}
NAMED_PARTS: frozenset[str] = frozenset({"opener", "first"})  # begin with {name_prefix}
MIN_VARIANTS = 2


class ResponseContentError(ValueError):
    """The response content file is malformed; the message says where and why."""


@dataclass(frozen=True)
class SafetyPlanSummary:
    """The seam through which the client's own safety plan appears in crisis replies.

    Filled by the plans domain (written with the clinician); this module only reads it.
    Sequences are stored as tuples so the summary stays immutable.
    """

    warning_signs: Sequence[str] = ()
    coping_strategies: Sequence[str] = ()
    people_to_contact: Sequence[tuple[str, str]] = ()  # (name, phone); phone may be ""
    reasons_for_living: Sequence[str] = ()

    def __post_init__(self) -> None:
        def clean(items: Sequence[str]) -> tuple[str, ...]:
            return tuple(item.strip() for item in items if item and item.strip())

        object.__setattr__(self, "warning_signs", clean(self.warning_signs))
        object.__setattr__(self, "coping_strategies", clean(self.coping_strategies))
        object.__setattr__(self, "reasons_for_living", clean(self.reasons_for_living))
        object.__setattr__(
            self,
            "people_to_contact",
            tuple(
                (n.strip(), (p or "").strip()) for n, p in self.people_to_contact if n and n.strip()
            ),
        )

    @property
    def first_coping_step(self) -> str | None:
        return self.coping_strategies[0] if self.coping_strategies else None

    @property
    def first_contact(self) -> tuple[str, str] | None:
        return self.people_to_contact[0] if self.people_to_contact else None


@dataclass(frozen=True)
class SafetyReply:
    text: str
    level: RiskLevel
    resources: list[CrisisResource]
    show_safety_plan: bool
    quick_replies: list[str]
    alerting_clinician: bool
    category: str = "generic"
    lang: str = "en"


@dataclass(frozen=True)
class ResponseContent:
    lang: str
    quick_replies: dict[str, list[str]]
    show_plan: str
    fixed: dict[str, list[str]]
    # part -> level label -> category -> variants
    parts: dict[str, dict[str, dict[str, list[str]]]] = field(default_factory=dict)

    def variants(self, part: str, level: RiskLevel, category: str) -> list[str]:
        by_category = self.parts[part][level.label]
        if category in by_category:
            return by_category[category]
        return by_category["generic"]


# ---------------------------------------------------------------------------------------------
# Loading and validation


def _placeholders(template: str, where: str) -> set[str]:
    names: set[str] = set()
    try:
        for _, name, spec, conversion in string.Formatter().parse(template):
            if name is None:
                continue
            if spec or conversion or name not in PLACEHOLDERS:
                raise ResponseContentError(
                    f"{where}: placeholder {{{name}}} is not allowed "
                    f"(allowed: {', '.join(sorted(PLACEHOLDERS))})"
                )
            names.add(name)
    except ValueError as exc:  # unbalanced braces
        raise ResponseContentError(f"{where}: {exc}") from exc
    return names


def _check_template(template: Any, *, where: str, part: str, level: str | None, lang: str) -> str:
    if not isinstance(template, str) or not template.strip():
        raise ResponseContentError(f"{where}: every variant must be a non-empty string")
    if re.search(r"\d", template):
        raise ResponseContentError(
            f"{where}: contains a digit; numbers must come from resource data"
        )
    names = _placeholders(template, where)
    required = REQUIRED_PLACEHOLDERS.get((part, level)) or REQUIRED_PLACEHOLDERS.get(
        (part, None), ()
    )
    for placeholder in required:
        if placeholder not in names:
            raise ResponseContentError(f"{where}: must contain {{{placeholder}}}")
    if part in NAMED_PARTS and not template.startswith("{name_prefix}"):
        raise ResponseContentError(
            f"{where}: must start with {{name_prefix}} so the client's name leads"
        )
    if "name_prefix" in names and (
        part not in NAMED_PARTS or not template.startswith("{name_prefix}")
    ):
        raise ResponseContentError(
            f"{where}: {{name_prefix}} may only open an opener or first sentence"
        )
    questions = template.count("?")
    if part == "question":
        if questions != 1 or not template.rstrip().endswith("?"):
            raise ResponseContentError(
                f"{where}: a question variant asks exactly one question, at the end"
            )
        if lang == "es" and template.count("¿") != 1:
            raise ResponseContentError(f"{where}: a Spanish question opens with ¿")
    elif questions or "¿" in template:
        raise ResponseContentError(f"{where}: only question parts may ask a question")
    return template


def validate_response_content(raw: Any, *, lang: str, source: str | None = None) -> ResponseContent:
    """Check a parsed response file completely and build it; raise ResponseContentError if not.

    Every level needs every part it uses, with "generic" wording and at least two variants, in
    the file's language; placeholders must be known; templates hold no digits; only questions ask.
    """
    where = source or f"responses.{lang}.yaml"
    if not isinstance(raw, dict):
        raise ResponseContentError(f"{where}: expected a mapping at the top")
    data = cast(dict[str, Any], raw)
    if data.get("lang") != lang:
        raise ResponseContentError(f"{where}: lang is {data.get('lang')!r}, expected {lang!r}")

    quick = data.get("quick_replies")
    if not isinstance(quick, dict):
        raise ResponseContentError(f"{where}: quick_replies must be a mapping")
    quick_replies: dict[str, list[str]] = {}
    for level in LEVELS:
        items = quick.get(level.label)
        if (
            not isinstance(items, list)
            or not items
            or not all(isinstance(i, str) and i.strip() for i in items)
        ):
            raise ResponseContentError(
                f"{where}: quick_replies.{level.label} must be a non-empty list"
            )
        quick_replies[level.label] = [str(i) for i in items]
    show_plan = quick.get("show_plan")
    if not isinstance(show_plan, str) or not show_plan.strip():
        raise ResponseContentError(f"{where}: quick_replies.show_plan must be a string")

    fixed_raw = data.get("fixed")
    if not isinstance(fixed_raw, dict):
        raise ResponseContentError(f"{where}: fixed must be a mapping")
    fixed: dict[str, list[str]] = {}
    for name in FIXED_PARTS:
        variants = fixed_raw.get(name)
        if not isinstance(variants, list) or len(variants) < MIN_VARIANTS:
            raise ResponseContentError(
                f"{where}: fixed.{name} needs at least {MIN_VARIANTS} variants"
            )
        fixed[name] = [
            _check_template(
                v, where=f"{where}: fixed.{name}[{i}]", part=name, level=None, lang=lang
            )
            for i, v in enumerate(variants)
        ]
    unknown_fixed = set(fixed_raw) - set(FIXED_PARTS)
    if unknown_fixed:
        raise ResponseContentError(
            f"{where}: unknown fixed parts: {', '.join(sorted(unknown_fixed))}"
        )

    parts_raw = data.get("parts")
    if not isinstance(parts_raw, dict):
        raise ResponseContentError(f"{where}: parts must be a mapping")
    unknown_parts = set(parts_raw) - set(PART_LEVELS)
    if unknown_parts:
        raise ResponseContentError(f"{where}: unknown parts: {', '.join(sorted(unknown_parts))}")
    parts: dict[str, dict[str, dict[str, list[str]]]] = {}
    for part, levels in PART_LEVELS.items():
        by_level = parts_raw.get(part)
        if not isinstance(by_level, dict):
            raise ResponseContentError(f"{where}: parts.{part} is missing")
        parts[part] = {}
        for level in levels:
            by_category = by_level.get(level.label)
            if not isinstance(by_category, dict) or "generic" not in by_category:
                raise ResponseContentError(
                    f"{where}: parts.{part}.{level.label}.generic is missing"
                )
            checked: dict[str, list[str]] = {}
            for category, variants in by_category.items():
                at = f"{where}: parts.{part}.{level.label}.{category}"
                if category not in RESPONSE_CATEGORIES:
                    raise ResponseContentError(f"{at}: unknown category")
                if not isinstance(variants, list):
                    raise ResponseContentError(f"{at}: expected a list of variants")
                if not variants and part not in OPTIONAL_PARTS:
                    raise ResponseContentError(f"{at}: this part cannot be left out")
                if category == "generic" and variants and len(variants) < MIN_VARIANTS:
                    raise ResponseContentError(f"{at}: needs at least {MIN_VARIANTS} variants")
                checked[category] = [
                    _check_template(v, where=f"{at}[{i}]", part=part, level=level.label, lang=lang)
                    for i, v in enumerate(variants)
                ]
            parts[part][level.label] = checked
        extra_levels = set(by_level) - {lvl.label for lvl in levels}
        if extra_levels:
            raise ResponseContentError(
                f"{where}: parts.{part} has unused levels {sorted(extra_levels)}"
            )
    return ResponseContent(
        lang=lang, quick_replies=quick_replies, show_plan=show_plan, fixed=fixed, parts=parts
    )


@cache
def load_response_content(lang: str) -> ResponseContent:
    """The shipped content for ``lang`` ("en" or "es"), validated once and cached."""
    if lang not in SUPPORTED_LANGUAGES:
        raise ResponseContentError(f"no response content for language {lang!r}")
    path = f"data/responses.{lang}.yaml"
    text = package_files.files("tandem.safety").joinpath(path).read_text(encoding="utf-8")
    return validate_response_content(
        yaml.safe_load(text), lang=lang, source=f"tandem/safety/{path}"
    )


def warm_up() -> None:
    """Load and validate every language's content now, so a broken file fails at start-up and
    the first crisis reply does not pay for parsing."""
    for lang in SUPPORTED_LANGUAGES:
        load_response_content(lang)


# ---------------------------------------------------------------------------------------------
# Building a reply


def reply_language(lang: str) -> str:
    """The content language: "es-MX" -> "es"; anything without content falls back to English."""
    base = re.split(r"[-_]", lang.strip().lower())[0] if lang else "en"
    return base if base in SUPPORTED_LANGUAGES else "en"


def choose_category(assessment: Assessment) -> str:
    """The one category the reply speaks to (see CATEGORY_PRIORITY)."""
    present = {CATEGORY_ALIASES.get(c, c) for c in assessment.categories}
    for category in CATEGORY_PRIORITY:
        if category in present:
            return category
    return "generic"


def _clean_name(name: str | None) -> str | None:
    if not name:
        return None
    cleaned = " ".join(name.split())[:40].strip(" ,.")
    return cleaned or None


def _clean_plan_text(text: str) -> str:
    # The client's own words go mid-sentence; drop end punctuation so the sentence closes once,
    # and question marks so a plan line never turns into a second question.
    return " ".join(text.split()).rstrip(" .!;:?").replace("?", "")


def _capitalise(text: str) -> str:
    return text[:1].upper() + text[1:] if text[:1].islower() else text


class _Builder:
    """Collects sentences and the resources they name, picking variants deterministically."""

    def __init__(self, content: ResponseContent, variant: int, values: dict[str, str]) -> None:
        self.content = content
        self.variant = variant
        self.values = values
        self.sentences: list[str] = []
        self.resources: list[CrisisResource] = []
        self._picks = 0

    def add_variants(self, variants: list[str]) -> bool:
        if not variants:
            return False
        # Each part shifts by its position so variant n changes every part, not only the first.
        template = variants[(self.variant + self._picks) % len(variants)]
        self._picks += 1
        self.sentences.append(_capitalise(template.format(**self.values)))
        return True

    def part(self, name: str, level: RiskLevel, category: str) -> bool:
        return self.add_variants(self.content.variants(name, level, category))

    def fixed(self, name: str) -> bool:
        return self.add_variants(self.content.fixed[name])

    def resource(self, resource: CrisisResource | None, lang: str) -> bool:
        if resource is None:
            return False
        self.sentences.append(resource.instruction(lang))
        self.note(resource)
        return True

    def note(self, resource: CrisisResource | None) -> None:
        if resource is not None and resource not in self.resources:
            self.resources.append(resource)

    def text(self) -> str:
        return " ".join(s.strip() for s in self.sentences if s.strip())


def build_safety_reply(
    assessment: Assessment,
    *,
    resources: ResourceSet,
    lang: str,
    client_name: str | None = None,
    has_clinician: bool = True,
    safety_plan: SafetyPlanSummary | None = None,
    variant: int = 0,
) -> SafetyReply:
    """The deterministic reply for an assessment at ``low`` or above.

    Raises ValueError at ``none``: the companion answers normally then, with no crisis script.
    ``variant`` picks among the authored wordings (pass e.g. the count of earlier safety replies
    in the conversation so the wording does not repeat).
    """
    level = assessment.level
    if level < RiskLevel.LOW:
        raise ValueError("no safety reply at level none: answer normally")
    language = reply_language(lang)
    content = load_response_content(language)
    category = choose_category(assessment)
    name = _clean_name(client_name)

    coping = safety_plan.first_coping_step if safety_plan else None
    contact = safety_plan.first_contact if safety_plan else None
    contact_text = ""
    if contact:
        contact_text = f"{contact[0]} ({contact[1]})" if contact[1] else contact[0]
    values = {
        "name_prefix": f"{name}, " if name else "",
        "call_emergency": resources.call_emergency(language),
        "coping_step": _clean_plan_text(coping) if coping else "",
        "contact": _clean_plan_text(contact_text),
    }
    b = _Builder(content, variant, values)

    def plan_lines(*, coping_too: bool) -> None:
        if coping and coping_too and contact:
            b.fixed("plan_both")
        elif coping and coping_too:
            b.fixed("plan_coping")
        elif contact:
            b.fixed("plan_contact")

    def barrier() -> None:
        if resources.text_option is not None:
            b.fixed("barrier_text")
            b.resource(resources.text_option, language)
        else:
            b.fixed("barrier_no_text")

    def alert() -> None:
        if has_clinician:
            b.fixed("alert_oncall" if resources.on_call is not None else "alert")

    def poison_control() -> None:
        if category == "medical":
            b.resource(resources.poison_control, language)

    if level == RiskLevel.LOW:
        b.part("opener", level, category)
        b.part("support", level, category)
        if not b.resource(resources.primary_live, language):
            b.part("no_primary", level, category)
            b.note(resources.emergency)
        b.part("therapist" if has_clinician else "standalone", level, category)
        plan_lines(coping_too=True)
        b.part("question", level, category)

    elif level == RiskLevel.MODERATE:
        b.part("opener", level, category)
        b.part("step", level, category)
        b.part("live", level, category)
        if not b.resource(resources.primary_live, language):
            b.part("no_primary", level, category)
            b.note(resources.emergency)
        b.part("therapist" if has_clinician else "standalone", level, category)
        if safety_plan is not None and (coping or contact):
            plan_lines(coping_too=True)
        elif category != "third-party":  # the plan is for the client, not the person they help
            b.fixed("plan_offer_clinician" if has_clinician else "plan_offer_standalone")
        b.part("question", level, category)

    elif level == RiskLevel.HIGH:
        b.part("first", level, category)
        b.part("live", level, category)
        b.resource(resources.primary_live, language)
        b.part("danger", level, category)
        b.note(resources.emergency)
        poison_control()
        b.resource(resources.on_call, language)
        b.part("safety", level, category)
        barrier()
        plan_lines(coping_too=True)
        alert()
        b.part("question", level, category)

    else:  # IMMINENT: the emergency number leads; then as high, kept short.
        b.part("first", level, category)
        b.note(resources.emergency)
        poison_control()
        b.part("safety", level, category)
        b.resource(resources.on_call, language)
        barrier()
        # Only the person to call from the plan: a coping exercise is not the step while
        # someone is in danger right now.
        plan_lines(coping_too=False)
        alert()
        b.part("question", level, category)

    quick = list(content.quick_replies[level.label])
    show_plan = safety_plan is not None and level >= RiskLevel.MODERATE
    if show_plan:
        quick.append(content.show_plan)
    return SafetyReply(
        text=b.text(),
        level=level,
        resources=b.resources,
        show_safety_plan=show_plan,
        quick_replies=quick,
        alerting_clinician=has_clinician and level >= RiskLevel.MODERATE,
        category=category,
        lang=language,
    )
