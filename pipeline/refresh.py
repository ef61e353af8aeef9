"""The refresh job: bring the store up to date with PubMed for the configured query.

`run_refresh(settings, *, now, ...)` is the one function the CLI (`evidence refresh`) and the
scheduler call; neither adds logic. One refresh:

1. takes the run lock (`pipeline.runlock`), reads the watermark of this query and works out the
   Entrez-date window (`pipeline.fetch.windows.refresh_window`);
2. **new records**: 1 ESearch on `[edat]` over the window (usehistory, listing up to
   `search_cap` ids); PMIDs not yet stored are fetched with ceil(N / batch_size) POSTed EFetch
   requests, through the History server (WebEnv/query_key, retstart/retmax) when the search
   holds nothing but new records, else by id list;
3. **revisions and retractions**: 1 ESearch on `[mdat]` (modification date) over the same
   window; only PMIDs already stored (and not fetched in step 2) are fetched again. A
   retraction revises the record it retracts, so this is how a stored article's retraction is
   seen; the store marks it (`pipeline.store.articles.store_articles`);
4. moves the watermark (`advance_watermark`) once the whole window is committed.

So a refresh over N new records makes 1 + ceil(N / batch_size) + 1 requests, plus one EFetch
per batch of revised stored records, and a refresh that finds nothing new or revised makes
exactly 2 (DESIGN.md, "Requests a refresh makes"). "Revised" is what the [mdat] search says:
one search cannot tell a record modified after we fetched it from one modified just before,
so stored records whose modification date falls in the window (the overlap days included) are
fetched again, and counted "unchanged" if they are. Retries, window splits (a window listing
more than `search_cap` ids is bisected by date, then a single day by PMID range) and
re-searches after an expired WebEnv add requests only when they happen.

Every EFetch batch is stored in its own transaction, so a failure or a kill keeps the batches
before it; the PMID-unique upsert makes the next run's overlap harmless. A failed run is
recorded in the `runs` table with its error, leaves the watermark where it was (the next
refresh covers the window again), and raises the `FetchError`/`StoreError` the CLI turns into
exit code 1.
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TextIO

from sqlalchemy import select, update
from sqlalchemy.engine import Engine, make_url

from pipeline.config import Settings
from pipeline.errors import FetchError, PipelineError, StoreError
from pipeline.fetch.article import Article
from pipeline.fetch.eutils import BatchFetchError, EutilsClient, HistoryExpired, SearchResult
from pipeline.fetch.windows import (
    ENTREZ_DATE,
    MODIFICATION_DATE,
    SearchWindow,
    advance_watermark,
    batches,
    refresh_window,
    watermark_name,
)
from pipeline.runlock import run_lock
from pipeline.store.articles import RetractionNotices, store_articles
from pipeline.store.engine import open_store, session_scope
from pipeline.store.models import ArticleRecord, RunRecord, WatermarkRecord

log = logging.getLogger(__name__)

# How long a refresh waits for another refresh or digest on the same store before giving up.
DEFAULT_LOCK_WAIT_SECONDS = 60.0
_STORED_LOOKUP_CHUNK = 900


# ------------------------------------------------------------------------------ the report


@dataclass
class RefreshReport:
    """What one refresh did; `summary()` is the line the CLI prints."""

    window: SearchWindow
    query: str                      # the [edat] search term of the whole window
    dry_run: bool = False
    hits: int = 0                   # records in the window (ESearch Count on [edat])
    new_found: int = 0              # of those, not stored before
    revised_hits: int = 0           # records modified in the window (Count on [mdat])
    revised_fetched: int = 0        # stored records fetched again because they were modified
    new: int = 0
    updated: int = 0
    reextracted: int = 0
    unchanged: int = 0
    deleted: int = 0
    retracted: int = 0              # stored articles newly marked retracted
    skipped: int = 0
    batches: int = 0
    requests: int = 0
    seconds: float = 0.0
    watermark_before: date | None = None
    watermark_after: date | None = None
    status: str = "ok"
    error: str | None = None
    failed_pmids: tuple[str, ...] = ()
    run_id: int | None = None

    def add(self, counts) -> None:
        self.new += counts.new
        self.updated += counts.updated
        self.reextracted += getattr(counts, "reextracted", 0)
        self.unchanged += counts.unchanged
        self.deleted += counts.deleted
        self.retracted += counts.retracted_marked
        skipped = counts.skipped
        self.skipped += skipped if isinstance(skipped, int) else len(skipped)

    @property
    def stored(self) -> int:
        return self.new + self.updated + self.reextracted + self.unchanged + self.deleted

    def counts(self) -> dict[str, object]:
        """JSON-ready numbers for the `runs` table."""
        return {
            "hits": self.hits, "new_found": self.new_found, "revised_hits": self.revised_hits,
            "revised_fetched": self.revised_fetched, "new": self.new, "updated": self.updated,
            "reextracted": self.reextracted, "unchanged": self.unchanged, "deleted": self.deleted,
            "retracted": self.retracted, "skipped": self.skipped, "batches": self.batches,
            "requests": self.requests, "seconds": round(self.seconds, 3),
            "failed_pmids": list(self.failed_pmids[:50]),
        }

    def summary(self) -> str:
        window = f"{self.window.start.isoformat()}..{self.window.end.isoformat()}"
        if self.dry_run:
            return (f"Dry run, Entrez dates {window}: {self.hits} records match, {self.new_found} of those "
                    f"listed not yet stored; nothing stored. Query: {self.query} "
                    f"({self.requests} request(s), {self.seconds:.1f} s)")
        return (f"Refresh {window}: {self.new} new, {self.updated} updated, {self.retracted} retracted; "
                f"{self.requests} requests in {self.seconds:.1f} s")


# ---------------------------------------------------------------------------- progress


class RefreshProgress:
    """Hooks a refresh calls as it goes; this base class logs them at INFO (for the scheduler)."""

    def started(self, report: RefreshReport) -> None:
        log.info("refresh: Entrez dates %s", report.window.describe())

    def searched(self, *, what: str, count: int, to_fetch: int) -> None:
        log.info("refresh: %s: %d records match, %d to fetch", what, count, to_fetch)

    def fetching(self, *, what: str, records: int, batches: int) -> None:
        log.info("refresh: fetching %d %s records in %d batch(es)", records, what, batches)

    def batch_done(self, *, what: str, fetched: int, stored: int, report: RefreshReport) -> None:
        log.info("refresh: %s batch stored (%d records); %d new, %d updated so far", what, stored,
                 report.new, report.updated)

    def finished(self, report: RefreshReport) -> None:
        pass


class LineProgress(RefreshProgress):
    """Plain lines on a stream (a log file, a pipe): one per search and per batch."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self._started = time.monotonic()
        self._fetched = 0
        self._total = 0
        self._batch = 0
        self._batches = 0

    def _line(self, text: str) -> None:
        print(f"refresh: {text}", file=self.stream, flush=True)

    def started(self, report: RefreshReport) -> None:
        self._line(f"Entrez dates {report.window.describe()}")

    def searched(self, *, what: str, count: int, to_fetch: int) -> None:
        self._line(f"{what}: {count} records match, {to_fetch} to fetch")

    def fetching(self, *, what: str, records: int, batches: int) -> None:
        self._fetched, self._total, self._batch, self._batches = 0, records, 0, batches
        self._started = time.monotonic()

    def batch_done(self, *, what: str, fetched: int, stored: int, report: RefreshReport) -> None:
        self._fetched += fetched
        self._batch += 1
        elapsed = max(time.monotonic() - self._started, 1e-6)
        self._line(f"{what} batch {self._batch}/{self._batches}: {self._fetched}/{self._total} records "
                   f"fetched, {report.stored} stored ({self._fetched / elapsed:.1f} records/s)")


