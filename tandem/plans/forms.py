"""HTML forms for plans: posted fields to API-shaped bodies, stored plans to form values, and
validation errors back to the field they belong to.

The pages work without JavaScript, so repeated items (techniques, homework, contacts…) are
numbered rows (``technique-0-skill_id``); a few blank rows are offered for new items, a blank
row is ignored, and each existing row has a "remove" box. Lists of short sentences are one per
line in a textarea, which is easy to type on a phone and read with a screen reader.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import ValidationError

from tandem.plans.schemas import ContactIn, PlanDocument, SafetyPlanContent

FIELD_MAX = 12000  # generous: the schemas enforce the real limits with clear messages
MAX_ROWS = 60
SAFETY_LIST_SECTIONS = (
    "warning_signs",
    "coping_strategies",
    "environment_safety",
    "reasons_for_living",
)
SAFETY_CONTACT_SECTIONS = ("distractions", "help_contacts", "professionals")


@dataclass
class ParsedForm:
    """An API-shaped body, plus where each list item came from (to place errors)."""

    body: dict[str, Any]
    rows: dict[str, list[int]] = field(default_factory=dict)  # list name -> form row per item
    errors: dict[str, str] = field(default_factory=dict)  # problems found while parsing


def text(form: Mapping[str, Any], name: str) -> str:
    value = form.get(name)
    return value[:FIELD_MAX] if isinstance(value, str) else ""


def lines(value: str) -> list[str]:
    return [line.strip() for line in value.splitlines() if line.strip()]


def ids(value: str) -> list[str]:
    """Skill or topic ids typed as a list: commas, spaces or new lines between them."""
    return [part.strip().lower() for part in re.split(r"[\s,;]+", value) if part.strip()]


def _row_indexes(form: Mapping[str, Any], prefix: str) -> list[int]:
    pattern = re.compile(rf"^{re.escape(prefix)}-(\d{{1,3}})-")
    found = {int(m.group(1)) for key in form if (m := pattern.match(key))}
    return sorted(i for i in found if i < MAX_ROWS)


def _checked(form: Mapping[str, Any], name: str) -> bool:
    return text(form, name) in ("on", "1", "true", "yes")


def _base_version(form: Mapping[str, Any], parsed: ParsedForm) -> None:
    raw = text(form, "base_version").strip()
    parsed.body["base_version"] = int(raw) if raw.isdigit() else 0


# --- treatment plan -----------------------------------------------------------------------------


def parse_plan_form(form: Mapping[str, Any], *, zone: ZoneInfo) -> ParsedForm:
    """The plan editor's fields → a ``PlanUpdate``-shaped body. Session times are read in the
    clinician's time zone (``zone``), as they typed them.
    """
    parsed = ParsedForm(body={})
    _base_version(form, parsed)
    body = parsed.body
    body["goals"] = lines(text(form, "goals"))
    body["clinician_notes"] = text(form, "clinician_notes")
    body["contraindicated_skills"] = ids(text(form, "contraindicated_skills"))
    body["contraindicated_topics"] = ids(text(form, "contraindicated_topics"))

    techniques, rows = [], []
    for i in _row_indexes(form, "technique"):
        p = f"technique-{i}-"
        skill_id = text(form, p + "skill_id").strip()
        if not skill_id or _checked(form, p + "remove"):
            continue
        techniques.append(
            {
                "skill_id": skill_id,
                "frequency": text(form, p + "frequency").strip() or None,
                "due": text(form, p + "due").strip() or None,
                "note": text(form, p + "note").strip() or None,
            }
        )
        rows.append(i)
    body["techniques"], parsed.rows["techniques"] = techniques, rows

    homework, rows = [], []
    for i in _row_indexes(form, "homework"):
        p = f"homework-{i}-"
        item_id = text(form, p + "id").strip() or None
        title = text(form, p + "title").strip()
        if _checked(form, p + "remove") or (item_id is None and not title):
            continue
        count = text(form, p + "target_count").strip()
        homework.append(
            {
                "id": item_id,
                "title": title,
                "instructions": text(form, p + "instructions"),
                "due": text(form, p + "due").strip() or None,
                "skill_id": text(form, p + "skill_id").strip() or None,
                "target_count": count if count else 1,
                "status": text(form, p + "status") or "active",
            }
        )
        rows.append(i)
    body["homework"], parsed.rows["homework"] = homework, rows

    wording: dict[str, str] = {}
    for i in _row_indexes(form, "wording"):
        key = text(form, f"wording-{i}-key").strip().lower()
        phrase = text(form, f"wording-{i}-text").strip()
        if key and phrase:
            wording[key] = phrase
        elif key or phrase:
            parsed.errors[f"wording-{i}-text"] = "Give both the skill or topic id and the wording."
    body["preferred_wording"] = wording

    sessions, rows = [], []
    for i in _row_indexes(form, "session"):
        raw = text(form, f"session-{i}-at").strip()
        if not raw or _checked(form, f"session-{i}-remove"):
            continue
        try:
            moment = datetime.fromisoformat(raw)
        except ValueError:
            parsed.errors[f"session-{i}-at"] = "Enter a date and time, e.g. 2026-12-04 15:00."
            continue
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=zone)
        sessions.append(moment.isoformat())
        rows.append(i)
    body["sessions"], parsed.rows["sessions"] = sessions, rows
    return parsed


def plan_form_values(document: PlanDocument, *, version: int, zone: ZoneInfo) -> dict[str, Any]:
    """A stored plan as the editor's field values."""
    return {
        "base_version": version,
        "goals": "\n".join(document.goals),
        "clinician_notes": document.clinician_notes,
        "contraindicated_skills": ", ".join(document.contraindicated_skills),
        "contraindicated_topics": ", ".join(document.contraindicated_topics),
        "techniques": [
            {
                "skill_id": t.skill_id,
                "frequency": t.frequency or "",
                "due": t.due.isoformat() if t.due else "",
                "note": t.note or "",
            }
            for t in document.techniques
        ],
        "homework": [
            {
                "id": h.id,
                "title": h.title,
                "instructions": h.instructions,
                "due": h.due.isoformat() if h.due else "",
                "skill_id": h.skill_id or "",
                "target_count": h.target_count,
                "status": h.status,
            }
            for h in document.homework
        ],
        "wording": [{"key": k, "text": v} for k, v in document.preferred_wording.items()],
        "sessions": [
            {"at": s.astimezone(zone).strftime("%Y-%m-%dT%H:%M")} for s in document.sessions
        ],
    }


