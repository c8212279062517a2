"""Rate limit for failed logins: after ``limit`` failures within ``window`` seconds from one
address, or for one account name, further attempts are refused until the oldest failure ages out.
Kept in the server's memory (a restart forgets it; the password hash's cost still slows guessing)."""

from __future__ import annotations

import threading
import time
from collections import defaultdict, deque
from typing import Callable


class Throttle:
    def __init__(self, limit: int = 5, window: float = 600.0, clock: Callable[[], float] = time.monotonic) -> None:
        self.limit = limit
        self.window = window
        self.clock = clock
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._lock = threading.Lock()

    def _keys(self, address: str, name: str) -> tuple[str, str]:
        return (f"addr:{address}", f"name:{name.lower()}")

    def _recent(self, key: str, now: float) -> deque[float]:
        q = self._failures[key]
        while q and now - q[0] > self.window:
            q.popleft()
        return q

    def wait(self, address: str, name: str) -> int:
        """Seconds to wait before another attempt (0: go ahead)."""
        now = self.clock()
        with self._lock:
            waits = [
                int(self.window - (now - q[0])) + 1
                for q in (self._recent(k, now) for k in self._keys(address, name))
                if len(q) >= self.limit
            ]
        return max(waits, default=0)

    def failed(self, address: str, name: str) -> None:
        now = self.clock()
        with self._lock:
            for key in self._keys(address, name):
                self._recent(key, now).append(now)

    def cleared(self, address: str, name: str) -> None:
        """A successful login forgets the name's failures (not the address's)."""
        with self._lock:
            self._failures.pop(self._keys(address, name)[1], None)
