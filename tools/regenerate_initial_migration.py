"""Regenerate the single initial migration from the models.

Only valid while no installation has applied it (before the first release); afterwards every
schema change gets its own revision with `alembic revision --autogenerate`.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from alembic import command

from tandem.core.migrations import MIGRATIONS_DIR, alembic_config


def main() -> None:
    for old in (MIGRATIONS_DIR / "versions").glob("*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        config = alembic_config(f"sqlite:///{Path(tmp) / 'empty.db'}")
        command.revision(config, message="initial schema", autogenerate=True, rev_id="0001")


if __name__ == "__main__":
    main()