_DEFAULTED = ("status", "remove", "target_count")  # filled in even on a blank row


def submitted_plan_values(form: Mapping[str, Any]) -> dict[str, Any]:
    """What the clinician typed, to show again beside the errors (blank rows dropped)."""
    values: dict[str, Any] = {
        "base_version": text(form, "base_version"),
        "goals": text(form, "goals"),
        "clinician_notes": text(form, "clinician_notes"),
        "contraindicated_skills": text(form, "contraindicated_skills"),
        "contraindicated_topics": text(form, "contraindicated_topics"),
    }
    for prefix, key, names in (
        ("technique", "techniques", ("skill_id", "frequency", "due", "note", "remove")),
        (
            "homework",
            "homework",
            ("id", "title", "instructions", "due", "skill_id", "target_count", "status", "remove"),
        ),
        ("wording", "wording", ("key", "text")),
        ("session", "sessions", ("at", "remove")),
    ):
        rows: list[dict[str, Any]] = []
        for i in _row_indexes(form, prefix):
            typed = {n: text(form, f"{prefix}-{i}-{n}") for n in names}
            # Blank rows are dropped (fresh blank ones are added when the form is shown again).
            if any(typed[n].strip() for n in names if n not in _DEFAULTED):
                rows.append({"row": i, **typed})
        values[key] = rows
    return values


