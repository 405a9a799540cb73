"""Clinician workspace pages (HTML). The app factory mounts this module's ``router``."""

from __future__ import annotations

from fastapi import APIRouter

from tandem.clinic import alerts_pages

router = APIRouter(include_in_schema=False)
router.include_router(alerts_pages.router)
# The caseload and summaries pages add their routes here (owned by the caseload work).