class RichProgress(RefreshProgress):
    """A progress bar on a terminal: records fetched and stored, batches, rate."""

    def __init__(self, stream: TextIO) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

        self._progress = Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
            TextColumn("records · batch {task.fields[batch]}/{task.fields[batches]} · "
                       "{task.fields[stored]} stored · {task.fields[rate]}"),
            TimeElapsedColumn(), console=Console(file=stream), transient=False,
        )
        self._console = self._progress.console
        self._task = None
        self._started = time.monotonic()
        self._fetched = 0

    def started(self, report: RefreshReport) -> None:
        self._progress.start()
        self._console.print(f"Refreshing Entrez dates {report.window.describe()}")

    def searched(self, *, what: str, count: int, to_fetch: int) -> None:
        self._console.print(f"{what}: {count} records match, {to_fetch} to fetch")

    def fetching(self, *, what: str, records: int, batches: int) -> None:
        self._started = time.monotonic()
        self._fetched = 0
        self._task = self._progress.add_task(what, total=records, batch=0, batches=batches, stored=0,
                                             rate="-")

    def batch_done(self, *, what: str, fetched: int, stored: int, report: RefreshReport) -> None:
        if self._task is None:
            return
        self._fetched += fetched
        rate = self._fetched / max(time.monotonic() - self._started, 1e-6)
        task = self._progress.tasks[-1]
        self._progress.update(self._task, advance=fetched, batch=task.fields["batch"] + 1,
                              stored=report.stored, rate=f"{rate:.1f}/s")

    def finished(self, report: RefreshReport) -> None:
        self._progress.stop()


