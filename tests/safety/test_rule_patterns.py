"""The shape of the rule patterns that keeps screening cheap on long messages.

A guard such as ``(?![^\\n]*\\b(?:knife|scared)\\b)`` reads the rest of the line. Placed first in
a pattern (or first in one of its top-level alternatives) it runs at every position of every
message: quadratic in the message's length, and it made the English idiom modifier alone cost
~15 ms on long messages. Each guard therefore follows a cheap lookahead for the words its
pattern must start with, so it runs only where a match can begin. Timings live in bench/;
this pins the shape.
"""

from __future__ import annotations

import re

from tandem.safety import detector

# Optional lookbehinds, then a negative lookahead whose first item scans a character class.
_LINE_GUARD_FIRST = re.compile(r"(?:\(\?<!(?:[^()\\]|\\.)*\))*\(\?!(?:\(\?=)?\[\^")


def top_level_alternatives(source: str) -> list[str]:
    """Split a pattern at its top-level ``|`` (not inside groups or character classes)."""
    alternatives: list[str] = []
    current: list[str] = []
    depth, in_class, escaped = 0, False, False
    for ch in source:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            alternatives.append("".join(current))
            current = []
            continue
        current.append(ch)
    alternatives.append("".join(current))
    return alternatives


def _patterns() -> list[tuple[str, str]]:
    named = []
    for lang, (rules, mods) in detector._RULESETS.items():
        for rule in (*rules, *detector._SHARED_RULES):
            named.append((f"{lang} {rule.id}", rule.pattern.pattern))
        for field in mods.__dataclass_fields__:
            named.append((f"{lang} modifier {field}", getattr(mods, field).pattern))
    return named


def test_the_splitter_respects_groups_and_classes() -> None:
    assert top_level_alternatives(r"a(?:b|c)|[|]d|e\|f") == ["a(?:b|c)", "[|]d", r"e\|f"]


def test_the_shape_check_recognises_an_unanchored_guard() -> None:
    assert _LINE_GUARD_FIRST.match(r"(?![^\n]*\bscared\b)\bkill me\b")
    assert _LINE_GUARD_FIRST.match(r"(?<!if )(?![^\n]*\bago\b)\bi overdosed\b")
    assert not _LINE_GUARD_FIRST.match(r"(?=\bkill me\b)(?![^\n]*\bscared\b)\bkill me\b")


def test_no_line_wide_guard_runs_at_every_position() -> None:
    patterns = _patterns()
    assert len(patterns) > 400  # both languages' rules and modifiers were read
    unanchored = [
        f"{name}: {alternative[:70]}"
        for name, source in patterns
        for alternative in top_level_alternatives(source)
        if _LINE_GUARD_FIRST.match(alternative)
    ]
    assert not unanchored, "put a lookahead for the first words before:\n" + "\n".join(unanchored)
