"""`evidence schedule`: APScheduler 3 runs the refresh and digest jobs on cron triggers.

The scheduler is a thin adapter (see STYLE.md, point 5): each job is one importable function
that loads the settings from the config path it is given and calls the library function
(`run_refresh` / `run_digest`) with the current time. Nothing else happens in a job.

Design choices, each for a failure seen in unattended schedulers:

- The job store is persisted in the evidence database itself (table `apscheduler_jobs`, created
  by APScheduler's `SQLAlchemyJobStore`; it is not part of the SQLModel schema). Persisting the
  next run time is what lets the scheduler notice, after the machine was down, that a run was
  missed. With `coalesce=True` the missed runs collapse into ONE run, provided the newest missed
  time is less than `[schedule] misfire_grace_seconds` old; older misses are logged and skipped
  (the next refresh covers their window anyway: it starts from the watermark).
- Jobs are stored by textual reference (`pipeline.scheduler:refresh_job`) and their only
  argument is the config path, so the stored rows survive upgrades of the package.
- On start the stored jobs are compared with the configuration: a job whose function, trigger
  and argument are unchanged keeps its stored next run time (so misfires are detected); a job
  whose cron expression changed is rescheduled from now; stale jobs are removed.
- One worker thread: refresh and digest never run at the same time inside the daemon; the run
  lock (`pipeline.runlock`) serialises them with ad hoc `evidence refresh/digest` runs.
- SIGTERM/SIGINT set a stop flag. A refresh in flight sees it at its next progress report (after
  a committed batch) and stops with `ShutdownRequested`: committed batches stay, the watermark
  stays where it was, and the next run completes the window. Then the scheduler shuts down,
  waiting for the job to return.
"""

from __future__ import annotations

import logging
import os
import signal
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo

from apscheduler.events import (
    EVENT_JOB_ERROR,
    EVENT_JOB_EXECUTED,
    EVENT_JOB_MISSED,
    EVENT_JOB_SUBMITTED,
    JobExecutionEvent,
    JobSubmissionEvent,
)
from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
from apscheduler.schedulers.background import BackgroundScheduler
from apscheduler.schedulers.base import STATE_RUNNING
from apscheduler.triggers.base import BaseTrigger
from apscheduler.triggers.cron import CronTrigger
from sqlalchemy import inspect, select
from sqlalchemy.exc import SQLAlchemyError

from pipeline.config import Settings, load_settings
from pipeline.errors import ConfigError, PipelineError, StoreError
from pipeline.store.engine import safe_url

log = logging.getLogger(__name__)

REFRESH_JOB_ID = "refresh"
DIGEST_JOB_ID = "digest"
JOBSTORE_TABLE = "apscheduler_jobs"
REFRESH_JOB_REF = "pipeline.scheduler:refresh_job"
DIGEST_JOB_REF = "pipeline.scheduler:digest_job"

# Set by SIGTERM/SIGINT (or `request_stop()`); a refresh in flight checks it between batches.
_stop_requested = threading.Event()


class ShutdownRequested(PipelineError):
    """The scheduler is stopping; the refresh stopped after its last committed batch."""


@dataclass(frozen=True)
class JobSpec:
    """One scheduled job: a stable id, an importable `module:function` and its trigger."""

    id: str
    func: str
    trigger: BaseTrigger
    name: str


# --- the jobs ---------------------------------------------------------------------------------


def request_stop() -> None:
    """Ask a refresh in flight to stop after its current batch (what SIGTERM does)."""
    _stop_requested.set()


def stop_requested() -> bool:
    return _stop_requested.is_set()


def _stop_between_batches(*_args: Any, **_kwargs: Any) -> None:
    """Progress callback for the scheduled refresh: raise once a stop was requested.

    The refresh calls its progress callback after each committed batch, so raising here
    leaves no half-written batch and no advanced watermark.
    """
    if _stop_requested.is_set():
        # run_refresh appends what it kept and where the watermark stays.
        raise ShutdownRequested("the scheduler shutting down (SIGTERM or SIGINT) asked the refresh to stop")


def _job_now(settings: Settings) -> datetime:
    return datetime.now(ZoneInfo(settings.schedule.timezone))


