"""Load the language models before the first client message, not during it.

The sentence encoder and the exemplar banks take seconds to load; a client in crisis must not
wait for that on their first message, so the app loads them while starting up.
"""

from __future__ import annotations

import logging
import time

from tandem.companion.service import get_engine
from tandem.safety import guard, responses
from tandem.safety.detector import assess

log = logging.getLogger("tandem.web")


def warm_up() -> float:
    started = time.perf_counter()
    assess("warming up the safety screen", locale="en")
    assess("preparando la evaluación de seguridad", locale="es")
    guard.warm_up()
    responses.warm_up()
    get_engine().warm_up()
    elapsed = time.perf_counter() - started
    log.info("language models ready in %.1f s", elapsed)
    return elapsed
