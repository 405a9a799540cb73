"""Crisis resources by country and locale, loaded from data and validated on load.

Every crisis number a client ever sees comes from ``data/resources.yaml`` or from the clinic's own
settings (its on-call line and extra resources). Nothing here invents a number: a country the data
does not know gets an empty :class:`ResourceSet`, and the responses fall back to wording that
names no number ("call your local emergency number").

Which country's resources a client gets, first match wins:

1. ``country`` passed by the caller (e.g. the client's own country setting);
2. the clinic's country (``ClinicResources.country``): clients of a clinic are usually where the
   clinic is, and a locale is often just a language preference (a Spanish speaker in the US may
   pick ``es-ES``; the clinic's country still gives them 988 with "press 2");
3. the locale's region (``es-MX`` -> MX, ``en-GB`` -> GB);
4. the language default in the data (``en`` -> US, ``es`` -> ES).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources as package_files
from pathlib import Path
from typing import Any, Literal, cast

import yaml

from tandem.core.errors import InvalidInput

ResourceKind = Literal["call", "text", "emergency", "oncall"]
RESOURCE_KINDS: tuple[str, ...] = ("call", "text", "emergency", "oncall")
# Languages every resource must be able to speak; responses exist in these languages.
REQUIRED_LANGUAGES: tuple[str, ...] = ("en", "es")
COUNTRY_ROLES: tuple[str, ...] = ("emergency", "primary_live", "text_option", "poison_control")

# A phone number or short code: digits, spaces, dashes, dots, brackets and a leading plus.
_CONTACT = re.compile(r"^\+?[0-9][0-9 ().\-]{1,24}$")
_COUNTRY = re.compile(r"^[A-Z]{2}$")
_ID = re.compile(r"^[a-z0-9][a-z0-9\-]{1,62}$")


class ResourceDataError(ValueError):
    """The resource data file is malformed; the message says where and why."""


class InvalidClinicResources(InvalidInput):
    code = "invalid_clinic_resources"
    default_message = "The clinic's crisis resources are not valid."


@dataclass(frozen=True)
class CrisisResource:
    id: str
    name: str
    country: str
    kind: ResourceKind
    contact: str
    # language -> one complete sentence telling the person what to do
    instructions: dict[str, str]
    hours: str = ""

    def instruction(self, lang: str) -> str:
        """The instruction in ``lang``, falling back to English, then to any language given."""
        return (
            self.instructions.get(lang)
            or self.instructions.get("en")
            or next(iter(self.instructions.values()))
        )

    def __hash__(self) -> int:  # dict fields are not hashable; ids are unique per set
        return hash((self.id, self.country, self.contact))


@dataclass(frozen=True)
class ClinicResources:
    """What a clinic adds to the public resources: its on-call line and its own extra services."""

    on_call_name: str | None = None
    on_call_phone: str | None = None
    extra: list[CrisisResource] = field(default_factory=list)
    country: str | None = None
    on_call_hours: str = ""

    def __post_init__(self) -> None:
        # Missing pieces are not errors (a clinic may have no on-call line yet, and a name with no
        # number is simply not offered); malformed values are, because a wrong number is worse
        # than none. Values come from the clinic's settings, so they are checked when saved too.
        problems: list[str] = []
        phone = (self.on_call_phone or "").strip()
        if phone and not _CONTACT.match(phone):
            problems.append(f"on-call phone {self.on_call_phone!r} is not a phone number")
        if self.country and not _COUNTRY.match(_canonical_country(self.country)):
            problems.append(f"country {self.country!r} is not a two-letter code")
        seen: set[str] = set()
        for resource in self.extra:
            problems.extend(
                f"extra resource {resource.id!r}: {p}" for p in _resource_problems(resource)
            )
            if resource.id in seen:
                problems.append(f"extra resource id {resource.id!r} is used twice")
            seen.add(resource.id)
        if problems:
            raise InvalidClinicResources("; ".join(problems), details=problems)


@dataclass(frozen=True)
class ResourceSet:
    """The resources for one client, each in the role a reply needs."""

    country: str | None
    emergency: CrisisResource | None = None
    primary_live: CrisisResource | None = None
    text_option: CrisisResource | None = None
    on_call: CrisisResource | None = None
    poison_control: CrisisResource | None = None
    extra: tuple[CrisisResource, ...] = ()
    # language -> "call 911" / "call your local emergency number" (no number when unknown)
    emergency_call: dict[str, str] = field(default_factory=dict)

    @property
    def all(self) -> tuple[CrisisResource, ...]:
        ordered = [
            self.emergency,
            self.primary_live,
            self.text_option,
            self.on_call,
            self.poison_control,
            *self.extra,
        ]
        seen: set[str] = set()
        out: list[CrisisResource] = []
        for resource in ordered:
            if resource is not None and resource.id not in seen:
                seen.add(resource.id)
                out.append(resource)
        return tuple(out)

    def call_emergency(self, lang: str) -> str:
        """A verb phrase: "call 911", or "call your local emergency number" when none is known."""
        return self.emergency_call.get(lang) or self.emergency_call["en"]

    def __hash__(self) -> int:
        return hash((self.country, tuple(r.id for r in self.all)))


@dataclass(frozen=True)
class ResourceCatalog:
    resources: dict[str, CrisisResource]
    countries: dict[str, dict[str, str]]
    language_defaults: dict[str, str]
    aliases: dict[str, str]
    emergency_call: dict[str, dict[str, str]]
    oncall_instructions: dict[str, str]
    oncall_instructions_unnamed: dict[str, str]


# ---------------------------------------------------------------------------------------------
# Loading and validation


def _canonical_country(code: str, aliases: dict[str, str] | None = None) -> str:
    upper = code.strip().upper()
    return (aliases or {"UK": "GB"}).get(upper, upper)


def _resource_problems(resource: CrisisResource) -> list[str]:
    problems: list[str] = []
    if not _ID.match(resource.id):
        problems.append("id must be lowercase letters, digits and dashes")
    if not resource.name.strip():
        problems.append("name is empty")
    if resource.kind not in RESOURCE_KINDS:
        problems.append(f"kind {resource.kind!r} is not one of {', '.join(RESOURCE_KINDS)}")
    if not _CONTACT.match(resource.contact.strip()):
        problems.append(f"contact {resource.contact!r} is not a phone number or short code")
    if not resource.instructions:
        problems.append("instructions are missing")
    for lang, text in resource.instructions.items():
        if not isinstance(text, str) or not text.strip():
            problems.append(f"instructions[{lang}] is empty")
        elif _digits(resource.contact) not in _digits(text):
            # The sentence a client reads must carry the very number we list, or it could drift.
            problems.append(
                f"instructions[{lang}] does not contain the contact {resource.contact!r}"
            )
    return problems


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _require_mapping(value: Any, where: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ResourceDataError(f"{where}: expected a mapping, got {type(value).__name__}")
    return cast(dict[str, Any], value)


def parse_catalog(raw: Any, *, source: str = "resources.yaml") -> ResourceCatalog:
    """Validate the parsed YAML and build the catalog; raise ResourceDataError on any problem."""
    data = _require_mapping(raw, source)
    if data.get("version") != 1:
        raise ResourceDataError(f"{source}: version must be 1")
    aliases = {
        str(k).upper(): str(v).upper()
        for k, v in _require_mapping(
            data.get("country_aliases", {}), f"{source}: country_aliases"
        ).items()
    }

    resources: dict[str, CrisisResource] = {}
    entries = data.get("resources")
    if not isinstance(entries, list) or not entries:
        raise ResourceDataError(f"{source}: resources must be a non-empty list")
    for index, entry in enumerate(entries):
        where = f"{source}: resources[{index}]"
        item = _require_mapping(entry, where)
        missing = [
            k for k in ("id", "name", "country", "kind", "contact", "instructions") if k not in item
        ]
        if missing:
            raise ResourceDataError(f"{where}: missing {', '.join(missing)}")
        instructions = {
            str(k): str(v)
            for k, v in _require_mapping(item["instructions"], f"{where}.instructions").items()
        }
        resource = CrisisResource(
            id=str(item["id"]),
            name=str(item["name"]),
            country=str(item["country"]).upper(),
            kind=cast(ResourceKind, str(item["kind"])),
            contact=str(item["contact"]),
            instructions=instructions,
            hours=str(item.get("hours", "")),
        )
        problems = _resource_problems(resource)
        problems += [
            f"instructions for {lang!r} are missing"
            for lang in REQUIRED_LANGUAGES
            if lang not in instructions
        ]
        if resource.kind == "oncall":
            problems.append("on-call lines come from clinic settings, not from this file")
        if problems:
            raise ResourceDataError(f"{where} ({resource.id}): " + "; ".join(problems))
        if resource.id in resources:
            raise ResourceDataError(f"{where}: id {resource.id!r} is used twice")
        resources[resource.id] = resource

    countries: dict[str, dict[str, str]] = {}
    for code, roles in _require_mapping(data.get("countries"), f"{source}: countries").items():
        where = f"{source}: countries.{code}"
        if not _COUNTRY.match(str(code)):
            raise ResourceDataError(f"{where}: not a two-letter upper-case country code")
        role_map = {str(k): str(v) for k, v in _require_mapping(roles, where).items()}
        for role, resource_id in role_map.items():
            if role not in COUNTRY_ROLES:
                raise ResourceDataError(
                    f"{where}: unknown role {role!r} (known: {', '.join(COUNTRY_ROLES)})"
                )
            if resource_id not in resources:
                raise ResourceDataError(f"{where}.{role}: no resource with id {resource_id!r}")
        expected_kinds = {
            "emergency": {"emergency"},
            "text_option": {"text"},
            "primary_live": {"call", "text"},
        }
        for role, kinds in expected_kinds.items():
            if role in role_map and resources[role_map[role]].kind not in kinds:
                raise ResourceDataError(
                    f"{where}.{role}: resource {role_map[role]!r} has the wrong kind"
                )
        countries[str(code)] = role_map

    defaults = {
        str(k): str(v).upper()
        for k, v in _require_mapping(
            data.get("language_defaults"), f"{source}: language_defaults"
        ).items()
    }
    for lang in REQUIRED_LANGUAGES:
        if lang not in defaults:
            raise ResourceDataError(f"{source}: language_defaults has no entry for {lang!r}")
    for lang, code in defaults.items():
        if code not in countries:
            raise ResourceDataError(
                f"{source}: language_defaults.{lang} names unknown country {code!r}"
            )

    emergency_call: dict[str, dict[str, str]] = {}
    for lang, forms in _require_mapping(
        data.get("emergency_call"), f"{source}: emergency_call"
    ).items():
        forms_map = {
            str(k): str(v)
            for k, v in _require_mapping(forms, f"{source}: emergency_call.{lang}").items()
        }
        if "{contact}" not in forms_map.get("known", ""):
            raise ResourceDataError(
                f"{source}: emergency_call.{lang}.known must contain {{contact}}"
            )
        if not forms_map.get("generic") or re.search(r"\d", forms_map["generic"]):
            raise ResourceDataError(
                f"{source}: emergency_call.{lang}.generic must be words, no number"
            )
        emergency_call[str(lang)] = forms_map
    oncall = {
        str(k): str(v)
        for k, v in _require_mapping(
            data.get("oncall_instructions"), f"{source}: oncall_instructions"
        ).items()
    }
    unnamed = {
        str(k): str(v)
        for k, v in _require_mapping(
            data.get("oncall_instructions_unnamed"), f"{source}: oncall_instructions_unnamed"
        ).items()
    }
    for lang in REQUIRED_LANGUAGES:
        if lang not in emergency_call:
            raise ResourceDataError(f"{source}: emergency_call has no entry for {lang!r}")
        if "{phone}" not in unnamed.get(lang, "") or "{name}" in unnamed.get(lang, ""):
            raise ResourceDataError(
                f"{source}: oncall_instructions_unnamed.{lang} needs {{phone}} and no {{name}}"
            )
        text = oncall.get(lang, "")
        if "{name}" not in text or "{phone}" not in text:
            raise ResourceDataError(
                f"{source}: oncall_instructions.{lang} needs {{name}} and {{phone}}"
            )

    return ResourceCatalog(
        resources=resources,
        countries=countries,
        language_defaults=defaults,
        aliases=aliases,
        emergency_call=emergency_call,
        oncall_instructions=oncall,
        oncall_instructions_unnamed=unnamed,
    )


def load_catalog(path: Path | None = None) -> ResourceCatalog:
    """Load a resource file; without ``path``, the one shipped in the package (cached)."""
    if path is None:
        return _default_catalog()
    return parse_catalog(yaml.safe_load(path.read_text(encoding="utf-8")), source=str(path))


@cache
def _default_catalog() -> ResourceCatalog:
    text = (
        package_files.files("tandem.safety")
        .joinpath("data/resources.yaml")
        .read_text(encoding="utf-8")
    )
    return parse_catalog(yaml.safe_load(text), source="tandem/safety/data/resources.yaml")


# ---------------------------------------------------------------------------------------------
# Choosing resources for a client


def split_locale(locale: str) -> tuple[str, str | None]:
    """Split a locale: "es-MX" -> ("es", "MX"); "en_GB" -> ("en", "GB"); "es" -> ("es", None)."""
    parts = re.split(r"[-_]", locale.strip())
    lang = parts[0].lower() if parts and parts[0] else "en"
    region = next((p.upper() for p in parts[1:] if re.fullmatch(r"[A-Za-z]{2}", p)), None)
    return lang, region


def resolve_country(
    locale: str,
    *,
    country: str | None = None,
    clinic_country: str | None = None,
    catalog: ResourceCatalog | None = None,
) -> str | None:
    """The country whose resources apply (see the module docstring for the order)."""
    catalog = catalog or load_catalog()
    lang, region = split_locale(locale)
    for candidate in (country, clinic_country, region):
        if candidate:
            return _canonical_country(candidate, catalog.aliases)
    # A language without a default (say "ja" with no region) gets no country: better the generic
    # "call your local emergency number" than a guessed country's numbers.
    return catalog.language_defaults.get(lang)


def resources_for(
    locale: str,
    *,
    country: str | None = None,
    clinic_overrides: ClinicResources | None = None,
    catalog: ResourceCatalog | None = None,
) -> ResourceSet:
    """The crisis resources for a client with this locale (and clinic, if any)."""
    catalog = catalog or load_catalog()
    code = resolve_country(
        locale,
        country=country,
        clinic_country=clinic_overrides.country if clinic_overrides else None,
        catalog=catalog,
    )
    roles = catalog.countries.get(code or "", {})

    def role(name: str) -> CrisisResource | None:
        resource_id = roles.get(name)
        return catalog.resources[resource_id] if resource_id else None

    emergency = role("emergency")
    emergency_call = {
        lang: (forms["known"].format(contact=emergency.contact) if emergency else forms["generic"])
        for lang, forms in catalog.emergency_call.items()
    }
    on_call = None
    extra: tuple[CrisisResource, ...] = ()
    if clinic_overrides is not None:
        extra = tuple(clinic_overrides.extra)
        phone = (clinic_overrides.on_call_phone or "").strip()
        if phone:
            name = (clinic_overrides.on_call_name or "").strip()
            templates = catalog.oncall_instructions if name else catalog.oncall_instructions_unnamed
            on_call = CrisisResource(
                id="clinic-on-call",
                name=name or "On-call",
                country=code or "",
                kind="oncall",
                contact=phone,
                instructions={
                    lang: text.format(name=name, phone=phone) for lang, text in templates.items()
                },
                hours=clinic_overrides.on_call_hours,
            )
    return ResourceSet(
        country=code,
        emergency=emergency,
        primary_live=role("primary_live"),
        text_option=role("text_option"),
        on_call=on_call,
        poison_control=role("poison_control"),
        extra=extra,
        emergency_call=emergency_call,
    )