def _summary(result: Any) -> str:
    summary = getattr(result, "summary", None)
    if callable(summary):
        return str(summary())
    if isinstance(summary, str):
        return summary
    return str(result)


def refresh_job(config_path: str) -> str:
    """The scheduled refresh: `run_refresh(settings, now=...)`, stoppable between batches."""
    from pipeline.refresh import run_refresh

    settings = load_settings(config_path)
    log.info("refresh started (config %s)", config_path)
    report = run_refresh(settings, now=_job_now(settings), progress=_stop_between_batches)
    return _summary(report)


def digest_job(config_path: str) -> str:
    """The scheduled digest: `run_committee_digest(settings, now=...)` (mailed when recipients are set)."""
    from pipeline.report.job import run_committee_digest

    settings = load_settings(config_path)
    log.info("digest started (config %s)", config_path)
    result = run_committee_digest(settings, now=_job_now(settings))
    return _summary(result)


# --- building the scheduler -------------------------------------------------------------------


def job_specs(settings: Settings) -> list[JobSpec]:
    """The refresh and digest jobs with cron triggers from `[schedule]` in its time zone."""
    tz = ZoneInfo(settings.schedule.timezone)
    return [
        JobSpec(REFRESH_JOB_ID, REFRESH_JOB_REF,
                CronTrigger.from_crontab(settings.schedule.refresh, timezone=tz), "PubMed refresh"),
        JobSpec(DIGEST_JOB_ID, DIGEST_JOB_REF,
                CronTrigger.from_crontab(settings.schedule.digest, timezone=tz), "weekly digest"),
    ]


def _config_arg(settings: Settings) -> str:
    if settings.config_path is None:
        raise ConfigError("the scheduler needs a configuration file: pass --config PATH")
    return str(settings.config_path)


def _log_event(event: JobSubmissionEvent | JobExecutionEvent) -> None:
    if event.code == EVENT_JOB_SUBMITTED:
        times = ", ".join(t.isoformat() for t in event.scheduled_run_times)
        log.info("job %s due (scheduled for %s)", event.job_id, times)
    elif event.code == EVENT_JOB_EXECUTED:
        log.info("job %s finished: %s", event.job_id, event.retval)
    elif event.code == EVENT_JOB_ERROR:
        if isinstance(event.exception, ShutdownRequested):
            log.warning("job %s stopped: %s", event.job_id, event.exception)
        elif isinstance(event.exception, PipelineError):
            log.error("job %s failed: %s", event.job_id, event.exception)
        else:
            log.error("job %s failed with an unexpected error: %r", event.job_id, event.exception,
                      exc_info=(type(event.exception), event.exception, event.exception.__traceback__))
    elif event.code == EVENT_JOB_MISSED:
        log.warning(
            "job %s missed its run at %s by more than misfire_grace_seconds; skipped "
            "(the next run covers the gap)", event.job_id, event.scheduled_run_time.isoformat())


class _Scheduler(BackgroundScheduler):
    """BackgroundScheduler that processes jobs only while running.

    APScheduler 3's loop wakes once more after `shutdown()` has set the stopped state and
    processes due jobs then: it would hand them to the stopped executor (which refuses) after
    advancing their stored next run time, so the run would be lost without a misfire.
    """

    def _process_jobs(self):
        if self.state != STATE_RUNNING:
            return None
        return super()._process_jobs()


def create_scheduler(settings: Settings) -> BackgroundScheduler:
    """A scheduler with the job store in the evidence database, not yet started.

    Job defaults: coalesce missed runs into one, never two instances of a job at once, and
    run a late job only if it is less than `misfire_grace_seconds` late.
    """
    from pipeline.store.engine import open_store

    engine = open_store(settings.database.url)
    scheduler = _Scheduler(
        jobstores={"default": SQLAlchemyJobStore(engine=engine, tablename=JOBSTORE_TABLE)},
        executors={"default": ThreadPoolExecutor(max_workers=1)},
        job_defaults={
            "coalesce": True,
            "max_instances": 1,
            "misfire_grace_time": settings.schedule.misfire_grace_seconds,
        },
        timezone=ZoneInfo(settings.schedule.timezone),
    )
    scheduler.add_listener(
        _log_event, EVENT_JOB_SUBMITTED | EVENT_JOB_EXECUTED | EVENT_JOB_ERROR | EVENT_JOB_MISSED)
    return scheduler


