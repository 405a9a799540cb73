"""Healthy-use boundaries: clinician-set limits and reliance indicators.

The settings live in the clinician workspace; this module is the seam. It is pure: the service
passes the limits, the usage it measured and the client's local time, and gets a decision back.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from tandem.companion.content_loader import Content


@dataclass(frozen=True)
class CompanionLimits:
    paused: bool = False
    pause_message: str | None = None  # the clinician's own words, shown when paused
    daily_minutes: int | None = None
    quiet_hours: tuple[time, time] | None = None  # local start, end; may wrap past midnight
    clinic_contact: str = ""  # how to reach the clinic, e.g. "call 555 0100 (9am-5pm)"


@dataclass(frozen=True)
class UsageStats:
    minutes_today: float = 0.0
    late_night_sessions_7d: int = 0  # sessions between midnight and 5am in the last 7 days
    days_in_a_row: int = 0
    nobody_else_mentions_30d: int = 0  # "you're the only one I can talk to", counted by the service


USAGE_WINDOW_DAYS = 30  # the longest window any figure of UsageStats looks back over


class UsageRow(Protocol):
    """One day of companion use as stored (a ``UsageDay`` row, or a lighter tuple of its fields)."""

    @property
    def day(self) -> date: ...
    @property
    def minutes(self) -> float: ...
    @property
    def late_night_messages(self) -> int: ...
    @property
    def nobody_else_mentions(self) -> int: ...


def usage_from_days(rows: Iterable[UsageRow], today: date) -> UsageStats:
    """The usage figures from a client's per-day rows; ``today`` is their own local date.

    Pure, so the companion (one client, rows read for the turn) and the clinician's caseload
    (rows read in one batch for every client) compute the same figures. Rows older than
    ``USAGE_WINDOW_DAYS`` are ignored, so a caller may read a wider range.
    """
    kept = [row for row in rows if row.day >= today - timedelta(days=USAGE_WINDOW_DAYS)]
    by_day = {row.day: row for row in kept}
    streak = 0
    cursor = today
    while cursor in by_day:
        streak += 1
        cursor -= timedelta(days=1)
    week_ago = today - timedelta(days=7)
    return UsageStats(
        minutes_today=by_day[today].minutes if today in by_day else 0.0,
        late_night_sessions_7d=sum(
            1 for r in kept if r.day > week_ago and r.late_night_messages > 0
        ),
        days_in_a_row=streak,
        nobody_else_mentions_30d=sum(r.nobody_else_mentions for r in kept),
    )


@dataclass(frozen=True)
class LimitDecision:
    allowed: bool
    message: str | None = None
    reason: str | None = None  # "paused" | "quiet_hours" | "daily_minutes"


@dataclass(frozen=True)
class RelianceIndicator:
    """One sign of over-reliance, worded for the client (and the clinician when shared)."""

    id: str  # "daily_minutes" | "late_night" | "days_in_a_row" | "nobody_else"
    value: float
    threshold: float
    level: str  # "watch" (worth noticing) | "high" (worth talking about)
    message: str


@dataclass(frozen=True)
class Nudge:
    id: str
    kind: str  # "people" | "offline" | "session"
    text: str


# Thresholds chosen to notice patterns, not to police: a long evening once is not a pattern.
RELIANCE_THRESHOLDS: dict[str, tuple[float, float]] = {
    # id: (watch, high)
    "daily_minutes": (60, 120),
    "late_night": (3, 5),
    "days_in_a_row": (14, 30),
    "nobody_else": (2, 4),
}


def _in_quiet_hours(window: tuple[time, time], now: datetime) -> bool:
    start, end = window
    current = now.timetz().replace(tzinfo=None)
    if start == end:
        return False
    if start < end:
        return start <= current < end
    # The window wraps past midnight, e.g. 23:00-07:00.
    return current >= start or current < end


def _content(content: Content | None) -> Content:
    if content is not None:
        return content
    from tandem.companion.content_loader import load_content

    return load_content()


def _contact_sentence(content: Content, lang: str, limits: CompanionLimits) -> str:
    key = "limits.contact" if limits.clinic_contact.strip() else "limits.contact_unknown"
    template = content.phrases(lang, key)[0]
    return template.replace("{contact}", limits.clinic_contact.strip())


def check_limits(
    limits: CompanionLimits | None,
    usage: UsageStats,
    now: datetime,
    *,
    lang: str = "en",
    content: Content | None = None,
) -> LimitDecision:
    """Decide whether the companion may chat now. ``now`` is the client's local, aware time.

    Order matters: a pause is the clinician's explicit decision, so it wins over the clock.
    """
    if limits is None:
        return LimitDecision(allowed=True)
    reason: str | None = None
    if limits.paused:
        reason = "paused"
    elif limits.quiet_hours is not None and _in_quiet_hours(limits.quiet_hours, now):
        reason = "quiet_hours"
    elif limits.daily_minutes is not None and usage.minutes_today >= limits.daily_minutes:
        reason = "daily_minutes"
    if reason is None:
        return LimitDecision(allowed=True)
    text_content = _content(content)
    body = text_content.phrases(lang, f"limits.{reason}")[0]
    if reason == "paused" and limits.pause_message and limits.pause_message.strip():
        body = f"{body} {text_content.phrases(lang, 'limits.pause_note')[0]}".replace(
            "{message}", limits.pause_message.strip()
        )
    if reason == "quiet_hours" and limits.quiet_hours is not None:
        body = body.replace("{end}", limits.quiet_hours[1].strftime("%H:%M"))
    if reason == "daily_minutes" and limits.daily_minutes is not None:
        body = body.replace("{minutes}", str(limits.daily_minutes))
    message = (
        f"{body} {_contact_sentence(text_content, lang, limits)} "
        + (text_content.phrases(lang, "limits.emergency")[0])
    )
    return LimitDecision(allowed=False, message=message, reason=reason)


def reliance_indicators(
    usage: UsageStats, *, lang: str = "en", content: Content | None = None
) -> list[RelianceIndicator]:
    values = {
        "daily_minutes": float(usage.minutes_today),
        "late_night": float(usage.late_night_sessions_7d),
        "days_in_a_row": float(usage.days_in_a_row),
        "nobody_else": float(usage.nobody_else_mentions_30d),
    }
    text_content = _content(content)
    found: list[RelianceIndicator] = []
    for indicator_id, (watch, high) in RELIANCE_THRESHOLDS.items():
        value = values[indicator_id]
        if value < watch:
            continue
        level = "high" if value >= high else "watch"
        message = text_content.phrases(lang, f"reliance.{indicator_id}")[0]
        message = message.replace("{value}", str(round(value)))
        found.append(RelianceIndicator(indicator_id, value, watch, level, message))
    return found


# Which kinds of nudge fit which indicator: someone who says they have nobody else is pointed to
# people first; late nights point to sleep and offline wind-down; everything points to the session.
_NUDGE_KINDS: dict[str, tuple[str, ...]] = {
    "nobody_else": ("people", "session", "offline"),
    "late_night": ("offline", "people", "session"),
    "daily_minutes": ("offline", "people", "session"),
    "days_in_a_row": ("people", "offline", "session"),
}


def choose_nudge(
    indicators: Sequence[RelianceIndicator],
    used: Sequence[str],
    seed: int,
    *,
    lang: str = "en",
    has_clinician: bool = True,
    content: Content | None = None,
) -> Nudge | None:
    """Pick a nudge the client has not seen lately; cycle only when all fitting ones were used."""
    if not indicators:
        return None
    text_content = _content(content)
    kinds: list[str] = []
    for indicator in indicators:
        for kind in _NUDGE_KINDS.get(indicator.id, ("people", "offline", "session")):
            if kind not in kinds:
                kinds.append(kind)
    if not has_clinician and "session" in kinds:
        kinds.remove("session")
    candidates: list[Nudge] = []
    for kind in kinds:
        for index, text in enumerate(text_content.phrases(lang, f"nudges.{kind}")):
            candidates.append(Nudge(id=f"{kind}.{index}", kind=kind, text=text))
    fresh = [nudge for nudge in candidates if nudge.id not in used]
    pool = fresh or candidates
    # Prefer the most fitting kind among fresh nudges, then vary within it by seed.
    best_kind = pool[0].kind
    same_kind = [nudge for nudge in pool if nudge.kind == best_kind]
    return same_kind[seed % len(same_kind)]
