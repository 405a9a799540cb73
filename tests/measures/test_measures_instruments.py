"""Instrument definitions: the published codes and wording, and validation of malformed files."""

from __future__ import annotations

import copy
from importlib import resources

import pytest
import yaml

from tandem.measures.instruments import (
    INSTRUMENT_IDS,
    InstrumentDefinitionError,
    UnknownInstrumentError,
    load_instrument,
    loinc_check_digit_ok,
    parse_instrument,
)

# The published LOINC codes, typed in from the LOINC PHQ-9 / GAD-7 panels (as the spec).
PHQ9_ITEM_CODES = [
    "44250-9",
    "44255-8",
    "44259-0",
    "44254-1",
    "44251-7",
    "44258-2",
    "44252-5",
    "44253-3",
    "44260-8",
]
GAD7_ITEM_CODES = ["69725-0", "68509-9", "69733-4", "69734-2", "69735-9", "69689-8", "69736-7"]
FREQUENCY_ANSWERS = [
    (0, "LA6568-5", "Not at all"),
    (1, "LA6569-3", "Several days"),
    (2, "LA6570-1", "More than half the days"),
    (3, "LA6571-9", "Nearly every day"),
]


def raw(instrument_id: str) -> dict:
    text = (
        resources.files("tandem.measures")
        .joinpath("instruments", f"{instrument_id}.yaml")
        .read_text("utf-8")
    )
    return yaml.safe_load(text)


@pytest.mark.parametrize("instrument_id", INSTRUMENT_IDS)
def test_every_instrument_loads_with_both_languages(instrument_id: str) -> None:
    instrument = load_instrument(instrument_id)
    assert instrument.id == instrument_id
    for item in instrument.items:
        assert item.text.get("en") and item.text.get("es")
        assert item.text.get("en") != item.text.get("es")
    assert set(instrument.wording) == {"en", "es"}


