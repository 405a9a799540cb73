"""Imports every domain's models so ``Base.metadata`` knows all tables (Alembic, tests, CLI)."""

from __future__ import annotations

from sqlalchemy import MetaData

from tandem.audit import models as audit_models
from tandem.core.models import Base

DOMAIN_MODEL_MODULES = (audit_models,)

metadata: MetaData = Base.metadata
