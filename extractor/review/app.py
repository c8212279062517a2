"""The review web app (Flask): an article list, an article page, and a small JSON API for decisions.

Pages are rendered on the server with Jinja2 autoescaping (article text is always shown as text);
the page script only sends decisions and swaps in the facts panel the server renders back. Every
asset is served from ``static/``: the app works offline.
"""

from __future__ import annotations

from typing import Any

from flask import Flask, abort, jsonify, render_template, request
from sqlalchemy.engine import URL
from werkzeug.serving import BaseWSGIServer, make_server

from extractor.records import VERSION
from extractor.review.service import STATUSES, Review, ReviewError
from extractor.review.view import (
    KIND_NAME,
    KIND_TITLE,
    LEGEND,
    LEGEND_NAME,
    ROUNDS,
    when,
)


def create_app(review: Review | str | URL) -> Flask:
    """The app over a Review (or a database URL)."""
    if not isinstance(review, Review):
        review = Review(review)
    app = Flask(__name__)
    app.config["REVIEW"] = review
    app.jinja_env.globals.update(
        KIND_NAME=KIND_NAME, KIND_TITLE=KIND_TITLE, LEGEND=LEGEND, LEGEND_NAME=LEGEND_NAME, ROUNDS=ROUNDS, when=when, version=VERSION,
    )

    @app.get("/")
    def articles() -> str:
        status = request.args.get("status") or "all"
        if status not in ("all", *STATUSES):
            status = "all"
        filters = {
            "status": status,
            "warnings": request.args.get("warnings") == "1",
            "low_confidence": request.args.get("low") == "1",
            "search": request.args.get("q", "").strip(),
        }
        rows, totals = review.summaries(**filters)
        return render_template("list.html", rows=rows, totals=totals, filters=filters, statuses=STATUSES)

    @app.get("/articles/<int:pk>")
    def article(pk: int) -> str:
        try:
            view = review.article(pk)
        except ReviewError as exc:
            return render_template("error.html", message=str(exc)), exc.status
        return render_template("article.html", view=view)

    @app.post("/api/articles/<int:pk>/decisions")
    def decide(pk: int):
        body = _json_body()
        try:
            review.decide(
                pk,
                str(body.get("kind", "")),
                str(body.get("ref", "")),
                str(body.get("decision", "")),
                editor=str(body.get("editor") or ""),
                changes=body.get("changes") if isinstance(body.get("changes"), dict) else None,
            )
            view = review.article(pk)
        except ReviewError as exc:
            return jsonify(error=str(exc)), exc.status
        return jsonify(panel=render_template("_panel.html", view=view), progress=render_template("_progress.html", view=view))

    @app.get("/api/articles/<int:pk>/history")
    def history(pk: int):
        try:
            rows = review.history(pk, request.args.get("kind") or None, request.args.get("ref") or None)
        except ReviewError as exc:
            return jsonify(error=str(exc)), exc.status
        return jsonify(
            history=[
                {"kind": r.kind, "ref": r.ref, "decision": r.decision, "corrected": r.corrected, "editor": r.editor,
                 "decided_at": r.decided_at.isoformat(), "when": when(r.decided_at)}
                for r in rows
            ]
        )

    @app.errorhandler(404)
    def not_found(exc):
        if request.path.startswith("/api/"):
            return jsonify(error="no such address"), 404
        return render_template("error.html", message="There is no page at this address."), 404

    return app


def _json_body() -> dict[str, Any]:
    # JSON only: a plain cross-site form post cannot reach the API.
    if not request.is_json:
        abort(415)
    body = request.get_json(silent=True)
    if not isinstance(body, dict):
        abort(400)
    return body


def make_review_server(url: str | URL, host: str = "127.0.0.1", port: int = 8000) -> BaseWSGIServer:
    """A threaded HTTP server for the app (port 0 picks a free port: ``server.server_port``)."""
    return make_server(host, port, create_app(url), threaded=True)
