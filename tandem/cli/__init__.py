"""The ``tandem`` command line: serve, migrate, seed, manage users, audit and keys, screen text."""

from __future__ import annotations

from tandem.cli.main import app

__all__ = ["app"]
