"""`tandem safety screen`: JSON Lines in, one JSON line out per input line, in order.

Input lines are ``{"id": ..., "text": "..."}`` (one message) or ``{"id": ..., "turns": [...]}``
(a conversation, client turns oldest first), optionally with ``"locale"``. A line that cannot be
screened gets ``{"id": <id or null>, "error": "..."}`` and the stream goes on: one bad line must
never stop the screening of the next.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from tandem.safety.detector import assess, assess_conversation


def _error(line_id: object, message: str) -> dict[str, Any]:
    return {"id": line_id, "error": message}


def screen_line(line: str, *, default_locale: str = "en") -> dict[str, Any] | None:
    """Screen one input line; None for a blank line (nothing to answer)."""
    if not line.strip():
        return None
    try:
        data = json.loads(line)
    except json.JSONDecodeError as exc:
        return _error(None, f"invalid JSON: {exc.msg} at column {exc.colno}")
    if not isinstance(data, dict):
        return _error(None, "each line must be a JSON object")
    raw_id = data.get("id")
    line_id = raw_id if isinstance(raw_id, str | int) and not isinstance(raw_id, bool) else None
    if raw_id is not None and line_id is None:
        return _error(None, "id must be a string or an integer")
    locale = data.get("locale", default_locale)
    if not isinstance(locale, str) or not locale:
        return _error(line_id, "locale must be a non-empty string")
    has_text = "text" in data
    has_turns = "turns" in data
    if has_text == has_turns:
        return _error(line_id, "give exactly one of 'text' (a message) or 'turns' (a conversation)")
    if has_text:
        text = data["text"]
        if not isinstance(text, str):
            return _error(line_id, "text must be a string")
        assessment = assess(text, locale=locale)
        return {"id": line_id, **assessment.to_dict()}
    turns = data["turns"]
    if not isinstance(turns, list) or not turns or not all(isinstance(t, str) for t in turns):
        return _error(line_id, "turns must be a non-empty list of strings")
    results = assess_conversation(turns, locale=locale)
    final = results[-1]
    return {
        "id": line_id,
        **final.to_dict(),
        "turn_levels": [r.level.label for r in results],
    }


def screen_lines(lines: Iterable[str], *, default_locale: str = "en") -> Iterator[dict[str, Any]]:
    """Screen every non-blank line, yielding one result per line in order."""
    for line in lines:
        try:
            result = screen_line(line, default_locale=default_locale)
        except Exception as exc:  # one bad line must never stop the stream
            result = _error(None, f"internal error: {type(exc).__name__}")
        if result is not None:
            yield result


def screen_stream(
    source: TextIO,
    sink: TextIO,
    *,
    default_locale: str = "en",
    flush: Callable[[], None] | None = None,
) -> int:
    """Read JSON Lines from ``source``, write results to ``sink`` flushing per line.

    Returns the number of lines answered with an error.
    """
    errors = 0
    for result in screen_lines(source, default_locale=default_locale):
        if "error" in result:
            errors += 1
        sink.write(json.dumps(result, ensure_ascii=False) + "\n")
        (flush or sink.flush)()
    return errors
