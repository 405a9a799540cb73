"""Short, human change summaries computed from the difference between two plan versions.

The version history answers "who changed what, when": the row has who and when, these
functions say what, in words a clinician can scan ("added technique box_breathing; homework
“Evening walk”: due date"). Quoted free text is shortened; the summaries are stored encrypted.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from tandem.plans.schemas import PlanDocument, SafetyPlanContent

SUMMARY_MAX = 1000
_QUOTE_MAX = 40

SAFETY_SECTION_LABELS: dict[str, str] = {
    "warning_signs": "warning signs",
    "coping_strategies": "coping strategies",
    "distractions": "people and places for distraction",
    "help_contacts": "people to ask for help",
    "professionals": "professionals and crisis lines",
    "environment_safety": "making the environment safe",
    "reasons_for_living": "reasons for living",
}

_TECHNIQUE_FIELDS = {"frequency": "frequency", "due": "due date", "note": "note"}
_HOMEWORK_FIELDS = {
    "title": "title",
    "instructions": "instructions",
    "due": "due date",
    "skill_id": "skill",
    "target_count": "times to do it",
    "status": "status",
}


def _quote(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > _QUOTE_MAX:
        text = text[: _QUOTE_MAX - 1].rstrip() + "…"
    return f"“{text}”"


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _join(parts: Sequence[str]) -> str:
    summary = "; ".join(parts) if parts else "no changes"
    if len(summary) > SUMMARY_MAX:
        summary = summary[: SUMMARY_MAX - 1].rstrip() + "…"
    return summary


def _set_changes(label: str, old: Sequence[str], new: Sequence[str]) -> list[str]:
    added = [item for item in new if item not in old]
    removed = [item for item in old if item not in new]
    parts = []
    if added:
        parts.append(f"{label} added: {', '.join(added)}")
    if removed:
        parts.append(f"{label} removed: {', '.join(removed)}")
    return parts


def _plan_overview(plan: PlanDocument) -> str:
    counts = [
        (len(plan.goals), "goal"),
        (len(plan.techniques), "technique"),
        (len(plan.homework), "homework item"),
        (len(plan.sessions), "session date"),
    ]
    listed = [f"{n} {noun}{'' if n == 1 else 's'}" for n, noun in counts if n]
    return "created the plan" + (f" ({', '.join(listed)})" if listed else "")


def plan_changes(old: PlanDocument | None, new: PlanDocument) -> list[str]:
    """What changed from ``old`` to ``new``, one short phrase per change (empty: no change)."""
    if old is None:
        return [_plan_overview(new)]
    parts: list[str] = []
    for goal in new.goals:
        if goal not in old.goals:
            parts.append(f"added goal {_quote(goal)}")
    for goal in old.goals:
        if goal not in new.goals:
            parts.append(f"removed goal {_quote(goal)}")

    old_techniques = {t.skill_id: t for t in old.techniques}
    new_techniques = {t.skill_id: t for t in new.techniques}
    for skill_id, technique in new_techniques.items():
        before = old_techniques.get(skill_id)
        if before is None:
            parts.append(f"assigned technique {skill_id}")
            continue
        changed = [
            label
            for name, label in _TECHNIQUE_FIELDS.items()
            if getattr(before, name) != getattr(technique, name)
        ]
        if changed:
            parts.append(f"technique {skill_id}: {', '.join(changed)}")
    for skill_id in old_techniques:
        if skill_id not in new_techniques:
            parts.append(f"removed technique {skill_id}")

    old_homework = {h.id: h for h in old.homework}
    new_homework = {h.id: h for h in new.homework}
    for item_id, item in new_homework.items():
        previous = old_homework.get(item_id)
        if previous is None:
            parts.append(f"added homework {_quote(item.title)}")
            continue
        changed = [
            label
            for name, label in _HOMEWORK_FIELDS.items()
            if getattr(previous, name) != getattr(item, name)
        ]
        if changed:
            parts.append(f"homework {_quote(item.title)}: {', '.join(changed)}")
    for item_id, item in old_homework.items():
        if item_id not in new_homework:
            parts.append(f"removed homework {_quote(item.title)}")

    if old.clinician_notes != new.clinician_notes:
        parts.append("edited clinician notes")
    for key in new.preferred_wording:
        if key not in old.preferred_wording:
            parts.append(f"added wording for {key}")
        elif old.preferred_wording[key] != new.preferred_wording[key]:
            parts.append(f"changed wording for {key}")
    for key in old.preferred_wording:
        if key not in new.preferred_wording:
            parts.append(f"removed wording for {key}")
    parts += _set_changes(
        "contraindicated skills", old.contraindicated_skills, new.contraindicated_skills
    )
    parts += _set_changes(
        "contraindicated topics", old.contraindicated_topics, new.contraindicated_topics
    )
    parts += _set_changes(
        "sessions",
        [_when(s) for s in old.sessions],
        [_when(s) for s in new.sessions],
    )
    return parts


def plan_summary(old: PlanDocument | None, new: PlanDocument) -> str:
    return _join(plan_changes(old, new))


def safety_plan_changes(old: SafetyPlanContent | None, new: SafetyPlanContent) -> list[str]:
    """Per Stanley–Brown section: what was added or removed (contacts by name)."""
    if old is None:
        filled = [label for name, label in SAFETY_SECTION_LABELS.items() if getattr(new, name)]
        return ["wrote the safety plan" + (f" ({', '.join(filled)})" if filled else "")]
    parts: list[str] = []
    for name, label in SAFETY_SECTION_LABELS.items():
        before, after = getattr(old, name), getattr(new, name)
        if before == after:
            continue
        if name in ("distractions", "help_contacts", "professionals"):
            old_names = {c.name: c for c in before}
            new_names = {c.name: c for c in after}
            added = [n for n in new_names if n not in old_names]
            removed = [n for n in old_names if n not in new_names]
            updated = [n for n in new_names if n in old_names and new_names[n] != old_names[n]]
            bits = []
            if added:
                bits.append("added " + ", ".join(_quote(n) for n in added))
            if removed:
                bits.append("removed " + ", ".join(_quote(n) for n in removed))
            if updated:
                bits.append("updated " + ", ".join(_quote(n) for n in updated))
            if not bits:
                bits.append("reordered")
            parts.append(f"{label}: {'; '.join(bits)}")
            continue
        added_count = len([item for item in after if item not in before])
        removed_count = len([item for item in before if item not in after])
        bits = []
        if added_count:
            bits.append(f"{added_count} added")
        if removed_count:
            bits.append(f"{removed_count} removed")
        parts.append(f"{label}: {', '.join(bits) if bits else 'reordered'}")
    return parts


def safety_plan_summary_text(old: SafetyPlanContent | None, new: SafetyPlanContent) -> str:
    return _join(safety_plan_changes(old, new))
