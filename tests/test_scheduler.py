"""The real APScheduler with short triggers against a real SQLite job store.

Job functions here are module-level so the persistent store can reference them by name; each
appends one line to the file it is given, so a test counts runs by reading the file.
"""

from __future__ import annotations

import logging
import queue
import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from apscheduler.events import EVENT_JOB_ERROR, EVENT_JOB_EXECUTED, EVENT_JOB_MISSED, EVENT_JOB_SUBMITTED
from apscheduler.triggers.interval import IntervalTrigger

from pipeline.config import load_settings
from pipeline.scheduler import (
    DIGEST_JOB_ID,
    JOBSTORE_TABLE,
    REFRESH_JOB_ID,
    JobSpec,
    create_scheduler,
    describe_schedule,
    job_specs,
    next_fire_times,
    start_scheduler,
)
from tests.conftest import write_config

WAIT = 15.0  # upper bound for any event; the tests finish as soon as the event arrives


def record_run(log_path: str) -> str:
    with open(log_path, "a", encoding="utf-8") as handle:
        handle.write(datetime.now(UTC).isoformat() + "\n")
    return "recorded"


def fail_first_then_record(log_path: str) -> str:
    marker = Path(log_path + ".failed-once")
    if not marker.exists():
        marker.write_text("x", encoding="utf-8")
        raise RuntimeError("boom on the first run")
    return record_run(log_path)


def _runs(log_path: Path) -> int:
    return len(log_path.read_text(encoding="utf-8").splitlines()) if log_path.exists() else 0


class Events:
    """Collects scheduler events in a queue so tests wait for them with a timeout."""

    def __init__(self) -> None:
        self.queue: queue.Queue = queue.Queue()

    def __call__(self, event) -> None:
        self.queue.put(event)

    def wait_for(self, code: int, count: int = 1) -> list:
        seen, matched = [], []
        deadline = datetime.now(UTC) + timedelta(seconds=WAIT)
        while len(matched) < count:
            remaining = (deadline - datetime.now(UTC)).total_seconds()
            if remaining <= 0:
                raise AssertionError(f"timed out waiting for event {code}; saw {[e.code for e in seen]}")
            event = self.queue.get(timeout=remaining)
            seen.append(event)
            if event.code == code:
                matched.append(event)
        return seen

    def drain(self) -> list:
        """Every event not yet consumed (call after shutdown: all have been dispatched)."""
        events = []
        while not self.queue.empty():
            events.append(self.queue.get_nowait())
        return events


@pytest.fixture
def settings(tmp_path: Path):
    path = write_config(tmp_path, '[pubmed]\nemail = "t@example.org"\n\n[database]\n'
                                  'url = "sqlite:///evidence.sqlite"\n\n[schedule]\n'
                                  'refresh = "0 5 * * *"\ndigest = "30 7 * * mon"\n'
                                  'timezone = "Europe/Berlin"\nmisfire_grace_seconds = 3600\n')
    return load_settings(path)


def _spec(func, trigger, job_id: str = "test-job") -> JobSpec:
    return JobSpec(job_id, f"{func.__module__}:{func.__name__}", trigger, job_id)


def _persist(settings, spec: JobSpec, *, args: list, next_run_time: datetime) -> None:
    """Store `spec` with a chosen next run time, as a scheduler that went down would leave it."""
    scheduler = create_scheduler(settings)
    scheduler.start(paused=True)
    scheduler.add_job(spec.func, trigger=spec.trigger, id=spec.id, name=spec.name, args=args,
                      next_run_time=next_run_time)
    scheduler.shutdown(wait=False)


def test_job_specs_follow_the_configured_cron_expressions_and_time_zone(settings):
    specs = {spec.id: spec for spec in job_specs(settings)}
    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2024, 3, 29, 12, 0, tzinfo=berlin)  # a Friday
    assert specs[REFRESH_JOB_ID].trigger.get_next_fire_time(None, now) == datetime(2024, 3, 30, 5, 0, tzinfo=berlin)
    # Across the switch to summer time, still 07:30 local on Monday.
    assert specs[DIGEST_JOB_ID].trigger.get_next_fire_time(None, now) == datetime(2024, 4, 1, 7, 30, tzinfo=berlin)
    assert specs[REFRESH_JOB_ID].func == "pipeline.scheduler:refresh_job"
    assert specs[DIGEST_JOB_ID].func == "pipeline.scheduler:digest_job"


def test_jobs_fire_on_their_trigger(settings, tmp_path: Path):
    log_path = tmp_path / "runs.log"
    events = Events()
    scheduler = start_scheduler(settings, [_spec(record_run, IntervalTrigger(seconds=1, timezone=UTC))],
                                args=[str(log_path)], listeners=[events])
    try:
        events.wait_for(EVENT_JOB_EXECUTED, count=2)
    finally:
        scheduler.shutdown(wait=True)
    assert _runs(log_path) >= 2


def test_runs_missed_during_downtime_coalesce_into_one_run(settings, tmp_path: Path):
    log_path = tmp_path / "runs.log"
    now = datetime.now(UTC)
    first = now - timedelta(hours=5, minutes=30)  # missed at -5h30, -4h30, ... -0h30: six runs
    spec = _spec(record_run, IntervalTrigger(hours=1, start_date=first, timezone=UTC))
    _persist(settings, spec, args=[str(log_path)], next_run_time=first)

    events = Events()
    scheduler = start_scheduler(settings, [spec], args=[str(log_path)], listeners=[events])
    try:
        seen = events.wait_for(EVENT_JOB_EXECUTED)
        next_run = scheduler.get_job(spec.id).next_run_time
    finally:
        scheduler.shutdown(wait=True)
    submitted = [e for e in seen + events.drain() if e.code == EVENT_JOB_SUBMITTED]
    assert len(submitted) == 1
    assert submitted[0].scheduled_run_times == [first + timedelta(hours=5)]
    assert _runs(log_path) == 1
    assert next_run == first + timedelta(hours=6)


