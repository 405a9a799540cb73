from __future__ import annotations

import json

from tandem.companion.state import ConversationState, SkillProgress


def test_state_round_trips_through_json() -> None:
    state = ConversationState(
        active_skill=SkillProgress(
            "thought_record",
            2,
            {"situation": "x", "emotions": [{"emotion": "sad", "intensity": 60}]},
            4,
        ),
        paused_skill=SkillProgress("box_breathing", 1),
        recent_openers=["i hear you."],
        last_intents=["need:sad"],
        safety_mode=True,
        pending_offers=[{"kind": "skill", "skill": "gratitude"}],
        session_notes=["To raise next session: sleep"],
        turn_count=7,
        follow_ups=[{"activity": "walk", "status": "planned"}],
    )
    restored = ConversationState.from_dict(json.loads(json.dumps(state.to_dict())))
    assert restored == state
    assert restored.active_skill is not None and restored.active_skill.answers["situation"] == "x"


def test_from_dict_tolerates_missing_and_unknown_keys() -> None:
    restored = ConversationState.from_dict({"turn_count": 3, "from_a_future_version": True})
    assert restored.turn_count == 3 and restored.active_skill is None
    assert ConversationState.from_dict(None) == ConversationState()


def test_to_dict_is_a_copy() -> None:
    state = ConversationState(session_notes=["a"])
    data = state.to_dict()
    data["session_notes"].append("b")
    assert state.session_notes == ["a"]
