"""The accounts pages: real content, labelled fields, errors beside fields, CSP-friendly markup."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from tandem.accounts import service
from tandem.accounts.streams import Stream
from tests.accounts.conftest import page_csrf, sign_in
from tests.factories.accounts import (
    give_consent,
    linked_pair,
    make_admin,
    make_client,
    make_clinician,
)


class _FormAudit(HTMLParser):
    """Collects what accessibility and the Content-Security-Policy care about."""

    def __init__(self) -> None:
        super().__init__()
        self.inputs: list[dict[str, str | None]] = []
        self.label_for: set[str] = set()
        self.inline: list[str] = []
        self.ids: list[str] = []
        self._label_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if tag == "label":
            self._label_depth += 1
            if a.get("for"):
                self.label_for.add(a["for"] or "")
        if tag in {"input", "select", "textarea"} and a.get("type") != "hidden":
            self.inputs.append({**a, "_wrapped": "yes" if self._label_depth else None})
        if tag == "script" and not a.get("src"):
            self.inline.append("inline <script>")
        if tag == "style":
            self.inline.append("<style>")
        for name, _value in attrs:
            if name == "style" or name.startswith("on"):
                self.inline.append(f"{tag}[{name}]")

    def handle_endtag(self, tag: str) -> None:
        if tag == "label":
            self._label_depth -= 1


def _audit(html: str) -> _FormAudit:
    audit = _FormAudit()
    audit.feed(html)
    for field in audit.inputs:
        assert field.get("_wrapped") or field.get("id") in audit.label_for, f"unlabelled: {field}"
    assert audit.inline == [], audit.inline  # the CSP forbids inline script and style
    assert len(audit.ids) == len(set(audit.ids)), "duplicate ids"
    return audit


def test_every_accounts_page_is_labelled_and_csp_clean(client: TestClient, db: Session) -> None:
    for path in ("/login", "/signup"):
        _audit(client.get(path).text)
    pair = linked_pair(db, Stream.MEASURES)
    sign_in(client, pair.client)
    for path in ("/home", "/consent", "/invite"):
        response = client.get(path)
        assert response.status_code == 200, path
        _audit(response.text)
    client.cookies.clear()
    csrf = sign_in(client, pair.clinician)
    for path in ("/clinic", f"/clinic/clients/{pair.client.id}"):
        _audit(client.get(path).text)
    _audit(client.post("/clinic/invites", data={"csrf_token": csrf}).text)
    client.cookies.clear()
    sign_in(client, make_admin(db))
    _audit(client.get("/admin").text)


def test_signup_errors_sit_next_to_their_fields(client: TestClient, db: Session) -> None:
    make_client(db, email="taken@example.org")
    token = page_csrf(client, "/signup")
    response = client.post(
        "/signup",
        data={"email": "nope", "password": "short", "display_name": "", "csrf_token": token},
    )
    assert response.status_code == 422
    for field in ("email", "password", "display_name"):
        assert re.search(
            rf'id="{field}"[^>]*aria-describedby="[^"]*{field}-error', response.text
        ), field
        assert f'id="{field}-error"' in response.text
    assert 'value="short"' not in response.text  # passwords are never echoed back
    taken = client.post(
        "/signup",
        data={
            "email": "taken@example.org",
            "password": "a fine passphrase",
            "display_name": "T",
            "csrf_token": token,
        },
    )
    assert taken.status_code == 409 and 'id="email-error"' in taken.text


def test_signup_without_code_signs_in_and_lands_on_home(client: TestClient, db: Session) -> None:
    token = page_csrf(client, "/signup")
    response = client.post(
        "/signup",
        data={
            "email": "solo@example.org",
            "password": "a fine passphrase",
            "display_name": "Solo",
            "csrf_token": token,
        },
        follow_redirects=False,
    )
    assert response.status_code == 303 and response.headers["location"] == "/home"
    home = client.get("/home").text
    assert "Hello, Solo" in home
    assert 'href="/invite"' in home and "on your own" in home


def test_client_home_shows_clinician_and_what_is_shared(client: TestClient, db: Session) -> None:
    pair = linked_pair(db, Stream.JOURNAL)
    sign_in(client, pair.client)
    home = client.get("/home").text
    assert pair.clinician.display_name in home
    assert "They can see: Journal." in home
    assert 'href="/consent"' in home


def test_clinician_home_lists_the_caseload_and_pending_count(
    client: TestClient, db: Session
) -> None:
    clinician = make_clinician(db)
    waiting = make_client(db, display_name="Waiting Person")
    service.redeem_invite(
        db, client=waiting, code=service.create_invite(db, clinician=clinician).code
    )
    pair_client = make_client(db, display_name="Linked Person")
    service.redeem_invite(
        db, client=pair_client, code=service.create_invite(db, clinician=clinician).code
    )
    give_consent(db, pair_client, Stream.SUMMARIES)
    sign_in(client, clinician)
    page = client.get("/clinic").text
    assert "Linked Person" in page and "Conversation summaries" in page
    assert "Waiting Person" not in page  # no consent yet: not even the name
    assert "1 invited client has not yet chosen" in page


def test_root_sends_people_to_the_right_place(client: TestClient, db: Session) -> None:
    assert client.get("/", follow_redirects=False).headers["location"] == "/login"
    sign_in(client, make_clinician(db))
    assert client.get("/", follow_redirects=False).headers["location"] == "/clinic"
    assert client.get("/login", follow_redirects=False).headers["location"] == "/clinic"
