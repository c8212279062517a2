"""The review web app (Flask): login, an article list, an article page, the decisions and quality
pages, and a small JSON API for decisions.

Pages are rendered on the server with Jinja2 autoescaping (article text is always shown as text);
the page script only sends decisions and swaps in the facts panel the server renders back. Every
asset is served from ``static/``: the app works offline.

Security: sessions through Flask-Login in a signed cookie (HttpOnly, SameSite=Lax; Secure behind an
HTTPS proxy); every state-changing request must come from the page itself (its Origin, or else its
Referer, names this server) and the API takes JSON only; failed logins are counted per account and
per address (``throttle``). With no account in the database, a server on a loopback address stays
open (every decision stored as "local", a banner says so) and any other server refuses to start.

``create_app`` is the WSGI app for any server; ``extractor.review.server`` serves it with waitress.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit

from flask import Flask, abort, g, jsonify, redirect, render_template, request, url_for
from flask_login import LoginManager, UserMixin, current_user, login_user, logout_user
from sqlalchemy.engine import URL
from werkzeug.middleware.proxy_fix import ProxyFix

from extractor.article import VERSION
from extractor.review import accounts, decisions, matchview
from extractor.review.calibration import reliability_chart
from extractor.review.listing import ORDERS, Filters
from extractor.review.quality import precision_chart, quality_report
from extractor.review.service import OPEN_EDITOR, PAGE, STATUS_NAME, STATUSES, Review, ReviewError
from extractor.review.throttle import Throttle
from extractor.review.view import KIND_NAME, KIND_TITLE, LEGEND, LEGEND_NAME, ROUNDS, when

LOOPBACK = frozenset({"127.0.0.1", "::1", "localhost"})
ADD_ACCOUNT = "tennis-extract users add NAME --role admin --db URL"
OPEN_PATHS = ("/login", "/static/")


class User(UserMixin):
    def __init__(self, account: accounts.Account) -> None:
        self.account = account
        # the session names the account and its password: a new password ends the old sessions
        self.id = f"{account.id}:{account.stamp}"
        self.name = account.name
        self.is_admin = account.is_admin


def is_loopback(host: str) -> bool:
    return host.strip("[]") in LOOPBACK or host.startswith("127.")


def create_app(
    review: Review | str | URL,
    *,
    allow_open: bool = True,
    throttle: Throttle | None = None,
    behind_proxy: bool = False,
) -> Flask:
    """The app over a Review (or a database URL). ``allow_open``: with no accounts, serve
    without login (for a server on loopback only); otherwise every page asks to add an account
    first. ``throttle``: the failed-login limits (default: 5 per account, 50 per address, in 10
    minutes). ``behind_proxy``: behind an HTTPS reverse proxy that sets X-Forwarded-For, -Proto,
    -Host and -Prefix (werkzeug's ProxyFix trusts one hop of them), with Secure cookies."""
    if not isinstance(review, Review):
        review = Review(review)
    app = Flask(__name__)
    if behind_proxy:
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=1, x_proto=1, x_host=1, x_port=1, x_prefix=1)  # type: ignore[method-assign]
    app.config.update(
        REVIEW=review,
        SECRET_KEY=accounts.secret_key(review.engine),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        PERMANENT_SESSION_LIFETIME=dt.timedelta(hours=12),
        SESSION_COOKIE_SECURE=behind_proxy,
        REMEMBER_COOKIE_SECURE=behind_proxy,
    )
    app.jinja_env.globals.update(
        KIND_NAME=KIND_NAME,
        KIND_TITLE=KIND_TITLE,
        LEGEND=LEGEND,
        LEGEND_NAME=LEGEND_NAME,
        ROUNDS=ROUNDS,
        when=when,
        version=VERSION,
        chart=precision_chart,
        reliability=reliability_chart,
        STATUS_NAME=STATUS_NAME,
        is_admin=is_admin,
        DOUBT_BELOW=review.low_confidence,  # the "d" key's line, the list's low-confidence line
    )
    _accounts(app, review, allow_open, throttle or Throttle(review.engine))
    _pages(app, review)
    _api(app, review)
    matchview.register(app, review)
    return app


