"""The loopback E-utilities server: NCBI-shaped answers, the search cap, History, faults, log."""

from __future__ import annotations

import http.client
import io
import json
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from datetime import date

import pytest
from Bio import Entrez

from pipeline.fetch.fake_eutils import (
    BACKEND,
    DROP,
    EMPTY,
    ERRORLIST,
    EXPIRE,
    HTML,
    HTTP_400,
    HTTP_429,
    HTTP_503,
    MALFORMED,
    RESET,
    SLOW,
    TRUNCATE,
    Corpus,
    FakeEutils,
    Fault,
    RandomFaults,
    make_record,
)
from pipeline.fetch.pubmed_xml import parse_articles
from tests.conftest import NCBI_SAMPLES


@pytest.fixture
def server(corpus):
    with FakeEutils(corpus, cap=9999) as running:
        yield running


def get(server: FakeEutils, endpoint: str, **params) -> tuple[int, dict, bytes]:
    url = f"{server.url}{endpoint}.fcgi?{urllib.parse.urlencode(params)}"
    try:
        with urllib.request.urlopen(url, timeout=5) as reply:
            return reply.status, dict(reply.headers), reply.read()
    except urllib.error.HTTPError as error:
        with error:
            return error.code, dict(error.headers), error.read()


def post(server: FakeEutils, endpoint: str, **params) -> tuple[int, dict, bytes]:
    request = urllib.request.Request(f"{server.url}{endpoint}.fcgi",
                                     data=urllib.parse.urlencode(params).encode(), method="POST")
    with urllib.request.urlopen(request, timeout=5) as reply:
        return reply.status, dict(reply.headers), reply.read()


def window_term(start: str, end: str, field: str = "edat") -> str:
    return f'(lupus[tiab]) AND ("{start}"[{field}] : "{end}"[{field}])'


def test_esearch_reads_with_bio_entrez_and_matches_the_sample_doctype(server):
    status, _headers, body = get(server, "esearch", db="pubmed", term=window_term("2025/01/06", "2025/01/08"))
    record = Entrez.read(io.BytesIO(body))
    sample_doctype = (NCBI_SAMPLES / "biopython_esearch2.xml").read_bytes().splitlines()[1]
    assert status == 200
    assert body.splitlines()[1] == sample_doctype
    assert record["Count"] == "3"
    assert record["IdList"] == ["40000003", "40000002", "40000001"]


def test_esearch_filters_on_modification_date(server, corpus):
    corpus.revise("40000005", on=date(2025, 2, 20), title="A revised title")
    _status, _headers, body = get(server, "esearch", term=window_term("2025/02/01", "2025/02/28", "mdat"))
    assert Entrez.read(io.BytesIO(body))["IdList"] == ["40000005"]


def test_esearch_understands_mindate_maxdate_datetype(server):
    _status, _headers, body = get(server, "esearch", term="lupus", mindate="2025/01/07", maxdate="2025/01/07",
                                  datetype="edat")
    assert Entrez.read(io.BytesIO(body))["IdList"] == ["40000002"]


def test_esearch_pmid_range_clause(server):
    _status, _headers, body = get(server, "esearch", term="lupus AND 40000004:40000006[uid]", retmax=50)
    assert Entrez.read(io.BytesIO(body))["IdList"] == ["40000006", "40000005", "40000004"]


def test_esearch_pages_with_retstart_and_retmax(server):
    _status, _headers, body = get(server, "esearch", term="lupus", retstart=2, retmax=3)
    record = Entrez.read(io.BytesIO(body))
    assert (record["Count"], record["IdList"]) == ("12", ["40000010", "40000009", "40000008"])


def test_cap_truncates_idlist_but_count_stays_true(corpus):
    with FakeEutils(corpus, cap=5) as capped:
        _status, _headers, body = get(capped, "esearch", term="lupus", retmax=100)
    record = Entrez.read(io.BytesIO(body))
    assert (record["Count"], len(record["IdList"])) == ("12", 5)
    assert "Restrictions achieved" in record["WarningList"]["OutputMessage"][0]


def test_retstart_past_the_cap_is_a_search_backend_error(corpus):
    with FakeEutils(corpus, cap=5) as capped:
        status, _headers, body = get(capped, "esearch", term="lupus", retstart=7)
    assert status == 200
    with pytest.raises(RuntimeError, match=r"(?s)Search Backend failed.*out of acceptable range"):
        Entrez.read(io.BytesIO(body))


def test_history_search_then_efetch_pages_in_search_order(server):
    _status, _headers, body = post(server, "esearch", term="lupus", usehistory="y", retmax=0)
    record = Entrez.read(io.BytesIO(body))
    assert record["WebEnv"].startswith("MCID_") and record["QueryKey"] == "1"
    _status, _headers, fetched = post(server, "efetch", WebEnv=record["WebEnv"], query_key="1",
                                      retstart=3, retmax=4)
    assert [article.pmid for article in parse_articles(fetched)] == ["40000009", "40000008", "40000007",
                                                                     "40000006"]


