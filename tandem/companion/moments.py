"""Calm moments: greetings that remember recent days, homework reminders, habit check-ins,
follow-ups on planned activities, reliance nudges, goodbyes and small talk."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from typing import Any

from tandem.companion.habits import HabitView, habit_progress, suggest_smaller
from tandem.companion.limits import choose_nudge, reliance_indicators
from tandem.companion.plan_view import HomeworkItem
from tandem.companion.turn_base import Draft, TurnBase
from tandem.companion.wording import format_day

NUDGE_EVERY_TURNS = 8  # at most one reliance nudge in this many turns
FOLLOW_UP_AFTER_TURNS = 6  # ask about a planned activity on a later day, or after this many turns
RECENT_MOOD_DAYS = 14
NEGATIVE_ANSWER = (
    r"\b(didn'?t|did not|couldn'?t|not today|no|nope|not yet|todavía no|hoy no|no pude)\b"
)


class Moments(TurnBase):
    # --- calm moments: greetings, homework, habits, follow-ups, nudges ---------------------------

    def opening(self) -> Draft:
        """Hello: pick one thing from the client's recent days to refer to, not all of them."""
        state = self.state
        greet = self.opener("warm")
        first_today = state.greeted_on != self.today.isoformat()
        state.greeted_on = self.today.isoformat()
        follow_up = self._open_follow_up()
        if follow_up is not None:
            return self.ask_follow_up(follow_up, [greet])
        homework = self._due_homework()
        if homework is not None:
            return self.homework_reminder(homework, [greet])
        habit_draft = self.habit_checkin([greet])
        if habit_draft is not None:
            return habit_draft
        nudge = self.maybe_nudge(lead=[greet])
        if nudge is not None:
            return nudge
        ctx = self.ctx
        if first_today and ctx.last_mood is not None and self._recent(ctx.last_mood_at):
            key = "greeting.last_mood_low" if ctx.last_mood <= 4 else "greeting.last_mood_ok"
            return Draft(
                action="checkin",
                parts=[greet, self.pick(key, {"mood": ctx.last_mood})],
                quick_replies=self.quick("greeting"),
            )
        if (
            first_today
            and ctx.last_skill in self.content.skills
            and self.skill_allowed(ctx.last_skill or "")
        ):
            label = self.skill_label(ctx.last_skill or "")
            return Draft(
                action="small_talk",
                parts=[greet, self.pick("greeting.last_skill", {"technique": label})],
                quick_replies=self.quick("greeting"),
            )
        return Draft(
            action="small_talk",
            parts=[greet, self.pick("greeting.plain")],
            quick_replies=self.quick("greeting"),
        )

    def _recent(self, moment: datetime | None) -> bool:
        # An old mood is not "last time" any more; unknown dates are trusted to be recent.
        return moment is None or self.ctx.now - moment <= timedelta(days=RECENT_MOOD_DAYS)

    def calm_moment(self, draft: Draft) -> Draft:
        """After thanks or good news, a due reminder fits; otherwise keep the reply as it is."""
        follow_up = self._open_follow_up()
        if follow_up is not None:
            return self.ask_follow_up(follow_up, draft.parts[:1])
        homework = self._due_homework()
        if homework is not None:
            return self.homework_reminder(homework, draft.parts[:1])
        habit_draft = self.habit_checkin(draft.parts[:1])
        return habit_draft or draft

    def _open_follow_up(self) -> dict[str, Any] | None:
        for item in self.state.follow_ups:
            if item.get("status") != "planned":
                continue
            later_day = item.get("planned_on") != self.today.isoformat()
            later_turn = (
                self.state.turn_count - int(item.get("planned_turn", 0)) >= FOLLOW_UP_AFTER_TURNS
            )
            if later_day or later_turn:
                return item
        return None

    def ask_follow_up(self, item: dict[str, Any], lead: list[str]) -> Draft:
        item["status"] = "asked"
        self.state.awaiting = "follow_up"
        text = self.pick(
            "follow_up.ask", {"activity": item.get("activity"), "when": item.get("when")}
        )
        return Draft(
            action="guide_skill", parts=[*lead, text], skill=item.get("skill"), step="follow_up"
        )

    def follow_up_reply(self) -> Draft:
        u = self.u
        item = next(
            (f for f in self.state.follow_ups if f.get("status") in ("asked", "planned")), None
        )
        negative = bool(
            re.search(r"\b(didn'?t|did not|couldn'?t|never|no|not|nope)\b", self.text.lower())
        ) or u.has("no")
        went_well = not negative
        if item is not None:
            item["status"] = "done" if went_well else "missed"
        key = "follow_up.went_well" if went_well else "follow_up.did_not"
        card = None
        if item is not None:
            card = {
                "type": "activity_follow_up",
                "activity": item.get("activity"),
                "done": went_well,
            }
        return Draft(
            action="guide_skill",
            parts=[self.pick(key)],
            skill=(item or {}).get("skill", "behavioural_activation"),
            step="follow_up_done",
            card=card,
        )

    def _due_homework(self) -> HomeworkItem | None:
        if self.state.homework_reminded_on == self.today.isoformat():
            return None
        items = [*self.ctx.open_homework, *self.plan.homework]
        # An assigned technique with a due date is practice the clinician asked for: remind it
        # like homework, in the clinician's words, unless it was already practised in this chat.
        for assignment in self.plan.assigned:
            skill_id = assignment.skill_id
            if assignment.due is None or skill_id not in self.content.skills:
                continue
            if skill_id in self.state.completed_skills:
                continue
            title = self.plan.wording_for(skill_id) or self.content.skills[skill_id].name(self.lang)
            items.append(HomeworkItem(f"assigned:{skill_id}", title, assignment.due, skill_id))
        due = [
            h
            for h in items
            if not h.done and h.due is not None and h.due <= self.today + timedelta(days=1)
        ]
        if not due:
            return None
        return sorted(due, key=lambda h: (h.due, h.id))[0]

    def homework_reminder(self, item: HomeworkItem, lead: list[str]) -> Draft:
        self.state.homework_reminded_on = self.today.isoformat()
        assert item.due is not None
        if item.due < self.today:
            due = self._due_words("overdue", item.due)
        elif item.due == self.today:
            due = self._due_words("today", item.due)
        else:
            due = self._due_words("tomorrow", item.due)
        parts = [*lead, self.pick("homework.reminder", {"title": item.title, "due": due})]
        skill_id = item.skill_id if item.skill_id in self.content.skills else None
        if skill_id and self.skill_allowed(skill_id):
            self.state.pending_offers = [{"kind": "skill", "skill": skill_id}]
            return Draft(
                action="offer_skill",
                parts=parts,
                skill=skill_id,
                quick_replies=self.quick("offer"),
                card={"type": "homework", "id": item.id, "title": item.title},
            )
        self.state.pending_offers = [{"kind": "homework", "id": item.id, "title": item.title}]
        return Draft(
            action="reflect",
            parts=parts,
            quick_replies=self.quick("offer"),
            card={"type": "homework", "id": item.id, "title": item.title},
        )

    def start_homework(self, offer: dict[str, object]) -> Draft:
        return Draft(
            action="reflect",
            parts=[self.pick("homework.go", {"title": offer.get("title")})],
            card={"type": "homework", "id": offer.get("id"), "status": "started"},
        )

    def _due_words(self, kind: str, day: date) -> str:
        template = self.content.phrases(self.lang, f"homework.due_{kind}")[0]
        months = self.content.phrases(self.lang, "dates.months")
        pattern = self.content.phrases(self.lang, "dates.format")[0]
        return template.replace("{date}", format_day(day, months, pattern))

    def _habit_for(self, kinds: tuple[str, ...]) -> HabitView | None:
        for habit in self.ctx.habits:
            if habit.kind in kinds:
                return habit
        return None

    def habit_checkin(self, lead: list[str]) -> Draft | None:
        """Ask about a habit once a day, gently; offer a smaller goal when one keeps failing."""
        if not self.ctx.habits or self.state.habit_checked_on == self.today.isoformat():
            return None
        for habit in sorted(self.ctx.habits, key=lambda h: h.id):
            progress = habit_progress(habit, self.today)
            if progress.done_today:
                continue
            self.state.habit_checked_on = self.today.isoformat()
            smaller = suggest_smaller(habit, progress)
            if smaller is not None:
                wording = self.content.phrases(self.lang, smaller.smaller_step_key)[0]
                self.state.pending_offers = [
                    {
                        "kind": "habit_smaller",
                        "habit": habit.id,
                        "target": smaller.new_target_per_week,
                        "wording": wording,
                    }
                ]
                text = self.pick(
                    "habits.smaller_offer",
                    {
                        "title": habit.title,
                        "smaller": wording,
                        "target": smaller.new_target_per_week,
                    },
                )
                return Draft(
                    action="habit_checkin",
                    parts=[*lead, text],
                    quick_replies=self.quick("offer"),
                    card={"type": "habit", "habit_id": habit.id, "streak": progress.streak},
                )
            parts = [*lead]
            if progress.streak_broken:
                parts.append(self.pick("habits.break"))
            parts.append(self.pick("habits.ask", {"title": habit.title}))
            self.state.awaiting = f"habit:{habit.id}"
            return Draft(
                action="habit_checkin",
                parts=parts,
                card={"type": "habit", "habit_id": habit.id, "streak": progress.streak},
            )
        return None

    def habit_answer(self, habit_id: str) -> Draft | None:
        """The reply to "did it happen today?": celebrate, or no guilt; otherwise move on."""
        habit = next((h for h in self.ctx.habits if h.id == habit_id), None)
        if habit is None or self.u.need or self.u.professional:
            return None
        lowered = self.text.lower()
        negative = self.u.has("no") or bool(re.search(NEGATIVE_ANSWER, lowered))
        if negative:
            return Draft(
                action="habit_checkin",
                parts=[self.pick("habits.not_today")],
                card={"type": "habit", "habit_id": habit.id, "done_today": False},
            )
        if self.u.has("yes") or self.u.has("did_it") or self.u.habit_kinds:
            return self.habit_done(habit)
        return None

    def habit_done(self, habit: HabitView | None = None) -> Draft:
        habit = habit or self._habit_for(self.u.habit_kinds)
        assert habit is not None
        self.state.habit_checked_on = self.today.isoformat()
        done_dates = tuple(sorted({*habit.done_dates, self.today}))
        progress = habit_progress(
            HabitView(**{**habit.__dict__, "done_dates": done_dates}), self.today
        )
        parts = [self.pick("habits.done", {"title": habit.title})]
        if progress.streak >= 2:
            parts.append(self.pick("habits.streak", {"streak": progress.streak}))
        return Draft(
            action="habit_checkin",
            parts=parts,
            card={
                "type": "habit_done",
                "habit_id": habit.id,
                "date": self.today.isoformat(),
                "streak": progress.streak,
            },
        )

    def accept_smaller_habit(self, offer: dict[str, Any]) -> Draft:
        habit_id = str(offer.get("habit"))
        text = self.pick(
            "habits.smaller_accepted",
            {"smaller": offer.get("wording"), "target": offer.get("target")},
        )
        return Draft(
            action="habit_checkin",
            parts=[text],
            card={
                "type": "habit_update",
                "habit_id": habit_id,
                "target_per_week": offer.get("target"),
                "smaller_step": offer.get("wording"),
            },
        )

    def maybe_nudge(self, lead: list[str] | None = None) -> Draft | None:
        if self.state.turn_count - self.state.last_nudge_turn < NUDGE_EVERY_TURNS:
            return None
        indicators = reliance_indicators(self.ctx.usage, lang=self.lang, content=self.content)
        if not indicators:
            return None
        nudge = choose_nudge(
            indicators,
            self.state.used_nudges,
            self._seed("nudge"),
            lang=self.lang,
            has_clinician=self.ctx.has_clinician,
            content=self.content,
        )
        if nudge is None:
            return None
        self._remember_nudge(nudge.id)
        if nudge.kind == "session":
            self.state.pending_offers = [
                {
                    "kind": "note",
                    "note": self._note_text(
                        self._note_prefix(), self.text or indicators[0].message
                    ),
                }
            ]
        return Draft(
            action="nudge",
            parts=[
                *(lead or []),
                indicators[0].message,
                *self._next_session(nudge.kind),
                nudge.text,
            ],
            card={"type": "reliance", "indicators": [i.id for i in indicators]},
        )

    def _next_session(self, kind: str) -> list[str]:
        """Name the next session's date when pointing toward it (and when it is known)."""
        upcoming = self.plan.next_session
        if kind != "session" or upcoming is None or upcoming.date() < self.today:
            return []
        months = self.content.phrases(self.lang, "dates.months")
        pattern = self.content.phrases(self.lang, "dates.format")[0]
        day = format_day(upcoming.date(), months, pattern)
        return [self.pick("nudges.next_session", {"date": day})]

    def _remember_nudge(self, nudge_id: str) -> None:
        self.state.used_nudges = [*self.state.used_nudges, nudge_id][-12:]
        self.state.last_nudge_turn = self.state.turn_count

    def goodbye(self) -> Draft:
        nudge = self.maybe_nudge(lead=[self.pick("goodbye")])
        return nudge or Draft(action="small_talk", parts=[self.pick("goodbye")])

    def small_talk(self) -> Draft:
        lowered = self.text.lower()
        if re.search(r"jokes?|chistes?", lowered):
            key = "small_talk.joke"
        elif re.search(r"name|llamas", lowered):
            key = "small_talk.name"
        elif re.search(r"weather|tiempo", lowered):
            key = "small_talk.weather"
        elif re.search(r"how are you|cómo estás|qué tal estás|cómo te va", lowered):
            key = "small_talk.how_are_you"
        else:
            key = "small_talk.other"
        return Draft(action="small_talk", parts=[self.pick(key)])
