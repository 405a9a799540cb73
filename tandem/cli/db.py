from __future__ import annotations

import typer
from rich.console import Console

app = typer.Typer(help="Database schema: upgrade to the newest migration, or check for drift.")
console = Console()


@app.command()
def upgrade(revision: str = typer.Argument("head", help="Target revision.")) -> None:
    """Create or upgrade the database schema (idempotent)."""
    from tandem.core import migrations
    from tandem.core.settings import get_settings

    url = get_settings().resolved_database_url()
    migrations.upgrade(url, revision)
    console.print(f"[green]Database is at {revision}[/]")


@app.command()
def check() -> None:
    """Fail if the models and migrations disagree."""
    from tandem.core import migrations
    from tandem.core.settings import get_settings

    migrations.check(get_settings().resolved_database_url())
    console.print("[green]Models and migrations agree.[/]")
