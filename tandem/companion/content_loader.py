"""Load and validate the companion's authored content (YAML and Markdown inside the package).

Clinicians can read and edit these files, so every problem is reported with the file and the
field that is wrong, at start-up, rather than as a strange reply in the middle of a chat.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

CONTENT_DIR = Path(__file__).parent / "content"
LANGS = ("en", "es")
STEP_EXPECTS = ("any", "text", "number", "emotions", "yes_no")
REQUIRED_PSYCHOEDUCATION = (
    "anxiety",
    "depression",
    "sleep",
    "stress",
    "panic",
    "grief",
    "loneliness",
    "therapy",
    "ai_companion",
)
REQUIRED_INTENTS = (
    "stop",
    "continue",
    "yes",
    "no",
    "greeting",
    "thanks",
    "goodbye",
    "mood_log",
    "add_note",
    "help",
    "ai_question",
    "small_talk",
    "nobody_else",
    "psychoed",
    "skill_menu",
    "did_it",
)
REQUIRED_LEXICON_SECTIONS = ("intents", "emotions", "topics", "professional", "psychoed", "habits")


# Placeholders the engine fills in general wording; anything else would show up as "…" in a chat.
RESPONSE_PLACEHOLDERS = frozenset(
    {
        "name",
        "therapist",
        "clinician",
        "technique",
        "summary",
        "wording",
        "note",
        "topic",
        "feeling",
        "mood",
        "last",
        "title",
        "due",
        "date",
        "streak",
        "smaller",
        "target",
        "activity",
        "when",
        "value",
        "message",
        "end",
        "minutes",
        "contact",
        "day",
        "month",
    }
)
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class ContentError(ValueError):
    """A content file is missing, malformed or incomplete. Names the file and the field."""

    def __init__(self, file: str | Path, field_path: str, problem: str) -> None:
        self.file = str(file)
        self.field = field_path
        self.problem = problem
        super().__init__(f"{self.file}: {field_path}: {problem}")


@dataclass(frozen=True)
class SkillStep:
    id: str
    text: dict[str, str]
    expect: str = "any"
    collect: str | None = None
    quick_replies: dict[str, tuple[str, ...]] = field(default_factory=dict)
    show_card: bool = False
    retry: dict[str, str] = field(default_factory=dict)  # re-ask wording when expect fails


@dataclass(frozen=True)
class Skill:
    id: str
    technique: dict[str, str]  # the technique's plain name, per language
    summary: dict[str, str]  # one or two sentences for the clinician handbook and offers
    category: str
    steps: tuple[SkillStep, ...]
    finish: dict[str, str]
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)
    card: dict[str, Any] | None = None
    summary_card: str | None = None  # "thought_record" | "activity_plan" | ...
    follow_up: bool = False  # the engine asks later how the planned activity went
    core: bool = False
    refer: dict[str, str] = field(default_factory=dict)  # the name inside a sentence, if different

    def name(self, lang: str) -> str:
        return self.technique.get(lang) or self.technique["en"]

    def in_sentence(self, lang: str) -> str | None:
        return self.refer.get(lang)

    def step_index(self, step_id: str) -> int:
        for index, step in enumerate(self.steps):
            if step.id == step_id:
                return index
        raise KeyError(step_id)


@dataclass(frozen=True)
class Psychoeducation:
    topic: str
    lang: str
    title: str
    body: str
    related_skills: tuple[str, ...] = ()


@dataclass(frozen=True)
class Need:
    id: str
    skills: tuple[str, ...]
    topic: str | None = None  # psychoeducation topic that fits this need
    acute: bool = False  # offer a skill straight away (panic, urges)
    reflect_first: bool = False  # listen for a turn before suggesting anything


@dataclass(frozen=True)
class Lexicon:
    lang: str
    intents: dict[str, tuple[re.Pattern[str], ...]]
    emotions: dict[str, tuple[re.Pattern[str], ...]]
    topics: dict[str, tuple[tuple[re.Pattern[str], ...], str]]  # id -> (patterns, phrase)
    professional: dict[str, tuple[re.Pattern[str], ...]]
    psychoed: dict[str, tuple[re.Pattern[str], ...]]
    habits: dict[str, tuple[re.Pattern[str], ...]]
    number_words: dict[str, int]
    emotion_words: dict[str, str]  # emotion id -> the plain word used in reflections


@dataclass(frozen=True)
class Content:
    responses: dict[str, dict[str, Any]]
    skills: dict[str, Skill]
    psychoeducation: dict[str, dict[str, Psychoeducation]]  # topic -> lang -> piece
    needs: dict[str, Need]
    lexicons: dict[str, Lexicon]
    exemplars: dict[str, tuple[str, ...]]  # label -> example sentences (any language)

    def phrases(self, lang: str, key: str) -> list[str]:
        """The variants for a dotted key, e.g. ``phrases("es", "handover.medication")``."""
        node: Any = self.responses.get(lang) or self.responses["en"]
        for part in key.split("."):
            if not isinstance(node, dict) or part not in node:
                raise KeyError(f"no phrase {key!r} for language {lang!r}")
            node = node[part]
        if isinstance(node, str):
            return [node]
        if isinstance(node, list):
            return [str(item) for item in node]
        raise KeyError(f"phrase {key!r} is a section, not wording")

    def has_phrase(self, lang: str, key: str) -> bool:
        try:
            self.phrases(lang, key)
        except KeyError:
            return False
        return True

    def psychoeducation_for(self, topic: str, lang: str) -> Psychoeducation | None:
        pieces = self.psychoeducation.get(topic) or {}
        return pieces.get(lang) or pieces.get("en")


# --- helpers that read YAML and report precisely -------------------------------------------------


def _read_yaml(path: Path) -> Any:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise ContentError(path, "(file)", f"cannot be read: {exc}") from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 1}, column {mark.column + 1}"
        raise ContentError(path, "(file)", f"is not valid YAML{where}: {exc}") from exc


def _require(mapping: Any, key: str, path: Path, where: str) -> Any:
    if not isinstance(mapping, dict):
        raise ContentError(path, where or "(top level)", "must be a mapping of fields")
    if key not in mapping or mapping[key] in (None, "", [], {}):
        raise ContentError(path, f"{where}.{key}".lstrip("."), "is required and missing or empty")
    return mapping[key]


def _per_lang(value: Any, path: Path, where: str, langs: tuple[str, ...] = LANGS) -> dict[str, str]:
    if not isinstance(value, dict):
        raise ContentError(path, where, "must give the wording per language (en:, es:)")
    result: dict[str, str] = {}
    for lang in langs:
        text = value.get(lang)
        if not isinstance(text, str) or not text.strip():
            raise ContentError(path, f"{where}.{lang}", "is required and missing or empty")
        result[lang] = text.strip()
    return result


def _optional_per_lang(value: Any, path: Path, where: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ContentError(path, where, "must give the wording per language (en:, es:)")
    result = {}
    for lang, text in value.items():
        if lang not in LANGS or not isinstance(text, str) or not text.strip():
            raise ContentError(
                path, f"{where}.{lang}", "must be a language code with non-empty text"
            )
        result[str(lang)] = text.strip()
    return result


def _compile(patterns: Any, path: Path, where: str) -> tuple[re.Pattern[str], ...]:
    if isinstance(patterns, str):
        patterns = [patterns]
    if not isinstance(patterns, list) or not patterns:
        raise ContentError(path, where, "must be a non-empty list of patterns")
    compiled = []
    for index, pattern in enumerate(patterns):
        try:
            compiled.append(re.compile(str(pattern), re.IGNORECASE))
        except re.error as exc:
            raise ContentError(path, f"{where}[{index}]", f"is not a valid pattern: {exc}") from exc
    return tuple(compiled)


# --- loaders for each kind of content ------------------------------------------------------------


def _load_skill(path: Path) -> Skill:
    data = _read_yaml(path)
    skill_id = str(_require(data, "id", path, ""))
    if skill_id != path.stem:
        raise ContentError(path, "id", f"must match the file name ({path.stem!r})")
    steps_data = _require(data, "steps", path, "")
    if not isinstance(steps_data, list):
        raise ContentError(path, "steps", "must be a list of steps")
    steps: list[SkillStep] = []
    seen: set[str] = set()
    for index, raw in enumerate(steps_data):
        where = f"steps[{index}]"
        step_id = str(_require(raw, "id", path, where))
        if step_id in seen:
            raise ContentError(path, f"{where}.id", f"repeats step id {step_id!r}")
        seen.add(step_id)
        expect = str(raw.get("expect", "any"))
        if expect not in STEP_EXPECTS:
            raise ContentError(path, f"{where}.expect", f"must be one of {', '.join(STEP_EXPECTS)}")
        quick: dict[str, tuple[str, ...]] = {}
        if raw.get("quick_replies") is not None:
            for lang in LANGS:
                options = (raw["quick_replies"] or {}).get(lang)
                if not isinstance(options, list) or not options:
                    raise ContentError(path, f"{where}.quick_replies.{lang}", "must be a list")
                quick[lang] = tuple(str(option) for option in options)
        retry = _per_lang(raw["retry"], path, f"{where}.retry") if raw.get("retry") else {}
        if expect in ("number", "emotions") and not retry:
            raise ContentError(path, f"{where}.retry", "is required when a step expects " + expect)
        steps.append(
            SkillStep(
                id=step_id,
                text=_per_lang(_require(raw, "text", path, where), path, f"{where}.text"),
                expect=expect,
                collect=str(raw["collect"]) if raw.get("collect") else None,
                quick_replies=quick,
                show_card=bool(raw.get("show_card", False)),
                retry=retry,
            )
        )
    keywords: dict[str, tuple[str, ...]] = {}
    for lang in LANGS:
        words = (data.get("keywords") or {}).get(lang)
        if not isinstance(words, list) or not words:
            raise ContentError(path, f"keywords.{lang}", "must be a non-empty list")
        keywords[lang] = tuple(str(word).lower() for word in words)
    card = data.get("card")
    if card is not None and (not isinstance(card, dict) or "type" not in card):
        raise ContentError(path, "card", "must be a mapping with a 'type'")
    _check_skill_placeholders(path, steps, _per_lang(data.get("finish"), path, "finish"))
    return Skill(
        id=skill_id,
        technique=_per_lang(_require(data, "technique", path, ""), path, "technique"),
        summary=_per_lang(_require(data, "summary", path, ""), path, "summary"),
        category=str(_require(data, "category", path, "")),
        steps=tuple(steps),
        finish=_per_lang(_require(data, "finish", path, ""), path, "finish"),
        keywords=keywords,
        card=card,
        summary_card=data.get("summary_card"),
        follow_up=bool(data.get("follow_up", False)),
        core=bool(data.get("core", False)),
        refer=_optional_per_lang(data.get("refer"), path, "refer"),
    )


def _check_skill_placeholders(path: Path, steps: list[SkillStep], finish: dict[str, str]) -> None:
    """A step may only use answers collected before it (or the name); the finish may use all."""
    known = {"name", "emotions_text"}
    for index, step in enumerate(steps):
        for lang, text in step.text.items():
            for placeholder in _PLACEHOLDER.findall(text):
                if placeholder not in known:
                    raise ContentError(
                        path,
                        f"steps[{index}].text.{lang}",
                        f"uses {{{placeholder}}}, which no earlier step collects",
                    )
        if step.collect:
            known.add(step.collect)
    for lang, text in finish.items():
        for placeholder in _PLACEHOLDER.findall(text):
            if placeholder not in known:
                raise ContentError(path, f"finish.{lang}", f"uses unknown {{{placeholder}}}")


_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n(.*)\Z", re.DOTALL)


def _load_psychoeducation(path: Path) -> Psychoeducation:
    parts = path.name.split(".")
    if len(parts) != 3 or parts[1] not in LANGS:
        raise ContentError(path, "(file name)", "must be <topic>.<en|es>.md")
    text = path.read_text(encoding="utf-8")
    match = _FRONT_MATTER.match(text)
    if not match:
        raise ContentError(path, "(front matter)", "must start with a '---' block holding title:")
    try:
        meta = yaml.safe_load(match.group(1)) or {}
    except yaml.YAMLError as exc:
        raise ContentError(path, "(front matter)", f"is not valid YAML: {exc}") from exc
    title = str(_require(meta, "title", path, ""))
    body = match.group(2).strip()
    if len(body) < 40:
        raise ContentError(path, "(body)", "is missing or too short")
    return Psychoeducation(
        topic=parts[0],
        lang=parts[1],
        title=title,
        body=body,
        related_skills=tuple(meta.get("related_skills") or ()),
    )


def _check_parity(reference: Any, other: Any, path: Path, where: str = "") -> None:
    """Every wording that exists in English must exist in Spanish (and be the same shape)."""
    if isinstance(reference, dict):
        if not isinstance(other, dict):
            raise ContentError(path, where or "(top level)", "must be a section like in English")
        for key, value in reference.items():
            child = f"{where}.{key}" if where else str(key)
            if key not in other or other[key] in (None, "", []):
                raise ContentError(path, child, "is missing (it exists in the English file)")
            _check_parity(value, other[key], path, child)
    elif isinstance(reference, list | str) and not isinstance(other, list | str):
        raise ContentError(path, where, "must be wording (a text or a list of texts)")


def _check_placeholders(text: str, path: Path, where: str) -> None:
    for placeholder in _PLACEHOLDER.findall(text):
        if placeholder not in RESPONSE_PLACEHOLDERS:
            raise ContentError(path, where, f"uses unknown placeholder {{{placeholder}}}")


def _check_wording(node: Any, path: Path, where: str = "") -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            _check_wording(value, path, f"{where}.{key}" if where else str(key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            if not isinstance(item, str) or not item.strip():
                raise ContentError(path, f"{where}[{index}]", "must be non-empty text")
            _check_placeholders(item, path, f"{where}[{index}]")
    elif not isinstance(node, str) or not node.strip():
        raise ContentError(path, where, "must be non-empty text")
    else:
        _check_placeholders(node, path, where)


def _load_lexicon(path: Path, lang: str) -> Lexicon:
    data = _read_yaml(path)
    for section in REQUIRED_LEXICON_SECTIONS:
        _require(data, section, path, "")

    def compile_section(name: str) -> dict[str, tuple[re.Pattern[str], ...]]:
        section = data[name]
        if not isinstance(section, dict):
            raise ContentError(path, name, "must map labels to lists of patterns")
        return {str(k): _compile(v, path, f"{name}.{k}") for k, v in section.items()}

    intents = compile_section("intents")
    for intent in REQUIRED_INTENTS:
        if intent not in intents:
            # YAML reads a bare yes:/no: key as a boolean, so say how to fix that too.
            raise ContentError(path, f"intents.{intent}", 'is missing (quote keys like "yes")')
    topics: dict[str, tuple[tuple[re.Pattern[str], ...], str]] = {}
    for topic_id, raw in data["topics"].items():
        where = f"topics.{topic_id}"
        topics[str(topic_id)] = (
            _compile(_require(raw, "patterns", path, where), path, f"{where}.patterns"),
            str(_require(raw, "phrase", path, where)),
        )
    numbers = data.get("number_words") or {}
    emotion_words = _require(data, "emotion_words", path, "")
    emotions = compile_section("emotions")
    for emotion in emotions:
        if emotion not in emotion_words:
            raise ContentError(path, f"emotion_words.{emotion}", "is missing for this emotion")
    return Lexicon(
        lang=lang,
        intents=intents,
        emotions=emotions,
        topics=topics,
        professional=compile_section("professional"),
        psychoed=compile_section("psychoed"),
        habits=compile_section("habits"),
        number_words={str(k).lower(): int(v) for k, v in numbers.items()},
        emotion_words={str(k): str(v) for k, v in emotion_words.items()},
    )


def _load_needs(path: Path, skills: dict[str, Skill], topics: set[str]) -> dict[str, Need]:
    data = _read_yaml(path)
    if not isinstance(data, dict) or not data:
        raise ContentError(path, "(top level)", "must map needs to skills")
    needs: dict[str, Need] = {}
    for need_id, raw in data.items():
        where = str(need_id)
        skill_ids = _require(raw, "skills", path, where)
        for index, skill_id in enumerate(skill_ids):
            if skill_id not in skills:
                raise ContentError(path, f"{where}.skills[{index}]", f"unknown skill {skill_id!r}")
        topic = raw.get("topic")
        if topic is not None and topic not in topics:
            raise ContentError(path, f"{where}.topic", f"unknown psychoeducation topic {topic!r}")
        needs[where] = Need(
            id=where,
            skills=tuple(skill_ids),
            topic=topic,
            acute=bool(raw.get("acute", False)),
            reflect_first=bool(raw.get("reflect_first", False)),
        )
    return needs


def _load_exemplars(
    path: Path, needs: dict[str, Need], lexicon: Lexicon
) -> dict[str, tuple[str, ...]]:
    data = _read_yaml(path)
    if not isinstance(data, dict) or not data:
        raise ContentError(path, "(top level)", "must map labels to example sentences")
    known = (
        {f"need:{need}" for need in needs}
        | {f"intent:{intent}" for intent in lexicon.intents}
        | {f"professional:{topic}" for topic in lexicon.professional}
    )
    result: dict[str, tuple[str, ...]] = {}
    for label, sentences in data.items():
        if label not in known:
            raise ContentError(
                path, str(label), "is not a known need:, intent: or professional: label"
            )
        if not isinstance(sentences, list) or len(sentences) < 3:
            raise ContentError(path, str(label), "needs at least 3 example sentences")
        result[str(label)] = tuple(str(sentence) for sentence in sentences)
    return result


def load_content_from(directory: Path) -> Content:
    """Load and validate everything under ``directory``; raise ContentError on the first problem."""
    if not directory.is_dir():
        raise ContentError(directory, "(directory)", "does not exist")
    responses: dict[str, dict[str, Any]] = {}
    for lang in LANGS:
        path = directory / f"responses.{lang}.yaml"
        data = _read_yaml(path)
        if not isinstance(data, dict):
            raise ContentError(path, "(top level)", "must be a mapping of sections")
        _check_wording(data, path)
        responses[lang] = data
    _check_parity(responses["en"], responses["es"], directory / "responses.es.yaml")

    skills: dict[str, Skill] = {}
    for path in sorted((directory / "skills").glob("*.yaml")):
        skill = _load_skill(path)
        skills[skill.id] = skill
    if len(skills) < 15:
        raise ContentError(directory / "skills", "(directory)", "needs at least 15 skills")

    psychoeducation: dict[str, dict[str, Psychoeducation]] = {}
    for path in sorted((directory / "psychoeducation").glob("*.md")):
        piece = _load_psychoeducation(path)
        psychoeducation.setdefault(piece.topic, {})[piece.lang] = piece
    for topic in REQUIRED_PSYCHOEDUCATION:
        if "en" not in psychoeducation.get(topic, {}):
            raise ContentError(directory / "psychoeducation", f"{topic}.en.md", "is missing")
    for topic, pieces in psychoeducation.items():
        for lang, piece in pieces.items():
            for skill_id in piece.related_skills:
                if skill_id not in skills:
                    raise ContentError(
                        directory / "psychoeducation" / f"{topic}.{lang}.md",
                        "related_skills",
                        f"unknown skill {skill_id!r}",
                    )

    lexicons = {lang: _load_lexicon(directory / f"lexicon.{lang}.yaml", lang) for lang in LANGS}
    needs = _load_needs(directory / "needs.yaml", skills, set(psychoeducation))
    for lang, lexicon in lexicons.items():
        for emotion in lexicon.emotions:
            if emotion not in needs and emotion not in ("positive",):
                raise ContentError(
                    directory / f"lexicon.{lang}.yaml",
                    f"emotions.{emotion}",
                    "has no entry in needs.yaml",
                )
    exemplars = _load_exemplars(directory / "exemplars.yaml", needs, lexicons["en"])
    return Content(
        responses=responses,
        skills=skills,
        psychoeducation=psychoeducation,
        needs=needs,
        lexicons=lexicons,
        exemplars=exemplars,
    )


@lru_cache(maxsize=1)
def load_content() -> Content:
    """The packaged content, loaded and validated once per process."""
    return load_content_from(CONTENT_DIR)