def test_efetch_by_id_keeps_the_asked_order_and_sample_doctype(server):
    _status, headers, body = get(server, "efetch", db="pubmed", id="40000002,40000011", retmode="xml")
    sample_lines = (NCBI_SAMPLES / "biopython_pubmed1.xml").read_bytes().splitlines()
    assert body.splitlines()[:3] == sample_lines[:3]
    assert headers["Content-Type"] == "text/xml; charset=UTF-8"
    assert [article.pmid for article in parse_articles(body)] == ["40000002", "40000011"]


def test_efetch_unknown_pmid_gives_an_empty_set_like_ncbi(server):
    _status, _headers, body = get(server, "efetch", db="pubmed", id="1")
    assert parse_articles(body) == []
    assert body.rstrip().endswith(b"<PubmedArticleSet>\n</PubmedArticleSet>")


def test_rate_limit_headers_depend_on_the_api_key(server):
    _status, plain, _body = get(server, "esearch", term="lupus")
    _status, keyed, _body = get(server, "esearch", term="lupus", api_key="abc")
    assert (plain["X-RateLimit-Limit"], keyed["X-RateLimit-Limit"]) == ("3", "10")


def test_enforced_rate_limit_answers_429_beyond_three_per_second(corpus):
    with FakeEutils(corpus, enforce_rate_limit=True) as strict:
        statuses = [get(strict, "esearch", term="lupus")[0] for _ in range(4)]
    assert statuses == [200, 200, 200, 429]


def test_request_log_records_endpoint_params_and_method(server):
    post(server, "efetch", db="pubmed", id="40000001")
    get(server, "esearch", term="lupus")
    assert [(endpoint, method, params.get("id") or params.get("term"))
            for endpoint, params, method in server.requests] == [("efetch", "POST", "40000001"),
                                                                   ("esearch", "GET", "lupus")]


def test_429_fault_with_retry_after_then_normal(server):
    server.inject(Fault(HTTP_429, endpoint="esearch", retry_after=2))
    status, headers, body = get(server, "esearch", term="lupus")
    assert (status, headers["Retry-After"], json.loads(body)["error"]) == (429, "2", "API rate limit exceeded")
    assert get(server, "esearch", term="lupus")[0] == 200


def test_5xx_fault_serves_an_html_diagnostic_page(server):
    server.inject(Fault(HTTP_503))
    status, headers, body = get(server, "efetch", id="40000001")
    assert (status, headers["Content-Type"].split(";")[0]) == (503, "text/html")
    assert b"Error 503" in body


def test_400_fault_echoes_the_api_key_like_ncbi(server):
    server.inject(Fault(HTTP_400))
    status, _headers, body = get(server, "esearch", term="lupus", api_key="SECRET-KEY")
    assert status == 400 and json.loads(body)["api-key"] == "SECRET-KEY"


def test_fault_skip_and_times_select_which_requests_fail(server):
    server.inject(Fault(HTTP_503, endpoint="efetch", skip=1, times=2))
    statuses = [get(server, "efetch", id="40000001")[0] for _ in range(4)]
    assert statuses == [200, 503, 503, 200]


def test_fault_when_predicate_targets_one_batch(server):
    server.inject(Fault(HTTP_503, endpoint="efetch", times=None, when=lambda p: p.get("id") == "40000002"))
    assert get(server, "efetch", id="40000001")[0] == 200
    assert get(server, "efetch", id="40000002")[0] == 503
    assert get(server, "efetch", id="40000002")[0] == 503


@pytest.mark.parametrize("kind", [DROP, RESET])
def test_dropped_connections_give_no_http_answer(server, kind):
    server.inject(Fault(kind))
    with pytest.raises((http.client.HTTPException, ConnectionError, urllib.error.URLError)):
        get(server, "esearch", term="lupus")


def test_truncated_body_raises_incomplete_read(server):
    server.inject(Fault(TRUNCATE))
    with pytest.raises(http.client.IncompleteRead):
        get(server, "efetch", id="40000001,40000002")


def test_malformed_body_is_complete_http_but_cut_xml(server):
    server.inject(Fault(MALFORMED))
    status, _headers, body = get(server, "efetch", id="40000001,40000002")
    assert status == 200 and not body.rstrip().endswith(b"</PubmedArticleSet>")


def test_slow_answer_exceeds_a_short_client_timeout(server):
    server.inject(Fault(SLOW, delay=1.0))
    with pytest.raises((TimeoutError, urllib.error.URLError)):
        urllib.request.urlopen(f"{server.url}esearch.fcgi?term=lupus", timeout=0.2)


@pytest.mark.parametrize("kind, marker", [(HTML, b"<html>"), (EMPTY, b"")])
def test_html_and_empty_200_bodies(server, kind, marker):
    server.inject(Fault(kind))
    status, _headers, body = get(server, "esearch", term="lupus")
    assert status == 200 and (marker in body if marker else body == b"")


