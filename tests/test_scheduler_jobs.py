"""The real refresh and digest jobs, fired by the real scheduler: loopback E-utilities and SMTP."""

from __future__ import annotations

import logging
import queue
import shutil
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED
from apscheduler.triggers.date import DateTrigger

from pipeline.config import load_settings
from pipeline.fetch.fake_eutils import Corpus, FakeEutils, synthetic_corpus
from pipeline.paths import default_baseline_dir
from pipeline.scheduler import (
    DIGEST_JOB_ID,
    DIGEST_JOB_REF,
    REFRESH_JOB_ID,
    REFRESH_JOB_REF,
    JobSpec,
    start_scheduler,
)
from tests.helpers_smtp import Inbox, free_port

WAIT = 60.0


@pytest.fixture
def server():
    today = datetime.now(UTC).date()
    corpus = Corpus(synthetic_corpus(12, start=today - timedelta(days=6), days=5))
    with FakeEutils(corpus) as running:
        yield running


@pytest.fixture
def smtp_port():
    port = free_port()
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield port, inbox
    controller.stop()


def _config(folder: Path, *, eutils_url: str, smtp_port: int, recipients: list[str]) -> Path:
    shutil.copytree(default_baseline_dir(), folder / "db" / "baseline")
    path = folder / "config.toml"
    path.write_text(
        f'[pubmed]\nemail = "t@example.org"\neutils_url = "{eutils_url}"\nstart_date = {date.today() - timedelta(days=30)}\n'
        'api_key_env = "TEST_NO_API_KEY"\n'
        '[database]\nurl = "sqlite:///db/evidence.sqlite"\n'
        f'[digest]\nout_dir = "digests"\nrecipients = {recipients!r}\n'
        f'[email]\nhost = "127.0.0.1"\nport = {smtp_port}\nsecurity = "none"\nsender = "watch@example.org"\n'
        'timeout_seconds = 5.0\n'
        '[schedule]\ntimezone = "UTC"\nmisfire_grace_seconds = 600\n', encoding="utf-8")
    return path


def _run_once(settings, specs) -> dict[str, object]:
    """Start the scheduler with one-shot jobs and collect each job's result or exception."""
    events: queue.Queue = queue.Queue()
    scheduler = start_scheduler(settings, specs, listeners=[events.put])
    outcomes: dict[str, object] = {}
    try:
        while len(outcomes) < len(specs):
            event = events.get(timeout=WAIT)
            if event.code == EVENT_JOB_EXECUTED:
                outcomes[event.job_id] = event.retval
            elif event.code == EVENT_JOB_ERROR:
                outcomes[event.job_id] = event.exception
    finally:
        scheduler.shutdown(wait=True)
    return outcomes


def test_scheduled_refresh_then_digest_fetch_store_and_mail_the_committee(tmp_path, server, smtp_port):
    port, inbox = smtp_port
    settings = load_settings(_config(tmp_path, eutils_url=server.url, smtp_port=port,
                                     recipients=["chair@example.org"]))
    now = datetime.now(UTC)
    outcomes = _run_once(settings, [
        JobSpec(REFRESH_JOB_ID, REFRESH_JOB_REF, DateTrigger(now, timezone=UTC), "refresh"),
        JobSpec(DIGEST_JOB_ID, DIGEST_JOB_REF, DateTrigger(now + timedelta(milliseconds=500), timezone=UTC),
                "digest"),
    ])
    refresh, digest = outcomes[REFRESH_JOB_ID], outcomes[DIGEST_JOB_ID]
    assert isinstance(refresh, str) and ": 12 new, 0 updated" in refresh
    assert isinstance(digest, str) and "12 new article(s)" in digest and "mailed 1 digest(s)" in digest
    [envelope] = inbox.envelopes
    assert envelope.rcpt_tos == ["chair@example.org"]


def test_scheduled_digest_without_recipients_is_saved_not_mailed(tmp_path, server, smtp_port, caplog):
    port, inbox = smtp_port
    settings = load_settings(_config(tmp_path, eutils_url=server.url, smtp_port=port, recipients=[]))
    with caplog.at_level(logging.WARNING, logger="pipeline.scheduler"):
        outcomes = _run_once(settings, [
            JobSpec(DIGEST_JOB_ID, DIGEST_JOB_REF, DateTrigger(datetime.now(UTC), timezone=UTC), "digest")])
    assert isinstance(outcomes[DIGEST_JOB_ID], str) and "saved to" in outcomes[DIGEST_JOB_ID]
    assert inbox.envelopes == []
    assert "recipients is empty" in caplog.text
    assert list((tmp_path / "digests").glob("digest-*.md"))
