"""The review list at scale: keyset pages, indexed filters and search, counts from aggregates, the
summary rows the loader and every decision keep, and the upgrade of a schema-1 database.
(The timed figures at 100,000 articles are benchmarks/review.py's, not a test's.)"""

from __future__ import annotations

import pytest
from sqlalchemy import event, text
from test_review import make_record

from extractor.db import SCHEMA_VERSION, load_records
from extractor.db.facts import facts_of
from extractor.review import Review, create_app
from extractor.review.listing import Filters

N = 120


def numbered(i: int):
    data = make_record().model_dump()
    data["article"]["id"] = f"review-{i:03d}"
    if i % 3:
        data["warnings"] = []
    return data


@pytest.fixture()
def many(tmp_path):
    url = f"sqlite:///{tmp_path / 'many.db'}"
    assert load_records([numbered(i) for i in range(N)], url, batch_size=50).loaded == N
    review = Review(url)
    yield review
    review.close()


def test_pages_are_keyset_ranges_that_cover_every_article_once(many):
    seen, after, pages = [], None, 0
    while True:
        page = many.summaries(after=after, limit=50)
        pages += 1
        assert (page.prev_before is None) == (after is None)
        seen += [r.article_id for r in page.rows]
        if page.next_after is None:
            break
        after = page.next_after
    assert pages == 3 and seen == [f"review-{i:03d}" for i in range(N)]
    last = many.summaries(after=after, limit=50)
    back = many.summaries(before=last.prev_before, limit=50)
    assert [r.article_id for r in back.rows] == [f"review-{i:03d}" for i in range(50, 100)]
    assert back.prev_before is not None and back.next_after == back.rows[-1].pk


def test_a_list_request_is_a_few_queries_without_offset(many):
    statements: list[str] = []
    offsets: list = []
    event.listen(many.engine, "before_cursor_execute", lambda conn, cursor, sql, *a: statements.append(sql))
    event.listen(
        many.engine, "before_execute", lambda conn, clause, *a: offsets.append(getattr(clause, "_offset_clause", None))
    )
    client = create_app(many).test_client()
    statements.clear()
    body = client.get("/?q=alcaraz&warnings=1&after=10").get_data(as_text=True)
    assert body.count('<tr data-pk="') == 36  # review-010 to review-119 with warnings: every third (012 to 117)
    assert offsets and all(o is None for o in offsets)  # SQLite prints "OFFSET ?" after any LIMIT; none is set
    queries = [q for q in statements if q.strip().upper() != "BEGIN"]
    assert len(queries) <= 8, queries  # never one per article


@pytest.mark.parametrize(
    ("filters", "index"),
    [
        (Filters(status="unreviewed"), "ix_review_summaries_status"),
        (Filters(warnings=True), "ix_review_summaries_warned"),
        (Filters(search="de minaur"), "ix_review_terms_term"),
        (Filters(player="sinner"), "ix_review_terms_term"),
    ],
)
def test_filters_and_search_use_their_index(many, filters, index):
    from sqlalchemy import and_, select

    from extractor.db.schema import TABLES
    from extractor.review.listing import _conditions

    s = TABLES["review_summaries"]
    query = select(s.c.article_pk).where(and_(*_conditions(filters))).order_by(s.c.article_pk).limit(51)
    sql = str(query.compile(many.engine, compile_kwargs={"literal_binds": True}))
    with many.engine.connect() as conn:
        plan = " ".join(str(r[-1]) for r in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))
    assert index in plan, plan


def test_counts_follow_decisions_and_reloads(many):
    first = many.summaries(limit=1).rows[0]
    assert many.summaries().totals["status"] == {"unreviewed": N}
    many.decide(first.pk, "match", "M1", "accept", editor="Ann")
    many.decide(first.pk, "match", "M2", "reject", editor="Ann")
    totals = many.summaries().totals
    assert totals["status"] == {"unreviewed": N - 1, "partly": 1}
    assert (totals["facts"]["accept"], totals["facts"]["reject"]) == (3, 1)  # M1 and its two players
    row = many.summaries(Filters(status="partly")).rows[0]
    assert (row.article_id, row.counts["accept"], row.reviewed, row.total) == (
        "review-000",
        3,
        4,
        len(facts_of(make_record())),
    )
    # a newer extraction of that article: M2 changed (its rejection no longer counts), M1 did not
    newer = numbered(0)
    newer["article"]["extractor_version"] = "0.2.0"
    newer["matches"][1]["round"] = "final"
    newer["matches"][0]["confidence"] = 0.95  # a new confidence alone: the decision on M1 stands
    load_records([newer], many.engine.url)
    row = many.summaries(Filters(status="partly")).rows[0]
    assert (row.counts["accept"], row.counts["reject"]) == (3, 0)


