"""Where client text may go.

A loopback endpoint (127.0.0.0/8, ::1, ``localhost``) keeps the text on the machine that already
holds it, so it needs nothing more. Any other endpoint — a hosted API, or a server elsewhere on a
network — receives the client's words, so it is used only when both hold:

1. the clinic (or, for a client without a clinic, the installation) enabled remote models
   explicitly, and
2. the consent text the client agreed to names the provider that will receive the text.

Host names are judged as written, never resolved: DNS can change after the check, and a name that
happens to resolve to 127.0.0.1 today is still a name someone else controls.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from dataclasses import dataclass
from urllib.parse import urlsplit

LOOPBACK_NAMES = frozenset({"localhost", "localhost."})


@dataclass(frozen=True)
class EndpointDecision:
    allowed: bool
    local: bool
    reason: str  # "loopback" | "remote-consented" | "remote-not-enabled" | "no-provider" | ...


def is_loopback_url(url: str) -> bool:
    """True only for http(s) URLs whose host is a loopback address or ``localhost``."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:
        return False
    if parts.scheme not in ("http", "https") or not host:
        return False
    host = host.lower()
    if host in LOOPBACK_NAMES:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped.is_loopback
    return address.is_loopback


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def consent_names_provider(consent_text: str | None, provider: str | None) -> bool:
    """The provider's name appears as whole words in the consent text (case and accents aside)."""
    if not consent_text or not provider or not provider.strip():
        return False
    words = [re.escape(w) for w in _fold(provider).split()]
    pattern = r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)"
    return re.search(pattern, _fold(consent_text)) is not None


def endpoint_decision(
    base_url: str,
    *,
    remote_enabled: bool,
    provider: str | None,
    consent_text: str | None,
) -> EndpointDecision:
    """May this client's text be sent to ``base_url``?

    ``remote_enabled`` is the clinic's explicit setting (the installation's, for a client with no
    clinic); ``consent_text`` is the exact text of the consent the client agreed to, or None.
    """
    if is_loopback_url(base_url):
        return EndpointDecision(allowed=True, local=True, reason="loopback")
    if not remote_enabled:
        return EndpointDecision(allowed=False, local=False, reason="remote-not-enabled")
    if not provider or not provider.strip():
        return EndpointDecision(allowed=False, local=False, reason="no-provider")
    if not consent_names_provider(consent_text, provider):
        return EndpointDecision(allowed=False, local=False, reason="no-consent")
    return EndpointDecision(allowed=True, local=False, reason="remote-consented")
