"""Set-up shared by the bench scripts, so each script holds only what it measures.

- ``seed_linked_clients``: one clinic, a clinician and linked clients who consented to sharing
  (chat_bench, alert_latency_bench);
- ``size_parser`` and ``temp_app``: the size arguments and the throw-away SQLite app of the
  in-process page benches (caseload_bench, measures_bench);
- ``free_port``, ``wait_until_healthy``, ``stop_server``, ``cpu_model``: a real server in a child
  process on loopback (chat_bench, alert_latency_bench, safety_bench for the machine line);
- ``replace_readme_section``: a bench's own section of bench/README.md (chat_bench, safety_bench).

Tandem itself is imported inside the functions, never at the top: the scripts set ``TANDEM_*``
variables and import ``tandem`` first (its BLAS thread defaults must precede numpy) before any
of this runs.
"""

from __future__ import annotations

import argparse
import platform
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tandem.accounts.models import User
    from tandem.core.database import Database
    from tandem.core.settings import Settings

README = Path(__file__).resolve().with_name("README.md")
CLINICIAN_EMAIL = "clinician@bench.example"


# -- seeding ----------------------------------------------------------------------------------


def seed_linked_clients(
    session: Session,
    *,
    clients: int,
    password: str,
    locale: Callable[[int], str | None] = lambda _index: None,
) -> tuple[User, list[User]]:
    """One clinic, its clinician and ``clients`` clients linked to them through an invite.

    Every client consented to share measures, summaries and transcripts (not the journal), so the
    clinician sees what a typical consenting client shares. ``locale(i)`` is client i's locale
    (None: the account default). Returns the clinician and the clients, in order.
    """
    from tandem.accounts import service as accounts

    clinic = accounts.create_clinic(session, name="Bench clinic", slug="bench")
    clinician = accounts.create_user(
        session,
        email=CLINICIAN_EMAIL,
        password=password,
        role="clinician",
        display_name="Dr Bench",
        clinic_id=clinic.id,
    )
    linked = []
    for i in range(clients):
        client = accounts.create_user(
            session,
            email=f"client{i}@bench.example",
            password=password,
            role="client",
            display_name=f"Client {i}",
            locale=locale(i),
        )
        issued = accounts.create_invite(session, clinician=clinician)
        accounts.redeem_invite(session, client=client, code=issued.code)
        accounts.set_consent(
            session,
            client=client,
            share_measures=True,
            share_summaries=True,
            share_transcripts=True,
            share_journal=False,
        )
        linked.append(client)
    return clinician, linked


# -- in-process page benches ------------------------------------------------------------------


def size_parser(description: str, *, requests: int, requests_help: str) -> argparse.ArgumentParser:
    """``--clients``, ``--requests`` and ``--runs``; the caller may add its own arguments."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--clients", type=int, default=200)
    parser.add_argument("--requests", type=int, default=requests, help=requests_help)
    parser.add_argument("--runs", type=int, default=5)
    return parser


def temp_app(prefix: str) -> tuple[Path, Settings, Database]:
    """A SQLite file with every table in a new temp dir, a fresh encryption key, test settings."""
    from cryptography.fernet import Fernet

    from tandem.core.crypto import KeyRing, set_keyring
    from tandem.core.database import Database
    from tandem.core.settings import Settings
    from tandem.web.model_registry import metadata

    root = Path(tempfile.mkdtemp(prefix=prefix))
    key = Fernet.generate_key().decode()
    set_keyring(KeyRing(lambda: [key]))
    url = f"sqlite:///{root / 'bench.db'}"
    settings = Settings(
        env="test",
        var_dir=root,
        database_url=url,
        secret_key="bench-" + "s" * 40,
        encryption_keys=key,
    )
    database = Database(url)
    metadata.create_all(database.engine)
    return root, settings, database


# -- a server in a child process --------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_until_healthy(base: str, server: subprocess.Popen[bytes], timeout: float) -> None:
    """Poll ``/healthz`` until it answers 200; fail if the server exits or ``timeout`` passes."""
    import httpx

    deadline = time.monotonic() + timeout
    while True:
        try:
            if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        if server.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError("server did not start")
        time.sleep(0.2)


def stop_server(server: subprocess.Popen[bytes], grace: float) -> None:
    """Terminate, then kill after ``grace`` seconds (an open event stream delays shutdown)."""
    server.terminate()
    try:
        server.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait(timeout=5)


def cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


# -- bench/README.md --------------------------------------------------------------------------


def replace_readme_section(start: str, section: str, readme: Path = README) -> None:
    """Put ``section`` (beginning with the heading line ``start``) in place of the old one.

    The generated part ends at the next ``## `` or ``### `` heading, so hand-written ``###``
    notes below a section stay; a missing section is appended, a missing file created.
    """
    lines = readme.read_text(encoding="utf-8").splitlines() if readme.exists() else ["# Benchmarks"]
    if start in lines:
        first = lines.index(start)
        rest = [i for i in range(first + 1, len(lines)) if lines[i].startswith(("## ", "### "))]
        tail = lines[rest[0] :] if rest else []
        lines = lines[:first] + section.rstrip("\n").splitlines() + (["", *tail] if tail else [])
    else:
        lines = [*lines, "", *section.rstrip("\n").splitlines()]
    readme.write_text("\n".join(lines) + "\n", encoding="utf-8")
