"""Deterministic crisis replies follow DESIGN §3's musts per level, in English and Spanish."""

from __future__ import annotations

import copy
import re
import statistics
from itertools import product
from pathlib import Path
from typing import Any

import pytest
import yaml

from tandem.safety.assessment import Assessment, RiskLevel
from tandem.safety.guard import check_output
from tandem.safety.resources import (
    ClinicResources,
    ResourceSet,
    parse_catalog,
    resources_for,
)
from tandem.safety.responses import (
    LEVELS,
    RESPONSE_CATEGORIES,
    ResponseContentError,
    SafetyPlanSummary,
    SafetyReply,
    build_safety_reply,
    choose_category,
    load_response_content,
    validate_response_content,
    warm_up,
)

DATA = Path(__file__).resolve().parents[2] / "tandem" / "safety" / "data"
LOW, MODERATE, HIGH, IMMINENT = LEVELS
CLINIC = ClinicResources(on_call_name="Dr Rivera", on_call_phone="+1 555 0142")
PLAN = SafetyPlanSummary(
    warning_signs=["not sleeping"],
    coping_strategies=["Walk the dog around the block.", "Call my sister"],
    people_to_contact=[("Maria", "555 0100"), ("Tom", "555 0101")],
    reasons_for_living=["my kids"],
)


def reply(
    level: RiskLevel,
    category: str = "ideation",
    *,
    locale: str = "en-US",
    lang: str | None = None,
    resources: ResourceSet | None = None,
    **kwargs: Any,
) -> SafetyReply:
    rs = resources if resources is not None else resources_for(locale)
    language = lang or locale.split("-")[0]
    return build_safety_reply(Assessment(level, (category,)), resources=rs, lang=language, **kwargs)


def sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", text) if s]


def numbers_in(text: str) -> list[str]:
    """Phone-like digit runs ("116 123", "+1 555 0142", "9-8-8") with separators removed."""
    return [re.sub(r"\D", "", m) for m in re.findall(r"\+?\d[\d \-]*\d|\d", text)]


ALL_CASES = list(product(("en", "es"), LEVELS, RESPONSE_CATEGORIES))


# -- every level, language and category renders ------------------------------------------------


@pytest.mark.parametrize(("lang", "level", "category"), ALL_CASES)
def test_every_level_language_and_category_renders(
    lang: str, level: RiskLevel, category: str
) -> None:
    r = reply(level, category, locale=f"{lang}-US" if lang == "en" else "es-MX")
    assert r.text.strip()
    assert r.level == level
    assert r.lang == lang
    assert r.quick_replies
    assert r.text.count("?") <= 1, "one question at a time"
    assert "{" not in r.text and "}" not in r.text, "no unfilled placeholder"


def test_level_none_gets_no_crisis_script() -> None:
    with pytest.raises(ValueError, match="none"):
        reply(RiskLevel.NONE)


# -- low ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("category", ["hopelessness", "ideation", "generic", "mania", "eating"])
def test_low_validates_mentions_24_7_support_therapist_and_asks_about_suicide(
    lang: str, category: str
) -> None:
    locale = "en-US" if lang == "en" else "es-US"
    rs = resources_for(locale)
    for variant in range(3):
        r = reply(LOW, category, locale=locale, lang=lang, variant=variant)
        text = r.text.lower()
        assert rs.primary_live is not None and rs.primary_live.instruction(lang) in r.text
        assert ("therapist" if lang == "en" else "terapeuta") in text
        question = sentences(r.text)[-1]
        assert question.endswith("?")
        assert re.search(r"suicid|ending your life|quitarte la vida", question.lower())
        assert r.text.count("?") == 1
        assert any(
            w in text
            for w in (
                "any hour",
                "day or night",
                "around the clock",
                "any time",
                "cualquier hora",
                "de día o de noche",
                "veinticuatro",
            )
        )
        assert not r.alerting_clinician


def test_low_for_a_standalone_client_points_to_a_doctor_not_a_therapist() -> None:
    r = reply(LOW, "hopelessness", has_clinician=False)
    assert "therapist" not in r.text.lower()
    assert "doctor or counselor" in r.text


# -- moderate -----------------------------------------------------------------------------------


