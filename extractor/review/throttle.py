"""Failed logins, counted per account and per address, in the database (``review_login_failures``).

- An **account** with ``limit`` failures (default 5) within ``window`` seconds (10 minutes) is
  locked: further attempts for it, from any address and with the right password too, are refused
  until enough failures age out, or an admin runs ``tennis-extract users unlock NAME``. An unknown
  name is counted the same way, so a locked name says nothing about whether the account exists.
- An **address** with ``address_limit`` failures (default 50, for any names) within the window is
  refused likewise (``users unlock --address ADDR``). The limit is high because one address can be a
  whole newsroom behind a proxy: one editor's typos lock their own account, not their colleagues'.

Counts live in the database, so every server of it and a restart see the same ones, and an admin
command works against a running server. A successful login forgets its account's failures.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Callable

from sqlalchemy import Engine, delete, func, insert, select

from extractor.db.schema import TABLES

LIMIT = 5
ADDRESS_LIMIT = 50
WINDOW = 600.0


def account_key(name: str) -> str:
    return (name or "").strip().lower()


class Throttle:
    def __init__(
        self,
        engine: Engine,
        *,
        limit: int = LIMIT,
        address_limit: int = ADDRESS_LIMIT,
        window: float = WINDOW,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.engine = engine
        self.limits = {"account": limit, "address": address_limit}
        self.window = window
        self.clock = clock

    def _now(self) -> dt.datetime:
        return dt.datetime.fromtimestamp(self.clock(), dt.UTC)

    def _since(self, now: dt.datetime) -> dt.datetime:
        return now - dt.timedelta(seconds=self.window)

    def _wait(self, conn, scope: str, key: str, now: dt.datetime) -> int:
        """Seconds until ``key`` is below its limit again (0: not locked)."""
        f, limit = TABLES["review_login_failures"], self.limits[scope]
        times = list(
            conn.execute(
                select(f.c.failed_at)
                .where(f.c.scope == scope, f.c.key == key, f.c.failed_at > self._since(now))
                .order_by(f.c.failed_at)
            ).scalars()
        )
        if len(times) < limit:
            return 0
        oldest = _aware(times[len(times) - limit])
        return max(1, int((oldest - self._since(now)).total_seconds()) + 1)

    def wait(self, address: str, name: str) -> tuple[str, int] | None:
        """(scope, seconds) when an attempt for ``name`` from ``address`` is to be refused: the
        account's lock first, else the address's; None to go ahead."""
        now = self._now()
        with self.engine.connect() as conn:
            for scope, key in (("account", account_key(name)), ("address", address)):
                seconds = self._wait(conn, scope, key, now)
                if seconds:
                    return scope, seconds
        return None

    def failed(self, address: str, name: str) -> None:
        f = TABLES["review_login_failures"]
        now = self._now()
        with self.engine.begin() as conn:
            conn.execute(delete(f).where(f.c.failed_at <= self._since(now)))  # aged out: forgotten
            conn.execute(
                insert(f),
                [
                    {"scope": "account", "key": account_key(name), "failed_at": now},
                    {"scope": "address", "key": address, "failed_at": now},
                ],
            )

    def cleared(self, address: str, name: str) -> None:
        """A successful login forgets the account's failures (not the address's)."""
        self.unlock(name=name)

    def unlock(self, *, name: str | None = None, address: str | None = None) -> int:
        """Forget the failures of an account and/or an address; returns how many were forgotten."""
        f = TABLES["review_login_failures"]
        done = 0
        with self.engine.begin() as conn:
            for scope, key in (("account", account_key(name or "")), ("address", address)):
                if key:
                    done += conn.execute(delete(f).where(f.c.scope == scope, f.c.key == key)).rowcount
        return done

    def recent(self) -> dict[tuple[str, str], tuple[int, int]]:
        """(scope, key) -> (failures within the window, seconds locked: 0 when not), for every
        account name and address with failures."""
        f = TABLES["review_login_failures"]
        now = self._now()
        out = {}
        with self.engine.connect() as conn:
            counts = conn.execute(
                select(f.c.scope, f.c.key, func.count())
                .where(f.c.failed_at > self._since(now))
                .group_by(f.c.scope, f.c.key)
            )
            for scope, key, n in list(counts):
                out[(scope, key)] = (n, self._wait(conn, scope, key, now) if n >= self.limits[scope] else 0)
        return out


def _aware(value: dt.datetime) -> dt.datetime:
    """SQLite gives back naive datetimes; every one we write is UTC."""
    return value if value.tzinfo is not None else value.replace(tzinfo=dt.UTC)
