"""``tandem export --client EMAIL --format fhir|json``: a client's data for an operator.

A Typer sub-app; the main CLI mounts it (``app.add_typer(measures_cli.app)`` or registers
``export`` directly). Writes to standard output, or to ``--output`` with owner-only permissions,
because the export holds a client's private data.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer

app = typer.Typer(help="Export a client's data.")


@app.command("export")
def export(
    client: str = typer.Option(..., "--client", help="The client's email address."),
    format: str = typer.Option("fhir", "--format", help="fhir (FHIR R4 Bundle) or json."),
    output: Path | None = typer.Option(None, "--output", "-o", help="Write to this file."),
) -> None:
    """Export one client's check-ins, questionnaires, screens and risk events."""
    from tandem.core.database import Database
    from tandem.core.errors import TandemError
    from tandem.measures.export import export_client

    database = Database.from_settings()
    try:
        with database.transaction() as session:
            text = export_client(session, email=client, format=format)
    except TandemError as exc:
        typer.echo(f"Error: {exc.message}", err=True)
        raise typer.Exit(1) from exc
    finally:
        database.dispose()
    if output is None:
        typer.echo(text)
        return
    fd = os.open(output, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
    typer.echo(f"Wrote {output}", err=True)
