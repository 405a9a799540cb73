"""The plain-language consent text, its version and the SHA-256 of exactly what was shown.

The wording lives in ``consent.yaml`` beside this module; it is validated when first loaded so a
broken edit fails at start-up with a clear message rather than on a client's screen.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from tandem.accounts.streams import ALL_STREAMS, Stream

CONSENT_FILE = Path(__file__).with_name("consent.yaml")
FALLBACK_LANGUAGE = "en"


class ConsentTextError(ValueError):
    """consent.yaml is missing something a client must be shown."""


@dataclass(frozen=True)
class ConsentSection:
    heading: str
    body: str


@dataclass(frozen=True)
class StreamText:
    stream: Stream
    label: str
    description: str


@dataclass(frozen=True)
class ConsentText:
    version: str
    language: str
    title: str
    sections: tuple[ConsentSection, ...]
    streams: tuple[StreamText, ...]
    safety_override: str
    no_clinician: str
    sha256: str

    def stream_text(self, stream: Stream) -> StreamText:
        return next(s for s in self.streams if s.stream is stream)


def _require_text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ConsentTextError(f"{CONSENT_FILE.name}: {where} must be non-empty text")
    return value.strip()


def _parse_language(version: str, language: str, raw: Any) -> ConsentText:
    where = f"locales.{language}"
    if not isinstance(raw, dict):
        raise ConsentTextError(f"{CONSENT_FILE.name}: {where} must be a mapping")
    raw_sections = raw.get("sections")
    if not isinstance(raw_sections, list) or not raw_sections:
        raise ConsentTextError(f"{CONSENT_FILE.name}: {where}.sections must be a non-empty list")
    sections = tuple(
        ConsentSection(
            heading=_require_text(
                s.get("heading") if isinstance(s, dict) else None, f"{where}.sections[{i}].heading"
            ),
            body=_require_text(
                s.get("body") if isinstance(s, dict) else None, f"{where}.sections[{i}].body"
            ),
        )
        for i, s in enumerate(raw_sections)
    )
    raw_streams = raw.get("streams")
    if not isinstance(raw_streams, dict) or set(raw_streams) != {s.value for s in ALL_STREAMS}:
        raise ConsentTextError(
            f"{CONSENT_FILE.name}: {where}.streams must describe exactly "
            f"{', '.join(s.value for s in ALL_STREAMS)}"
        )
    streams = tuple(
        StreamText(
            stream=stream,
            label=_require_text(
                raw_streams[stream.value].get("label"), f"{where}.streams.{stream.value}.label"
            ),
            description=_require_text(
                raw_streams[stream.value].get("description"),
                f"{where}.streams.{stream.value}.description",
            ),
        )
        for stream in ALL_STREAMS
    )
    title = _require_text(raw.get("title"), f"{where}.title")
    safety_override = _require_text(raw.get("safety_override"), f"{where}.safety_override")
    no_clinician = _require_text(raw.get("no_clinician"), f"{where}.no_clinician")
    # The hash covers every word the client is shown, plus the version and language, in a
    # canonical form, so it identifies the text independently of YAML formatting.
    canonical = json.dumps(
        {
            "version": version,
            "language": language,
            "title": title,
            "sections": [[s.heading, s.body] for s in sections],
            "streams": [[s.stream.value, s.label, s.description] for s in streams],
            "safety_override": safety_override,
            "no_clinician": no_clinician,
        },
        ensure_ascii=False,
        sort_keys=True,
        separators=(",", ":"),
    )
    return ConsentText(
        version=version,
        language=language,
        title=title,
        sections=sections,
        streams=streams,
        safety_override=safety_override,
        no_clinician=no_clinician,
        sha256=hashlib.sha256(canonical.encode("utf-8")).hexdigest(),
    )


def parse_consent_document(document: Any) -> dict[str, ConsentText]:
    if not isinstance(document, dict):
        raise ConsentTextError(f"{CONSENT_FILE.name} must be a mapping")
    version = _require_text(document.get("version"), "version")
    locales = document.get("locales")
    if not isinstance(locales, dict) or FALLBACK_LANGUAGE not in locales:
        raise ConsentTextError(f"{CONSENT_FILE.name}: locales must include '{FALLBACK_LANGUAGE}'")
    return {
        str(language): _parse_language(version, str(language), raw)
        for language, raw in locales.items()
    }


@lru_cache(maxsize=1)
def _all_texts() -> dict[str, ConsentText]:
    with CONSENT_FILE.open(encoding="utf-8") as handle:
        return parse_consent_document(yaml.safe_load(handle))


def consent_text(locale: str | None) -> ConsentText:
    """The consent text for a locale such as ``es-MX`` (by language), English when not available."""
    language = (locale or FALLBACK_LANGUAGE).split("-", 1)[0].split("_", 1)[0].lower()
    texts = _all_texts()
    return texts.get(language, texts[FALLBACK_LANGUAGE])


def current_version() -> str:
    return consent_text(FALLBACK_LANGUAGE).version


def supported_languages() -> tuple[str, ...]:
    return tuple(_all_texts())
