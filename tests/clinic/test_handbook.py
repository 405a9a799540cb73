"""The handbook shows every skill and psychoeducation piece as the client reads them."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from markupsafe import escape
from sqlalchemy.orm import Session

import tandem.clinic.messaging_models  # noqa: F401 - registers the table before create_all
from tandem.clinic.handbook import safety_figures, shown_as_read
from tandem.companion.content_loader import load_content
from tests.accounts.conftest import sign_in
from tests.factories.accounts import linked_pair


def test_every_skill_and_piece_in_both_languages(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    sign_in(client, pair.clinician)
    html = client.get("/clinic/handbook").text
    content = load_content()
    assert content.skills
    for skill in content.skills.values():
        assert f'id="skill-{skill.id}"' in html
        for lang in ("en", "es"):
            assert str(escape(skill.technique[lang])) in html, (skill.id, lang)
            first_step = shown_as_read(skill.steps[0].text.get(lang) or skill.steps[0].text["en"])
            assert str(escape(first_step)) in html, (skill.id, lang)
    for topic, pieces in content.psychoeducation.items():
        for piece in pieces.values():
            assert str(escape(piece.title)) in html, topic
    assert "988" in html  # the crisis resources in force for a US clinic
    assert "Talking with clients about healthy AI use" in html
    assert "Conversation summaries" in html or "summaries" in html.lower()


def test_clients_cannot_open_the_handbook(client: TestClient, db: Session) -> None:
    pair = linked_pair(db)
    sign_in(client, pair.client)
    assert client.get("/clinic/handbook").status_code == 403


def test_safety_figures_are_read_verbatim_or_absent(tmp_path: Path) -> None:
    assert safety_figures(tmp_path / "missing.md").text is None
    readme = tmp_path / "README.md"
    readme.write_text("# Bench\n\n## Safety detector\n\nrecall 0.97\n\n## Caseload\n\np95 9 ms\n")
    figures = safety_figures(readme)
    assert (
        figures.text is not None
        and "recall 0.97" in figures.text
        and "Caseload" not in figures.text
    )
    readme.write_text("# Bench\n\n## Caseload\n")
    assert safety_figures(readme).text is None


def test_placeholders_are_marked_as_the_clients_answers() -> None:
    assert shown_as_read("So {first_step} at {when}?") == (
        "So [their answer: first step] at [their answer: when]?"
    )
    assert "{" not in shown_as_read("Plain text.")
