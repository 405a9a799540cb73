"""Spanish rules for crises told through the situation rather than risk words (normalised text)."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind

_SITUACIONES: list[tuple[str, str, str, Kind, str]] = []
_SITUACIONES_TERCEROS: list[tuple[str, str, str, Kind, str]] = []
