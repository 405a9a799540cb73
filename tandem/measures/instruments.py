"""Questionnaire definitions as data: loading and validating the YAML files in ``instruments/``.

Wording, codes and severity bands live in YAML so that clinicians can review them without reading
code. Every file is checked when it is loaded: a typo in a LOINC code, a gap between two severity
bands or a missing Spanish string fails loudly with the file and the field named, instead of
silently mis-scoring someone's questionnaire.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from types import MappingProxyType
from typing import Any, Literal

import yaml

LOCALES: tuple[str, ...] = ("en", "es")
DEFAULT_LOCALE = "en"
INSTRUMENT_IDS: tuple[str, ...] = ("phq9", "gad7", "cssrs_screener")

InstrumentKind = Literal["frequency_scale", "yes_no_screener"]
WordingStatus = Literal["published", "team_translation"]

_KINDS: tuple[str, ...] = ("frequency_scale", "yes_no_screener")
_WORDING_STATUSES: tuple[str, ...] = ("published", "team_translation")
_RECALLS: tuple[str, ...] = ("past_month", "lifetime", "past_3_months")
_ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,63}$")
_LOINC_PATTERN = re.compile(r"^(\d{1,7})-(\d)$")
_LOINC_ANSWER_PATTERN = re.compile(r"^LA\d{1,6}-\d$")


class InstrumentDefinitionError(ValueError):
    """An instrument file is malformed; the message names the file and the field."""


class UnknownInstrumentError(LookupError):
    """No instrument with this id exists."""

    def __init__(self, instrument_id: object) -> None:
        self.instrument_id = instrument_id
        known = ", ".join(INSTRUMENT_IDS)
        super().__init__(f"Unknown questionnaire {instrument_id!r}; known: {known}.")


def loinc_check_digit_ok(code: str) -> bool:
    """True when ``code`` is a well-formed LOINC term code whose mod-10 check digit matches.

    LOINC codes end in a check digit computed with the mod-10 (Luhn) algorithm over the digits
    before the hyphen, so a mistyped code is caught here rather than in someone's EHR.
    """
    match = _LOINC_PATTERN.match(code)
    if match is None:
        return False
    body, check = match.group(1), int(match.group(2))
    total = 0
    for position, char in enumerate(reversed(body)):
        digit = int(char)
        if position % 2 == 0:
            digit *= 2
            if digit > 9:
                digit -= 9
        total += digit
    return (10 - total % 10) % 10 == check


@dataclass(frozen=True)
class LocalizedText:
    """A string in every supported locale."""

    values: Mapping[str, str]

    def get(self, locale: str = DEFAULT_LOCALE) -> str:
        """The text for ``locale`` ("es", "es-MX", ...), falling back to English."""
        language = (locale or DEFAULT_LOCALE).split("-")[0].split("_")[0].lower()
        return self.values.get(language, self.values[DEFAULT_LOCALE])

    @property
    def en(self) -> str:
        return self.values["en"]


@dataclass(frozen=True)
class WordingSource:
    status: WordingStatus
    source: str


@dataclass(frozen=True)
class AnswerOption:
    value: int
    text: LocalizedText
    loinc: str | None = None


@dataclass(frozen=True)
class Item:
    id: str
    number: int
    text: LocalizedText
    loinc: str | None = None
    # Skip logic: ask this item only when every named earlier item has the given answer.
    ask_if: Mapping[str, bool] = field(default_factory=dict)
    recall: str | None = None


@dataclass(frozen=True)
class Band:
    key: str
    min: int
    max: int
    label: LocalizedText

    def contains(self, total: int) -> bool:
        return self.min <= total <= self.max


@dataclass(frozen=True)
class Scoring:
    max_total: int
    caseness_cutoff: int
    bands: tuple[Band, ...]
    safety_item: str | None = None


@dataclass(frozen=True)
class DifficultyQuestion:
    """The unscored functional question printed after the PHQ-9 and GAD-7 items."""

    id: str
    text: LocalizedText
    options: tuple[AnswerOption, ...]
    loinc: str | None = None


@dataclass(frozen=True)
class Instrument:
    id: str
    name: str
    kind: InstrumentKind
    title: LocalizedText
    copyright: str
    wording: Mapping[str, WordingSource]
    stem: LocalizedText
    options: tuple[AnswerOption, ...]
    items: tuple[Item, ...]
    difficulty: DifficultyQuestion | None = None
    scoring: Scoring | None = None
    loinc_panel: str | None = None
    loinc_total: str | None = None

    @property
    def item_count(self) -> int:
        return len(self.items)

    @property
    def item_ids(self) -> tuple[str, ...]:
        return tuple(item.id for item in self.items)

    @property
    def min_option(self) -> int:
        return min(option.value for option in self.options)

    @property
    def max_option(self) -> int:
        return max(option.value for option in self.options)

    def item(self, item_id: str) -> Item:
        for item in self.items:
            if item.id == item_id:
                return item
        raise KeyError(f"{self.id} has no item {item_id!r}")

    def option(self, value: int) -> AnswerOption:
        for option in self.options:
            if option.value == value:
                return option
        raise KeyError(f"{self.id} has no answer option {value!r}")

    def band_for(self, total: int) -> Band:
        if self.scoring is None:
            raise ValueError(f"{self.id} has no severity bands")
        for band in self.scoring.bands:
            if band.contains(total):
                return band
        raise ValueError(f"{total} is outside the {self.id} range 0-{self.scoring.max_total}")

    def is_team_translation(self, locale: str) -> bool:
        language = locale.split("-")[0].lower()
        source = self.wording.get(language)
        return source is not None and source.status == "team_translation"


# --- loading ---------------------------------------------------------------------------------


def available_instruments() -> tuple[str, ...]:
    return INSTRUMENT_IDS


@cache
def load_instrument(instrument_id: str) -> Instrument:
    """The validated definition of ``instrument_id`` ("phq9", "gad7", "cssrs_screener").

    Raises ``UnknownInstrumentError`` for an unknown id and ``InstrumentDefinitionError`` when
    the file is malformed. Results are cached: definitions are immutable.
    """
    if not isinstance(instrument_id, str) or instrument_id not in INSTRUMENT_IDS:
        raise UnknownInstrumentError(instrument_id)
    filename = f"{instrument_id}.yaml"
    text = resources.files("tandem.measures").joinpath("instruments", filename).read_text("utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise InstrumentDefinitionError(f"{filename}: not valid YAML: {exc}") from exc
    instrument = parse_instrument(data, source=filename)
    if instrument.id != instrument_id:
        raise InstrumentDefinitionError(
            f"{filename}: id is {instrument.id!r}, expected {instrument_id!r}"
        )
    return instrument


def parse_instrument(data: Any, *, source: str = "<data>") -> Instrument:
    """Validate a decoded YAML document and build an ``Instrument`` (used by the loader, tests)."""
    return _Parser(source).instrument(data)


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, path: str, problem: str) -> InstrumentDefinitionError:
        return InstrumentDefinitionError(f"{self.source}: {path}: {problem}")

    # primitives

    def mapping(self, value: Any, path: str) -> Mapping[str, Any]:
        if not isinstance(value, Mapping):
            raise self.fail(path, f"expected a mapping, got {type(value).__name__}")
        return value

    def sequence(self, value: Any, path: str) -> Sequence[Any]:
        if not isinstance(value, list) or not value:
            raise self.fail(path, "expected a non-empty list")
        return value

    def required(self, data: Mapping[str, Any], key: str, path: str) -> Any:
        if key not in data or data[key] is None:
            raise self.fail(f"{path}.{key}" if path else key, "is required")
        return data[key]

    def string(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(path, "expected a non-empty string")
        return value.strip()

    def integer(self, value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(path, f"expected an integer, got {value!r}")
        return value

    def identifier(self, value: Any, path: str) -> str:
        text = self.string(value, path)
        if not _ID_PATTERN.match(text):
            raise self.fail(path, f"{text!r} is not a valid id (lowercase letters, digits, _)")
        return text

    def localized(self, value: Any, path: str) -> LocalizedText:
        data = self.mapping(value, path)
        texts: dict[str, str] = {}
        for locale in LOCALES:
            if locale not in data:
                raise self.fail(f"{path}.{locale}", "translation is missing")
            texts[locale] = " ".join(self.string(data[locale], f"{path}.{locale}").split())
        extra = set(data) - set(LOCALES)
        if extra:
            raise self.fail(path, f"unsupported locales {sorted(extra)}")
        return LocalizedText(MappingProxyType(texts))

    def loinc(self, value: Any, path: str) -> str:
        code = self.string(value, path)
        if not loinc_check_digit_ok(code):
            raise self.fail(path, f"{code!r} is not a valid LOINC code (format or check digit)")
        return code

    def loinc_answer(self, value: Any, path: str) -> str:
        code = self.string(value, path)
        if not _LOINC_ANSWER_PATTERN.match(code):
            raise self.fail(path, f"{code!r} is not a LOINC answer code (LAnnnn-n)")
        return code

    # structures

    def options(self, value: Any, path: str) -> tuple[AnswerOption, ...]:
        options: list[AnswerOption] = []
        for index, raw in enumerate(self.sequence(value, path)):
            where = f"{path}[{index}]"
            entry = self.mapping(raw, where)
            loinc = entry.get("loinc")
            options.append(
                AnswerOption(
                    value=self.integer(self.required(entry, "value", where), f"{where}.value"),
                    text=self.localized(self.required(entry, "text", where), f"{where}.text"),
                    loinc=None if loinc is None else self.loinc_answer(loinc, f"{where}.loinc"),
                )
            )
        values = sorted(option.value for option in options)
        if values != list(range(len(values))):
            raise self.fail(path, f"option values must be 0..{len(values) - 1}, got {values}")
        return tuple(options)

    def items(self, value: Any, path: str) -> tuple[Item, ...]:
        items: list[Item] = []
        seen: dict[str, Item] = {}
        for index, raw in enumerate(self.sequence(value, path)):
            where = f"{path}[{index}]"
            entry = self.mapping(raw, where)
            item_id = self.identifier(self.required(entry, "id", where), f"{where}.id")
            if item_id in seen:
                raise self.fail(f"{where}.id", f"duplicate item id {item_id!r}")
            number = self.integer(self.required(entry, "number", where), f"{where}.number")
            if number < 1:
                raise self.fail(f"{where}.number", "must be 1 or more")
            loinc = entry.get("loinc")
            ask_if: dict[str, bool] = {}
            for earlier, answer in self.mapping(entry.get("ask_if", {}), f"{where}.ask_if").items():
                if earlier not in seen:
                    raise self.fail(
                        f"{where}.ask_if", f"{earlier!r} must name an earlier item of this form"
                    )
                if not isinstance(answer, bool):
                    raise self.fail(f"{where}.ask_if.{earlier}", "expected true or false")
                ask_if[earlier] = answer
            recall = entry.get("recall")
            if recall is not None and recall not in _RECALLS:
                raise self.fail(f"{where}.recall", f"expected one of {list(_RECALLS)}")
            item = Item(
                id=item_id,
                number=number,
                text=self.localized(self.required(entry, "text", where), f"{where}.text"),
                loinc=None if loinc is None else self.loinc(loinc, f"{where}.loinc"),
                ask_if=MappingProxyType(ask_if),
                recall=recall,
            )
            seen[item_id] = item
            items.append(item)
        return tuple(items)

    def wording(self, value: Any, path: str) -> dict[str, WordingSource]:
        data = self.mapping(value, path)
        wording: dict[str, WordingSource] = {}
        for locale in LOCALES:
            entry = self.mapping(self.required(data, locale, path), f"{path}.{locale}")
            status = self.required(entry, "status", f"{path}.{locale}")
            if status not in _WORDING_STATUSES:
                raise self.fail(
                    f"{path}.{locale}.status", f"expected one of {list(_WORDING_STATUSES)}"
                )
            source = self.string(
                self.required(entry, "source", f"{path}.{locale}"), f"{path}.{locale}.source"
            )
            wording[locale] = WordingSource(status=status, source=" ".join(source.split()))
        return wording

    def scoring(self, value: Any, path: str, instrument_items: int, top: int) -> Scoring:
        data = self.mapping(value, path)
        max_total = self.integer(self.required(data, "max_total", path), f"{path}.max_total")
        if max_total != instrument_items * top:
            raise self.fail(
                f"{path}.max_total",
                f"{max_total} does not match {instrument_items} items x {top} points",
            )
        bands: list[Band] = []
        for index, raw in enumerate(self.sequence(self.required(data, "bands", path), "bands")):
            where = f"{path}.bands[{index}]"
            entry = self.mapping(raw, where)
            bands.append(
                Band(
                    key=self.identifier(self.required(entry, "key", where), f"{where}.key"),
                    min=self.integer(self.required(entry, "min", where), f"{where}.min"),
                    max=self.integer(self.required(entry, "max", where), f"{where}.max"),
                    label=self.localized(self.required(entry, "label", where), f"{where}.label"),
                )
            )
        # Bands must tile 0..max_total exactly: no gap, no overlap, in order.
        expected_start = 0
        for index, band in enumerate(bands):
            where = f"{path}.bands[{index}]"
            if band.min != expected_start:
                raise self.fail(where, f"starts at {band.min}, expected {expected_start}")
            if band.max < band.min:
                raise self.fail(where, f"max {band.max} is below min {band.min}")
            expected_start = band.max + 1
        if expected_start != max_total + 1:
            raise self.fail(f"{path}.bands", f"end at {expected_start - 1}, expected {max_total}")
        if len({band.key for band in bands}) != len(bands):
            raise self.fail(f"{path}.bands", "band keys must be unique")
        cutoff = self.integer(
            self.required(data, "caseness_cutoff", path), f"{path}.caseness_cutoff"
        )
        if not 0 < cutoff <= max_total:
            raise self.fail(f"{path}.caseness_cutoff", f"must be within 1..{max_total}")
        safety_item = data.get("safety_item")
        return Scoring(
            max_total=max_total,
            caseness_cutoff=cutoff,
            bands=tuple(bands),
            safety_item=None
            if safety_item is None
            else self.identifier(safety_item, f"{path}.safety_item"),
        )

    def instrument(self, data: Any) -> Instrument:
        root = self.mapping(data, "<root>")
        kind = self.required(root, "kind", "")
        if kind not in _KINDS:
            raise self.fail("kind", f"expected one of {list(_KINDS)}")
        options = self.options(self.required(root, "options", ""), "options")
        items = self.items(self.required(root, "items", ""), "items")
        loinc = root.get("loinc")
        loinc_panel = loinc_total = None
        if loinc is not None:
            codes = self.mapping(loinc, "loinc")
            loinc_panel = self.loinc(self.required(codes, "panel", "loinc"), "loinc.panel")
            loinc_total = self.loinc(self.required(codes, "total", "loinc"), "loinc.total")
        difficulty = None
        if root.get("difficulty") is not None:
            entry = self.mapping(root["difficulty"], "difficulty")
            code = entry.get("loinc")
            difficulty = DifficultyQuestion(
                id=self.identifier(self.required(entry, "id", "difficulty"), "difficulty.id"),
                text=self.localized(self.required(entry, "text", "difficulty"), "difficulty.text"),
                options=self.options(
                    self.required(entry, "options", "difficulty"), "difficulty.options"
                ),
                loinc=None if code is None else self.loinc(code, "difficulty.loinc"),
            )
        scoring = None
        if kind == "frequency_scale":
            if any(item.ask_if for item in items):
                raise self.fail("items", "a summed scale cannot skip items")
            scoring = self.scoring(
                self.required(root, "scoring", ""),
                "scoring",
                len(items),
                max(option.value for option in options),
            )
            if scoring.safety_item is not None and scoring.safety_item not in {
                item.id for item in items
            }:
                raise self.fail("scoring.safety_item", f"no item {scoring.safety_item!r}")
            if loinc_total is None:
                raise self.fail("loinc", "a scored scale needs LOINC panel and total codes")
            missing = [item.id for item in items if item.loinc is None] + [
                f"options[{option.value}]" for option in options if option.loinc is None
            ]
            if missing:
                raise self.fail("items", f"LOINC codes missing for {missing}")
        elif sorted(option.value for option in options) != [0, 1]:
            raise self.fail("options", "a yes/no screener needs exactly the values 0 and 1")
        return Instrument(
            id=self.identifier(self.required(root, "id", ""), "id"),
            name=self.string(self.required(root, "name", ""), "name"),
            kind=kind,
            title=self.localized(self.required(root, "title", ""), "title"),
            copyright=" ".join(
                self.string(self.required(root, "copyright", ""), "copyright").split()
            ),
            wording=MappingProxyType(self.wording(self.required(root, "wording", ""), "wording")),
            stem=self.localized(self.required(root, "stem", ""), "stem"),
            options=options,
            items=items,
            difficulty=difficulty,
            scoring=scoring,
            loinc_panel=loinc_panel,
            loinc_total=loinc_total,
        )