@pytest.mark.parametrize(("lang", "category"), list(product(("en", "es"), RESPONSE_CATEGORIES)))
def test_moderate_asks_exactly_one_question_and_names_one_live_resource(
    lang: str, category: str
) -> None:
    locale = "en-GB" if lang == "en" else "es-ES"
    rs = resources_for(locale)
    for variant in range(3):
        for plan in (None, PLAN):
            r = reply(MODERATE, category, locale=locale, variant=variant, safety_plan=plan)
            assert r.text.count("?") == 1 and r.text.endswith("?")
            if lang == "es":
                assert r.text.count("¿") == 1
            assert rs.primary_live is not None and rs.primary_live.instruction(lang) in r.text
            live = [res for res in r.resources if res.kind in ("call", "text")]
            assert live == [rs.primary_live], "one specific live resource"
            assert r.alerting_clinician


def test_moderate_self_harm_urge_gets_a_concrete_step_now() -> None:
    r = reply(MODERATE, "self-harm")
    assert re.search(r"ice|cold water|room with other people", r.text)
    r_es = reply(MODERATE, "self-harm", locale="es-ES")
    assert re.search(r"hielo|agua fría|habitación donde haya gente", r_es.text)


def test_moderate_encourages_therapist_and_trusted_people_and_offers_a_plan() -> None:
    r = reply(MODERATE, "ideation")
    assert "therapist" in r.text
    assert re.search(r"someone you trust|friend or family", r.text)
    assert "safety plan" in r.text
    assert not r.show_safety_plan  # there is no plan to show yet
    standalone = reply(MODERATE, "ideation", has_clinician=False)
    assert "therapist" not in standalone.text
    assert not standalone.alerting_clinician


def test_moderate_third_party_says_a_crisis_line_can_be_called_for_someone_else() -> None:
    assert "someone else" in reply(MODERATE, "third-party").text
    assert "otra persona" in reply(MODERATE, "third-party", locale="es-MX").text


def test_moderate_method_seeking_refuses_kindly_and_asks_about_the_person() -> None:
    for variant in range(2):
        r = reply(MODERATE, "method-seeking", variant=variant)
        first = sentences(r.text)[0].lower()
        assert re.search(r"can't help|won't give", first)
        assert re.search(r"suicide|ending your life", sentences(r.text)[-1].lower())


# -- high ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "es"])
@pytest.mark.parametrize("category", RESPONSE_CATEGORIES)
def test_high_alert_line_only_with_a_clinician(lang: str, category: str) -> None:
    content = load_response_content(lang)
    alert_lines = content.fixed["alert"] + content.fixed["alert_oncall"]
    locale = "en-US" if lang == "en" else "es-MX"
    with_clinician = reply(HIGH, category, locale=locale, has_clinician=True)
    standalone = reply(HIGH, category, locale=locale, has_clinician=False)
    assert any(line in with_clinician.text for line in alert_lines)
    assert not any(line in standalone.text for line in alert_lines)
    assert with_clinician.alerting_clinician and not standalone.alerting_clinician
    assert standalone.resources, "standalone clients still get resources"


def test_high_names_live_help_emergency_presence_means_and_texting() -> None:
    r = reply(HIGH, "ideation")
    assert "988" in r.text and "911" in r.text
    assert "741741" in r.text, "barrier: text instead of calling"
    assert re.search(r"someone (to come and )?(be|stay) with you|other people around", r.text)
    assert re.search(r"anything you could (use to )?hurt yourself", r.text)
    assert r.text.endswith("?")
    first = sentences(r.text)[0].lower()
    assert "live" in first, "live help is the first step"


def test_high_without_a_text_line_asks_someone_to_call_with_them() -> None:
    r = reply(HIGH, "ideation", locale="es-ES")
    assert "024" in r.text and "112" in r.text
    assert "haga la llamada contigo" in r.text or "llame contigo" in r.text


def test_high_includes_the_clinic_on_call_line_and_says_on_call_is_alerted() -> None:
    r = reply(HIGH, "ideation", resources=resources_for("en-US", clinic_overrides=CLINIC))
    assert "+1 555 0142" in r.text and "Dr Rivera" in r.text
    assert "on-call" in r.text
    assert any(res.kind == "oncall" for res in r.resources)


@pytest.mark.parametrize("category", ["harm-to-others", "abuse", "medical", "third-party"])
def test_high_with_a_target_or_present_danger_puts_emergency_in_the_first_sentence(
    category: str,
) -> None:
    for variant in range(2):
        assert "911" in sentences(reply(HIGH, category, variant=variant).text)[0]


