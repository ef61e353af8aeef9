"""`evidence refresh` as people and cron run it: output, exit codes, secrecy, concurrent runs."""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta

import pytest
from click.testing import CliRunner

from pipeline.cli import cli
from pipeline.fetch.fake_eutils import (
    HTTP_400,
    HTTP_429,
    HTTP_500,
    HTTP_503,
    Corpus,
    FakeEutils,
    Fault,
    synthetic_corpus,
)
from tests.conftest import REPO_ROOT
from tests.eutils_support import (
    CORPUS_START,
    config_toml,
    make_settings,
    refresh,
    runs,
    stored_articles,
)

SECRET = "SENTINEL-KEY-d41d8cd98f"
KEY_ENV = "EVIDENCE_TEST_NCBI_KEY"


@pytest.fixture
def corpus() -> Corpus:
    return Corpus(synthetic_corpus(4, start=CORPUS_START, days=4))


@pytest.fixture
def config(tmp_path, server):
    path = tmp_path / "config.toml"
    path.write_text(config_toml(server.url), encoding="utf-8")
    return path


def invoke(config, *args, env=None):
    return CliRunner().invoke(cli, ["--config", str(config), "refresh", *args], env=env)


def test_refresh_help_lists_the_options():
    result = CliRunner().invoke(cli, ["refresh", "--help"])
    assert result.exit_code == 0
    for option in ("--since", "--until", "--dry-run", "--digest"):
        assert option in result.output


def test_refresh_prints_progress_lines_and_a_one_line_summary(config, tmp_path):
    result = invoke(config)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[-1].startswith("Refresh ")
    assert "4 new, 0 updated, 0 retracted; 3 requests in " in result.stdout
    assert "refresh: new records: 4 records match, 4 to fetch" in result.stderr
    assert len(stored_articles(make_settings(tmp_path, "http://127.0.0.1:9/"))) == 4


def test_dry_run_shows_window_query_and_hits(config, tmp_path):
    result = invoke(config, "--dry-run", "--since", "2025-01-01", "--until", "2025-02-01")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("Dry run, Entrez dates 2025-01-01..2025-02-01: 4 records match, 4 of")
    assert '"2025/01/01"[edat] : "2025/02/01"[edat]' in result.stdout
    assert not (tmp_path / "evidence.sqlite").exists()


def test_persistent_failure_exits_1_with_one_line_and_no_traceback(config, server):
    server.inject(Fault(HTTP_503, endpoint="efetch", times=None))
    result = invoke(config)
    assert result.exit_code == 1
    error_lines = [line for line in result.stderr.splitlines() if not line.startswith("refresh: ")]
    assert len(error_lines) == 1 and error_lines[0].startswith("Error: efetch new records 1-4")
    assert "the next 'evidence refresh' covers" in error_lines[0]
    assert "Traceback" not in result.output


def test_since_after_until_exits_2(config):
    result = invoke(config, "--since", "2025-02-01", "--until", "2025-01-01")
    assert result.exit_code == 2
    assert "Error: --since 2025-02-01 is after --until 2025-01-01" in result.stderr


def test_malformed_date_is_a_usage_error(config):
    result = invoke(config, "--since", "01/02/2025")
    assert result.exit_code == 2
    assert "Invalid value for '--since'" in result.stderr


def test_api_key_never_appears_in_output_logs_or_runs(config, server, tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    server.inject(Fault(HTTP_429), Fault(HTTP_500), Fault(HTTP_400, times=None))
    result = CliRunner().invoke(cli, ["--config", str(config), "-vv", "refresh"], env={KEY_ENV: SECRET})
    assert result.exit_code == 1
    assert server.requests[0].params["api_key"] == SECRET
    assert "API key invalid" in result.stderr
    assert SECRET not in result.output and SECRET not in caplog.text
    assert all(SECRET not in (run.error or "") for run in runs(make_settings(tmp_path, server.url)))


def test_refresh_then_digest_saves_the_digest_and_warns_without_recipients(config, caplog):
    result = invoke(config, "--digest")
    assert "4 new, 0 updated" in result.stdout
    assert result.exit_code == 0, result.stderr
    assert "[digest] recipients is empty" in caplog.text
    assert list((config.parent / "digests").glob("digest-*.md"))


def test_two_refreshes_in_threads_one_waits_and_nothing_is_stored_twice(tmp_path, corpus, server):
    settings = make_settings(tmp_path, server.url)
    reports, errors = [], []

    def run() -> None:
        try:
            reports.append(refresh(settings, lock_wait_seconds=30))
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=run) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert sorted(report.new for report in reports) == [0, 4]
    assert sorted(report.requests for report in reports) == [2, 3]
    assert set(stored_articles(settings)) == corpus.pmids()


def test_two_refresh_processes_at_once_both_finish_without_duplicates(tmp_path):
    corpus = Corpus(synthetic_corpus(12, start=CORPUS_START, days=10))
    with FakeEutils(corpus, delay=0.1) as slow:
        config = tmp_path / "config.toml"
        config.write_text(config_toml(slow.url), encoding="utf-8")
        env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
        command = [sys.executable, "-m", "pipeline", "--config", str(config), "refresh"]
        processes = [subprocess.Popen(command, cwd=tmp_path, env=env, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True) for _ in range(2)]
        outputs = [process.communicate(timeout=120) for process in processes]
    assert [process.returncode for process in processes] == [0, 0], outputs
    summaries = sorted(stdout.strip().splitlines()[-1] for stdout, _stderr in outputs)
    assert ": 0 new, " in " ".join(summaries) and ": 12 new, " in " ".join(summaries)
    settings = make_settings(tmp_path, "http://127.0.0.1:9/")
    assert set(stored_articles(settings)) == corpus.pmids()
    assert [run.status for run in runs(settings)] == ["ok", "ok"]


def test_refresh_window_moves_on_after_a_successful_cli_run(config, server, corpus, tmp_path):
    assert invoke(config).exit_code == 0
    server.clear_log()
    result = invoke(config)
    today = datetime.now(UTC).date()
    assert result.exit_code == 0
    assert f"Refresh {(today - timedelta(days=3)).isoformat()}..{today.isoformat()}: 0 new" in result.stdout
    assert server.count() == 2


@pytest.mark.parametrize("status", [HTTP_503])
def test_run_is_recorded_failed_after_a_cli_failure(config, server, tmp_path, status):
    server.inject(Fault(status, times=None))
    assert invoke(config).exit_code == 1
    run, = runs(make_settings(tmp_path, server.url))
    assert run.status == "failed" and "HTTP 503" in run.error
