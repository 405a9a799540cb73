"""Crisis resources come from data, by country and locale, and are never invented."""

from __future__ import annotations

import copy
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tandem.safety.resources import (
    ClinicResources,
    CrisisResource,
    InvalidClinicResources,
    ResourceDataError,
    load_catalog,
    parse_catalog,
    resolve_country,
    resources_for,
    split_locale,
)

DATA = Path(__file__).resolve().parents[2] / "tandem" / "safety" / "data" / "resources.yaml"


def raw_data() -> dict[str, Any]:
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def digits(text: str) -> str:
    return re.sub(r"\D", "", text)


# -- the starter set, exactly as DESIGN §3 lists it ---------------------------------------------


@pytest.mark.parametrize(
    ("locale", "emergency", "primary", "text_option"),
    [
        ("en-US", "911", "988", "741741"),
        ("es-US", "911", "988", "741741"),
        ("en-CA", "911", "988", "988"),
        ("es-MX", "911", "800 911 2000", None),
        ("en-GB", "999", "116 123", None),
        ("en-IE", "112", "116 123", None),
        ("es-ES", "112", "024", None),
        ("en-AU", "000", "13 11 14", None),
    ],
)
def test_starter_set_per_locale(
    locale: str, emergency: str, primary: str, text_option: str | None
) -> None:
    rs = resources_for(locale)
    assert rs.emergency is not None and rs.emergency.contact == emergency
    assert rs.emergency.kind == "emergency"
    assert rs.primary_live is not None and rs.primary_live.contact == primary
    if text_option is None:
        assert rs.text_option is None
    else:
        assert rs.text_option is not None and rs.text_option.contact == text_option
        assert rs.text_option.kind == "text"


def test_us_988_in_spanish_says_press_2_and_call_or_text() -> None:
    lifeline = resources_for("es-US").primary_live
    assert lifeline is not None
    assert "marca el 2" in lifeline.instruction("es")
    assert "texto" in lifeline.instruction("es")
    assert "text" in lifeline.instruction("en").lower()


def test_crisis_text_line_is_text_home_to_741741() -> None:
    ctl = resources_for("en-US").text_option
    assert ctl is not None
    assert "HOME" in ctl.instruction("en") and "741741" in ctl.instruction("en")


def test_eu_country_without_a_listed_line_gets_112_and_no_invented_line() -> None:
    rs = resources_for("de-DE")
    assert rs.emergency is not None and rs.emergency.contact == "112"
    assert rs.primary_live is None and rs.text_option is None


@pytest.mark.parametrize("locale", ["ja-JP", "pt-BR", "en-NZ", "ja", "xx"])
def test_unknown_country_gets_no_number_at_all(locale: str) -> None:
    rs = resources_for(locale)
    assert rs.emergency is None and rs.primary_live is None and rs.text_option is None
    assert rs.all == ()
    for lang in ("en", "es"):
        phrase = rs.call_emergency(lang)
        assert not re.search(r"\d", phrase)
        assert "emergenc" in phrase


def test_known_country_call_phrase_names_its_number() -> None:
    assert resources_for("en-GB").call_emergency("en") == "call 999"
    assert resources_for("es-MX").call_emergency("es") == "llama al 911"


# -- which country applies ----------------------------------------------------------------------


def test_split_locale() -> None:
    assert split_locale("es-MX") == ("es", "MX")
    assert split_locale("en_GB") == ("en", "GB")
    assert split_locale("es") == ("es", None)
    assert split_locale("zh-Hant-TW") == ("zh", "TW")


def test_language_defaults_en_us_es_spain() -> None:
    assert resolve_country("en") == "US"
    assert resolve_country("es") == "ES"


def test_order_caller_then_clinic_then_locale_then_language() -> None:
    assert resolve_country("es-ES", country="mx", clinic_country="US") == "MX"
    assert resolve_country("es-ES", clinic_country="US") == "US"
    assert resolve_country("es-ES") == "ES"
    assert resolve_country("en-UK") == "GB"  # alias


def test_spanish_speaker_in_a_us_clinic_gets_988_not_024() -> None:
    rs = resources_for("es-ES", clinic_overrides=ClinicResources(country="US"))
    assert rs.primary_live is not None and rs.primary_live.id == "us-988"


# -- the clinic's own resources ----------------------------------------------------------------


def test_clinic_on_call_is_included_with_its_number_in_both_languages() -> None:
    clinic = ClinicResources(on_call_name="Dr Rivera", on_call_phone="+1 555 0142", country="US")
    rs = resources_for("en", clinic_overrides=clinic)
    assert rs.on_call is not None
    assert rs.on_call.kind == "oncall"
    assert rs.on_call in rs.all
    for lang in ("en", "es"):
        sentence = rs.on_call.instruction(lang)
        assert "Dr Rivera" in sentence and "+1 555 0142" in sentence