def test_abuse_reply_is_not_blaming_and_never_promises_secrecy() -> None:
    for lang, level in product(("en", "es"), LEVELS):
        r = reply(level, "abuse", locale="en-US" if lang == "en" else "es-MX")
        assert check_output(r.text, lang=lang, context_level=level).allowed
    assert "not your fault" in reply(MODERATE, "abuse").text
    assert "no es culpa tuya" in reply(MODERATE, "abuse", locale="es-ES").text


# -- imminent -----------------------------------------------------------------------------------


@pytest.mark.parametrize("locale", ["en-US", "en-GB", "en-AU", "es-ES", "es-MX", "en-IE", "de-DE"])
@pytest.mark.parametrize("category", RESPONSE_CATEGORIES)
def test_imminent_puts_the_emergency_number_in_the_first_sentence(
    locale: str, category: str
) -> None:
    rs = resources_for(locale)
    assert rs.emergency is not None
    for variant in range(3):
        r = reply(IMMINENT, category, locale=locale, variant=variant, client_name="Sam")
        first = sentences(r.text)[0]
        assert rs.emergency.contact in first
        assert first.startswith("Sam, ")
        assert rs.emergency in r.resources


def test_imminent_in_an_unknown_country_says_local_emergency_number_and_no_digits() -> None:
    for lang in ("en", "es"):
        r = reply(IMMINENT, "medical", locale=f"{lang}-JP")
        first = sentences(r.text)[0].lower()
        assert "emergenc" in first
        assert not re.search(r"\d", r.text), "no invented number"
        assert r.resources == []


def test_medical_uses_poison_control_only_when_the_data_lists_one() -> None:
    assert "poison" not in reply(IMMINENT, "medical").text.lower()
    data = yaml.safe_load((DATA / "resources.yaml").read_text(encoding="utf-8"))
    data["resources"].append(
        {
            "id": "test-poison",
            "name": "Test poison line",
            "country": "US",
            "kind": "call",
            "contact": "555 0111",
            "instructions": {"en": "Call poison help at 555 0111.", "es": "Llama al 555 0111."},
        }
    )
    data["countries"]["US"]["poison_control"] = "test-poison"
    rs = resources_for("en-US", catalog=parse_catalog(data))
    r = reply(IMMINENT, "medical", resources=rs)
    assert "555 0111" in r.text
    assert sentences(r.text)[0].count("911") == 1
    assert "555 0111" not in reply(IMMINENT, "ideation", resources=rs).text


# -- hard rules across everything ---------------------------------------------------------------


SWEEP = [
    ("en-US", CLINIC, "en"),
    ("es-US", None, "es"),
    ("es-MX", None, "es"),
    ("es-ES", CLINIC, "es"),
    ("en-GB", None, "en"),
    ("en-CA", None, "en"),
    ("ja-JP", None, "en"),
    ("ja-JP", None, "es"),
]


def _all_replies() -> list[tuple[SafetyReply, ResourceSet, SafetyPlanSummary | None]]:
    """Every level x category x variant, with and without a plan, clinician, name, known country."""
    out = []
    for locale, clinic, lang in SWEEP:
        rs = resources_for(locale, clinic_overrides=clinic)
        for level, category, variant in product(LEVELS, RESPONSE_CATEGORIES, range(3)):
            for plan, has_clinician in ((None, True), (PLAN, True), (None, False)):
                r = build_safety_reply(
                    Assessment(level, (category,)),
                    resources=rs,
                    lang=lang,
                    client_name="Ana" if variant % 2 else None,
                    has_clinician=has_clinician,
                    safety_plan=plan,
                    variant=variant,
                )
                out.append((r, rs, plan))
    return out


@pytest.fixture(scope="module")
def all_replies() -> list[tuple[SafetyReply, ResourceSet, SafetyPlanSummary | None]]:
    return _all_replies()


def test_no_reply_ever_fails_the_output_guard(all_replies: list[Any]) -> None:
    failures = []
    distinct = {(r.text, r.lang, r.level) for r, _, _ in all_replies}
    for text, lang, level in distinct:
        result = check_output(text, lang=lang, context_level=level)
        if result.reasons:  # not even a non-blocking style finding
            failures.append((result.reasons, text))
    assert len(distinct) > 2_000
    assert failures == []


