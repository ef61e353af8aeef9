"""The digest built from a real store: saved expected renderings, JSON schema, escaping, periods.

Set UPDATE_EXPECTED=1 to rewrite tests/report/expected/ after an intended change, then review
the diff like any other code change.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
from datetime import date
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from pipeline.errors import ConfigError
from pipeline.report.claims import CLAIM_IDS, load_baseline
from pipeline.report.digest import build_digest, md_escape, render
from pipeline.report.plots import forest_plots, start_forest_plots
from pipeline.store.engine import open_store, session_scope

from . import dataset

EXPECTED = Path(__file__).resolve().parent / "expected"


@pytest.fixture
def store(settings, engine):
    dataset.populate(engine)
    with session_scope(engine) as session:
        load_baseline(session=session, settings=settings, now=dataset.NOW)
    return engine


@pytest.fixture
def data(settings, store):
    with session_scope(store) as session:
        return build_digest(session=session, settings=settings, since=dataset.SINCE, until=dataset.UNTIL,
                            now=dataset.NOW)


def _compare(name: str, text: str) -> None:
    path = EXPECTED / name
    if os.environ.get("UPDATE_EXPECTED"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("fmt", "name"), [("md", "digest.md"), ("html", "digest.html"), ("json", "digest.json")])
def test_rendering_matches_the_saved_digest(data, fmt, name):
    _compare(name, render(data, fmt))


def test_json_has_exactly_the_documented_keys(data):
    document = json.loads(render(data, "json"))
    assert set(document) == {"period", "baseline_version", "new_articles", "flags", "claims", "articles"}
    assert document["period"] == {"since": "2025-03-03", "until": "2025-03-09"}
    assert isinstance(document["baseline_version"], str) and isinstance(document["new_articles"], int)
    for flag in document["flags"]:
        assert set(flag) == {"claim", "severity", "basis", "pmids", "reason"}
        assert flag["claim"] in CLAIM_IDS and flag["severity"] in ("high", "medium", "info")
        assert flag["basis"] in ("study", "pooled", "retraction", "guideline")
        assert all(isinstance(p, str) for p in flag["pmids"]) and "\n" not in flag["reason"]
    assert [c["claim"] for c in document["claims"]] == list(CLAIM_IDS)
    for claim in document["claims"]:
        assert set(claim) == {"claim", "baseline", "pooled"}
        if claim["pooled"] is not None:
            assert set(claim["pooled"]) == {"rate", "ci", "studies", "patients"}
            assert len(claim["pooled"]["ci"]) == 2
    assert document["new_articles"] == len(document["articles"])


def test_the_period_lists_its_new_articles_and_the_retraction(data):
    assert [a.pmid for a in data.new_articles] == ["201", "202", "203", "204", "205", "206", "207", "208", "209"]
    assert [a.pmid for a in data.revised_articles] == ["104"]
    assert [(a.pmid, a.retraction_notices) for a in data.retractions] == [("104", ("205",))]


def test_pooled_before_counts_the_study_retracted_in_the_period_and_after_drops_it(data):
    remission = next(v for v in data.claims if v.claim_id == "hsct.remission_rate")
    assert remission.before.pmids == ("101", "102", "104")
    assert remission.after.pmids == ("101", "102", "201", "208", "209")


def test_a_pooled_flag_is_raised_when_the_pooled_ci_leaves_the_range(data):
    pooled = [f for f in data.flags if f.basis == "pooled"]
    assert [(f.claim, f.pmids) for f in pooled] == [("hsct.remission_rate", ("101", "102", "201", "208", "209"))]


def test_untrusted_text_is_escaped_in_markdown_and_html(data):
    markdown = render(data, "md")
    html = render(data, "html")
    assert dataset.NASTY_TITLE not in markdown
    assert r"Autologous HSCT \| \*refractory\* lupus\_nephritis \[cohort\] \<script\>" in markdown
    assert "<script>" not in html
    assert "Autologous HSCT | *refractory* lupus_nephritis [cohort] &lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in html


def test_md_escape_round_trips_through_markdown_as_literal_text():
    nasty = "a | b *c* _d_ [e](http://x) <b>f</b> & `g` # h ~i~ ![j](k)\nnext"
    rendered = MarkdownIt("commonmark", {"html": False}).render(md_escape(nasty))
    assert rendered == ("<p>a | b *c* _d_ [e](http://x) &lt;b&gt;f&lt;/b&gt; &amp; `g` # h ~i~ ![j](k) next</p>\n")


def test_a_later_period_without_new_articles_has_no_flags(settings, store):
    with session_scope(store) as session:
        later = build_digest(session=session, settings=settings, since=date(2025, 3, 10), until=date(2025, 3, 16),
                             now=dataset.NOW)
    assert later.new_articles == () and later.flags == ()
    assert "No new evidence in this period raises a flag" in render(later, "md")


def test_an_article_listed_by_an_earlier_digest_is_not_new_again(settings, store):
    from pipeline.store.models import DigestRecord

    with session_scope(store) as session:
        session.add(DigestRecord(created_at=dataset.NOW, since=date(2025, 2, 24), until=date(2025, 3, 2),
                                 markdown="", data={"articles": ["201"]}))
    with session_scope(store) as session:
        data = build_digest(session=session, settings=settings, since=dataset.SINCE, until=dataset.UNTIL,
                            now=dataset.NOW)
    assert "201" not in [a.pmid for a in data.new_articles]
    assert not [f for f in data.flags if f.pmids == ("201",)]


def test_since_after_until_is_a_usage_error(settings, store):
    with session_scope(store) as session, pytest.raises(ConfigError, match="--since 2025-03-09 is after --until"):
        build_digest(session=session, settings=settings, since=date(2025, 3, 9), until=date(2025, 3, 3),
                     now=dataset.NOW)


def test_forest_plots_are_pngs_for_each_pooled_claim(data):
    plots = forest_plots(data.claims)
    assert sorted(plots) == ["digest-2025-03-09-hsct-mortality.png", "digest-2025-03-09-hsct-remission-rate.png"]
    assert all(png.startswith(b"\x89PNG\r\n\x1a\n") for png in plots.values())


def test_plots_drawn_in_forked_processes_equal_those_drawn_here(data):
    expected = forest_plots(data.claims)
    children_before = set(multiprocessing.active_children())
    wait = start_forest_plots(data.claims)
    forked = set(multiprocessing.active_children()) - children_before
    assert wait() == expected
    if threading.active_count() == 1:  # what decides; another test may have left a thread running
        assert len(forked) == len(expected)


def test_plots_are_drawn_here_while_another_thread_runs(data):
    release = threading.Event()
    other = threading.Thread(target=release.wait)
    other.start()
    try:
        children_before = set(multiprocessing.active_children())
        wait = start_forest_plots(data.claims)
        assert set(multiprocessing.active_children()) == children_before
        assert wait() == forest_plots(data.claims)
    finally:
        release.set()
        other.join()


def test_the_markdown_links_the_plots_and_every_flag_pmid(data):
    markdown = render(data, "md")
    assert "![Forest plot: HSCT remission](digest-2025-03-09-hsct-remission-rate.png)" in markdown
    for flag in data.flags:
        for pmid in flag.pmids:
            assert f"[PMID {pmid}](https://pubmed.ncbi.nlm.nih.gov/{pmid}/)" in markdown


def test_an_in_memory_store_gives_the_same_digest(settings, data):
    """The MSC dose rows are read on a second connection, which an in-memory store would not
    share: there they are read on the digest's own."""
    engine = open_store("sqlite://")
    try:
        dataset.populate(engine)
        with session_scope(engine) as session:
            load_baseline(session=session, settings=settings, now=dataset.NOW)
            in_memory = build_digest(session=session, settings=settings, since=dataset.SINCE,
                                     until=dataset.UNTIL, now=dataset.NOW)
    finally:
        engine.dispose()
    doses = next(view.doses for view in data.claims if view.claim_id == "msc.max_tolerated_dose")
    assert doses, "the dataset must list MSC doses for this comparison to mean anything"
    assert render(in_memory, "md") == render(data, "md")
