"""The clinician handbook: what the companion can say to clients, read straight from its content.

Nothing here is re-worded: skills and psychoeducation come from the companion's own content files
(the same objects the companion speaks from), the crisis resources from the safety resources
catalogue for the clinic, what each consent stream shares from the consent text the client
agreed to. The safety figures are whatever was committed in ``bench/README.md``'s safety section;
when there is none the page says so instead of inventing numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from tandem.accounts.consent import ConsentText, consent_text
from tandem.accounts.models import Clinic
from tandem.companion.content_loader import Psychoeducation, Skill, load_content
from tandem.safety.resources import ClinicResources, ResourceSet, resources_for

LANGUAGES = ("en", "es")
BENCH_README = Path(__file__).resolve().parents[2] / "bench" / "README.md"
PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")
SAFETY_HEADING = re.compile(r"^(#{2,3})\s+.*safety.*$", re.IGNORECASE | re.MULTILINE)

# Suggested wording for talking with clients about healthy use of an AI companion. Written for
# clinicians to adapt; the companion itself never says these.
HEALTHY_USE_WORDING = (
    (
        "Introducing it",
        "Tandem is a practice partner between our sessions. It can help you try the skills we "
        "work on and keep notes for our next session. It is not a therapist and it is not me.",
    ),
    (
        "What it shares",
        "You choose what I can see. Whatever you choose, if it notices you might be in danger it "
        "tells me, because your safety comes first.",
    ),
    (
        "Not an emergency service",
        "Nobody watches it around the clock. If you are in danger, call the crisis line or "
        "emergency number on the help page, not the app and not a message to me.",
    ),
    (
        "Keeping it in proportion",
        "Use it for a few minutes when it helps. If you notice you are talking to it more than to "
        "people, or late at night, let's talk about that together — that's useful for us to know.",
    ),
    (
        "When it gets something wrong",
        "It can misunderstand. If something it says feels wrong or unhelpful, stop, and bring it "
        "to our session.",
    ),
)


@dataclass(frozen=True)
class SkillEntry:
    skill: Skill
    steps: dict[str, list[str]]  # lang -> each step's wording as the client reads it


@dataclass(frozen=True)
class SafetyFigures:
    source: str
    text: str | None  # the committed section, verbatim; None when nothing is committed


@dataclass(frozen=True)
class Handbook:
    skills: list[SkillEntry]
    psychoeducation: list[dict[str, Psychoeducation]]  # one per topic, lang -> piece
    resources: ResourceSet
    resources_es: ResourceSet
    consent: dict[str, ConsentText]
    figures: SafetyFigures
    healthy_use: tuple[tuple[str, str], ...] = HEALTHY_USE_WORDING


def shown_as_read(text: str) -> str:
    """Step wording with the client's own earlier answers marked, e.g. [their answer: activity]."""
    return PLACEHOLDER.sub(lambda m: f"[their answer: {m.group(1).replace('_', ' ')}]", text)


def skill_entries() -> list[SkillEntry]:
    content = load_content()
    entries = []
    for skill in sorted(content.skills.values(), key=lambda s: s.technique["en"].casefold()):
        steps = {
            lang: [
                shown_as_read(text)
                for text in [step.text.get(lang) or step.text["en"] for step in skill.steps]
                + [skill.finish.get(lang) or skill.finish["en"]]
            ]
            for lang in LANGUAGES
        }
        entries.append(SkillEntry(skill=skill, steps=steps))
    return entries


def psychoeducation_pieces() -> list[dict[str, Psychoeducation]]:
    content = load_content()
    return [content.psychoeducation[topic] for topic in sorted(content.psychoeducation)]


def safety_figures(path: Path = BENCH_README) -> SafetyFigures:
    """The safety section of ``bench/README.md`` as committed, or None when there is none."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        return SafetyFigures(source=str(path.name), text=None)
    match = SAFETY_HEADING.search(text)
    if match is None:
        return SafetyFigures(source="bench/README.md", text=None)
    level = len(match.group(1))
    rest = text[match.end() :]
    end = re.search(rf"^#{{1,{level}}}\s", rest, re.MULTILINE)
    section = (match.group(0) + rest[: end.start() if end else len(rest)]).strip()
    return SafetyFigures(source="bench/README.md", text=section)


def build_handbook(clinic: Clinic | None) -> Handbook:
    overrides = None
    locale = "en-US"
    if clinic is not None:
        locale = clinic.default_locale or locale
        overrides = ClinicResources(
            on_call_name=clinic.on_call_name,
            on_call_phone=clinic.on_call_phone,
            country=clinic.country,
        )
    return Handbook(
        skills=skill_entries(),
        psychoeducation=psychoeducation_pieces(),
        resources=resources_for(locale, clinic_overrides=overrides),
        resources_es=resources_for(
            "es-" + (clinic.country if clinic else "US"), clinic_overrides=overrides
        ),
        consent={lang: consent_text(lang) for lang in LANGUAGES},
        figures=safety_figures(),
    )
