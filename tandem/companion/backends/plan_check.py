"""The clinician's contraindications, enforced on generated text.

The prompt tells the model never to offer a ruled-out technique or discuss a ruled-out topic;
this checks that it did not. A reply that names one is treated like a guard block: the engine's
reply (which already respects the plan) is used instead. Every language's names are checked,
because a model can switch language mid-reply.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from tandem.companion.content_loader import Content
from tandem.companion.plan_view import PlanView


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _mentions(folded_text: str, terms: Iterable[str]) -> bool:
    for term in terms:
        words = _fold(term).split()
        if not words:
            continue
        pattern = r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
        if re.search(pattern, folded_text):
            return True
    return False


def skill_terms(content: Content, skill_id: str) -> list[str]:
    skill = content.skills.get(skill_id)
    if skill is None:
        return [skill_id.replace("_", " ")]
    terms = [*skill.technique.values(), *skill.refer.values()]
    for words in skill.keywords.values():
        terms.extend(words)
    return terms


def plan_violations(text: str, plan: PlanView | None, content: Content) -> tuple[str, ...]:
    """Reasons the text breaks the plan: ``contraindicated-skill`` / ``contraindicated-topic``."""
    if plan is None or not (plan.contraindicated_skills or plan.contraindicated_topics):
        return ()
    reasons: list[str] = []
    folded = _fold(text)
    if any(_mentions(folded, skill_terms(content, s)) for s in plan.contraindicated_skills):
        reasons.append("contraindicated-skill")
    lowered = text.lower()
    for topic in plan.contraindicated_topics:
        patterns: list[re.Pattern[str]] = []
        for lexicon in content.lexicons.values():
            if topic in lexicon.topics:
                patterns.extend(lexicon.topics[topic][0])
            patterns.extend(lexicon.psychoed.get(topic, ()))
        if any(p.search(lowered) for p in patterns) or _mentions(folded, [topic.replace("_", " ")]):
            reasons.append("contraindicated-topic")
            break
    return tuple(reasons)