def test_every_number_in_a_reply_comes_from_the_data_or_the_clients_plan(
    all_replies: list[Any],
) -> None:
    for r, rs, plan in all_replies:
        # Contacts, plus numbers inside the data's own sentences ("press 2" for Spanish at 988).
        allowed = {re.sub(r"\D", "", res.contact) for res in rs.all}
        allowed |= {n for res in rs.all for n in numbers_in(res.instruction(r.lang))}
        if plan is not None:
            allowed |= {re.sub(r"\D", "", phone) for _, phone in plan.people_to_contact}
        for number in numbers_in(r.text):
            # every digit run is part of a listed contact (names like "9-8-8" split oddly)
            assert any(number in contact for contact in allowed), (number, r.text)
        for res in r.resources:
            assert res in rs.all


def test_no_secrecy_no_human_claim_and_safe_language(all_replies: list[Any]) -> None:
    for r, _, _ in all_replies:
        low = r.text.lower()
        assert "commit suicide" not in low and "cometer suicidio" not in low
        assert "secret" not in low and "secreto" not in low
        assert "i'm a person" not in low and "soy una persona" not in low


def test_name_is_used_when_given_and_only_then() -> None:
    for level in LEVELS:
        assert reply(level, client_name="  Ana  ").text.startswith("Ana, ")
        assert "Ana" not in reply(level).text
        assert reply(level).text[0].isupper()


def test_safety_plan_first_coping_step_and_first_contact_appear() -> None:
    for level in (LOW, MODERATE, HIGH):
        r = reply(level, safety_plan=PLAN)
        assert "Walk the dog around the block" in r.text
        assert "Maria (555 0100)" in r.text
        assert "Tom" not in r.text and "sister" not in r.text  # only the first of each
    imminent = reply(IMMINENT, safety_plan=PLAN)
    assert "Maria (555 0100)" in imminent.text
    for level in (MODERATE, HIGH, IMMINENT):
        r = reply(level, safety_plan=PLAN)
        assert r.show_safety_plan
        assert "Show my safety plan" in r.quick_replies
    assert "Ver mi plan de seguridad" in reply(HIGH, locale="es-ES", safety_plan=PLAN).quick_replies
    assert not reply(HIGH).show_safety_plan


def test_plan_text_cannot_add_a_second_question() -> None:
    odd = SafetyPlanSummary(coping_strategies=["ask myself: is this thought true?"])
    r = reply(MODERATE, safety_plan=odd)
    assert r.text.count("?") == 1


@pytest.mark.parametrize(("lang", "level"), list(product(("en", "es"), LEVELS)))
def test_variants_differ(lang: str, level: RiskLevel) -> None:
    locale = "en-US" if lang == "en" else "es-ES"
    texts = {reply(level, "ideation", locale=locale, variant=v).text for v in range(3)}
    assert len(texts) >= 2


_ENGLISH_MARKERS = re.compile(r"\b(the|you|your|and|please|right now|with|someone)\b", re.I)
_SPANISH_MARKERS = re.compile(r"\b(que|tu|con|para|ahora|alguien|está|puedes|el|la)\b", re.I)


def test_spanish_replies_are_spanish(all_replies: list[Any]) -> None:
    for r, rs, plan in all_replies:
        if r.lang != "es":
            continue
        # Words that come from data in any language (names, plan text) are not the reply's own.
        text = r.text
        for res in rs.all:
            text = text.replace(res.name, "")
        if plan is not None:
            for item in (*plan.coping_strategies, *(n for n, _ in plan.people_to_contact)):
                text = text.rstrip(".").replace(item.rstrip("."), "")
        text = text.replace("HOME", "")
        assert not _ENGLISH_MARKERS.search(text), text
        assert len(_SPANISH_MARKERS.findall(text)) >= 3


def _syllables(word: str) -> int:
    groups = re.findall(r"[aeiouy]+", word.lower())
    count = len(groups) - (1 if word.lower().endswith("e") and len(groups) > 1 else 0)
    return max(1, count)


def test_english_replies_read_at_a_primary_school_level() -> None:
    """Flesch–Kincaid grade (a rough syllable count) stays well below the reading age of 12."""
    grades = []
    for level, category in product(LEVELS, RESPONSE_CATEGORIES):
        text = reply(level, category).text
        words = re.findall(r"[A-Za-z']+", text)
        n_sentences = len([s for s in re.split(r"[.!?:;]+\s", text) if s.strip()])
        syllables = sum(_syllables(w) for w in words)
        grades.append(0.39 * len(words) / n_sentences + 11.8 * syllables / len(words) - 15.59)
    assert statistics.mean(grades) < 6
    assert max(grades) < 8


