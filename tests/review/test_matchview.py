"""The review's match view: canonical matches with conflicts first, every source side by side, the
reference result, and a correction on the canonical match (Flask test client, SQLite)."""

from __future__ import annotations

import json

import pytest
from canonical_support import FEDERER, FINAL, HEWITT, article, us_open_file
from click.testing import CliRunner

from extractor.cli import main
from extractor.db import load_records
from extractor.db.upkeep import import_results
from extractor.review import Review, create_app

ORIGIN = "http://localhost"


@pytest.fixture
def url(tmp_path) -> str:
    url = f"sqlite:///{tmp_path / 'tennis.db'}"
    load_records(
        FINAL + [article("x1", "2004-09-14", HEWITT, FEDERER, "6-0 7-6(3) 6-0", tournament="Masters Cup")], url
    )
    import_results(url, [us_open_file(tmp_path)])
    return url


@pytest.fixture
def client(url):
    review = Review(url)
    yield create_app(review).test_client()
    review.close()


def test_conflicts_come_first_and_the_match_shows_every_source(client):
    page = client.get("/matches").get_data(as_text=True)
    assert "Roger Federer d. Lleyton Hewitt" in page and "⚠ score" in page
    assert "Lleyton Hewitt d. Roger Federer" not in page  # agreed, no reference conflict: under "All"
    everything = client.get("/matches?show=all").get_data(as_text=True)
    assert "Lleyton Hewitt d. Roger Federer" in everything and 'All <span class="n">2</span>' in everything
    assert "Roger Federer" in client.get("/matches?show=sources&player=federer").get_data(as_text=True)
    cid = int(page.split('data-match="')[1].split('"')[0])
    detail = client.get(f"/matches/{cid}").get_data(as_text=True)
    assert detail.count('data-source="') == 3 and detail.count('class="nowrap differs"') == 1  # a3's last set
    assert "confirmed" in detail and "US Open (ATP 2004-560, match 127)" in detail
    assert client.get("/matches/999").status_code == 404


def test_a_correction_changes_what_consumers_see_and_can_be_undone(client, url):
    cid = json.loads(CliRunner().invoke(main, ["matches", "--db", url, "--json", "--state", "conflict"]).stdout)["id"]
    post = lambda body: client.post(f"/api/matches/{cid}/correction", json=body, headers={"Origin": ORIGIN})  # noqa: E731
    assert post({"score": "6-0 7-6(3) 6-7"}).status_code == 422
    assert post({"round": "fourth"}).status_code == 422
    assert client.post(f"/api/matches/{cid}/correction", json={"score": "6-1 6-1"}).status_code == 403  # no Origin
    res = post({"score": "6-0 7-6(3) 6-1", "round": "final"})
    assert res.status_code == 200 and res.get_json()["corrected"]["score"] == "6-0 7-6(3) 6-1"
    got = json.loads(CliRunner().invoke(main, ["matches", "--db", url, "--json", "--state", "conflict"]).stdout)
    assert got["score"] == "6-0 7-6(3) 6-1" and got["corrected"]["by"] == "local"
    assert "corrected by local" in client.get(f"/matches/{cid}").get_data(as_text=True)
    assert "Roger Federer" not in client.get("/matches").get_data(as_text=True)  # resolved: off the conflicts tab
    assert post({}).status_code == 200
    got = json.loads(CliRunner().invoke(main, ["matches", "--db", url, "--json", "--state", "conflict"]).stdout)
    assert got["score"] == "6-0 7-6(3) 6-0" and got["corrected"] is None
