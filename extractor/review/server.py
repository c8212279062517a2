"""Serving the review app: waitress, a production WSGI server in pure Python (every platform), with a
pool of ``threads`` for the requests.

>>> server = make_review_server("sqlite:///tennis.db", "127.0.0.1", 8000, threads=8)   # doctest: +SKIP
>>> server.serve_forever()                                  # until Ctrl+C, or server.shutdown()

Any other WSGI server takes the app from ``create_app`` (``extractor.review.app``), e.g. gunicorn:
``gunicorn -w 4 'extractor.review.app:create_app("postgresql://...", allow_open=False, behind_proxy=True)'``.
"""

from __future__ import annotations

import threading

import waitress
from sqlalchemy.engine import URL
from waitress import wasyncore

from extractor.review import accounts
from extractor.review.app import ADD_ACCOUNT, create_app, is_loopback
from extractor.review.autoaccept import AutoAcceptReport
from extractor.review.service import Review, ReviewError

THREADS = 8


class ReviewServer:
    """A waitress server for the app: ``server_port`` (the port bound, also for port 0),
    ``serve_forever()`` (returns on Ctrl+C or ``shutdown()``), ``shutdown()`` from another thread,
    ``server_close()``."""

    def __init__(self, app, review: Review, host: str, port: int, *, threads: int, behind_proxy: bool) -> None:
        self.review = review
        self.map: dict = {}
        self.server = waitress.create_server(
            app,
            map=self.map,
            host=host,
            port=port,
            threads=threads,
            ident="tennis-extract",
            # behind a proxy its X-Forwarded-* headers reach the app, which trusts the last hop
            # (werkzeug's ProxyFix); otherwise waitress drops them, so no client can fake them
            clear_untrusted_proxy_headers=not behind_proxy,
        )
        listen = getattr(self.server, "effective_listen", None)
        self.server_port = listen[0][1] if listen else self.server.effective_port
        self._stopped = threading.Event()
        self.auto_accepted: AutoAcceptReport | None = None  # what --auto-accept did at the start

    def serve_forever(self) -> None:
        try:
            self.server.run()
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop serving (from another thread): the open sockets close in the server's own loop."""
        trigger = next((d for d in list(self.map.values()) if hasattr(d, "pull_trigger")), None)
        if trigger is None:
            return
        trigger.pull_trigger(lambda: wasyncore.close_all(self.map))
        self._stopped.wait(10)

    def server_close(self) -> None:
        self.server.task_dispatcher.shutdown(timeout=5)
        wasyncore.close_all(self.map)
        self.review.close()


def make_review_server(
    url: str | URL,
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    threads: int = THREADS,
    behind_proxy: bool = False,
    auto_accept: float | None = None,
) -> ReviewServer:
    """A waitress server for the app (port 0 picks a free port: ``server.server_port``). Off
    loopback, or behind a proxy (which makes it reachable from elsewhere), it needs an account in
    the database (``ReviewError`` otherwise). ``auto_accept``: the machine first accepts the open
    facts at or above it (stored: ``server.auto_accepted`` says what it did)."""
    review = Review(url)
    if (behind_proxy or not is_loopback(host)) and not accounts.any_users(review.engine):
        review.close()
        where = "through the proxy" if behind_proxy else host
        raise ReviewError(
            f"no review accounts in this database, so the page would be open to anyone who reaches "
            f"{where}: add one with {ADD_ACCOUNT}"
        )
    app = create_app(review, allow_open=is_loopback(host) and not behind_proxy, behind_proxy=behind_proxy)
    try:
        server = ReviewServer(app, review, host, port, threads=threads, behind_proxy=behind_proxy)
    except BaseException:
        review.close()
        raise
    if auto_accept is not None:  # once the port is ours: a server that cannot start touches nothing
        try:
            server.auto_accepted = review.auto_accept(auto_accept)
        except BaseException:
            server.server_close()
            raise
    return server