def test_clinic_extra_resources_are_listed() -> None:
    extra = CrisisResource(
        id="clinic-walk-in",
        name="Walk-in crisis clinic",
        country="US",
        kind="call",
        contact="555 0199",
        instructions={"en": "Call the walk-in clinic at 555 0199.", "es": "Llama al 555 0199."},
    )
    rs = resources_for("en-US", clinic_overrides=ClinicResources(extra=[extra]))
    assert extra in rs.all
    assert rs.primary_live is not None and rs.primary_live.id == "us-988"


@pytest.mark.parametrize(
    "kwargs",
    [
        {"on_call_name": "Dr X", "on_call_phone": "call me maybe"},
        {"on_call_phone": "ask at reception"},
        {"country": "Spain"},
    ],
)
def test_malformed_clinic_resources_are_rejected(kwargs: dict[str, Any]) -> None:
    with pytest.raises(InvalidClinicResources):
        ClinicResources(**kwargs)


def test_missing_clinic_pieces_are_not_errors_and_invent_nothing() -> None:
    # A name with no number is not offered; empty settings mean no on-call line.
    for clinic in (
        ClinicResources(on_call_name="Dr X"),
        ClinicResources(on_call_name="", on_call_phone="", country=""),
        ClinicResources(on_call_name=None, on_call_phone=None, country=None),
    ):
        rs = resources_for("en-US", clinic_overrides=clinic)
        assert rs.on_call is None
        assert rs.primary_live is not None and rs.primary_live.id == "us-988"


def test_on_call_number_without_a_name_is_offered_in_plain_words() -> None:
    rs = resources_for("es-ES", clinic_overrides=ClinicResources(on_call_phone="600 123 456"))
    assert rs.on_call is not None
    assert rs.on_call.instruction("es") == (
        "También puedes llamar a la guardia de tu clínica al 600 123 456."
    )
    assert "{name}" not in rs.on_call.instruction("en")


def test_clinic_extra_whose_sentence_lacks_its_number_is_rejected() -> None:
    drifting = CrisisResource(
        id="clinic-line",
        name="Clinic line",
        country="US",
        kind="call",
        contact="555 0100",
        instructions={"en": "Call the clinic line."},
    )
    with pytest.raises(InvalidClinicResources, match="does not contain the contact"):
        ClinicResources(extra=[drifting])


# -- data validation ----------------------------------------------------------------------------


def test_shipped_data_is_valid_and_every_sentence_carries_its_number() -> None:
    catalog = load_catalog()
    assert len(catalog.resources) >= 17
    for resource in catalog.resources.values():
        for lang in ("en", "es"):
            assert digits(resource.contact) in digits(resource.instruction(lang))


def test_load_catalog_from_a_path(tmp_path: Path) -> None:
    path = tmp_path / "resources.yaml"
    path.write_text(DATA.read_text(encoding="utf-8"), encoding="utf-8")
    assert set(load_catalog(path).countries) == set(load_catalog().countries)


def _broken(mutate: Any) -> dict[str, Any]:
    data = copy.deepcopy(raw_data())
    mutate(data)
    return data


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["resources"][0].update(contact="nine-eight-eight"), "not a phone number"),
        (lambda d: d["resources"][0].update(kind="pager"), "kind"),
        (lambda d: d["resources"][0]["instructions"].pop("es"), "'es'"),
        (lambda d: d["resources"][0]["instructions"].update(en="Call the lifeline."), "contact"),
        (lambda d: d["countries"]["US"].update(primary_live="us-999"), "no resource"),
        (lambda d: d["countries"]["US"].update(emergency="us-988"), "wrong kind"),
        (lambda d: d["countries"]["US"].update(hotline="us-988"), "unknown role"),
        (lambda d: d["resources"].append(dict(d["resources"][0])), "used twice"),
        (lambda d: d["emergency_call"]["es"].update(generic="llama al 112"), "no number"),
        (lambda d: d["language_defaults"].pop("es"), "language_defaults"),
        (lambda d: d.update(version=2), "version"),
    ],
)
def test_malformed_data_fails_with_a_clear_error(mutate: Any, message: str) -> None:
    with pytest.raises(ResourceDataError, match=re.escape(message)):
        parse_catalog(_broken(mutate))


def test_poison_control_is_used_only_where_the_data_lists_one() -> None:
    assert resources_for("en-US").poison_control is None

    def add_poison(data: dict[str, Any]) -> None:
        data["resources"].append(
            {
                "id": "test-poison",
                "name": "Test poison line",
                "country": "US",
                "kind": "call",
                "contact": "555 0111",
                "instructions": {"en": "Call 555 0111.", "es": "Llama al 555 0111."},
            }
        )
        data["countries"]["US"]["poison_control"] = "test-poison"

    catalog = parse_catalog(_broken(add_poison))
    rs = resources_for("en-US", catalog=catalog)
    assert rs.poison_control is not None and rs.poison_control.contact == "555 0111"