class _CallbackProgress(RefreshProgress):
    """A plain callable as progress: called with the report after each committed batch (the
    scheduler passes its stop check; raising there stops the refresh between batches)."""

    def __init__(self, callback) -> None:
        self.callback = callback

    def batch_done(self, *, what: str, fetched: int, stored: int, report: RefreshReport) -> None:
        super().batch_done(what=what, fetched=fetched, stored=stored, report=report)
        self.callback(report)


def _as_progress(progress) -> RefreshProgress:
    if progress is None:
        return RefreshProgress()
    if isinstance(progress, RefreshProgress):
        return progress
    if callable(progress):
        return _CallbackProgress(progress)
    raise TypeError(f"progress must be a RefreshProgress or a callable, not {type(progress).__name__}")


def console_progress(stream: TextIO | None = None) -> RefreshProgress:
    """A bar on a terminal, plain lines otherwise (what `evidence refresh` uses)."""
    stream = stream if stream is not None else sys.stderr
    isatty = getattr(stream, "isatty", None)
    return RichProgress(stream) if isatty and isatty() else LineProgress(stream)


# ------------------------------------------------------------------------------- the job


def run_refresh(settings: Settings, *, now: datetime, since: date | None = None,
                until: date | None = None, dry_run: bool = False,
                progress: RefreshProgress | Callable[[RefreshReport], object] | None = None,
                client: EutilsClient | None = None, lock_wait_seconds: float = DEFAULT_LOCK_WAIT_SECONDS) -> RefreshReport:
    """Refresh the store from PubMed (see the module docstring); the job the CLI and the
    scheduler run. `now` is timezone-aware (a naive value is taken as UTC); its UTC date is
    "today" for the window. `--dry-run` searches once and stores nothing. `progress` is a
    `RefreshProgress` (`console_progress()` for a terminal), or a plain callable called with the
    report after each committed batch. `client` and `lock_wait_seconds` are for tests and tools.

    Raises FetchError/StoreError (exit 1) after keeping every committed batch, LockError
    (exit 1) if another run holds the store, ConfigError (exit 2) for a bad window.
    """
    now = _aware(now)
    clock_start = time.monotonic()
    progress = _as_progress(progress)
    client = client or EutilsClient.from_settings(settings)
    today = now.astimezone(UTC).date()
    if dry_run:
        return _dry_run(settings, client=client, progress=progress, today=today, since=since, until=until,
                        clock_start=clock_start)
    # The lock comes first: two runs migrating a new SQLite file at once would collide.
    with run_lock(settings, wait_seconds=lock_wait_seconds, purpose="refresh"):
        engine = open_store(settings.database.url)
        try:
            return _locked_refresh(settings, engine=engine, client=client, progress=progress, now=now,
                                   today=today, since=since, until=until, clock_start=clock_start)
        finally:
            engine.dispose()


