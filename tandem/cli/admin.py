"""Administrative commands: users, the audit chain, encryption keys, the demo clinic."""

from __future__ import annotations

import typer
from rich.console import Console

console = Console()
err = Console(stderr=True)

users_app = typer.Typer(help="Manage accounts (admins use this to add clinicians).")
audit_app = typer.Typer(help="The tamper-evident audit log.")
keys_app = typer.Typer(help="Encryption keys for client free text.")
demo_app = typer.Typer(help="The demo clinic shown by `make run`.")


@audit_app.command("verify")
def audit_verify() -> None:
    """Walk the hash chain and name the first broken entry, if any (exit 1 when broken)."""
    from tandem.audit.service import verify_chain
    from tandem.core.database import Database

    database = Database.from_settings()
    with database.transaction() as session:
        result = verify_chain(session)
    if result.ok:
        console.print(f"[green]Audit chain intact:[/] {result.checked} entries verified.")
        return
    err.print(
        f"[bold red]Audit chain broken at entry {result.first_broken_seq}:[/] {result.reason} "
        f"({result.checked} entries before it verified)."
    )
    raise typer.Exit(1)


@keys_app.command("generate")
def keys_generate() -> None:
    """Print a new Fernet key (for TANDEM_ENCRYPTION_KEYS)."""
    from cryptography.fernet import Fernet

    console.print(Fernet.generate_key().decode())


@keys_app.command("rotate")
def keys_rotate(
    reencrypt_only: bool = typer.Option(
        False, help="Do not add a key; re-encrypt under the first key already configured."
    ),
) -> None:
    """Add a new primary key and re-encrypt all client free text under it, while serving."""
    from tandem.audit.service import record_event
    from tandem.core.crypto import get_keyring
    from tandem.core.database import Database
    from tandem.core.keyrotation import add_new_primary_key, reencrypt_all
    from tandem.core.settings import get_settings
    from tandem.web.model_registry import metadata

    settings = get_settings()
    if not reencrypt_only:
        try:
            add_new_primary_key(settings)
        except RuntimeError as exc:
            err.print(f"[bold red]{exc}[/]")
            raise typer.Exit(2) from exc
    keyring = get_keyring()
    keyring.reload()
    database = Database.from_settings(settings)
    report = reencrypt_all(database, metadata, keyring)
    with database.transaction() as session:
        record_event(
            session,
            action="keys.rotated",
            actor_role="admin",
            detail={"rows": report.total, "tables": report.tables, "keys": keyring.key_count},
        )
    console.print(f"[green]Re-encrypted {report.total} rows[/] under the new primary key.")


@users_app.command("create")
def users_create(
    role: str = typer.Option(..., help="client, clinician or admin"),
    email: str = typer.Option(..., help="Sign-in email (unique)."),
    password: str = typer.Option(
        ..., prompt=True, hide_input=True, confirmation_prompt=True, help="At least 10 characters."
    ),
    name: str = typer.Option(None, "--name", help="Display name (defaults to the email's name)."),
    clinic: str = typer.Option(None, help="Clinic slug (clinicians and admins usually have one)."),
    locale: str = typer.Option("en-US", help="e.g. en-US, es-MX"),
) -> None:
    """Create an account from the command line (admins use it to add clinicians)."""
    from sqlalchemy import select

    from tandem.accounts import service
    from tandem.accounts.models import Clinic
    from tandem.core.database import Database
    from tandem.core.errors import TandemError

    database = Database.from_settings()
    try:
        with database.transaction() as session:
            clinic_id = None
            if clinic:
                found = session.scalar(select(Clinic).where(Clinic.slug == clinic))
                if found is None:
                    err.print(f"[bold red]No clinic with the slug {clinic!r}.[/]")
                    raise typer.Exit(2)
                clinic_id = found.id
            user = service.create_user(
                session,
                email=email,
                password=password,
                role=role,
                display_name=name,
                clinic_id=clinic_id,
                locale=locale,
            )
            console.print(f"[green]Created {user.role}[/] {user.email} ({user.id})")
    except TandemError as exc:
        err.print(f"[bold red]Could not create the account:[/] {exc.message}")
        raise typer.Exit(2) from exc


@demo_app.command("seed")
def demo_seed() -> None:
    """Create the demo clinic with a clinician and clients (safe to run again)."""
    from tandem.cli.demo import DEMO_LOGINS, seed_demo
    from tandem.core.database import Database

    database = Database.from_settings()
    with database.transaction() as session:
        created = seed_demo(session)
    console.print(
        "[green]Demo clinic created.[/]" if created else "[green]Demo clinic already there.[/]"
    )
    console.print("\n[bold]Demo logins[/] (http://127.0.0.1:8000/login):")
    for login in DEMO_LOGINS:
        console.print(f"  {login.role:<10} {login.email:<28} {login.password}   {login.note}")