def test_a_run_missed_by_more_than_the_grace_time_is_skipped_and_logged(settings, tmp_path: Path, caplog):
    log_path = tmp_path / "runs.log"
    first = datetime.now(UTC) - timedelta(hours=5, minutes=30)
    spec = _spec(record_run, IntervalTrigger(hours=2, start_date=first, timezone=UTC))  # last miss: 1h30 ago
    _persist(settings, spec, args=[str(log_path)], next_run_time=first)

    events = Events()
    with caplog.at_level(logging.WARNING, logger="pipeline.scheduler"):
        scheduler = start_scheduler(settings, [spec], args=[str(log_path)], listeners=[events])
        try:
            events.wait_for(EVENT_JOB_MISSED)
            next_run = scheduler.get_job(spec.id).next_run_time
        finally:
            scheduler.shutdown(wait=True)
    assert _runs(log_path) == 0
    assert next_run == first + timedelta(hours=6)
    assert "job test-job missed its run at" in caplog.text


def test_a_failing_job_is_logged_and_the_next_run_still_happens(settings, tmp_path: Path, caplog):
    log_path = tmp_path / "runs.log"
    events = Events()
    spec = _spec(fail_first_then_record, IntervalTrigger(seconds=1, timezone=UTC))
    with caplog.at_level(logging.ERROR, logger="pipeline.scheduler"):
        scheduler = start_scheduler(settings, [spec], args=[str(log_path)], listeners=[events])
        try:
            seen = events.wait_for(EVENT_JOB_EXECUTED)
        finally:
            scheduler.shutdown(wait=True)
    assert [e.code for e in seen if e.code in (EVENT_JOB_ERROR, EVENT_JOB_EXECUTED)] == [
        EVENT_JOB_ERROR, EVENT_JOB_EXECUTED]
    assert _runs(log_path) == 1
    assert "job test-job failed with an unexpected error: RuntimeError('boom on the first run')" in caplog.text


def test_a_changed_trigger_reschedules_and_stale_jobs_are_removed(settings, tmp_path: Path):
    log_path = tmp_path / "runs.log"
    past = datetime.now(UTC) - timedelta(minutes=10)
    _persist(settings, _spec(record_run, IntervalTrigger(hours=1, start_date=past, timezone=UTC)),
             args=[str(log_path)], next_run_time=past)
    _persist(settings, _spec(record_run, IntervalTrigger(hours=1, timezone=UTC), job_id="old-job"),
             args=[str(log_path)], next_run_time=past)

    changed = _spec(record_run, IntervalTrigger(hours=3, timezone=UTC))
    scheduler = start_scheduler(settings, [changed], args=[str(log_path)])
    try:
        jobs = {job.id: job for job in scheduler.get_jobs()}
    finally:
        scheduler.shutdown(wait=True)
    assert list(jobs) == ["test-job"]
    assert jobs["test-job"].next_run_time > datetime.now(UTC) + timedelta(hours=2)
    assert _runs(log_path) == 0


def test_next_fire_times_reads_the_stored_schedule(settings):
    assert next_fire_times(settings) == {REFRESH_JOB_ID: None, DIGEST_JOB_ID: None}
    scheduler = start_scheduler(settings)
    try:
        expected = {job.id: job.next_run_time for job in scheduler.get_jobs()}
    finally:
        scheduler.shutdown(wait=True)
    times = next_fire_times(settings)
    assert times == expected
    assert times[REFRESH_JOB_ID].tzinfo == ZoneInfo("Europe/Berlin")
    assert (times[REFRESH_JOB_ID].hour, times[REFRESH_JOB_ID].minute) == (5, 0)
    assert (times[DIGEST_JOB_ID].weekday(), times[DIGEST_JOB_ID].hour) == (0, 7)


def test_the_job_store_lives_in_the_evidence_database(settings):
    scheduler = start_scheduler(settings)
    scheduler.shutdown(wait=True)
    path = settings.database.url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as connection:
        ids = sorted(row[0] for row in connection.execute(f"SELECT id FROM {JOBSTORE_TABLE}"))
    assert ids == [DIGEST_JOB_ID, REFRESH_JOB_ID]


def test_status_lines_show_next_overdue_and_unscheduled_jobs(settings):
    berlin = ZoneInfo("Europe/Berlin")
    now = datetime(2025, 3, 5, 12, 0, tzinfo=UTC)
    text = describe_schedule(settings, {REFRESH_JOB_ID: datetime(2025, 3, 6, 5, 0, tzinfo=berlin),
                                        DIGEST_JOB_ID: datetime(2025, 3, 3, 7, 30, tzinfo=berlin)}, now=now)
    assert text.splitlines() == [
        "Schedule (Europe/Berlin; run by 'evidence schedule'):",
        "  refresh  '0 5 * * *'      next run 2025-03-06 05:00 CET",
        "  digest   '30 7 * * mon'   overdue since 2025-03-03 07:30 CET: the scheduler is not running "
        "(on start it runs once if less than 3600 s late)",
    ]
    unscheduled = describe_schedule(settings, {REFRESH_JOB_ID: None, DIGEST_JOB_ID: None}, now=now)
    assert unscheduled.splitlines()[1] == "  refresh  '0 5 * * *'      not scheduled yet (start 'evidence schedule')"
