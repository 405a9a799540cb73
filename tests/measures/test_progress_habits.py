"""Habits on the client's progress page, composed in by the web layer (issue 4).

Measures cannot read the companion's habits itself; ``tandem.web.app`` registers the habits
section. The page shows each habit, its streak, the last seven days and the smaller goal the
client accepted in chat.
"""

from __future__ import annotations

import re
from datetime import timedelta

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tandem.accounts.models import User
from tandem.companion import service as companion
from tandem.companion.models import Habit, HabitLog
from tandem.core.models import utcnow
from tandem.measures.pages import ProgressSection, progress_sections, set_progress_sections
from tandem.web.habits import habit_cards, habits_section
from tests.factories.accounts import make_client
from tests.factories.measures import sign_in


def _habit(db: Session, client: User, title: str, *, target: int, days_ago: list[int], **kw):  # type: ignore[no-untyped-def]
    today = utcnow().astimezone(client.zone).date()
    habit = Habit(
        client_id=client.id,
        kind=kw.pop("kind", "movement"),
        title=title,
        target_per_week=target,
        started=today - timedelta(days=kw.pop("started_days_ago", 30)),
        **kw,
    )
    db.add(habit)
    db.flush()
    for back in days_ago:
        db.add(HabitLog(habit_id=habit.id, day=today - timedelta(days=back)))
    db.flush()
    return habit


def _text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_progress_page_shows_habits_streaks_and_this_week(db: Session, client: TestClient) -> None:
    me = make_client(db)
    walk = _habit(db, me, "a 20-minute walk", target=5, days_ago=[0, 1, 2, 6, 9])
    _habit(
        db,
        me,
        "lights out by 11",
        target=7,
        days_ago=[4, 5, 6],
        kind="sleep_routine",
        suggested_by_clinician=True,
    )
    someone_else = make_client(db)
    _habit(db, someone_else, "someone else's habit", target=3, days_ago=[0])
    sign_in(client, me)

    page = client.get("/progress")
    assert page.status_code == 200
    text = _text(page.text)
    assert "My habits" in text
    assert "a 20-minute walk" in text and "lights out by 11" in text
    assert "someone else's habit" not in text
    assert "3 days in a row" in text  # today, yesterday, the day before
    assert "4 of 5 days this week" in text  # days 0, 1, 2 and 6; day 9 is last week
    assert "suggested by your clinician" in text
    # the sleep habit's 3-day run ended four days ago: said without guilt
    assert "Your streak paused, and that is fine" in text
    assert "3 of 7 days this week" in text
    # seven day markers per habit, the done days marked
    card = page.text[page.text.index(f'id="habit-{walk.id}"') :]
    week = re.findall(r'<li class="habit-day([^"]*)"', card)[:7]  # the walk's seven days
    assert [("done" in c) for c in week] == [True, False, False, False, True, True, True]
    assert "today" in week[-1]


def test_no_habits_no_section(db: Session, client: TestClient) -> None:
    me = make_client(db)
    sign_in(client, me)
    page = client.get("/progress")
    assert page.status_code == 200 and "My habits" not in page.text
    assert habits_section(db, me, utcnow()) is None


def test_a_smaller_goal_accepted_in_chat_shows_as_adjusted(db: Session, client: TestClient) -> None:
    """The real chat path: a goal that keeps failing is offered smaller, the client says yes, the
    goal is stored smaller and the progress page says so."""
    me = make_client(db)
    habit = _habit(db, me, "a screen-free hour", target=5, days_ago=[20], kind="screen_free_hour")
    first = companion.send_message(db, client=me, text="hi")
    assert first.reply.action == "disclosure"  # the first-use disclosure comes first
    offer = companion.send_message(db, client=me, text="hello again")
    assert offer.reply.action == "habit_checkin", offer.reply.text
    assert "a screen-free hour" in offer.reply.text.lower()
    accepted = companion.send_message(db, client=me, text="yes")
    assert accepted.reply.action == "habit_checkin", accepted.reply.text
    db.refresh(habit)
    assert habit.target_per_week < 5

    (card,) = habit_cards(db, client=me, now=utcnow())
    assert card.adjusted is not None
    assert card.adjusted.target_per_week == habit.target_per_week
    assert card.adjusted.on == utcnow().astimezone(me.zone).date()
    sign_in(client, me)
    text = _text(client.get("/progress").text)
    plural = "s" if habit.target_per_week != 1 else ""
    assert f"Goal made smaller on {card.adjusted.on.strftime('%d %b')}" in text
    assert f"now {habit.target_per_week} day{plural} a week" in text
    assert card.adjusted.smaller_step and card.adjusted.smaller_step in text


def test_sections_are_registered_by_the_app_and_replaceable(
    db: Session, client: TestClient
) -> None:
    me = make_client(db)
    _habit(db, me, "time outside", target=3, days_ago=[0], kind="time_outside")
    # create_app (the client fixture) registered the habits section
    assert [s.template for s in progress_sections(db, me, utcnow())] == [
        "web/_progress_habits.html"
    ]
    try:
        set_progress_sections([lambda _s, _c, _n: ProgressSection("web/_progress_habits.html")])
        with_other = progress_sections(db, me, utcnow())
        assert len(with_other) == 1 and with_other[0].context == {}
    finally:
        set_progress_sections([habits_section])
