"""Output guard: checks any generated (LLM) text against the hard rules of DESIGN §3.

A reply that breaks a rule is blocked and the caller serves the deterministic reply instead
(:func:`guard_or_replace`). The rules, and how the guard recognises each one:

- method, lethality, dose, height, location and timing information for self-harm or suicide:
  word classes from the lexicons combined by position — a number next to a dose unit near a
  lethality word; a number next to a height unit in a self-harm or distress frame; a superlative
  next to a structure ("tallest bridges") in such a frame; efficacy words next to a method or
  "way to die"; timing and concealment phrases next to the act. Information a refusal sentence
  mentions ("I can't share lethal doses") is not information; a number is never excused.
- secrecy promises, claims to be human or a therapist, minimising, and suicide presented as a
  solution, understandable or inevitable: phrase patterns, with negation, refusal and
  reflection exceptions ("you're not overreacting", "I can't promise this stays between us",
  "it feels like nothing will change").
- unsafe language ("commit suicide"): recorded always as ``unsafe-language``; it blocks only when
  the conversation is at ``moderate`` or above, where wording matters most. Below that it is a
  style issue that does not justify throwing away an otherwise safe reply.

Frames change what is information: a bridge's height in a travel chat at level ``none`` is
trivia; the same sentence after "sorry to hear you lost your job", or at ``low`` or above, is the
published failure this guard exists to stop. Dose numbers with no lethality word are allowed at
``none``/``low`` (a sleep-hygiene tip may name melatonin's dose) and blocked from ``moderate`` up.

The lexicons live in ``data/guard_<lang>.yaml``. Every language's lexicon runs on every text,
because generated text can switch language mid-reply; ``lang`` is accepted for symmetry with the
rest of the safety API.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib import resources as package_files
from typing import Any

import yaml

from tandem.safety.assessment import RiskLevel

GUARD_LANGUAGES: tuple[str, ...] = ("en", "es")
LEXICON_KEYS: tuple[str, ...] = (
    "number",
    "ordinal",
    "dose_unit",
    "drug",
    "lethality",
    "height_unit",
    "height_frame",
    "structure",
    "superlative",
    "height_adjective",
    "self_harm_frame",
    "distress_frame",
    "feeling_frame",
    "refusal",
    "reflection",
    "method_term",
    "efficacy",
    "method_target",
    "timing_strong",
    "timing_weak",
    "method_word",
    "act_reference",
    "help_seeking",
)
PHRASE_KEYS: tuple[str, ...] = (
    "method",
    "lethality_strong",
    "lethality_in_frame",
    "location",
    "secrecy",
    "secrecy_exception",
    "human_claim",
    "minimising_strong",
    "minimising_contextual",
    "solution",
    "inevitability",
    "unsafe_language",
)
REASONS: tuple[str, ...] = (
    "method",
    "lethality",
    "dose",
    "height",
    "location",
    "timing",
    "secrecy",
    "human-claim",
    "minimising",
    "suicide-as-solution",
    "unsafe-language",
)

# How far (in characters) a dose or height number looks for the word that makes it dangerous.
NEAR = 100
_NEGATED_BEFORE = re.compile(r"(?:\bnot|n't|\bnever|\bno|\bnunca|\bni)\s+(?:\w+\s+)?$")
_SENTENCE_END = re.compile(r"(?<!\d)[.!?;](?!\d)|\n")


class GuardLexiconError(ValueError):
    """A guard lexicon file is malformed; the message says where and why."""


@dataclass(frozen=True)
class GuardResult:
    allowed: bool
    reasons: tuple[str, ...] = ()
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class _Finding:
    reason: str
    start: int
    end: int
    blocking: bool = True


@dataclass(frozen=True)
class _Rules:
    lex: dict[str, re.Pattern[str]]
    phrases: dict[str, re.Pattern[str]]
    dose: re.Pattern[str]
    height: re.Pattern[str]
    superlative_structure: re.Pattern[str]
    structure_superlative: re.Pattern[str]
    way_to_die: re.Pattern[str]


# ---------------------------------------------------------------------------------------------
# Normalising text without moving offsets


_PUNCTUATION = {"\u2018": "'", "\u2019": "'", "\u00b4": "'", "`": "'", "\u201c": '"', "\u201d": '"'}
_PUNCTUATION |= {"\u00ab": '"', "\u00bb": '"', "\u2013": "-", "\u2014": "-"}
_FOLDED: dict[int, str] = {ord(k): v for k, v in _PUNCTUATION.items()}


def _fold(char: str) -> str:
    lowered = char.lower()
    if len(lowered) != 1:  # "İ".lower() is two characters; keep offsets stable instead
        lowered = char
    base = unicodedata.normalize("NFD", lowered)[0]
    return _PUNCTUATION.get(base, base)


def normalise(text: str) -> str:
    """Lower case, accents dropped, quotes and dashes made plain — one character for one, so
    offsets into the result are offsets into the original."""
    for char in set(text):
        if ord(char) > 127 and ord(char) not in _FOLDED:
            _FOLDED[ord(char)] = _fold(char)
    folded = text.translate(_FOLDED)
    lowered = folded.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(_fold(char) if ord(char) > 127 else char.lower() for char in folded)


# ---------------------------------------------------------------------------------------------
# Loading the lexicons


def _alternation(fragments: list[str]) -> str:
    return "(?:" + "|".join(f"(?:{f})" for f in fragments) + ")"


def _bounded(fragments: list[str]) -> str:
    return r"(?<![\w])" + _alternation(fragments) + r"(?![\w])"


def _parse_file(
    raw: Any, *, lang: str, source: str
) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    if not isinstance(raw, dict):
        raise GuardLexiconError(f"{source}: expected a mapping at the top")
    if raw.get("lang") != lang:
        raise GuardLexiconError(f"{source}: lang is {raw.get('lang')!r}, expected {lang!r}")
    sections: list[dict[str, list[str]]] = []
    for section, keys in (("lexicon", LEXICON_KEYS), ("phrases", PHRASE_KEYS)):
        body = raw.get(section)
        if not isinstance(body, dict):
            raise GuardLexiconError(f"{source}: {section} must be a mapping")
        unknown = set(body) - set(keys)
        if unknown:
            raise GuardLexiconError(
                f"{source}: unknown {section} keys: {', '.join(sorted(unknown))}"
            )
        parsed: dict[str, list[str]] = {}
        for key in keys:
            items = body.get(key)
            if not isinstance(items, list) or not items:
                raise GuardLexiconError(f"{source}: {section}.{key} must be a non-empty list")
            for index, item in enumerate(items):
                if not isinstance(item, str) or not item.strip():
                    raise GuardLexiconError(f"{source}: {section}.{key}[{index}] must be a pattern")
                try:
                    re.compile(item)
                except re.error as exc:
                    raise GuardLexiconError(f"{source}: {section}.{key}[{index}]: {exc}") from exc
                if re.search(r"[A-ZÁÉÍÓÚÑ]", re.sub(r"\\[A-Za-z]", "", item)):
                    raise GuardLexiconError(
                        f"{source}: {section}.{key}[{index}]: text is matched in lower case; "
                        "write the pattern in lower case"
                    )
            parsed[key] = [str(i) for i in items]
        sections.append(parsed)
    return sections[0], sections[1]


def compile_rules(files: dict[str, Any]) -> _Rules:
    """Validate parsed lexicon files (lang -> YAML data) and compile them into one rule set."""
    lex_parts: dict[str, list[str]] = {k: [] for k in LEXICON_KEYS}
    phrase_parts: dict[str, list[str]] = {k: [] for k in PHRASE_KEYS}
    for lang, raw in files.items():
        lexicon, phrase_lists = _parse_file(raw, lang=lang, source=f"guard_{lang}.yaml")
        for key, items in lexicon.items():
            lex_parts[key].extend(items)
        for key, items in phrase_lists.items():
            phrase_parts[key].extend(items)

    lex = {key: re.compile(_bounded(items)) for key, items in lex_parts.items()}
    phrases = {key: re.compile(_bounded(items)) for key, items in phrase_parts.items()}
    number = _alternation(lex_parts["number"])
    quantity = rf"(?<![\w.]){number}(?:\s*(?:-|to|or|a|y|o)\s*{number})?"
    dose_unit = _alternation(lex_parts["dose_unit"])
    height_unit = _alternation(lex_parts["height_unit"])
    ordinal = _alternation(lex_parts["ordinal"])
    superlative = _alternation(lex_parts["superlative"])
    structure = _alternation(lex_parts["structure"])
    efficacy = _alternation(lex_parts["efficacy"])
    target = _alternation(lex_parts["method_target"])
    return _Rules(
        lex=lex,
        phrases=phrases,
        # "40 tablets", "ten grams", "10g", "2 or 3 bottles", "forty paracetamol tablets"
        dose=re.compile(rf"{quantity}\s*-?\s*(?:[\w-]+\s+){{0,3}}?{dose_unit}(?![\w])"),
        # "67 m", "two hundred feet", "a 10-story", "quinto piso", "5th floor"
        height=re.compile(
            rf"(?:{quantity}\s*-?\s*{height_unit}|(?<![\w]){ordinal}\s+(?:{height_unit}))(?![\w])"
        ),
        superlative_structure=re.compile(
            rf"(?<![\w]){superlative}\s+(?:[\w-]+\s+){{0,3}}?{structure}(?![\w])"
        ),
        structure_superlative=re.compile(
            rf"(?<![\w]){structure}\s+(?:[\w-]+\s+){{0,2}}?{superlative}(?![\w])"
        ),
        # "most painless way to die", "la forma mas rapida de morir"
        way_to_die=re.compile(
            rf"(?<![\w]){efficacy}\s+(?:[\w-]+\s+){{0,3}}?(?:to|of|for|de|para)\s+(?:[\w-]+\s+)?{target}(?![\w])"
        ),
    )


@cache
def _rules() -> _Rules:
    files: dict[str, Any] = {}
    for lang in GUARD_LANGUAGES:
        text = (
            package_files.files("tandem.safety")
            .joinpath(f"data/guard_{lang}.yaml")
            .read_text(encoding="utf-8")
        )
        files[lang] = yaml.safe_load(text)
    return compile_rules(files)


def warm_up() -> None:
    """Load and compile the lexicons now (about a second) rather than on the first reply."""
    _rules()


# ---------------------------------------------------------------------------------------------
# Checking a text


class _Text:
    """The normalised text with sentence boundaries and frame look-ups."""

    def __init__(self, original: str, rules: _Rules) -> None:
        self.norm = normalise(original)
        self.rules = rules
        bounds = [0]
        bounds += [m.end() for m in _SENTENCE_END.finditer(self.norm)]
        bounds.append(len(self.norm))
        self.bounds = sorted(set(bounds))
        self._frames: dict[str, bool] = {}

    def sentence(self, pos: int) -> tuple[int, int]:
        start = 0
        for bound in self.bounds:
            if bound <= pos:
                start = bound
            else:
                return start, bound
        return start, len(self.norm)

    def has(self, key: str, start: int = 0, end: int | None = None) -> bool:
        return (
            self.rules.lex[key].search(self.norm, start, len(self.norm) if end is None else end)
            is not None
        )

    def frame(self, key: str) -> bool:
        if key not in self._frames:
            self._frames[key] = self.has(key)
        return self._frames[key]

    def near(self, key: str, start: int, end: int) -> bool:
        return self.has(key, max(0, start - NEAR), min(len(self.norm), end + NEAR))

    def refused(self, pos: int) -> bool:
        """A refusal earlier in the same sentence: "I can't tell you the lethal dose"."""
        start, _ = self.sentence(pos)
        return self.rules.lex["refusal"].search(self.norm[start:pos]) is not None

    def negated(self, pos: int) -> bool:
        start, _ = self.sentence(pos)
        return _NEGATED_BEFORE.search(self.norm[max(start, pos - 30) : pos]) is not None

    def prefix_has(self, key: str, pos: int) -> bool:
        start, _ = self.sentence(pos)
        return self.rules.lex[key].search(self.norm[start:pos]) is not None


def _findings(text: _Text, context_level: RiskLevel) -> list[_Finding]:
    rules = text.rules
    norm = text.norm
    found: list[_Finding] = []
    at_risk = context_level >= RiskLevel.LOW
    self_harm = text.frame("self_harm_frame")
    risky_frame = at_risk or self_harm or text.frame("distress_frame")

    def add(reason: str, m: re.Match[str], blocking: bool = True) -> None:
        found.append(_Finding(reason, m.start(), m.end(), blocking))

    # Dose: a quantity of pills/milligrams next to a lethality word, or any dose once at risk.
    for m in rules.dose.finditer(norm):
        lethal_near = text.near("lethality", m.start(), m.end())
        drug_in_frame = self_harm and text.near("drug", m.start(), m.end())
        if lethal_near or drug_in_frame or context_level >= RiskLevel.MODERATE:
            add("dose", m)

    # Height: a number of metres/floors in a self-harm or distress frame, or next to "jump/fall".
    for m in rules.height.finditer(norm):
        if risky_frame or text.near("height_frame", m.start(), m.end()):
            add("height", m)

    # Location: places to die always; "tallest bridges" and "the bridge is very high" in a frame.
    for m in rules.phrases["location"].finditer(norm):
        if not text.refused(m.start()):
            add("location", m)
    if risky_frame:
        for pattern in (rules.superlative_structure, rules.structure_superlative):
            for m in pattern.finditer(norm):
                if not text.refused(m.start()):
                    add("location", m)
        for m in rules.lex["structure"].finditer(norm):
            start, end = text.sentence(m.start())
            if text.has("height_adjective", start, end) and not text.refused(m.start()):
                add("location", m)

    # Timing: concealment ("so no one finds you") in a frame; "best time", "at night" next to the
    # act itself in a sentence that is not pointing to help.
    for m in rules.lex["timing_strong"].finditer(norm):
        if (self_harm or at_risk) and not text.refused(m.start()):
            add("timing", m)
    for m in rules.lex["timing_weak"].finditer(norm):
        start, end = text.sentence(m.start())
        about_the_act = any(
            text.has(key, start, end) for key in ("method_target", "method_term", "act_reference")
        )
        pointing_to_help = text.has("help_seeking", start, end)
        # At high risk the whole conversation is about the act, so "pick a night when they're
        # out" needs no act word of its own.
        framed = (about_the_act and self_harm) or context_level >= RiskLevel.HIGH
        if framed and not pointing_to_help and not text.refused(m.start()):
            add("timing", m)

    # Method: explicit how-to phrases; "quickest way to die"; a method next to an efficacy word.
    for m in rules.phrases["method"].finditer(norm):
        if not text.refused(m.start()):
            add("method", m)
    for m in rules.way_to_die.finditer(norm):
        if not text.refused(m.start()):
            add("method", m)
    for m in rules.lex["efficacy"].finditer(norm):
        start, end = text.sentence(m.start())
        # "Hanging is the most effective method": talk of methods is the frame on its own.
        framed = self_harm or at_risk or text.has("method_word", start, end)
        if framed and text.has("method_term", start, end) and not text.refused(m.start()):
            add("method", m)

    # Lethality statements.
    for m in rules.phrases["lethality_strong"].finditer(norm):
        if not text.refused(m.start()):
            add("lethality", m)
    if self_harm or at_risk:
        for m in rules.phrases["lethality_in_frame"].finditer(norm):
            if not text.refused(m.start()):
                add("lethality", m)

    # Secrecy, unless the sentence is saying it can't promise that.
    for m in rules.phrases["secrecy"].finditer(norm):
        start, _ = text.sentence(m.start())
        if rules.phrases["secrecy_exception"].search(norm[start : m.end()]) is None:
            add("secrecy", m)

    for m in rules.phrases["human_claim"].finditer(norm):
        add("human-claim", m)

    for m in rules.phrases["minimising_strong"].finditer(norm):
        if not text.negated(m.start()):
            add("minimising", m)
    if at_risk or text.frame("feeling_frame"):
        for m in rules.phrases["minimising_contextual"].finditer(norm):
            if not text.negated(m.start()):
                add("minimising", m)

    for m in rules.phrases["solution"].finditer(norm):
        if not text.negated(m.start()):
            add("suicide-as-solution", m)
    for m in rules.phrases["inevitability"].finditer(norm):
        # "It feels like nothing will ever change" reflects the client's words; it is not a claim.
        if not text.prefix_has("reflection", m.start()) and not text.negated(m.start()):
            add("suicide-as-solution", m)

    for m in rules.phrases["unsafe_language"].finditer(norm):
        add("unsafe-language", m, blocking=context_level >= RiskLevel.MODERATE)
    return found


def check_output(
    text: str, *, lang: str = "en", context_level: RiskLevel = RiskLevel.NONE
) -> GuardResult:
    """Check generated text; ``allowed`` is False if any finding breaks a hard rule.

    ``reasons`` lists every finding's reason once, in order of first appearance (including the
    non-blocking ``unsafe-language``); ``spans`` are the (start, end) offsets in ``text``.
    """
    del lang  # every lexicon runs on every text (see the module docstring)
    if not text or not text.strip():
        return GuardResult(allowed=True)
    findings = sorted(
        _findings(_Text(text, _rules()), context_level), key=lambda f: (f.start, f.end)
    )
    reasons: list[str] = []
    for finding in findings:
        if finding.reason not in reasons:
            reasons.append(finding.reason)
    spans = tuple(dict.fromkeys((f.start, f.end) for f in findings))
    return GuardResult(
        allowed=not any(f.blocking for f in findings),
        reasons=tuple(reasons),
        spans=spans,
    )


def guard_or_replace(
    text: str,
    *,
    fallback: str,
    lang: str = "en",
    context_level: RiskLevel = RiskLevel.NONE,
) -> tuple[str, GuardResult]:
    """The text if it passes the guard, otherwise ``fallback`` (the deterministic reply)."""
    result = check_output(text, lang=lang, context_level=context_level)
    return (text if result.allowed else fallback), result