def test_phq9_codes_and_stem_are_the_published_ones() -> None:
    phq9 = load_instrument("phq9")
    assert phq9.loinc_panel == "44249-1"
    assert phq9.loinc_total == "44261-6"
    assert [item.loinc for item in phq9.items] == PHQ9_ITEM_CODES
    assert [(o.value, o.loinc, o.text.en) for o in phq9.options] == FREQUENCY_ANSWERS
    assert phq9.stem.en == (
        "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    )
    assert phq9.items[0].text.en == "Little interest or pleasure in doing things"
    assert phq9.items[8].text.en == (
        "Thoughts that you would be better off dead or of hurting yourself in some way"
    )
    assert phq9.scoring is not None and phq9.scoring.safety_item == "phq9_9"


def test_phq9_difficulty_question_is_present_and_unscored() -> None:
    phq9 = load_instrument("phq9")
    assert phq9.difficulty is not None
    assert phq9.difficulty.loinc == "69722-7"
    assert [o.loinc for o in phq9.difficulty.options] == [
        "LA6572-7",
        "LA6573-5",
        "LA6575-0",
        "LA6574-3",
    ]
    assert phq9.difficulty.id not in phq9.item_ids
    assert phq9.difficulty.text.en.startswith("If you checked off any problems")


def test_gad7_codes_and_items() -> None:
    gad7 = load_instrument("gad7")
    assert (gad7.loinc_panel, gad7.loinc_total) == ("69737-5", "70274-6")
    assert [item.loinc for item in gad7.items] == GAD7_ITEM_CODES
    assert [(o.value, o.loinc, o.text.en) for o in gad7.options] == FREQUENCY_ANSWERS
    assert gad7.items[1].text.en == "Not being able to stop or control worrying"


def test_spanish_wording_status_is_recorded() -> None:
    assert not load_instrument("phq9").is_team_translation("es")
    assert load_instrument("gad7").is_team_translation("es-MX")
    assert load_instrument("cssrs_screener").is_team_translation("es")
    assert load_instrument("phq9").stem.get("es").startswith("Durante las últimas 2 semanas")
    assert load_instrument("phq9").option(0).text.get("es") == "Ningún día"


def test_cssrs_skip_logic_is_data() -> None:
    cssrs = load_instrument("cssrs_screener")
    assert cssrs.item_ids == (
        "wish_dead",
        "suicidal_thoughts",
        "method",
        "intent",
        "plan",
        "behaviour_lifetime",
        "behaviour_past_3_months",
    )
    for item_id in ("method", "intent", "plan"):
        assert cssrs.item(item_id).ask_if == {"suicidal_thoughts": True}
    assert cssrs.item("behaviour_past_3_months").ask_if == {"behaviour_lifetime": True}
    assert cssrs.item("wish_dead").ask_if == {}


@pytest.mark.parametrize("code", [*PHQ9_ITEM_CODES, *GAD7_ITEM_CODES, "44249-1", "69737-5"])
def test_loinc_check_digits_of_published_codes(code: str) -> None:
    assert loinc_check_digit_ok(code)


@pytest.mark.parametrize("code", ["68509-6", "44250-8", "44249", "ABC-1", "", "4425O-9"])
def test_loinc_check_digit_rejects_typos(code: str) -> None:
    assert not loinc_check_digit_ok(code)


def test_unknown_instrument() -> None:
    with pytest.raises(UnknownInstrumentError, match="Unknown questionnaire 'bdi'"):
        load_instrument("bdi")


def _expect_error(data: dict, fragment: str) -> None:
    with pytest.raises(InstrumentDefinitionError) as info:
        parse_instrument(data, source="test.yaml")
    assert "test.yaml" in str(info.value)
    assert fragment in str(info.value)


def test_mistyped_loinc_code_is_rejected() -> None:
    data = copy.deepcopy(raw("gad7"))
    data["items"][1]["loinc"] = "68509-6"
    _expect_error(data, "items[1].loinc")


def test_gap_between_bands_is_rejected() -> None:
    data = copy.deepcopy(raw("phq9"))
    data["scoring"]["bands"][1]["min"] = 6
    _expect_error(data, "bands[1]")


def test_overlapping_or_short_bands_are_rejected() -> None:
    data = copy.deepcopy(raw("phq9"))
    data["scoring"]["bands"][-1]["max"] = 26
    _expect_error(data, "expected 27")


def test_max_total_must_match_items() -> None:
    data = copy.deepcopy(raw("gad7"))
    data["scoring"]["max_total"] = 27
    _expect_error(data, "max_total")


def test_missing_translation_is_rejected() -> None:
    data = copy.deepcopy(raw("phq9"))
    del data["items"][4]["text"]["es"]
    _expect_error(data, "items[4].text.es")


def test_duplicate_item_ids_are_rejected() -> None:
    data = copy.deepcopy(raw("phq9"))
    data["items"][3]["id"] = data["items"][2]["id"]
    _expect_error(data, "duplicate item id")


def test_skip_logic_must_point_backwards() -> None:
    data = copy.deepcopy(raw("cssrs_screener"))
    data["items"][0]["ask_if"] = {"plan": True}
    _expect_error(data, "earlier item")


def test_wording_status_must_be_known() -> None:
    data = copy.deepcopy(raw("gad7"))
    data["wording"]["es"]["status"] = "machine"
    _expect_error(data, "wording.es.status")


def test_scored_scale_needs_answer_codes() -> None:
    data = copy.deepcopy(raw("phq9"))
    del data["options"][2]["loinc"]
    _expect_error(data, "LOINC codes missing")


def test_boolean_is_not_an_integer_in_definitions() -> None:
    data = copy.deepcopy(raw("phq9"))
    data["options"][1]["value"] = True
    _expect_error(data, "options[1].value")


def test_loaded_definitions_are_read_only() -> None:
    phq9 = load_instrument("phq9")
    with pytest.raises(TypeError):
        phq9.items[0].text.values["en"] = "changed"  # type: ignore[index]
    with pytest.raises(TypeError):
        phq9.wording["es"] = phq9.wording["en"]  # type: ignore[index]
    assert load_instrument("phq9").items[0].text.en == "Little interest or pleasure in doing things"
