"""Application factory: the only place that knows every domain's routers."""

from __future__ import annotations

import gc
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.concurrency import run_in_threadpool

from tandem import __version__
from tandem.core.database import Database
from tandem.core.settings import Settings, get_settings
from tandem.core.templating import STATIC_DIR
from tandem.web import health, home
from tandem.web.errors import install_error_handlers
from tandem.web.middleware import BodyLimitMiddleware, SecurityHeadersMiddleware
from tandem.web.routes import domain_routers


def _register_skill_catalog() -> None:
    """Plans validate assigned techniques against the companion's skills library."""
    from tandem.companion.content_loader import load_content
    from tandem.plans.catalog import SkillChoice, set_skill_catalog

    def catalog() -> list[SkillChoice]:
        skills = load_content().skills
        return [SkillChoice(id=s.id, title=s.name("en")) for s in skills.values()]

    set_skill_catalog(catalog)


def _register_progress_sections() -> None:
    """The client's progress page (measures) shows their habits (companion)."""
    from tandem.measures.pages import set_progress_sections
    from tandem.web.habits import habits_section

    set_progress_sections([habits_section])


def create_app(settings: Settings | None = None, database: Database | None = None) -> FastAPI:
    settings = settings or get_settings()
    settings.check_startup()
    database = database or Database.from_settings(settings)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        from tandem.web.warmup import warm_up

        await run_in_threadpool(warm_up)
        # What start-up loaded (content, lexicons, models) lives as long as the process: move it
        # out of the collector's sight, so a full collection walks only what requests allocate.
        # Without this every few requests paid ~115 ms of gen-2 collection (bench/README.md).
        # Once per process: a test run that starts many apps should not pin each one's cycles.
        if gc.get_freeze_count() == 0:
            gc.collect()
            gc.freeze()
        yield

    app = FastAPI(
        lifespan=lifespan,
        title="Tandem",
        version=__version__,
        description=(
            "An AI companion that works alongside mental-health professionals. "
            "Authenticate with a session cookie (web) or `Authorization: Bearer <token>` "
            'from `POST /api/v1/auth/token`. Errors are `{"error": {"code", "message"}}`.'
        ),
        docs_url="/api/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    app.state.database = database

    _register_skill_catalog()
    _register_progress_sections()
    install_error_handlers(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(SecurityHeadersMiddleware)
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")
    app.include_router(health.router)
    app.include_router(home.router)
    for router in domain_routers():
        app.include_router(router)
    return app
