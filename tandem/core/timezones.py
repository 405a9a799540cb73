"""Time zones by name, forgiving of bad settings."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def zone_named(name: str | None) -> ZoneInfo:
    """The zone by name; UTC when the name is empty or unknown (a bad setting must not break
    a page or a chat turn: dates are then a few hours off at worst).
    """
    try:
        return ZoneInfo(name or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo("UTC")
