"""Cut-off replies keep only whole sentences; replies in the wrong language fall back."""

from __future__ import annotations

import logging

import pytest

from tandem.companion.backends.guarded import (
    complete_sentences,
    guarded_reply,
    guarded_stream,
    looks_complete,
)
from tandem.companion.backends.language import EN_STOPWORDS, ES_STOPWORDS, check_language
from tandem.companion.backends.openai_compat import OpenAICompatBackend
from tests.companion.backends.conftest import make_draft, make_request
from tests.companion.backends.stub_server import StubServer, reply

EN_REPLY = "It sounds like this week has been a lot for you. What part of it weighs most on you?"
ES_REPLY = "Parece que esta semana ha sido mucho para ti. ¿Qué parte te pesa más ahora mismo?"
ES_DRAFT = "Suena pesado. ¿Qué parte te pesa más ahora mismo?"


def test_the_stopword_lists_do_not_overlap() -> None:
    assert not EN_STOPWORDS & ES_STOPWORDS


@pytest.mark.parametrize(
    ("text", "lang", "verdict"),
    [
        (EN_REPLY, "en", "match"),
        (ES_REPLY, "es", "match"),
        (EN_REPLY, "es", "mismatch"),
        (ES_REPLY, "en", "mismatch"),
        ("Okay.", "en", "unknown"),  # too short to judge: accepted
        ("Vale, gracias.", "en", "unknown"),
        ("Hola Ana. How are you feeling about it today?", "en", "match"),  # a greeting quoted
        ("¿Y tú? Eso suena a un día largo. ¿Cómo te sientes ahora?", "es", "match"),
        (EN_REPLY, "fr", "unknown"),  # only en/es are judged
    ],
)
def test_language_check(text: str, lang: str, verdict: str) -> None:
    assert check_language(text, lang).verdict == verdict


@pytest.mark.parametrize(
    ("text", "complete"),
    [
        ("That sounds hard.", True),
        ("What feels hardest?", True),
        ('She said "stop."', True),
        ("Take care 🙂", True),
        ("Maybe you could", False),
        ("Hold for 4.5", False),
        ("", False),
    ],
)
def test_looks_complete(text: str, complete: bool) -> None:
    assert looks_complete(text) is complete


def test_complete_sentences_cuts_back_to_the_last_whole_one() -> None:
    assert complete_sentences("One. Two? Three is") == "One. Two?"
    assert complete_sentences("No end here") == ""
    assert complete_sentences("All done.") == "All done."


class _Finished:
    """A backend answering with a fixed text and finish reason (no HTTP needed for this rule)."""

    def __init__(self, text: str, finish: str | None) -> None:
        self.text, self.finish = text, finish

    @property
    def info(self):  # type: ignore[no-untyped-def]
        from tandem.companion.backends.base import BackendInfo

        return BackendInfo(name="fixed", model="m")

    def generate(self, request):  # type: ignore[no-untyped-def]
        from tandem.companion.backends.base import GeneratedReply

        return GeneratedReply(text=self.text, backend="fixed", finish_reason=self.finish)

    def stream(self, request):  # type: ignore[no-untyped-def]
        yield self.text


def test_a_reply_cut_by_the_token_limit_keeps_whole_sentences() -> None:
    text = "It sounds like work has been a lot for you. You could try to"
    result = guarded_reply(_Finished(text, "length"), make_request())
    assert result.generated and result.text == "It sounds like work has been a lot for you."


def test_a_length_cut_exactly_at_a_sentence_end_keeps_everything() -> None:
    text = "It sounds like work has been a lot for you. What weighs most?"
    assert guarded_reply(_Finished(text, "length"), make_request()).text == text


def test_a_cut_reply_with_no_whole_sentence_falls_back() -> None:
    request = make_request()
    result = guarded_reply(_Finished("It sounds like work has been", "length"), request)
    assert result.fallback == "cut-off" and result.text == request.draft.text


def test_a_reply_that_stops_mid_sentence_is_trimmed_even_without_a_length_reason(
    backend: OpenAICompatBackend, stub: StubServer
) -> None:
    stub.script(reply("It sounds like work has been a lot for you. And maybe the"))
    result = guarded_reply(backend, make_request())
    assert result.text == "It sounds like work has been a lot for you."


def test_a_wrong_language_reply_falls_back_and_is_logged(
    backend: OpenAICompatBackend, stub: StubServer, caplog: pytest.LogCaptureFixture
) -> None:
    stub.script(reply(EN_REPLY))
    request = make_request("Esta semana ha sido dura.", lang="es", draft=make_draft(ES_DRAFT))
    with caplog.at_level(logging.WARNING, logger="tandem.companion.llm"):
        result = guarded_reply(backend, request)
    assert result.fallback == "language" and result.text == ES_DRAFT
    assert result.guard_event is None  # not harmful: logged, not a guard event
    (record,) = [r for r in caplog.records if "language" in r.getMessage()]
    assert "expected es" in record.getMessage() and "looks en" in record.getMessage()
    assert "weighs" not in record.getMessage()  # the reason, never the text


def test_a_right_language_reply_is_used(backend: OpenAICompatBackend, stub: StubServer) -> None:
    stub.script(reply(ES_REPLY))
    request = make_request("Esta semana ha sido dura.", lang="es", draft=make_draft(ES_DRAFT))
    assert guarded_reply(backend, request).text == ES_REPLY


def test_a_wrong_language_stream_never_reaches_the_screen(
    backend: OpenAICompatBackend, stub: StubServer
) -> None:
    stub.script(reply(EN_REPLY, chunk_chars=3))
    request = make_request("Esta semana ha sido dura.", lang="es", draft=make_draft(ES_DRAFT))
    events = list(guarded_stream(backend, request))
    assert [(e.kind, e.text) for e in events[:-1]] == [("text", ES_DRAFT)]
    assert events[-1].reply is not None and events[-1].reply.fallback == "language"


def test_a_stream_switching_language_later_is_replaced(
    backend: OpenAICompatBackend, stub: StubServer
) -> None:
    switched = ES_REPLY + " I think that you should try to talk about it with your therapist."
    stub.script(reply(switched, chunk_chars=3))
    request = make_request("Esta semana ha sido dura.", lang="es", draft=make_draft(ES_DRAFT))
    events = list(guarded_stream(backend, request))
    released = "".join(e.text for e in events if e.kind == "text")
    assert "therapist" not in released
    assert events[-2].kind == "replace" and events[-2].text == ES_DRAFT


def test_a_stream_ending_mid_sentence_never_shows_the_fragment(
    backend: OpenAICompatBackend, stub: StubServer
) -> None:
    stub.script(
        reply("It sounds like work has been a lot for you. You could just stop", chunk_chars=4)
    )
    events = list(guarded_stream(backend, make_request()))
    assert "stop" not in "".join(e.text for e in events)
    assert events[-1].reply is not None
    assert events[-1].reply.text == "It sounds like work has been a lot for you."