def test_backend_fault_is_a_200_error_bio_entrez_raises(server):
    server.inject(Fault(BACKEND))
    _status, _headers, body = get(server, "esearch", term="lupus")
    with pytest.raises(RuntimeError, match="Search Backend failed"):
        Entrez.read(io.BytesIO(body))


def test_errorlist_fault_gives_count_zero_with_an_errorlist(server):
    server.inject(Fault(ERRORLIST))
    _status, _headers, body = get(server, "esearch", term="lupus")
    record = Entrez.read(io.BytesIO(body))
    assert record["Count"] == "0" and record["ErrorList"]["PhraseNotFound"]


def test_expired_webenv_answers_an_efetch_error(server):
    _status, _headers, body = post(server, "esearch", term="lupus", usehistory="y")
    webenv = Entrez.read(io.BytesIO(body))["WebEnv"]
    server.inject(Fault(EXPIRE))
    _status, _headers, fetched = post(server, "efetch", WebEnv=webenv, query_key="1", retmax=2)
    assert b"<ERROR>Unable to obtain query #1</ERROR>" in fetched
    _status, _headers, again = post(server, "efetch", WebEnv=webenv, query_key="1", retmax=2)
    assert b"Unable to obtain query" in again


def test_random_faults_are_seeded_and_bounded_in_a_row():
    first, second = RandomFaults(seed=7, rate=0.9, max_in_a_row=2), RandomFaults(seed=7, rate=0.9, max_in_a_row=2)
    draws = [first.draw("efetch") for _ in range(30)]
    assert [d and d.kind for d in draws] == [d and d.kind for d in (second.draw("efetch") for _ in range(30))]
    run = longest = 0
    for fault in draws:
        run = run + 1 if fault else 0
        longest = max(longest, run)
    assert longest == 2


def test_retract_marks_the_record_and_adds_a_notice(corpus):
    notice = corpus.retract("40000003", notice_pmid="40000900", on=date(2025, 3, 1))
    body = b"<?xml version='1.0'?><PubmedArticleSet>" + corpus.get("40000003").xml.encode() + \
        notice.xml.encode() + b"</PubmedArticleSet>"
    retracted, notice_article = parse_articles(body)
    assert retracted.is_retracted and retracted.retraction_in == ("40000900",)
    assert retracted.revised_date == date(2025, 3, 1)
    assert notice_article.is_retraction_notice and notice_article.retraction_of == ("40000003",)
    assert corpus.get("40000900").entrez_date == date(2025, 3, 1)


def test_revise_changes_title_and_modification_date(corpus):
    revised = corpus.revise("40000004", on=date(2025, 2, 2), title="Updated title")
    article, = parse_articles(b"<PubmedArticleSet>" + revised.xml.encode() + b"</PubmedArticleSet>")
    assert (article.title, article.revised_date, revised.modified_date) == (
        "Updated title", date(2025, 2, 2), date(2025, 2, 2))


def test_corpus_from_a_real_pubmed_file_takes_history_entrez_dates():
    corpus = Corpus.from_pubmed_xml((NCBI_SAMPLES / "biopython_pubmed1.xml").read_bytes())
    assert corpus.pmids() == {"12091962", "9997"}
    record = corpus.get("9997")
    assert parse_articles(b"<PubmedArticleSet>" + record.xml.encode() + b"</PubmedArticleSet>")[0].pmid == "9997"
    assert record.entrez_date == parse_articles((NCBI_SAMPLES / "biopython_pubmed1.xml").read_bytes())[1].entrez_date


def test_make_record_round_trips_through_the_parser():
    record = make_record(123, entrez_date=date(2024, 5, 6), revised_date=date(2024, 6, 1), title="T <b>",
                         abstract=[("RESULTS", "Remission in 8 of 10 (80%).")])
    article, = parse_articles(b"<PubmedArticleSet>" + record.xml.encode() + b"</PubmedArticleSet>")
    assert (article.pmid, article.title, article.abstract, article.entrez_date, article.revised_date) == (
        "123", "T <b>", "RESULTS: Remission in 8 of 10 (80%).", date(2024, 5, 6), date(2024, 6, 1))


def test_command_line_entry_serves_a_corpus_file(tmp_path):
    sample = NCBI_SAMPLES / "biopython_pubmed1.xml"
    process = subprocess.Popen([sys.executable, "-m", "pipeline.fetch.fake_eutils", "--corpus", str(sample)],
                               stdout=subprocess.PIPE, text=True)
    try:
        line = process.stdout.readline()
        url = line.split(" at ")[1].split(" ")[0]
        with urllib.request.urlopen(f"{url}efetch.fcgi?id=9997", timeout=5) as reply:
            assert [article.pmid for article in parse_articles(reply.read())] == ["9997"]
        assert line.startswith("Serving 2 records at http://127.0.0.1:")
    finally:
        process.terminate()
        process.wait(timeout=5)
        process.stdout.close()
