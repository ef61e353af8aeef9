"""`run_refresh` against the loopback E-utilities server and a real SQLite store: requests made,
what is stored, the watermark, revisions and retractions, window splitting, dry runs, progress."""

from __future__ import annotations

import io
from datetime import date, timedelta

import pytest

from pipeline.errors import LockError
from pipeline.fetch.fake_eutils import Corpus, FakeEutils, make_record, synthetic_corpus
from pipeline.refresh import LineProgress, RefreshProgress, RichProgress, console_progress
from pipeline.runlock import run_lock
from tests.eutils_support import (
    CORPUS_START,
    NOW,
    make_settings,
    refresh,
    runs,
    stored_articles,
    watermark,
)

TODAY = NOW.date()
N = 23  # records; with batch_size 5: 5 EFetch batches


@pytest.fixture
def corpus() -> Corpus:
    return Corpus(synthetic_corpus(N, start=CORPUS_START, days=20))


def test_first_refresh_makes_one_search_and_ceil_n_over_batch_fetches_plus_revision_search(settings, server):
    report = refresh(settings)
    assert (server.count("esearch"), server.count("efetch"), report.requests) == (2, 5, 7)


def test_first_refresh_fetches_through_the_history_server_by_post(settings, server):
    refresh(settings)
    fetches = [entry for entry in server.requests if entry.endpoint == "efetch"]
    assert {entry.method for entry in fetches} == {"POST"}
    assert [(entry.params["retstart"], entry.params["retmax"]) for entry in fetches] == [
        ("0", "5"), ("5", "5"), ("10", "5"), ("15", "5"), ("20", "3")]
    assert all(entry.params["WebEnv"].startswith("MCID_") for entry in fetches)


def test_searches_use_the_edat_then_mdat_window(settings, server):
    refresh(settings)
    terms = [entry.params["term"] for entry in server.requests if entry.endpoint == "esearch"]
    query = settings.pubmed.query
    assert terms == [f'({query}) AND ("2025/01/01"[edat] : "2025/03/10"[edat])',
                     f'({query}) AND ("2025/01/01"[mdat] : "2025/03/10"[mdat])']


def test_first_refresh_stores_exactly_the_corpus(settings, corpus):
    report = refresh(settings)
    stored = stored_articles(settings)
    assert set(stored) == corpus.pmids()
    assert (report.new, report.updated, report.batches) == (N, 0, 5)


def test_refresh_moves_the_watermark_and_records_the_run(settings):
    report = refresh(settings)
    run, = runs(settings)
    assert watermark(settings) == TODAY == report.watermark_after
    assert (run.kind, run.status, run.window_start, run.window_end, run.error) == (
        "refresh", "ok", date(2025, 1, 1), TODAY, None)
    assert (run.counts["requests"], run.counts["new"], run.counts["hits"]) == (7, N, N)
    assert '"2025/01/01"[edat] : "2025/03/10"[edat]' in run.query


def test_second_refresh_with_nothing_new_makes_two_requests_and_stores_nothing(settings, server):
    refresh(settings)
    server.clear_log()
    report = refresh(settings, now=NOW + timedelta(days=1))
    assert [entry.endpoint for entry in server.requests] == ["esearch", "esearch"]
    assert (report.requests, report.new, report.updated, report.unchanged, report.batches) == (2, 0, 0, 0, 0)
    assert (report.window.start, report.window.end) == (TODAY - timedelta(days=3), TODAY + timedelta(days=1))


def test_overlap_finds_a_late_indexed_record_and_fetches_only_it(settings, server, corpus):
    corpus.add(make_record(40000500, entrez_date=TODAY - timedelta(days=3), title="Stored before"))
    refresh(settings)
    # Indexed late: its Entrez date is two days before the last refresh.
    corpus.add(make_record(40000501, entrez_date=TODAY - timedelta(days=2), title="Late arrival"))
    server.clear_log()
    report = refresh(settings, now=NOW + timedelta(days=1))
    fetches = [entry for entry in server.requests if entry.endpoint == "efetch"]
    assert report.new == 1 and "40000501" in stored_articles(settings)
    # The stored record in the overlap is not fetched as new: the new one goes alone, by id.
    assert fetches[0].params.get("id") == "40000501" and "WebEnv" not in fetches[0].params


def test_new_records_after_the_watermark_are_fetched_through_history(settings, server, corpus):
    refresh(settings)
    corpus.add(*(make_record(40001000 + i, entrez_date=TODAY + timedelta(days=1), title=f"New {i}")
                 for i in range(7)))
    server.clear_log()
    report = refresh(settings, now=NOW + timedelta(days=2))
    assert (report.new, report.requests, server.count("efetch")) == (7, 4, 2)
    assert set(stored_articles(settings)) == corpus.pmids()


def test_revised_stored_record_is_fetched_again_and_updated(settings, server, corpus):
    refresh(settings)
    corpus.revise("40000004", on=TODAY + timedelta(days=1), title="Corrected title after erratum")
    server.clear_log()
    report = refresh(settings, now=NOW + timedelta(days=2))
    assert (report.requests, report.updated, report.revised_fetched) == (3, 1, 1)
    assert server.requests[-1].params["id"] == "40000004"
    assert stored_articles(settings)["40000004"].title == "Corrected title after erratum"