def test_a_schema_1_database_is_upgraded_when_reviewed(tmp_path):
    url = f"sqlite:///{tmp_path / 'old.db'}"
    load_records([numbered(0), numbered(1)], url)
    review = Review(url)
    pk = review.summaries().rows[0].pk
    review.decide(pk, "match", "M1", "accept", editor="Ann")
    review.close()
    with review.engine.begin() as conn:  # back to what version 1 had: no review tables but the old decisions table
        for table in ("review_terms", "review_summaries", "review_users", "review_settings", "review_login_failures"):
            conn.execute(text(f"DROP TABLE {table}"))
        conn.execute(text("ALTER TABLE review_decisions DROP COLUMN reason"))
        conn.execute(text("DROP INDEX ix_review_decisions_editor"))
        conn.execute(text("ALTER TABLE review_decisions DROP COLUMN extractor_version"))
        conn.execute(text("UPDATE schema_version SET version = 1"))
    review = Review(url)
    with review.engine.connect() as conn:
        versions = [tuple(r) for r in conn.execute(text("SELECT version FROM schema_version ORDER BY version"))]
        assert versions == [(v,) for v in range(1, SCHEMA_VERSION + 1)]
    page = review.summaries()
    assert page.totals["status"] == {"partly": 1, "unreviewed": 1}
    assert [r.article_id for r in review.summaries(Filters(search="alcaraz")).rows] == ["review-000", "review-001"]
    review.close()


def test_the_login_limits_end_when_the_failures_age_out(tmp_path):
    from extractor.db import connect, migrate
    from extractor.review.throttle import Throttle

    engine = connect(f"sqlite:///{tmp_path / 'logins.db'}")
    migrate(engine)
    now = [1_000_000.0]
    throttle = Throttle(engine, limit=2, address_limit=3, window=60, clock=lambda: now[0])
    throttle.failed("10.0.0.1", "ann")
    now[0] += 30
    throttle.failed("10.0.0.2", "Ann")  # another address, the same name (names are counted in lower case)
    assert throttle.wait("10.0.0.3", "ann") == ("account", 31) and throttle.wait("10.0.0.3", "bo") is None
    throttle.failed("10.0.0.2", "cy")
    throttle.failed("10.0.0.2", "dee")
    assert throttle.wait("10.0.0.2", "bo") == ("address", 61)  # three names tried from one address
    assert throttle.recent() == {
        ("account", "ann"): (2, 31),
        ("account", "cy"): (1, 0),
        ("account", "dee"): (1, 0),
        ("address", "10.0.0.1"): (1, 0),
        ("address", "10.0.0.2"): (3, 61),
    }
    now[0] += 31
    assert throttle.wait("10.0.0.3", "ann") is None and throttle.wait("10.0.0.2", "bo") == ("address", 30)
    throttle.failed("10.0.0.1", "eve")  # the aged-out rows are removed as new ones come
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM review_login_failures")).scalar() == 8
    engine.dispose()


def test_the_list_on_postgresql(pg_url):
    assert load_records([numbered(i) for i in range(60)], pg_url).loaded == 60
    review = Review(pg_url)
    page = review.summaries()
    assert len(page.rows) == 50 and page.totals["status"] == {"unreviewed": 60}
    assert len(review.summaries(after=page.next_after).rows) == 10
    assert len(review.summaries(Filters(search="de min")).rows) == 50
    assert len(review.summaries(Filters(player="Minaur", warnings=True)).rows) == 20
    assert review.summaries(Filters(tournament="minaur")).rows == []
    review.decide(page.rows[0].pk, "match", "M1", "accept", editor="Ann")
    assert review.summaries().totals["status"] == {"unreviewed": 59, "partly": 1}
    with review.engine.connect() as conn:
        collation = conn.execute(
            text(
                "SELECT collation_name FROM information_schema.columns WHERE table_name = 'review_terms' "
                "AND column_name = 'term'"
            )
        ).scalar()
    assert collation == "C"
    review.close()
