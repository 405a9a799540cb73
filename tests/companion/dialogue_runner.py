"""Build client contexts from plain YAML and play scripted dialogues through the engine."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import yaml

from tandem.companion.engine import ACTIONS, ClientContext, ConversationState, Engine, EngineReply
from tandem.companion.habits import HabitView
from tandem.companion.limits import CompanionLimits, UsageStats
from tandem.companion.plan_view import AssignedTechnique, HomeworkItem, PlanView

DIALOGUE_DIR = Path(__file__).parent / "dialogues"
BASE_NOW = datetime(2026, 11, 25, 15, 0, tzinfo=UTC)  # a Wednesday afternoon
SAFETY_LEVELS = ("moderate", "high", "imminent")


def _time(value: str) -> time:
    hours, minutes = value.split(":")
    return time(int(hours), int(minutes))


def build_plan(spec: dict[str, Any] | None, today: date) -> PlanView | None:
    if not spec:
        return None
    wording = {}
    assigned = []
    for item in spec.get("assigned", []):
        assigned.append(
            AssignedTechnique(
                skill_id=item["skill"],
                frequency=item.get("frequency"),
                note=item.get("note"),
                due=today + timedelta(days=item["due_in_days"]) if "due_in_days" in item else None,
            )
        )
        if item.get("wording"):
            wording[item["skill"]] = item["wording"]
    homework = tuple(
        HomeworkItem(
            id=item["id"],
            title=item["title"],
            due=today + timedelta(days=item["due_in_days"]),
            skill_id=item.get("skill"),
            done=item.get("done", False),
        )
        for item in spec.get("homework", [])
    )
    return PlanView(
        assigned=tuple(assigned),
        homework=homework,
        preferred_wording=wording,
        contraindicated_skills=frozenset(spec.get("contraindicated_skills", [])),
        contraindicated_topics=frozenset(spec.get("contraindicated_topics", [])),
        goals=tuple(spec.get("goals", [])),
        clinician_name=spec.get("clinician"),
        next_session=(
            datetime.combine(today + timedelta(days=spec["next_session_in_days"]), time(10, 0))
            if "next_session_in_days" in spec
            else None
        ),
    )


def build_context(spec: dict[str, Any], now: datetime) -> ClientContext:
    today = now.date()
    limits = None
    if spec.get("limits"):
        raw = spec["limits"]
        quiet = raw.get("quiet_hours")
        limits = CompanionLimits(
            paused=raw.get("paused", False),
            pause_message=raw.get("pause_message"),
            daily_minutes=raw.get("daily_minutes"),
            quiet_hours=(_time(quiet[0]), _time(quiet[1])) if quiet else None,
            clinic_contact=raw.get("clinic_contact", ""),
        )
    habits = [
        HabitView(
            id=item["id"],
            kind=item["kind"],
            title=item["title"],
            target_per_week=item.get("target_per_week", 7),
            done_dates=tuple(today - timedelta(days=n) for n in item.get("done_days_ago", [])),
            started=today - timedelta(days=item.get("started_days_ago", 30)),
        )
        for item in spec.get("habits", [])
    ]
    return ClientContext(
        name=spec.get("name", "Sam"),
        lang=spec.get("lang", "en"),
        now=now,
        last_mood=spec.get("last_mood"),
        last_mood_at=(
            now - timedelta(days=spec["last_mood_days_ago"])
            if "last_mood_days_ago" in spec
            else None
        ),
        last_skill=spec.get("last_skill"),
        open_homework=[],
        plan=build_plan(spec.get("plan"), today),
        limits=limits,
        usage=UsageStats(**spec.get("usage", {})),
        habits=habits,
        first_use=spec.get("first_use", False),
        has_clinician=spec.get("has_clinician", True),
    )


def load_dialogues() -> list[dict[str, Any]]:
    dialogues: list[dict[str, Any]] = []
    for path in sorted(DIALOGUE_DIR.glob("*.yaml")):
        for index, dialogue in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
            dialogue["_id"] = f"{path.stem}[{index}] {dialogue['name']}"
            dialogues.append(dialogue)
    return dialogues


def _check(reply: EngineReply, expect: dict[str, Any], where: str) -> None:
    for key in ("action", "skill", "step"):
        if key in expect:
            assert getattr(reply, key) == expect[key], (
                f"{where}: {key} {getattr(reply, key)!r} != {expect[key]!r}; text: {reply.text}"
            )
    if "card_type" in expect:
        assert reply.card is not None and reply.card.get("type") == expect["card_type"], (
            f"{where}: card {reply.card!r}"
        )
    if "card" in expect:
        assert reply.card is not None, f"{where}: no card"
        for key, value in expect["card"].items():
            assert reply.card.get(key) == value, f"{where}: card[{key}] {reply.card.get(key)!r}"
    for fragment in expect.get("text_contains", []):
        assert fragment.lower() in reply.text.lower(), (
            f"{where}: {fragment!r} not in {reply.text!r}"
        )
    for fragment in expect.get("text_not_contains", []):
        assert fragment.lower() not in reply.text.lower(), (
            f"{where}: {fragment!r} in {reply.text!r}"
        )
    if "note_contains" in expect:
        assert (
            reply.note_for_session
            and expect["note_contains"].lower() in reply.note_for_session.lower()
        ), f"{where}: note {reply.note_for_session!r}"
    if expect.get("no_note"):
        assert reply.note_for_session is None, f"{where}: unexpected note"
    if "checkin_mood" in expect:
        assert reply.checkin is not None and reply.checkin["mood"] == expect["checkin_mood"], (
            f"{where}: checkin {reply.checkin!r}"
        )
    if "quick_replies_contains" in expect:
        assert expect["quick_replies_contains"] in reply.quick_replies, (
            f"{where}: {reply.quick_replies}"
        )
    for key, value in expect.get("state", {}).items():
        actual = getattr(reply.state, key)
        if key in ("active_skill", "paused_skill") and actual is not None:
            actual = actual.skill_id
        assert actual == value, f"{where}: state.{key} {actual!r} != {value!r}"
    for key, value in expect.get("answers", {}).items():
        progress = reply.state.active_skill
        answers = progress.answers if progress else (reply.card or {}).get("fields", {})
        assert key in answers, f"{where}: answer {key} missing from {answers}"
        if value is not None:
            assert answers[key] == value, f"{where}: answer {key} {answers[key]!r} != {value!r}"


def play(engine: Engine, dialogue: dict[str, Any]) -> list[EngineReply]:
    """Play every turn, checking expectations and the engine's standing promises on each turn."""
    state = ConversationState()
    now = BASE_NOW + timedelta(hours=dialogue.get("hour_offset", 0))
    spec = {**dialogue.get("context", {}), "lang": dialogue.get("lang", "en")}
    never_offer = set(dialogue.get("never_offer", []))
    replies: list[EngineReply] = []
    recent_openers: list[str] = []
    for number, turn in enumerate(dialogue["turns"], start=1):
        where = f"{dialogue['_id']} turn {number} ({turn.get('say', turn.get('event'))!r})"
        now += timedelta(days=turn.get("advance_days", 0), minutes=turn.get("advance_minutes", 1))
        turn_spec = {**spec, **turn.get("context", {})}
        ctx = build_context(turn_spec, now)
        level = turn.get("safety", "none")
        kwargs = {"safety_level": level, "event": turn.get("event")}
        reply = engine.respond(state, turn.get("say", ""), ctx, **kwargs)
        again = engine.respond(state, turn.get("say", ""), ctx, **kwargs)
        assert again.to_dict() == reply.to_dict(), f"{where}: not deterministic"
        assert reply.action in ACTIONS and reply.text.strip(), f"{where}: bad reply {reply}"
        if level in SAFETY_LEVELS:
            assert reply.action == "safety_support", (
                f"{where}: {reply.action} during a safety episode"
            )
        if reply.action in ("offer_skill", "guide_skill"):
            assert reply.skill not in never_offer, f"{where}: offered contraindicated {reply.skill}"
        _check(reply, turn.get("expect", {}), where)
        recent_openers.append(reply.state.recent_openers[-1])
        if len(recent_openers) >= 3:
            assert len(set(recent_openers[-3:])) > 1, f"{where}: same opener three turns running"
        # The service stores the state as JSON between turns; play it the same way.
        state = ConversationState.from_dict(json.loads(json.dumps(reply.state.to_dict())))
        replies.append(reply)
    return replies


def with_lang(ctx: ClientContext, lang: str) -> ClientContext:
    return replace(ctx, lang=lang)
