"""The E-utilities client against the loopback server: requests, retries, errors, secrecy."""

from __future__ import annotations

import logging
import random
from datetime import date

import pytest
from Bio import Entrez

from pipeline.errors import FetchError
from pipeline.fetch import eutils
from pipeline.fetch.eutils import BatchFetchError, EutilsClient, HistoryExpired, RateLimiter
from pipeline.fetch.fake_eutils import (
    BACKEND,
    DROP,
    EMPTY,
    ERRORLIST,
    EXPIRE,
    HTML,
    HTTP_400,
    HTTP_429,
    HTTP_500,
    HTTP_502,
    HTTP_503,
    MALFORMED,
    RESET,
    SLOW,
    TRUNCATE,
    Corpus,
    FakeEutils,
    Fault,
    synthetic_corpus,
)
from tests.eutils_support import fast_client, make_settings

SECRET = "SENTINEL-KEY-7f3a9c"
TERM = '(lupus) AND ("2025/01/01"[edat] : "2025/12/31"[edat])'


@pytest.fixture
def client(settings):
    return fast_client(settings)


def test_biopython_never_retries_behind_our_loop():
    assert Entrez.max_tries == 1


def test_search_goes_to_the_configured_base_url_with_tool_and_email(client, server):
    result = client.search(TERM, retmax=100)
    sent = server.requests[0]
    assert (result.count, len(result.ids), result.webenv.startswith("MCID_"), result.query_key) == (12, 12, True, "1")
    assert (sent.endpoint, sent.params["tool"], sent.params["email"], sent.params["usehistory"]) == (
        "esearch", "evidence-watch", "watch@example.org", "y")
    assert "api_key" not in sent.params


def test_api_key_is_sent_when_set(settings, server, monkeypatch):
    monkeypatch.setenv(settings.pubmed.api_key_env, SECRET)
    fast_client(settings).search(TERM, retmax=5)
    assert server.requests[0].params["api_key"] == SECRET


def test_efetch_is_posted_through_the_history_server(client, server):
    result = client.search(TERM, retmax=100)
    articles = client.fetch_history(result, retstart=5, expected=result.ids[5:9])
    sent = server.requests[-1]
    assert [article.pmid for article in articles] == list(result.ids[5:9])
    assert (sent.method, sent.params["WebEnv"], sent.params["retstart"], sent.params["retmax"]) == (
        "POST", result.webenv, "5", "4")


def test_efetch_by_id_is_posted(client, server):
    articles = client.fetch_ids(["40000002", "40000001"])
    assert [a.pmid for a in articles] == ["40000002", "40000001"]
    assert (server.requests[0].method, server.requests[0].params["id"]) == ("POST", "40000002,40000001")


@pytest.mark.parametrize("kind", [HTTP_429, HTTP_500, HTTP_502, HTTP_503, DROP, RESET, SLOW, HTML, EMPTY,
                                  BACKEND, ERRORLIST, MALFORMED, TRUNCATE])
def test_transient_esearch_fault_is_retried(client, server, kind):
    server.inject(Fault(kind, endpoint="esearch", delay=1.0))
    result = client.search(TERM, retmax=100)
    assert result.count == 12
    assert (client.requests_made, server.count("esearch")) == (2, 2)


@pytest.mark.parametrize("kind", [HTTP_429, HTTP_500, HTTP_503, DROP, RESET, SLOW, HTML, EMPTY, BACKEND,
                                  MALFORMED, TRUNCATE])
def test_transient_efetch_fault_is_retried(client, server, kind):
    server.inject(Fault(kind, endpoint="efetch", delay=1.0))
    articles = client.fetch_ids(["40000003", "40000004"])
    assert sorted(a.pmid for a in articles) == ["40000003", "40000004"]
    assert client.requests_made == 2


def test_retry_after_is_honoured(settings, server):
    slept: list[float] = []
    client = fast_client(settings, sleep=slept.append)
    server.inject(Fault(HTTP_429, retry_after=0.008))
    client.search(TERM, retmax=5)
    assert slept and slept[0] >= 0.008


def test_retry_after_is_capped_by_max_backoff(settings, server):
    slept: list[float] = []
    client = fast_client(settings, sleep=slept.append)
    server.inject(Fault(HTTP_503, retry_after=3600))
    client.search(TERM, retmax=5)
    assert slept == [settings.pubmed.max_backoff_seconds]


def test_backoff_doubles_with_jitter_up_to_the_ceiling(tmp_path):
    settings = make_settings(tmp_path, "http://127.0.0.1:9/", backoff_seconds=1.0, max_backoff_seconds=6.0)
    client = EutilsClient(settings.pubmed, rng=random.Random(3))
    delays = [client._backoff(attempt, None) for attempt in range(5)]
    assert 0.5 <= delays[0] <= 1.0 and 1.0 <= delays[1] <= 2.0 and 2.0 <= delays[2] <= 4.0
    assert 3.0 <= delays[3] <= 6.0 and 3.0 <= delays[4] <= 6.0


