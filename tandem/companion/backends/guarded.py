"""The only way a generated reply reaches a client: screen first, guard everything, fall back.

1. The safety screen has already run (the service does it before anything else). At ``moderate``
   or above the model is not called at all; the deterministic reply stands. The same holds for
   every turn whose engine reply is authored wording the model must not touch (safety support,
   clinician limits, the AI disclosure, handovers — see ``prompt.reply_mode``).
2. Every generated word passes the output guard (``tandem.safety.guard``) before it is shown. The
   guard reads the reply on its own and again after the client's message, so a frame the client
   set ("I lost my job") makes the reply's "tallest bridges" the danger it is. Then the plan
   check: a reply naming a technique or topic the clinician ruled out is blocked the same way.
3. A blocked reply is replaced by the engine's reply and described by a :class:`BlockedGeneration`
   for the service to store as a guard event. Any backend fault (timeout, 5xx, malformed JSON,
   disconnect, open circuit) also yields the engine's reply. No exception leaves this module.

4. A reply cut off by the token limit (``finish_reason`` "length") or ending mid-sentence is cut
   back to its last complete sentence; with none left, the engine's reply is used. A reply that
   is clearly not in the client's language (``language.py``) is replaced by the engine's reply,
   which is authored in that language; the reason is logged (never the text).

Streaming releases text sentence by sentence, each release checked together with everything
released before it. The first release waits until there is enough text to judge its language
(or the stream ends), so a wrong-language answer usually never reaches the screen at all. If a
later sentence is blocked, the language turns out wrong, or the stream fails part-way, the stream
ends with a ``replace`` event carrying the deterministic reply: the client's screen swaps the
partial text for it, so no harmful half-reply stays on screen. An unfinished last sentence is
simply never released.
"""

from __future__ import annotations

import json
import logging
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Literal

from tandem.companion.backends.base import BackendError, ReplyBackend, ReplyRequest
from tandem.companion.backends.language import check_language
from tandem.companion.backends.offline import OFFLINE
from tandem.companion.backends.plan_check import plan_violations
from tandem.companion.backends.prompt import reply_mode
from tandem.companion.content_loader import load_content
from tandem.companion.engine import EngineReply
from tandem.safety.assessment import RiskLevel
from tandem.safety.guard import GuardResult, check_output

log = logging.getLogger("tandem.companion.llm")

# The screen's level from which the model is never called (DESIGN §3: the crisis path never
# depends on an LLM).
NO_MODEL_FROM = RiskLevel.MODERATE
MAX_REPLY_CHARS = 1500
# A sentence ends at . ! ? … (with closing quotes or brackets) followed by white space, or at a
# line break. Requiring the space keeps "2.5" and "...67" whole until the next character arrives.
_SENTENCE_END = re.compile(r"[.!?…]+[\"'»”’)\]]*(?=\s)|\n")
# A whole reply is complete when it ends like a sentence: terminal punctuation (closing quotes or
# brackets may follow) or an emoji/symbol, which chat replies often end on.
_COMPLETE_END = re.compile(r"(?:[.!?…]+[\"'»”’)\]]*|[\u2600-\u27bf\U0001f300-\U0001faff])\s*$")

# "not-configured" | "screen" | "authored" | "guard" | "empty" | "cut-off" | "language" |
# a BackendError kind
Fallback = str


@dataclass(frozen=True)
class BlockedGeneration:
    """A generated reply the guard stopped. Stored as a guard event (``models.GuardEvent``);
    ``blocked_text`` is kept for the clinic's review of the model and must only ever be stored
    encrypted — never logged."""

    client_id: uuid.UUID | None
    backend: str
    model: str | None
    level: RiskLevel
    reasons: tuple[str, ...]
    stage: Literal["reply", "stream"]
    blocked_text: str = field(repr=False)
    released_chars: int = 0  # how much of it the client had seen before the replacement


@dataclass(frozen=True)
class GuardedReply:
    text: str  # what the client sees
    backend: str  # whose words they are: "offline" or the model backend's name
    model: str | None
    generated: bool  # True when the model's words were used
    fallback: Fallback | None  # why the engine's words were used instead, if they were
    draft: EngineReply  # the engine's reply: state, cards and quick replies come from it
    guard_event: BlockedGeneration | None = None


@dataclass(frozen=True)
class StreamEvent:
    """``text``: append to what is shown; ``replace``: show this instead of everything so far;
    ``done``: the end, with the outcome (``reply``) the service stores."""

    kind: Literal["text", "replace", "done"]
    text: str
    reply: GuardedReply | None = None

    def to_sse(self) -> str:
        data: dict[str, object] = {"text": self.text}
        if self.reply is not None:
            data["backend"] = self.reply.backend
            data["generated"] = self.reply.generated
            data["replaced"] = self.reply.guard_event is not None
        return f"event: {self.kind}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"