def _dry_run(settings: Settings, *, client: EutilsClient, progress: RefreshProgress, today: date,
             since: date | None, until: date | None, clock_start: float) -> RefreshReport:
    """One ESearch over the window; reads the store (if it exists) but writes nothing."""
    requests_before = client.requests_made
    query = settings.pubmed.query
    engine = _existing_store(settings)
    try:
        watermark = _read_watermark(engine, watermark_name(query)) if engine is not None else None
        window = refresh_window(today=today, start_date=settings.pubmed.start_date,
                                overlap_days=settings.pubmed.overlap_days, watermark=watermark,
                                since=since, until=until)
        report = RefreshReport(window=window, query=window.term(query, ENTREZ_DATE), dry_run=True,
                               watermark_before=watermark, watermark_after=watermark)
        progress.started(report)
        result = client.search(report.query, retmax=settings.pubmed.search_cap, usehistory=False,
                               label=f"esearch [edat] {window.describe()}")
        stored = _stored_pmids(engine, result.ids) if engine is not None else set()
    finally:
        if engine is not None:
            engine.dispose()
    report.hits = result.count
    report.new_found = sum(1 for pmid in result.ids if pmid not in stored)
    report.requests = client.requests_made - requests_before
    report.seconds = time.monotonic() - clock_start
    progress.searched(what="new records", count=report.hits, to_fetch=report.new_found)
    progress.finished(report)
    return report


def _locked_refresh(settings: Settings, *, engine: Engine, client: EutilsClient, progress: RefreshProgress,
                    now: datetime, today: date, since: date | None, until: date | None,
                    clock_start: float) -> RefreshReport:
    """The refresh proper, run while holding the store's run lock."""
    requests_before = client.requests_made
    query = settings.pubmed.query
    name = watermark_name(query)
    watermark = _read_watermark(engine, name)
    window = refresh_window(today=today, start_date=settings.pubmed.start_date,
                            overlap_days=settings.pubmed.overlap_days, watermark=watermark,
                            since=since, until=until)
    report = RefreshReport(window=window, query=window.term(query, ENTREZ_DATE),
                           watermark_before=watermark, watermark_after=watermark)
    report.run_id = _start_run(engine, report, now)
    progress.started(report)
    job = _RefreshJob(settings=settings, client=client, engine=engine, now=now, report=report,
                      progress=progress)
    try:
        job.run()
    except BaseException as error:
        report.status = "failed"
        report.requests = client.requests_made - requests_before
        report.seconds = time.monotonic() - clock_start
        if isinstance(error, BatchFetchError):
            report.failed_pmids = error.pmids
        message = _failure_message(error, report)
        report.error = message
        _finish_run(engine, report, now, watermark=None)
        progress.finished(report)
        if isinstance(error, PipelineError):
            raise _same_kind(error, message) from None
        raise
    report.watermark_after = advance_watermark(current=watermark, window=window,
                                               start_date=settings.pubmed.start_date, today=today)
    report.requests = client.requests_made - requests_before
    report.seconds = time.monotonic() - clock_start
    _finish_run(engine, report, now, watermark=(name, query))
    progress.finished(report)
    log.info("%s", report.summary())
    return report


def _same_kind(error: PipelineError, message: str) -> PipelineError:
    """`message` as an error of the same class as `error` (so its exit code), or FetchError."""
    try:
        return type(error)(message)
    except TypeError:
        return FetchError(message)


def _failure_message(error: BaseException, report: RefreshReport) -> str:
    if isinstance(error, PipelineError):
        what = str(error)
    elif isinstance(error, KeyboardInterrupt):
        what = "interrupted"
    else:
        what = f"{type(error).__name__}: {error}"
    kept = (f"kept {report.batches} committed batch(es) ({report.stored} records: {report.new} new, "
            f"{report.updated} updated)")
    mark = report.watermark_before.isoformat() if report.watermark_before else "unset"
    return (f"{what}. The refresh stopped: {kept}; the watermark stays at {mark}, so the next "
            f"'evidence refresh' covers {report.window.describe()} again")


