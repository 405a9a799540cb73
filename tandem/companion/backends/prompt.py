"""Build the chat-completions messages for one turn.

The prompt holds only this client's own data, passed in the :class:`ReplyRequest`: the system
policy (``prompts/system.md``), the client's name and plan (assigned techniques in the clinician's
words, notes, goals, contraindications), the authored content behind this turn's skill or topic,
the engine's decided reply, and the recent conversation.

Guided skills stay in the engine: for a skill step, an offer, a check-in or a note, the model
only *phrases* the engine's message (the state already expects the answer to that message). For
plain listening and small talk it may reply freely in the engine's direction. Everything else
(safety support, clinician limits, AI disclosure, handovers to the therapist) is authored wording
the model never touches — see :func:`reply_mode`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources as package_files
from typing import Any, Literal

import yaml

from tandem.companion.backends.base import ReplyRequest
from tandem.companion.content_loader import Content
from tandem.companion.plan_view import PlanView

Mode = Literal["free", "phrase", "fixed"]

FREE_ACTIONS = frozenset({"reflect", "small_talk"})
PHRASE_ACTIONS = frozenset(
    {
        "guide_skill",
        "offer_skill",
        "psychoeducation",
        "checkin",
        "collect_note",
        "habit_checkin",
        "nudge",
    }
)
# Anything not listed above is fixed, so an action added to the engine later stays authored until
# someone decides otherwise.

HISTORY_TURNS = 8
HISTORY_LINE_CHARS = 600
CONTENT_CHARS = 1500
REQUIRED_PARTS = {
    "language": ("en", "es"),
    "client": ("heading", "name", "therapist", "no_therapist"),
    "plan": (
        "heading",
        "assigned",
        "frequency",
        "note",
        "goals",
        "next_session",
        "contraindicated_skills",
        "contraindicated_topics",
    ),
    "content": ("heading", "skill", "psychoeducation"),
    "task": ("heading", "phrase", "free"),
}


class PromptContentError(ValueError):
    """A prompt file is missing a part; the message names the file and the key."""


@dataclass(frozen=True)
class PromptParts:
    system: str
    parts: dict[str, dict[str, str]]

    def get(self, section: str, key: str, **values: Any) -> str:
        return self.parts[section][key].format(**values)


def reply_mode(action: str) -> Mode:
    if action in FREE_ACTIONS:
        return "free"
    if action in PHRASE_ACTIONS:
        return "phrase"
    return "fixed"


def validate_parts(system: str, raw: Any, *, source: str = "parts.yaml") -> PromptParts:
    if not system.strip():
        raise PromptContentError("system.md: the system policy is empty")
    if not isinstance(raw, dict):
        raise PromptContentError(f"{source}: expected a mapping at the top")
    parts: dict[str, dict[str, str]] = {}
    for section, keys in REQUIRED_PARTS.items():
        body = raw.get(section)
        if not isinstance(body, dict):
            raise PromptContentError(f"{source}: {section} must be a mapping")
        for key in keys:
            value = body.get(key)
            if not isinstance(value, str) or not value.strip():
                raise PromptContentError(f"{source}: {section}.{key} must be non-empty text")
        parts[section] = {str(k): " ".join(str(v).split()) for k, v in body.items()}
    return PromptParts(system=system.strip(), parts=parts)


@cache
def load_prompt_parts() -> PromptParts:
    folder = package_files.files("tandem.companion.backends").joinpath("prompts")
    system = folder.joinpath("system.md").read_text(encoding="utf-8")
    raw = yaml.safe_load(folder.joinpath("parts.yaml").read_text(encoding="utf-8"))
    return validate_parts(system, raw)


def _clip(text: str, limit: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _skill_name(content: Content | None, skill_id: str, lang: str, plan: PlanView) -> str:
    wording = plan.wording_for(skill_id)
    if content is not None and skill_id in content.skills:
        name = content.skills[skill_id].name(lang)
        return f"{wording} ({name})" if wording and wording.lower() != name.lower() else name
    return wording or skill_id.replace("_", " ")


def _topic_name(content: Content | None, topic_id: str, lang: str) -> str:
    if content is not None:
        lexicon = content.lexicons.get(lang)
        if lexicon is not None and topic_id in lexicon.topics:
            return lexicon.topics[topic_id][1]
        piece = content.psychoeducation_for(topic_id, lang)
        if piece is not None:
            return piece.title
    return topic_id.replace("_", " ")


def _plan_lines(p: PromptParts, plan: PlanView, content: Content | None, lang: str) -> list[str]:
    lines: list[str] = []
    if plan.assigned:
        lines.append(p.get("plan", "assigned"))
        for item in plan.assigned:
            bits = [_skill_name(content, item.skill_id, lang, plan)]
            if item.frequency:
                bits.append(p.get("plan", "frequency", frequency=_clip(item.frequency, 80)))
            if item.note:
                bits.append(p.get("plan", "note", note=_clip(item.note, 300)))
            lines.append("- " + "; ".join(bits))
    if plan.goals:
        lines.append(p.get("plan", "goals"))
        lines.extend(f"- {_clip(goal, 200)}" for goal in plan.goals)
    if plan.next_session is not None:
        lines.append(p.get("plan", "next_session", date=plan.next_session.date().isoformat()))
    if plan.contraindicated_skills:
        names = sorted(
            _skill_name(content, s, lang, PlanView()) for s in plan.contraindicated_skills
        )
        lines.append(p.get("plan", "contraindicated_skills", items="; ".join(names)))
    if plan.contraindicated_topics:
        names = sorted(_topic_name(content, t, lang) for t in plan.contraindicated_topics)
        lines.append(p.get("plan", "contraindicated_topics", items="; ".join(names)))
    return lines


def _content_lines(
    p: PromptParts, request: ReplyRequest, content: Content | None, lang: str
) -> list[str]:
    draft = request.draft
    lines: list[str] = []
    if draft.skill and content is not None and draft.skill in content.skills:
        skill = content.skills[draft.skill]
        lines.append(
            p.get(
                "content",
                "skill",
                name=_skill_name(content, skill.id, lang, request.ctx.plan or PlanView()),
                summary=skill.summary.get(lang) or skill.summary.get("en", ""),
            )
        )
    card = draft.card or {}
    if draft.action == "psychoeducation" and card.get("body"):
        lines.append(p.get("content", "psychoeducation", title=str(card.get("title", ""))))
        lines.append(_clip(str(card["body"]), CONTENT_CHARS))
    return lines


def build_system_prompt(request: ReplyRequest, *, content: Content | None = None) -> str:
    p = load_prompt_parts()
    lang = request.lang if request.lang in p.parts["language"] else "en"
    plan = request.ctx.plan or PlanView()
    sections = [p.system, p.parts["language"][lang]]

    client = []
    if request.ctx.name:
        client.append(p.get("client", "name", name=_clip(request.ctx.name, 60)))
    if request.ctx.has_clinician or plan.clinician_name:
        therapist = plan.clinician_name or ("su terapeuta" if lang == "es" else "their therapist")
        client.append(p.get("client", "therapist", therapist=_clip(therapist, 80)))
    else:
        client.append(p.get("client", "no_therapist"))
    sections.append(f"## {p.get('client', 'heading')}\n" + "\n".join(client))

    plan_lines = _plan_lines(p, plan, content, lang)
    if plan_lines:
        sections.append(f"## {p.get('plan', 'heading')}\n" + "\n".join(plan_lines))
    content_lines = _content_lines(p, request, content, lang)
    if content_lines:
        sections.append(f"## {p.get('content', 'heading')}\n" + "\n".join(content_lines))

    mode = reply_mode(request.draft.action)
    task = p.get("task", "phrase" if mode == "phrase" else "free")
    sections.append(
        f"## {p.get('task', 'heading')}\n{task}\n<draft>{request.draft.text.strip()}</draft>"
    )
    return "\n\n".join(sections)


def build_messages(
    request: ReplyRequest, *, content: Content | None = None
) -> list[dict[str, str]]:
    """OpenAI chat messages: one system message, the recent conversation, the new message."""
    turns: list[dict[str, str]] = []
    for line in request.history[-HISTORY_TURNS:]:
        role = "user" if line.role == "client" else "assistant"
        _append_turn(turns, role, _clip(line.text, HISTORY_LINE_CHARS))
    _append_turn(turns, "user", request.client_text.strip() or "…")
    # Some chat templates (llama.cpp, vLLM) refuse a conversation that opens with the assistant.
    while turns and turns[0]["role"] == "assistant":
        turns.pop(0)
    return [{"role": "system", "content": build_system_prompt(request, content=content)}, *turns]


def _append_turn(turns: list[dict[str, str]], role: str, text: str) -> None:
    """Merge consecutive messages of one role: templates expect user and assistant to alternate."""
    if not text:
        return
    if turns and turns[-1]["role"] == role:
        turns[-1]["content"] += "\n" + text
    else:
        turns.append({"role": role, "content": text})