def skip_reason(backend: ReplyBackend | None, request: ReplyRequest) -> Fallback | None:
    """Why the model must not be called for this turn, or None when it may be."""
    if backend is None or backend.info.name == OFFLINE:
        return "not-configured"
    if request.level >= NO_MODEL_FROM:
        return "screen"
    if reply_mode(request.draft.action) == "fixed":
        return "authored"
    return None


def check_generated(text: str, *, client_text: str, lang: str, level: RiskLevel) -> GuardResult:
    """The output guard on generated text, alone and in the frame of the client's message.

    Fails closed: if the guard itself errors, the text is treated as blocked.
    """
    try:
        own = check_output(text, lang=lang, context_level=level)
        if not own.allowed:
            return own
        prefix = f"{client_text.strip()}\n\n"
        framed = check_output(prefix + text, lang=lang, context_level=level)
        offset = len(prefix)
        in_reply = [(s, e) for s, e in framed.spans if e > offset]
        if not framed.allowed and in_reply:
            spans = tuple((max(0, s - offset), e - offset) for s, e in in_reply)
            return GuardResult(allowed=False, reasons=framed.reasons, spans=spans)
        return own
    except Exception:
        log.exception("the output guard failed; the generated text is treated as blocked")
        return GuardResult(allowed=False, reasons=("guard-error",))


def check_reply(text: str, request: ReplyRequest) -> GuardResult:
    """The output guard, then the clinician's contraindications. Fails closed."""
    verdict = check_generated(
        text, client_text=request.client_text, lang=request.lang, level=request.level
    )
    if not verdict.allowed:
        return verdict
    try:
        broken = plan_violations(text, request.ctx.plan, load_content())
    except Exception:
        log.exception("the plan check failed; the generated text is treated as blocked")
        broken = ("plan-check-error",)
    return GuardResult(allowed=False, reasons=broken) if broken else verdict


def _fallback(
    request: ReplyRequest, reason: Fallback, *, event: BlockedGeneration | None = None
) -> GuardedReply:
    return GuardedReply(
        text=request.draft.text,
        backend=OFFLINE,
        model=None,
        generated=False,
        fallback=reason,
        draft=request.draft,
        guard_event=event,
    )


def _blocked(
    backend: ReplyBackend,
    request: ReplyRequest,
    text: str,
    verdict: GuardResult,
    *,
    stage: Literal["reply", "stream"],
    released: int = 0,
) -> BlockedGeneration:
    info = backend.info
    log.warning(
        "output guard blocked a generated reply (%s, %s): %s",
        info.name,
        stage,
        ", ".join(verdict.reasons),
    )
    return BlockedGeneration(
        client_id=request.client_id,
        backend=info.name,
        model=info.model,
        level=request.level,
        reasons=verdict.reasons,
        stage=stage,
        blocked_text=text[:MAX_REPLY_CHARS],
        released_chars=released,
    )


def looks_complete(text: str) -> bool:
    """Does the text end where a sentence ends (not cut off mid-word or mid-clause)?"""
    return bool(_COMPLETE_END.search(text.strip()))


def complete_sentences(text: str) -> str:
    """The text up to and including its last complete sentence ("" when there is none)."""
    text = text.strip()
    if looks_complete(text):
        return text
    ready, _rest = split_sentences(text)
    return ready.strip()


def _trim(text: str, finish_reason: str | None = None) -> str:
    """The reply, cut back to whole sentences when it was cut off or is too long."""
    text = text.strip()
    if len(text) > MAX_REPLY_CHARS:
        text = text[:MAX_REPLY_CHARS]
        finish_reason = "length"
    if finish_reason == "length" or not looks_complete(text):
        # Cut off by the token limit or mid-sentence: a half sentence can say something the whole
        # one would not ("You could just stop taking..."), so only complete sentences are kept.
        # A reply cut exactly at a sentence end keeps everything.
        kept = complete_sentences(text)
        if kept != text:
            log.info("a generated reply was cut off; kept %d of %d chars", len(kept), len(text))
        return kept
    return text


def language_fault(text: str, lang: str) -> str | None:
    """Why ``text`` must not be shown to a client reading ``lang``, or None. Logs the reason."""
    result = check_language(text, lang)
    if result.verdict != "mismatch":
        return None
    log.warning(
        "a generated reply was not in the client's language (expected %s, looks %s, hits %s); "
        "the offline engine answers",
        lang,
        result.looks_like,
        result.hits,
    )
    return "language"