def test_persistent_5xx_fails_after_the_retry_budget(client, server, settings):
    server.inject(Fault(HTTP_503, times=None))
    with pytest.raises(FetchError, match=r"HTTP 503.*gave up after 5 attempt\(s\)"):
        client.search(TERM, retmax=5)
    assert server.count() == settings.pubmed.max_retries + 1


def test_http_400_is_not_retried(client, server):
    server.inject(Fault(HTTP_400, times=None, message="Invalid query"))
    with pytest.raises(FetchError, match="HTTP 400.*not retried"):
        client.search(TERM, retmax=5)
    assert server.count() == 1


def test_paging_limit_error_is_not_retried(tmp_path):
    with FakeEutils(Corpus(synthetic_corpus(12, start=date(2025, 1, 6))), cap=5) as capped:
        client = fast_client(make_settings(tmp_path, capped.url))
        with pytest.raises(FetchError, match="refused to page"):
            client._call("esearch", {"db": "pubmed", "term": TERM, "retstart": 9}, post=None,
                         interpret=lambda reply: client._read_search(reply, "esearch"), label="esearch")
        assert capped.count() == 1


def test_persistent_errorlist_names_the_query(client, server):
    server.inject(Fault(ERRORLIST, times=None))
    with pytest.raises(FetchError, match=r"ErrorList.*check \[pubmed\] query"):
        client.search(TERM, retmax=5)


def test_missing_pmids_are_retried_then_reported(client, server):
    server.corpus.remove("40000004")
    with pytest.raises(BatchFetchError, match="1 of the 2 PMIDs asked for are missing") as failure:
        client.fetch_ids(["40000003", "40000004"], label="efetch batch 1")
    assert failure.value.pmids == ("40000004",)
    assert [a.pmid for a in failure.value.articles] == ["40000003"]


def test_persistent_malformed_body_reports_the_batch_pmids(client, server):
    server.inject(Fault(MALFORMED, endpoint="efetch", times=None))
    with pytest.raises(BatchFetchError, match="truncated or malformed") as failure:
        client.fetch_ids(["40000003", "40000004"])
    assert failure.value.pmids == ("40000003", "40000004")


def test_expired_history_raises_at_once(client, server):
    result = client.search(TERM, retmax=100)
    server.inject(Fault(EXPIRE))
    with pytest.raises(HistoryExpired, match="Unable to obtain query #1"):
        client.fetch_history(result, retstart=0, expected=result.ids[:3])
    assert server.count("efetch") == 1


def test_api_key_never_reaches_logs_or_errors(settings, server, monkeypatch, caplog):
    monkeypatch.setenv(settings.pubmed.api_key_env, SECRET)
    client = fast_client(settings)
    caplog.set_level(logging.DEBUG)
    server.inject(Fault(HTTP_429), Fault(HTTP_500), Fault(HTTP_400, times=None))
    with pytest.raises(FetchError) as failure:
        client.search(TERM, retmax=5)
    assert server.requests[0].params["api_key"] == SECRET
    assert "API key invalid" in str(failure.value)
    assert SECRET not in str(failure.value)
    assert SECRET not in caplog.text
    assert SECRET not in repr(client)


def test_redact_blanks_key_values_and_parameters(settings, monkeypatch):
    monkeypatch.setenv(settings.pubmed.api_key_env, SECRET)
    client = EutilsClient.from_settings(settings)
    assert client.redact(f"x?api_key={SECRET}&db=pubmed {SECRET}") == "x?api_key=***&db=pubmed ***"
    assert client.redact("api_key=other") == "api_key=***"


def test_rate_limiter_spaces_requests_with_an_injected_clock():
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(clock=lambda: now[0], sleep=sleep)
    for _ in range(4):
        limiter.wait(eutils.NO_KEY_INTERVAL)
    assert slept == pytest.approx([eutils.NO_KEY_INTERVAL] * 3)


def test_rate_limiter_does_not_wait_after_a_pause():
    now = [0.0]
    limiter = RateLimiter(clock=lambda: now[0], sleep=lambda s: pytest.fail("slept"))
    limiter.wait(0.37)
    now[0] += 5
    assert limiter.wait(0.37) == 0.0


def test_real_limiter_keeps_under_the_server_enforced_rate(tmp_path, monkeypatch):
    """Ten requests with an API key against a server that answers 429 past 10/s."""
    with FakeEutils(Corpus(synthetic_corpus(3, start=date(2025, 1, 6))), enforce_rate_limit=True) as strict:
        settings = make_settings(tmp_path, strict.url, max_retries=0)
        monkeypatch.setenv(settings.pubmed.api_key_env, SECRET)
        client = EutilsClient.from_settings(settings, limiter=RateLimiter())
        for _ in range(11):
            client.search(TERM, retmax=5)
        assert client.requests_made == 11
