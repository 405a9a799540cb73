"""A circuit breaker for the model endpoint.

After ``failures`` consecutive failures the circuit opens: for ``reset_after`` seconds no call is
made and the offline engine answers at once instead of every client waiting for a timeout. Then
one trial call is let through (half-open); success closes the circuit, failure opens it again.

State lives in process memory, one breaker per endpoint per process. DESIGN §5 keeps shared
state out of process memory, and this is the deliberate exception: the breaker only protects
latency. Correctness never depends on it — when it is open the client gets the offline engine's
reply (always a valid answer); when a process's breaker is closed while another's is open, that
process merely tries the model and falls back after its own timeout. Several processes each
learning about an outage on their own costs a few slow replies, never a wrong or lost one.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from enum import Enum


class CircuitState(Enum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


class CircuitBreaker:
    def __init__(
        self,
        *,
        failures: int = 3,
        reset_after: float = 30.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.failure_threshold = max(1, failures)
        self.reset_after = reset_after
        self._clock = clock
        self._lock = threading.Lock()
        self._failures = 0
        self._opened_at: float | None = None
        self._trial_in_flight = False

    @property
    def state(self) -> CircuitState:
        with self._lock:
            return self._state_locked()

    def _state_locked(self) -> CircuitState:
        if self._opened_at is None:
            return CircuitState.CLOSED
        if self._clock() - self._opened_at >= self.reset_after:
            return CircuitState.HALF_OPEN
        return CircuitState.OPEN

    def allow(self) -> bool:
        """May a call go out now? In half-open state only one trial call at a time is allowed."""
        with self._lock:
            state = self._state_locked()
            if state is CircuitState.CLOSED:
                return True
            if state is CircuitState.HALF_OPEN and not self._trial_in_flight:
                self._trial_in_flight = True
                return True
            return False

    def record_success(self) -> None:
        with self._lock:
            self._failures = 0
            self._opened_at = None
            self._trial_in_flight = False

    def release_trial(self) -> None:
        """A call ended with no verdict (its reader went away): let the next trial through."""
        with self._lock:
            self._trial_in_flight = False

    def record_failure(self) -> None:
        with self._lock:
            self._trial_in_flight = False
            if self._opened_at is not None:
                # A failed trial (or a late failure while open): open again for a full period.
                self._opened_at = self._clock()
                return
            self._failures += 1
            if self._failures >= self.failure_threshold:
                self._opened_at = self._clock()


_registry: dict[str, CircuitBreaker] = {}
_registry_lock = threading.Lock()


def breaker_for(key: str, *, failures: int, reset_after: float) -> CircuitBreaker:
    """The process's breaker for one endpoint (``key``: base URL and model)."""
    with _registry_lock:
        breaker = _registry.get(key)
        if breaker is None:
            breaker = CircuitBreaker(failures=failures, reset_after=reset_after)
            _registry[key] = breaker
        return breaker