def guarded_reply(backend: ReplyBackend | None, request: ReplyRequest) -> GuardedReply:
    """One complete reply for the turn. Never raises."""
    reason = skip_reason(backend, request)
    if reason is not None or backend is None:
        return _fallback(request, reason or "not-configured")
    try:
        generated = backend.generate(request)
    except BackendError as exc:
        log.warning("model backend failed (%s); the offline engine answers", exc.kind)
        return _fallback(request, exc.kind)
    except Exception:
        log.exception("model backend raised unexpectedly; the offline engine answers")
        return _fallback(request, "error")
    if not generated.text.strip():
        return _fallback(request, "empty")
    text = _trim(generated.text, generated.finish_reason)
    if not text:
        return _fallback(request, "cut-off")
    verdict = check_reply(text, request)
    if not verdict.allowed:
        event = _blocked(backend, request, text, verdict, stage="reply")
        return _fallback(request, "guard", event=event)
    if language_fault(text, request.lang):
        return _fallback(request, "language")
    return GuardedReply(
        text=text,
        backend=generated.backend,
        model=generated.model,
        generated=True,
        fallback=None,
        draft=request.draft,
    )


def split_sentences(buffer: str) -> tuple[str, str]:
    """(complete sentences ready to check, the unfinished rest)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(buffer)]
    if not ends:
        return "", buffer
    return buffer[: ends[-1]], buffer[ends[-1] :]


def guarded_stream(backend: ReplyBackend | None, request: ReplyRequest) -> Iterator[StreamEvent]:
    """The reply as events, each released only after the guard passed it. Never raises."""
    reason = skip_reason(backend, request)
    if reason is not None or backend is None:
        reply = _fallback(request, reason or "not-configured")
        yield StreamEvent("text", reply.text)
        yield StreamEvent("done", reply.text, reply)
        return

    released = ""  # shown to the client
    held = ""  # complete sentences the guard passed, waiting until their language can be judged
    buffer = ""  # the unfinished sentence still arriving
    outcome: GuardedReply | None = None
    deltas: Iterator[str] | None = None

    def blocked(text: str, verdict: GuardResult) -> GuardedReply:
        event = _blocked(backend, request, text, verdict, stage="stream", released=len(released))
        return _fallback(request, "guard", event=event)

    def language_settled(final: bool) -> str | None:
        """ "ok" to release ``held``, "wait" for more text, or None when the language is wrong."""
        whole = check_language(released + held, request.lang).verdict
        alone = check_language(held, request.lang).verdict
        if "mismatch" in (whole, alone):
            language_fault(released + held if whole == "mismatch" else held, request.lang)
            return None
        if whole == "match" or released or final:
            return "ok"
        return "wait"

    try:
        deltas = backend.stream(request)
        for delta in deltas:
            buffer += delta
            ready, buffer = split_sentences(buffer)
            if ready:
                verdict = check_reply(released + held + ready, request)
                if not verdict.allowed:
                    outcome = blocked(released + held + ready, verdict)
                    break
                held += ready
                settled = language_settled(final=False)
                if settled is None:
                    outcome = _fallback(request, "language")
                    break
                if settled == "ok":
                    released += held
                    yield StreamEvent("text", held)
                    held = ""
            if len(released) + len(held) + len(buffer) > MAX_REPLY_CHARS:
                # Enough: stop reading and end on what was checked; the unfinished rest is cut.
                log.info("a streamed reply reached the length limit and was cut")
                buffer = ""
                break
        if outcome is None and buffer.strip():
            if looks_complete(buffer):
                verdict = check_reply(released + held + buffer, request)
                if not verdict.allowed:
                    outcome = blocked(released + held + buffer, verdict)
                else:
                    held += buffer
            else:
                # The stream ended mid-sentence (the token limit, or a model that stops short):
                # the unfinished sentence is never shown.
                log.info("a streamed reply ended mid-sentence; %d characters cut", len(buffer))
        if outcome is None and held:
            if language_settled(final=True) is None:
                outcome = _fallback(request, "language")
            else:
                released += held
                yield StreamEvent("text", held)
                held = ""
        if outcome is None:
            if not released.strip():
                outcome = _fallback(request, "cut-off" if buffer.strip() else "empty")
            else:
                info = backend.info
                outcome = GuardedReply(
                    text=released.strip(),
                    backend=info.name,
                    model=info.model,
                    generated=True,
                    fallback=None,
                    draft=request.draft,
                )
    except BackendError as exc:
        log.warning("model stream failed (%s); the offline engine answers", exc.kind)
        outcome = _fallback(request, exc.kind)
    except Exception:
        log.exception("model stream raised unexpectedly; the offline engine answers")
        outcome = _fallback(request, "error")
    finally:
        close = getattr(deltas, "close", None)
        if callable(close):
            try:
                close()
            except Exception:
                log.exception("closing the model stream failed")

    if not outcome.generated:
        # Replace whatever was shown (if anything) with the deterministic reply.
        yield StreamEvent("replace" if released else "text", outcome.text)
    yield StreamEvent("done", outcome.text, outcome)
