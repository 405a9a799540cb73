"""English rules for crises told through the situation rather than risk words."""
# ruff: noqa: E501 - regex lexicons read better unbroken than split at column 100

from __future__ import annotations

from tandem.safety.rules import Kind

_SITUATIONS: list[tuple[str, str, str, Kind, str]] = []
_SITUATIONS_THIRD: list[tuple[str, str, str, Kind, str]] = []
