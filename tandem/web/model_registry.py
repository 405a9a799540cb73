"""Imports every domain's models so ``Base.metadata`` knows all tables (Alembic, tests, CLI)."""

from __future__ import annotations

import importlib
import importlib.util

from sqlalchemy import MetaData

from tandem.core.models import Base

DOMAINS = ("audit", "accounts", "safety", "measures", "plans", "companion", "clinic")


def load_domain_models() -> MetaData:
    for domain in DOMAINS:
        name = f"tandem.{domain}.models"
        if importlib.util.find_spec(name) is not None:
            importlib.import_module(name)
    return Base.metadata


metadata: MetaData = load_domain_models()