def test_retraction_of_a_stored_article_is_marked(settings, server, corpus):
    refresh(settings)
    corpus.retract("40000006", notice_pmid="40002000", on=TODAY + timedelta(days=1))
    server.clear_log()
    report = refresh(settings, now=NOW + timedelta(days=2))
    stored = stored_articles(settings)
    assert stored["40000006"].retracted
    assert "40002000" in stored and report.retracted >= 1
    # 1 ESearch + 1 EFetch (the notice) + 1 ESearch [mdat] + 1 EFetch (the retracted record).
    assert report.requests == 4


def test_window_over_the_cap_is_split_and_fully_fetched(tmp_path, corpus):
    with FakeEutils(corpus, cap=4) as capped:
        settings = make_settings(tmp_path, capped.url, search_cap=4)
        report = refresh(settings)
        searches = [entry for entry in capped.requests if entry.endpoint == "esearch"]
    assert set(stored_articles(settings)) == corpus.pmids()
    assert report.new == N and len(searches) > 2
    assert watermark(settings) == TODAY


def test_single_day_over_the_cap_is_split_by_pmid_range(tmp_path):
    day = date(2025, 2, 3)
    corpus = Corpus(make_record(40003000 + i * 7, entrez_date=day, title=f"Same day {i}") for i in range(9))
    with FakeEutils(corpus, cap=4) as capped:
        settings = make_settings(tmp_path, capped.url, search_cap=4)
        refresh(settings)
        uid_searches = [e for e in capped.requests if e.endpoint == "esearch" and "[uid]" in e.params["term"]]
    assert set(stored_articles(settings)) == corpus.pmids()
    assert uid_searches


def test_dry_run_searches_once_and_creates_nothing(settings, server, tmp_path):
    report = refresh(settings, dry_run=True)
    assert (report.requests, report.hits, report.new_found) == (1, N, N)
    assert not (tmp_path / "evidence.sqlite").exists()
    assert report.summary().startswith(f"Dry run, Entrez dates 2025-01-01..2025-03-10: {N} records match, {N} of")
    assert settings.pubmed.query in report.summary()


def test_dry_run_after_a_refresh_counts_only_unstored_records(settings, corpus):
    refresh(settings)
    corpus.add(make_record(40004000, entrez_date=TODAY, title="Not stored yet"))
    report = refresh(settings, now=NOW, dry_run=True, since=date(2025, 1, 1))
    assert (report.hits, report.new_found) == (N + 1, 1)
    assert len(runs(settings)) == 1


def test_backfill_of_the_past_keeps_the_watermark(settings):
    refresh(settings)
    report = refresh(settings, now=NOW + timedelta(days=1), since=date(2025, 1, 5), until=date(2025, 1, 9))
    assert watermark(settings) == TODAY == report.watermark_after


def test_detached_first_backfill_sets_no_watermark(settings, corpus):
    refresh(settings, since=date(2025, 1, 20), until=date(2025, 1, 25))
    assert watermark(settings) is None
    report = refresh(settings)
    assert report.window.start == date(2025, 1, 1)
    assert set(stored_articles(settings)) == corpus.pmids()


def test_summary_line_names_counts_requests_and_seconds(settings):
    report = refresh(settings)
    assert report.summary().startswith(f"Refresh 2025-01-01..2025-03-10: {N} new, 0 updated, 0 retracted; "
                                       "7 requests in ")
    assert report.summary().endswith(" s")


def test_plain_progress_prints_one_line_per_batch(settings):
    stream = io.StringIO()
    refresh(settings, progress=console_progress(stream))
    lines = stream.getvalue().splitlines()
    assert isinstance(console_progress(stream), LineProgress)
    assert lines[0] == "refresh: Entrez dates 2025-01-01..2025-03-10"
    assert lines[1] == f"refresh: new records: {N} records match, {N} to fetch"
    assert lines[2].startswith("refresh: new batch 1/5: 5/23 records fetched, 5 stored (")
    assert sum(1 for line in lines if " batch " in line) == 5


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_terminal_progress_draws_a_bar(settings):
    stream = _Terminal()
    progress = console_progress(stream)
    refresh(settings, progress=progress)
    assert isinstance(progress, RichProgress)
    assert "23/23" in stream.getvalue() and "stored" in stream.getvalue()


def test_callable_progress_is_called_after_each_committed_batch(settings):
    seen: list[int] = []
    refresh(settings, progress=lambda report: seen.append(report.new))
    assert seen == [5, 10, 15, 20, 23]


def test_progress_base_class_logs_for_the_scheduler(settings, caplog):
    caplog.set_level("INFO", logger="pipeline.refresh")
    refresh(settings, progress=RefreshProgress())
    assert f"new records: {N} records match" in caplog.text


def test_refresh_waits_for_the_run_lock_then_gives_up_clearly(settings):
    with run_lock(settings, wait_seconds=1):
        with pytest.raises(LockError, match=r"evidence\.sqlite\.lock: another refresh or digest is running"):
            refresh(settings, lock_wait_seconds=0.1)