def editor() -> str:
    """The name a decision made in this request is stored under."""
    return OPEN_EDITOR if g.open else current_user.name


def is_admin() -> bool:
    return g.open or current_user.is_admin


def _accounts(app: Flask, review: Review, allow_open: bool, throttle: Throttle) -> None:
    """Login, logout, and the guard every request passes (origin, then session)."""
    login = LoginManager(app)
    login.login_view = "login"

    @login.user_loader
    def load_user(user_id: str):
        pk, _, stamp = user_id.partition(":")
        account = accounts.get(review.engine, int(pk)) if pk.isdigit() else None
        if account is None or account.disabled or account.stamp != stamp:
            return None  # removed, disabled, or its password changed since this session began
        return User(account)

    @login.unauthorized_handler
    def unauthorized():
        if request.path.startswith("/api/"):
            return jsonify(error="log in first"), 401
        return redirect(url_for("login", next=request.full_path if request.query_string else request.path))

    @app.before_request
    def guard():
        if request.method not in ("GET", "HEAD", "OPTIONS") and not _same_origin():
            if request.path.startswith("/api/"):
                return jsonify(error="refused: this request did not come from the review page"), 403
            abort(403)
        g.open = not accounts.any_users(review.engine)
        if g.open and not allow_open:
            return render_template("error.html", message=f"No accounts yet: add one with {ADD_ACCOUNT}"), 503
        if g.open or request.path.startswith(OPEN_PATHS):
            return None
        if not current_user.is_authenticated:
            return login.unauthorized()
        return None

    @app.route("/login", methods=["GET", "POST"], endpoint="login")
    def login_page():
        if g.open:
            return redirect(url_for("articles"))
        error, status = None, 200
        if request.method == "POST":
            name = request.form.get("name", "").strip()
            address = request.remote_addr or ""
            locked = throttle.wait(address, name)
            if locked:
                scope, wait = locked
                error, status = _locked_message(scope, name, wait // 60 + 1), 429
            else:
                account = accounts.verify(review.engine, name, request.form.get("password", ""))
                if account is None:
                    throttle.failed(address, name)
                    error, status = "Wrong name or password, or the account is disabled.", 401
                else:
                    throttle.cleared(address, name)
                    login_user(User(account))
                    target = request.args.get("next") or ""
                    return redirect(
                        target if target.startswith("/") and not target.startswith("//") else url_for("articles")
                    )
        return render_template("login.html", error=error), status

    @app.post("/logout")
    def logout():
        logout_user()
        return redirect(url_for("login"))


def _locked_message(scope: str, name: str, minutes: int) -> str:
    if scope == "account":
        return (
            f"Too many failed logins for {name}: try again in {minutes} minute(s), or ask an admin to "
            f"unlock the account."
        )
    return f"Too many failed logins from your address: try again in {minutes} minute(s), or ask an admin."


def _pages(app: Flask, review: Review) -> None:
    """The pages: article list, article, decisions, quality, and the error pages."""

    @app.get("/")
    def articles() -> str:
        filters = _filters()
        after, before = _int_arg("after"), _int_arg("before")
        page = review.summaries(filters, after=after, before=before, limit=PAGE)
        return render_template(
            "list.html", page=page, rows=page.rows, totals=page.totals, filters=filters, statuses=STATUSES
        )

    @app.get("/articles/<int:pk>")
    def article(pk: int) -> str:
        try:
            view = review.article(pk)
        except ReviewError as exc:
            return render_template("error.html", message=str(exc)), exc.status
        return render_template("article.html", view=view)

    @app.get("/decisions")
    def decisions_page() -> str:
        who = request.args.get("editor", "").strip() if is_admin() else editor()
        with review.engine.connect() as conn:
            rows = decisions.recent(conn, editor=who or None, before=_int_arg("before"), limit=PAGE)
        return render_template(
            "decisions.html",
            rows=rows,
            who=who,
            me=editor(),
            admin=is_admin(),
            more=rows[-1].id if len(rows) == PAGE else None,
        )

    @app.get("/quality")
    def quality() -> str:
        since = _date_arg("since")
        return render_template("quality.html", report=quality_report(review.engine, since=since), since=since)

    @app.errorhandler(403)
    def forbidden(exc):
        return render_template("error.html", message="Refused: this request did not come from the review page."), 403

    @app.errorhandler(404)
    def not_found(exc):
        if request.path.startswith("/api/"):
            return jsonify(error="no such address"), 404
        return render_template("error.html", message="There is no page at this address."), 404


def _api(app: Flask, review: Review) -> None:
    """The JSON API the page script calls: decide, a fact's history, undo."""

    @app.post("/api/articles/<int:pk>/decisions")
    def decide(pk: int):
        body = _json_body()
        kind, ref, decision = str(body.get("kind", "")), str(body.get("ref", "")), str(body.get("decision", ""))
        try:
            if decision == "clear" and not is_admin():
                history = review.history(pk, kind, ref)
                if history and history[0].editor != editor() and not history[0].machine:
                    raise ReviewError(
                        f"{history[0].editor} decided on this fact: only they or an admin can undo it", status=403
                    )
            review.decide(
                pk,
                kind,
                ref,
                decision,
                editor=editor(),
                changes=body.get("changes") if isinstance(body.get("changes"), dict) else None,
                reason=str(body.get("reason") or "") or None,
            )
            view = review.article(pk)
        except ReviewError as exc:
            return jsonify(error=str(exc)), exc.status
        return jsonify(
            panel=render_template("_panel.html", view=view), progress=render_template("_progress.html", view=view)
        )

    @app.get("/api/articles/<int:pk>/history")
    def history(pk: int):
        try:
            rows = review.history(pk, request.args.get("kind") or None, request.args.get("ref") or None)
        except ReviewError as exc:
            return jsonify(error=str(exc)), exc.status
        return jsonify(history=[_history_item(r) for r in rows])

    @app.post("/api/decisions/<int:decision_id>/undo")
    def undo(decision_id: int):
        _json_body()
        with review.engine.connect() as conn:
            row = decisions.get(conn, decision_id)
        if row is None:
            return jsonify(error=f"no decision {decision_id}"), 404
        if not is_admin() and row.editor != editor() and not row.machine:  # any editor undoes the machine's
            return jsonify(error="only an admin can undo another editor's decision"), 403
        try:
            new = review.undo(decision_id, editor=editor())
        except ReviewError as exc:
            return jsonify(error=str(exc)), exc.status
        return jsonify(undone=decision_id, decision=_history_item(new))


def _history_item(r: decisions.DecisionRow) -> dict[str, Any]:
    return {
        "id": r.id,
        "kind": r.kind,
        "ref": r.ref,
        "decision": r.decision,
        "corrected": r.corrected,
        "editor": r.editor,
        "reason": r.reason,
        "machine": r.machine,
        "confidence": r.confidence,
        "threshold": r.threshold,
        "decided_at": r.decided_at.isoformat(),
        "when": when(r.decided_at),
    }


def _same_origin() -> bool:
    """Whether a state-changing request names this server as its Origin (else Referer): a page
    on another site cannot make the browser send one that does."""
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if not source or source == "null":
        return False
    parts = urlsplit(source)
    return f"{parts.scheme}://{parts.netloc}" == request.host_url.rstrip("/")


def _int_arg(name: str) -> int | None:
    value = request.args.get(name, "")
    return int(value) if value.isdigit() else None


def _date_arg(name: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(request.args.get(name, "").strip())
    except ValueError:
        return None


def _filters() -> Filters:
    status = request.args.get("status") or "all"
    return Filters(
        status=status if status in ("all", *STATUSES, "unreadable") else "all",
        warnings=request.args.get("warnings") == "1",
        low_confidence=request.args.get("low") == "1",
        search=request.args.get("q", "").strip(),
        player=request.args.get("player", "").strip(),
        tournament=request.args.get("tournament", "").strip(),
        date_from=_date_arg("date_from"),
        date_to=_date_arg("date_to"),
        order=request.args.get("order") if request.args.get("order") in ORDERS else "load",
    )


def _json_body() -> dict[str, Any]:
    # JSON only: a plain cross-site form post cannot reach the API.
    if not request.is_json:
        abort(415)
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        abort(400)
    return body
