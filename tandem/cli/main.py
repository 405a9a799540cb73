from __future__ import annotations

import sys

import typer
from rich.console import Console

from tandem.cli import admin, db
from tandem.clinic.worker import worker
from tandem.measures.cli import export
from tandem.safety.cli import app as safety_app

app = typer.Typer(
    help="Tandem: an AI companion that works alongside mental-health professionals.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console()
err = Console(stderr=True)

app.add_typer(db.app, name="db")
app.add_typer(admin.users_app, name="users")
app.add_typer(admin.audit_app, name="audit")
app.add_typer(admin.keys_app, name="keys")
app.add_typer(admin.demo_app, name="demo")
app.add_typer(safety_app, name="safety")
app.command("export")(export)
app.command("worker")(worker)


@app.command()
def serve(
    host: str = typer.Option(None, help="Interface to listen on (default from TANDEM_HOST)."),
    port: int = typer.Option(None, help="Port (default from TANDEM_PORT, 8000)."),
    workers: int = typer.Option(1, help="Worker processes; use PostgreSQL when more than one."),
    reload: bool = typer.Option(False, help="Restart on code changes (development only)."),
) -> None:
    """Serve the web app and JSON API (refuses unsafe production configuration)."""
    import uvicorn

    from tandem.core.settings import ConfigurationError, get_settings

    settings = get_settings()
    try:
        settings.check_startup()
    except ConfigurationError as exc:
        err.print(f"[bold red]Refusing to start:[/] {exc}")
        raise typer.Exit(2) from exc
    uvicorn.run(
        "tandem.web.app:create_app",
        factory=True,
        host=host or settings.host,
        port=port or settings.port,
        workers=workers,
        reload=reload,
        proxy_headers=True,
        log_level="info",
        # Open live-update streams must not hold a restart for their full 30 minutes.
        timeout_graceful_shutdown=5,
    )


def main() -> None:  # pragma: no cover - thin entry point
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
