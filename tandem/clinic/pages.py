"""Clinician workspace pages (HTML). The app factory mounts this module's ``router``."""

from __future__ import annotations

from fastapi import APIRouter

from tandem.clinic import alerts_pages, caseload_pages

router = APIRouter(include_in_schema=False)
router.include_router(alerts_pages.router)
# The caseload, summaries, messages and handbook pages.
router.include_router(caseload_pages.router)