def install_jobs(scheduler: BackgroundScheduler, specs: Iterable[JobSpec], *, args: Sequence[Any],
                 misfire_grace_seconds: int) -> None:
    """Make the stored jobs match `specs`, keeping the stored next run time of unchanged jobs.

    `scheduler` must be started (paused), so that its persistent store is readable.
    """
    specs = list(specs)
    wanted = {spec.id for spec in specs}
    for job in scheduler.get_jobs():
        if job.id not in wanted:
            log.info("removing stored job %s (no longer configured)", job.id)
            job.remove()
    for spec in specs:
        existing = scheduler.get_job(spec.id)
        if (existing is not None and existing.func_ref == spec.func
                and repr(existing.trigger) == repr(spec.trigger) and list(existing.args) == list(args)):
            existing.modify(name=spec.name, coalesce=True, max_instances=1,
                            misfire_grace_time=misfire_grace_seconds)
            log.info("job %s: kept, next run %s", spec.id, _iso(existing.next_run_time))
            continue
        job = scheduler.add_job(spec.func, trigger=spec.trigger, id=spec.id, name=spec.name,
                                args=list(args), replace_existing=True)
        log.info("job %s: scheduled (%s), next run %s", spec.id, spec.trigger, _iso(job.next_run_time))


def _iso(moment: datetime | None) -> str:
    return moment.isoformat() if moment else "never (paused)"


def start_scheduler(settings: Settings, specs: Iterable[JobSpec] | None = None, *,
                    args: Sequence[Any] | None = None,
                    listeners: Iterable[Callable[[Any], None]] = ()) -> BackgroundScheduler:
    """Create the scheduler, reconcile its stored jobs with `specs` and start it.

    `specs` defaults to `job_specs(settings)`; `args` to `[config path]`. Tests pass their own
    short triggers and job functions (any importable `module:function`) and listeners (added
    before any job can run).
    """
    specs = job_specs(settings) if specs is None else list(specs)
    args = [_config_arg(settings)] if args is None else list(args)
    scheduler = create_scheduler(settings)
    for listener in listeners:
        scheduler.add_listener(listener)
    try:
        scheduler.start(paused=True)
        install_jobs(scheduler, specs, args=args,
                     misfire_grace_seconds=settings.schedule.misfire_grace_seconds)
    except SQLAlchemyError as exc:
        _shutdown_quietly(scheduler)
        raise StoreError(f"{safe_url(settings.database.url)}: cannot read or write the scheduler's job table "
                         f"{JOBSTORE_TABLE} ({exc.__class__.__name__}); check the database") from exc
    except BaseException:
        _shutdown_quietly(scheduler)
        raise
    scheduler.resume()
    return scheduler


def _shutdown_quietly(scheduler: BackgroundScheduler) -> None:
    if scheduler.running:
        scheduler.shutdown(wait=False)


