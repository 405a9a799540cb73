"""The authored content loads, is complete in both languages, and broken files fail clearly."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tandem.companion.content_loader import (
    CONTENT_DIR,
    REQUIRED_PSYCHOEDUCATION,
    ContentError,
    load_content,
    load_content_from,
)

REQUIRED_SKILLS = {
    "box_breathing",
    "breathing_478",
    "grounding_54321",
    "progressive_muscle_relaxation",
    "body_scan",
    "thought_record",
    "cognitive_distortions",
    "behavioural_activation",
    "worry_time",
    "problem_solving",
    "sleep_hygiene",
    "gratitude",
    "journaling",
    "self_compassion",
    "tipp",
    "stop_skill",
    "urge_surfing",
}


@pytest.fixture
def content_copy(tmp_path: Path) -> Path:
    target = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, target)
    return target


def test_packaged_content_has_every_skill_and_topic_in_both_languages() -> None:
    content = load_content()
    assert set(content.skills) >= REQUIRED_SKILLS
    for skill in content.skills.values():
        assert skill.name("en") != skill.name("es"), f"{skill.id} has no Spanish name"
        for step in skill.steps:
            assert step.text["en"] != step.text["es"], (
                f"{skill.id}.{step.id} is not written in Spanish"
            )
    for topic in REQUIRED_PSYCHOEDUCATION:
        assert {"en", "es"} <= set(content.psychoeducation[topic])


def test_thought_record_collects_every_field() -> None:
    steps = load_content().skills["thought_record"].steps
    assert [s.collect for s in steps] == [
        "situation",
        "emotions",
        "automatic_thought",
        "evidence_for",
        "evidence_against",
        "balanced_thought",
        "rerating",
    ]


def test_breathing_cards_describe_real_time_pacing() -> None:
    skills = load_content().skills
    assert skills["box_breathing"].card == {
        "type": "breathing",
        "pattern": "box",
        "phases": [["in", 4], ["hold", 4], ["out", 4], ["hold", 4]],
        "cycles": 4,
    }
    assert skills["breathing_478"].card is not None
    assert skills["breathing_478"].card["phases"] == [["in", 4], ["hold", 7], ["out", 8]]


def test_psychoeducation_is_short_and_plain() -> None:
    for topic, pieces in load_content().psychoeducation.items():
        for lang, piece in pieces.items():
            words = piece.body.split()
            assert len(words) < 200, f"{topic}.{lang} is too long for a chat ({len(words)} words)"
            sentences = [s for s in piece.body.replace("\n", " ").split(".") if s.strip()]
            average = len(words) / len(sentences)
            assert average < 25, f"{topic}.{lang}: sentences average {average:.0f} words"


def test_broken_yaml_names_the_file_and_line(content_copy: Path) -> None:
    path = content_copy / "skills" / "box_breathing.yaml"
    path.write_text(path.read_text() + "\nsteps: [unclosed\n")
    with pytest.raises(ContentError) as caught:
        load_content_from(content_copy)
    message = str(caught.value)
    assert "box_breathing.yaml" in message and "not valid YAML" in message and "line" in message


def test_missing_spanish_text_names_the_field(content_copy: Path) -> None:
    path = content_copy / "skills" / "urge_surfing.yaml"
    text = path.read_text().replace('      es: "¿Y ahora qué fuerza tiene, de 0 a 10?"\n', "")
    path.write_text(text)
    with pytest.raises(ContentError) as caught:
        load_content_from(content_copy)
    assert caught.value.field == "steps[2].text.es"
    assert caught.value.file.endswith("urge_surfing.yaml")


def test_spanish_wording_must_cover_every_english_key(content_copy: Path) -> None:
    path = content_copy / "responses.es.yaml"
    path.write_text(
        path.read_text().replace(
            '  quiet_hours: "Ahora es horario', '  quiet_hourz: "Ahora es horario'
        )
    )
    with pytest.raises(ContentError) as caught:
        load_content_from(content_copy)
    assert caught.value.field == "limits.quiet_hours"


def test_needs_must_point_at_existing_skills(content_copy: Path) -> None:
    path = content_copy / "needs.yaml"
    path.write_text(path.read_text().replace("[urge_surfing, tipp", "[urge_surfng, tipp"))
    with pytest.raises(ContentError) as caught:
        load_content_from(content_copy)
    assert "urge_surfng" in str(caught.value) and caught.value.field == "urge.skills[0]"


def test_a_bad_pattern_is_reported(content_copy: Path) -> None:
    path = content_copy / "lexicon.en.yaml"
    path.write_text(path.read_text().replace("'\\b(anxious|anxiety", "'\\b((anxious|anxiety"))
    with pytest.raises(ContentError) as caught:
        load_content_from(content_copy)
    assert caught.value.field.startswith("emotions.anxious") and "pattern" in caught.value.problem


def test_an_unquoted_yes_key_is_caught(content_copy: Path) -> None:
    path = content_copy / "lexicon.en.yaml"
    path.write_text(path.read_text().replace('  "yes":', "  yes:"))
    with pytest.raises(ContentError) as caught:
        load_content_from(content_copy)
    assert caught.value.field == "intents.yes"


def test_a_number_step_needs_a_retry_wording(content_copy: Path) -> None:
    path = content_copy / "skills" / "tipp.yaml"
    text = path.read_text()
    start = text.index("    retry:")
    end = text.index("finish:")
    path.write_text(text[:start] + text[end:])
    with pytest.raises(ContentError) as caught:
        load_content_from(content_copy)
    assert caught.value.field == "steps[3].retry"


def test_a_missing_psychoeducation_piece_is_reported(content_copy: Path) -> None:
    (content_copy / "psychoeducation" / "grief.en.md").unlink()
    with pytest.raises(ContentError) as caught:
        load_content_from(content_copy)
    assert caught.value.field == "grief.en.md"


def test_an_unknown_placeholder_in_wording_is_reported(content_copy: Path) -> None:
    path = content_copy / "responses.en.yaml"
    path.write_text(path.read_text().replace("Hi {name}.", "Hi {nmae}.", 1))
    with pytest.raises(ContentError) as caught:
        load_content_from(content_copy)
    assert caught.value.field == "openers.warm[0]" and "{nmae}" in caught.value.problem


def test_a_skill_step_cannot_use_an_answer_not_collected_yet(content_copy: Path) -> None:
    path = content_copy / "skills" / "worry_time.yaml"
    path.write_text(
        path.read_text().replace("Write them down in a few words", "Write {worry_slot} down", 1)
    )
    with pytest.raises(ContentError) as caught:
        load_content_from(content_copy)
    assert caught.value.field == "steps[0].text.en" and "{worry_slot}" in caught.value.problem
