"""`tandem safety screen`: JSON Lines in, one line out per line; bad lines do not stop it."""

from __future__ import annotations

import io
import json

from tandem.safety.screening import screen_lines, screen_stream


def run(lines: list[str]) -> list[dict[str, object]]:
    source = io.StringIO("".join(line + "\n" for line in lines))
    sink = io.StringIO()
    screen_stream(source, sink)
    return [json.loads(line) for line in sink.getvalue().splitlines()]


def test_one_output_line_per_input_line_in_order() -> None:
    out = run(
        [
            json.dumps({"id": "a", "text": "this homework is killing me"}),
            json.dumps({"id": "b", "text": "I've written my note and tonight I'll do it"}),
            json.dumps({"id": "c", "text": "what's the weather like?"}),
        ]
    )
    assert [o["id"] for o in out] == ["a", "b", "c"]
    assert out[0]["level"] == "none"
    assert out[1]["level"] in ("high", "imminent")
    assert out[2]["level"] == "none"
    for o in out:
        assert set(o) == {"id", "level", "categories", "evidence"}


def test_evidence_is_serialised_with_spans() -> None:
    text = "I keep thinking about killing myself"
    (out,) = run([json.dumps({"id": 1, "text": text})])
    assert out["id"] == 1
    assert out["level"] == "moderate"
    assert "ideation" in out["categories"]
    evidence = out["evidence"][0]
    assert text[evidence["start"] : evidence["end"]] == evidence["text"]
    assert evidence["level"] in ("moderate", "high")


def test_conversation_lines_get_turn_levels() -> None:
    turns = ["I've got my pills and I'm taking them all tonight", "jk lol", "whatever"]
    (out,) = run([json.dumps({"id": "conv", "turns": turns})])
    assert out["turn_levels"][0] in ("high", "imminent")
    assert len(out["turn_levels"]) == 3
    assert out["level"] == out["turn_levels"][-1]
    assert out["level"] in ("high", "imminent")


def test_bad_lines_get_an_error_and_the_stream_goes_on() -> None:
    out = run(
        [
            "{not json",
            json.dumps(["a", "list"]),
            json.dumps({"id": "no-text"}),
            json.dumps({"id": "wrong-type", "text": 42}),
            json.dumps({"id": "both", "text": "x", "turns": ["y"]}),
            json.dumps({"id": "empty-turns", "turns": []}),
            json.dumps({"id": {"nested": 1}, "text": "hi"}),
            json.dumps({"id": "ok", "text": "hello"}),
        ]
    )
    assert len(out) == 8
    assert [o.get("id") for o in out] == [
        None,
        None,
        "no-text",
        "wrong-type",
        "both",
        "empty-turns",
        None,
        "ok",
    ]
    assert all("error" in o for o in out[:7])
    assert out[7]["level"] == "none" and "error" not in out[7]


def test_blank_lines_are_skipped() -> None:
    assert list(screen_lines(["", "   ", json.dumps({"id": "x", "text": "hi"})])) == [
        {"id": "x", "level": "none", "categories": [], "evidence": []}
    ]


def test_locale_per_line_and_default() -> None:
    line = json.dumps({"id": "es", "text": "quiero morirme", "locale": "es"})
    (out,) = list(screen_lines([line]))
    assert out["level"] == "moderate"
    (bad,) = list(screen_lines([json.dumps({"id": "l", "text": "hi", "locale": 3})]))
    assert "error" in bad


def test_flushes_once_per_output_line() -> None:
    flushes: list[int] = []
    sink = io.StringIO()
    source = io.StringIO('{"id": "1", "text": "hi"}\n{"id": "2", "text": "hey"}\nnope\n')
    errors = screen_stream(source, sink, flush=lambda: flushes.append(1))
    assert len(flushes) == 3
    assert errors == 1