def run_scheduler(settings: Settings, *, specs: Iterable[JobSpec] | None = None,
                  stop: threading.Event | None = None,
                  on_started: Callable[[BackgroundScheduler], None] | None = None) -> None:
    """Run the scheduler until SIGTERM/SIGINT (or `stop` is set), then stop cleanly.

    Stopping: a refresh in flight ends after its current batch, the scheduler waits for the
    running job to return, and the job store is left with the next run times.
    """
    stop = stop or threading.Event()
    _stop_requested.clear()
    # APScheduler logs every job exception with a traceback; `_log_event` already reports
    # failures (one line for expected ones, a traceback for bugs), so silence the duplicate.
    logging.getLogger("apscheduler.executors.default").setLevel(logging.CRITICAL)
    in_main_thread = threading.current_thread() is threading.main_thread()
    previous: dict[int, Any] = {}

    def _on_signal(signum: int, _frame: Any) -> None:
        name = signal.Signals(signum).name
        if stop.is_set():
            # A second signal: leave now. Only the batch in flight is lost (its transaction
            # never committed), exactly as after a kill; the watermark has not moved.
            log.warning("received %s again: exiting at once; committed batches are kept", name)
            logging.shutdown()
            os._exit(128 + signum)
        # Set the flags before logging: a second signal may arrive (and this handler run again)
        # while the first is still writing its log line.
        _stop_requested.set()
        stop.set()
        log.warning("received %s: stopping after the work in flight (send it again to exit at once)", name)

    if in_main_thread:
        for signum in (signal.SIGTERM, signal.SIGINT):
            previous[signum] = signal.signal(signum, _on_signal)
    try:
        scheduler = start_scheduler(settings, specs)
        try:
            for job in scheduler.get_jobs():
                log.info("next %s run: %s", job.id, _iso(job.next_run_time))
            log.info("scheduler running (time zone %s); SIGTERM or Ctrl-C stops it",
                     settings.schedule.timezone)
            if on_started is not None:
                on_started(scheduler)
            while not stop.wait(timeout=1.0):
                pass
        finally:
            _stop_requested.set()
            log.info("scheduler stopping: waiting for the job in flight")
            if scheduler.running:
                scheduler.shutdown(wait=True)
            log.info("scheduler stopped")
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


# --- reading the stored schedule --------------------------------------------------------------


def next_fire_times(settings: Settings) -> dict[str, datetime | None]:
    """Next run time of each configured job as stored by the scheduler (None: not scheduled).

    Read straight from the job table (no job is unpickled), in the configured time zone. A time
    in the past means the scheduler is not running; when it starts, that run happens once if it
    is less than `misfire_grace_seconds` late.
    """
    from sqlalchemy import Column, Float, MetaData, Table, Unicode

    from pipeline.store.engine import create_store_engine

    result: dict[str, datetime | None] = {REFRESH_JOB_ID: None, DIGEST_JOB_ID: None}
    tz = ZoneInfo(settings.schedule.timezone)
    engine = create_store_engine(settings.database.url)
    try:
        if not inspect(engine).has_table(JOBSTORE_TABLE):
            return result
        jobs = Table(JOBSTORE_TABLE, MetaData(), Column("id", Unicode(191), primary_key=True),
                     Column("next_run_time", Float(25)))
        with engine.connect() as connection:
            for job_id, timestamp in connection.execute(select(jobs.c.id, jobs.c.next_run_time)):
                if job_id in result:
                    result[job_id] = (datetime.fromtimestamp(timestamp, UTC).astimezone(tz)
                                      if timestamp is not None else None)
    except SQLAlchemyError as exc:
        raise StoreError(f"{safe_url(settings.database.url)}: cannot read the scheduler's job table "
                         f"({exc.__class__.__name__}); check the database") from exc
    finally:
        engine.dispose()
    return result


def describe_schedule(settings: Settings, times: dict[str, datetime | None], *, now: datetime) -> str:
    """Lines for `evidence status`: each job's cron expression and its stored next run."""
    tz = ZoneInfo(settings.schedule.timezone)
    crons = {REFRESH_JOB_ID: settings.schedule.refresh, DIGEST_JOB_ID: settings.schedule.digest}
    lines = [f"Schedule ({settings.schedule.timezone}; run by 'evidence schedule'):"]
    for job_id in (REFRESH_JOB_ID, DIGEST_JOB_ID):
        moment = times.get(job_id)
        if moment is None:
            state = "not scheduled yet (start 'evidence schedule')"
        elif moment < now:
            state = (f"overdue since {moment.astimezone(tz):%Y-%m-%d %H:%M %Z}: the scheduler is not "
                     f"running (on start it runs once if less than {settings.schedule.misfire_grace_seconds} s late)")
        else:
            state = f"next run {moment.astimezone(tz):%Y-%m-%d %H:%M %Z}"
        lines.append(f"  {job_id:<8} {crons[job_id]!r:<16} {state}")
    return "\n".join(lines)


def schedule_status(settings: Settings, *, now: datetime) -> str:
    """`describe_schedule` over the job store of the configured database."""
    return describe_schedule(settings, next_fire_times(settings), now=now)