@dataclass
class _RefreshJob:
    settings: Settings
    client: EutilsClient
    engine: Engine
    now: datetime
    report: RefreshReport
    progress: RefreshProgress
    fetched: set[str] = field(default_factory=set)
    # Read once per run: loading the stored retraction notices scans the articles table.
    notices: RetractionNotices = field(default_factory=RetractionNotices)

    @property
    def query(self) -> str:
        return self.settings.pubmed.query

    @property
    def batch_size(self) -> int:
        return self.settings.pubmed.batch_size

    def run(self) -> None:
        self._new_records()
        self._revisions()

    # -- searching ------------------------------------------------------------------------
    def _search(self, window: SearchWindow, field_name: str, *,
                usehistory: bool) -> list[tuple[SearchWindow, SearchResult]]:
        """Search `window` on `field_name`, bisecting every part whose ids the search cap cut
        off, until each part lists all its ids."""
        cap = self.settings.pubmed.search_cap
        pending = [window]
        complete: list[tuple[SearchWindow, SearchResult]] = []
        while pending:
            part = pending.pop(0)
            result = self.client.search(part.term(self.query, field_name), retmax=cap, usehistory=usehistory,
                                        label=f"esearch [{field_name}] {part.describe()}")
            if result.complete:
                complete.append((part, result))
                continue
            if not part.can_split:
                raise FetchError(
                    f"esearch [{field_name}] {part.describe()}: {result.count} records but only "
                    f"{len(result.ids)} listed, and the range cannot be split further; raise "
                    "[pubmed] search_cap (at most 9999 for NCBI) or narrow [pubmed] query")
            halves = part.split()
            log.info("esearch [%s] %s: %d records but %d listed (search cap); splitting into %s and %s",
                     field_name, part.describe(), result.count, len(result.ids), halves[0].describe(),
                     halves[1].describe())
            pending[0:0] = list(halves)
        return complete

    # -- new records ----------------------------------------------------------------------
    def _new_records(self) -> None:
        parts = self._search(self.report.window, ENTREZ_DATE, usehistory=True)
        self.report.hits = sum(result.count for _, result in parts)
        listed = _unique(pmid for _, result in parts for pmid in result.ids)
        stored = _stored_pmids(self.engine, listed)
        new = [pmid for pmid in listed if pmid not in stored]
        self.report.new_found = len(new)
        self.progress.searched(what="new records", count=self.report.hits, to_fetch=len(new))
        if not new:
            return
        self.progress.fetching(what="new", records=len(new), batches=-(-len(new) // self.batch_size))
        if len(parts) == 1 and tuple(new) == parts[0][1].ids:
            self._fetch_through_history(parts[0][0], parts[0][1], new)
        else:
            self._fetch_by_id(new, what="new")

    def _fetch_through_history(self, window: SearchWindow, result: SearchResult, pmids: list[str]) -> None:
        position = 0
        searches_again = 0
        while position < len(pmids):
            chunk = pmids[position:position + self.batch_size]
            label = _batch_label("new", position, chunk)
            try:
                articles = self.client.fetch_history(result, retstart=position, expected=chunk, label=label)
            except HistoryExpired as expired:
                searches_again += 1
                if searches_again > self.settings.pubmed.max_retries:
                    raise FetchError(f"{expired}; searched again {searches_again - 1} time(s) without "
                                     "keeping the History server's result") from None
                log.warning("%s; searching again and resuming at record %d", expired, position + 1)
                result = self.client.search(window.term(self.query, ENTREZ_DATE),
                                            retmax=self.settings.pubmed.search_cap, usehistory=True,
                                            label=f"esearch [edat] {window.describe()} (again)")
                remaining = pmids[position:]
                if result.complete and result.ids[position:position + len(remaining)] == tuple(remaining):
                    continue
                # The result set changed meanwhile: fetch what is left by id. Records that
                # appeared since are in the window again next time (overlap_days).
                self._fetch_by_id(remaining, what="new", first_position=position)
                return
            except BatchFetchError as failed:
                self._store(failed.articles, what="new", fetched=len(failed.articles), count_batch=False)
                raise
            self._store(articles, what="new", fetched=len(chunk))
            position += len(chunk)

    def _fetch_by_id(self, pmids: Sequence[str], *, what: str, first_position: int = 0) -> None:
        for index, chunk in enumerate(batches(list(pmids), self.batch_size)):
            label = _batch_label(what, first_position + index * self.batch_size, chunk)
            try:
                articles = self.client.fetch_ids(chunk, label=label)
            except BatchFetchError as failed:
                self._store(failed.articles, what=what, fetched=len(failed.articles), count_batch=False)
                raise
            self._store(articles, what=what, fetched=len(chunk))

    # -- revisions ------------------------------------------------------------------------
    def _revisions(self) -> None:
        # Every stored record the [mdat] search lists is fetched again (DESIGN.md: "efetch only
        # for stored PMIDs it returns"): one search cannot tell a record modified after our copy
        # from one modified just before it, and a revision must show up in the next refresh.
        parts = self._search(self.report.window, MODIFICATION_DATE, usehistory=False)
        self.report.revised_hits = sum(result.count for _, result in parts)
        listed = [pmid for pmid in _unique(pmid for _, result in parts for pmid in result.ids)
                  if pmid not in self.fetched]
        stored = _stored_pmids(self.engine, listed)
        revised = [pmid for pmid in listed if pmid in stored]
        self.report.revised_fetched = len(revised)
        self.progress.searched(what="revised records", count=self.report.revised_hits, to_fetch=len(revised))
        if revised:
            self.progress.fetching(what="revised", records=len(revised),
                                   batches=-(-len(revised) // self.batch_size))
            self._fetch_by_id(revised, what="revised")

    # -- storing --------------------------------------------------------------------------
    def _store(self, articles: Sequence[Article], *, what: str, fetched: int, count_batch: bool = True) -> None:
        if not articles:
            return
        pmids = _unique(article.pmid for article in articles)
        try:
            with session_scope(self.engine) as session:
                counts = store_articles(session=session, articles=list(articles), now=self.now,
                                        notices=self.notices)
        except PipelineError:
            raise
        except Exception as error:  # a database error: the batch rolled back, earlier ones stay
            raise StoreError(f"{self.engine.url.render_as_string()}: storing a {what} batch failed "
                             f"({type(error).__name__}: {error})") from error
        self.report.add(counts)
        if count_batch:
            self.report.batches += 1
        self.fetched.update(pmids)
        self.progress.batch_done(what=what, fetched=fetched, stored=len(articles), report=self.report)


# --------------------------------------------------------------------------- the database


def _aware(now: datetime) -> datetime:
    return now.replace(tzinfo=UTC) if now.tzinfo is None or now.utcoffset() is None else now


def _unique(pmids) -> list[str]:
    return list(dict.fromkeys(pmids))


def _batch_label(what: str, position: int, chunk: Sequence[str]) -> str:
    return (f"efetch {what} records {position + 1}-{position + len(chunk)} "
            f"(PMIDs {chunk[0]}…{chunk[-1]})" if chunk else f"efetch {what}")


def _existing_store(settings: Settings) -> Engine | None:
    """The store if it exists; a dry run creates no database file."""
    url = make_url(settings.database.url)
    if url.get_backend_name() == "sqlite" and url.database and url.database != ":memory:":
        from pathlib import Path

        if not Path(url.database).exists():
            return None
    return open_store(settings.database.url)


def _stored_pmids(engine: Engine, pmids: Sequence[str]) -> set[str]:
    found: set[str] = set()
    pmids = list(pmids)
    with engine.connect() as connection:
        for start in range(0, len(pmids), _STORED_LOOKUP_CHUNK):
            chunk = pmids[start:start + _STORED_LOOKUP_CHUNK]
            found.update(connection.execute(
                select(ArticleRecord.pmid).where(ArticleRecord.pmid.in_(chunk))).scalars())
    return found


def _read_watermark(engine: Engine, name: str) -> date | None:
    with engine.connect() as connection:
        return connection.execute(select(WatermarkRecord.value).where(WatermarkRecord.name == name)).scalar()


def _start_run(engine: Engine, report: RefreshReport, now: datetime) -> int:
    with session_scope(engine) as session:
        # We hold the run lock, so a refresh still marked "running" died without finishing.
        session.execute(
            update(RunRecord)
            .where(RunRecord.kind == "refresh", RunRecord.status == "running")
            .values(status="failed", error="interrupted: the process ended before the refresh finished")
        )
        run = RunRecord(kind="refresh", status="running", started_at=now, window_start=report.window.start,
                        window_end=report.window.end, query=report.query, counts={})
        session.add(run)
        session.flush()
        return int(run.id)


def _finish_run(engine: Engine, report: RefreshReport, now: datetime,
                watermark: tuple[str, str] | None) -> None:
    finished = now + timedelta(seconds=report.seconds)
    with session_scope(engine) as session:
        run = session.get(RunRecord, report.run_id)
        if run is not None:
            run.status = report.status
            run.finished_at = finished
            run.counts = report.counts()
            run.error = report.error
        if watermark is not None and report.watermark_after is not None:
            name, query = watermark
            row = session.get(WatermarkRecord, name)
            if row is None:
                session.add(WatermarkRecord(name=name, value=report.watermark_after, query=query, updated_at=finished))
            elif row.value != report.watermark_after:
                row.value = report.watermark_after
                row.updated_at = finished
