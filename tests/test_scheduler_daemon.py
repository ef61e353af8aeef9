"""`python -m pipeline schedule` as a real process: starts, reports, stops cleanly on signals."""

from __future__ import annotations

import os
import queue
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from pipeline.config import load_settings
from pipeline.fetch.fake_eutils import SLOW, Corpus, FakeEutils, Fault, synthetic_corpus
from pipeline.refresh import run_refresh
from pipeline.scheduler import REFRESH_JOB_ID, create_scheduler, install_jobs, job_specs, next_fire_times
from tests.conftest import write_config

WAIT = 30.0


class Daemon:
    """`evidence schedule` in a subprocess, its stderr read line by line in a thread."""

    def __init__(self, config: Path, *args: str) -> None:
        env = {**os.environ, "PYTHONUNBUFFERED": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "--config", str(config), *args, "schedule"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env)
        self.lines: queue.Queue[str] = queue.Queue()
        self.output: list[str] = []
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        for line in self.process.stdout:
            self.lines.put(line)

    def wait_for(self, text: str, timeout: float = WAIT) -> str:
        deadline = time.monotonic() + timeout
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"no line containing {text!r}; output so far:\n{''.join(self.output)}")
            try:
                line = self.lines.get(timeout=remaining)
            except queue.Empty:
                continue
            self.output.append(line)
            if text in line:
                return line

    def stop(self, signum: int, timeout: float = WAIT) -> int:
        self.process.send_signal(signum)
        code = self.process.wait(timeout=timeout)
        while not self.lines.empty():
            self.output.append(self.lines.get_nowait())
        return code

    def kill(self) -> None:
        """Make sure the process is gone and its pipe closed (whatever the test did)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=WAIT)
        self.reader.join(timeout=WAIT)
        self.process.stdout.close()


@pytest.fixture
def daemon_config(tmp_path: Path) -> Path:
    return write_config(tmp_path, '[pubmed]\nemail = "t@example.org"\neutils_url = "http://127.0.0.1:9/"\n'
                                  '[database]\nurl = "sqlite:///evidence.sqlite"\n'
                                  '[schedule]\nrefresh = "0 5 * * *"\ndigest = "0 7 * * mon"\n'
                                  'timezone = "UTC"\n')


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_idle_scheduler_logs_its_jobs_and_stops_cleanly_on_a_signal(daemon_config: Path, signum: int):
    daemon = Daemon(daemon_config)
    try:
        daemon.wait_for("scheduler running")
        code = daemon.stop(signum)
    finally:
        daemon.kill()
    text = "".join(daemon.output)
    assert code == 0, text
    assert "next refresh run: " in text and "05:00:00+00:00" in text
    assert "next digest run: " in text
    assert f"received {signal.Signals(signum).name}: stopping after the work in flight" in text
    assert "scheduler stopped" in text
    assert "Traceback" not in text


def test_bad_cron_expression_exits_2_without_starting(tmp_path: Path):
    config = write_config(tmp_path, '[pubmed]\nemail = "t@example.org"\n[schedule]\nrefresh = "every day"\n')
    result = subprocess.run([sys.executable, "-m", "pipeline", "--config", str(config), "schedule"],
                            capture_output=True, text=True, timeout=WAIT)
    assert result.returncode == 2
    assert result.stderr.startswith(f"Error: {config}: schedule.refresh: ")
    assert "Traceback" not in result.stderr


BATCH_SIZE, RECORDS = 5, 40


def _refresh_due_at_start(tmp_path: Path, server: FakeEutils):
    """A config on `server` whose stored refresh was due a minute ago, as if the daemon had been
    down: on start the scheduler runs it at once (a misfire within the grace time)."""
    config = write_config(tmp_path, f'[pubmed]\nemail = "t@example.org"\neutils_url = "{server.url}"\n'
                                    f'batch_size = {BATCH_SIZE}\nstart_date = 2024-01-01\n'
                                    'timeout_seconds = 10.0\nmax_retries = 1\n'
                                    '[database]\nurl = "sqlite:///evidence.sqlite"\n'
                                    '[schedule]\nrefresh = "0 5 * * *"\ntimezone = "UTC"\n'
                                    'misfire_grace_seconds = 3600\n')
    settings = load_settings(config)
    scheduler = create_scheduler(settings)
    scheduler.start(paused=True)
    install_jobs(scheduler, job_specs(settings), args=[str(settings.config_path)],
                 misfire_grace_seconds=settings.schedule.misfire_grace_seconds)
    scheduler.modify_job(REFRESH_JOB_ID, next_run_time=datetime.now(UTC) - timedelta(minutes=1))
    scheduler.shutdown(wait=False)
    return config, settings


def _store_counts(database: Path) -> tuple[int, int, int]:
    with sqlite3.connect(database) as connection:
        return (connection.execute("SELECT count(*) FROM articles").fetchone()[0],
                connection.execute("SELECT count(*) FROM extractions").fetchone()[0],
                connection.execute("SELECT count(*) FROM watermarks").fetchone()[0])


def test_sigterm_during_a_scheduled_refresh_keeps_whole_batches_and_the_watermark(tmp_path: Path):
    batch_size, records = BATCH_SIZE, RECORDS
    corpus = Corpus(synthetic_corpus(records, start=date(2024, 1, 1)))
    with FakeEutils(corpus, delay=0.4) as server:  # slow answers: the refresh takes several seconds
        config, settings = _refresh_due_at_start(tmp_path, server)
        daemon = Daemon(config)
        try:
            daemon.wait_for("refresh: new batch stored")
            # Slow the rest down so that, however loaded the machine, the signal lands mid-window.
            server.delay = 2.0
            code = daemon.stop(signal.SIGTERM)
        finally:
            daemon.kill()
        text = "".join(daemon.output)
        assert code == 0, text
        assert "job refresh stopped: " in text and "the watermark stays at unset" in text

        database = tmp_path / "evidence.sqlite"
        with sqlite3.connect(database) as connection:
            stored = connection.execute("SELECT count(*) FROM articles").fetchone()[0]
            extracted = connection.execute("SELECT count(*) FROM extractions").fetchone()[0]
            watermarks = connection.execute("SELECT count(*) FROM watermarks").fetchone()[0]
            runs = connection.execute("SELECT status, error FROM runs WHERE kind = 'refresh'").fetchall()
        assert 0 < stored < records and stored % batch_size == 0  # whole batches only
        assert extracted == stored
        assert watermarks == 0
        assert len(runs) == 1 and runs[0][0] == "failed" and "scheduler shutting down" in runs[0][1]
        assert next_fire_times(settings)[REFRESH_JOB_ID] > datetime.now(UTC)  # consumed, not re-run

        server.delay = 0.0
        report = run_refresh(settings, now=datetime.now(UTC))  # the next run completes the window
    assert report.status == "ok"
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*), count(DISTINCT pmid) FROM articles").fetchone() == (records, records)
        assert connection.execute("SELECT count(*) FROM watermarks").fetchone()[0] == 1


def test_a_second_sigterm_exits_at_once_and_the_next_refresh_completes(tmp_path: Path):
    corpus = Corpus(synthetic_corpus(RECORDS, start=date(2024, 1, 1)))
    with FakeEutils(corpus, delay=0.2) as server:
        # Every efetch after the first hangs far longer than the test waits, so the refresh is
        # surely mid-batch when the signals come, however loaded the machine is.
        server.inject(Fault(SLOW, endpoint="efetch", skip=1, times=None, delay=30.0))
        config, settings = _refresh_due_at_start(tmp_path, server)
        daemon = Daemon(config)
        try:
            daemon.wait_for("refresh: new batch stored")
            daemon.process.send_signal(signal.SIGTERM)
            daemon.wait_for("stopping after the work in flight")
            code = daemon.stop(signal.SIGTERM)
        finally:
            daemon.kill()
        assert code == 128 + signal.SIGTERM, "".join(daemon.output)
        stored, extracted, watermarks = _store_counts(tmp_path / "evidence.sqlite")
        assert 0 < stored < RECORDS and stored % BATCH_SIZE == 0 and extracted == stored
        assert watermarks == 0

        server.clear_faults()
        server.delay = 0.0
        report = run_refresh(settings, now=datetime.now(UTC), lock_wait_seconds=5)
    assert report.status == "ok"
    assert _store_counts(tmp_path / "evidence.sqlite") == (RECORDS, RECORDS, 1)
