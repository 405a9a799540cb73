"""Client text goes to a remote model only with the clinic's explicit yes and the client's consent
naming the provider; a loopback model needs neither."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from tandem.companion.backends.config import LlmSettings
from tandem.companion.backends.openai_compat import OpenAICompatBackend
from tandem.companion.backends.policy import (
    consent_names_provider,
    endpoint_decision,
    is_loopback_url,
)
from tandem.companion.backends.service import backend_for_client

CONSENT = (
    "To answer you more freely, the companion sends your messages to Acme AI, a company that "
    "runs the language model. Acme AI does not keep them."
)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:11434/v1",
        "http://127.8.9.10/v1",
        "http://localhost:8080/v1",
        "https://LOCALHOST/v1",
        "http://[::1]:8000/v1",
        "http://[::ffff:127.0.0.1]:8000/v1",
    ],
)
def test_loopback_endpoints_are_local(url: str) -> None:
    assert is_loopback_url(url)
    decision = endpoint_decision(url, remote_enabled=False, provider=None, consent_text=None)
    assert decision.allowed and decision.local


@pytest.mark.parametrize(
    "url",
    [
        "https://api.acme.ai/v1",
        "http://127.0.0.1.nip.io/v1",  # a name, however it resolves
        "http://localhost.acme.ai/v1",
        "http://0.0.0.0:8000/v1",
        "http://10.0.0.5:11434/v1",  # another machine on the clinic's network is still remote
        "http://[::2]/v1",
        "ftp://127.0.0.1/v1",
        "not a url",
    ],
)
def test_everything_else_is_remote(url: str) -> None:
    assert not is_loopback_url(url)


def test_remote_needs_the_clinic_to_enable_it() -> None:
    decision = endpoint_decision(
        "https://api.acme.ai/v1", remote_enabled=False, provider="Acme AI", consent_text=CONSENT
    )
    assert not decision.allowed and decision.reason == "remote-not-enabled"


def test_remote_needs_consent_that_names_the_provider() -> None:
    url = "https://api.acme.ai/v1"
    missing = endpoint_decision(url, remote_enabled=True, provider="Acme AI", consent_text=None)
    other = endpoint_decision(
        url, remote_enabled=True, provider="Other Cloud", consent_text=CONSENT
    )
    unnamed = endpoint_decision(url, remote_enabled=True, provider=None, consent_text=CONSENT)
    granted = endpoint_decision(url, remote_enabled=True, provider="acme ai", consent_text=CONSENT)
    assert (missing.allowed, missing.reason) == (False, "no-consent")
    assert (other.allowed, other.reason) == (False, "no-consent")
    assert (unnamed.allowed, unnamed.reason) == (False, "no-provider")
    assert granted.allowed and not granted.local


def test_provider_names_match_whole_words_only() -> None:
    assert consent_names_provider("Mensajes enviados a Acmé  AI.", "Acme AI")
    assert not consent_names_provider("Sent to Acme AIRLINES.", "Acme AI")
    assert not consent_names_provider("Sent to Acme.", "Acme AI")


def _settings(**values: object) -> SimpleNamespace:
    return SimpleNamespace(**{f"llm_{k}": v for k, v in values.items()})


def test_settings_are_read_with_defaults_before_they_exist() -> None:
    llm = LlmSettings.from_settings(object())
    assert not llm.configured and llm.read_timeout > 0 and not llm.remote_allowed
    llm = LlmSettings.from_settings(
        _settings(base_url="http://127.0.0.1:11434/v1/", model="llama3.2", remote_allowed="false")
    )
    assert llm.configured and llm.base_url == "http://127.0.0.1:11434/v1"
    assert llm.remote_allowed is False


def test_a_clinic_can_override_the_installation() -> None:
    base = LlmSettings.from_settings(_settings(base_url="http://127.0.0.1:11434/v1", model="a"))
    off = base.for_clinic({"llm": {"enabled": False}})
    moved = base.for_clinic({"llm": {"base_url": "https://api.acme.ai/v1", "model": "b"}})
    assert not off.configured
    assert (moved.base_url, moved.model, moved.api_key) == ("https://api.acme.ai/v1", "b", None)
    assert base.for_clinic({"other": 1}) == base


def test_backend_choice_applies_the_policy() -> None:
    local = _settings(base_url="http://127.0.0.1:11434/v1", model="m")
    assert isinstance(backend_for_client(settings=local, clinic_settings=None), OpenAICompatBackend)
    assert backend_for_client(settings=_settings(), clinic_settings=None) is None

    remote = _settings(base_url="https://api.acme.ai/v1", model="m")
    enabled = {"llm": {"remote_allowed": True, "provider": "Acme AI"}}
    assert backend_for_client(settings=remote, clinic_settings=None) is None
    assert (
        backend_for_client(settings=remote, clinic_settings=enabled, provider_consent_text=None)
        is None
    )
    chosen = backend_for_client(
        settings=remote, clinic_settings=enabled, provider_consent_text=CONSENT
    )
    assert isinstance(chosen, OpenAICompatBackend) and not chosen.info.local
