"""A refresh under NCBI's misbehaviour: every fault kind, a seeded random mix, faults that persist,
an expired WebEnv mid-run, and a refresh killed with SIGKILL."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

from pipeline.errors import FetchError
from pipeline.fetch.fake_eutils import (
    ERRORLIST,
    EXPIRE,
    HTTP_400,
    HTTP_503,
    MALFORMED,
    TRANSIENT_FAULTS,
    Corpus,
    FakeEutils,
    Fault,
    RandomFaults,
    synthetic_corpus,
)
from tests.conftest import REPO_ROOT
from tests.eutils_support import (
    CORPUS_START,
    NOW,
    config_toml,
    make_settings,
    refresh,
    runs,
    stored_articles,
    watermark,
)

N = 23
TODAY = NOW.date()


@pytest.fixture
def corpus() -> Corpus:
    return Corpus(synthetic_corpus(N, start=CORPUS_START, days=20))


FETCH_FAULTS = [kind for kind in TRANSIENT_FAULTS if kind != ERRORLIST]
SEARCH_FAULTS = [kind for kind in TRANSIENT_FAULTS if kind != EXPIRE]


@pytest.mark.parametrize("kind", FETCH_FAULTS)
def test_fetch_fault_then_success_leaves_exactly_the_corpus(settings, server, corpus, kind):
    server.inject(Fault(kind, endpoint="efetch", skip=2, retry_after=0, delay=1.0))
    report = refresh(settings)
    assert set(stored_articles(settings)) == corpus.pmids()
    assert (report.new, watermark(settings)) == (N, TODAY)
    assert server.faults_served == [("efetch", kind)]


@pytest.mark.parametrize("kind", SEARCH_FAULTS)
def test_search_fault_then_success_leaves_exactly_the_corpus(settings, server, corpus, kind):
    server.inject(Fault(kind, endpoint="esearch", retry_after=0, delay=1.0))
    refresh(settings)
    assert set(stored_articles(settings)) == corpus.pmids()
    assert watermark(settings) == TODAY


def test_expired_webenv_mid_run_searches_again_and_resumes_at_the_failed_batch(settings, server, corpus):
    server.inject(Fault(EXPIRE, endpoint="efetch", skip=2))
    report = refresh(settings)
    fetches = [entry for entry in server.requests if entry.endpoint == "efetch"]
    assert set(stored_articles(settings)) == corpus.pmids()
    # 2 batches, the expired one, then the same batch again and the rest: 6 EFetch, 3 ESearch.
    assert [entry.params["retstart"] for entry in fetches] == ["0", "5", "10", "10", "15", "20"]
    assert (server.count("esearch"), report.requests, report.new) == (3, 9, N)


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5])
def test_random_fault_mix_still_stores_exactly_the_corpus(settings, server, corpus, seed):
    server.random_faults = RandomFaults(seed=seed, rate=0.4, max_in_a_row=settings.pubmed.max_retries,
                                        retry_after=0, delay=1.0)
    report = refresh(settings)
    assert set(stored_articles(settings)) == corpus.pmids()
    assert (report.new, watermark(settings)) == (N, TODAY)
    assert server.random_faults.injected  # the mix did misbehave


def _fail_third_batch(params: dict[str, str]) -> bool:
    return params.get("retstart") == "10"


def test_persistent_batch_fault_keeps_committed_batches_and_the_watermark(settings, server, corpus):
    server.inject(Fault(HTTP_503, endpoint="efetch", times=None, when=_fail_third_batch))
    with pytest.raises(FetchError) as failure:
        refresh(settings)
    stored = stored_articles(settings)
    run, = runs(settings)
    assert len(stored) == 10 and watermark(settings) is None
    assert "efetch new records 11-15" in str(failure.value)
    assert "kept 2 committed batch(es) (10 records" in str(failure.value)
    assert (run.status, run.counts["new"]) == ("failed", 10)
    assert run.error == str(failure.value)


def test_next_refresh_after_a_persistent_fault_completes_the_window(settings, server, corpus):
    server.inject(Fault(HTTP_503, endpoint="efetch", times=None, when=_fail_third_batch))
    with pytest.raises(FetchError):
        refresh(settings)
    server.clear_faults()
    report = refresh(settings)
    assert set(stored_articles(settings)) == corpus.pmids()
    assert (report.new, report.window.start, watermark(settings)) == (N - 10, settings.pubmed.start_date, TODAY)


def test_persistent_malformed_batch_names_its_pmids(settings, server):
    server.inject(Fault(MALFORMED, endpoint="efetch", times=None, when=_fail_third_batch))
    with pytest.raises(FetchError, match="truncated or malformed") as failure:
        refresh(settings)
    run, = runs(settings)
    assert "(PMIDs 40000013…40000009)" in str(failure.value)
    assert run.counts["failed_pmids"] == ["40000013", "40000012", "40000011", "40000010", "40000009"]


def test_missing_pmid_that_never_arrives_fails_the_run_after_storing_the_rest(settings, corpus, monkeypatch):
    # ESearch lists 40000007 but EFetch never returns it.
    real_get = corpus.get
    monkeypatch.setattr(corpus, "get", lambda pmid: None if pmid == "40000007" else real_get(pmid))
    with pytest.raises(FetchError, match="1 of the 5 PMIDs asked for are missing.*40000007"):
        refresh(settings)
    stored = stored_articles(settings)
    assert "40000007" not in stored and "40000006" in stored and watermark(settings) is None


def test_persistent_search_fault_stores_nothing_and_keeps_the_previous_watermark(settings, server, corpus):
    refresh(settings)
    server.clear_log()
    server.inject(Fault(HTTP_503, endpoint="esearch", times=None))
    with pytest.raises(FetchError, match="HTTP 503"):
        refresh(settings, now=NOW.replace(day=12))
    assert watermark(settings) == TODAY
    assert [run.status for run in runs(settings)] == ["ok", "failed"]


def test_http_400_fails_at_once(settings, server):
    server.inject(Fault(HTTP_400, endpoint="esearch", times=None, message="Invalid term"))
    with pytest.raises(FetchError, match="HTTP 400"):
        refresh(settings)
    assert server.count() == 1


def _article_count(path) -> int:
    try:
        with sqlite3.connect(path, timeout=1) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:
        return 0


def test_refresh_killed_with_sigkill_then_rerun_leaves_exactly_the_corpus(tmp_path):
    corpus = Corpus(synthetic_corpus(40, start=CORPUS_START, days=20))
    with FakeEutils(corpus, delay=0.15) as slow:
        config = tmp_path / "config.toml"
        config.write_text(config_toml(slow.url), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
        process = subprocess.Popen([sys.executable, "-m", "pipeline", "--config", str(config), "refresh"],
                                   cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        database = tmp_path / "evidence.sqlite"
        deadline = time.monotonic() + 60
        while _article_count(database) == 0 and process.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert process.poll() is None, process.stderr.read().decode()
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        process.stderr.close()
        killed_with = _article_count(database)
        assert 0 < killed_with < 40

        settings = make_settings(tmp_path, slow.url)
        report = refresh(settings)
    assert set(stored_articles(settings)) == corpus.pmids()
    assert report.new == 40 - killed_with
    first, second = runs(settings)
    assert (first.status, second.status) == ("failed", "ok")
    assert "interrupted" in first.error