def with_blank_rows(items: Sequence[dict[str, Any]], blank: int) -> list[dict[str, Any]]:
    """Rows to render: each item keeps the row number it was posted with (so its errors find
    it), then ``blank`` empty rows numbered after the last one.
    """
    rows = [dict(item, row=item.get("row", i)) for i, item in enumerate(items)]
    start = max((int(r["row"]) for r in rows), default=-1) + 1
    return rows + [{"row": start + n, "blank": True} for n in range(blank)]


# --- safety plan --------------------------------------------------------------------------------


def parse_safety_form(form: Mapping[str, Any]) -> ParsedForm:
    parsed = ParsedForm(body={})
    _base_version(form, parsed)
    for section in SAFETY_LIST_SECTIONS:
        parsed.body[section] = lines(text(form, section))
    for section in SAFETY_CONTACT_SECTIONS:
        contacts, rows = [], []
        for i in _row_indexes(form, section):
            name = text(form, f"{section}-{i}-name").strip()
            phone = text(form, f"{section}-{i}-phone").strip()
            if not name and not phone:
                continue
            contacts.append({"name": name, "phone": phone or None})
            rows.append(i)
        parsed.body[section], parsed.rows[section] = contacts, rows
    return parsed


def tel_href(phone: str) -> str:
    """A ``tel:`` link for a phone number as people write it: "+1 (555) 010-2030" → digits."""
    digits = re.sub(r"[^0-9]", "", phone)
    return "tel:" + ("+" if phone.strip().startswith("+") else "") + digits


def _contact_values(contacts: Sequence[ContactIn]) -> list[dict[str, str]]:
    return [{"name": c.name, "phone": c.phone or ""} for c in contacts]


def safety_form_values(document: SafetyPlanContent, *, version: int) -> dict[str, Any]:
    values: dict[str, Any] = {"base_version": version}
    for section in SAFETY_LIST_SECTIONS:
        values[section] = "\n".join(getattr(document, section))
    for section in SAFETY_CONTACT_SECTIONS:
        values[section] = _contact_values(getattr(document, section))
    return values


def submitted_safety_values(form: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {"base_version": text(form, "base_version")}
    for section in SAFETY_LIST_SECTIONS:
        values[section] = text(form, section)
    for section in SAFETY_CONTACT_SECTIONS:
        values[section] = [
            {
                "row": i,
                "name": text(form, f"{section}-{i}-name"),
                "phone": text(form, f"{section}-{i}-phone"),
            }
            for i in _row_indexes(form, section)
            if text(form, f"{section}-{i}-name") or text(form, f"{section}-{i}-phone")
        ]
    return values


# --- errors -------------------------------------------------------------------------------------

_ROW_PREFIX = {
    "techniques": "technique",
    "homework": "homework",
    "sessions": "session",
    **{s: s for s in SAFETY_CONTACT_SECTIONS},
}


def _friendly(message: str) -> str:
    message = message.removeprefix("Value error, ")
    return message[:1].upper() + message[1:]


def field_errors(exc: ValidationError, parsed: ParsedForm) -> dict[str, str]:
    """Pydantic errors keyed by the form field they concern; "form" for whole-form problems.

    List positions are mapped back to the form row the item came from, so the message appears
    next to the right input even when blank rows were skipped.
    """
    errors: dict[str, str] = {}
    for err in exc.errors():
        loc = [str(part) for part in err.get("loc", ())]
        message = _friendly(str(err.get("msg", "Not valid.")))
        name = "form"
        if loc:
            head = loc[0]
            if head in _ROW_PREFIX and len(loc) >= 2 and loc[1].isdigit():
                position = int(loc[1])
                rows = parsed.rows.get(head, [])
                row = rows[position] if position < len(rows) else position
                leaf = loc[2] if len(loc) > 2 else ("at" if head == "sessions" else "name")
                name = f"{_ROW_PREFIX[head]}-{row}-{leaf}"
            elif head == "preferred_wording":
                name = "wording"
            else:
                name = head
        errors.setdefault(name, message)
    return errors
