"""Every domain's JSON and page routers, in the order they are mounted.

Each domain exposes ``router`` from ``api.py`` (JSON under /api/v1) and ``pages.py`` (HTML). The
list of domains is fixed here; a domain without one of those modules simply has no such routes.
"""

from __future__ import annotations

import importlib
import importlib.util

from fastapi import APIRouter

DOMAINS = ("accounts", "safety", "measures", "plans", "companion", "clinic")


def domain_routers() -> list[APIRouter]:
    routers: list[APIRouter] = []
    for domain in DOMAINS:
        for kind in ("api", "pages"):
            name = f"tandem.{domain}.{kind}"
            if importlib.util.find_spec(name) is None:
                continue
            module = importlib.import_module(name)
            routers.append(module.router)
    return routers