def test_crisis_replies_stay_short() -> None:
    full = resources_for("en-US", clinic_overrides=CLINIC)
    for level, category in product(LEVELS, RESPONSE_CATEGORIES):
        words = len(reply(level, category, resources=full, safety_plan=PLAN).text.split())
        assert words <= 160, (level, category, words)


# -- category choice ----------------------------------------------------------------------------


def test_choose_category_prefers_the_one_that_changes_the_first_step() -> None:
    assert choose_category(Assessment(HIGH, ("ideation", "medical"))) == "medical"
    assert choose_category(Assessment(HIGH, ("ideation", "third-party"))) == "third-party"
    assert choose_category(Assessment(HIGH, ("preparatory",))) == "ideation"
    assert choose_category(Assessment(LOW, ("burdensomeness",))) == "hopelessness"
    assert choose_category(Assessment(LOW, ("ocd",))) == "generic"
    assert choose_category(Assessment(LOW, ())) == "generic"


def test_language_falls_back_to_english_and_accepts_locales() -> None:
    assert reply(HIGH, lang="es-MX").lang == "es"
    assert reply(HIGH, lang="fr").lang == "en"


# -- content validation -------------------------------------------------------------------------


def _content(lang: str) -> dict[str, Any]:
    return yaml.safe_load((DATA / f"responses.{lang}.yaml").read_text(encoding="utf-8"))


@pytest.mark.parametrize("lang", ["en", "es"])
def test_shipped_content_is_valid(lang: str) -> None:
    warm_up()
    content = validate_response_content(_content(lang), lang=lang)
    for part, by_level in content.parts.items():
        for level_label in by_level:
            assert content.parts[part][level_label]["generic"] is not None


def _set(data: dict[str, Any], path: str, value: Any) -> None:
    keys = path.split(".")
    for key in keys[:-1]:
        data = data[key]
    data[keys[-1]] = value


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("parts.opener.low.generic", ["{name_prefix}call 911.", "{name_prefix}hello."], "digit"),
        (
            "parts.opener.low.generic",
            ["{name_prefix}hi {nmae}.", "{name_prefix}hey."],
            "not allowed",
        ),
        ("parts.opener.low.generic", ["Hello there.", "{name_prefix}hi."], "name_prefix"),
        ("parts.question.moderate.generic", ["Are you safe? Are you alone?", "Ok?"], "exactly one"),
        ("parts.support.low.generic", ["Are you okay?", "Fine."], "only question parts"),
        (
            "parts.first.imminent.generic",
            ["{name_prefix}please get help.", "{name_prefix}go."],
            "call_emergency",
        ),
        ("parts.opener.low.generic", ["{name_prefix}only one."], "at least"),
        ("parts.opener.low.sports", ["{name_prefix}a.", "{name_prefix}b."], "unknown category"),
        ("parts.opener.moderate", {"ideation": ["{name_prefix}a."]}, "generic is missing"),
        ("parts.safety.high.generic", [], "cannot be left out"),
        ("fixed.alert", ["Only one."], "at least"),
        ("fixed.plan_both", ["{coping_step} helps.", "{coping_step}."], "contact"),
        ("quick_replies.high", [], "quick_replies.high"),
        ("lang", "fr", "expected 'en'"),
    ],
)
def test_malformed_content_fails_with_a_clear_error(path: str, value: Any, message: str) -> None:
    data = copy.deepcopy(_content("en"))
    _set(data, path, value)
    with pytest.raises(ResponseContentError, match=re.escape(message)):
        validate_response_content(data, lang="en")


def test_spanish_questions_must_open_with_the_inverted_mark() -> None:
    data = copy.deepcopy(_content("es"))
    data["parts"]["question"]["low"]["generic"] = ["Estás bien?", "¿Y ahora?"]
    with pytest.raises(ResponseContentError, match="¿"):
        validate_response_content(data, lang="es")


def test_missing_part_for_a_level_is_an_error() -> None:
    data = copy.deepcopy(_content("es"))
    del data["parts"]["question"]["imminent"]
    with pytest.raises(ResponseContentError, match=r"question\.imminent"):
        validate_response_content(data, lang="es")
